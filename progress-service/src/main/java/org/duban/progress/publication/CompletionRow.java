package org.duban.progress.publication;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a completion table (完成情况一览表), the seed table's columns in order.
 *
 * @param number       序号
 * @param task         目标任务, with its markers in front as the plan prints them (▲完成全国第四次经济普查)
 * @param leaders      责任领导
 * @param coordinator  协管责任人
 * @param leadUnit     牵头单位
 * @param leadPerson   责任人
 * @param relatedUnits 相关单位
 * @param progress     完成情况
 */
public record CompletionRow(String number, String task, String leaders, String coordinator, String leadUnit,
        String leadPerson, String relatedUnits, String progress) {

    public List<String> cells() {
        return Arrays.asList(number, task, leaders, coordinator, leadUnit, leadPerson, relatedUnits, progress);
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
