package org.duban.progress.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.duban.progress.support.TestClockProducer;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report's journal follows its narrative through draft, edit, approval and acceptance: who, when, before, after. */
@QuarkusTest
@TestClock("2018-04-05T10:00")
class ReportJournalTest {
    private String plan;
    private String task;
    private String lead;

    @BeforeEach
    void assignTask() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        plan = "plan-" + suffix;
        task = "task-" + suffix;
        lead = "L" + suffix;
        Events.assigned(new Events.Task(plan, task, "89", "完成郭镇柘林水库除险加固工程").lead(lead, "区农林水务局"));
        Api.awaitObligations(lead, 1);
    }

    private static String token(String role, String login, String region, String unit) {
        return TestTokens.builder(Set.of(role), region, unit, login).sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    @Test
    void shouldJournalTheNarrativeThroughTheReportsLifecycle() {
        String reporter = token("UNIT_REPORTER", "li.reporter", Api.REGION, lead);
        String id = given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body(Map.of("taskId", task, "period", "Q1", "narrative", "溢洪道正在施工。"))
                .when().post("/api/progress/reports").then().statusCode(201).extract().path("id");
        long lock = ((Number) given().auth().oauth2(reporter).when().get("/api/progress/reports/" + id)
                .then().statusCode(200).extract().path("lockVersion")).longValue();

        TestClockProducer.clock().set("2018-04-06T09:30:00");
        given().auth().oauth2(reporter).header("X-Request-Id", "edit-1").contentType(ContentType.JSON)
                .body(Map.of("lockVersion", lock, "narrative", "已完成溢洪道改造,完成投资120万元。"))
                .when().put("/api/progress/reports/" + id).then().statusCode(200);
        // a stale edit and an invalid one change nothing, so they leave no row
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("lockVersion", lock, "narrative", "覆盖。"))
                .when().put("/api/progress/reports/" + id).then().statusCode(409);
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("lockVersion", lock + 1, "percentOfAnnual", -5))
                .when().put("/api/progress/reports/" + id).then().statusCode(400);

        TestClockProducer.clock().set("2018-04-07T16:00:00");
        given().auth().oauth2(token("UNIT_HEAD", "wang.head", Api.REGION, lead))
                .when().post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
        TestClockProducer.clock().set("2018-04-12T08:15:00");
        given().auth().oauth2(token("SUPERVISOR", "zhou.office", Api.REGION, null))
                .when().post("/api/progress/reports/" + id + "/accept").then().statusCode(200);

        JsonPath journal = journal(Api.supervisor(), id).then().statusCode(200).extract().jsonPath();
        assertEquals(4, journal.getInt("pager.total"));
        assertEquals(List.of("UPDATE", "UPDATE", "UPDATE", "CREATE"), journal.getList("items.action"));
        assertEquals(List.of("zhou.office", "wang.head", "li.reporter", "li.reporter"), journal.getList("items.actor"));
        assertEquals(List.of(List.of("SUPERVISOR"), List.of("UNIT_HEAD"), List.of("UNIT_REPORTER"), List.of("UNIT_REPORTER")),
                journal.getList("items.actorRoles"));
        assertEquals(List.of(Instant.parse("2018-04-12T00:15:00Z"), Instant.parse("2018-04-07T08:00:00Z"),
                Instant.parse("2018-04-06T01:30:00Z"), Instant.parse("2018-04-05T02:00:00Z")),
                journal.<String>getList("items.at").stream().map(at -> OffsetDateTime.parse(at).toInstant()).toList());
        assertEquals(Api.REGION, journal.getString("items[2].regionCode"));
        assertEquals("edit-1", journal.getString("items[2].requestId"));

        assertEquals(List.of(Map.of("field", "narrative", "before", "溢洪道正在施工。", "after", "已完成溢洪道改造,完成投资120万元。")),
                journal.getList("items[2].changes"));
        assertEquals(Map.of("field", "status", "before", "DRAFT", "after", "SUBMITTED"), change(journal, 1, "status"));
        assertEquals(Map.of("field", "approvedBy", "after", "wang.head"), without(change(journal, 1, "approvedBy"), "before"));
        assertEquals(Map.of("field", "status", "before", "SUBMITTED", "after", "ACCEPTED"), change(journal, 0, "status"));
        assertEquals("zhou.office", change(journal, 0, "reviewedBy").get("after"));
        Map<String, Object> drafted = change(journal, 3, "narrative");
        assertEquals("溢洪道正在施工。", drafted.get("after"));
        assertTrue(drafted.containsKey("before") && drafted.get("before") == null, drafted.toString());
        assertTrue(journal.<Map<String, Object>>getList("items[3].changes").stream()
                .noneMatch(c -> c.get("field").equals("rowVersion") || c.get("field").equals("updatedAt")));
    }

    @Test
    void shouldNameTheEventAsTheActorOfAReportAnImportedTableBrought() {
        Events.progressImported(plan, "imp-" + task, task, "89", lead, "区农林水务局", "Q1", "已完成除险加固主体工程。");
        String id = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Api.supervisor())
                .queryParam("taskId", task).queryParam("unitId", lead).when().get("/api/progress/reports")
                .then().statusCode(200).extract().<String>path("items[0].id"), java.util.Objects::nonNull);

        JsonPath journal = journal(Api.supervisor(), id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATE"), journal.getList("items.action"));
        assertEquals("system:event duban.tasks.progress-imported.v1", journal.getString("items[0].actor"));
        assertEquals(List.of(), journal.getList("items[0].actorRoles"));
        assertEquals(Instant.parse("2018-04-05T02:00:00Z"), OffsetDateTime.parse(journal.getString("items[0].at")).toInstant());
        assertEquals("已完成除险加固主体工程。", change(journal, 0, "narrative").get("after"));
    }

    @Test
    void shouldShowNothingToAnotherRegionAndRefuseTheUnit() {
        String id = Api.draftId(lead, task, "Q1", "已完成低涵改造。");
        journal(Api.supervisor(), id).then().statusCode(200).body("pager.total", equalTo(1));
        journal(TestTokens.supervisor("420103"), id).then().statusCode(200).body("pager.total", equalTo(0));
        journal(Api.reporter(lead), id).then().statusCode(403).contentType("application/problem+json");
        journal(Api.head(lead), id).then().statusCode(403);
        given().auth().oauth2(Api.supervisor()).queryParam("objectType", "task-view").queryParam("objectId", task)
                .when().get("/api/progress/journal").then().statusCode(400).contentType("application/problem+json");
    }

    private static Map<String, Object> change(JsonPath journal, int item, String field) {
        return journal.<Map<String, Object>>getList("items[" + item + "].changes").stream()
                .filter(c -> c.get("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + journal.getList("items[" + item + "].changes")));
    }

    private static Map<String, Object> without(Map<String, Object> change, String key) {
        var copy = new java.util.HashMap<>(change);
        assertTrue(copy.containsKey(key) && copy.remove(key) == null, change.toString());
        return copy;
    }

    private static Response journal(String token, String id) {
        return given().auth().oauth2(token).queryParam("objectType", "report").queryParam("objectId", id)
                .when().get("/api/progress/journal");
    }
}
