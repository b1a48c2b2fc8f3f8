package org.duban.progress.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClockProducer;
import org.duban.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportLifecycleTest {

    private String plan;
    private String task;
    private String lead;
    private String co;

    @BeforeEach
    void assignTask() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        plan = "plan-" + suffix;
        task = "task-" + suffix;
        lead = "L" + suffix;
        co = "C" + suffix;
        Events.assigned(new Events.Task(plan, task, "89", "完成郭镇柘林水库除险加固工程")
                .lead(lead, "区农林水务局").responsible(co, "区财政局"));
        Api.awaitObligations(co, 1);
        TestClockProducer.clock().set("2018-04-05T10:00:00");
    }

    @Test
    void shouldNotSubmitWithoutHeadApproval() {
        String id = Api.draftId(lead, task, "Q1", "已完成低涵改造。");
        // the reporter cannot approve, and the office cannot accept a draft
        given().auth().oauth2(Api.reporter(lead)).when().post("/api/progress/reports/" + id + "/approve").then().statusCode(403);
        Api.accept(id).statusCode(409).contentType("application/problem+json");
        // another unit's head cannot approve it either
        Api.approve(co, id).statusCode(403);
        Api.approve(lead, id).statusCode(200).body("status", equalTo("SUBMITTED")).body("timeliness", equalTo("ON_TIME"));
    }

    @Test
    void shouldReturn409WhenAnAcceptedReportIsEdited() {
        String id = Api.draftId(lead, task, "Q1", "已完成低涵改造。");
        Api.approve(lead, id).statusCode(200);
        long lockVersion = ((Number) Api.accept(id).statusCode(200).body("status", equalTo("ACCEPTED"))
                .extract().path("lockVersion")).longValue();
        given().auth().oauth2(Api.reporter(lead)).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", lockVersion, "narrative", "改写。"))
                .when().put("/api/progress/reports/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldKeepTheHistoryOfAReturnedReportAndShowTheDiff() {
        String v1 = Api.draftId(lead, task, "Q1", "已完成低涵改造。溢洪道正在施工。");
        Api.approve(lead, v1).statusCode(200);
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(Map.of("reason", "请补充溢洪道进度数据"))
                .when().post("/api/progress/reports/" + v1 + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("请补充溢洪道进度数据"));

        String v2 = given().auth().oauth2(Api.reporter(lead)).when().post("/api/progress/reports/" + v1 + "/revise")
                .then().statusCode(201).body("version", equalTo(2)).body("status", equalTo("DRAFT")).extract().path("id");
        long lock = ((Number) given().auth().oauth2(Api.reporter(lead)).when().get("/api/progress/reports/" + v2)
                .then().statusCode(200).extract().path("lockVersion")).longValue();
        given().auth().oauth2(Api.reporter(lead)).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", lock, "narrative", "已完成低涵改造。已完成溢洪道改造,完成投资120万元。",
                        "percentOfAnnual", 60))
                .when().put("/api/progress/reports/" + v2).then().statusCode(200);
        // a stale lock version is a conflict
        given().auth().oauth2(Api.reporter(lead)).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", lock, "narrative", "覆盖。"))
                .when().put("/api/progress/reports/" + v2).then().statusCode(409);
        Api.approve(lead, v2).statusCode(200);

        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/reports/" + v2 + "/history")
                .then().statusCode(200)
                .body("versions", hasSize(2))
                .body("versions[0].status", equalTo("RETURNED"))
                .body("versions[0].narrative", equalTo("已完成低涵改造。溢洪道正在施工。"))
                .body("transitions.action", hasItems("CREATE", "APPROVE", "RETURN", "REVISE", "EDIT"))
                .body("transitions.find { it.action == 'RETURN' }.fromStatus", equalTo("SUBMITTED"))
                .body("transitions.find { it.action == 'RETURN' }.note", equalTo("请补充溢洪道进度数据"));
        given().auth().oauth2(Api.reporter(lead)).when().get("/api/progress/reports/" + v2 + "/diff")
                .then().statusCode(200)
                .body("fromVersion", equalTo(1)).body("toVersion", equalTo(2)).body("changed", equalTo(true))
                .body("unified", containsString("- 溢洪道正在施工。"))
                .body("unified", containsString("+ 已完成溢洪道改造,完成投资120万元。"))
                .body("unified", containsString("  已完成低涵改造。"));
    }

    @Test
    void shouldMarkASubmissionAfterTheDeadlineLate() {
        String id = Api.draftId(co, task, "Q1", "配合完成资金拨付。");
        TestClockProducer.clock().set("2018-04-11T09:00:00");
        Api.approve(co, id).statusCode(200).body("timeliness", equalTo("LATE"));
    }

    @Test
    void shouldLetTheLeadUnitSeeItsCoUnitsReportsAndSubmitTheConsolidatedOne() {
        String coReport = Api.draftId(co, task, "Q1", "已拨付资金50万元。");
        Api.approve(co, coReport).statusCode(200);
        given().auth().oauth2(Api.reporter(lead)).queryParam("period", "Q1")
                .when().get("/api/progress/tasks/" + task + "/reports")
                .then().statusCode(200).body("items.unitId", hasItem(co)).body("items[0].narrative", equalTo("已拨付资金50万元。"));
        given().auth().oauth2(Api.reporter(co)).queryParam("period", "Q1")
                .when().get("/api/progress/tasks/" + task + "/reports").then().statusCode(403);
        // only the lead unit may mark its report as the consolidated one
        Api.draft(co, Map.of("taskId", task, "period", "H1", "narrative", "汇总。", "consolidated", true)).statusCode(422);
        String consolidated = Api.draft(lead, Map.of("taskId", task, "period", "Q1", "consolidated", true,
                "narrative", "牵头汇总:已完成低涵改造,财政局已拨付资金50万元。")).statusCode(201).extract().path("id");
        Api.approve(lead, consolidated).statusCode(200).body("consolidated", equalTo(true));
    }

    @Test
    void shouldPublishAnEventForEveryTransition() {
        String id = Api.draftId(lead, task, "Q1", "已完成低涵改造。");
        Api.approve(lead, id).statusCode(200);
        var read = KafkaTestClient.forTestBroker().readUntil("duban.progress.v1",
                r -> r.event().path("type").asText().equals("duban.progress.report-submitted.v1")
                        && r.event().path("data").path("reportId").asText().equals(id),
                Duration.ofSeconds(30));
        var submitted = read.get(read.size() - 1);
        assertEquals(id, submitted.key());
        assertEquals("DRAFT", submitted.event().path("data").path("fromStatus").asText());
        assertEquals("ON_TIME", submitted.event().path("data").path("timeliness").asText());
        assertEquals(lead, submitted.event().path("data").path("unit").path("id").asText());
        // the documented data of every report event (README), so consumers can rely on it
        for (String field : List.of("reportId", "taskId", "planId", "regionCode", "year", "period", "unit", "version",
                "fromStatus", "status", "timeliness", "consolidated", "percentOfAnnual", "actor", "note")) {
            org.junit.jupiter.api.Assertions.assertTrue(submitted.event().path("data").has(field), field);
        }
        assertEquals("/duban/progress-service", submitted.event().path("source").asText());
    }

    @Test
    void shouldRejectBadInputWithProblemJsonAndStoreNothing() {
        Map<String, Object> good = new HashMap<>(Map.of("taskId", task, "period", "Q1", "narrative", "正常文本。"));
        assertBad(with(good, "taskId", "no-such-task"), 422);
        assertBad(with(good, "period", "M05"), 422);
        assertBad(with(good, "period", "Q2"), 400);
        assertBad(with(good, "percentOfAnnual", -5), 400);
        assertBad(with(good, "narrative", "字".repeat(ReportDtos.NARRATIVE_MAX + 1)), 400);
        assertBad(with(good, "narrative", ""), 400);
        // a unit that owes nothing on this task
        given().auth().oauth2(Api.reporter("nobody")).contentType(ContentType.JSON).body(good)
                .when().post("/api/progress/reports").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Api.supervisor()).queryParam("taskId", task)
                .when().get("/api/progress/reports").then().statusCode(200).body("pager.total", equalTo(0));
    }

    private void assertBad(Map<String, Object> body, int status) {
        Api.draft(lead, body).statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    @Test
    void shouldNotShowAUnitAnotherUnitsReportUnlessItLeadsTheTask() {
        String leadsReport = Api.draftId(lead, task, "Q1", "牵头单位报告。");
        String coReport = Api.draftId(co, task, "Q1", "协办单位报告。");
        given().auth().oauth2(Api.reporter(co)).when().get("/api/progress/reports/" + leadsReport).then().statusCode(403);
        given().auth().oauth2(Api.reporter(lead)).when().get("/api/progress/reports/" + coReport).then().statusCode(200);
        given().auth().oauth2(Api.reporter(lead)).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", 0, "narrative", "代改。"))
                .when().put("/api/progress/reports/" + coReport).then().statusCode(403);
    }

    @Test
    void shouldKeepSupervisorsOfOtherRegionsOut() {
        String id = Api.draftId(lead, task, "Q1", "本区报告。");
        Api.approve(lead, id).statusCode(200);
        String elsewhere = org.duban.testing.TestTokens.supervisor("110101");
        given().auth().oauth2(elsewhere).when().post("/api/progress/reports/" + id + "/accept").then().statusCode(403);
        given().auth().oauth2(elsewhere).queryParam("taskId", task).when().get("/api/progress/reports")
                .then().statusCode(200).body("pager.total", equalTo(0));
        given().auth().oauth2(Api.supervisor()).queryParam("taskId", task).when().get("/api/progress/reports")
                .then().statusCode(200).body("pager.total", equalTo(1));
    }

    @Test
    void shouldListOnlyOwnUnitsReportsForAUnitReporter() {
        Api.draftId(co, task, "Q1", "协办单位报告。");
        Api.draftId(lead, task, "Q1", "牵头单位报告。");
        given().auth().oauth2(Api.reporter(co)).when().get("/api/progress/reports")
                .then().statusCode(200).body("items.unitId", everyItemIs(co));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String unit) {
        return org.hamcrest.Matchers.everyItem(equalTo(unit));
    }
}
