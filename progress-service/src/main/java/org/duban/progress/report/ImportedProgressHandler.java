package org.duban.progress.report;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.UUID;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;
import org.duban.progress.assignment.Assignment;
import org.duban.progress.assignment.AssignmentHistory;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.ReportingPeriod;
import org.duban.progress.pace.PercentOfAnnual;

/**
 * duban.tasks.progress-imported.v1: the 完成情况 column of an imported completion table becomes that
 * period's report of the named unit, already accepted (status IMPORTED). A redelivered or repeated
 * import with the same text changes nothing. If the task itself has not arrived yet, a placeholder
 * task (version 0) is kept so the table can be printed; the real task event replaces it.
 */
@ApplicationScoped
public class ImportedProgressHandler implements EventHandler {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportedProgressHandler.class);

    public static final String PROGRESS_IMPORTED = "duban.tasks.progress-imported.v1";

    private final ReportService reports;
    private final Clock clock;

    public ImportedProgressHandler(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public boolean handles(String type) {
        return PROGRESS_IMPORTED.equals(type);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode d = event.data();
        String taskId = event.text("taskId");
        String text = d.path("text").asText("");
        String period = ReportingPeriod.parse(d.path("period").asText("Q1")).code();
        String unitId = d.path("unit").path("id").asText(d.path("unit").path("name").asText(""));
        String unitName = d.path("unit").path("name").asText(unitId);
        String regionCode = d.path("regionCode").asText();
        int year = d.path("year").asInt();
        if (taskId == null) {
            throw new IllegalArgumentException("progress-imported event " + event.id() + " lacks taskId");
        }
        if (unitId.isBlank()) {
            // a task with no lead unit: tasks-service sends "unit": null; there is no unit to file it for
            LOG.infof("progress-imported event %s for task %s names no unit; nothing to record", event.id(), taskId);
            return;
        }
        TaskView task = TaskView.findById(taskId);
        if (task == null) {
            task = placeholder(taskId, d, unitId, unitName, regionCode, year);
        }
        if (Assignment.findById(new Assignment.Key(taskId, unitId)) == null && !task.announced) {
            AssignmentHistory.placeholder(task, unitId, unitName);
        }
        Report current = ReportService.current(taskId, unitId, period).orElse(null);
        if (current != null && current.status == ReportStatus.IMPORTED && Objects.equals(current.narrative, text)) {
            return;
        }
        OffsetDateTime at = event.time() != null ? event.time() : OffsetDateTime.now(clock);
        if (current != null && current.createdAt != null && current.createdAt.isAfter(at)) {
            return; // an older import arriving late (a replayed dead letter) never covers a newer report
        }
        Report r = new Report();
        r.id = UUID.randomUUID().toString();
        r.taskId = taskId;
        r.planId = task.planId;
        r.unitId = unitId;
        r.unitName = unitName;
        r.period = period;
        r.year = year != 0 ? year : task.year;
        r.regionCode = regionCode.isBlank() ? task.regionCode : regionCode;
        r.version = current == null ? 1 : current.version + 1;
        r.status = ReportStatus.IMPORTED;
        r.narrative = text;
        OptionalDouble pct = PercentOfAnnual.quotedIn(text);
        r.percentOfAnnual = pct.isPresent() ? BigDecimal.valueOf(pct.getAsDouble()) : null;
        r.consolidated = task.leadUnitId != null && task.leadUnitId.equals(unitId);
        r.timeliness = ReportService.importedTimeliness();
        r.importId = d.path("importId").asText(null);
        r.createdBy = "import:" + (r.importId == null ? event.id() : r.importId);
        r.createdAt = at;
        r.updatedAt = at;
        r.submittedAt = at;
        r.reviewedAt = at;
        r.reviewedBy = r.createdBy;
        reports.persistImported(r, r.createdBy);
    }

    private static TaskView placeholder(String taskId, JsonNode d, String unitId, String unitName, String regionCode, int year) {
        TaskView t = new TaskView();
        t.taskId = taskId;
        t.planId = TaskView.planKey(d.path("planId").asText(null), regionCode, year);
        t.regionCode = regionCode;
        t.year = year;
        t.number = d.path("number").asText(null);
        t.leadUnitId = unitId;
        t.leadUnitName = unitName;
        t.version = 0;
        t.announced = false;
        t.persist();
        return t;
    }
}
