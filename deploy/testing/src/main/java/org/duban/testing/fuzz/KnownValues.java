package org.duban.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Identifiers and codes seen in the service's successful answers, so that generated requests also reach rows that
 * exist (an update of a real plan, a report of a real task) rather than only answering 404. Values are kept per
 * collection path ({@code /api/tasks/plans/} for the {@code id} of {@code /api/tasks/plans/{id}}) and per field name
 * ({@code planId}, {@code taskId}, {@code code}), at most {@value #MAX} of each.
 *
 * <p>Only rows of the fuzz's own region are learnt (an object with another {@code regionCode} is passed over), and
 * never a value {@link #spare spared}: the fuzz changes its own data, not the data other tests of the module use.
 */
public final class KnownValues {
    private static final int MAX = 200;
    private final Map<String, List<String>> byCollection = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();
    private final String region;
    private final java.util.Set<String> spared;

    /** Learns rows of {@code region} only, and never the {@code spared} values. */
    public KnownValues(String region, java.util.Set<String> spared) {
        this.region = region;
        this.spared = java.util.Set.copyOf(spared);
    }

    private boolean foreign(JsonNode node) {
        return node.isObject() && node.path("regionCode").isTextual() && !node.path("regionCode").asText().equals(region);
    }

    /** Learns from a 2xx JSON answer to an operation whose path template is {@code template}. */
    public void learn(Random random, String template, JsonNode answer) {
        String collection = template.matches(".*/\\{[^/]+}$") ? template.substring(0, template.lastIndexOf('{')) : template + "/";
        if (foreign(answer)) {
            return;
        }
        if (answer.has("id")) {
            add(random, byCollection, collection, answer.get("id"));
        }
        if (answer.path("items").isArray() && !template.matches(".*/\\{[^/]+}$")) {
            answer.get("items").forEach(item -> {
                if (!foreign(item)) {
                    add(random, byCollection, collection, item.get("id"));
                }
            });
        }
        names(random, answer, 0);
    }

    private void names(Random random, JsonNode node, int depth) {
        if (depth > 6 || foreign(node)) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = f.getKey();
                if (f.getValue().isValueNode() && (name.endsWith("Id") || name.equals("code") || name.endsWith("Code") || name.equals("login"))) {
                    add(random, byName, name, f.getValue());
                } else {
                    names(random, f.getValue(), depth + 1);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node) {
                if (i++ > 20) {
                    break;
                }
                names(random, item, depth + 1);
            }
        }
    }

    private void add(Random random, Map<String, List<String>> pools, String key, JsonNode value) {
        if (value == null || value.isNull() || !value.isValueNode() || value.asText().isEmpty() || spared.contains(value.asText())) {
            return;
        }
        List<String> pool = pools.computeIfAbsent(key, k -> new ArrayList<>());
        String text = value.asText();
        if (pool.contains(text)) {
            return;
        }
        if (pool.size() < MAX) {
            pool.add(text);
        } else {
            pool.set(random.nextInt(MAX), text);
        }
    }

    /**
     * A known value for a path parameter of {@code collection} or a field called {@code name}, four times in five
     * when one is known; null otherwise.
     */
    public String pick(Random random, String collection, String name) {
        List<String> pool = collection != null ? byCollection.get(collection) : null;
        if (pool == null || pool.isEmpty()) {
            pool = byName.get(name);
        }
        if (pool == null || pool.isEmpty() || random.nextInt(5) == 0) {
            return null;
        }
        return pool.get(random.nextInt(pool.size()));
    }
}
