package org.duban.deploy.manifests;

import java.util.List;
import java.util.Map;

/** Paths into parsed YAML/JSON trees (maps and lists) and JSON Patch (RFC 6902) add/replace/remove. */
final class Json {

    private Json() {}

    /** The value at a path of map keys and list indexes (as strings or integers); null when any step is missing. */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(String.valueOf(step));
            } else if (current instanceof List<?> list && step instanceof Integer i) {
                current = i < list.size() ? list.get(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    /** The text at a path, or null. */
    static String text(Object node, Object... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    /** The list at a path, or an empty list. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, Object... path) {
        return at(node, path) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /**
     * Applies one JSON Patch operation ({@code op} add, replace or remove; {@code path} a JSON pointer).
     *
     * @throws IllegalArgumentException for another operation, or replace/remove of a path that does not exist
     *         (Kustomize fails on those too)
     */
    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> root, Map<String, Object> op) {
        String[] steps = String.valueOf(op.get("path")).substring(1).split("/", -1);
        Object parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = at(parent, step(parent, steps[i]));
            if (parent == null) {
                throw new IllegalArgumentException("JSON patch path " + op.get("path") + " does not exist");
            }
        }
        String last = steps[steps.length - 1].replace("~1", "/").replace("~0", "~");
        String kind = String.valueOf(op.get("op"));
        if (parent instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (!kind.equals("add") && !m.containsKey(last)) {
                throw new IllegalArgumentException("JSON patch " + kind + " of " + op.get("path") + ": no such field");
            }
            switch (kind) {
                case "add", "replace" -> m.put(last, op.get("value"));
                case "remove" -> m.remove(last);
                default -> throw new IllegalArgumentException("JSON patch op " + kind + " is not supported");
            }
        } else if (parent instanceof List<?> list) {
            List<Object> l = (List<Object>) list;
            int index = last.equals("-") ? l.size() : Integer.parseInt(last);
            switch (kind) {
                case "add" -> l.add(index, op.get("value"));
                case "replace" -> l.set(index, op.get("value"));
                case "remove" -> l.remove(index);
                default -> throw new IllegalArgumentException("JSON patch op " + kind + " is not supported");
            }
        } else {
            throw new IllegalArgumentException("JSON patch path " + op.get("path") + " does not exist");
        }
    }

    private static Object step(Object parent, String raw) {
        String step = raw.replace("~1", "/").replace("~0", "~");
        return parent instanceof List<?> ? Integer.valueOf(step) : step;
    }
}
