package org.duban.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Names this process in the readiness answer: {@code {"name":"duban-instance","data":{"runId":…}}}, the
 * {@code duban.run.id} its starter gave it. A starter that waits for readiness (the run command, the
 * end-to-end suite) checks the id, so a process left on the port by an earlier run is never taken for
 * the one it started.
 */
@Readiness
@ApplicationScoped
public class InstanceReadiness implements HealthCheck {
    private final String runId;

    public InstanceReadiness(@ConfigProperty(name = "duban.run.id", defaultValue = "none") String runId) {
        this.runId = runId;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("duban-instance").up().withData("runId", runId).build();
    }
}
