package org.duban.progress.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/**
 * Keeps the assignment read model in step with tasks-service. Each task event carries the whole
 * responsibility matrix and the task's version, so applying one replaces the task's rows, and an
 * event older than what is stored (out of order) is ignored.
 */
@ApplicationScoped
public class AssignmentProjection implements EventHandler {
    static final String TASK_ASSIGNED = "duban.tasks.task-assigned.v1";
    static final String TASK_UPDATED = "duban.tasks.task-updated.v1";
    static final String TASK_CANCELLED = "duban.tasks.task-cancelled.v1";

    @Override
    public boolean handles(String type) {
        return Set.of(TASK_ASSIGNED, TASK_UPDATED, TASK_CANCELLED).contains(type);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        String taskId = event.text("taskId");
        int version = data.path("version").asInt(0);
        List<Assignment> current = Assignment.list("key.taskId", taskId);
        if (current.stream().anyMatch(a -> a.taskVersion > version)) {
            return;
        }
        Assignment.delete("key.taskId", taskId);
        if (TASK_CANCELLED.equals(event.type())) {
            return;
        }
        Map<String, Assignment> rows = new LinkedHashMap<>();
        addUnit(rows, data.path("leadUnit"), Assignment.Role.LEAD, data, taskId, version);
        for (JsonNode unit : data.path("responsibleUnits")) {
            addUnit(rows, unit, Assignment.Role.RESPONSIBLE, data, taskId, version);
        }
        rows.values().forEach(a -> a.persist());
    }

    private static void addUnit(Map<String, Assignment> rows, JsonNode unit, Assignment.Role role, JsonNode data,
            String taskId, int version) {
        if (unit.isMissingNode() || unit.isNull()) {
            return;
        }
        String unitId = unit.path("id").asText(unit.path("name").asText());
        if (unitId.isBlank() || rows.containsKey(unitId)) {
            return;
        }
        Assignment a = new Assignment();
        a.key = new Assignment.Key(taskId, unitId);
        a.unitName = unit.path("name").asText(unitId);
        a.role = role;
        a.regionCode = data.path("regionCode").asText();
        a.year = data.path("year").asInt();
        a.taskNumber = data.path("number").asText(null);
        a.taskTitle = data.path("title").asText(null);
        a.taskVersion = version;
        rows.put(unitId, a);
    }
}
