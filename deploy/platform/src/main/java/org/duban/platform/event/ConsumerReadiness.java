package org.duban.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness of the event consumer: DOWN while it waits out an infrastructure fault, while Kafka cannot
 * tell its lag, when the lag exceeds {@code duban.events.consume.max-lag} records, or when records wait
 * and none was finished for {@code duban.events.consume.stall-after}. Each change to DOWN is logged at
 * ERROR with its reason. (The connector's own liveness check reports a channel that has failed.)
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(ConsumerReadiness.class);

    private final ConsumerStatus status;
    private final long maxLag;
    private final Duration stallAfter;
    private final Instant startedAt = Instant.now();
    private volatile String lastDown;

    public ConsumerReadiness(ConsumerStatus status,
            @ConfigProperty(name = "duban.events.consume.max-lag", defaultValue = "10000") long maxLag,
            @ConfigProperty(name = "duban.events.consume.stall-after", defaultValue = "30s") Duration stallAfter) {
        this.status = status;
        this.maxLag = maxLag;
        this.stallAfter = stallAfter;
    }

    @Override
    public HealthCheckResponse call() {
        ConsumerStatus.Snapshot s = status.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("duban-event-consumer");
        if (!s.enabled()) {
            return response.up().withData("consuming", false).build();
        }
        response.withData("lag", s.lag()).withData("group", String.valueOf(s.group()));
        String down = downReason(s);
        if (down == null) {
            lastDown = null;
            return response.up().build();
        }
        if (!down.equals(lastDown)) {
            LOG.errorf("event consumer not ready: %s", down);
            lastDown = down;
        }
        return response.down().withData("reason", down).build();
    }

    private String downReason(ConsumerStatus.Snapshot s) {
        if (s.stalledSince() != null) {
            return "stalled since " + s.stalledSince() + " on an infrastructure fault: " + s.stallReason();
        }
        if (s.lag() < 0) {
            return "Kafka does not answer: the consumer's lag is unknown";
        }
        if (s.lag() > maxLag) {
            return "lag of " + s.lag() + " records exceeds " + maxLag;
        }
        Instant last = s.lastProgressAt() != null ? s.lastProgressAt() : startedAt;
        if (s.lag() > 0 && last.plus(stallAfter).isBefore(Instant.now())) {
            return s.lag() + " records wait and none was finished since " + last;
        }
        return null;
    }
}
