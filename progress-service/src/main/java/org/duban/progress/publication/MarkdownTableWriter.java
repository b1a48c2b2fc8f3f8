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
        if (!doc.titleBlock().isBlank()) {
            sb.append(Markdown.paragraph(doc.titleBlock())).append("\n\n");
        }
        row(sb, doc.headers(), false);
        sb.append('|');
        doc.headers().forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        for (int i = 0; i < doc.rows().size(); i++) {
            List<String> row = doc.rows().get(i);
            if (doc.isHeading(i)) {
                // a Markdown table cannot span columns: the heading is the first cell, in bold
                List<String> cells = new java.util.ArrayList<>(row);
                row(sb, cells, true);
            } else {
                row(sb, row, false);
            }
        }
        for (String note : doc.footnotes()) {
            sb.append('\n').append(Markdown.paragraph(note)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, List<String> cells, boolean heading) {
        sb.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String cell = Markdown.cell(cells.get(i));
            sb.append(' ').append(heading && i == 0 && !cell.isEmpty() ? "**" + cell + "**" : cell).append(" |");
        }
        sb.append('\n');
    }
}
