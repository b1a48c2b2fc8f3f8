package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's to-do list: for every task it owes reports on (obligations) and every period whose deadline
 * has passed or is the next one, what is left to do — write the report, finish or approve a draft,
 * revise a returned one — with its deadline and whether it is overdue. Submitted and accepted reports
 * are done. Returned reports come first, then by deadline.
 */
public final class UnitTodoAssembler {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private UnitTodoAssembler() {}

    /** One thing to do. */
    record Item(String action, String taskId, String taskNumber, String taskTitle, String role, String period,
            LocalDate deadline, boolean overdue, String reportId, String returnReason) {}

    public static ObjectNode assemble(String unitId, ServiceAnswer obligations, ServiceAnswer reports, LocalDate today) {
        ObjectNode todo = JSON.objectNode();
        todo.put("unitId", unitId);
        todo.put("today", today.toString());
        ObjectNode part = obligations.part();
        todo.set("todo", part);
        ObjectNode reportsPart = reports.part();
        todo.set("reports", reportsPart);
        if (!obligations.ok()) {
            return todo;
        }
        Map<String, JsonNode> reportByTaskPeriod = new HashMap<>();
        for (JsonNode report : reports.items()) {
            reportByTaskPeriod.put(report.path("taskId").asText() + "/" + report.path("period").asText(), report);
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode obligation : obligations.items()) {
            LocalDate next = null;
            for (JsonNode due : obligation.path("periods")) {
                LocalDate deadline = date(due.path("deadline").asText(null));
                if (deadline != null && !deadline.isBefore(today) && (next == null || deadline.isBefore(next))) {
                    next = deadline;
                }
            }
            for (JsonNode due : obligation.path("periods")) {
                LocalDate deadline = date(due.path("deadline").asText(null));
                if (deadline == null || (next != null && deadline.isAfter(next))) {
                    continue;
                }
                String period = due.path("period").asText();
                JsonNode report = reportByTaskPeriod.get(obligation.path("taskId").asText() + "/" + period);
                String status = report == null ? null : report.path("status").asText();
                String action = action(status, reports.ok());
                if (action == null) {
                    continue;
                }
                items.add(new Item(action, obligation.path("taskId").asText(), obligation.path("taskNumber").asText(null),
                        obligation.path("taskTitle").asText(null), obligation.path("role").asText(null), period, deadline,
                        deadline.isBefore(today), report == null ? null : report.path("id").asText(null),
                        report == null ? null : report.path("returnReason").asText(null)));
            }
        }
        items.sort(Comparator.comparing((Item item) -> !"REVISE_RETURNED".equals(item.action()))
                .thenComparing(Item::deadline).thenComparing(item -> String.valueOf(item.taskNumber())));
        ArrayNode list = part.putArray("items");
        Map<String, Integer> byAction = new HashMap<>();
        int overdue = 0;
        for (Item item : items) {
            ObjectNode node = list.addObject();
            node.put("action", item.action());
            node.put("taskId", item.taskId());
            node.put("taskNumber", item.taskNumber());
            node.put("taskTitle", item.taskTitle());
            node.put("role", item.role());
            node.put("period", item.period());
            node.put("deadline", item.deadline().toString());
            node.put("overdue", item.overdue());
            node.put("reportId", item.reportId());
            node.put("returnReason", item.returnReason());
            byAction.merge(item.action(), 1, Integer::sum);
            overdue += item.overdue() ? 1 : 0;
        }
        part.put("total", items.size());
        part.put("overdue", overdue);
        ObjectNode counts = part.putObject("byAction");
        byAction.forEach(counts::put);
        return todo;
    }

    /** What is left for a report in this status; null when nothing is. Without the reports, every period is "check". */
    private static String action(String status, boolean reportsKnown) {
        if (!reportsKnown) {
            return "CHECK_REPORT";
        }
        if (status == null) {
            return "WRITE_REPORT";
        }
        return switch (status) {
            case "DRAFT" -> "FINISH_OR_APPROVE_DRAFT";
            case "RETURNED" -> "REVISE_RETURNED";
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
