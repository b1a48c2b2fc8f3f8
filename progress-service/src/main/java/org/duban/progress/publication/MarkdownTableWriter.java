package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table. Every text is escaped for its place ({@link Markdown}): in cells, pipes are
 * escaped and line breaks are {@code <br>}; no text can become HTML, a link or a block of its own.
 */
public final class MarkdownTableWriter implements TableWriter {

    @Override
    public PublicationFormat format() {
        return PublicationFormat.MARKDOWN;
    }

    @Override
    public byte[] write(TableDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Markdown.heading(doc.title())).append("\n\n");
        row(sb, doc.headers());
        sb.append('|');
        doc.headers().forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        for (List<String> row : doc.rows()) {
            row(sb, row);
        }
        for (String note : doc.footnotes()) {
            sb.append('\n').append(Markdown.paragraph(note)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(Markdown.cell(c)).append(" |");
        }
        sb.append('\n');
    }
}
