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
import org.duban.platform.openapi.SharedOperations;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "event-operations", description = "事件运维：消费状态、死信与重放 / Event operations: consumer state, dead letters, replay")
public abstract class EventOperationsResource {
    private final EventOperations operations;

    protected EventOperationsResource(EventOperations operations) {
        this.operations = operations;
    }

    @GET
    @Path("/status")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = SharedOperations.GET_EVENT_STATUS, summary = "事件状态 / Event consumer and outbox status",
            description = "消费者的滞后与状态、死信数量、发件箱积压。 / Consumer lag and state, dead letters, outbox backlog.")
    public EventOperations.Status status() {
        return operations.status();
    }

    @GET
    @Path("/dead-letters")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = SharedOperations.LIST_DEAD_LETTERS, summary = "死信列表 / List dead letters",
            description = "无法处理或未知类型的事件，最新在前。 / Events that failed or were of an unknown type, newest first.")
    public Page<EventOperations.DeadLetter> deadLetters(@QueryParam("status") String status,
            @Valid @BeanParam PageQuery page) {
        return operations.list(status, page);
    }

    @GET
    @Path("/dead-letters/{eventId}")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = SharedOperations.GET_DEAD_LETTER, summary = "死信详情 / Get a dead letter",
            description = "一个死信事件及其内容与错误。 / One dead letter with its payload and error.")
    public EventOperations.DeadLetter deadLetter(@PathParam("eventId") @Size(max = 300) String eventId) {
        return operations.get(eventId);
    }

    @POST
    @Path("/dead-letters/{eventId}/replay")
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = SharedOperations.REPLAY_DEAD_LETTER, summary = "重放死信 / Replay a dead letter",
            description = "再次应用该事件；再次失败时返回422及错误。 / Applies the event again; 422 with the error if it fails again.")
    public EventOperations.Replay replay(@PathParam("eventId") @Size(max = 300) String eventId) {
        return operations.replay(eventId);
    }
}
