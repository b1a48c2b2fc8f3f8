package org.duban.progress.publication;

import java.util.List;

/**
 * A titled table: what every tabular renderer writes.
 *
 * @param title       the document's title
 * @param titleBlock  the line under the title (plan, region, period, as-of date); empty for none
 * @param headers     column headers
 * @param rows        rows of exactly {@code headers.size()} cells (null cells become "")
 * @param headingRows indexes into {@code rows} of the rows that head a part of the document: their first cell is
 *                    the heading, printed across the table; the other cells are empty
 * @param footnotes   lines under the table (备注)
 */
public record TableDocument(String title, String titleBlock, List<String> headers, List<List<String>> rows,
        List<Integer> headingRows, List<String> footnotes) {

    public TableDocument {
        titleBlock = titleBlock == null ? "" : titleBlock;
        headers = List.copyOf(headers);
        int columns = headers.size();
        rows = rows.stream().map(r -> {
            if (r.size() != columns) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, table has " + columns + " columns");
            }
            return List.copyOf(r.stream().map(c -> c == null ? "" : c).toList());
        }).toList();
        headingRows = headingRows == null ? List.of() : List.copyOf(headingRows);
        footnotes = List.copyOf(footnotes);
    }

    /** A table with no title block and no heading rows. */
    public TableDocument(String title, List<String> headers, List<List<String>> rows, List<String> footnotes) {
        this(title, "", headers, rows, List.of(), footnotes);
    }

    /** Whether row {@code index} heads a part of the document. */
    public boolean isHeading(int index) {
        return headingRows.contains(index);
    }
}
