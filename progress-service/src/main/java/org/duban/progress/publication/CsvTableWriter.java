package org.duban.progress.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (CRLF, cells quoted where needed), written by Apache Commons CSV, in UTF-8 with a byte-order mark,
 * because Excel on Chinese Windows opens BOM-less UTF-8 as GBK and garbles every header. The first line is the header
 * row; footnotes follow as one-cell rows after the data so that the data rows stay a plain table. A cell that could
 * start a formula is written with a leading {@code '} ({@link SpreadsheetCells}).
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
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            printer.printRecord(safe(doc.headers()));
            for (List<String> row : doc.rows()) {
                printer.printRecord(safe(row));
            }
            for (String note : doc.footnotes()) {
                printer.printRecord(safe(List.of(note)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> safe(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::safe).toList();
    }
}
