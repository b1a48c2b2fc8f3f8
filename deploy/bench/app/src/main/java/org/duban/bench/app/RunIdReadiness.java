package org.duban.bench.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready with the run id its starter gave it ({@code duban.run.id}), which the harness's ServiceProcess waits for. */
@Readiness
@ApplicationScoped
public class RunIdReadiness implements HealthCheck {
    private final String runId;

    public RunIdReadiness(@ConfigProperty(name = "duban.run.id", defaultValue = "none") String runId) {
        this.runId = runId;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bench-instance").up().withData("runId", runId).build();
    }
}
