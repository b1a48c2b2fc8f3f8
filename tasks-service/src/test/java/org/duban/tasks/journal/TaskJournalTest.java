package org.duban.tasks.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every change of a task is journaled with who, when and each changed field's before and after; nothing else is. */
@QuarkusTest
class TaskJournalTest {
    private static final String REGION = "420102";
    private static final String CREATE = """
            {"regionCode":"420102","year":2019,"number":"%s","title":"推进招商引资","leadUnit":"区商务局",
             "responsibleUnits":["区发改局"]}""";
    private static final String UPDATE = """
            {"number":"%s","title":"%s","leadUnit":"区商务局","responsibleUnits":["区发改局","区财政局"],"version":%d}""";

    private static String supervisor(String login, String region) {
        return TestTokens.builder(Set.of("SUPERVISOR"), region, null, login)
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    @Test
    void shouldJournalWhoChangedTheTitleAndTheUnitsWithBeforeAndAfter() {
        String token = supervisor("zhang.wei", REGION);
        Instant start = Instant.now();
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON).body(CREATE.formatted("J-1"))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        long lead = created.getLong("leadUnit.id");
        long ndrc = created.getLong("responsibleUnits[0].id");
        JsonPath updated = given().auth().oauth2(token).header("X-Request-Id", "req-journal-1").contentType(ContentType.JSON)
                .body(UPDATE.formatted("J-1", "推进招商引资和项目建设", created.getInt("version")))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(200).extract().jsonPath();
        long finance = updated.getLong("responsibleUnits.find { it.name == '区财政局' }.id");
        Instant end = Instant.now();

        JsonPath journal = journal(token, "task", id).then().statusCode(200).extract().jsonPath();
        assertEquals(2, journal.getInt("pager.total"));
        assertEquals("UPDATE", journal.getString("items[0].action"));
        assertEquals("zhang.wei", journal.getString("items[0].actor"));
        assertEquals(List.of("SUPERVISOR"), journal.getList("items[0].actorRoles"));
        assertEquals("req-journal-1", journal.getString("items[0].requestId"));
        assertEquals(REGION, journal.getString("items[0].regionCode"));
        assertEquals(id, journal.getString("items[0].objectId"));
        Instant at = OffsetDateTime.parse(journal.getString("items[0].at")).toInstant();
        assertFalse(at.isBefore(start.minusMillis(1)) || at.isAfter(end.plusMillis(1)), at + " not within the request");
        assertEquals(List.of(
                Map.of("field", "title", "before", "推进招商引资", "after", "推进招商引资和项目建设"),
                Map.of("field", "units",
                        "before", List.of(Map.of("role", "RESPONSIBLE", "unitId", (int) ndrc)),
                        "after", List.of(Map.of("role", "RESPONSIBLE", "unitId", (int) ndrc),
                                Map.of("role", "RESPONSIBLE", "unitId", (int) finance)))),
                journal.getList("items[0].changes"));

        assertEquals("CREATE", journal.getString("items[1].action"));
        assertEquals("zhang.wei", journal.getString("items[1].actor"));
        List<Map<String, Object>> createdFields = journal.getList("items[1].changes");
        assertTrue(createdFields.stream().anyMatch(c -> c.get("field").equals("leadUnitId") && c.get("before") == null
                        && ((Number) c.get("after")).longValue() == lead), createdFields.toString());
        assertTrue(createdFields.stream().noneMatch(c -> c.get("field").equals("version") || c.get("field").equals("updatedAt")),
                "no version or updatedAt noise: " + createdFields);
    }

    @Test
    void shouldJournalAChangedLeadUnit() {
        String token = supervisor("li.na", REGION);
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON).body(CREATE.formatted("J-LEAD"))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        long before = created.getLong("leadUnit.id");
        long after = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"number":"J-LEAD","title":"推进招商引资","leadUnit":"区财政局","responsibleUnits":["区发改局"],"version":%d}"""
                        .formatted(created.getInt("version")))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(200).extract().jsonPath().getLong("leadUnit.id");

        List<Map<String, Object>> changes = journal(token, "task", id).then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE")).extract().jsonPath().getList("items[0].changes");
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("leadUnitId", changes.get(0).get("field"));
        assertEquals(before, ((Number) changes.get(0).get("before")).longValue());
        assertEquals(after, ((Number) changes.get(0).get("after")).longValue());
    }

    @Test
    void shouldLeaveNoJournalRowForAStaleOrInvalidChange() {
        String token = supervisor("wang.fang", REGION);
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON).body(CREATE.formatted("J-STALE"))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        int version = created.getInt("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(UPDATE.formatted("J-STALE", "新标题", version))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(UPDATE.formatted("J-STALE", "过时的标题", version))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(409);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(UPDATE.formatted("J-STALE", "", version + 1))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(400);

        journal(token, "task", id).then().statusCode(200).body("pager.total", equalTo(2))
                .body("items[0].changes[0].after", equalTo("新标题"));
    }

    @Test
    void shouldShowNothingToAnotherRegionAndRefuseUnitRolesAndUnknownTypes() {
        String token = supervisor("zhao.lei", REGION);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(CREATE.formatted("J-SCOPE"))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().path("id").toString();

        journal(supervisor("other.region", "420103"), "task", id).then().statusCode(200).body("pager.total", equalTo(0));
        journal(TestTokens.admin(), "task", id).then().statusCode(200).body("pager.total", equalTo(1));
        journal(TestTokens.leader(REGION, "张副区长"), "task", id).then().statusCode(200).body("pager.total", equalTo(1));
        journal(TestTokens.unitReporter(REGION, "1"), "task", id).then().statusCode(403)
                .contentType("application/problem+json");
        journal(TestTokens.statistician(REGION), "task", id).then().statusCode(403);
        given().when().get("/api/tasks/journal?objectType=task&objectId=" + id).then().statusCode(401);
        journal(token, "report", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("objectType"));
    }

    @Test
    void shouldJournalThePlanItsSectionsAndTheirRegion() {
        String token = supervisor("sun.li", REGION);
        String planId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"regionCode\":\"420102\",\"year\":2031,\"title\":\"2031年任务分解\"}")
                .when().post("/api/tasks/plans").then().statusCode(201).extract().path("id").toString();
        String sectionId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"label\":\"一、\",\"title\":\"主要预期目标\",\"kind\":\"TARGETS\"}")
                .when().post("/api/tasks/plans/" + planId + "/sections").then().statusCode(201).extract().path("id").toString();

        journal(token, "plan", planId).then().statusCode(200).body("items[0].action", equalTo("CREATE"))
                .body("items[0].changes.find { it.field == 'title' }.after", equalTo("2031年任务分解"));
        journal(token, "section", sectionId).then().statusCode(200).body("items[0].regionCode", equalTo(REGION))
                .body("items[0].changes.find { it.field == 'title' }.after", equalTo("主要预期目标"));
        journal(supervisor("other.region", "420103"), "section", sectionId).then().statusCode(200)
                .body("pager.total", equalTo(0));
    }

    private static io.restassured.response.Response journal(String token, String type, String id) {
        return given().auth().oauth2(token).queryParam("objectType", type).queryParam("objectId", id)
                .when().get("/api/tasks/journal");
    }
}
