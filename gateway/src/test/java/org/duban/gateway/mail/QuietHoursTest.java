package org.duban.gateway.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.duban.platform.calendar.BundledWorkingDays;
import org.duban.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** Office hours of working days on the State Council's 2026 schedule (国办发明电〔2025〕7号, bundled). */
class QuietHoursTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BundledWorkingDays.Year Y2026 = BundledWorkingDays.year(2026).orElseThrow();
    private static final QuietHours HOURS = QuietHours.of(new WorkingDayCalendar(Y2026.holidays(), Y2026.makeUpWorkdays()),
            SHANGHAI, "08:30-18:00");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void shouldSendAtOnceWithinOfficeHoursOfAWorkingDay() {
        assertEquals(at("2026-04-13T10:00"), HOURS.nextOpening(at("2026-04-13T10:00")));
        assertEquals(at("2026-04-13T08:30"), HOURS.nextOpening(at("2026-04-13T08:30")), "opening minute is open");
        assertTrue(HOURS.isOpen(at("2026-04-13T17:59")));
        assertFalse(HOURS.isOpen(at("2026-04-13T18:00")), "closing minute is closed");
    }

    @Test
    void shouldWaitForTheMorningOrTheNextWorkingDay() {
        assertEquals(at("2026-04-13T08:30"), HOURS.nextOpening(at("2026-04-13T06:00")), "before hours: the same morning");
        assertEquals(at("2026-04-14T08:30"), HOURS.nextOpening(at("2026-04-13T22:00")), "at night: the next morning");
        assertEquals(at("2026-04-13T08:30"), HOURS.nextOpening(at("2026-04-10T18:30")), "Friday evening: Monday");
        assertEquals(at("2026-04-13T08:30"), HOURS.nextOpening(at("2026-04-12T09:00")), "a Sunday: Monday");
    }

    @Test
    void shouldFollowHolidaysAndTheirMakeUpWorkingDays() {
        // 劳动节 2026: 5/1–5/5 off; Thursday 4/30 evening waits for Wednesday 5/6
        assertEquals(at("2026-05-06T08:30"), HOURS.nextOpening(at("2026-04-30T19:00")));
        assertEquals(at("2026-05-06T08:30"), HOURS.nextOpening(at("2026-05-01T10:00")), "a weekday holiday is closed");
        // Friday 5/8 evening: Saturday 5/9 is worked (调休), so it opens then
        assertEquals(at("2026-05-09T08:30"), HOURS.nextOpening(at("2026-05-08T19:00")));
        assertTrue(HOURS.isOpen(at("2026-09-20T10:00")), "Sunday 9/20 is a make-up working day");
        // 国庆/中秋: 10/1–10/7 off, Saturday 10/10 worked
        assertEquals(at("2026-10-08T08:30"), HOURS.nextOpening(at("2026-09-30T20:00")));
    }

    @Test
    void shouldRefuseAnEmptyOrUnreadableWindow() {
        WorkingDayCalendar days = WorkingDayCalendar.weekendsOnly();
        assertThrows(IllegalArgumentException.class, () -> QuietHours.of(days, SHANGHAI, "18:00-08:30"));
        assertThrows(IllegalArgumentException.class, () -> QuietHours.of(days, SHANGHAI, "08:30"));
        assertEquals(at("2026-04-13T09:00"), QuietHours.of(days, SHANGHAI, " 09:00 - 17:00 ").nextOpening(at("2026-04-13T07:00")));
    }
}
