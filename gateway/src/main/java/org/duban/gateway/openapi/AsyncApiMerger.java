package org.duban.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The suite's AsyncAPI 3 document from the producing services' own ({@code /asyncapi.yaml} of each, the documents
 * their events are checked against): channels, operations, messages and schemas of each, under one info block and
 * the Kafka server. A schema or message name two services use for different shapes is renamed
 * {@code <service>_<name>} in the second and its {@code $ref}s rewritten; {@code x-duban-services} says which
 * services were {@code included} or {@code unavailable}. No copy of any event shape is kept here.
 */
public final class AsyncApiMerger {

    /** A service's document, or null when it could not be fetched. */
    public record Source(String service, JsonNode document) {
    }

    private static final String DESCRIPTION = """
            Every event is a CloudEvents 1.0 JSON document (id, source, type, subject, time, datacontenttype, data),
            written through the producing service's outbox in the transaction of the change and keyed in Kafka by its
            subject (the aggregate id). Consumers read `data` tolerantly and deduplicate by `id`. Each service's part
            of this document is the contract its events are checked against when they are written.
            The gateway streams the events a caller may see at GET /api/gateway/events (text/event-stream; SSE event
            name = the CloudEvent type). 督办系统领域事件。
            """;

    private AsyncApiMerger() {
    }

    public static ObjectNode merge(List<Source> sources) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("asyncapi", "3.0.0");
        ObjectNode info = out.putObject("info");
        info.put("title", "Duban domain events");
        info.put("version", "1.0.0");
        info.put("description", DESCRIPTION);
        out.put("defaultContentType", "application/cloudevents+json");
        ObjectNode kafka = out.putObject("servers").putObject("kafka");
        kafka.put("host", "127.0.0.1:9092");
        kafka.put("protocol", "kafka");
        ObjectNode channels = out.putObject("channels");
        ObjectNode operations = out.putObject("operations");
        ObjectNode components = out.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        ObjectNode status = out.putObject("x-duban-services");
        for (Source source : sources) {
            if (source.document() == null || !source.document().isObject()) {
                status.put(source.service(), "unavailable");
                continue;
            }
            ObjectNode doc = source.document().deepCopy();
            renameClashes(doc, "schemas", schemas, source.service());
            renameClashes(doc, "messages", messages, source.service());
            putAll(channels, doc.path("channels"));
            putAll(operations, doc.path("operations"));
            putAll(schemas, doc.path("components").path("schemas"));
            putAll(messages, doc.path("components").path("messages"));
            status.put(source.service(), "included");
        }
        return out;
    }

    private static void putAll(ObjectNode into, JsonNode from) {
        from.fields().forEachRemaining(e -> into.set(e.getKey(), e.getValue()));
    }

    /** Renames the document's components of {@code kind} whose name is taken by a different shape, and their refs. */
    private static void renameClashes(ObjectNode doc, String kind, ObjectNode merged, String service) {
        JsonNode own = doc.path("components").path(kind);
        if (!own.isObject()) {
            return;
        }
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = own.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode taken = merged.get(e.getKey());
            if (taken != null && !taken.equals(e.getValue())) {
                String name = service.replace("-service", "") + "_" + e.getKey();
                renamed.set(name, e.getValue());
                rewriteRefs(doc, "#/components/" + kind + "/" + e.getKey(), "#/components/" + kind + "/" + name);
            } else {
                renamed.set(e.getKey(), e.getValue());
            }
        }
        ((ObjectNode) doc.path("components")).set(kind, renamed);
    }

    private static void rewriteRefs(JsonNode node, String from, String to) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref") && e.getValue().asText().equals(from)) {
                    e.setValue(TextNode.valueOf(to));
                } else {
                    rewriteRefs(e.getValue(), from, to);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> rewriteRefs(n, from, to));
        }
    }
}
