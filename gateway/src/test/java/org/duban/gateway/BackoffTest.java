package org.duban.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void shouldDoubleFromTheBaseUpToTheCap() {
        Duration base = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(1);
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, base, max));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, base, max));
        assertEquals(Duration.ofSeconds(40), Backoff.after(3, base, max));
        assertEquals(max, Backoff.after(4, base, max));
        assertEquals(max, Backoff.after(1000, base, max), "no overflow for many attempts");
    }
}
