package org.duban.gateway.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One SmallRye Fault Tolerance guard per service: a circuit breaker that stops sending to a service
 * that keeps failing (callers get 503 at once instead of waiting for the timeout), and a retry that
 * only fires for {@link UpstreamFailure.Retryable} — an idempotent request whose connection was refused.
 */
@ApplicationScoped
public class ServiceGuards {
    private static final Logger LOG = Logger.getLogger(ServiceGuards.class);
    public static final List<String> SERVICES = List.of("tasks", "progress", "indicators");

    private final Map<String, TypedGuard<Uni<UpstreamAnswer>>> guards = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreakerState> states = new ConcurrentHashMap<>();
    private final int requestVolume;
    private final double failureRatio;
    private final Duration delay;
    private final int maxRetries;

    public ServiceGuards(@ConfigProperty(name = "duban.gateway.circuit-breaker.request-volume", defaultValue = "10") int requestVolume,
            @ConfigProperty(name = "duban.gateway.circuit-breaker.failure-ratio", defaultValue = "0.5") double failureRatio,
            @ConfigProperty(name = "duban.gateway.circuit-breaker.delay", defaultValue = "5s") Duration delay,
            @ConfigProperty(name = "duban.gateway.retry.max-retries", defaultValue = "1") int maxRetries, MeterRegistry metrics) {
        this.requestVolume = requestVolume;
        this.failureRatio = failureRatio;
        this.delay = delay;
        this.maxRetries = maxRetries;
        for (String service : SERVICES) {
            // 0 closed, 0.5 half-open, 1 open: lets the operators alert on a service the gateway stopped sending to
            Gauge.builder("duban_gateway_circuit_state", () -> switch (state(service)) {
                case OPEN -> 1.0;
                case HALF_OPEN -> 0.5;
                default -> 0.0;
            }).tag("service", service).register(metrics);
        }
    }

    public Uni<UpstreamAnswer> call(String service, Supplier<Uni<UpstreamAnswer>> attempt) {
        return guards.computeIfAbsent(service, this::create).get(attempt);
    }

    /** CLOSED, OPEN or HALF_OPEN; CLOSED for a service not called yet. */
    public CircuitBreakerState state(String service) {
        return states.getOrDefault(service, CircuitBreakerState.CLOSED);
    }

    private TypedGuard<Uni<UpstreamAnswer>> create(String service) {
        return TypedGuard.create(new TypeLiteral<Uni<UpstreamAnswer>>() {})
                .withDescription("gateway → " + service)
                .withCircuitBreaker()
                    .requestVolumeThreshold(requestVolume)
                    .failureRatio(failureRatio)
                    .delay(delay.toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    // an answer too long to pass on is the request's doing, not a failing service
                    .skipOn(UpstreamClient.AnswerTooLarge.class)
                    .onStateChange(state -> {
                        states.put(service, state);
                        LOG.infof("circuit breaker of the %s service is now %s", service, state);
                    })
                    .done()
                .withRetry()
                    .maxRetries(maxRetries)
                    .delay(100, ChronoUnit.MILLIS)
                    .retryOn(UpstreamFailure.Retryable.class)
                    .done()
                .build();
    }
}
