package org.duban.indicators.events;

import jakarta.ws.rs.Path;
import org.duban.platform.event.EventOperations;
import org.duban.platform.event.EventOperationsResource;

/** The operator API of indicators-service's events (consumer state, dead letters, outbox backlog); see {@link EventOperationsResource}. */
@Path("/api/indicators/events")
public class IndicatorsEventOperationsResource extends EventOperationsResource {
    public IndicatorsEventOperationsResource(EventOperations operations) {
        super(operations);
    }
}
