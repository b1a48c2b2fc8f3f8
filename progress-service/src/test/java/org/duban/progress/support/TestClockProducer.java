package org.duban.progress.support;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Replaces the service's system clock (a @DefaultBean) in @QuarkusTest runs. The one clock is shared by
 * every test of the JVM; {@link TestClockExtension} resets it to the instant each class or test declares
 * ({@link TestClock}) before it runs.
 */
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

    /** Called by {@link TestClockExtension} (reflectively, through the test class's loader). */
    public static void reset(String shanghaiLocalDateTime) {
        CLOCK.set(shanghaiLocalDateTime);
    }
}
