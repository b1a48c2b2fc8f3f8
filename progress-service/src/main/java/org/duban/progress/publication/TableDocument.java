package org.duban.progress.publication;

import java.util.List;

/** A titled table with headers and footnotes: what every tabular renderer writes. */
public record TableDocument(String title, List<String> headers, List<List<String>> rows, List<String> footnotes) {

    public TableDocument {
        headers = List.copyOf(headers);
        int columns = headers.size();
        rows = rows.stream().map(r -> {
            if (r.size() != columns) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, table has " + columns + " columns");
            }
            return List.copyOf(r.stream().map(c -> c == null ? "" : c).toList());
        }).toList();
        footnotes = List.copyOf(footnotes);
    }
}
