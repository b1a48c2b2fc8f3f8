package org.duban.gateway.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled at {@code refillPerSecond}.
 * Plain Java with an injectable clock, so its arithmetic is tested without waiting.
 */
public final class RateLimiter {
    private static final long NANOS = 1_000_000_000L;

    /**
     * Whether the request may go on, and if not, after how many seconds a retry will pass; with what the client has
     * left, for the {@code RateLimit-*} headers (IETF draft-ietf-httpapi-ratelimit-headers): the bucket's capacity,
     * the whole requests remaining and the seconds until the bucket is full again.
     */
    public record Decision(boolean allowed, long retryAfterSeconds, long limit, long remaining, long resetSeconds) {}

    private final double capacity;
    private final double refillPerSecond;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, double refillPerSecond, LongSupplier nanoClock) {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("capacity must be ≥ 1 and the refill rate > 0");
        }
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.clock = nanoClock;
    }

    public Decision tryAcquire(String client) {
        long now = clock.getAsLong();
        return buckets.computeIfAbsent(client, k -> new Bucket(capacity, now)).take(now);
    }

    /** Forgets clients whose bucket has filled up again: they are indistinguishable from new ones. */
    public int evictIdle() {
        long now = clock.getAsLong();
        int before = buckets.size();
        buckets.values().removeIf(bucket -> bucket.fullAt(now));
        return before - buckets.size();
    }

    int clients() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            long reset;
            if (tokens >= 1) {
                tokens -= 1;
                reset = (long) Math.ceil((capacity - tokens) / refillPerSecond);
                return new Decision(true, 0, (long) capacity, (long) Math.floor(tokens), reset);
            }
            long wait = Math.max(1, (long) Math.ceil((1 - tokens) / refillPerSecond));
            reset = (long) Math.ceil((capacity - tokens) / refillPerSecond);
            return new Decision(false, wait, (long) capacity, 0, reset);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            double elapsed = (double) (now - updated) / NANOS;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * refillPerSecond);
                updated = now;
            }
        }
    }
}
