package org.duban.platform.input;

/**
 * The one rule for control characters in text that reaches Duban: tab, line feed and carriage return
 * are text; every other C0 control character (NUL included, which PostgreSQL cannot store) and DEL
 * are refused. Plain Java, used by the JSON reader and the URL filter.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** True if {@code text} holds a control character other than tab, LF and CR. */
    public static boolean present(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
