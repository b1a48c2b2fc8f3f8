package org.duban.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the gateway's own OpenAPI document with the services' into one: every path once (the first
 * document that has it wins), components merged (a schema name two services use for different shapes
 * is renamed after its service and its references rewritten), operation ids made unique (a clash is prefixed with the
 * service, {@code progressCreate}), and one pair
 * of security schemes — bearer JWT and the {@code X-API-Key} header — for the whole API. Plain Java
 * over Jackson trees, so it is tested with fixture documents.
 */
public final class OpenApiMerger {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {}

    /** One service's document, or null when the service did not answer. */
    public record Source(String service, JsonNode document) {}

    public static ObjectNode merge(JsonNode gateway, List<Source> services) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", gateway.path("openapi").asText("3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Duban API");
        info.put("version", gateway.path("info").path("version").asText("1.0.0"));
        info.put("description", "The whole suite behind one gateway: tasks, progress, indicators, and the gateway's own "
                + "auth, dashboards and live events. Log in at POST /api/auth/login and send the token as "
                + "`Authorization: Bearer …`, or send an API key as `X-API-Key`. 督办系统统一接口。");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        Set<String> operationIds = new HashSet<>();
        ObjectNode status = JSON.createObjectNode();

        add("gateway", gateway, paths, components, tags, tagNames, operationIds);
        for (Source source : services) {
            if (source.document() == null) {
                status.put(source.service(), "unavailable");
                continue;
            }
            status.put(source.service(), "included");
            add(source.service(), source.document(), paths, components, tags, tagNames, operationIds);
        }
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A token from POST /api/auth/login (or from the OIDC provider in production)");
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "A machine client's key from POST /api/gateway/api-keys");
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray("bearer");
        security.addObject().putArray("apiKey");
        normaliseSecurity(paths);
        merged.set("x-duban-services", status);
        return merged;
    }

    private static void add(String service, JsonNode document, ObjectNode paths, ObjectNode components, ArrayNode tags,
            Set<String> tagNames, Set<String> operationIds) {
        JsonNode doc = document.deepCopy();
        Map<String, String> renames = new HashMap<>();
        JsonNode schemas = doc.path("components").path("schemas");
        ObjectNode existing = components.has("schemas") ? (ObjectNode) components.get("schemas") : null;
        if (existing != null) {
            schemas.fieldNames().forEachRemaining(name -> {
                if (existing.has(name) && !existing.get(name).equals(schemas.get(name))) {
                    renames.put(name, prefix(service) + name);
                }
            });
            // a schema that reads the same but refers to a renamed one ({pager, items: Row} of another Row) is another
            // shape too: rename it as well, until nothing more changes
            boolean more = !renames.isEmpty();
            while (more) {
                more = false;
                for (Iterator<String> names = schemas.fieldNames(); names.hasNext();) {
                    String name = names.next();
                    if (existing.has(name) && !renames.containsKey(name) && refersTo(schemas.get(name), renames.keySet())) {
                        renames.put(name, prefix(service) + name);
                        more = true;
                    }
                }
            }
        }
        if (!renames.isEmpty()) {
            rewriteRefs(doc, renames);
        }
        for (String kind : COMPONENT_KINDS) {
            JsonNode from = doc.path("components").path(kind);
            if (!from.isObject() || from.isEmpty()) {
                continue;
            }
            ObjectNode into = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
            from.fields().forEachRemaining(entry -> {
                String name = "schemas".equals(kind) ? renames.getOrDefault(entry.getKey(), entry.getKey()) : entry.getKey();
                if (!into.has(name)) {
                    into.set(name, entry.getValue());
                }
            });
        }
        doc.path("paths").fields().forEachRemaining(entry -> {
            if (paths.has(entry.getKey()) || !entry.getKey().startsWith("/api/")) {
                return;
            }
            JsonNode item = entry.getValue();
            item.fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey()) && op.getValue().isObject()) {
                    ObjectNode operation = (ObjectNode) op.getValue();
                    String id = operation.path("operationId").asText(null);
                    if (id != null && !operationIds.add(id)) {
                        // still an identifier every generator takes: progress-service's "create" → "progressCreate"
                        String unique = service.replace("-service", "") + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                        operation.put("operationId", unique);
                        operationIds.add(unique);
                    }
                    operation.put("x-duban-service", service);
                }
            });
            paths.set(entry.getKey(), item);
        });
        for (JsonNode tag : doc.path("tags")) {
            if (tagNames.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }
    }

    /** Operation-level security names the merged schemes; an operation without any inherits both. */
    private static void normaliseSecurity(ObjectNode paths) {
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey()) || !op.getValue().isObject()) {
                return;
            }
            ObjectNode operation = (ObjectNode) op.getValue();
            JsonNode security = operation.get("security");
            if (security != null && security.isArray() && !security.isEmpty()) {
                ArrayNode both = operation.putArray("security");
                both.addObject().putArray("bearer");
                both.addObject().putArray("apiKey");
            }
        }));
    }

    private static boolean refersTo(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")
                    && names.contains(ref.asText().substring("#/components/schemas/".length()))) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (refersTo(child, names)) {
                return true;
            }
        }
        return false;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                String name = ref.asText().substring("#/components/schemas/".length());
                if (renames.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf("#/components/schemas/" + renames.get(name)));
                }
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                rewriteRefs(it.next(), renames);
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static String prefix(String service) {
        String name = service.replace("-service", "");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
