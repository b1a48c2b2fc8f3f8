package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A standalone HTML page with the table and its footnotes, from the Qute template {@code publication/table.html}:
 * every text is HTML-escaped by the template engine ({@link HtmlTemplates}); a line break inside a cell is a
 * {@code <br>} of the template's, between the cell's escaped lines.
 */
public final class HtmlTableWriter implements TableWriter {

    @Override
    public PublicationFormat format() {
        return PublicationFormat.HTML;
    }

    @Override
    public byte[] write(TableDocument doc) {
        List<List<List<String>>> rows = doc.rows().stream().map(row -> row.stream().map(HtmlTableWriter::lines).toList()).toList();
        return HtmlTemplates.TABLE
                .data("title", doc.title())
                .data("headers", doc.headers())
                .data("rows", rows)
                .data("footnotes", doc.footnotes())
                .render().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String cell) {
        return List.of(cell.split("\n", -1));
    }
}
