package org.duban.gateway.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Which domain events reach people as in-app notifications, to whom, and in what words (issue 18; the events are the
 * producing services' contracts, their AsyncAPI documents):
 * <ul>
 * <li>progress-service's {@code reminder-sent}, {@code report-overdue}, {@code unit-urged} (with its colour level) and
 * {@code report-returned} (with the office's reason), {@code report-accepted}: to the unit they name;</li>
 * <li>progress-service's {@code publication-published} (a completion table or notice frozen) and tasks-service's
 * {@code plan-published}: to everyone of the region.</li>
 * </ul>
 * Every other event is no one's notification. Plain Java: the handler stores what this answers.
 */
public final class NotificationRules {

    /** What a notification says and to whom; {@code unitId} null = the whole region. */
    public record Draft(String kind, String level, String regionCode, String unitId, String taskId, String planId,
            String period, String title, String body) {
    }

    private static final Map<String, String> PERIODS = Map.of("Q1", "一季度", "H1", "上半年", "Q3", "前三季度", "ANNUAL", "全年");
    private static final Map<String, String> LEVELS = Map.of("REMINDER", "提醒", "BLUE", "蓝色催办", "YELLOW", "黄色催办", "RED", "红色催办");

    private NotificationRules() {
    }

    /** The notification an event makes, if it makes one. */
    public static Optional<Draft> of(String type, JsonNode d) {
        String region = text(d, "regionCode");
        String unit = d.path("unit").path("id").asText(null);
        String task = task(d);
        String period = label(text(d, "period"));
        return switch (type) {
            case "duban.progress.reminder-sent.v1" -> unitDraft("REMINDER", null, d, region, unit,
                    "报送提醒:" + task + period + "进展情况请于" + text(d, "deadline") + "前报送", text(d, "note"));
            case "duban.progress.report-overdue.v1" -> unitDraft("OVERDUE", null, d, region, unit,
                    "逾期未报:" + task + period + "进展情况已过报送截止日(" + text(d, "deadline") + ")", text(d, "note"));
            case "duban.progress.unit-urged.v1" -> unitDraft("URGED", text(d, "level"), d, region, unit,
                    LEVELS.getOrDefault(text(d, "level"), "催办") + ":" + task + period + "进展情况"
                            + (d.path("daysOverdue").asInt(0) > 0 ? "已逾期" + d.path("daysOverdue").asInt() + "天" : "尚未报送"),
                    text(d, "note"));
            case "duban.progress.report-returned.v1" -> unitDraft("RETURNED", null, d, region, unit,
                    "报告被退回:" + period + "进展情况(第" + d.path("version").asInt() + "版)请修改后重新报送",
                    "退回原因:" + text(d, "note"));
            case "duban.progress.report-accepted.v1" -> unitDraft("ACCEPTED", null, d, region, unit,
                    "报告已采纳:" + period + "进展情况(第" + d.path("version").asInt() + "版)已被督查室采纳", null);
            case "duban.progress.publication-published.v1" -> region == null ? Optional.empty() : Optional.of(new Draft(
                    "NOTICE".equals(text(d, "kind")) ? "NOTICE_PUBLISHED" : "TABLE_PUBLISHED", null, region, null, null,
                    text(d, "planId"), text(d, "period"),
                    ("NOTICE".equals(text(d, "kind")) ? "通报已发布:" : "完成情况一览表已发布:") + text(d, "title"), text(d, "note")));
            case "duban.tasks.plan-published.v1" -> region == null ? Optional.empty() : Optional.of(new Draft("PLAN_PUBLISHED",
                    null, region, null, null, text(d, "planId"), null,
                    "计划已印发:" + text(d, "title") + "(共" + d.path("taskCount").asInt() + "项)", null));
            default -> Optional.empty();
        };
    }

    private static Optional<Draft> unitDraft(String kind, String level, JsonNode d, String region, String unit, String title,
            String body) {
        if (region == null || unit == null) {
            return Optional.empty();
        }
        return Optional.of(new Draft(kind, level, region, unit, text(d, "taskId"), text(d, "planId"), text(d, "period"),
                title.length() <= 300 ? title : title.substring(0, 299) + "…", body));
    }

    /** "第3项 加快重点项目建设 " when the event names the task; else nothing. */
    private static String task(JsonNode d) {
        String number = text(d, "taskNumber");
        String title = text(d, "taskTitle");
        if (title == null) {
            return "";
        }
        String head = title.length() <= 20 ? title : title.substring(0, 20) + "…";
        return (number == null ? "" : "第" + number + "项") + head + " ";
    }

    private static String label(String period) {
        return period == null ? "" : PERIODS.getOrDefault(period, period);
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
