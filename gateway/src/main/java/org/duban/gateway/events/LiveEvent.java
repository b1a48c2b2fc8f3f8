package org.duban.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;

/** A domain event as read from Kafka: the CloudEvent's attributes, its data, and the topic it came on. */
public record LiveEvent(String id, String type, String source, String subject, String time, String topic, JsonNode data) {

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
