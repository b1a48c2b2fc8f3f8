package org.duban.tasks.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.duban.tasks.importer.TableColumn;
import org.duban.tasks.importer.document.DocumentModel.Block;
import org.duban.tasks.importer.document.DocumentModel.Note;
import org.duban.tasks.importer.document.DocumentModel.Paragraph;
import org.duban.tasks.importer.document.DocumentModel.Row;
import org.duban.tasks.importer.document.DocumentModel.Table;
import org.duban.tasks.unit.UnitNames;

/**
 * Lines of text to blocks. Tables survive in text in two shapes and both become {@link Table}s again: pipe
 * tables ("序号 | 主要工作任务 | 责任单位 |", separator rows skipped) and tables a web page lost its grid in,
 * one cell per line under a header of one known column name per line starting with 序号 (any number of
 * columns; a row starts at a number once the previous row has its cells). Page chrome is left out and noted.
 */
final class TextBlocks {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[.、．]?");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^[|\\s:：\\-—=+]+$");

    private TextBlocks() {}

    /** @param lines the text's lines; {@code lineNumbers[i]} is the line a person sees for {@code lines[i]} */
    static List<Block> of(List<String> lines, int[] lineNumbers, List<Note> notes) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String s = lines.get(i).replace('\u00a0', ' ').strip();
            int line = lineNumbers[i];
            if (s.isEmpty()) {
                i++;
            } else if (PageChrome.is(s)) {
                notes.add(new Note(Note.Kind.PAGE_CHROME, line, s));
                i++;
            } else if (isTabRow(lines.get(i))) {
                // rows pasted from a spreadsheet into a text file: cells separated by TAB
                List<Row> rows = new ArrayList<>();
                while (i < lines.size() && isTabRow(lines.get(i))) {
                    // spaces trimmed, TABs kept: a trailing empty cell is still a cell
                    rows.add(new Row(lineNumbers[i], List.of(lines.get(i).replaceAll("^[ \u3000]+|[ \u3000\r\n]+$", "")
                            .split("\t", -1))));
                    i++;
                }
                blocks.add(new Table(line, rows));
            } else if (isPipeRow(s)) {
                List<Row> rows = new ArrayList<>();
                while (i < lines.size() && (isPipeRow(lines.get(i).strip()) || lines.get(i).isBlank())) {
                    String r = lines.get(i).strip();
                    if (!r.isEmpty() && !PIPE_SEPARATOR.matcher(r).matches()) {
                        Row row = new Row(lineNumbers[i], pipeCells(r));
                        if (!rows.isEmpty() && row.cells().size() != rows.get(0).cells().size() && row.nonBlank().size() > 1) {
                            // a cell lost or an unescaped | inside one: the columns after it may be shifted
                            notes.add(new Note(Note.Kind.CELL_COUNT, row.line(),
                                    row.cells().size() + "/" + rows.get(0).cells().size()));
                        }
                        rows.add(row);
                    }
                    i++;
                }
                blocks.add(new Table(line, rows));
            } else {
                int end = flattenedTable(lines, lineNumbers, i, blocks, notes);
                if (end > i) {
                    i = end;
                } else {
                    blocks.add(new Paragraph(line, s));
                    i++;
                }
            }
        }
        return blocks;
    }

    /** A line of at least three TAB-separated cells, two of them not blank. */
    static boolean isTabRow(String s) {
        String[] cells = s.strip().split("\t", -1);
        return cells.length >= 3 && java.util.Arrays.stream(cells).filter(c -> !c.isBlank()).count() >= 2;
    }

    static boolean isPipeRow(String s) {
        long bars = s.replace("\\|", "").chars().filter(c -> c == '|' || c == '｜').count();
        return bars >= 2 || bars == 1 && (s.startsWith("|") || s.endsWith("|") || s.startsWith("｜"));
    }

    private static List<String> pipeCells(String s) {
        String t = s.replace('｜', '|');
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        // "\|" is a bar inside a cell (Markdown's escape), not a cell boundary
        for (String c : t.split("(?<!\\\\)\\|", -1)) {
            cells.add(c.replace("\\|", "|").strip());
        }
        return cells;
    }

    /**
     * A header of one column name per line, starting with 序号, then rows of one cell per line. Answers the index
     * after the table, or {@code start} when no such table starts here.
     */
    private static int flattenedTable(List<String> lines, int[] lineNumbers, int start, List<Block> blocks, List<Note> notes) {
        List<Integer> idx = nonBlank(lines, start, 40);
        if (idx.isEmpty() || !UnitNames.clean(lines.get(idx.get(0))).equals("序号")) {
            return start;
        }
        List<String> header = new ArrayList<>();
        int k = 0;
        while (k < idx.size() && (k == 0 || isHeaderCell(lines.get(idx.get(k))))) {
            header.add(lines.get(idx.get(k)).strip());
            k++;
        }
        if (header.size() < 3 || k >= idx.size()) {
            return start;
        }
        int width = header.size();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(lineNumbers[start], header));
        int i = idx.get(k);
        List<String> cells = null;
        int rowLine = 0;
        int end = i;
        while (i < lines.size()) {
            String s = lines.get(i).replace('\u00a0', ' ').strip();
            if (s.isEmpty()) {
                i++;
                continue;
            }
            boolean number = NUMBER.matcher(UnitNames.clean(s)).matches();
            if (number && (cells == null || cells.size() >= width - 1)) {
                if (cells != null) {
                    rows.add(row(rowLine, cells, width, notes));
                }
                cells = new ArrayList<>();
                cells.add(s);
                rowLine = lineNumbers[i];
            } else if (cells != null && !cells.isEmpty() && cells.get(cells.size() - 1).matches(".*[、,，;；]$")) {
                // a unit list wrapped onto the next line: "区统计局、" / "区财政局、各街道" is one cell
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + s);
            } else if (cells == null || cells.size() >= width) {
                break;
            } else {
                cells.add(s);
            }
            i++;
            end = i;
        }
        if (cells == null) {
            return start;
        }
        rows.add(row(rowLine, cells, width, notes));
        blocks.add(new Table(lineNumbers[start], rows));
        return end;
    }

    private static Row row(int line, List<String> cells, int width, List<Note> notes) {
        if (cells.size() != width) {
            notes.add(new Note(Note.Kind.CELL_COUNT, line, cells.size() + "/" + width));
            while (cells.size() < width) {
                cells.add("");
            }
        }
        return new Row(line, cells);
    }

    private static boolean isHeaderCell(String s) {
        return s.strip().length() <= 24 && TableColumn.fromHeader(s).isPresent();
    }

    private static List<Integer> nonBlank(List<String> lines, int from, int max) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < lines.size() && out.size() < max; i++) {
            if (!lines.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
