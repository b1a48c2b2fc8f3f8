package org.duban.indicators.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The service's CSV files with a header (the catalog, the observation import), read by Apache Commons CSV (RFC 4180:
 * quotes, doubled quotes, commas and line breaks inside quotes). What is ours: headers match case-insensitively,
 * blank lines and lines starting with '#' are skipped, and each row keeps the line it started on for error messages.
 */
public final class Csv {

    /**
     * Empty lines are records here so that {@link CSVParser#getCurrentLineNumber()} counts every line; an unclosed quote
     * runs to the end of the file and text after a closing quote joins the cell, so a hand-edited file never fails
     * to read (its cells are checked instead).
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setLenientEof(true)
            .setTrailingData(true).get();

    private Csv() {
    }

    /** One data row: its values by lower-cased header name and the 1-based line number it started on. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column.toLowerCase(Locale.ROOT));
            return value == null ? "" : value.trim();
        }

        public boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    /** Reads a header line and the rows below it; blank lines and lines starting with '#' are skipped. */
    public static List<Row> readWithHeader(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            long line = 1;
            for (CSVRecord record : parser) {
                long started = line;
                line = parser.getCurrentLineNumber() + 1;
                List<String> fields = record.toList();
                if (fields.stream().allMatch(String::isBlank) || fields.get(0).stripLeading().startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = fields.stream().map(h -> stripBom(h).trim().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                rows.add(new Row((int) started, values));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
