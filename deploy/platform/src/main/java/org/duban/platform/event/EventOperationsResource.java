package org.duban.platform.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;

/**
 * The operator API of a service's events, for ADMIN and SYSTEM callers. Each service declares a
 * subclass with its own {@code @Path}, e.g. {@code /api/progress/events}:
 * <ul>
 * <li>{@code GET /status}: consumer lag and state, dead letters, outbox backlog;</li>
 * <li>{@code GET /dead-letters?status=DEAD_LETTER|UNHANDLED&page=&pageSize=}: paged, newest first;</li>
 * <li>{@code GET /dead-letters/{eventId}}: one, with its payload and error (404 if none);</li>
 * <li>{@code POST /dead-letters/{eventId}/replay}: applies it again (422 with the error if it fails again).</li>
 * </ul>
 */
public abstract class EventOperationsResource {
    private final EventOperations operations;

    protected EventOperationsResource(EventOperations operations) {
        this.operations = operations;
    }

    @GET
    @Path("/status")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public EventOperations.Status status() {
        return operations.status();
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public Page<EventOperations.DeadLetter> deadLetters(@QueryParam("status") String status,
            @Valid @BeanParam PageQuery page) {
        return operations.list(status, page);
    }

    @GET
    @Path("/dead-letters/{eventId}")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public EventOperations.DeadLetter deadLetter(@PathParam("eventId") @Size(max = 300) String eventId) {
        return operations.get(eventId);
    }

    @POST
    @Path("/dead-letters/{eventId}/replay")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public EventOperations.Replay replay(@PathParam("eventId") @Size(max = 300) String eventId) {
        return operations.replay(eventId);
    }
}
