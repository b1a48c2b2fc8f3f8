package org.duban.progress.publication;

import java.util.regex.Pattern;

/**
 * Formula injection (CSV injection) guard for every cell the CSV and XLSX exports write, after the OWASP guidance:
 * a text that starts with {@code = + - @}, a tab or a carriage return, which a spreadsheet may read as a formula
 * ({@code =CMD|' /C calc'!A0}), is written with a single quote in front, so it is read and shown as text. A number
 * is not a formula and is left as it is: {@code -12.5}, {@code +3}, {@code -1,234}, {@code -0.5%}.
 */
final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)%?");

    private SpreadsheetCells() {
    }

    /** The text to write in a cell: {@code text} itself, or {@code '} + {@code text} if it could start a formula. */
    static String safe(String text) {
        if (text == null || text.isEmpty() || !startsLikeAFormula(text) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    static boolean startsLikeAFormula(String text) {
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
