package org.duban.progress.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/**
 * Keeps the assignment read model and the task copy in step with tasks-service. Each task event carries
 * the whole task and its version, so applying one replaces the task's rows; an event older than what is
 * stored (out of order) is ignored. A cancelled task keeps its row (flagged) so that an older assigned
 * event arriving after the cancellation cannot bring it back.
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
        if (taskId == null) {
            throw new IllegalArgumentException("task event " + event.id() + " lacks taskId");
        }
        int version = data.path("version").asInt(0);
        TaskView task = TaskView.findById(taskId);
        if (task != null && task.version > version) {
            return;
        }
        List<Assignment> current = Assignment.list("key.taskId", taskId);
        if (current.stream().anyMatch(a -> a.taskVersion > version)) {
            return;
        }
        Assignment.delete("key.taskId", taskId);
        Assignment.flush();
        if (TASK_CANCELLED.equals(event.type())) {
            if (task != null) {
                task.cancelled = true;
                task.version = version;
            }
            return;
        }
        if (task == null) {
            task = new TaskView();
            task.taskId = taskId;
        }
        copy(task, data, version);
        task.persist();
        Map<String, Assignment> rows = new LinkedHashMap<>();
        addUnit(rows, data.path("leadUnit"), Assignment.Role.LEAD, task);
        for (JsonNode unit : data.path("responsibleUnits")) {
            addUnit(rows, unit, Assignment.Role.RESPONSIBLE, task);
        }
        rows.values().forEach(a -> a.persist());
    }

    private static void copy(TaskView t, JsonNode d, int version) {
        t.regionCode = d.path("regionCode").asText();
        t.year = d.path("year").asInt();
        t.planId = TaskView.planKey(d.path("planId").asText(null), t.regionCode, t.year);
        t.number = d.path("number").asText(null);
        t.title = d.path("title").asText(null);
        t.sectionPath = sectionPath(d.path("sectionPath"));
        t.sectionKind = d.path("sectionKind").asText(null);
        t.markers = TaskView.join(texts(d.path("markers")));
        t.leaders = TaskView.join(texts(d.path("leaders")));
        t.coordinator = d.path("coordinator").asText(null);
        JsonNode lead = d.path("leadUnit");
        t.leadUnitId = lead.isObject() ? lead.path("id").asText(lead.path("name").asText(null)) : null;
        t.leadUnitName = lead.isObject() ? lead.path("name").asText(t.leadUnitId) : null;
        t.leadPerson = d.path("leadPerson").asText(null);
        t.responsibleUnits = TaskView.join(names(d.path("responsibleUnits")));
        t.relatedUnits = TaskView.join(names(d.path("relatedUnits")));
        t.indicatorCode = d.path("indicatorCode").asText(null);
        JsonNode target = firstTarget(d.path("quantTargets"));
        t.targetValue = target == null ? null : decimal(target.path("value"));
        t.targetUnit = target == null ? null : target.path("unit").asText(null);
        t.targetComparator = target == null ? null : target.path("comparator").asText(null);
        t.cancelled = "CANCELLED".equalsIgnoreCase(d.path("status").asText(""));
        t.version = version;
    }

    /** sectionPath may come as a list of headings or as one string. */
    private static String sectionPath(JsonNode n) {
        if (n.isArray()) {
            return String.join(" / ", texts(n));
        }
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static JsonNode firstTarget(JsonNode targets) {
        if (!targets.isArray() || targets.isEmpty()) {
            return null;
        }
        // prefer a quantity over a growth rate: only a quantity has a share of the annual task
        for (JsonNode t : targets) {
            if (!"%".equals(t.path("unit").asText())) {
                return t;
            }
        }
        return targets.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(n -> out.add(n.isObject() ? n.path("name").asText() : n.asText()));
        } else if (array.isTextual() && !array.asText().isBlank()) {
            out.add(array.asText());
        }
        return out;
    }

    private static List<String> names(JsonNode units) {
        return texts(units);
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return n.isTextual() ? new BigDecimal(n.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void addUnit(Map<String, Assignment> rows, JsonNode unit, Assignment.Role role, TaskView task) {
        if (unit.isMissingNode() || unit.isNull()) {
            return;
        }
        String unitId = unit.path("id").asText(unit.path("name").asText());
        if (unitId.isBlank() || rows.containsKey(unitId)) {
            return;
        }
        Assignment a = new Assignment();
        a.key = new Assignment.Key(task.taskId, unitId);
        a.unitName = unit.path("name").asText(unitId);
        a.role = role;
        a.regionCode = task.regionCode;
        a.year = task.year;
        a.taskNumber = task.number;
        a.taskTitle = task.title;
        a.taskVersion = task.version;
        a.planId = task.planId;
        rows.put(unitId, a);
    }
}
