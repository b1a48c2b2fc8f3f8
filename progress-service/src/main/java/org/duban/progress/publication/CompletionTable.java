package org.duban.progress.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.progress.calendar.ReportingPeriod;

/**
 * A period's completion table (完成情况一览表) in the shape offices send it: the title, a title block (plan,
 * region, period, as-of date), the tasks in plan order with a row for each part of the plan they fall under
 * (一、… (一)… ——…), and the marker legend as the footnote (备注) under the table, as in the seed table.
 *
 * <p>Columns are the seed table's, plus 责任单位 when any task of the table has a 责任单位 (a plan that names none,
 * such as the seed table, keeps the seed's eight columns).
 *
 * @param title        "2018年《政府工作报告》目标任务一季度完成情况一览表"
 * @param titleBlock   the line under the title; may be empty
 * @param lines        section headings and task rows in plan order
 * @param markerLegend marker → meaning (▲ → 全国性重点工作)
 */
public record CompletionTable(String title, String titleBlock, List<Line> lines, Map<String, String> markerLegend) {

    /** A line of the table: a task's row or the heading of a part of the plan. */
    public sealed interface Line permits CompletionRow, Heading {
    }

    /** The heading of a part of the plan, printed across the table ("一、主要预期目标"). */
    public record Heading(String text) implements Line {
    }

    /** Every column a completion table can have, in order. */
    public static final List<String> COLUMNS = List.of(
            "序号", "目标任务", "责任领导", "协管责任人", "牵头单位", "责任人", "责任单位", "相关单位", "完成情况");

    /** The seed table's eight columns (no 责任单位). */
    public static final List<String> HEADERS = COLUMNS.stream().filter(c -> !c.equals("责任单位")).toList();

    public CompletionTable {
        titleBlock = titleBlock == null ? "" : titleBlock;
        lines = List.copyOf(lines);
        markerLegend = markerLegend == null ? Map.of() : new LinkedHashMap<>(markerLegend);
    }

    /** "2018年《政府工作报告》目标任务一季度完成情况一览表" */
    public static String defaultTitle(int year, ReportingPeriod period) {
        return year + "年《政府工作报告》目标任务" + period.label() + "完成情况一览表";
    }

    /** The task rows alone, in plan order. */
    public List<CompletionRow> rows() {
        return lines.stream().filter(CompletionRow.class::isInstance).map(CompletionRow.class::cast).toList();
    }

    /** {@link #COLUMNS}, without 责任单位 when no row has one. */
    public List<String> headers() {
        boolean responsible = rows().stream().anyMatch(r -> r.responsibleUnits() != null && !r.responsibleUnits().isBlank());
        return responsible ? COLUMNS : HEADERS;
    }

    /** "备注:▲项为全国性重点工作;●项为省直部门年度考核内容" — empty when the plan has no legend. */
    public String footnote() {
        if (markerLegend.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        markerLegend.forEach((marker, meaning) -> parts.add(marker + "项为" + meaning));
        return "备注:" + String.join(";", parts);
    }

    public TableDocument toDocument() {
        List<String> headers = headers();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Heading h) {
                headings.add(cells.size());
                List<String> row = new ArrayList<>(java.util.Collections.nCopies(headers.size(), ""));
                row.set(0, h.text());
                cells.add(row);
            } else {
                cells.add(((CompletionRow) line).cells(headers));
            }
        }
        String footnote = footnote();
        return new TableDocument(title, titleBlock, headers, cells, headings, footnote.isEmpty() ? List.of() : List.of(footnote));
    }

    public byte[] render(PublicationFormat format) {
        return TableWriter.of(format).write(toDocument());
    }
}
