package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;

/**
 * A completion table as rows of cells (from CSV or XLSX): finds the header row by its 序号 cell, maps the
 * columns by name, reads a title from a one-cell row above it and the legend from a 备注 row below.
 */
final class TableGrid {

    /** One row of cells and the row number a person sees (1-based). */
    record Row(int number, List<String> cells) {
        String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private TableGrid() {}

    static ParsedPlan read(String format, List<Row> rows, KnownUnits directory) {
        Warnings warnings = new Warnings();
        int headerIndex = -1;
        for (int i = 0; i < rows.size() && headerIndex < 0; i++) {
            for (String c : rows.get(i).cells()) {
                if (c != null && UnitNames.clean(c).equals("序号")) {
                    headerIndex = i;
                    break;
                }
            }
        }
        if (headerIndex < 0) {
            throw new ImportFormatException("未找到表头行(含“序号”) / no header row with a 序号 column was found");
        }
        String title = null;
        for (int i = 0; i < headerIndex; i++) {
            List<String> nonBlank = rows.get(i).cells().stream().filter(c -> c != null && !c.isBlank()).toList();
            if (nonBlank.size() == 1 && title == null) {
                title = UnitNames.clean(nonBlank.get(0));
            }
        }
        Row header = rows.get(headerIndex);
        Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i);
            if (h.isEmpty()) {
                continue;
            }
            var column = TableColumn.fromHeader(h);
            if (column.isPresent()) {
                columns.putIfAbsent(column.get(), i);
            } else {
                warnings.add(WarningCode.UNKNOWN_COLUMN, header.number(), "无法识别的表头“" + h + "”,该列被忽略",
                        "unknown header '" + h + "'; the column is ignored",
                        "表头应为:序号、目标任务、责任领导、区政府办协管责任人、牵头单位、责任人、相关单位、完成情况");
            }
        }
        for (TableColumn c : TableColumn.values()) {
            if (c.inCompletionTable() && !columns.containsKey(c)) {
                warnings.add(WarningCode.MISSING_COLUMN, header.number(), "表头缺少“" + c.header() + "”列",
                        "header has no '" + c.header() + "' column", "按一览表的列补齐表头 / add the column");
            }
        }
        if (!columns.containsKey(TableColumn.NUMBER) || !columns.containsKey(TableColumn.TASK)) {
            throw new ImportFormatException("表头必须有“序号”和“目标任务”列 / the header needs 序号 and 目标任务 columns");
        }
        TableAssembler table = new TableAssembler(warnings);
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String first = row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst().orElse("");
            if (UnitNames.clean(first).startsWith("备注") || UnitNames.clean(first).startsWith("注:")) {
                table.readLegend(first);
                continue;
            }
            String number = row.cell(columns.get(TableColumn.NUMBER));
            if (!UnitNames.clean(number).matches("\\d{1,4}")) {
                warnings.add(WarningCode.UNPLACED_LINE, row.number(), "第" + row.number() + "行没有有效序号,已跳过",
                        "row " + row.number() + " has no valid 序号 and was skipped", "补上序号 / fill in the number");
                continue;
            }
            String coordinator = UnitNames.clean(cell(row, columns, TableColumn.COORDINATOR));
            String leadUnit = cell(row, columns, TableColumn.LEAD_UNIT);
            table.addRow(UnitNames.clean(number), row.number(), cell(row, columns, TableColumn.TASK),
                    TableAssembler.names(cell(row, columns, TableColumn.LEADERS)), coordinator.isEmpty() ? null : coordinator,
                    leadUnit.isBlank() ? List.of() : List.of(leadUnit),
                    TableAssembler.names(cell(row, columns, TableColumn.LEAD_PERSON)),
                    cell(row, columns, TableColumn.RESPONSIBLE_UNITS), cell(row, columns, TableColumn.RELATED_UNITS),
                    cell(row, columns, TableColumn.PROGRESS));
        }
        return table.finish(format, title, null, directory);
    }

    private static String cell(Row row, Map<TableColumn, Integer> columns, TableColumn column) {
        Integer i = columns.get(column);
        return i == null ? "" : row.cell(i);
    }

    static List<String> list(String... cells) {
        return new ArrayList<>(List.of(cells));
    }
}
