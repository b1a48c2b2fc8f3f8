package org.duban.progress.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a plan's calendar: the deadline as set (填报时限) and the deadline in force after a
 * weekend/holiday shift.
 */
public record CalendarEntry(ReportingPeriod period, LocalDate deadline, LocalDate effectiveDeadline) {

    public CalendarEntry {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(effectiveDeadline, "effectiveDeadline");
        if (effectiveDeadline.isBefore(deadline)) {
            throw new IllegalArgumentException("a deadline only ever shifts later");
        }
    }

    public boolean shifted() {
        return !deadline.equals(effectiveDeadline);
    }
}
