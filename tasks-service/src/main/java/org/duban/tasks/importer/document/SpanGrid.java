package org.duban.tasks.importer.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duban.tasks.importer.document.DocumentModel.Row;

/**
 * Turns cells that span columns and rows into rectangular rows, so that a column keeps its position on every row:
 * HTML {@code colspan}/{@code rowspan}, Word {@code gridSpan}/{@code vMerge} and spreadsheet merged regions all
 * come here. A cell merged over several rows says the same thing for each of them (a 责任领导 or 牵头单位 cell
 * merged down over three tasks is each task's), so its text is repeated in every row it covers; the further
 * columns a cell spans are empty. Rows are built one at a time, cells left to right.
 */
final class SpanGrid {

    /** The most columns or rows one cell may span (a broken 9999 is read as this). */
    static final int MAX_SPAN = 50;

    private final List<Row> rows = new ArrayList<>();
    /** Column → the text and rows still to cover of a cell spanning down from a row above (rowspan). */
    private final Map<Integer, Spanning> below = new HashMap<>();
    private List<String> current;
    private int line;

    private record Spanning(String text, int rowsLeft) {}

    /** Begins a row that starts on {@code line}. */
    void startRow(int line) {
        this.line = line;
        this.current = new ArrayList<>();
        fillSpanned();
    }

    /**
     * The next cell of the row.
     *
     * @param colspan columns it covers (1 or more; clipped to {@link #MAX_SPAN})
     * @param rowspan rows it covers, this one included (1 or more; clipped to {@link #MAX_SPAN})
     */
    void cell(String text, int colspan, int rowspan) {
        int col = current.size();
        int cols = clip(colspan);
        int down = clip(rowspan);
        for (int k = 0; k < cols; k++) {
            current.add(k == 0 ? text : "");
            if (down > 1) {
                below.put(col + k, new Spanning(k == 0 ? text : "", down - 1));
            }
        }
        fillSpanned();
    }

    /** A Word cell continuing a vertical merge ({@code vMerge} without "restart"): the text of the cell above. */
    void mergedFromAbove(int colspan) {
        int col = current.size();
        Row above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        int cols = clip(colspan);
        for (int k = 0; k < cols; k++) {
            current.add(above == null ? "" : above.cell(col + k));
        }
        fillSpanned();
    }

    /** Ends the row; rows with nothing in them are left out. */
    void endRow() {
        // cells spanning down from above that lie past the last cell of this row
        while (below.keySet().stream().anyMatch(c -> c >= current.size())) {
            if (!below.containsKey(current.size())) {
                current.add("");
            }
            fillSpanned();
        }
        if (current.stream().anyMatch(s -> s != null && !s.isBlank())) {
            rows.add(new Row(line, current));
        }
        current = null;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    private void fillSpanned() {
        Spanning s;
        while ((s = below.get(current.size())) != null) {
            int col = current.size();
            current.add(s.text());
            if (s.rowsLeft() <= 1) {
                below.remove(col);
            } else {
                below.put(col, new Spanning(s.text(), s.rowsLeft() - 1));
            }
        }
    }

    private static int clip(int span) {
        return Math.min(MAX_SPAN, Math.max(1, span));
    }

    /** An HTML span attribute: 1 when missing or broken. */
    static int span(String attribute) {
        try {
            return clip(Integer.parseInt(attribute.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
