package org.duban.progress.events;

import jakarta.ws.rs.Path;
import org.duban.platform.event.EventOperations;
import org.duban.platform.event.EventOperationsResource;

/** The operator API of progress-service's events (consumer state, dead letters, outbox backlog); see {@link EventOperationsResource}. */
@Path("/api/progress/events")
public class ProgressEventOperationsResource extends EventOperationsResource {
    public ProgressEventOperationsResource(EventOperations operations) {
        super(operations);
    }
}
