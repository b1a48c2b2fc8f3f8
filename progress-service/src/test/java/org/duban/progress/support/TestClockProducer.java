package org.duban.progress.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Replaces the service's system clock (a @DefaultBean) in @QuarkusTest runs. */
public class TestClockProducer {

    static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Singleton
    Clock produceClock() {
        return CLOCK;
    }

    public static MutableClock clock() {
        return CLOCK;
    }
}
