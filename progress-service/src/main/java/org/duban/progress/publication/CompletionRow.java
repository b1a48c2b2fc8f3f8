package org.duban.progress.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * One task's row of a completion table (完成情况一览表): the seed table's columns plus 责任单位. Units are as the
 * document wrote them (groups by their own name, notes kept); names as tables print them ({@link PrintedNames}).
 *
 * @param number           序号
 * @param task             目标任务, with its markers in front as the plan prints them (▲完成全国第四次经济普查)
 * @param leaders          责任领导
 * @param coordinator      协管责任人
 * @param leadUnit         牵头单位 (co-leads joined with 、)
 * @param leadPerson       责任人
 * @param responsibleUnits 责任单位
 * @param relatedUnits     相关单位
 * @param progress         完成情况
 */
public record CompletionRow(String number, String task, String leaders, String coordinator, String leadUnit,
        String leadPerson, String responsibleUnits, String relatedUnits, String progress) implements CompletionTable.Line {

    /** The cells of {@code columns} (names from {@link CompletionTable#COLUMNS}), in that order. */
    public List<String> cells(List<String> columns) {
        List<String> out = new ArrayList<>(columns.size());
        for (String c : columns) {
            out.add(switch (c) {
                case "序号" -> number;
                case "目标任务" -> task;
                case "责任领导" -> leaders;
                case "协管责任人" -> coordinator;
                case "牵头单位" -> leadUnit;
                case "责任人" -> leadPerson;
                case "责任单位" -> responsibleUnits;
                case "相关单位" -> relatedUnits;
                case "完成情况" -> progress;
                default -> throw new IllegalArgumentException("no column " + c);
            });
        }
        return out;
    }

    /** The task title with its markers in front unless the title already carries them. */
    public static String taskWithMarkers(List<String> markers, String title) {
        String t = title == null ? "" : title;
        StringBuilder prefix = new StringBuilder();
        for (String m : markers) {
            if (!t.contains(m)) {
                prefix.append(m);
            }
        }
        return prefix + t;
    }
}
