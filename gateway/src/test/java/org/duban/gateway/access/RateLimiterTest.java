package org.duban.gateway.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, 2, now::get);

    @Test
    void shouldAllowTheBurstThenRefuseWithTheSecondsUntilTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a").allowed());
        }
        RateLimiter.Decision refused = limiter.tryAcquire("a");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
    }

    /** What the RateLimit-* headers carry: the capacity, the whole requests left, the seconds until full again. */
    @Test
    void shouldTellWhatIsLeftAndWhenTheBucketIsFullAgain() {
        RateLimiter.Decision first = limiter.tryAcquire("b");
        assertEquals(3, first.limit());
        assertEquals(2, first.remaining());
        assertEquals(1, first.resetSeconds());
        limiter.tryAcquire("b");
        RateLimiter.Decision third = limiter.tryAcquire("b");
        assertEquals(0, third.remaining());
        assertEquals(2, third.resetSeconds());
        assertEquals(0, limiter.tryAcquire("b").remaining());
    }

    @Test
    void shouldRefillAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        now.addAndGet(500_000_000L);
        assertTrue(limiter.tryAcquire("a").allowed());
        assertFalse(limiter.tryAcquire("a").allowed());
    }

    @Test
    void shouldKeepClientsApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        assertFalse(limiter.tryAcquire("a").allowed());
        assertTrue(limiter.tryAcquire("b").allowed());
    }

    @Test
    void shouldForgetClientsWhoseBucketIsFullAgain() {
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        assertEquals(0, limiter.evictIdle());
        now.addAndGet(2_000_000_000L);
        assertEquals(2, limiter.evictIdle());
        assertEquals(0, limiter.clients());
    }

    @Test
    void shouldRejectANonsensicalConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 1, now::get));
    }

    @Test
    void shouldAdmitTokensOfServedRegionsAndTokensWithoutRegion() {
        RegionPolicy policy = new RegionPolicy(Optional.of(List.of("420102")));
        assertTrue(policy.admits("420102"));
        assertTrue(policy.admits(null));
        assertFalse(policy.admits("110101"));
        assertTrue(new RegionPolicy(Optional.empty()).admits("110101"));
    }

    @Test
    void shouldServeEveryCountyOfAServedProvinceOrCityByTheDivisionCodeHierarchy() {
        for (String province : List.of("42", "420000")) {
            RegionPolicy policy = new RegionPolicy(Optional.of(List.of(province)));
            assertTrue(policy.admits("420102"), province);
            assertTrue(policy.admits("421381"), province);
            assertTrue(policy.admits("420000"), province);
            assertFalse(policy.admits("110101"), province);
            assertFalse(policy.admits("430102"), province);
        }
        RegionPolicy city = new RegionPolicy(Optional.of(List.of("420100")));
        assertTrue(city.admits("420102"));
        assertFalse(city.admits("421381"));
        assertEquals("4201", RegionPolicy.prefix("420100"));
        assertEquals("420102", RegionPolicy.prefix("420102"));
        assertEquals("11", RegionPolicy.prefix("110000"));
    }
}
