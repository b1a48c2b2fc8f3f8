package org.duban.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where each service listens and how long the gateway waits for it. */
@ApplicationScoped
public class Routes {
    private final String tasks;
    private final String progress;
    private final String indicators;
    private final Duration timeout;

    public Routes(@ConfigProperty(name = "duban.services.tasks-service.url") String tasks,
            @ConfigProperty(name = "duban.services.progress-service.url") String progress,
            @ConfigProperty(name = "duban.services.indicators-service.url") String indicators,
            @ConfigProperty(name = "duban.gateway.timeout", defaultValue = "10s") Duration timeout) {
        this.tasks = tasks;
        this.progress = progress;
        this.indicators = indicators;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The base URL of the service that owns {@code /api/<prefix>/**}. */
    public String baseUrl(String prefix) {
        return switch (prefix) {
            case "tasks" -> tasks;
            case "progress" -> progress;
            case "indicators" -> indicators;
            default -> throw new IllegalArgumentException("no service owns /api/" + prefix);
        };
    }
}
