package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A standalone HTML page with the title, title block, table (parts of the plan as rows across it) and footnotes, with a
 * print stylesheet (A4 landscape, header row repeated on every page), from the Qute template {@code publication/table.html}:
 * every text is HTML-escaped by the template engine ({@link HtmlTemplates}); a line break inside a cell is a
 * {@code <br>} of the template's, between the cell's escaped lines.
 */
public final class HtmlTableWriter implements TableWriter {

    @Override
    public PublicationFormat format() {
        return PublicationFormat.HTML;
    }

    /** A row for the template: whether it heads a part, and each cell as its lines. */
    public record HtmlRow(boolean heading, List<List<String>> cells) {
    }

    @Override
    public byte[] write(TableDocument doc) {
        List<HtmlRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < doc.rows().size(); i++) {
            rows.add(new HtmlRow(doc.isHeading(i), doc.rows().get(i).stream().map(HtmlTableWriter::lines).toList()));
        }
        return HtmlTemplates.TABLE
                .data("title", doc.title())
                .data("titleBlock", doc.titleBlock())
                .data("headers", doc.headers())
                .data("columns", doc.headers().size())
                .data("rows", rows)
                .data("footnotes", doc.footnotes())
                .render().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String cell) {
        return List.of(cell.split("\n", -1));
    }
}
