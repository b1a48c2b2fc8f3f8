package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;

/**
 * Reads a completion table published as text, one cell per line (blank lines between cells), as the seed
 * table is. Empty cells vanish in that form and long cells wrap over several lines, so cells are placed by
 * what they look like rather than by position: after the task come person names (leaders, the last one the
 * coordinator), then the lead unit (possibly wrapped: 东风湖新区 / 建设工作部), the lead person(s), the
 * related units (a cell ending with 、 or , continues on the next), and the 完成情况 text.
 */
public final class CompletionTableTextParser {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern PERSON = Pattern.compile("[\\u4e00-\\u9fff]{2,4}");
    private static final String UNIT_ENDINGS = "局办委会部所院处队组中心乡镇司投联道室区";

    private final KnownUnits directory;

    public CompletionTableTextParser(KnownUnits directory) {
        this.directory = directory;
    }

    private record Cell(int line, String text) {}

    public ParsedPlan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportFormatException("文本为空 / the text is empty");
        }
        String[] lines = text.split("\\r?\\n", -1);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].replace('\u00a0', ' ').strip();
            if (!t.isEmpty()) {
                cells.add(new Cell(i + 1, t));
            }
        }
        Warnings warnings = new Warnings();
        int header = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (UnitNames.clean(cells.get(i).text()).equals("序号")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new ImportFormatException("未找到表头“序号” / no header row starting with 序号 was found");
        }
        String title = null;
        String published = null;
        for (int i = 0; i < header; i++) {
            String c = cells.get(i).text();
            if (c.contains("一览表") || title == null && c.contains("完成情况")) {
                title = UnitNames.clean(c);
            }
            if (published == null && c.matches(".*\\d{4}-\\d{2}-\\d{2}.*")) {
                published = c;
            }
        }
        int i = readHeader(cells, header, warnings);
        TableAssembler table = new TableAssembler(warnings);
        List<Cell> row = new ArrayList<>();
        Cell start = null;
        for (; i < cells.size(); i++) {
            Cell c = cells.get(i);
            String clean = UnitNames.clean(c.text());
            if (clean.startsWith("备注") || clean.startsWith("注:")) {
                table.readLegend(clean);
                continue;
            }
            if (NUMBER.matcher(clean).matches() && (start == null || row.size() >= 5)) {
                if (start != null) {
                    addRow(table, start, row, warnings);
                }
                start = c;
                row = new ArrayList<>();
            } else if (start != null) {
                row.add(c);
            } else {
                unplaced(c, warnings);
            }
        }
        if (start != null) {
            addRow(table, start, row, warnings);
        }
        return table.finish("TABLE_TEXT", title, published, directory);
    }

    /** Reads header cells up to the first row number; joins a header split over two lines (区政府办 / 协管责任人). */
    private static int readHeader(List<Cell> cells, int from, Warnings warnings) {
        Set<TableColumn> seen = EnumSet.noneOf(TableColumn.class);
        int i = from;
        String pending = "";
        for (; i < cells.size(); i++) {
            String h = UnitNames.clean(cells.get(i).text());
            if (NUMBER.matcher(h).matches()) {
                break;
            }
            String joined = pending + h;
            var column = TableColumn.fromHeader(joined);
            if (column.isPresent()) {
                seen.add(column.get());
                pending = "";
            } else if (pending.isEmpty() && h.length() <= 6) {
                pending = h;
            } else {
                warnings.add(WarningCode.UNKNOWN_COLUMN, cells.get(i).line(), "无法识别的表头“" + joined + "”",
                        "unknown header '" + joined + "'", "表头应为:序号、目标任务、责任领导、区政府办协管责任人、牵头单位、责任人、相关单位、完成情况");
                pending = "";
            }
        }
        for (TableColumn c : TableColumn.values()) {
            if (c.inCompletionTable() && !seen.contains(c)) {
                warnings.add(WarningCode.MISSING_COLUMN, cells.get(from).line(), "表头缺少“" + c.header() + "”列",
                        "header has no '" + c.header() + "' column", "按一览表的列补齐表头 / add the column");
            }
        }
        return i;
    }

    private static void addRow(TableAssembler table, Cell number, List<Cell> cells, Warnings warnings) {
        int k = 0;
        String task = cells.isEmpty() ? "" : UnitNames.clean(cells.get(k++).text());
        List<String> persons = new ArrayList<>();
        while (k < cells.size() && isPerson(cells.get(k).text())) {
            persons.add(UnitNames.clean(cells.get(k++).text()));
        }
        List<String> leaders = persons.size() > 1 ? persons.subList(0, persons.size() - 1) : persons;
        String coordinator = persons.size() > 1 ? persons.get(persons.size() - 1) : null;
        List<String> leadUnits = new ArrayList<>();
        while (k < cells.size() && !isPerson(cells.get(k).text()) && leadUnits.size() < 3
                && looksLikeUnitCell(cells.get(k).text())) {
            String u = UnitNames.clean(cells.get(k++).text());
            boolean wrapped = !leadUnits.isEmpty() && !u.startsWith("区") && !UnitNames.isGroup(u);
            if (wrapped) {
                // "东风湖新区" / "建设工作部": one name broken over two cells
                leadUnits.set(leadUnits.size() - 1, leadUnits.get(leadUnits.size() - 1) + u);
            } else {
                leadUnits.add(u);
            }
        }
        List<String> leadPersons = new ArrayList<>();
        while (k < cells.size() && isPerson(cells.get(k).text())) {
            leadPersons.add(UnitNames.clean(cells.get(k++).text()));
        }
        StringBuilder related = new StringBuilder();
        while (k < cells.size() && looksLikeUnitCell(cells.get(k).text())) {
            String u = UnitNames.clean(cells.get(k++).text());
            related.append(u);
            if (!endsWithSeparator(u)) {
                break;
            }
        }
        if (related.length() > 0 && endsWithSeparator(related.toString())) {
            related.setLength(related.length() - 1);
        }
        StringBuilder progress = new StringBuilder();
        for (; k < cells.size(); k++) {
            if (progress.length() > 0) {
                progress.append('\n');
            }
            progress.append(cells.get(k).text().replace('\u00a0', ' ').strip());
        }
        table.addRow(UnitNames.clean(number.text()), number.line(), task, leaders, coordinator, leadUnits, leadPersons,
                null, related.toString(), progress.toString());
    }

    private static boolean endsWithSeparator(String s) {
        return s.endsWith("、") || s.endsWith(",") || s.endsWith(",");
    }

    /** Two to four Chinese characters (spaces pad two-character names: "徐  平") that do not end like a unit. */
    static boolean isPerson(String cell) {
        String s = UnitNames.clean(cell);
        return PERSON.matcher(s).matches() && UNIT_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0
                && !s.startsWith("区") && !s.startsWith("各") && !s.startsWith("相关");
    }

    /** A cell made only of unit names and groups, separated by 、 or ,. */
    static boolean looksLikeUnitCell(String cell) {
        String s = UnitNames.clean(cell);
        if (s.isEmpty() || s.contains("。") || s.length() > 60) {
            return false;
        }
        String body = endsWithSeparator(s) ? s.substring(0, s.length() - 1) : s;
        for (String part : body.replace("乡、街道", "乡街道").split("[、,,;]")) {
            if (part.isEmpty()) {
                continue;
            }
            for (String piece : part.split("及")) {
                if (!UnitNames.looksLikeUnit(piece) && !(piece.length() <= 4 && piece.endsWith("办"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void unplaced(Cell c, Warnings warnings) {
        warnings.add(WarningCode.UNPLACED_LINE, c.line(), "无法归入任何行的内容:“" + TaskFields.excerpt(c.text()) + "”",
                "text outside any row: '" + TaskFields.excerpt(c.text()) + "'", "检查序号列 / check the 序号 column");
    }
}
