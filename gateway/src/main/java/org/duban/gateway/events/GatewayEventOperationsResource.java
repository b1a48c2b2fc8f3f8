package org.duban.gateway.events;

import jakarta.ws.rs.Path;
import org.duban.platform.event.EventOperations;
import org.duban.platform.event.EventOperationsResource;

/**
 * The operator API of the gateway's own event consumer (notifications, e-mail, webhooks, the directory's contacts):
 * consumer lag and state, dead letters, replay; see {@link EventOperationsResource}. Under {@code /api/gateway/inbox}
 * because {@code /api/gateway/events} is the live stream.
 */
@Path("/api/gateway/inbox")
public class GatewayEventOperationsResource extends EventOperationsResource {
    public GatewayEventOperationsResource(EventOperations operations) {
        super(operations);
    }
}
