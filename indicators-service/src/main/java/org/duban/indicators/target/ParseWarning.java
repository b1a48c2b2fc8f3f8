package org.duban.indicators.target;

/** A fragment of text a parser could not read, and why (Chinese for the office, English for everyone else). */
public record ParseWarning(String fragment, String message) {

    /** The fragment is quoted as an excerpt ({@link org.duban.indicators.text.ChineseText#excerpt}). */
    public ParseWarning {
        fragment = org.duban.indicators.text.ChineseText.excerpt(fragment);
    }
}
