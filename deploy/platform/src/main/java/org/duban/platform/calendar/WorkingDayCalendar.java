package org.duban.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days: Monday to Friday, minus listed public holidays, plus listed make-up
 * working days (调休上班日, e.g. a Sunday worked to bridge a holiday). By default the State Council's yearly
 * schedule (progress-service's OfficialSchedule, from {@link BundledWorkingDays} and the administrators' edits); a plan's
 * own calendar may add to it ({@link #with}). Shared by progress-service (deadlines, urging) and the gateway (quiet
 * hours of e-mail).
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day itself if it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate d = day;
        // bounded: no real calendar has more than a few weeks of consecutive non-working days
        for (int i = 0; i < 366 && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after
     * {@code from}): the days overdue on {@code to} of a deadline {@code from}, or how many working days are left
     * on {@code from} before a deadline {@code to}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * This calendar with more days moved: {@code holidays} become rest days and {@code makeUpWorkdays} working days
     * (a plan's own additions to the official schedule; a day in both lists is a working day).
     */
    public WorkingDayCalendar with(Set<LocalDate> moreHolidays, Set<LocalDate> moreMakeUpWorkdays) {
        Set<LocalDate> h = new TreeSet<>(holidays);
        h.addAll(moreHolidays);
        h.removeAll(moreMakeUpWorkdays);
        Set<LocalDate> m = new TreeSet<>(makeUpWorkdays);
        m.removeAll(moreHolidays);
        m.addAll(moreMakeUpWorkdays);
        return new WorkingDayCalendar(h, m);
    }

    public Set<LocalDate> holidays() {
        return new TreeSet<>(holidays);
    }

    public Set<LocalDate> makeUpWorkdays() {
        return new TreeSet<>(makeUpWorkdays);
    }
}
