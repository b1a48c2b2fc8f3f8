package org.duban.progress.calendar;

import org.duban.platform.calendar.DateLists;
import org.duban.platform.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.duban.platform.event.Outbox;
import org.duban.platform.problem.ProblemException;
import org.duban.progress.assignment.AssignmentSpan;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos.CalendarUpdate;
import org.duban.progress.calendar.CalendarDtos.CalendarView;
import org.duban.progress.calendar.CalendarDtos.GrantRequest;
import org.duban.progress.calendar.CalendarDtos.GrantView;
import org.duban.progress.calendar.CalendarDtos.PeriodView;
import org.duban.progress.config.ProgressConfig;

/**
 * Each plan's reporting calendar (default or edited) and the 补报 exceptions granted on it. Working days are the
 * official schedule ({@link OfficialSchedule}) unless the plan's calendar adds holidays or make-up days of its own.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    public static final String CALENDAR_UPDATED = "duban.progress.calendar-updated.v1";
    public static final String LATE_SUBMISSION_GRANTED = "duban.progress.late-submission-granted.v1";

    private final PlanDirectory plans;
    private final ProgressConfig config;
    private final Outbox outbox;
    private final Clock clock;
    private final OfficialSchedule official;

    public CalendarService(PlanDirectory plans, ProgressConfig config, Outbox outbox, Clock clock, OfficialSchedule official) {
        this.plans = plans;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
        this.official = official;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportingCalendar calendar(String planId) {
        PlanCalendar stored = PlanCalendar.findById(planId);
        if (stored == null) {
            int year = plans.require(planId).year();
            return ReportingCalendar.quarterly(year, official.days(), config.calendar().shiftToWorkingDay());
        }
        Map<ReportingPeriod, LocalDate> deadlines = new LinkedHashMap<>();
        List<CalendarPeriodRow> rows = CalendarPeriodRow.list("key.planId", planId);
        rows.forEach(r -> deadlines.put(ReportingPeriod.parse(r.key.period()), r.deadline));
        return ReportingCalendar.of(stored.year, deadlines, workingDays(stored), stored.shiftToWorkingDay);
    }

    /** 422 unless the period is in the plan's calendar. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarEntry requirePeriod(String planId, String period) {
        return requirePeriod(calendar(planId), planId, period);
    }

    /** As {@link #requirePeriod(String, String)}, on the plan's calendar already read. */
    public CalendarEntry requirePeriod(ReportingCalendar cal, String planId, String period) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        return cal.entry(p).orElseThrow(() -> ProblemException.unprocessable(
                "period " + period + " is not in the reporting calendar of plan " + planId + " / 报告期不在填报日历中"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LateSubmissionGrant> grant(String planId, String unitId, String period) {
        return LateGrant.<LateGrant>find("planId = ?1 and unitId = ?2 and period = ?3", planId, unitId, period)
                .firstResultOptional().map(LateGrant::toRule);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarView view(String planId) {
        ReportingCalendar cal = calendar(planId);
        PlanCalendar stored = PlanCalendar.findById(planId);
        List<PeriodView> periods = cal.entries().stream().map(e -> new PeriodView(e.period().code(), e.period().label(),
                e.deadline(), e.effectiveDeadline(), e.shifted())).toList();
        if (stored == null) {
            return new CalendarView(planId, cal.year(), config.calendar().shiftToWorkingDay(), List.of(), List.of(), periods, false);
        }
        return new CalendarView(planId, cal.year(), stored.shiftToWorkingDay, DateLists.parse(stored.holidays),
                DateLists.parse(stored.makeUpWorkdays), periods, true);
    }

    public CalendarView update(String planId, CalendarUpdate update, String actor) {
        int year = plans.require(planId).year();
        Map<ReportingPeriod, LocalDate> deadlines = new LinkedHashMap<>();
        for (CalendarDtos.PeriodDeadline p : update.periods()) {
            if (deadlines.put(ReportingPeriod.parse(p.period()), p.deadline()) != null) {
                throw ProblemException.invalid("periods", "period " + p.period() + " is listed twice / 报告期重复");
            }
        }
        // (a day listed twice is one day)
        List<LocalDate> holidays = update.holidays() == null ? List.of() : update.holidays().stream().distinct().sorted().toList();
        List<LocalDate> makeUp = update.makeUpWorkdays() == null ? List.of()
                : update.makeUpWorkdays().stream().distinct().sorted().toList();
        OfficialSchedule.checkDays(year, holidays, makeUp);
        try {
            // validates the deadlines against the periods before anything is stored
            ReportingCalendar.of(year, deadlines, official.days().with(Set.copyOf(holidays), Set.copyOf(makeUp)),
                    update.shiftToWorkingDay());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("periods", e.getMessage());
        }
        // (one writer of a plan's calendar at a time: two first calendars at once both inserted its row, and two updates both
        // re-inserted its periods' rows)
        org.duban.platform.lock.AdvisoryLocks.lock(PlanCalendar.getEntityManager(), "duban-calendar:" + planId);
        PlanCalendar stored = PlanCalendar.findById(planId);
        if (stored == null) {
            stored = new PlanCalendar();
            stored.planId = planId;
            stored.year = year;
        }
        stored.shiftToWorkingDay = update.shiftToWorkingDay();
        stored.holidays = holidays.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        stored.makeUpWorkdays = makeUp.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        stored.persist();
        CalendarPeriodRow.delete("key.planId", planId);
        CalendarPeriodRow.flush();
        deadlines.forEach((period, deadline) -> {
            CalendarPeriodRow row = new CalendarPeriodRow();
            row.key = new CalendarPeriodRow.Key(planId, period.code());
            row.deadline = deadline;
            row.persist();
        });
        return announce(planId, year, actor);
    }

    /**
     * The plan back on the default calendar: the configured deadlines (4/10, 7/10, 10/10, 12/25) on the official
     * working-day schedule, its own holidays and make-up days dropped — re-sending the default values left the calendar
     * "customised" for good (break-it trial, 2026-12-04). Announced as a calendar change; 补报 grants stay.
     *
     * @return the calendar now in force ({@code customised} false)
     */
    public CalendarView reset(String planId, String actor) {
        int year = plans.require(planId).year();
        org.duban.platform.lock.AdvisoryLocks.lock(PlanCalendar.getEntityManager(), "duban-calendar:" + planId);
        CalendarPeriodRow.delete("key.planId", planId);
        PlanCalendar.deleteById(planId);
        PlanCalendar.flush();
        return announce(planId, year, actor);
    }

    /** The calendar now in force, announced as {@code calendar-updated} with its periods' deadlines and who changed it. */
    private CalendarView announce(String planId, int year, String actor) {
        CalendarView view = view(planId);
        outbox.publish(CALENDAR_UPDATED, planId, Map.of("planId", planId, "year", year, "periods", view.periods(),
                "updatedBy", actor));
        return view;
    }

    public GrantView grantLateSubmission(String planId, GrantRequest request, String actor) {
        CalendarEntry entry = requirePeriod(planId, request.period());
        long owed = AssignmentSpan.count("planId = ?1 and unitId = ?2", planId, request.unitId());
        if (owed == 0) {
            throw ProblemException.unprocessable("unit " + request.unitId() + " owes no report in plan " + planId
                    + " / 该单位在本方案中无报送任务");
        }
        if (!request.allowedUntil().isAfter(entry.effectiveDeadline())) {
            throw ProblemException.invalid("allowedUntil", "must be after the deadline " + entry.effectiveDeadline()
                    + " / 补报期限须晚于原截止日期");
        }
        org.duban.platform.lock.AdvisoryLocks.lock(LateGrant.getEntityManager(), "duban-late-grant:" + planId + ":"
                + request.unitId() + ":" + request.period());
        LateGrant grant = LateGrant.<LateGrant>find("planId = ?1 and unitId = ?2 and period = ?3", planId,
                request.unitId(), request.period()).firstResult();
        if (grant == null) {
            grant = new LateGrant();
            grant.id = UUID.randomUUID().toString();
            grant.planId = planId;
            grant.unitId = request.unitId();
            grant.period = request.period();
        }
        grant.allowedUntil = request.allowedUntil();
        grant.reason = request.reason();
        grant.grantedBy = actor;
        grant.grantedAt = OffsetDateTime.now(clock);
        grant.persist();
        GrantView view = GrantView.of(grant);
        outbox.publish(LATE_SUBMISSION_GRANTED, planId, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GrantView> grants(String planId) {
        return LateGrant.<LateGrant>list("planId = ?1 order by period, unitId", planId).stream().map(GrantView::of).toList();
    }

    /** The official schedule with the plan's own holidays and make-up days on top. */
    private WorkingDayCalendar workingDays(PlanCalendar c) {
        return official.days().with(new HashSet<>(DateLists.parse(c.holidays)), new HashSet<>(DateLists.parse(c.makeUpWorkdays)));
    }
}
