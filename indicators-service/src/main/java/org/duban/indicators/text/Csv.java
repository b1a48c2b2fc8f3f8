package org.duban.indicators.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small RFC 4180 reader (quotes, doubled quotes, commas and line breaks inside quotes). The catalog resource
 * and the observation import share it; a library would be one more dependency for ~60 lines of code.
 */
public final class Csv {

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
        List<Record> records = read(reader);
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0).fields().stream()
                .map(h -> stripBom(h).trim().toLowerCase(Locale.ROOT)).toList();
        for (Record record : records.subList(1, records.size())) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), i < record.fields().size() ? record.fields().get(i) : "");
            }
            rows.add(new Row(record.line(), values));
        }
        return rows;
    }

    record Record(int line, List<String> fields) {
    }

    static List<Record> read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean recordStarted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    recordStarted = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    recordStarted = true;
                }
                case '\r' -> {
                    // CRLF: the '\n' ends the record
                }
                case '\n' -> {
                    finish(records, fields, field, recordStarted, recordLine);
                    fields = new ArrayList<>();
                    recordStarted = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(ch);
                    recordStarted = true;
                }
            }
        }
        finish(records, fields, field, recordStarted, recordLine);
        return records;
    }

    private static void finish(List<Record> records, List<String> fields, StringBuilder field, boolean started,
            int line) {
        if (!started && field.isEmpty()) {
            return;
        }
        fields.add(field.toString());
        field.setLength(0);
        boolean blank = fields.stream().allMatch(f -> f.isBlank());
        boolean comment = fields.get(0).stripLeading().startsWith("#");
        if (!blank && !comment) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
