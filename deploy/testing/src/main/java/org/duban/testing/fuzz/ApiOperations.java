package org.duban.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a service as its own OpenAPI 3 document describes them ({@code /q/openapi?format=json}): path,
 * method, parameters, request body media types with their schemas, and the roles its security requirement names.
 * Every {@code $ref} to {@code #/components/schemas/…} is resolved, and {@code allOf} is merged, so that a schema here
 * is self-contained (a recursive reference stops after a few levels and is left as an empty object schema).
 */
public final class ApiOperations {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int MAX_REF_DEPTH = 6;

    /** One parameter: {@code in} is path, query or header. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /**
     * One operation. {@code bodies} maps each accepted media type to its resolved schema (empty when the operation
     * takes no body); {@code roles} are those of its security requirement (empty: none named, anyone may try);
     * {@code secured} is whether the document names a security requirement at all; {@code produces} are the media
     * types of its answers.
     */
    public record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies,
            Set<String> roles, boolean secured, Set<String> produces) {

        /** "POST /api/tasks/plans/{id}/publish". */
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode schemas;

    private ApiOperations(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    /** Reads the operations of an OpenAPI 3 JSON document, in the document's order. */
    public static List<Operation> read(String openApiJson) {
        JsonNode document;
        try {
            document = MAPPER.readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException("not an OpenAPI JSON document", e);
        }
        return new ApiOperations(document).operations(document);
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = list(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations.add(operation(path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue(), shared));
            }
        }
        return operations;
    }

    private Operation operation(String path, String method, JsonNode op, List<JsonNode> shared) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        List<JsonNode> all = new ArrayList<>(shared);
        all.addAll(list(op.path("parameters")));
        for (JsonNode p : all) {
            JsonNode parameter = deref(p, 0);
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            parameters.put(in + ":" + name, new Parameter(name, in, parameter.path("required").asBoolean("path".equals(in)),
                    resolve(parameter.path("schema"), 0)));
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode requestBody = deref(op.path("requestBody"), 0);
        for (Iterator<Map.Entry<String, JsonNode>> media = requestBody.path("content").fields(); media.hasNext();) {
            Map.Entry<String, JsonNode> m = media.next();
            bodies.put(m.getKey(), resolve(m.getValue().path("schema"), 0));
        }
        Set<String> roles = new LinkedHashSet<>();
        boolean secured = op.has("security") && !op.path("security").isEmpty();
        for (JsonNode requirement : list(op.path("security"))) {
            requirement.fields().forEachRemaining(scheme -> list(scheme.getValue()).forEach(r -> roles.add(r.asText())));
        }
        Set<String> produces = new LinkedHashSet<>();
        op.path("responses").forEach(response -> response.path("content").fieldNames().forEachRemaining(produces::add));
        return new Operation(method, path, List.copyOf(parameters.values()), bodies, roles, secured, produces);
    }

    private JsonNode deref(JsonNode node, int depth) {
        JsonNode current = node;
        while (current.has("$ref") && depth < MAX_REF_DEPTH) {
            current = lookup(current.path("$ref").asText());
            depth++;
        }
        return current;
    }

    private JsonNode lookup(String ref) {
        String prefix = "#/components/schemas/";
        if (ref.startsWith(prefix)) {
            return schemas.path(ref.substring(prefix.length()));
        }
        return MAPPER.createObjectNode();
    }

    /** The schema with every reference replaced by its target, allOf merged, to {@link #MAX_REF_DEPTH} levels. */
    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return MAPPER.createObjectNode();
        }
        if (schema.has("$ref")) {
            if (depth >= MAX_REF_DEPTH) {
                return MAPPER.createObjectNode();
            }
            ObjectNode merged = resolve(lookup(schema.path("$ref").asText()), depth + 1).deepCopy();
            schema.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            return merged;
        }
        ObjectNode out = MAPPER.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> f = fields.next();
            switch (f.getKey()) {
                case "properties" -> {
                    ObjectNode props = MAPPER.createObjectNode();
                    f.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                    out.set("properties", props);
                }
                case "items", "additionalProperties", "not" -> out.set(f.getKey(),
                        f.getValue().isObject() ? resolve(f.getValue(), depth + 1) : f.getValue());
                case "allOf" -> {
                    for (JsonNode part : f.getValue()) {
                        JsonNode resolved = resolve(part, depth + 1);
                        resolved.fields().forEachRemaining(p -> {
                            if (p.getKey().equals("properties") && out.has("properties")) {
                                ((ObjectNode) out.get("properties")).setAll((ObjectNode) p.getValue());
                            } else if (p.getKey().equals("required") && out.has("required")) {
                                out.withArray("required").addAll((com.fasterxml.jackson.databind.node.ArrayNode) p.getValue());
                            } else {
                                out.set(p.getKey(), p.getValue());
                            }
                        });
                    }
                }
                case "oneOf", "anyOf" -> {
                    com.fasterxml.jackson.databind.node.ArrayNode alternatives = out.putArray(f.getKey());
                    f.getValue().forEach(a -> alternatives.add(resolve(a, depth + 1)));
                }
                default -> out.set(f.getKey(), f.getValue());
            }
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }
}
