package org.duban.progress.pace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.duban.progress.assignment.Assignment;
import org.duban.progress.assignment.AssignmentSpan;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.CalendarEntry;
import org.duban.progress.calendar.CalendarService;
import org.duban.progress.calendar.LateSubmissionGrant;
import org.duban.progress.calendar.ReportingCalendar;
import org.duban.progress.calendar.ReportingPeriod;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.config.ProgressConfig;
import org.duban.progress.indicator.IndicatorFigure;
import org.duban.progress.report.Report;
import org.duban.progress.report.ReportStatus;

/** Builds {@link PeriodSnapshot}s from the read model, the reports and the calendar at the clock's now. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodSnapshotService {

    private final PlanDirectory plans;
    private final CalendarService calendars;
    private final ProgressConfig config;
    private final Clock clock;

    public PeriodSnapshotService(PlanDirectory plans, CalendarService calendars, ProgressConfig config, Clock clock) {
        this.plans = plans;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The snapshot of plan {@code planId}'s period {@code periodCode} (Q1, H1, Q3, ANNUAL, M01…M12). 404 problem for an
     * unknown plan, 422 for a period its calendar lacks.
     */
    public PeriodSnapshot snapshot(String planId, String periodCode) {
        return snapshot(plans.require(planId), periodCode);
    }

    /** As {@link #snapshot(String, String)}, for a plan its caller has already loaded (and checked the region of). */
    public PeriodSnapshot snapshot(PlanDirectory.PlanInfo plan, String periodCode) {
        String planId = plan.planId();
        CalendarEntry entry = calendars.requirePeriod(planId, periodCode);
        String period = entry.period().code();
        Instant now = clock.instant();
        ReportingCalendar cal = calendars.calendar(planId);
        List<TaskView> tasks = plans.tasks(planId);

        // who owed this period: the units assigned on its effective deadline, not today's matrix
        Map<String, List<AssignmentSpan>> owedByTask = new HashMap<>();
        for (AssignmentSpan a : plans.owedOn(planId, entry.effectiveDeadline())) {
            owedByTask.computeIfAbsent(a.taskId, k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Report>> versions = new HashMap<>();
        List<Report> reports = Report.list("planId = ?1 and period = ?2", planId, period);
        for (Report r : reports) {
            versions.computeIfAbsent(r.taskId + "|" + r.unitId, k -> new ArrayList<>()).add(r);
        }
        Map<String, LateSubmissionGrant> grants = new HashMap<>();
        calendars.grants(planId).stream().filter(g -> g.period().equals(period))
                .forEach(g -> grants.put(g.unitId(), new LateSubmissionGrant(g.unitId(), entry.period(), g.allowedUntil(), g.reason())));
        PaceEvaluator evaluator = new PaceEvaluator(config.pace().rules());

        List<PeriodSnapshot.TaskState> states = new ArrayList<>();
        for (TaskView task : tasks) {
            List<AssignmentSpan> owed = new ArrayList<>(owedByTask.getOrDefault(task.taskId, List.of()));
            owed.sort(Comparator.comparing((AssignmentSpan a) -> a.role != Assignment.Role.LEAD).thenComparing(a -> a.unitId));
            List<PeriodSnapshot.UnitState> units = new ArrayList<>();
            for (AssignmentSpan a : owed) {
                List<Report> vs = new ArrayList<>(versions.getOrDefault(task.taskId + "|" + a.unitId, List.of()));
                vs.sort(Comparator.comparingInt(r -> r.version));
                units.add(unitState(a, vs, cal, entry, now, Optional.ofNullable(grants.get(a.unitId))));
            }
            Report chosen = choose(task, units);
            String text = progressText(chosen, units);
            PaceResult pace = evaluator.evaluate(paceInput(task, chosen, units, entry.period(), plan.year()));
            states.add(new PeriodSnapshot.TaskState(task, List.copyOf(units), chosen, text, pace));
        }
        boolean passed = !now.isBefore(ReportingCalendar.lateFrom(entry.effectiveDeadline()));
        return new PeriodSnapshot(planId, plan.year(), entry, passed, List.copyOf(states));
    }

    private static PeriodSnapshot.UnitState unitState(AssignmentSpan a, List<Report> versions, ReportingCalendar cal,
            CalendarEntry entry, Instant now, Optional<LateSubmissionGrant> grant) {
        Report latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Report shown = null;
        Report first = null;
        for (Report r : versions) {
            if (r.submittedAt != null && first == null) {
                first = r;
            }
            if (r.status == ReportStatus.SUBMITTED || r.status == ReportStatus.ACCEPTED || r.status == ReportStatus.IMPORTED) {
                shown = r;
            }
        }
        boolean received = first != null;
        Timeliness timeliness = received ? first.timeliness : null;
        boolean overdue = !received && cal.isOverdue(entry.period(), now, grant);
        boolean acceptedFirstTime = latest != null && latest.version == 1 && latest.status.locked();
        return new PeriodSnapshot.UnitState(a, latest, shown, received, timeliness, overdue, acceptedFirstTime,
                grant.isPresent());
    }

    private static Report choose(TaskView task, List<PeriodSnapshot.UnitState> units) {
        List<Report> shown = units.stream().map(PeriodSnapshot.UnitState::shown).filter(r -> r != null).toList();
        return shown.stream().filter(r -> r.consolidated).findFirst()
                .or(() -> shown.stream().filter(r -> r.unitId.equals(task.leadUnitId)).findFirst())
                .or(() -> shown.stream().filter(r -> r.status == ReportStatus.IMPORTED).findFirst())
                .or(() -> shown.stream().findFirst())
                .orElse(null);
    }

    /** The chosen report's text; with no lead or consolidated report, each unit's text under its name. */
    private static String progressText(Report chosen, List<PeriodSnapshot.UnitState> units) {
        if (chosen == null) {
            return "";
        }
        if (chosen.consolidated || chosen.status == ReportStatus.IMPORTED
                || units.stream().filter(u -> u.shown() != null).count() == 1
                || units.stream().anyMatch(u -> u.shown() == chosen && u.assignment().role == Assignment.Role.LEAD)) {
            return chosen.narrative;
        }
        StringBuilder sb = new StringBuilder();
        for (PeriodSnapshot.UnitState u : units) {
            if (u.shown() != null) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(u.assignment().unitName).append(":").append(u.shown().narrative);
            }
        }
        return sb.toString();
    }

    private PaceInput paceInput(TaskView task, Report chosen, List<PeriodSnapshot.UnitState> units, ReportingPeriod period,
            int year) {
        Double percent = null;
        if (chosen != null && chosen.percentOfAnnual != null) {
            percent = chosen.percentOfAnnual.doubleValue();
        } else if (chosen != null) {
            OptionalDouble quoted = PercentOfAnnual.quotedIn(chosen.narrative);
            percent = quoted.isPresent() ? quoted.getAsDouble() : null;
        }
        if (percent == null) {
            percent = fromIndicator(task, period, year);
        }
        boolean completed = chosen != null && chosen.selfStatus == PaceStatus.COMPLETED;
        boolean overdue = units.stream().anyMatch(PeriodSnapshot.UnitState::overdue);
        boolean late = units.stream().anyMatch(u -> u.timeliness() == Timeliness.LATE);
        return new PaceInput(percent, completed, period.shareOfYear(), overdue, late, chosen == null ? null : chosen.selfStatus);
    }

    private static Double fromIndicator(TaskView task, ReportingPeriod period, int year) {
        if (task.indicatorCode == null || task.targetValue == null || "%".equals(task.targetUnit)) {
            return null;
        }
        IndicatorFigure f = IndicatorFigure.findById(new IndicatorFigure.Key(task.indicatorCode, task.regionCode, year, period.code()));
        if (f == null || f.value == null) {
            return null;
        }
        BigDecimal target = task.targetValue;
        return PercentOfAnnual.fromFigure(f.value.doubleValue(), target.doubleValue(), task.targetComparator).orElse(null);
    }
}
