package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import org.duban.tasks.unit.KnownUnits;

/** Reads a completion table as CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
public final class CompletionTableCsvParser {
    private final KnownUnits directory;

    public CompletionTableCsvParser(KnownUnits directory) {
        this.directory = directory;
    }

    public ParsedPlan parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ImportFormatException("CSV为空 / the CSV is empty");
        }
        return TableGrid.read("TABLE_CSV", rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), directory);
    }

    static List<TableGrid.Row> rows(String csv) {
        List<TableGrid.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    continue;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new TableGrid.Row(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ImportFormatException("CSV中有未闭合的引号(始于第" + rowLine + "行) / unclosed quote in the CSV starting on line "
                    + rowLine);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new TableGrid.Row(rowLine, cells));
        }
        return rows;
    }
}
