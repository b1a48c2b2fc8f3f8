package org.duban.indicators;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The events on Kafka carry every field their published JSON Schema requires, with the documented types. */
@QuarkusTest
class EventContractTest {
    private static final String REGION = "421381";

    @Test
    void shouldEmitEventsThatMatchTheirSchemas() throws IOException {
        given().auth().oauth2(TestTokens.statistician(REGION)).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2020, "text", "城镇登记失业率控制在4.5%以内"))
                .when().post("/api/indicators/targets").then().statusCode(201);
        String id = given().auth().oauth2(TestTokens.statistician(REGION)).contentType(ContentType.JSON)
                .body(Map.of("indicator", "城镇登记失业率", "regionCode", REGION, "year", 2020, "period", "M05",
                        "value", 3.3))
                .when().post("/api/indicators/observations").then().statusCode(201).extract().path("id");

        JsonNode recorded = IndicatorEventsProbe.await(IndicatorEventsProbe.RECORDED,
                "URBAN_UNEMPLOYMENT_RATE:" + REGION, d -> id.equals(d.path("observationId").asText()));
        assertEquals(List.of(), violations(schema("observation-recorded.v1"), recorded.path("data")));
        JsonNode evaluated = IndicatorEventsProbe.await(IndicatorEventsProbe.EVALUATED,
                "URBAN_UNEMPLOYMENT_RATE:" + REGION, d -> id.equals(d.path("observationId").asText()));
        assertEquals(List.of(), violations(schema("indicator-evaluated.v1"), evaluated.path("data")));
        assertEquals("MET", evaluated.path("data").path("verdict").asText());
        assertTrue(evaluated.path("data").path("rule").asText().contains("3.3%"));
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/events/" + name + ".schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Required fields and top-level types only: what consumers of these events rely on. */
    private static List<String> violations(JsonNode schema, JsonNode data) {
        List<String> problems = new ArrayList<>();
        schema.path("required").forEach(f -> {
            if (!data.has(f.asText())) {
                problems.add("missing " + f.asText());
            }
        });
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode value = data.get(p.getKey());
            if (value == null) {
                return;
            }
            JsonNode type = p.getValue().path("type");
            List<String> allowed = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> allowed.add(t.asText()));
            } else {
                allowed.add(type.asText());
            }
            if (allowed.stream().noneMatch(t -> matches(t, value))) {
                problems.add(p.getKey() + " is not " + allowed + ": " + value);
            }
        });
        return problems;
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
