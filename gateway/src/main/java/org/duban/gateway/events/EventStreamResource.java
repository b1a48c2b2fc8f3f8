package org.duban.gateway.events;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * idle stream. The reconnect rule: the stream asks for a 3 s reconnect delay ({@code retry:}); a client that
 * reconnects sends the last id it received as {@code Last-Event-ID} (EventSource does so itself) and gets the events
 * in its scope it missed, then the live ones, each once — or, when that id is older than the gateway keeps
 * ({@code duban.gateway.events.retention.*}), a {@code duban.gateway.stream-gap} event first, after which it reloads.
 */
@Path("/api/gateway/events")
@Tag(name = "live-events", description = "实时事件（SSE） / Live domain events (SSE)")
public class EventStreamResource {
    /** The reconnect delay the stream asks EventSource clients for ({@code retry:}), in milliseconds. */
    static final long RECONNECT_DELAY_MS = 3000;

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
            @QueryParam("type") String typePrefix,
            @Parameter(description = "断线重连时最后收到的事件 id（EventSource 自动发送）；补发其后的事件 / The id of the last event "
                    + "received, sent by EventSource when it reconnects: the events after it are sent first")
            @HeaderParam("Last-Event-ID") @jakarta.validation.constraints.Size(max = 200) String lastEventId) {
        EventScope.Viewer viewer = new EventScope.Viewer(Set.copyOf(caller.roles()), caller.regionCode(), caller.unitId());
        String resumeFrom = lastEventId == null || lastEventId.isBlank() ? null : lastEventId.strip();
        Multi<OutboundSseEvent> domain = events.stream(resumeFrom)
                .filter(event -> LiveEvent.GAP.equals(event.type()) || typePrefix == null || event.type().startsWith(typePrefix))
                .filter(event -> LiveEvent.GAP.equals(event.type()) || EventScope.visible(viewer, event.data()))
                .map(event -> {
                    var builder = sse.newEventBuilder().name(event.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(LiveEvent.class, event);
                    return (event.id() == null ? builder : builder.id(event.id())).build(); // a gap keeps the client's id
                });
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(15))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(() -> sse.newEventBuilder().name("duban.gateway.stream-opened")
                .reconnectDelay(RECONNECT_DELAY_MS)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(java.util.Map.class, java.util.Map.of("roles", viewer.roles(), "regionCode", String.valueOf(viewer.regionCode()),
                        "consumerReady", events.ready(), "resumedFrom", resumeFrom == null ? "" : resumeFrom))
                .build());
        // the domain stream registers (and replays what was missed) when the hello is out: what happens in between is
        // kept, so it is replayed too
        return Multi.createBy().concatenating().streams(hello, Multi.createBy().merging().streams(domain, keepAlive));
    }
}
