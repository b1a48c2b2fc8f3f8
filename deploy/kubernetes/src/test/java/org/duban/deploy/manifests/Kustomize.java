package org.duban.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize the manifests of
 * {@code deploy/kubernetes} use, so that the consistency test checks what a cluster would receive without a
 * cluster or the kustomize binary: {@code resources} (files and directories), {@code configMapGenerator} (files,
 * without name hash), {@code labels} (metadata only), {@code patches} (strategic merge, including
 * {@code $patch: delete}, and JSON 6902 add/replace/remove, with or without a {@code target} of kind and name),
 * {@code images} (newName, newTag) and {@code namespace}.
 *
 * <p>Anything else in a kustomization is refused with {@link IllegalArgumentException}, so a manifest never uses
 * a feature this rendering would silently ignore. Strategic merge follows Kustomize: lists of named maps in the
 * built-in kinds (containers, env, ports, volumes) merge by {@code name}; in custom resources (Strimzi,
 * CloudNativePG) a list in a patch replaces the list.
 */
final class Kustomize {

    private static final Set<String> KEYS = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "patches", "configMapGenerator", "generatorOptions", "labels");
    private static final Set<String> BUILT_IN = Set.of("Deployment", "Service", "ConfigMap", "Secret",
            "PodDisruptionBudget", "HorizontalPodAutoscaler", "Ingress");

    private Kustomize() {}

    /** The YAML documents of a file, in order (empty documents left out); each a mutable map. */
    static List<Map<String, Object>> load(Path file) {
        try {
            return loadText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> loadText(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : yaml().loadAll(text)) {
            if (doc instanceof Map<?, ?> map) {
                docs.add((Map<String, Object>) map);
            } else if (doc != null) {
                throw new IllegalArgumentException("a manifest document is not a mapping: " + doc);
            }
        }
        return docs;
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    /**
     * Renders the kustomization in {@code dir}.
     *
     * @return the objects, in the order Kustomize emits resources (before its sort by kind)
     * @throws IllegalArgumentException on a key or patch this rendering does not support, or a patch that matches
     *         nothing
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> k = load(file).get(0);
        for (String key : k.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": '" + key + "' is not supported by the test's rendering");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) k.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? render(path) : load(path));
        }
        Map<String, Object> options = (Map<String, Object>) k.getOrDefault("generatorOptions", Map.of());
        for (Map<String, Object> generator : (List<Map<String, Object>>) k.getOrDefault("configMapGenerator", List.of())) {
            if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
                throw new IllegalArgumentException(file + ": configMapGenerator needs generatorOptions.disableNameSuffixHash");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            for (String f : (List<String>) generator.get("files")) {
                Path path = dir.resolve(f).normalize();
                try {
                    data.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            objects.add(new LinkedHashMap<>(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                    "metadata", new LinkedHashMap<>(Map.of("name", generator.get("name"))), "data", data)));
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) k.getOrDefault("patches", List.of())) {
            applyPatch(dir, patch, objects);
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) k.getOrDefault("images", List.of())) {
            objects.forEach(o -> containers(o).forEach(c -> retag(c, image)));
        }
        for (Map<String, Object> label : (List<Map<String, Object>>) k.getOrDefault("labels", List.of())) {
            if (Boolean.TRUE.equals(label.get("includeSelectors")) || Boolean.TRUE.equals(label.get("includeTemplates"))) {
                throw new IllegalArgumentException(file + ": labels with includeSelectors/includeTemplates are not supported");
            }
            Map<String, Object> pairs = (Map<String, Object>) label.get("pairs");
            objects.forEach(o -> ((Map<String, Object>) metadata(o).computeIfAbsent("labels", x -> new LinkedHashMap<>()))
                    .putAll(pairs));
        }
        if (k.get("namespace") != null) {
            objects.forEach(o -> metadata(o).put("namespace", k.get("namespace")));
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", x -> new LinkedHashMap<>());
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(metadata(object).get("name"));
    }

    /** The containers and init containers of a workload's pod template (none for other kinds). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> object) {
        Object pod = Json.at(object, "spec", "template", "spec");
        if (!(pod instanceof Map<?, ?> spec)) {
            return List.of();
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (String key : List.of("initContainers", "containers")) {
            if (spec.get(key) instanceof List<?> list) {
                list.forEach(c -> all.add((Map<String, Object>) c));
            }
        }
        return all;
    }

    private static void retag(Map<String, Object> container, Map<String, Object> image) {
        String ref = String.valueOf(container.get("image"));
        int colon = ref.lastIndexOf(':');
        String name = colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
        String tag = colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : null;
        if (!name.equals(image.get("name"))) {
            return;
        }
        String newName = image.get("newName") != null ? (String) image.get("newName") : name;
        String newTag = image.get("newTag") != null ? String.valueOf(image.get("newTag")) : tag;
        container.put("image", newTag == null ? newName : newName + ":" + newTag);
    }

    @SuppressWarnings("unchecked")
    private static void applyPatch(Path dir, Map<String, Object> spec, List<Map<String, Object>> objects) {
        String text;
        try {
            text = spec.get("path") != null ? Files.readString(dir.resolve((String) spec.get("path")), StandardCharsets.UTF_8)
                    : (String) spec.get("patch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object body = yaml().load(text);
        Map<String, Object> target = (Map<String, Object>) spec.get("target");
        List<Map<String, Object>> matched = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            boolean matches = target != null
                    ? (target.get("kind") == null || target.get("kind").equals(o.get("kind")))
                            && (target.get("name") == null || target.get("name").equals(name(o)))
                    : body instanceof Map<?, ?> patch && patch.get("kind").equals(o.get("kind"))
                            && name((Map<String, Object>) patch).equals(name(o));
            if (matches) {
                matched.add(o);
            }
        }
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(dir + ": a patch matches no resource: " + spec);
        }
        for (Map<String, Object> o : matched) {
            if (body instanceof List<?> ops) {
                ops.forEach(op -> Json.apply(o, (Map<String, Object>) op));
            } else if ("delete".equals(((Map<String, Object>) body).get("$patch"))) {
                objects.remove(o);
            } else {
                Map<String, Object> patch = new LinkedHashMap<>((Map<String, Object>) body);
                patch.remove("apiVersion");
                patch.remove("kind");
                if (target != null) {
                    patch.remove("metadata");
                }
                merge(o, patch, BUILT_IN.contains(o.get("kind")));
            }
        }
    }

    /** Strategic merge of {@code patch} into {@code into}; a null value deletes the key. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> patch, boolean mergeNamedLists) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            Object current = into.get(e.getKey());
            Object value = e.getValue();
            if (value == null) {
                into.remove(e.getKey());
            } else if (current instanceof Map<?, ?> c && value instanceof Map<?, ?> v) {
                merge((Map<String, Object>) c, (Map<String, Object>) v, mergeNamedLists);
            } else if (mergeNamedLists && current instanceof List<?> c && value instanceof List<?> v && named(c) && named(v)) {
                for (Object item : v) {
                    Map<String, Object> patchItem = (Map<String, Object>) item;
                    Map<String, Object> existing = null;
                    for (Iterator<?> it = c.iterator(); it.hasNext(); ) {
                        Map<String, Object> candidate = (Map<String, Object>) it.next();
                        if (candidate.get("name").equals(patchItem.get("name"))) {
                            existing = candidate;
                        }
                    }
                    if (existing != null) {
                        merge(existing, patchItem, true);
                    } else {
                        ((List<Object>) c).add(patchItem);
                    }
                }
            } else {
                into.put(e.getKey(), value);
            }
        }
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }
}
