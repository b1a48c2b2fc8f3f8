package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks a leader answers for (tasks-service, filtered by leader), each with its status light for
 * the period (progress-service's pace of the task's plan). Lights missing because progress-service is
 * down are marked, not guessed.
 */
public final class LeaderTasksAssembler {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LeaderTasksAssembler() {}

    public static ObjectNode assemble(String leader, String period, ServiceAnswer tasks, List<ServiceAnswer> paces) {
        ObjectNode answer = JSON.objectNode();
        answer.put("leader", leader);
        answer.put("period", period);
        ObjectNode part = tasks.part();
        answer.set("tasks", part);
        boolean lightsKnown = !paces.isEmpty() && paces.stream().allMatch(ServiceAnswer::ok);
        ObjectNode lightsPart = paces.isEmpty() ? ServiceAnswer.ok("progress-service", JSON.arrayNode()).part()
                : paces.stream().filter(pace -> !pace.ok()).findFirst().orElse(paces.get(0)).part();
        answer.set("lights", lightsPart);
        if (!tasks.ok()) {
            return answer;
        }
        Map<String, JsonNode> paceByTask = new HashMap<>();
        for (ServiceAnswer pace : paces) {
            for (JsonNode row : pace.items()) {
                paceByTask.put(row.path("taskId").asText(), row);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String light : List.of("RED", "AMBER", "GREEN", "NONE", "UNKNOWN")) {
            counts.put(light, 0);
        }
        ArrayNode items = part.putArray("items");
        for (JsonNode task : tasks.items()) {
            JsonNode leaders = task.path("leaders");
            boolean answersFor = !leaders.isArray() || leaders.isEmpty();
            for (JsonNode name : leaders) {
                answersFor |= leader.equals(name.asText());
            }
            if (!answersFor) {
                continue;
            }
            String taskId = task.path("id").asText();
            JsonNode pace = paceByTask.get(taskId);
            String light = pace != null ? pace.path("light").asText("NONE") : lightsKnown ? "NONE" : "UNKNOWN";
            counts.merge(light, 1, Integer::sum);
            ObjectNode item = items.addObject();
            item.put("taskId", taskId);
            item.set("planId", task.path("planId"));
            item.set("number", task.path("number"));
            item.set("title", task.path("title"));
            item.set("status", task.path("status"));
            item.set("dueDate", task.path("dueDate"));
            item.set("leadUnit", task.path("leadUnit").path("name"));
            item.put("light", light);
            if (pace != null) {
                item.set("expectedPercent", pace.path("expectedPercent"));
                item.set("actualPercent", pace.path("actualPercent"));
                item.set("reasons", pace.path("reasons"));
                item.set("overdueUnits", pace.path("overdueUnits"));
            }
        }
        ObjectNode byLight = part.putObject("byLight");
        counts.forEach(byLight::put);
        part.put("total", items.size());
        return answer;
    }
}
