package org.duban.progress.calendar;

import org.duban.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reporting calendar of one plan's year: which periods are reported and by when. Deadlines are
 * whole days in Asia/Shanghai: a report is on time if it arrives before the end of its effective deadline day.
 */
public final class ReportingCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final int year;
    private final Map<ReportingPeriod, CalendarEntry> entries;
    private final WorkingDayCalendar workingDays;

    private ReportingCalendar(int year, Map<ReportingPeriod, CalendarEntry> entries, WorkingDayCalendar workingDays) {
        this.year = year;
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.workingDays = workingDays;
    }

    /** The working days the deadlines, the reminder window and the urging ladder are counted in. */
    public WorkingDayCalendar workingDays() {
        return workingDays;
    }

    /** Q1, H1, Q3, ANNUAL with the default deadlines 4/10, 7/10, 10/10, 12/25 of the year. */
    public static ReportingCalendar quarterly(int year, WorkingDayCalendar days, boolean shiftToWorkingDay) {
        return ofDefaults(year, List.of(ReportingPeriod.Q1, ReportingPeriod.H1, ReportingPeriod.Q3, ReportingPeriod.ANNUAL),
                days, shiftToWorkingDay);
    }

    /** M01..M12, each due on the 10th of the next month (December on 12/25). */
    public static ReportingCalendar monthly(int year, WorkingDayCalendar days, boolean shiftToWorkingDay) {
        List<ReportingPeriod> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(ReportingPeriod.month(m));
        }
        return ofDefaults(year, months, days, shiftToWorkingDay);
    }

    public static ReportingCalendar ofDefaults(int year, List<ReportingPeriod> periods, WorkingDayCalendar days,
            boolean shiftToWorkingDay) {
        Map<ReportingPeriod, LocalDate> deadlines = new TreeMap<>();
        for (ReportingPeriod p : periods) {
            MonthDay md = p.defaultDeadline();
            deadlines.put(p, md.atYear(year));
        }
        return of(year, deadlines, days, shiftToWorkingDay);
    }

    /** A calendar with explicit deadlines (as edited by the office). */
    public static ReportingCalendar of(int year, Map<ReportingPeriod, LocalDate> deadlines, WorkingDayCalendar days,
            boolean shiftToWorkingDay) {
        Map<ReportingPeriod, CalendarEntry> entries = new TreeMap<>();
        deadlines.forEach((period, deadline) -> {
            if (deadline.isBefore(period.endDate(year).minusMonths(1))) {
                throw new IllegalArgumentException("deadline " + deadline + " of " + period
                        + " lies before the period it reports on (截止日期早于报告期)");
            }
            LocalDate effective = shiftToWorkingDay ? days.onOrNextWorkingDay(deadline) : deadline;
            entries.put(period, new CalendarEntry(period, deadline, effective));
        });
        return new ReportingCalendar(year, entries, days);
    }

    public int year() {
        return year;
    }

    public List<CalendarEntry> entries() {
        return List.copyOf(entries.values());
    }

    public boolean contains(ReportingPeriod period) {
        return entries.containsKey(period);
    }

    public Optional<CalendarEntry> entry(ReportingPeriod period) {
        return Optional.ofNullable(entries.get(period));
    }

    public CalendarEntry require(ReportingPeriod period) {
        return entry(period).orElseThrow(() -> new IllegalArgumentException(
                "period " + period + " is not in the " + year + " calendar (报告期不在填报日历中)"));
    }

    /** First instant after the effective deadline: a submission at or after it is late. */
    public static Instant lateFrom(LocalDate deadlineDay) {
        return deadlineDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public Timeliness classify(ReportingPeriod period, Instant submittedAt, Optional<LateSubmissionGrant> grant) {
        CalendarEntry entry = require(period);
        if (submittedAt.isBefore(lateFrom(entry.effectiveDeadline()))) {
            return Timeliness.ON_TIME;
        }
        boolean excused = grant.filter(g -> g.period().equals(period))
                .map(g -> submittedAt.isBefore(lateFrom(g.allowedUntil())))
                .orElse(false);
        return excused ? Timeliness.LATE_EXCUSED : Timeliness.LATE;
    }

    /** Whether a report for the period that has not arrived by {@code now} is overdue. */
    public boolean isOverdue(ReportingPeriod period, Instant now, Optional<LateSubmissionGrant> grant) {
        CalendarEntry entry = require(period);
        LocalDate until = grant.filter(g -> g.period().equals(period))
                .map(g -> g.allowedUntil().isAfter(entry.effectiveDeadline()) ? g.allowedUntil() : entry.effectiveDeadline())
                .orElse(entry.effectiveDeadline());
        return !now.isBefore(lateFrom(until));
    }

    /** The period being reported at {@code today}: the first whose effective deadline is today or later. */
    public Optional<CalendarEntry> openPeriod(LocalDate today) {
        return entries.values().stream()
                .filter(e -> !e.effectiveDeadline().isBefore(today))
                .min(Comparator.comparing(CalendarEntry::effectiveDeadline));
    }

    /** The latest period whose deadline has passed at {@code today}. */
    public Optional<CalendarEntry> lastClosedPeriod(LocalDate today) {
        return entries.values().stream()
                .filter(e -> e.effectiveDeadline().isBefore(today))
                .max(Comparator.comparing(CalendarEntry::effectiveDeadline));
    }

    public static LocalDate today(java.time.Clock clock) {
        return ZonedDateTime.now(clock.withZone(ZONE)).toLocalDate();
    }
}
