package org.duban.tasks.events;

import jakarta.ws.rs.Path;
import org.duban.platform.event.EventOperations;
import org.duban.platform.event.EventOperationsResource;

/** The operator API of tasks-service's events (consumer state, dead letters, outbox backlog); see {@link EventOperationsResource}. */
@Path("/api/tasks/events")
public class TasksEventOperationsResource extends EventOperationsResource {
    public TasksEventOperationsResource(EventOperations operations) {
        super(operations);
    }
}
