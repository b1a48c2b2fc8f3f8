package org.duban.progress.supervision;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.duban.platform.event.Outbox;
import org.duban.platform.lock.AdvisoryLocks;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.progress.assignment.AssignmentSpan;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.CalendarEntry;
import org.duban.progress.calendar.CalendarService;
import org.duban.progress.calendar.LateSubmissionGrant;
import org.duban.progress.calendar.ReportingCalendar;
import org.duban.platform.calendar.WorkingDayCalendar;
import org.duban.progress.config.ProgressConfig;
import org.duban.progress.report.Report;
import org.duban.progress.supervision.SupervisionDtos.LedgerLine;
import org.duban.progress.supervision.SupervisionDtos.SweepResult;

/**
 * The supervision sweep: reminders before a deadline to units that have not submitted, the overdue flag
 * at the deadline, and urging that escalates with the days overdue. Every step is a ledger line and an
 * event; a second sweep on the same day adds nothing. Days are working days of the plan's calendar (the official
 * schedule by default): the reminder window is the last {@code reminderDaysBefore} working days before the
 * deadline, days overdue are working days after it, and a sweep on a rest day writes nothing — so no reminder or
 * urging is ever dated on a rest day; the ladder's steps fall on working days, counted in working days.
 * Who owes a period is who was assigned on its effective deadline ({@link AssignmentSpan}).
 */
@ApplicationScoped
@Transactional
public class SupervisionService {

    public static final String REMINDER_SENT = "duban.progress.reminder-sent.v1";
    public static final String REPORT_OVERDUE = "duban.progress.report-overdue.v1";
    public static final String UNIT_URGED = "duban.progress.unit-urged.v1";

    private final PlanDirectory plans;
    private final CalendarService calendars;
    private final Outbox outbox;
    private final ProgressConfig config;
    private final Clock clock;

    public SupervisionService(PlanDirectory plans, CalendarService calendars, Outbox outbox, ProgressConfig config, Clock clock) {
        this.plans = plans;
        this.calendars = calendars;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    private record Key(String taskId, String unitId, String period) {
    }

    private static final class Trail {
        boolean reminded;
        boolean overdue;
        UrgingLevel level;
    }

    /**
     * Writes the reminders, overdue flags and urgings due today for the plans of one region (or of all
     * regions when {@code regionCode} is null). Each plan is swept under a transaction-scoped PostgreSQL
     * advisory lock taken before its ledger is read, so two sweeps at once (two instances, or the
     * scheduler and a supervisor) never write a line twice: the second waits, then finds the lines written.
     * Each plan is its own transaction, so a province's sweep never runs into the transaction timeout.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SweepResult sweep(String actor, String regionCode) {
        Instant now = clock.instant();
        LocalDate today = ReportingCalendar.today(clock);
        SupervisionRules rules = config.supervision().rules();
        List<String> planIds = QuarkusTransaction.requiringNew().call(() -> (regionCode == null
                ? TaskView.find("select distinct t.planId from TaskView t where t.cancelled = false order by t.planId")
                : TaskView.find("select distinct t.planId from TaskView t where t.cancelled = false and t.regionCode = ?1"
                        + " order by t.planId", regionCode))
                .project(String.class).list());
        int reminders = 0;
        int overdue = 0;
        int urged = 0;
        int restDay = 0;
        for (String planId : planIds) {
            int[] counts = QuarkusTransaction.requiringNew().call(() -> sweepPlan(planId, actor, now, today, rules));
            reminders += counts[0];
            overdue += counts[1];
            urged += counts[2];
            restDay += counts[3];
        }
        return new SweepResult(OffsetDateTime.now(clock), reminders, overdue, urged, restDay);
    }

    /** Sweeps one plan in its own transaction, under the plan's lock; answers {reminders, overdue, urged, 1 if a rest day}. */
    private int[] sweepPlan(String planId, String actor, Instant now, LocalDate today, SupervisionRules rules) {
        int reminders = 0;
        int overdue = 0;
        int urged = 0;
        ReportingCalendar cal = calendars.calendar(planId);
        WorkingDayCalendar days = cal.workingDays();
        if (!days.isWorkingDay(today)) {
            return new int[] {0, 0, 0, 1}; // no reminder or urging is dated on a rest day: the next working day's sweep sends them
        }
        AdvisoryLocks.lock(TaskView.getEntityManager(), "duban-sweep:" + planId);
        Map<String, TaskView> tasks = new HashMap<>();
        plans.tasks(planId).forEach(t -> tasks.put(t.taskId, t));
        Set<Key> received = received(planId);
        Map<Key, Trail> trails = trails(planId);
        Map<String, LateSubmissionGrant> grants = new HashMap<>();
        calendars.grants(planId).forEach(g -> grants.put(g.unitId() + "|" + g.period(),
                new LateSubmissionGrant(g.unitId(), org.duban.progress.calendar.ReportingPeriod.parse(g.period()),
                        g.allowedUntil(), g.reason())));
        for (CalendarEntry entry : cal.entries()) {
            String period = entry.period().code();
            // who owes this period: the units assigned on its deadline (a unit added later owes none of the earlier ones)
            for (AssignmentSpan a : plans.owedOn(planId, entry.effectiveDeadline())) {
                TaskView task = tasks.get(a.taskId);
                Key key = new Key(a.taskId, a.unitId, period);
                if (task == null || received.contains(key)) {
                    continue;
                }
                Trail trail = trails.computeIfAbsent(key, k -> new Trail());
                Optional<LateSubmissionGrant> grant = Optional.ofNullable(grants.get(a.unitId + "|" + period));
                LocalDate due = grant.map(LateSubmissionGrant::allowedUntil)
                        .filter(d -> d.isAfter(entry.effectiveDeadline())).orElse(entry.effectiveDeadline());
                long daysLeft = days.workingDaysBetween(today, due);
                if (!trail.reminded && !today.isAfter(due) && daysLeft <= rules.reminderDaysBefore()) {
                    record(task, a, period, UrgingEntry.Kind.REMINDER_BEFORE, null, null, actor,
                            "距截止日期" + due + "还有" + daysLeft + "个工作日", REMINDER_SENT, due);
                    trail.reminded = true;
                    reminders++;
                }
                if (!now.isBefore(ReportingCalendar.lateFrom(due))) {
                    long late = days.workingDaysBetween(due, today);
                    if (!trail.overdue) {
                        record(task, a, period, UrgingEntry.Kind.OVERDUE, null, (int) late, actor, "逾期未报 / overdue",
                                REPORT_OVERDUE, due);
                        trail.overdue = true;
                        overdue++;
                    }
                    Optional<UrgingLevel> next = rules.escalation(late, Optional.ofNullable(trail.level));
                    if (next.isPresent()) {
                        record(task, a, period, UrgingEntry.Kind.URGED, next.get(), (int) late, actor,
                                next.get().label(), UNIT_URGED, due);
                        trail.level = next.get();
                        urged++;
                    }
                }
            }
        }
        return new int[] {reminders, overdue, urged, 0};
    }

    /** The office urges a unit by hand: one step up from the last urging. */
    public LedgerLine urge(String taskId, String unitId, String period, String note, String actor) {
        TaskView task = plans.requireNamedTask(taskId);
        AdvisoryLocks.lock(TaskView.getEntityManager(), "duban-sweep:" + task.planId); // one level step at a time
        CalendarEntry entry = calendars.requirePeriod(task.planId, period);
        AssignmentSpan a = plans.owing(taskId, unitId, entry.effectiveDeadline()).orElseThrow(() -> ProblemException.unprocessable(
                "unit " + unitId + " owes no " + period + " report on task " + taskId + " (not assigned on its deadline "
                        + entry.effectiveDeadline() + ") / 该单位在该报告期无此任务的报送责任"));
        if (received(task.planId).contains(new Key(taskId, unitId, period))) {
            throw ProblemException.conflict("unit " + unitId + " has reported " + period + " already / 已报送,无需催办");
        }
        UrgingLevel last = trails(task.planId).getOrDefault(new Key(taskId, unitId, period), new Trail()).level;
        UrgingLevel level = last == null ? UrgingLevel.REMINDER : last.next();
        long days = calendars.calendar(task.planId).workingDays()
                .workingDaysBetween(entry.effectiveDeadline(), ReportingCalendar.today(clock));
        UrgingEntry e = record(task, a, period, UrgingEntry.Kind.URGED, level, (int) days, actor,
                note == null || note.isBlank() ? level.label() : note, UNIT_URGED, entry.effectiveDeadline());
        return LedgerLine.of(e);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LedgerLine> ledger(ReadScope scope, String planId, String taskId, String unitId, String period,
            UrgingEntry.Kind kind, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope.region() != null) {
            // by the task's region: a plan is known through its tasks even before (or without) a plan-published event
            where.append(" and taskId in (select t.taskId from TaskView t where t.regionCode = :region)");
            params.and("region", scope.region());
        }
        if (!scope.office()) {
            // a unit reads the lines about itself
            where.append(" and unitId = :me");
            params.and("me", String.valueOf(scope.unit()));
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("planId", planId);
        filters.put("taskId", taskId);
        filters.put("unitId", unitId);
        filters.put("period", period);
        filters.put("kind", kind);
        filters.forEach((field, value) -> {
            if (value != null) {
                where.append(" and ").append(field).append(" = :").append(field);
                params.and(field, value);
            }
        });
        PanacheQuery<UrgingEntry> q = UrgingEntry.find(where.toString(), Sort.by("at").and("taskId").and("unitId"), params);
        return Page.of(q, page, LedgerLine::of);
    }

    private Set<Key> received(String planId) {
        Set<Key> keys = new HashSet<>();
        List<Report> got = Report.list("planId = ?1 and submittedAt is not null", planId);
        got.forEach(r -> keys.add(new Key(r.taskId, r.unitId, r.period)));
        return keys;
    }

    private Map<Key, Trail> trails(String planId) {
        Map<Key, Trail> trails = new HashMap<>();
        List<UrgingEntry> entries = UrgingEntry.list("planId", planId);
        for (UrgingEntry e : entries) {
            Trail t = trails.computeIfAbsent(new Key(e.taskId, e.unitId, e.period), k -> new Trail());
            switch (e.kind) {
                case REMINDER_BEFORE -> t.reminded = true;
                case OVERDUE -> t.overdue = true;
                case URGED -> {
                    if (t.level == null || e.level.compareTo(t.level) > 0) {
                        t.level = e.level;
                    }
                }
            }
        }
        return trails;
    }

    private UrgingEntry record(TaskView task, AssignmentSpan a, String period, UrgingEntry.Kind kind, UrgingLevel level,
            Integer days, String actor, String note, String eventType, LocalDate due) {
        UrgingEntry e = new UrgingEntry();
        e.id = UUID.randomUUID().toString();
        e.taskId = task.taskId;
        e.planId = task.planId;
        e.unitId = a.unitId;
        e.unitName = a.unitName;
        e.period = period;
        e.kind = kind;
        e.level = level;
        e.daysOverdue = days;
        e.at = OffsetDateTime.now(clock);
        e.actor = actor;
        e.note = note;
        e.persist();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ledgerId", e.id);
        data.put("taskId", task.taskId);
        data.put("taskNumber", task.number);
        data.put("taskTitle", task.title);
        data.put("planId", task.planId);
        data.put("regionCode", task.regionCode);
        data.put("unit", Map.of("id", e.unitId, "name", e.unitName == null ? e.unitId : e.unitName));
        data.put("period", period);
        data.put("deadline", due.toString());
        data.put("level", level == null ? null : level.name());
        data.put("daysOverdue", days);
        data.put("note", note);
        data.put("actor", actor);
        outbox.publish(eventType, task.taskId, data);
        return e;
    }
}
