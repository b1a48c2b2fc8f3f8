package org.duban.progress.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.duban.progress.calendar.ReportingCalendar;

/**
 * A clock tests move by hand: "it is now 2018-04-11 09:00 in Shanghai". It never reads the machine's
 * time: it starts at {@link TestClock#DEFAULT} and {@link TestClockExtension} resets it before every
 * test class and test to the instant that test declares.
 */
public final class MutableClock extends Clock {

    private volatile Instant now = at(TestClock.DEFAULT);

    public void set(String shanghaiLocalDateTime) {
        now = at(shanghaiLocalDateTime);
    }

    static Instant at(String shanghaiLocalDateTime) {
        return LocalDateTime.parse(shanghaiLocalDateTime).atZone(ReportingCalendar.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ReportingCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
