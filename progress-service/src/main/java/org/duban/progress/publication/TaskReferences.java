package org.duban.progress.publication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.progress.assignment.TaskView;

/**
 * How a notice names a task: "第7项 实际利用外资" — its 序号 and the head of its title (up to the first comma or 12
 * characters). Where the plan numbers its parts on their own (targets 1–7, key work 1–60, livelihood 1–10), a 序号
 * alone is ambiguous ("第1、1、2项"), so the part goes in front: "主要预期目标第1项 地区生产总值".
 */
final class TaskReferences {

    private final boolean numbersRepeat;

    TaskReferences(List<TaskView> tasks) {
        Map<String, Integer> seen = new HashMap<>();
        tasks.forEach(t -> seen.merge(t.number == null ? "" : t.number, 1, Integer::sum));
        numbersRepeat = seen.values().stream().anyMatch(n -> n > 1);
    }

    String of(TaskView task) {
        String part = numbersRepeat ? part(task.sectionPath) : "";
        String number = task.number == null || task.number.isBlank() ? "" : "第" + task.number + "项";
        return (part + number + " " + head(task.title)).strip();
    }

    /** "二、重点工作 / (一)稳增长" → "重点工作": the plan's part without its numbering. */
    private static String part(String sectionPath) {
        List<String> levels = DocumentBuilder.sectionLevels(sectionPath);
        return levels.isEmpty() ? "" : levels.get(0).replaceFirst("^([((]?[一二三四五六七八九十]+[))、.]?|——)", "").strip();
    }

    /** The title up to its first comma, semicolon or full stop, at most 12 characters (then "…"). */
    static String head(String title) {
        if (title == null) {
            return "";
        }
        String t = title.strip().replaceFirst("[,,;;。].*$", "");
        return t.length() <= 12 ? t : t.substring(0, 12) + "…";
    }
}
