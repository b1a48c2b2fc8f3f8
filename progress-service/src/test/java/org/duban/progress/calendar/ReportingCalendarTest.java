package org.duban.progress.calendar;

import org.duban.platform.calendar.WorkingDayCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ReportingCalendar.ZONE).toInstant();
    }

    @Test
    void defaultQuarterlyDeadlinesAreThoseOfTheSeedPlan() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2019, WorkingDayCalendar.weekendsOnly(), false);
        assertEquals(LocalDate.of(2019, 4, 10), cal.require(ReportingPeriod.Q1).deadline());
        assertEquals(LocalDate.of(2019, 7, 10), cal.require(ReportingPeriod.H1).deadline());
        assertEquals(LocalDate.of(2019, 10, 10), cal.require(ReportingPeriod.Q3).deadline());
        assertEquals(LocalDate.of(2019, 12, 25), cal.require(ReportingPeriod.ANNUAL).deadline());
    }

    @Test
    void aDeadlineOnAWeekendShiftsToMonday() {
        // 2021-04-10 was a Saturday
        ReportingCalendar cal = ReportingCalendar.quarterly(2021, WorkingDayCalendar.weekendsOnly(), true);
        CalendarEntry q1 = cal.require(ReportingPeriod.Q1);
        assertEquals(LocalDate.of(2021, 4, 12), q1.effectiveDeadline());
        assertTrue(q1.shifted());
    }

    @Test
    void aDeadlineOnAListedHolidayShiftsAndAMakeUpWorkdayDoesNot() {
        WorkingDayCalendar days = new WorkingDayCalendar(Set.of(LocalDate.of(2018, 4, 10)), Set.of(LocalDate.of(2018, 10, 13)));
        ReportingCalendar cal = ReportingCalendar.of(2018, Map.of(ReportingPeriod.Q1, LocalDate.of(2018, 4, 10),
                ReportingPeriod.Q3, LocalDate.of(2018, 10, 13)), days, true);
        assertEquals(LocalDate.of(2018, 4, 11), cal.require(ReportingPeriod.Q1).effectiveDeadline());
        assertEquals(LocalDate.of(2018, 10, 13), cal.require(ReportingPeriod.Q3).effectiveDeadline());
    }

    @Test
    void withoutShiftingTheDeadlineStaysOnTheWeekend() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2021, WorkingDayCalendar.weekendsOnly(), false);
        assertEquals(LocalDate.of(2021, 4, 10), cal.require(ReportingPeriod.Q1).effectiveDeadline());
    }

    @Test
    void submissionIsOnTimeUntilTheEndOfTheDeadlineDayInShanghai() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2018, WorkingDayCalendar.weekendsOnly(), true);
        assertEquals(Timeliness.ON_TIME, cal.classify(ReportingPeriod.Q1, shanghai("2018-04-10T23:59:59"), Optional.empty()));
        assertEquals(Timeliness.LATE, cal.classify(ReportingPeriod.Q1, shanghai("2018-04-11T00:00:00"), Optional.empty()));
    }

    @Test
    void aLateSubmissionWithinAGrantIsExcused() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2018, WorkingDayCalendar.weekendsOnly(), true);
        var grant = Optional.of(new LateSubmissionGrant("12", ReportingPeriod.Q1, LocalDate.of(2018, 4, 15), "系统故障"));
        assertEquals(Timeliness.LATE_EXCUSED, cal.classify(ReportingPeriod.Q1, shanghai("2018-04-13T10:00:00"), grant));
        assertEquals(Timeliness.LATE, cal.classify(ReportingPeriod.Q1, shanghai("2018-04-16T10:00:00"), grant));
        assertFalse(cal.isOverdue(ReportingPeriod.Q1, shanghai("2018-04-12T10:00:00"), grant));
        assertTrue(cal.isOverdue(ReportingPeriod.Q1, shanghai("2018-04-12T10:00:00"), Optional.empty()));
    }

    @Test
    void aGrantForAnotherPeriodDoesNotExcuse() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2018, WorkingDayCalendar.weekendsOnly(), true);
        var grant = Optional.of(new LateSubmissionGrant("12", ReportingPeriod.H1, LocalDate.of(2018, 7, 20), "x"));
        assertEquals(Timeliness.LATE, cal.classify(ReportingPeriod.Q1, shanghai("2018-04-13T10:00:00"), grant));
    }

    @Test
    void openAndLastClosedPeriodFollowTheDate() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2018, WorkingDayCalendar.weekendsOnly(), true);
        assertEquals(ReportingPeriod.Q1, cal.openPeriod(LocalDate.of(2018, 4, 10)).orElseThrow().period());
        assertEquals(ReportingPeriod.H1, cal.openPeriod(LocalDate.of(2018, 4, 11)).orElseThrow().period());
        assertEquals(ReportingPeriod.Q1, cal.lastClosedPeriod(LocalDate.of(2018, 4, 11)).orElseThrow().period());
        assertTrue(cal.lastClosedPeriod(LocalDate.of(2018, 4, 10)).isEmpty());
    }

    @Test
    void aPeriodNotInTheCalendarIsRejected() {
        ReportingCalendar cal = ReportingCalendar.quarterly(2018, WorkingDayCalendar.weekendsOnly(), true);
        assertThrows(IllegalArgumentException.class, () -> cal.require(ReportingPeriod.month(5)));
    }

    @Test
    void aDeadlineBeforeThePeriodIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReportingCalendar.of(2018,
                Map.of(ReportingPeriod.H1, LocalDate.of(2018, 2, 1)), WorkingDayCalendar.weekendsOnly(), true));
    }

    @Test
    void monthlyCalendarDueOnTheTenthOfTheNextMonth() {
        ReportingCalendar cal = ReportingCalendar.monthly(2018, WorkingDayCalendar.weekendsOnly(), false);
        assertEquals(12, cal.entries().size());
        assertEquals(LocalDate.of(2018, 2, 10), cal.require(ReportingPeriod.month(1)).deadline());
        assertEquals(LocalDate.of(2018, 12, 25), cal.require(ReportingPeriod.month(12)).deadline());
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterUpToAndIncluding() {
        // 2026: 10/1–10/7 National Day holiday, Saturday 10/10 a make-up working day
        WorkingDayCalendar days = new WorkingDayCalendar(
                Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                        LocalDate.of(2026, 10, 7)),
                Set.of(LocalDate.of(2026, 10, 10)));
        assertEquals(3, days.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)));
        assertEquals(4, days.workingDaysBetween(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 10)));
        assertEquals(0, days.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)));
        assertEquals(0, days.workingDaysBetween(LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 10)));
        assertEquals(1, days.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12)));
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertEquals(LocalDate.of(2026, 10, 10), days.onOrNextWorkingDay(LocalDate.of(2026, 10, 10)));
    }

    @Test
    void aPlansOwnDaysAddToTheOfficialOnes() {
        WorkingDayCalendar official = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 10, 1)), Set.of(LocalDate.of(2026, 10, 10)));
        WorkingDayCalendar plan = official.with(Set.of(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10)),
                Set.of(LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 1)));
        assertFalse(plan.isWorkingDay(LocalDate.of(2026, 10, 9)));
        assertFalse(plan.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertTrue(plan.isWorkingDay(LocalDate.of(2026, 10, 11)));
        assertTrue(plan.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(official.isWorkingDay(LocalDate.of(2026, 10, 10)), "the official calendar is left as it was");
    }
}
