package org.duban.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's AsyncAPI from the three services' own documents (read from their modules, as they ship them). */
class AsyncApiMergerTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode document(String service) throws Exception {
        return YAML.readTree(Files.readString(Path.of("..", service, "src/main/resources/META-INF/resources/asyncapi.yaml")));
    }

    @Test
    void mergesEveryServicesChannelsMessagesAndSchemas() throws Exception {
        ObjectNode merged = AsyncApiMerger.merge(List.of(new AsyncApiMerger.Source("tasks-service", document("tasks-service")),
                new AsyncApiMerger.Source("progress-service", document("progress-service")),
                new AsyncApiMerger.Source("indicators-service", document("indicators-service"))));
        assertEquals("3.0.0", merged.path("asyncapi").asText());
        List<String> addresses = new ArrayList<>();
        merged.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertEquals(List.of("duban.tasks.v1", "duban.progress.v1", "duban.indicators.v1"), addresses);
        List<String> types = new ArrayList<>();
        merged.path("components").path("messages").forEach(m -> types.add(m.path("name").asText()));
        assertEquals(21, types.size(), types.toString());
        assertTrue(types.containsAll(List.of("duban.tasks.task-assigned.v1", "duban.progress.unit-urged.v1",
                "duban.indicators.indicator-evaluated.v1")), types.toString());
        // every $ref points at something the merged document has
        List<String> dangling = new ArrayList<>();
        refs(merged, merged, dangling);
        assertEquals(List.of(), dangling);
        assertEquals("included", merged.path("x-duban-services").path("progress-service").asText());
    }

    /**
     * A comma inside an unquoted description of a YAML flow map ({@code {type: string, description: a, b}}) cuts the
     * text and makes the rest a key with no value: progress-service shipped three such keys ("or the 补报 date"), and
     * its JSON Schema validator warned of unknown keywords at every start. Every key of every service's document is a
     * name (no spaces) with a value.
     */
    @Test
    void shouldHaveNoTextCutIntoKeysInAnyServicesDocument() throws Exception {
        for (String service : List.of("tasks-service", "progress-service", "indicators-service")) {
            List<String> cut = new ArrayList<>();
            keysWithoutValue(document(service), "", cut);
            assertEquals(List.of(), cut, service + "'s asyncapi.yaml has text cut into keys (quote the description)");
        }
    }

    private static void keysWithoutValue(JsonNode node, String path, List<String> cut) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isNull() && e.getKey().contains(" ")) {
                    cut.add(path + "/" + e.getKey());
                }
                keysWithoutValue(e.getValue(), path + "/" + e.getKey(), cut);
            });
        } else if (node.isArray()) {
            node.forEach(child -> keysWithoutValue(child, path, cut));
        }
    }

    @Test
    void renamesASchemaTwoServicesUseForDifferentShapes() throws Exception {
        JsonNode a = YAML.readTree("components: {schemas: {unit: {type: object}}, messages: {m: {name: a.v1, payload: {$ref: '#/components/schemas/unit'}}}}");
        JsonNode b = YAML.readTree("components: {schemas: {unit: {type: string}}, messages: {n: {name: b.v1, payload: {$ref: '#/components/schemas/unit'}}}}");
        ObjectNode merged = AsyncApiMerger.merge(List.of(new AsyncApiMerger.Source("tasks-service", a),
                new AsyncApiMerger.Source("progress-service", b), new AsyncApiMerger.Source("indicators-service", null)));
        assertEquals("string", merged.at("/components/schemas/progress_unit/type").asText());
        assertEquals("#/components/schemas/progress_unit", merged.at("/components/messages/n/payload/$ref").asText());
        assertEquals("#/components/schemas/unit", merged.at("/components/messages/m/payload/$ref").asText());
        assertEquals("unavailable", merged.path("x-duban-services").path("indicators-service").asText());
    }

    private static void refs(JsonNode root, JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    if (root.at(e.getValue().asText().substring(1)).isMissingNode()) {
                        dangling.add(e.getValue().asText());
                    }
                } else {
                    refs(root, e.getValue(), dangling);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> refs(root, n, dangling));
        }
    }
}
