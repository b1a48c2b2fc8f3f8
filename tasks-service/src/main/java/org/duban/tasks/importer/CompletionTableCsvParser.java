package org.duban.tasks.importer;

import java.util.List;
import org.duban.tasks.importer.document.DocumentModel;
import org.duban.tasks.importer.document.DocumentReader;
import org.duban.tasks.unit.KnownUnits;

/**
 * Reads a completion table as CSV. The cells come from {@link DocumentReader#csv}, where Apache Commons CSV reads the
 * file (RFC 4180: quoted cells may hold commas, quotes and line breaks; Excel's "sep=;" line) for every CSV the
 * importer takes; this class only hands the rows, with the line each starts on, to {@link TableGrid}.
 */
public final class CompletionTableCsvParser {
    private final KnownUnits directory;

    public CompletionTableCsvParser(KnownUnits directory) {
        this.directory = directory;
    }

    public ParsedPlan parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ImportFormatException("CSV为空 / the CSV is empty");
        }
        DocumentModel.Table table = (DocumentModel.Table) DocumentReader.csv(csv.startsWith("\uFEFF") ? csv.substring(1) : csv, "UTF-8")
                .blocks().get(0);
        // a line break inside a quoted cell reads as \n, whichever the file used
        List<TableGrid.Row> rows = table.rows().stream()
                .map(r -> new TableGrid.Row(r.line(), r.cells().stream().map(c -> c.replace("\r\n", "\n")).toList()))
                .toList();
        return TableGrid.read("TABLE_CSV", rows, directory);
    }
}
