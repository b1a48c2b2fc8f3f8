package org.duban.progress.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.progress.calendar.ReportingPeriod;

/**
 * A period's completion table: title, rows in 序号 order and the marker legend printed as the footnote
 * (备注) under the table, as in the seed table.
 */
public record CompletionTable(String title, List<CompletionRow> rows, Map<String, String> markerLegend) {

    public static final List<String> HEADERS = List.of(
            "序号", "目标任务", "责任领导", "协管责任人", "牵头单位", "责任人", "相关单位", "完成情况");

    public CompletionTable {
        rows = List.copyOf(rows);
        markerLegend = markerLegend == null ? Map.of() : new LinkedHashMap<>(markerLegend);
    }

    /** "2018年《政府工作报告》目标任务一季度完成情况一览表" */
    public static String defaultTitle(int year, ReportingPeriod period) {
        return year + "年《政府工作报告》目标任务" + period.label() + "完成情况一览表";
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
        String footnote = footnote();
        return new TableDocument(title, HEADERS, rows.stream().map(CompletionRow::cells).toList(),
                footnote.isEmpty() ? List.of() : List.of(footnote));
    }

    public byte[] render(PublicationFormat format) {
        return TableWriter.of(format).write(toDocument());
    }
}
