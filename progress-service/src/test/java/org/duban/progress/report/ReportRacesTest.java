package org.duban.progress.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.duban.testing.Races;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people acting on one report at the same instant (issue 12): exactly one wins and the other gets 409 —
 * whether the service's own check or the database's version stops it — never a 500. And the HTTP way of saying
 * which version one read: ETag on reads, If-Match on writes (412 when stale, 428 when no version is named).
 */
@QuarkusTest
@TestClock("2018-04-05T10:00")
class ReportRacesTest {
    private static final int ROUNDS = 6;

    private String task;
    private String unit;
    private int tasks;

    @BeforeEach
    void assignTask() {
        unit = "U" + UUID.randomUUID().toString().substring(0, 8);
        tasks = 0;
        task = newTask();
    }

    /** A further task the unit leads, so that each round drafts a report of its own. */
    private String newTask() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Events.assigned(new Events.Task("plan-" + suffix, "task-" + suffix, "12", "推进老旧小区改造").lead(unit, "区住房保障局"));
        Api.awaitObligations(unit, ++tasks);
        return "task-" + suffix;
    }

    private int edit(String id, Long lockVersion, String narrative) {
        return given().auth().oauth2(Api.reporter(unit)).contentType(ContentType.JSON)
                .body(lockVersion == null ? Map.of("narrative", narrative) : Map.of("lockVersion", lockVersion, "narrative", narrative))
                .when().put("/api/progress/reports/" + id).statusCode();
    }

    private long lockVersion(String id) {
        return ((Number) given().auth().oauth2(Api.reporter(unit)).when().get("/api/progress/reports/" + id)
                .then().statusCode(200).extract().path("lockVersion")).longValue();
    }

    @Test
    void shouldLetOneOfTwoEditsOfTheSameVersionWinAndAnswerTheOther409() {
        String id = Api.draftId(unit, task, "Q1", "开工改造。");
        for (int round = 0; round < ROUNDS; round++) {
            long lock = lockVersion(id);
            int r = round;
            List<Integer> statuses = Races.together(() -> edit(id, lock, "甲的改写" + r + "。"), () -> edit(id, lock, "乙的改写" + r + "。"));
            assertEquals(List.of(200, 409), statuses, "round " + round);
            assertEquals(lock + 1, lockVersion(id), "one edit stored, round " + round);
        }
    }

    @Test
    void shouldLetOneOfTwoHeadsApproveAndAnswerTheOther409() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = Api.draftId(unit, newTask(), "Q1", "开工改造。");
            List<Integer> statuses = Races.together(() -> Api.approve(unit, id).extract().statusCode(),
                    () -> Api.approve(unit, id).extract().statusCode());
            assertEquals(List.of(200, 409), statuses, "round " + round);
            given().auth().oauth2(Api.supervisor()).when().get("/api/progress/reports/" + id + "/history")
                    .then().statusCode(200).body("transitions.findAll { it.action == 'APPROVE' }.size()", equalTo(1));
        }
    }

    @Test
    void shouldLetAcceptOrReturnWinButNotBoth() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = Api.draftId(unit, newTask(), "Q1", "开工改造。");
            Api.approve(unit, id).statusCode(200);
            List<Integer> statuses = Races.together(() -> Api.accept(id).extract().statusCode(),
                    () -> given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(Map.of("reason", "请补充数据"))
                            .when().post("/api/progress/reports/" + id + "/return").statusCode());
            assertEquals(List.of(200, 409), statuses, "round " + round);
            given().auth().oauth2(Api.supervisor()).when().get("/api/progress/reports/" + id + "/history")
                    .then().statusCode(200).body("transitions.findAll { it.action == 'ACCEPT' || it.action == 'RETURN' }.size()", equalTo(1));
        }
    }

    @Test
    void shouldTagReadsAndHonourIfMatchOnWrites() {
        String id = Api.draftId(unit, task, "Q1", "开工改造。");
        long lock = lockVersion(id);
        String etag = given().auth().oauth2(Api.reporter(unit)).when().get("/api/progress/reports/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"" + lock + "\"")).extract().header("ETag");
        // nothing changed: the client's copy is current
        given().auth().oauth2(Api.reporter(unit)).header("If-None-Match", etag).when().get("/api/progress/reports/" + id)
                .then().statusCode(304);
        // neither If-Match nor a version: refused, nothing overwritten blindly
        assertEquals(428, edit(id, null, "盲改。"));
        // If-Match naming the current tag is enough
        String next = given().auth().oauth2(Api.reporter(unit)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("narrative", "已完成30%。")).when().put("/api/progress/reports/" + id)
                .then().statusCode(200).body("narrative", equalTo("已完成30%。")).header("ETag", equalTo("\"" + (lock + 1) + "\""))
                .extract().header("ETag");
        // the old tag is stale now: 412 problem+json, and the narrative stays
        given().auth().oauth2(Api.reporter(unit)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("narrative", "旧版覆盖。")).when().put("/api/progress/reports/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        given().auth().oauth2(Api.reporter(unit)).header("If-None-Match", etag).when().get("/api/progress/reports/" + id)
                .then().statusCode(200).header("ETag", equalTo(next)).body("narrative", equalTo("已完成30%。"));
    }
}
