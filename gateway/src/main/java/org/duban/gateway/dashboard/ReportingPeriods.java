package org.duban.gateway.dashboard;

import java.time.LocalDate;
import java.time.MonthDay;

/** The reporting period in progress on a day, by the default deadlines 04-10, 07-10, 10-10, 12-25. */
public final class ReportingPeriods {
    private ReportingPeriods() {}

    public static String current(LocalDate day) {
        MonthDay date = MonthDay.from(day);
        if (!date.isAfter(MonthDay.of(4, 10))) {
            return "Q1";
        }
        if (!date.isAfter(MonthDay.of(7, 10))) {
            return "H1";
        }
        if (!date.isAfter(MonthDay.of(10, 10))) {
            return "Q3";
        }
        return "ANNUAL";
    }
}
