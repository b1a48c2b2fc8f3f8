package org.duban.indicators.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Targets and observations are journaled with who, when, before and after; a refused change leaves nothing. */
@QuarkusTest
class IndicatorJournalTest {
    private static final String REGION = "421281";

    private static String statistician(String login) {
        return TestTokens.builder(Set.of("STATISTICIAN"), REGION, null, login)
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    @Test
    void shouldJournalAReplacedTargetWithItsOldAndNewFigures() {
        String first = statistician("chen.stats");
        String id = given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "text", "地区生产总值增长7.8%左右"))
                .when().post("/api/indicators/targets").then().statusCode(201).extract().path("[0].id");
        // a second commit without replace is refused, and leaves no row
        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "text", "地区生产总值增长9%左右"))
                .when().post("/api/indicators/targets").then().statusCode(409);
        Instant start = Instant.now();
        given().auth().oauth2(statistician("liu.stats")).header("X-Request-Id", "target-8").contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "text", "地区生产总值增长8%以上", "replace", true))
                .when().post("/api/indicators/targets").then().statusCode(201).body("[0].id", equalTo(id));
        Instant end = Instant.now();

        JsonPath journal = journal(TestTokens.supervisor(REGION), "target", id).then().statusCode(200).extract().jsonPath();
        assertEquals(2, journal.getInt("pager.total"));
        assertEquals(List.of("UPDATE", "CREATE"), journal.getList("items.action"));
        assertEquals(List.of("liu.stats", "chen.stats"), journal.getList("items.actor"));
        assertEquals("target-8", journal.getString("items[0].requestId"));
        Instant at = OffsetDateTime.parse(journal.getString("items[0].at")).toInstant();
        assertFalse(at.isBefore(start.minusMillis(1)) || at.isAfter(end.plusMillis(1)), at + " not within the request");
        Map<String, Map<String, Object>> changes = byField(journal.getList("items[0].changes"));
        assertEquals(Map.of("field", "growthComparator", "before", "ABOUT", "after", "AT_LEAST"), changes.get("growthComparator"));
        assertEquals(Map.of("field", "growthValue", "before", 7.8f, "after", 8), changes.get("growthValue"));
        assertEquals(Map.of("field", "sourceText", "before", "地区生产总值增长7.8%左右", "after", "地区生产总值增长8%以上"),
                changes.get("sourceText"));
        assertEquals(Map.of("field", "createdBy", "before", "chen.stats", "after", "liu.stats"), changes.get("createdBy"));
        // "左右" reads with a tolerance, "以上" without one
        assertEquals(null, changes.get("growthTolerance").get("after"));
        assertEquals(true, changes.get("growthTolerance").get("before") instanceof Number, changes.toString());
        assertEquals(Set.of("growthComparator", "growthValue", "growthTolerance", "sourceText", "createdBy", "createdAt"),
                changes.keySet());
    }

    @Test
    void shouldJournalARevisedObservationAndTheFigureItReplaces() {
        String token = statistician("he.stats");
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).body(figure("120", "9.1", false))
                .when().post("/api/indicators/observations").then().statusCode(201).extract().path("id");
        // a duplicate without revision and a stale revision are refused and leave nothing
        given().auth().oauth2(token).contentType(ContentType.JSON).body(figure("121", "9.3", false))
                .when().post("/api/indicators/observations").then().statusCode(409);
        Map<String, Object> stale = figure("121", "9.3", true);
        stale.put("expectedRevision", 7);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(stale)
                .when().post("/api/indicators/observations").then().statusCode(409);
        String second = given().auth().oauth2(token).contentType(ContentType.JSON).body(figure("121.4", "9.3", true))
                .when().post("/api/indicators/observations").then().statusCode(201).extract().path("id");

        JsonPath old = journal(TestTokens.supervisor(REGION), "observation", first).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("UPDATE", "CREATE"), old.getList("items.action"));
        assertEquals(List.of(Map.of("field", "current", "before", true, "after", false)), old.getList("items[0].changes"));
        Map<String, Map<String, Object>> recorded = byField(old.getList("items[1].changes"));
        assertEquals(120, recorded.get("value").get("after"));
        assertEquals(9.1f, recorded.get("growthRate").get("after"));
        assertEquals("he.stats", recorded.get("recordedBy").get("after"));

        JsonPath revision = journal(TestTokens.supervisor(REGION), "observation", second).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("CREATE"), revision.getList("items.action"));
        assertEquals(121.4f, byField(revision.getList("items[0].changes")).get("value").get("after"));
        assertEquals(2, byField(revision.getList("items[0].changes")).get("revision").get("after"));
    }

    @Test
    void shouldLetTheRegionAboveReadAndNobodyElse() {
        String id = given().auth().oauth2(statistician("xu.stats")).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2020, "text", "城镇调查失业率控制在5.5%以内"))
                .when().post("/api/indicators/targets").then().statusCode(201).extract().path("[0].id");
        journal(TestTokens.supervisor("421200"), "target", id).then().statusCode(200).body("pager.total", equalTo(1));
        journal(TestTokens.supervisor("420102"), "target", id).then().statusCode(200).body("pager.total", equalTo(0));
        journal(TestTokens.statistician(REGION), "target", id).then().statusCode(403).contentType("application/problem+json");
        journal(TestTokens.unitReporter(REGION, "3"), "target", id).then().statusCode(403);
        journal(TestTokens.supervisor(REGION), "task", id).then().statusCode(400).contentType("application/problem+json");
    }

    private static Map<String, Object> figure(String value, String growth, boolean revision) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicator", "RETAIL_SALES");
        body.put("regionCode", REGION);
        body.put("year", 2019);
        body.put("period", "H1");
        body.put("value", new BigDecimal(value));
        body.put("growthRate", new BigDecimal(growth));
        body.put("estimate", false);
        body.put("source", "区统计局");
        body.put("revision", revision);
        return body;
    }

    private static Map<String, Map<String, Object>> byField(List<Map<String, Object>> changes) {
        Map<String, Map<String, Object>> byField = new HashMap<>();
        changes.forEach(c -> byField.put((String) c.get("field"), c));
        return byField;
    }

    private static Response journal(String token, String type, String id) {
        return given().auth().oauth2(token).queryParam("objectType", type).queryParam("objectId", id)
                .when().get("/api/indicators/journal");
    }
}
