package org.duban.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenTimesTest {
    private static final long NOW = 1_780_000_000L;
    private final TokenTimes times = new TokenTimes(Clock.systemUTC(), Duration.ofSeconds(60));

    @Test
    void shouldAcceptATokenIssuedNowOrWithinTheSkew() {
        assertNull(times.problem(NOW, NOW));
        assertNull(times.problem(NOW - 3600, NOW));
        assertNull(times.problem(NOW + 60, NOW));
    }

    @Test
    void shouldRefuseATokenIssuedInTheFutureOrWithoutAnIssueTime() {
        assertEquals("token issued in the future", times.problem(NOW + 61, NOW));
        assertEquals("token issued in the future", times.problem(NOW + 90L * 24 * 3600, NOW));
        assertEquals("token has no issue time (iat)", times.problem(0, NOW));
    }
}
