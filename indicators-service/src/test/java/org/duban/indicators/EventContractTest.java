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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.RecordedEvents;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The events on Kafka carry every field their published JSON Schema requires, with the documented types, and
 * what the service emits for a figure is recorded for its consumers ({@code contracts/indicators-service/}).
 */
@QuarkusTest
class EventContractTest {
    private static final String REGION = "421381";
    /** The region of tasks-service's completion-table-small recording, whose task 1 is this GDP target. */
    private static final String GDP_REGION = "430621";

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

    /**
     * Producer side of the contract with progress-service: a target set from the 2018 table's task 1 and the Q1
     * figure of its 完成情况 (121.9亿元 estimate, growth 8%) recorded over HTTP give observation-recorded then
     * indicator-evaluated on the series' key, compared with (or, with -Dduban.contracts.record=true, written to)
     * {@code deploy/testing/src/main/resources/contracts/indicators-service/indicator-evaluated.jsonl}.
     */
    @Test
    void shouldEmitWhatTheRecordingGivesItsConsumersForAGdpFigure() {
        given().auth().oauth2(TestTokens.statistician(GDP_REGION)).contentType(ContentType.JSON)
                .body(Map.of("regionCode", GDP_REGION, "year", 2018, "text", "地区生产总值达到678亿元,增长9.5%"))
                .when().post("/api/indicators/targets").then().statusCode(201);
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("indicator", "地区生产总值");
        figure.put("regionCode", GDP_REGION);
        figure.put("year", 2018);
        figure.put("period", "Q1");
        figure.put("value", 121.9);
        figure.put("unit", "亿元");
        figure.put("growthRate", 8);
        figure.put("estimate", true);
        figure.put("source", "2018年《政府工作报告》目标任务一季度完成情况一览表");
        figure.put("releaseDate", "2018-04-10");
        String id = given().auth().oauth2(TestTokens.statistician(GDP_REGION)).contentType(ContentType.JSON).body(figure)
                .when().post("/api/indicators/observations").then().statusCode(201).extract().path("id");

        String key = "GDP:" + GDP_REGION; // one key, one partition: the records come in the order they were sent
        List<KafkaTestClient.Received> series = KafkaTestClient.forTestBroker().readUntil(IndicatorEventsProbe.TOPIC,
                        r -> key.equals(r.key()) && IndicatorEventsProbe.EVALUATED.equals(r.event().path("type").asText())
                                && id.equals(r.event().path("data").path("observationId").asText()),
                        Duration.ofSeconds(60))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(List.of(IndicatorEventsProbe.RECORDED, IndicatorEventsProbe.EVALUATED),
                series.stream().map(r -> r.event().path("type").asText()).toList());
        RecordedEvents.verifyOrRecord("indicators-service", "indicator-evaluated", IndicatorEventsProbe.TOPIC, series);
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
