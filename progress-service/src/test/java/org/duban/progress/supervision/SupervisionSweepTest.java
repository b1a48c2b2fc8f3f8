package org.duban.progress.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.duban.progress.support.TestClockProducer;
import org.duban.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each test starts at its own instant; the class starts before Q1's reminder window, when nothing is due. */
@QuarkusTest
@TestClock("2018-04-02T09:00")
class SupervisionSweepTest {

    private String plan;
    private String taskA;
    private String taskB;
    private String unitA;
    private String unitB;
    private String unitC;

    @BeforeEach
    void assignTasks() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        plan = "sup-" + s;
        taskA = "sa-" + s;
        taskB = "sb-" + s;
        unitA = "A" + s;
        unitB = "B" + s;
        unitC = "C" + s;
        Events.assigned(new Events.Task(plan, taskA, "1", "完成全国第四次经济普查").lead(unitA, "区统计局" + s));
        Events.assigned(new Events.Task(plan, taskB, "2", "深化政务公开").lead(unitB, "区政务中心" + s).responsible(unitC, "区财政局" + s));
        Api.awaitObligations(unitA, 1);
        Api.awaitObligations(unitC, 1);
    }

    private List<Map<String, Object>> ledger(String unit) {
        return given().auth().oauth2(Api.supervisor()).queryParam("planId", plan).queryParam("unitId", unit)
                .queryParam("pageSize", 100)
                .when().get("/api/progress/supervision/ledger").then().statusCode(200).extract().path("items");
    }

    @Test
    @TestClock("2018-04-06T09:00")
    void shouldRemindBeforeTheDeadlineOnlyUnitsThatHaveNotSubmitted() {
        String b = Api.draftId(unitB, taskB, "Q1", "已公开预算。");
        Api.approve(unitB, b).statusCode(200);
        TestClockProducer.clock().set("2018-04-08T08:00:00");
        Api.sweep();
        assertEquals("REMINDER_BEFORE", ledger(unitA).get(0).get("kind"));
        assertEquals(1, ledger(unitC).size());
        assertTrue(ledger(unitB).isEmpty());
        // a second sweep on the same day reminds nobody twice
        Api.sweep();
        assertEquals(1, ledger(unitA).size());
    }

    /** Two offices granting one unit's 补报 at the same instant: one grant, both answered — no unique-key error logged. */
    @Test
    @TestClock("2018-04-09T09:00")
    void shouldKeepOneLateGrantWhenTwoArriveAtOnce() {
        java.util.function.IntSupplier grant = () -> given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unitC, "period", "Q1", "allowedUntil", "2018-04-15", "reason", "系统故障,准予补报"))
                .when().post("/api/progress/plans/" + plan + "/late-grants").then().extract().statusCode();
        List<Integer> codes = new java.util.ArrayList<>();
        List<String> sqlErrors = org.duban.testing.SqlErrorLog.during(() -> codes.addAll(
                org.duban.testing.Races.together(grant, grant)));
        assertEquals(List.of(201, 201), codes);
        assertEquals(List.of(), sqlErrors);
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/plans/" + plan + "/late-grants")
                .then().statusCode(200).body("pager.total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    @TestClock("2018-04-09T09:00")
    void shouldFlagUrgeAndNameOverdueUnitsAtTheDayAfterTheDeadlineButNotThoseWithA补报Exception() {
        String b = Api.draftId(unitB, taskB, "Q1", "已公开预算。");
        Api.approve(unitB, b).statusCode(200);
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unitC, "period", "Q1", "allowedUntil", "2018-04-15", "reason", "系统故障,准予补报"))
                .when().post("/api/progress/plans/" + plan + "/late-grants").then().statusCode(201);

        TestClockProducer.clock().set("2018-04-11T08:00:00");
        Api.sweep();
        List<Map<String, Object>> a = ledger(unitA);
        assertTrue(a.stream().anyMatch(l -> "OVERDUE".equals(l.get("kind"))), a.toString());
        assertTrue(a.stream().anyMatch(l -> "URGED".equals(l.get("kind")) && "REMINDER".equals(l.get("level"))), a.toString());
        assertTrue(ledger(unitC).stream().noneMatch(l -> "OVERDUE".equals(l.get("kind"))));
        assertTrue(ledger(unitB).isEmpty());

        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", "md")
                .when().get("/api/progress/plans/" + plan + "/notice")
                .then().statusCode(200).contentType(containsString("text/markdown"))
                .body(containsString("区统计局")).body(containsString("逾期未报1项:第1项"))
                .body(not(containsString("区财政局")));
        // published, the notice is frozen and readable by anyone in every format
        String notice = given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "period", "Q1", "kind", "NOTICE", "documentNumber", "区督通〔2018〕3号",
                        "addressee", "各乡、街道办事处,区直各单位", "issuer", "区政府督查室"))
                .when().post("/api/progress/publications").then().statusCode(201).extract().path("id");
        given().queryParam("format", "html").when().get("/api/progress/publications/" + notice + "/content")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<p class=\"number\">区督通〔2018〕3号</p>"))
                .body(containsString("<p class=\"addressee\">各乡、街道办事处,区直各单位:</p>"))
                .body(containsString("、报送及进度情况</h2>")).body(containsString("逾期未报1项:第1项"))
                .body(containsString("<p class=\"signature\">区政府督查室</p>"))
                .body(containsString("<p class=\"date\">2018年4月11日</p>"));
        given().queryParam("format", "xlsx").when().get("/api/progress/publications/" + notice + "/content")
                .then().statusCode(200).contentType(containsString("spreadsheetml"));
        // the office edits the body before freezing: its text is the notice, head and signature kept
        String edited = given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "period", "Q1", "kind", "NOTICE", "issuer", "区政府督查室",
                        "body", "一、总体情况\n\n一季度各单位总体按序时推进,\n区统计局逾期未报,予以通报。"))
                .when().post("/api/progress/publications").then().statusCode(201).body("version", org.hamcrest.Matchers.equalTo(2))
                .extract().path("id");
        given().queryParam("format", "html").when().get("/api/progress/publications/" + edited + "/content")
                .then().statusCode(200).body(containsString("<h2>一、总体情况</h2>"))
                .body(containsString("<p>一季度各单位总体按序时推进,区统计局逾期未报,予以通报。</p>"))
                .body(not(containsString("报送及进度情况"))).body(containsString("<p class=\"signature\">区政府督查室</p>"));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "period", "Q1", "kind", "COMPLETION_TABLE", "body", "改过的表"))
                .when().post("/api/progress/publications").then().statusCode(422).contentType("application/problem+json");

        var read = KafkaTestClient.forTestBroker().readUntil("duban.progress.v1",
                r -> r.event().path("type").asText().equals("duban.progress.unit-urged.v1")
                        && r.event().path("data").path("unit").path("id").asText().equals(unitA),
                Duration.ofSeconds(30));
        var urged = read.get(read.size() - 1);
        assertEquals(taskA, urged.key());
        assertEquals("REMINDER", urged.event().path("data").path("level").asText());
        assertEquals("2018-04-10", urged.event().path("data").path("deadline").asText());
        assertEquals(1, urged.event().path("data").path("daysOverdue").asInt());
        for (String field : List.of("ledgerId", "taskId", "taskNumber", "taskTitle", "planId", "regionCode", "unit", "period",
                "deadline", "level", "daysOverdue", "note", "actor")) {
            assertTrue(urged.event().path("data").has(field), field);
        }

        // the excused unit reports late within its exception and is accepted, marked so
        TestClockProducer.clock().set("2018-04-13T10:00:00");
        String c = Api.draftId(unitC, taskB, "Q1", "已完成财政预算公开。");
        Api.approve(unitC, c).statusCode(200).body("timeliness", equalTo("LATE_EXCUSED"));
        Api.accept(c).statusCode(200).body("status", equalTo("ACCEPTED")).body("timeliness", equalTo("LATE_EXCUSED"));
    }

    @Test
    @TestClock("2018-04-11T08:00")
    void shouldEscalateUrgingFromReminderToBlueYellowAndRed() {
        // counted in working days of the official 2018 schedule (劳动节 4/29–5/1, Saturday 4/28 worked)
        Api.sweep();
        TestClockProducer.clock().set("2018-04-12T08:00:00"); // 2 working days overdue
        Api.sweep();
        TestClockProducer.clock().set("2018-04-15T08:00:00"); // a Sunday: nothing is dated on a rest day, and the office is told
        Api.sweep().body("urged", equalTo(0)).body("plansOnRestDay", greaterThan(0));
        TestClockProducer.clock().set("2018-04-16T08:00:00"); // 4 working days
        Api.sweep().body("plansOnRestDay", equalTo(0));
        TestClockProducer.clock().set("2018-04-20T08:00:00"); // 8
        Api.sweep();
        TestClockProducer.clock().set("2018-04-30T08:00:00"); // a holiday
        Api.sweep();
        assertEquals(List.of("REMINDER", "BLUE", "YELLOW"),
                ledger(unitA).stream().filter(l -> "URGED".equals(l.get("kind"))).map(l -> l.get("level")).toList());
        TestClockProducer.clock().set("2018-05-02T08:00:00"); // 15, with the make-up Saturday 4/28
        Api.sweep();
        List<Object> levels = ledger(unitA).stream().filter(l -> "URGED".equals(l.get("kind"))).map(l -> l.get("level")).toList();
        assertEquals(List.of("REMINDER", "BLUE", "YELLOW", "RED"), levels);
        // by hand the office cannot go above red
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("taskId", taskA, "unitId", unitA, "period", "Q1", "note", "请立即报送"))
                .when().post("/api/progress/supervision/urgings")
                .then().statusCode(201).body("level", equalTo("RED")).body("levelLabel", equalTo("红色督办单"));
    }

    @Test
    void shouldNotLetAUnitRunTheSweep() {
        given().auth().oauth2(Api.reporter(unitA)).when().post("/api/progress/supervision/sweeps").then().statusCode(403);
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("taskId", taskA, "unitId", "nobody", "period", "Q1"))
                .when().post("/api/progress/supervision/urgings").then().statusCode(422);
    }

    @Test
    @TestClock("2018-04-09T09:00")
    void shouldCountCompletenessAsByHand() {
        // 3 owed for Q1: A (nothing), B (on time), C (late, no exception)
        Api.approve(unitB, Api.draftId(unitB, taskB, "Q1", "按时。")).statusCode(200);
        TestClockProducer.clock().set("2018-04-12T09:00:00");
        Api.approve(unitC, Api.draftId(unitC, taskB, "Q1", "迟报。")).statusCode(200);
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("groupBy", "plan")
                .when().get("/api/progress/plans/" + plan + "/completeness")
                .then().statusCode(200)
                .body("items[0].expected", equalTo(3)).body("items[0].received", equalTo(2))
                .body("items[0].onTime", equalTo(1)).body("items[0].late", equalTo(1))
                .body("items[0].missing", equalTo(1)).body("items[0].overdue", equalTo(1));
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1")
                .when().get("/api/progress/plans/" + plan + "/completeness")
                .then().statusCode(200)
                .body("items.find { it.key == '" + unitA + "' }.missing", equalTo(1))
                .body("items.find { it.key == '" + unitB + "' }.onTime", equalTo(1))
                .body("items.find { it.key == '" + unitC + "' }.late", equalTo(1));
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("groupBy", "SECTION")
                .when().get("/api/progress/plans/" + plan + "/completeness")
                .then().statusCode(200).body("items[0].key", equalTo("重点工作")).body("items[0].expected", equalTo(3));
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("groupBy", "team")
                .when().get("/api/progress/plans/" + plan + "/completeness").then().statusCode(400);
        // the assessment explains every criterion of every unit
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/plans/" + plan + "/assessment")
                .then().statusCode(200)
                .body("items.unitId", hasItems(unitA, unitB, unitC))
                .body("items[0].unitId", equalTo(unitB))
                .body("items.find { it.unitId == '" + unitA + "' }.lines[0].explanation", containsString("未报 1 份"));
    }
}
