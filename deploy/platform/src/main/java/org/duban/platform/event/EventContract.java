package org.duban.platform.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's event contract: its AsyncAPI 3 document ({@value #DOCUMENT} on the classpath, served by Quarkus at
 * {@code /asyncapi.yaml} and merged by the gateway), whose {@code components.messages} name each event type
 * ({@code name}) and its data's schema ({@code payload}, JSON Schema draft 7, {@code $ref}s into
 * {@code components.schemas}). {@link Outbox} checks every event it writes to the service's own topic against it,
 * so the document cannot drift from what the service emits: with {@code duban.events.contract.check=fail} (tests)
 * a mismatch fails the write; with {@code log} (the default) it is logged at WARN and counted in
 * {@code duban_events_contract_violations_total{type}}; {@code off} checks nothing. A service without the document
 * (the gateway) has no contract to check. Validation by networknt json-schema-validator.
 */
@ApplicationScoped
public class EventContract {
    static final String DOCUMENT = "META-INF/resources/asyncapi.yaml";
    private static final Logger LOG = Logger.getLogger(EventContract.class);

    /** What a mismatch does. */
    public enum Check { OFF, LOG, FAIL }

    private final Check check;
    private final MeterRegistry registry;
    private final Map<String, JsonSchema> schemas;
    private final boolean present;
    private final Set<String> checked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public EventContract(@ConfigProperty(name = "duban.events.contract.check", defaultValue = "log") String check,
            MeterRegistry registry) {
        this.check = Check.valueOf(check.trim().toUpperCase(java.util.Locale.ROOT));
        this.registry = registry;
        JsonNode document = load();
        this.present = document != null;
        this.schemas = document == null ? Map.of() : schemas(document);
    }

    /** The message types the document names, e.g. {@code duban.tasks.task-assigned.v1}. */
    public Set<String> types() {
        return schemas.keySet();
    }

    /**
     * Checks one event's data against its type's payload schema.
     *
     * @return the violations (empty when it conforms, or when there is nothing to check)
     * @throws IllegalStateException under {@code fail}, when it does not conform or its type is not in the document
     */
    public List<String> check(String type, JsonNode data) {
        if (check == Check.OFF || !present) {
            return List.of();
        }
        JsonSchema schema = schemas.get(type);
        if (schema != null) {
            checked.add(type);
        }
        List<String> violations = schema == null ? List.of("no message named " + type + " in " + DOCUMENT)
                : schema.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
        if (violations.isEmpty()) {
            return violations;
        }
        registry.counter("duban_events_contract_violations_total", "type", type).increment();
        String text = "event " + type + " breaks the service's event contract (" + DOCUMENT + "): " + String.join("; ", violations);
        if (check == Check.FAIL) {
            throw new IllegalStateException(text);
        }
        LOG.warn(text);
        return violations;
    }

    /** The document's types no event has been checked against yet (what a test run did not emit). */
    public Set<String> unchecked() {
        Set<String> out = new java.util.TreeSet<>(schemas.keySet());
        out.removeAll(checked);
        return out;
    }

    /** At shutdown (the end of a test run, too): how much of the contract the events written have covered. */
    void report(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent ignored) {
        if (present && check != Check.OFF) {
            LOG.infof("event contract: %d of %d types checked on events written%s", schemas.size() - unchecked().size(),
                    schemas.size(), unchecked().isEmpty() ? "" : "; not written: " + unchecked());
        }
    }

    private static JsonNode load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : EventContract.class.getClassLoader()).getResourceAsStream(DOCUMENT)) {
            return in == null ? null : new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    /** One schema per message name: its payload, with the document's components.schemas as its definitions. */
    static Map<String, JsonSchema> schemas(JsonNode document) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        JsonNode definitions = rewrite(document.path("components").path("schemas").deepCopy());
        Map<String, JsonSchema> out = new HashMap<>();
        document.path("components").path("messages").forEach(message -> {
            String name = message.path("name").asText(null);
            JsonNode payload = message.path("payload");
            if (name == null || !payload.isObject()) {
                return;
            }
            ObjectNode schema = (ObjectNode) rewrite(payload.deepCopy());
            if (definitions.isObject() && !definitions.isEmpty()) {
                schema.set("definitions", definitions);
            }
            out.put(name, factory.getSchema(schema));
        });
        return out;
    }

    /** {@code #/components/schemas/x} → {@code #/definitions/x}, everywhere in the node. */
    private static JsonNode rewrite(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
                    f.setValue(TextNode.valueOf(f.getValue().asText().replace("#/components/schemas/", "#/definitions/")));
                } else {
                    rewrite(f.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(EventContract::rewrite);
        }
        return node;
    }
}
