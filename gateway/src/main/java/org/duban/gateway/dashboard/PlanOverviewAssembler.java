package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A region's plan at a glance for one period: the plan, its tasks' status lights per section (pace
 * from progress-service joined with sections from tasks-service), the completeness of the period's
 * reports, and the indicator verdicts. Each part stands alone: a service that is down leaves its
 * part {@code unavailable} and the rest intact.
 */
public final class PlanOverviewAssembler {
    private static final List<String> LIGHTS = List.of("GREEN", "AMBER", "RED");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PlanOverviewAssembler() {}

    public static ObjectNode assemble(String planId, String period, ServiceAnswer plan, ServiceAnswer tasks,
            ServiceAnswer pace, ServiceAnswer completeness, ServiceAnswer statusCounts, ServiceAnswer indicators) {
        ObjectNode overview = JSON.objectNode();
        overview.put("planId", planId);
        overview.put("period", period);
        overview.set("plan", plan(plan));
        overview.set("lights", lights(tasks, pace));
        overview.set("completeness", completeness(completeness));
        overview.set("statusCounts", statusCounts(statusCounts));
        overview.set("indicators", indicators(indicators));
        return overview;
    }

    private static ObjectNode plan(ServiceAnswer plan) {
        ObjectNode part = plan.part();
        if (plan.ok()) {
            for (String field : List.of("id", "regionCode", "year", "title", "taskCount", "publishedAt")) {
                if (plan.body().has(field)) {
                    part.set(field, plan.body().get(field));
                }
            }
            // the part's own "status" says whether the service answered; the plan's status goes beside it
            part.set("planStatus", plan.body().path("status"));
        }
        return part;
    }

    /** Counts of GREEN/AMBER/RED overall and per top-level section; a task without a light yet counts as NONE. */
    private static ObjectNode lights(ServiceAnswer tasks, ServiceAnswer pace) {
        ObjectNode part = pace.part();
        if (!pace.ok()) {
            return part;
        }
        Map<String, String> sectionOfTask = new HashMap<>();
        for (JsonNode task : tasks.items()) {
            JsonNode path = task.path("sectionPath");
            String section = path.isArray() && !path.isEmpty() ? path.get(0).asText() : path.isTextual() ? path.asText() : null;
            sectionOfTask.put(task.path("id").asText(), section);
        }
        Map<String, Integer> total = counter();
        Map<String, Map<String, Integer>> bySection = new LinkedHashMap<>();
        ArrayNode red = JSON.arrayNode();
        for (JsonNode row : pace.items()) {
            String light = row.path("light").asText("NONE");
            if (!LIGHTS.contains(light)) {
                light = "NONE";
            }
            total.merge(light, 1, Integer::sum);
            String taskId = row.path("taskId").asText();
            String section = sectionOfTask.getOrDefault(taskId, null);
            bySection.computeIfAbsent(section != null ? section : tasks.ok() ? "(no section / 未分节)" : "(sections unavailable / 分节暂缺)",
                    k -> counter()).merge(light, 1, Integer::sum);
            if ("RED".equals(light)) {
                ObjectNode item = red.addObject();
                item.put("taskId", taskId);
                item.set("number", row.path("number"));
                item.set("title", row.path("title"));
                item.set("leadUnit", row.path("leadUnit"));
                item.set("reasons", row.path("reasons"));
            }
        }
        part.set("total", counts(total));
        ArrayNode sections = part.putArray("bySection");
        bySection.forEach((section, counts) -> {
            ObjectNode entry = counts(counts);
            entry.put("section", section);
            sections.add(entry);
        });
        part.set("red", red);
        part.put("sectionsJoined", tasks.ok());
        return part;
    }

    /**
     * progress-service's status counts as they are (base, categories with counts and shares, expected to complete): the
     * office's counting rule, the same figures the notice states.
     */
    private static ObjectNode statusCounts(ServiceAnswer counts) {
        ObjectNode part = counts.part();
        if (counts.ok()) {
            for (String field : List.of("base", "excluded", "categories", "unclassified", "expectedToComplete",
                    "expectedToCompleteShare")) {
                if (counts.body().has(field)) {
                    part.set(field, counts.body().get(field));
                }
            }
        }
        return part;
    }

    private static ObjectNode completeness(ServiceAnswer completeness) {
        ObjectNode part = completeness.part();
        if (!completeness.ok()) {
            return part;
        }
        Map<String, Integer> sums = new TreeMap<>();
        for (JsonNode row : completeness.items()) {
            for (String field : List.of("expected", "received", "onTime", "excusedLate", "late", "missing", "overdue")) {
                sums.merge(field, row.path(field).asInt(0), Integer::sum);
            }
        }
        sums.forEach(part::put);
        int expected = sums.getOrDefault("expected", 0);
        part.put("percentReceived", expected == 0 ? 0 : Math.round(1000.0 * sums.getOrDefault("received", 0) / expected) / 10.0);
        part.set("units", completeness.items());
        return part;
    }

    private static ObjectNode indicators(ServiceAnswer board) {
        ObjectNode part = board.part();
        if (!board.ok()) {
            return part;
        }
        Map<String, Integer> verdicts = new TreeMap<>();
        ArrayNode items = part.putArray("items");
        for (JsonNode row : board.items()) {
            String verdict = row.path("verdict").isNull() || row.path("verdict").isMissingNode() ? "NO_FIGURE" : row.path("verdict").asText();
            verdicts.merge(verdict, 1, Integer::sum);
            ObjectNode item = items.addObject();
            item.set("indicatorCode", row.path("indicatorCode"));
            item.set("nameZh", row.path("nameZh"));
            item.put("verdict", verdict);
            item.set("targetText", row.path("target").path("text"));
            item.set("actualValue", row.path("actual").path("value"));
            item.set("growthRate", row.path("actual").path("growthRate"));
            item.set("unit", row.path("unit"));
        }
        ObjectNode counts = part.putObject("verdicts");
        verdicts.forEach(counts::put);
        return part;
    }

    private static Map<String, Integer> counter() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String light : LIGHTS) {
            counts.put(light, 0);
        }
        counts.put("NONE", 0);
        return counts;
    }

    private static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode node = JSON.objectNode();
        counts.forEach(node::put);
        node.put("tasks", counts.values().stream().mapToInt(Integer::intValue).sum());
        return node;
    }
}
