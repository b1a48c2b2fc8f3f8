package org.duban.indicators.target;

/** A fragment of text a parser could not read, and why (Chinese for the office, English for everyone else). */
public record ParseWarning(String fragment, String message) {

    /**
     * The fragment is quoted as an excerpt ({@link org.duban.indicators.text.ChineseText#excerpt}); the message, which
     * names words of the text, shows them as the text has them ({@link org.duban.indicators.text.ChineseText#shown}).
     */
    public ParseWarning {
        fragment = org.duban.indicators.text.ChineseText.excerpt(fragment);
        message = org.duban.indicators.text.ChineseText.shown(message);
    }
}
