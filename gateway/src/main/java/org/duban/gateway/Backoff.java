package org.duban.gateway;

import java.time.Duration;

/** Exponential backoff of the gateway's outgoing deliveries (webhooks, e-mail): how long to wait before attempt n+1. */
public final class Backoff {
    private Backoff() {
    }

    /** {@code base × 2^(attempts−1)} after {@code attempts} failed attempts (≥ 1), at most {@code max}. */
    public static Duration after(int attempts, Duration base, Duration max) {
        Duration d = base.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return d.compareTo(max) > 0 ? max : d;
    }
}
