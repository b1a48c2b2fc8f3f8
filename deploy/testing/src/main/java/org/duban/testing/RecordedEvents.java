package org.duban.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assertions;

/**
 * Events as a producer really emitted them, recorded by the producer's tests and replayed into the
 * consumers' tests, so no consumer is tested only against events it invented (the contract between services).
 *
 * <p>A recording is {@code contracts/<producer>/<scenario>.jsonl} on the classpath (source:
 * {@code deploy/testing/src/main/resources/contracts/}): one line per event,
 * {@code {"topic":…,"key":…,"type":…,"data":{…}}}, in the order the producer sent them. Values that differ
 * between runs are normalised when recorded: every identifier (a field named {@code id} or ending in
 * {@code Id}, and the record key) becomes {@code @id:N} (N in order of first appearance), every field
 * ending in {@code At} or named {@code time} becomes {@code @time}.
 *
 * <p>Producer side: {@link #verifyOrRecord} compares what the test just saw with the committed recording
 * and fails on any difference; {@code -Dduban.contracts.record=true} rewrites the file instead (review the
 * diff, commit it, and the consumers' tests then run against the new shape). Consumer side:
 * {@link #replay} gives the events with fresh identifiers ({@code @id:N} → {@code <prefix>-N}) ready to send.
 */
public final class RecordedEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String ID = "@id:";

    /** One recorded event: Kafka topic and key, CloudEvent type and its {@code data}. */
    public record Recorded(String topic, String key, String type, JsonNode data) {

        /** The event as a CloudEvent JSON text, as the outbox relay sends it. */
        public String cloudEvent(String source) {
            ObjectNode e = JsonNodeFactory.instance.objectNode();
            e.put("specversion", "1.0");
            e.put("id", UUID.randomUUID().toString());
            e.put("source", source);
            e.put("type", type);
            e.put("subject", key);
            e.put("time", "2026-01-01T00:00:00Z");
            e.put("datacontenttype", "application/json");
            e.set("data", data);
            return e.toString();
        }
    }

    /** A recording with fresh identifiers: {@code id(n)} is what {@code @id:n} became. */
    public record Replay(String prefix, List<Recorded> events) {

        public String id(int n) {
            return prefix + "-" + n;
        }

        /** The events of one type, in order. */
        public List<Recorded> ofType(String type) {
            return events.stream().filter(e -> e.type().equals(type)).toList();
        }

        /** Sends every event, in order, to the test broker ({@code source} is the producer's CloudEvent source). */
        public void sendAll(String source) {
            KafkaTestClient kafka = KafkaTestClient.forTestBroker();
            for (Recorded e : events) {
                kafka.send(e.topic(), e.key(), e.cloudEvent(source));
            }
        }
    }

    private RecordedEvents() {
    }

    /** The committed recording, identifiers left as {@code @id:N}. */
    public static List<Recorded> load(String producer, String scenario) {
        String resource = "/contracts/" + producer + "/" + scenario + ".jsonl";
        try (InputStream in = RecordedEvents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no recording " + resource + ": run the producer's contract test with -Dduban.contracts.record=true");
            }
            List<Recorded> events = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = MAPPER.readTree(line);
                    events.add(new Recorded(n.get("topic").asText(), n.get("key").asText(), n.get("type").asText(), n.get("data")));
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed recording with every {@code @id:N} replaced by {@code <fresh prefix>-N}. */
    public static Replay replay(String producer, String scenario) {
        String prefix = "r" + UUID.randomUUID().toString().substring(0, 8);
        UnaryOperator<String> fresh = s -> s.startsWith(ID) ? prefix + "-" + s.substring(ID.length()) : s;
        List<Recorded> events = load(producer, scenario).stream()
                .map(e -> new Recorded(e.topic(), fresh.apply(e.key()), e.type(), mapText(e.data(), fresh)))
                .toList();
        return new Replay(prefix, events);
    }

    /**
     * Normalises events just read from the producer's topic ({@code received}: key and CloudEvent) and
     * compares them with the committed recording; with {@code -Dduban.contracts.record=true} writes them.
     *
     * @throws AssertionError when the producer's output differs from the recording (the message shows both)
     */
    public static void verifyOrRecord(String producer, String scenario, String topic, List<KafkaTestClient.Received> received) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (KafkaTestClient.Received r : received) {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("topic", topic);
            line.put("key", ids.computeIfAbsent(r.key(), k -> ID + (ids.size() + 1)));
            line.put("type", r.event().path("type").asText());
            line.set("data", normalise(r.event().path("data"), null, ids));
            try {
                lines.add(MAPPER.writeValueAsString(MAPPER.treeToValue(line, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String actual = String.join("\n", lines) + "\n";
        Path source = Path.of(System.getProperty("duban.repo.root", "..")).toAbsolutePath().normalize()
                .resolve("deploy/testing/src/main/resources/contracts").resolve(producer).resolve(scenario + ".jsonl");
        try {
            if (Boolean.getBoolean("duban.contracts.record")) {
                Files.createDirectories(source.getParent());
                Files.writeString(source, actual, StandardCharsets.UTF_8);
                System.err.println("RECORDED " + received.size() + " events to " + source);
                return;
            }
            String expected = Files.isRegularFile(source) ? Files.readString(source, StandardCharsets.UTF_8) : "";
            Assertions.assertEquals(expected, actual, producer + " no longer emits what " + source
                    + " records for its consumers; if the change is intended, re-record with -Dduban.contracts.record=true and run the consumers' tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode normalise(JsonNode node, String field, Map<String, String> ids) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                out.set(f.getKey(), normalise(f.getValue(), f.getKey(), ids));
            }
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(normalise(n, field, ids)));
            return out;
        }
        if (field != null && !node.isNull() && node.isValueNode()) {
            if (field.equals("id") || field.endsWith("Id") || field.endsWith("Ids")) {
                return TextNode.valueOf(ids.computeIfAbsent(node.asText(), k -> ID + (ids.size() + 1)));
            }
            if (field.endsWith("At") || field.equals("time")) {
                return TextNode.valueOf("@time");
            }
        }
        return node;
    }

    private static JsonNode mapText(JsonNode node, UnaryOperator<String> f) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), mapText(e.getValue(), f)));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(mapText(n, f)));
            return out;
        }
        return node.isTextual() ? TextNode.valueOf(f.apply(node.asText())) : node;
    }
}
