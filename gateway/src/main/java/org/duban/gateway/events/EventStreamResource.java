package org.duban.gateway.events;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.core.Context;
import java.time.Duration;
import java.util.Set;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/gateway/events}: Server-Sent Events of the domain events the caller may see
 * (see {@link EventScope}). Each SSE event is named by the CloudEvent type, has its id, and carries
 * {@code {id,type,source,subject,time,topic,data}}. A comment every 15 s keeps proxies from closing an
 * idle stream.
 */
@Path("/api/gateway/events")
@Tag(name = "live-events", description = "实时事件（SSE） / Live domain events (SSE)")
public class EventStreamResource {
    private final LiveEvents events;
    private final Caller caller;

    public EventStreamResource(LiveEvents events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "streamEvents", summary = "实时事件流 / Live events in your scope",
            description = "Server-Sent Events（text/event-stream）：您范围内的领域事件；首个事件为 duban.gateway.stream-opened。 / Server-Sent "
                    + "Events of the domain events in your scope; the first is duban.gateway.stream-opened.")
    @APIResponse(responseCode = "200", description = "事件流；每个事件的数据为 {id, type, source, subject, time, topic, data} / The "
            + "stream;"
            + " each event's data is {id, type, source, subject, time, topic, data}",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse,
            @Parameter(description = "令牌（EventSource 无法发送请求头时） / The bearer token, for EventSource clients")
            @QueryParam("access_token") String accessToken,
            @Parameter(description = "事件类型前缀，如 duban.progress. / Event type prefix, e.g. duban.progress.")
            @QueryParam("type") String typePrefix) {
        EventScope.Viewer viewer = new EventScope.Viewer(Set.copyOf(caller.roles()), caller.regionCode(), caller.unitId());
        Multi<OutboundSseEvent> domain = events.stream()
                .filter(event -> typePrefix == null || event.type().startsWith(typePrefix))
                .filter(event -> EventScope.visible(viewer, event.data()))
                .map(event -> sse.newEventBuilder().id(event.id()).name(event.type())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(LiveEvent.class, event).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(15))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(sse.newEventBuilder().name("duban.gateway.stream-opened")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(java.util.Map.class, java.util.Map.of("roles", viewer.roles(), "regionCode", String.valueOf(viewer.regionCode()),
                        "consumerReady", events.ready()))
                .build());
        return Multi.createBy().concatenating().streams(hello, Multi.createBy().merging().streams(domain, keepAlive));
    }
}
