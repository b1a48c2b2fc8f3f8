package org.duban.gateway;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The gateway's clock in @QuarkusTest runs: the machine's time unless a test sets "it is now 2026-04-30 19:00 in
 * Shanghai" ({@link #set}), from which it runs on at the machine's pace; {@link #release} gives the machine's time back. Replaces {@link ClockProducer}'s.
 */
public final class TestClock extends Clock {
    private static final TestClock CLOCK = new TestClock();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;
    private volatile long fixedAtNanos;

    /** The one clock of the test JVM. */
    public static TestClock clock() {
        return CLOCK;
    }

    public void set(String shanghaiLocalDateTime) {
        fixedAtNanos = System.nanoTime();
        fixed = LocalDateTime.parse(shanghaiLocalDateTime).atZone(SHANGHAI).toInstant();
    }

    public void release() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f.plusNanos(System.nanoTime() - fixedAtNanos) : Instant.now();
    }

    /** Produces the test clock as the application's {@link Clock}. */
    public static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return CLOCK;
        }
    }
}
