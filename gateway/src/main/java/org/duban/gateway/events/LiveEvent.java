package org.duban.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;

/** A domain event as read from Kafka: the CloudEvent's attributes, its data, and the topic it came on. */
public record LiveEvent(String id, String type, String source, String subject, String time, String topic, JsonNode data) {

    /** The type of the event that opens a resumed stream whose Last-Event-ID is older than what is kept. */
    public static final String GAP = "duban.gateway.stream-gap";

    /**
     * The first event of a stream that asked to resume after {@code lastEventId} when that event is no longer kept
     * (older than the retention window, or seen by another gateway instance): events may have been missed, so the
     * client reloads what it shows. Its data is {@code {lastEventId}}; it has no id, so the client's Last-Event-ID stays.
     */
    static LiveEvent gap(String lastEventId) {
        return new LiveEvent(null, GAP, "/duban/gateway", null, java.time.OffsetDateTime.now().toString(), null,
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("lastEventId", lastEventId));
    }

    /** Reads a CloudEvent JSON; null when the record is not one (a live stream skips it, it does not fail). */
    public static LiveEvent of(String topic, JsonNode event) {
        if (event == null || !event.isObject() || !event.hasNonNull("type")) {
            return null;
        }
        return new LiveEvent(text(event, "id"), text(event, "type"), text(event, "source"), text(event, "subject"),
                text(event, "time"), topic, event.path("data"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
