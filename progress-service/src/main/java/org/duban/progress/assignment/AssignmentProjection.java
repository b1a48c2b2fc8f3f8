package org.duban.progress.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;
import org.duban.progress.calendar.ReportingCalendar;

/**
 * Keeps the assignment read model and the task copy in step with tasks-service. Each task event carries
 * the whole task and its version; applying one upserts the task's rows by their natural key (task, unit)
 * and removes units no longer named, so the same event twice, a unit named twice and a task moved
 * between plans all leave one row per unit; an event older than what is stored (out of order) is ignored. A cancelled task keeps its row (flagged) so that an older assigned
 * event arriving after the cancellation cannot bring it back. Beside the current matrix it keeps the assignment
 * history ({@link AssignmentSpan}): a unit added or removed by a later event is so from the event's day.
 */
@ApplicationScoped
public class AssignmentProjection implements EventHandler {
    private final Clock clock;

    public AssignmentProjection(Clock clock) {
        this.clock = clock;
    }

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
            return; // older than what is stored: out of order
        }
        Map<String, Assignment> existing = new HashMap<>();
        for (Assignment a : Assignment.<Assignment>list("key.taskId", taskId)) {
            if (a.taskVersion > version) {
                return;
            }
            existing.put(a.key.unitId(), a);
        }
        boolean cancelled = TASK_CANCELLED.equals(event.type());
        // the announcement (task-assigned, first or after a placeholder made from imported progress) sets the matrix
        // the year starts with; every other event, even one seen first, is a change that takes effect on its day
        boolean initial = TASK_ASSIGNED.equals(event.type()) && (task == null || !task.announced);
        if (task == null) {
            task = new TaskView();
            task.taskId = taskId;
            copy(task, data, version);
            task.persist();
        } else if (cancelled) {
            task.version = version; // a cancel event names the task only: the copy keeps what it knew
            task.announced = true; // no later imported progress makes it a placeholder again
        } else {
            copy(task, data, version);
        }
        if (cancelled) {
            // the row stays, flagged, so that an older assigned event arriving later cannot bring the task back
            task.cancelled = true;
            existing.values().forEach(Assignment::delete);
            AssignmentHistory.dropTask(taskId);
            return;
        }
        // upsert by the natural key (task, unit): a unit named twice (lead and responsible, directly and
        // through a group) is one row, with the first role it was named in (lead before responsible)
        Map<String, Assignment> wanted = new LinkedHashMap<>();
        addUnit(wanted, existing, data.path("leadUnit"), Assignment.Role.LEAD, task);
        // co-leads ("牵头单位:区财政局、区税务局"): each lead unit owes the task's reports as its lead
        for (JsonNode unit : data.path("leadUnits")) {
            addUnit(wanted, existing, unit, Assignment.Role.LEAD, task);
        }
        for (JsonNode unit : data.path("responsibleUnits")) {
            addUnit(wanted, existing, unit, Assignment.Role.RESPONSIBLE, task);
        }
        for (Assignment a : wanted.values()) {
            if (!a.isPersistent()) {
                a.persist();
            }
        }
        existing.values().forEach(Assignment::delete); // units no longer named for the task
        AssignmentHistory.apply(task, wanted.values(), initial, effectiveDate(event, clock));
    }

    /**
     * The day a change takes effect: the event's {@code effectiveDate} when tasks-service states one, else the day
     * (Asia/Shanghai) the change was made, from the event's time; else today.
     */
    static LocalDate effectiveDate(CloudEvent event, Clock clock) {
        String stated = event.data().path("effectiveDate").asText("");
        if (!stated.isBlank()) {
            try {
                return LocalDate.parse(stated);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("task event " + event.id() + " has effectiveDate " + stated
                        + ", not an ISO date");
            }
        }
        return event.time() != null ? event.time().atZoneSameInstant(ReportingCalendar.ZONE).toLocalDate()
                : ReportingCalendar.today(clock);
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
        // co-leads are shown together wherever the lead unit is printed (completion table, notice): "区财政局、区税务局"
        List<String> leadNames = new ArrayList<>();
        for (JsonNode l : d.path("leadUnits")) {
            String name = l.path("name").asText("");
            if (!name.isBlank() && !leadNames.contains(name)) {
                leadNames.add(name);
            }
        }
        if (leadNames.size() > 1) {
            String joined = String.join("、", leadNames);
            t.leadUnitName = joined.length() <= 200 ? joined : t.leadUnitName;
        }
        t.leadPerson = d.path("leadPerson").asText(null);
        t.responsibleUnits = TaskView.join(names(d.path("responsibleUnits")));
        t.relatedUnits = TaskView.join(names(d.path("relatedUnits")));
        JsonNode written = d.path("writtenUnits");
        t.leadUnitsWritten = written.isObject() ? TaskView.join(written(written.path("lead"))) : null;
        t.responsibleUnitsWritten = written.isObject() ? TaskView.join(written(written.path("responsible"))) : null;
        t.relatedUnitsWritten = written.isObject() ? TaskView.join(written(written.path("related"))) : null;
        List<Integer> order = new ArrayList<>();
        d.path("planOrder").forEach(n -> order.add(n.asInt()));
        t.planOrder = TaskView.planOrderKey(order);
        t.indicatorCode = d.path("indicatorCode").asText(null);
        JsonNode target = firstTarget(d.path("quantTargets"));
        t.targetValue = target == null ? null : decimal(target.path("value"));
        t.targetUnit = target == null ? null : target.path("unit").asText(null);
        t.targetComparator = target == null ? null : target.path("comparator").asText(null);
        t.cancelled = "CANCELLED".equalsIgnoreCase(d.path("status").asText(""));
        t.version = version;
        t.announced = true;
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

    /** writtenUnits entries as documents print them: the name, then the note in full-width brackets. */
    private static List<String> written(JsonNode units) {
        List<String> out = new ArrayList<>();
        for (JsonNode u : units) {
            String name = u.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            String note = u.path("note").asText("").strip();
            out.add(note.isEmpty() ? name : name + "(" + note.replaceAll("^[((]|[))]$", "") + ")");
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

    /** Adds the unit to {@code wanted}, reusing (and taking out of {@code existing}) its stored row. */
    private static void addUnit(Map<String, Assignment> wanted, Map<String, Assignment> existing, JsonNode unit,
            Assignment.Role role, TaskView task) {
        if (unit.isMissingNode() || unit.isNull()) {
            return;
        }
        String unitId = unit.isObject() ? unit.path("id").asText(unit.path("name").asText("")) : unit.asText("");
        if (unitId.isBlank() || wanted.containsKey(unitId)) {
            return;
        }
        Assignment a = existing.remove(unitId);
        if (a == null) {
            a = new Assignment();
            a.key = new Assignment.Key(task.taskId, unitId);
        }
        a.unitName = unit.isObject() ? unit.path("name").asText(unitId) : unitId;
        a.role = role;
        a.describe(task);
        a.taskVersion = task.version;
        wanted.put(unitId, a);
    }
}
