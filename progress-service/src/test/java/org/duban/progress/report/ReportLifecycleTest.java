package org.duban.progress.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.ProgressTopic;
import org.duban.progress.support.TestClock;
import org.duban.progress.support.TestClockProducer;
import org.duban.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestClock("2018-04-05T10:00")
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

    /**
     * Two revisions of one returned report at once: one is made, the other is 409 — both had inserted version 2 and the
     * loser's unique-key error reached the log (the break-it trial after round 39).
     */
    @Test
    void shouldMakeOneRevisionWhenTwoArriveAtOnce() {
        String v1 = Api.draftId(lead, task, "Q1", "已完成低涵改造。");
        Api.approve(lead, v1).statusCode(200);
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(Map.of("reason", "请补充数据"))
                .when().post("/api/progress/reports/" + v1 + "/return").then().statusCode(200);
        // (the SQL errors Hibernate logs, which a racing insert writes: none)
        java.util.List<Integer> codes = new java.util.ArrayList<>();
        java.util.function.IntSupplier revise = () -> given().auth().oauth2(Api.reporter(lead))
                .when().post("/api/progress/reports/" + v1 + "/revise").then().extract().statusCode();
        java.util.List<String> sqlErrors = org.duban.testing.SqlErrorLog.during(() -> codes.addAll(
                org.duban.testing.Races.together(revise, revise)));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(201, 409), codes);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), sqlErrors);
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/reports/" + v1 + "/history")
                .then().statusCode(200).body("versions.version", equalTo(java.util.List.of(1, 2)));
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

    /** Found by the fuzz (FuzzTest): the approval classified the period against a calendar without it, a 500. */
    @Test
    void shouldRefuseToApproveAReportWhosePeriodLeftTheCalendarAndKeepItADraft() {
        String id = Api.draftId(lead, task, "H1", "上半年完成主体工程。");
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("shiftToWorkingDay", true, "periods", List.of(Map.of("period", "Q1", "deadline", "2018-04-10"))))
                .when().put("/api/progress/plans/" + plan + "/calendar").then().statusCode(200);
        Api.approve(lead, id).statusCode(422).contentType("application/problem+json").body("detail", containsString("H1"));
        given().auth().oauth2(Api.reporter(lead)).when().get("/api/progress/reports/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
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

    /** What one report event must say: its type, the report (key and data.reportId) and the transition's facts. */
    private record Expected(String type, String reportId, int version, String fromStatus, String status, String timeliness,
            String note) {

        static Expected of(String type, String reportId, int version, String fromStatus, String status, String timeliness,
                String note) {
            return new Expected(type, reportId, version, fromStatus, status, timeliness, note);
        }

        String describe() {
            return type.substring("duban.progress.".length()) + " " + reportId + " v" + version + " " + fromStatus + "→" + status
                    + " timeliness=" + timeliness + " note=" + note;
        }

        static String describe(KafkaTestClient.Received r) {
            JsonNode d = r.event().path("data");
            return r.event().path("type").asText().substring("duban.progress.".length()) + " " + r.key() + " v"
                    + d.path("version").asInt() + " " + d.path("fromStatus").asText(null) + "→" + d.path("status").asText()
                    + " timeliness=" + d.path("timeliness").asText(null) + " note=" + d.path("note").asText(null);
        }
    }

    private static String editDraft(String unit, String reportId, String narrative) {
        long lock = ((Number) given().auth().oauth2(Api.reporter(unit)).when().get("/api/progress/reports/" + reportId)
                .then().statusCode(200).extract().path("lockVersion")).longValue();
        given().auth().oauth2(Api.reporter(unit)).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", lock, "narrative", narrative))
                .when().put("/api/progress/reports/" + reportId).then().statusCode(200).body("status", equalTo("DRAFT"));
        return reportId;
    }

    /**
     * Drives every transition of the workflow (draft, edit, head approval, return with a reason, revise as
     * version 2, edit, approval, acceptance; and an imported 完成情况) and reads progress-service's topic:
     * exactly one event per transition that changes the status, in order, keyed by the report, with the
     * documented data; an edit (the report stays a DRAFT) publishes nothing, and nothing else is said
     * about these reports.
     */
    @Test
    void shouldPublishAnEventForEveryTransition() {
        String reason = "请补充溢洪道进度数据";
        String v1 = Api.draftId(lead, task, "Q1", "已完成低涵改造。");
        // the service reads the class's @TestClock, not the machine's time
        String createdAt = given().auth().oauth2(Api.supervisor()).when().get("/api/progress/reports/" + v1)
                .then().statusCode(200).extract().path("createdAt");
        assertEquals(java.time.LocalDateTime.parse("2018-04-05T10:00").atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant(),
                java.time.OffsetDateTime.parse(createdAt).toInstant());
        editDraft(lead, v1, "已完成低涵改造。溢洪道正在施工。");
        Api.approve(lead, v1).statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/progress/reports/" + v1 + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        String v2 = given().auth().oauth2(Api.reporter(lead)).when().post("/api/progress/reports/" + v1 + "/revise")
                .then().statusCode(201).body("version", equalTo(2)).extract().path("id");
        editDraft(lead, v2, "已完成低涵改造。已完成溢洪道改造。");
        Api.approve(lead, v2).statusCode(200).body("status", equalTo("SUBMITTED"));
        Api.accept(v2).statusCode(200).body("status", equalTo("ACCEPTED"));
        // the co-unit's 完成情况 arrives from an imported completion table
        String importId = "imp-" + task;
        Events.progressImported(plan, importId, task, "89", co, "区财政局", "Q1", "已拨付资金50万元。");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Api.supervisor())
                .queryParam("taskId", task).queryParam("unitId", co).when().get("/api/progress/reports")
                .then().statusCode(200).extract().<Integer>path("pager.total") == 1);
        String imported = given().auth().oauth2(Api.supervisor()).queryParam("taskId", task).queryParam("unitId", co)
                .when().get("/api/progress/reports").then().extract().path("items[0].id");

        List<Expected> expected = List.of(
                Expected.of(ReportEvents.DRAFTED, v1, 1, null, "DRAFT", null, null),
                Expected.of(ReportEvents.SUBMITTED, v1, 1, "DRAFT", "SUBMITTED", "ON_TIME", "ON_TIME"),
                Expected.of(ReportEvents.RETURNED, v1, 1, "SUBMITTED", "RETURNED", "ON_TIME", reason),
                Expected.of(ReportEvents.REVISED, v2, 2, "RETURNED", "DRAFT", null, "revision of version 1"),
                Expected.of(ReportEvents.SUBMITTED, v2, 2, "DRAFT", "SUBMITTED", "ON_TIME", "ON_TIME"),
                Expected.of(ReportEvents.ACCEPTED, v2, 2, "SUBMITTED", "ACCEPTED", "ON_TIME", null),
                Expected.of(ReportEvents.IMPORTED, imported, 1, null, "IMPORTED", "ON_TIME", importId));

        // the last one reaches the topic (bounded wait), then everything the outbox sent is read to the end
        KafkaTestClient.forTestBroker().readUntil(ProgressTopic.TOPIC,
                r -> r.event().path("type").asText().equals(ReportEvents.ACCEPTED) && v2.equals(r.key()), Duration.ofSeconds(30));
        List<KafkaTestClient.Received> all = ProgressTopic.everythingSent();
        List<KafkaTestClient.Received> ours = all.stream()
                .filter(r -> List.of(v1, v2, imported).contains(r.key())
                        || List.of(v1, v2, imported).contains(r.event().path("data").path("reportId").asText())
                        || task.equals(r.event().path("data").path("taskId").asText()))
                .sorted(java.util.Comparator.comparing(r -> java.time.OffsetDateTime.parse(r.event().path("time").asText())))
                .toList();
        // one event per transition, in the order they happened, and nothing else about this task's reports
        assertEquals(expected.stream().map(Expected::describe).toList(), ours.stream().map(Expected::describe).toList());
        for (String report : List.of(v1, v2, imported)) {
            // per report (one key, one partition) the topic itself holds them in order
            assertEquals(expected.stream().filter(e -> e.reportId().equals(report)).map(Expected::describe).toList(),
                    ProgressTopic.about(all, report).stream().map(Expected::describe).toList(), "events of report " + report);
        }
        for (KafkaTestClient.Received r : ours) {
            JsonNode data = r.event().path("data");
            assertEquals("/duban/progress-service", r.event().path("source").asText());
            assertEquals(r.key(), r.event().path("subject").asText());
            assertEquals(r.key(), data.path("reportId").asText(), "key is the report id");
            assertEquals(task, data.path("taskId").asText());
            assertEquals(plan, data.path("planId").asText());
            assertEquals(Api.REGION, data.path("regionCode").asText());
            assertEquals(2018, data.path("year").asInt());
            assertEquals("Q1", data.path("period").asText());
            String unit = r.key().equals(imported) ? co : lead;
            assertEquals(unit, data.path("unit").path("id").asText());
            assertEquals(unit.equals(co) ? "区财政局" : "区农林水务局", data.path("unit").path("name").asText());
            // the documented data of every report event (README), so consumers can rely on it
            for (String field : List.of("reportId", "taskId", "planId", "regionCode", "year", "period", "unit", "version",
                    "fromStatus", "status", "timeliness", "consolidated", "percentOfAnnual", "actor", "note")) {
                assertTrue(data.has(field), field + " in " + r.raw());
            }
        }
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
        // a co-unit's draft is its own until its head approves it; then the lead unit sees it, and never edits it
        given().auth().oauth2(Api.reporter(lead)).when().get("/api/progress/reports/" + coReport).then().statusCode(403);
        given().auth().oauth2(Api.reporter(lead)).contentType(ContentType.JSON)
                .body(Map.of("lockVersion", 0, "narrative", "代改。"))
                .when().put("/api/progress/reports/" + coReport).then().statusCode(403);
        Api.approve(co, coReport).statusCode(200);
        given().auth().oauth2(Api.reporter(lead)).when().get("/api/progress/reports/" + coReport).then().statusCode(200)
                .body("narrative", equalTo("协办单位报告。"));
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
