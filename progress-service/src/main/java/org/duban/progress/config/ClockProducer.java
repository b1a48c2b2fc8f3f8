package org.duban.progress.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.duban.progress.calendar.ReportingCalendar;

/** The one clock deadlines, lateness and supervision read; tests replace it with one they can set. */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ReportingCalendar.ZONE);
    }
}
