package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, because Excel on Chinese Windows opens BOM-less UTF-8 as
 * GBK and garbles every header. The first line is the header row; footnotes follow as one-cell rows
 * after the data so that the data rows stay a plain table. A cell that could start a formula is written with a
 * leading {@code '} ({@link SpreadsheetCells}).
 */
public final class CsvTableWriter implements TableWriter {

    static final String BOM = "\uFEFF";

    @Override
    public PublicationFormat format() {
        return PublicationFormat.CSV;
    }

    @Override
    public byte[] write(TableDocument doc) {
        StringBuilder sb = new StringBuilder(BOM);
        line(sb, doc.headers());
        for (List<String> row : doc.rows()) {
            line(sb, row);
        }
        for (String note : doc.footnotes()) {
            line(sb, List.of(note));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(SpreadsheetCells.safe(cells.get(i))));
        }
        sb.append("\r\n");
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
