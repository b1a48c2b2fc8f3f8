package org.duban.progress.publication;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output encoding of text in the Markdown exports (issue 12): what a report, a plan or a unit wrote is shown as that
 * text and cannot become HTML, a link, an image, a code span, a heading, a list or a table row of its own. Text
 * without Markdown or HTML characters, as ordinary Chinese text is, comes out unchanged.
 *
 * <ul>
 * <li>everywhere: {@code < > &} as entities, so there is no raw HTML and no autolink; {@code \ ` [ ] |}
 * backslash-escaped, so there is no code span, link, image, reference definition or table cell boundary;</li>
 * <li>a table cell ({@link #cell}): a line break is the cell's {@code <br>};</li>
 * <li>a paragraph ({@link #paragraph}): on each line, a start that would open a block (an ATX heading {@code # },
 * a list item {@code - + * 1.}, a setext underline or thematic break {@code === --- ***}, a {@code ~~~} fence, an
 * indented code block) is escaped; {@code >} (a quote) is already an entity;</li>
 * <li>a heading ({@link #heading}): one line, and {@code #} escaped so none closes the heading.</li>
 * </ul>
 */
final class Markdown {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /** Up to three spaces, then a list marker, an ATX heading's #s or an ordered list's number. */
    private static final Pattern BLOCK_MARKER = Pattern.compile("^( {0,3})(?:([-+*])|(#{1,6})|(\\d{1,9})[.)])(?=[ \\t]|$)");

    /** A line of one of - * _ = (and spaces): a thematic break or a setext heading's underline. */
    private static final Pattern RULE = Pattern.compile("^( {0,3})([-*_=])(?:[ \\t]*\\2)*+[ \\t]*$");

    private static final Pattern FENCE = Pattern.compile("^( {0,3})(~{3,})");

    private Markdown() {
    }

    /** A GFM table cell: inline text, line breaks as {@code <br>}. */
    static String cell(String text) {
        return LINE_BREAK.matcher(inline(text)).replaceAll("<br>");
    }

    /** A paragraph: inline text whose every line starts as text. */
    static String paragraph(String text) {
        String[] lines = LINE_BREAK.split(inline(text), -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lineStart(lines[i]));
        }
        return sb.toString();
    }

    /** An ATX heading's text: one line, no # to close it early. */
    static String heading(String text) {
        return LINE_BREAK.matcher(inline(text)).replaceAll(" ").replace("#", "\\#");
    }

    /** Text in a line: no HTML, no entity, no code span, link, image or table pipe. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\\', '`', '[', ']', '|' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A line (already {@link #inline}) that cannot open a block: its marker escaped, a code indent as an entity. */
    private static String lineStart(String line) {
        if (line.isBlank()) {
            return line;
        }
        int indent = 0;
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            indent += line.charAt(i) == '\t' ? 4 - indent % 4 : 1;
            i++;
        }
        if (indent >= 4) {
            // an indented code block: its first blank as a character reference, which is text, not indentation
            return (line.charAt(0) == '\t' ? "&#9;" : "&#32;") + line.substring(1);
        }
        Matcher m = RULE.matcher(line);
        if (m.find()) {
            return escapeAt(line, m.end(1));
        }
        m = FENCE.matcher(line);
        if (m.find()) {
            return escapeAt(line, m.end(1));
        }
        m = BLOCK_MARKER.matcher(line);
        if (m.find()) {
            // "1. " → "1\. ": the number stays, the delimiter is text
            return m.group(4) != null ? escapeAt(line, m.end(4)) : escapeAt(line, m.end(1));
        }
        return line;
    }

    private static String escapeAt(String line, int index) {
        return line.substring(0, index) + '\\' + line.substring(index);
    }
}
