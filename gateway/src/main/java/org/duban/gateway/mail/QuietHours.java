package org.duban.gateway.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.duban.platform.calendar.WorkingDayCalendar;

/**
 * When a message may reach a person (issue 18 item 5): within office hours of a working day, in the region's time
 * zone. Working days are China's official schedule — Monday to Friday, minus the State Council's public holidays, plus
 * its 调休 make-up working days (国务院办公厅关于部分节假日安排的通知, {@link WorkingDayCalendar}). Plain Java; the
 * dispatcher asks it for every message that is not urgent.
 */
public final class QuietHours {
    private final WorkingDayCalendar days;
    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;

    /**
     * @param opens  the first minute a message may go out on a working day (08:30)
     * @param closes the first minute it may not any more (18:00); after {@code opens}
     * @throws IllegalArgumentException when the window is empty
     */
    public QuietHours(WorkingDayCalendar days, ZoneId zone, LocalTime opens, LocalTime closes) {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("office hours must close after they open: " + opens + "-" + closes);
        }
        this.days = days;
        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
    }

    /** "08:30-18:00" → the window; {@link IllegalArgumentException} for anything else. */
    public static QuietHours of(WorkingDayCalendar days, ZoneId zone, String window) {
        String[] parts = window.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("office hours must read HH:MM-HH:MM, not " + window);
        }
        return new QuietHours(days, zone, LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    /** True when {@code at} falls within office hours of a working day. */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * {@code at} itself when it is within office hours; otherwise the next opening — later the same day when it is a
     * working day before hours, else the opening of the next working day (a Friday evening before a holiday week waits
     * for the 调休 Sunday it is worked, if one comes first).
     */
    public Instant nextOpening(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (days.isWorkingDay(day) && local.toLocalTime().isBefore(opens)) {
            return day.atTime(opens).atZone(zone).toInstant();
        }
        LocalDate next = days.onOrNextWorkingDay(day.plusDays(1));
        return next.atTime(opens).atZone(zone).toInstant();
    }
}
