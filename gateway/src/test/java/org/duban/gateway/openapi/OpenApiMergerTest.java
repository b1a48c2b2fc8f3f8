package org.duban.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = OpenApiMergerTest.class.getResourceAsStream("/openapi/" + name + ".json")) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode merged() throws IOException {
        return OpenApiMerger.merge(fixture("gateway"), List.of(new OpenApiMerger.Source("tasks-service", fixture("tasks")),
                new OpenApiMerger.Source("progress-service", fixture("progress")),
                new OpenApiMerger.Source("indicators-service", null)));
    }

    @Test
    void shouldListEveryServicePathOnceWithTheFirstOwnerWinning() throws IOException {
        JsonNode paths = merged().get("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("/api/auth/login", "/api/gateway/audit", "/api/tasks/tasks", "/api/tasks/tasks/{id}",
                "/api/progress/reports"), names);
        assertEquals("tasks-service", paths.at("/~1api~1tasks~1tasks/get/x-duban-service").asText());
    }

    @Test
    void shouldRenameASchemaTwoServicesDefineDifferentlyAndRewriteItsReferences() throws IOException {
        JsonNode doc = merged();
        JsonNode schemas = doc.at("/components/schemas");
        assertTrue(schemas.has("View"));
        assertTrue(schemas.has("ProgressView"));
        assertFalse(schemas.has("ProgressProblem"), "identical schemas are shared, not renamed");
        assertEquals("#/components/schemas/ProgressView",
                doc.at("/paths/~1api~1progress~1reports/post/requestBody/content/application~1json/schema/items/$ref").asText());
        assertEquals("#/components/schemas/View",
                doc.at("/paths/~1api~1tasks~1tasks/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void shouldKeepOperationIdsUnique() throws IOException {
        Set<String> ids = new HashSet<>();
        int operations = 0;
        JsonNode paths = merged().get("paths");
        for (JsonNode item : paths) {
            for (JsonNode operation : item) {
                operations++;
                ids.add(operation.path("operationId").asText());
            }
        }
        assertEquals(operations, ids.size());
        assertEquals("progressCreate", paths.at("/~1api~1progress~1reports/post/operationId").asText());
    }

    @Test
    void shouldOfferBearerAndApiKeyAndNameUnavailableServices() throws IOException {
        JsonNode doc = merged();
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        assertEquals("X-API-Key", doc.at("/components/securitySchemes/apiKey/name").asText());
        assertEquals(2, doc.get("security").size());
        assertTrue(doc.at("/paths/~1api~1tasks~1tasks/post/security/0").has("bearer"));
        assertFalse(doc.at("/paths/~1api~1tasks~1tasks/post/security/0").has("SecurityScheme"));
        assertEquals("unavailable", doc.at("/x-duban-services/indicators-service").asText());
        assertEquals("included", doc.at("/x-duban-services/tasks-service").asText());
        assertNotEquals(0, doc.get("tags").size());
        assertEquals(3, doc.get("tags").size(), "tags merged by name");
    }

    @Test
    void shouldRenameASchemaThatReadsTheSameButRefersToARenamedOne() {
        JsonNode gateway = JSON.createObjectNode().put("openapi", "3.1.0");
        JsonNode tasks = doc("/api/tasks/journal", "{\"type\":\"object\",\"properties\":{\"objectType\":{\"type\":\"string\"}}}");
        JsonNode progress = doc("/api/progress/completeness", "{\"type\":\"object\",\"properties\":{\"expected\":{\"type\":\"integer\"}}}");
        JsonNode merged = OpenApiMerger.merge(gateway, List.of(new OpenApiMerger.Source("tasks-service", tasks),
                new OpenApiMerger.Source("progress-service", progress)));
        assertEquals("#/components/schemas/ProgressPageRow",
                merged.at("/paths/~1api~1progress~1completeness/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/ProgressRow", merged.at("/components/schemas/ProgressPageRow/properties/items/items/$ref").asText());
        assertEquals("#/components/schemas/Row", merged.at("/components/schemas/PageRow/properties/items/items/$ref").asText());
    }

    /** A document with one list operation answering {@code PageRow} = {pager, items: [Row]}, and the given Row. */
    private static JsonNode doc(String path, String row) {
        try {
            return JSON.readTree("{\"openapi\":\"3.1.0\",\"paths\":{\"" + path + "\":{\"get\":{\"operationId\":\"list" + path.length()
                    + "\",\"responses\":{\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":{\"schema\":"
                    + "{\"$ref\":\"#/components/schemas/PageRow\"}}}}}}}},\"components\":{\"schemas\":{\"PageRow\":{\"type\":\"object\","
                    + "\"properties\":{\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Row\"}}}},\"Row\":" + row
                    + "}}}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
