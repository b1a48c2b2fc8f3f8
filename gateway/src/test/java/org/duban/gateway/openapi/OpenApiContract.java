package org.duban.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client generator needs of the merged document, as a list of what is wrong (empty when nothing is): an
 * {@code operationId} on every operation, unique and a plain identifier; a summary and a description in Chinese and
 * English on every operation, a description on every parameter; every tag declared with a description; a schema for every answer except 204 and redirects;
 * {@code application/problem+json} with the shared {@code Problem} for every 4xx/5xx; no property typed as a free-form
 * object (or as Jackson's {@code JsonNode}, whose getters are not the JSON) and every object only answers return (never
 * a request body, where the same field may be left out) stating which of its properties are {@code required}.
 */
final class OpenApiContract {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final String SCHEMAS = "#/components/schemas/";
    /** Chinese, then " / ", then English, as the API words everything ("计划列表 / List plans"). */
    private static final Pattern BILINGUAL = Pattern.compile("(?s).*\\p{IsHan}.* / .*[A-Za-z].*");

    private OpenApiContract() {}

    /** Counts of what the document has, for the report a test prints. */
    record Counts(int operations, int parameters, int responses, int schemas) {}

    static Counts count(JsonNode document) {
        int operations = 0;
        int parameters = 0;
        int responses = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations++;
                    parameters += op.getValue().path("parameters").size();
                    responses += op.getValue().path("responses").size();
                }
            }
        }
        return new Counts(operations, parameters, responses, document.path("components").path("schemas").size());
    }

    static List<String> violations(JsonNode document) {
        List<String> wrong = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        Set<String> declaredTags = new HashSet<>();
        for (JsonNode tag : document.path("tags")) {
            declaredTags.add(tag.path("name").asText());
            if (tag.path("description").asText("").isBlank()) {
                wrong.add("tag " + tag.path("name").asText() + ": no description");
            }
        }
        Set<String> answered = new HashSet<>();
        Set<String> requested = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode op = entry.getValue();
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            String id = op.path("operationId").asText("");
            if (id.isEmpty()) {
                wrong.add(where + ": no operationId");
            } else if (!IDENTIFIER.matcher(id).matches()) {
                wrong.add(where + ": operationId " + id + " is not a plain identifier");
            } else if (ids.put(id, where) != null) {
                wrong.add(where + ": operationId " + id + " also names " + ids.get(id));
            }
            if (!BILINGUAL.matcher(op.path("summary").asText("")).matches()) {
                wrong.add(where + ": no summary in Chinese and English");
            }
            if (!BILINGUAL.matcher(op.path("description").asText("")).matches()) {
                wrong.add(where + ": no description in Chinese and English");
            }
            if (op.path("tags").isEmpty()) {
                wrong.add(where + ": no tag");
            }
            for (JsonNode tag : op.path("tags")) {
                if (!declaredTags.contains(tag.asText())) {
                    wrong.add(where + ": tag " + tag.asText() + " is not declared");
                }
            }
            refs(op.path("requestBody"), requested);
            for (JsonNode parameter : op.path("parameters")) {
                if (parameter.path("description").asText("").isBlank()) {
                    wrong.add(where + ": parameter " + parameter.path("name").asText() + " has no description");
                }
            }
            op.path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (status.startsWith("4") || status.startsWith("5")) {
                    if (!SCHEMAS.concat("Problem").equals(content.path("application/problem+json").path("schema").path("$ref").asText())) {
                        wrong.add(where + ": " + status + " is not application/problem+json with Problem");
                    }
                    return;
                }
                if (status.equals("204") || status.startsWith("3")) {
                    return;
                }
                if (content.isEmpty()) {
                    wrong.add(where + ": " + status + " has no content");
                }
                content.fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        wrong.add(where + ": " + status + " " + media.getKey() + " has no schema");
                    }
                    freeForm(where + ": " + status + " " + media.getKey(), schema, wrong);
                    if (schema.path("additionalProperties").asBoolean(false) && !id.equals("getMergedOpenApi")) {
                        wrong.add(where + ": " + status + " is an object of anything (only the OpenAPI document is)");
                    }
                    refs(schema, answered);
                });
            });
        }));
        JsonNode schemas = document.path("components").path("schemas");
        close(answered, schemas);
        close(requested, schemas);
        schemas.fields().forEachRemaining(schema -> {
            if (schema.getKey().equals("JsonNode")) {
                wrong.add("schema JsonNode: Jackson's tree type, not a shape (type the field)");
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                freeForm("schema " + schema.getKey() + "." + property.getKey(), property.getValue(), wrong);
                if (property.getValue().path("additionalProperties").asBoolean(false)) {
                    wrong.add("schema " + schema.getKey() + "." + property.getKey() + ": an object of anything");
                }
            });
            if (answered.contains(schema.getKey()) && !requested.contains(schema.getKey()) && schema.getValue().path("properties").size() > 0
                    && schema.getValue().path("required").isEmpty()) {
                wrong.add("schema " + schema.getKey() + ": answered but declares no required property");
            }
        });
        return wrong;
    }

    /** An object without properties, additional properties or a reference says nothing a client can type. */
    private static void freeForm(String where, JsonNode schema, List<String> wrong) {
        if (schema.path("$ref").asText().equals(SCHEMAS + "JsonNode")) {
            wrong.add(where + ": typed as JsonNode");
        }
        boolean object = schema.path("type").asText().equals("object")
                || (schema.path("type").isArray() && schema.path("type").toString().contains("\"object\""));
        if (object && !schema.has("properties") && !schema.has("additionalProperties") && !schema.has("$ref")
                && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf")) {
            wrong.add(where + ": a free-form object");
        }
        if (schema.has("items")) {
            freeForm(where + "[]", schema.get("items"), wrong);
        }
    }

    private static void refs(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            String ref = node.path("$ref").asText("");
            if (ref.startsWith(SCHEMAS)) {
                names.add(ref.substring(SCHEMAS.length()));
            }
            node.elements().forEachRemaining(child -> refs(child, names));
        } else if (node.isArray()) {
            node.forEach(child -> refs(child, names));
        }
    }

    private static void close(Set<String> names, JsonNode schemas) {
        List<String> todo = new ArrayList<>(names);
        while (!todo.isEmpty()) {
            Set<String> found = new HashSet<>();
            refs(schemas.path(todo.remove(todo.size() - 1)), found);
            for (String name : found) {
                if (names.add(name)) {
                    todo.add(name);
                }
            }
        }
    }
}
