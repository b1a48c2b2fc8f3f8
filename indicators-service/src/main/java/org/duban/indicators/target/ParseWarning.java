package org.duban.indicators.target;

/** A fragment of text a parser could not read, and why (Chinese for the office, English for everyone else). */
public record ParseWarning(String fragment, String message) {
}
