package org.duban.progress.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.platform.openapi.ApiDocumentFilter;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.duban.progress.support.TestClockProducer;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The year an office lives through (issue 13), replayed through HTTP with the service's clock moved day by day: a
 * responsibility change mid-year, the official 2026 working-day schedule, the office's counting base and an
 * assessment where one unit reports and 56 stay silent. Each region is the test's own, so a sweep sees only it.
 */
@QuarkusTest
@TestClock("2026-04-01T09:00")
class SupervisionYearReplayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The test's own region, so that a sweep sees only its plans, and a suffix for its ids. */
    private String region;
    private String s;

    @BeforeEach
    void ownRegionAndIds() {
        region = "43" + String.format("%04d", (int) (Math.random() * 10000));
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    private Events.Task task(int year, String plan, String taskId, String number) {
        return new Events.Task(plan, taskId, number, "任务" + number).set("regionCode", region).set("year", year);
    }

    /** Announces the task as published early in its year and waits until {@code unit} owes it. */
    private void announce(Events.Task task, String unit) {
        Events.assigned(task, task.data.get("year") + "-01-05T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> obligations(region, unit).size() == 1);
    }

    private static List<Map<String, Object>> obligations(String region, String unit) {
        return obligations(region, unit, false);
    }

    private static List<Map<String, Object>> obligations(String region, String unit, boolean ended) {
        return given().auth().oauth2(TestTokens.supervisor(region)).queryParam("unitId", unit).queryParam("pageSize", 100)
                .queryParam("ended", ended).when().get("/api/progress/obligations").then().statusCode(200).extract().path("items");
    }

    /** The periods the unit owes on every stretch it was assigned, ended ones included. */
    private static List<String> periodsOwed(String region, String unit) {
        List<String> periods = new ArrayList<>();
        for (Map<String, Object> o : obligations(region, unit, true)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> due = (List<Map<String, Object>>) o.get("periods");
            due.forEach(d -> periods.add((String) d.get("period")));
        }
        return periods;
    }

    private static String file(String region, String unit, String taskId, String period, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("taskId", taskId, "period", period, "narrative", "按计划推进。"));
        body.putAll(extra);
        String id = given().auth().oauth2(TestTokens.unitReporter(region, unit)).contentType(ContentType.JSON).body(body)
                .when().post("/api/progress/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.unitHead(region, unit)).when().post("/api/progress/reports/" + id + "/approve")
                .then().statusCode(200);
        return id;
    }

    private static void accept(String region, String reportId) {
        given().auth().oauth2(TestTokens.supervisor(region)).when().post("/api/progress/reports/" + reportId + "/accept")
                .then().statusCode(200);
    }

    private static String returnAndRevise(String region, String unit, String reportId) {
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON).body(Map.of("reason", "请补充数据"))
                .when().post("/api/progress/reports/" + reportId + "/return").then().statusCode(200);
        String v2 = given().auth().oauth2(TestTokens.unitReporter(region, unit)).when()
                .post("/api/progress/reports/" + reportId + "/revise").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.unitHead(region, unit)).when().post("/api/progress/reports/" + v2 + "/approve")
                .then().statusCode(200);
        return v2;
    }

    private static Map<String, Object> completeness(String region, String plan, String period) {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", period)
                .queryParam("groupBy", "PLAN").when().get("/api/progress/plans/" + plan + "/completeness")
                .then().statusCode(200).extract().path("items");
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static List<Map<String, Object>> ledger(String region, String plan) {
        return given().auth().oauth2(TestTokens.supervisor(region)).queryParam("planId", plan).queryParam("pageSize", 500)
                .when().get("/api/progress/supervision/ledger").then().statusCode(200).extract().path("items");
    }

    private static void sweep(String region) {
        given().auth().oauth2(TestTokens.supervisor(region)).when().post("/api/progress/supervision/sweeps").then().statusCode(200);
    }

    private static LocalDate day(Map<String, Object> ledgerLine) {
        return OffsetDateTime.parse((String) ledgerLine.get("at")).atZoneSameInstant(SHANGHAI).toLocalDate();
    }

    /**
     * T has lead A and responsible B and C; all three file Q1 on 4/8 and are accepted. On 5/15 C is taken off T, on
     * 6/20 D is added. Q1 stays expected 3 / received 3; D owes nothing for Q1 and is never urged for it; H1 expects A,
     * B and D; A's returned-and-resubmitted H1 report counts once; C may still file H1 but is never counted for it.
     */
    @Test
    void shouldCountWhoWasAssignedOnEachDeadlineWhenResponsibilitiesChangeMidYear() {
        String plan = "hist-" + s;
        String t = "ht-" + s;
        String a = "A" + s;
        String b = "B" + s;
        String c = "C" + s;
        String d = "D" + s;
        Events.Task task = task(2026, plan, t, "1").lead(a, "区发改局" + s).responsible(b, "区财政局" + s, c, "区统计局" + s);
        announce(task, c);

        TestClockProducer.clock().set("2026-04-08T10:00:00");
        for (String unit : List.of(a, b, c)) {
            accept(region, file(region, unit, t, "Q1", Map.of()));
        }

        Events.updated(task.responsible(b, "区财政局" + s).set("version", 2), "2026-05-15T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, c).isEmpty());
        assertEquals(List.of("Q1"), periodsOwed(region, c), "C still owed Q1, assigned on its deadline");
        assertEquals("2026-05-15", obligations(region, c, true).get(0).get("assignedUntil"));
        Events.updated(task.responsible(b, "区财政局" + s, d, "区数据局" + s).set("version", 3), "2026-06-20T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !obligations(region, d).isEmpty());
        assertEquals(List.of("H1", "Q3", "ANNUAL"), periodsOwed(region, d), "D owes the periods whose deadline it was assigned on");
        assertEquals(List.of("Q1", "H1", "Q3", "ANNUAL"), periodsOwed(region, a));

        // 6/21 is a Sunday of the 端午 holiday: nothing is swept; 6/22 is the next working day
        for (String when : List.of("2026-06-21T08:00:00", "2026-06-22T08:00:00")) {
            TestClockProducer.clock().set(when);
            sweep(region);
        }
        assertTrue(ledger(region, plan).stream().noneMatch(l -> "Q1".equals(l.get("period"))), ledger(region, plan).toString());
        // D cannot be urged by hand for Q1 either: it owed none
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON)
                .body(Map.of("taskId", t, "unitId", d, "period", "Q1"))
                .when().post("/api/progress/supervision/urgings").then().statusCode(422);

        Map<String, Object> q1 = completeness(region, plan, "Q1");
        assertEquals(3, q1.get("expected"));
        assertEquals(3, q1.get("received"));
        assertEquals(0, q1.get("missing"));

        TestClockProducer.clock().set("2026-07-06T10:00:00");
        String h1a = file(region, a, t, "H1", Map.of());
        accept(region, returnAndRevise(region, a, h1a));
        file(region, b, t, "H1", Map.of());
        file(region, d, t, "H1", Map.of());
        file(region, c, t, "H1", Map.of()); // off the task since 5/15: may still file
        TestClockProducer.clock().set("2026-07-13T09:00:00");
        Map<String, Object> h1 = completeness(region, plan, "H1");
        assertEquals(3, h1.get("expected"), h1.toString());
        assertEquals(3, h1.get("received"), h1.toString());
        assertEquals(0, h1.get("missing"), h1.toString());
        List<Map<String, Object>> byUnit = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", "H1")
                .when().get("/api/progress/plans/" + plan + "/completeness").then().statusCode(200).extract().path("items");
        assertEquals(List.of(a, b, d).stream().sorted().toList(), byUnit.stream().map(r -> (String) r.get("key")).sorted().toList());
        // C's accepted Q1 report still counts in its assessment; nobody's rates exceed what it owed
        List<Map<String, Object>> assessed = given().auth().oauth2(TestTokens.supervisor(region))
                .when().get("/api/progress/plans/" + plan + "/assessment").then().statusCode(200).extract().path("items");
        Map<String, Object> cLine = assessed.stream().filter(x -> c.equals(x.get("unitId"))).findFirst().orElseThrow();
        assertTrue(cLine.toString().contains("应报 1 份,按时 1 份"), cLine.toString());
        for (Map<String, Object> x : assessed) {
            assertTrue(((Number) x.get("total")).doubleValue() <= ((Number) x.get("maxPoints")).doubleValue(), x.toString());
        }
    }

    /** Removed from 3/1, named again from 2/1: the removal is undone, one stretch, never two that overlap. */
    @Test
    void shouldKeepOneStretchWhenARemovalIsUndone() {
        String plan = "undo-" + s;
        String a = "A" + s;
        String c = "C" + s;
        Events.Task task = task(2026, plan, "ut-" + s, "1").lead(a, "区发改局" + s).responsible(c, "区统计局" + s);
        announce(task, c);
        Events.updated(task.responsible().set("version", 2).set("effectiveDate", "2026-03-01"), "2026-03-02T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, c).isEmpty());
        Events.updated(task.responsible(c, "区统计局" + s).set("version", 3).set("effectiveDate", "2026-02-01"), "2026-03-03T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, c).size() == 1);
        List<Map<String, Object>> stretches = obligations(region, c, true);
        assertEquals(1, stretches.size(), stretches.toString());
        assertEquals(null, stretches.get(0).get("assignedFrom"));
        assertEquals(null, stretches.get(0).get("assignedUntil"));
        assertEquals(List.of("Q1", "H1", "Q3", "ANNUAL"), periodsOwed(region, c));
    }

    private void progressImported(String plan, String taskId, String unit, String period) {
        Map<String, Object> d = new HashMap<>();
        d.put("importId", "imp-" + s);
        d.put("planId", plan);
        d.put("taskId", taskId);
        d.put("regionCode", region);
        d.put("year", 2026);
        d.put("period", period);
        d.put("unit", Events.unit(unit, "导入单位" + s));
        d.put("text", "已完成。");
        d.put("number", "1");
        Events.send(Events.TASKS_TOPIC, taskId, "duban.tasks.progress-imported.v1", d);
    }

    /**
     * Imported progress names unit X before tasks-service announces the task; the announcement names only Y: X was
     * never assigned and owes nothing. A cancelled placeholder stays cancelled when more imported progress arrives.
     */
    @Test
    void shouldForgetAPlaceholdersUnitTheAnnouncementDoesNotName() {
        String plan = "ph-" + s;
        String x = "X" + s;
        String y = "Y" + s;
        progressImported(plan, "pt-" + s, x, "Q1");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, x).size() == 1);
        announce(task(2026, plan, "pt-" + s, "1").lead(y, "区发改局" + s), y);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, x, true).isEmpty());
        assertEquals(List.of("Q1", "H1", "Q3", "ANNUAL"), periodsOwed(region, y));

        progressImported(plan, "pc-" + s, x, "Q1");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, x).size() == 1);
        Map<String, Object> cancel = new HashMap<>(Map.of("taskId", "pc-" + s, "planId", plan, "version", 1));
        Events.send(Events.TASKS_TOPIC, "pc-" + s, "duban.tasks.task-cancelled.v1", cancel);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, x, true).isEmpty());
        progressImported(plan, "pc-" + s, x, "H1");
        String marker = "M" + s; // a later event on another task: when it is in, the import before it is too
        announce(task(2026, plan, "pm-" + s, "2").lead(marker, "区标记单位" + s), marker);
        assertTrue(obligations(region, x, true).isEmpty(), "a cancelled task owes nothing: " + obligations(region, x, true));
    }

    /** A change seen before the task's announcement is still a dated change: the unit it adds owes nothing earlier. */
    @Test
    void shouldDateAChangeSeenBeforeTheAnnouncement() {
        String plan = "ooo-" + s;
        String b = "B" + s;
        Events.Task task = task(2026, plan, "oo-" + s, "1").lead("A" + s, "区发改局" + s).responsible(b, "区财政局" + s)
                .set("version", 2).set("effectiveDate", "2026-06-01");
        Events.updated(task, "2026-06-01T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, b).size() == 1);
        assertEquals(List.of("H1", "Q3", "ANNUAL"), periodsOwed(region, b));
    }

    /** Stretches [start, 2/1) and [4/1, 5/1), named again from 1/15: one stretch from the start, nothing overlapping. */
    @Test
    void shouldFoldEveryStretchAReopenedOneReaches() {
        String plan = "fold-" + s;
        String c = "C" + s;
        Events.Task task = task(2026, plan, "ft-" + s, "1").lead("A" + s, "区发改局" + s).responsible(c, "区统计局" + s);
        announce(task, c);
        int version = 1;
        for (String[] step : new String[][] {{"out", "2026-02-01"}, {"in", "2026-04-01"}, {"out", "2026-05-01"}, {"in", "2026-01-15"}}) {
            if (step[0].equals("out")) {
                task.responsible();
            } else {
                task.responsible(c, "区统计局" + s);
            }
            Events.updated(task.set("version", ++version).set("effectiveDate", step[1]), "2026-06-01T10:00");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> obligations(region, c).size() == 1);
        List<Map<String, Object>> stretches = obligations(region, c, true);
        assertEquals(1, stretches.size(), stretches.toString());
        assertEquals(null, stretches.get(0).get("assignedFrom"));
    }

    /**
     * With the 2026 schedule and no calendar typed in: the Q3 deadline stays Saturday 10/10 (a make-up working day);
     * a unit that never reports through April–October gets its reminders and urgings on working days only: the Q1
     * reminder on 4/7, the ladder REMINDER 4/13, BLUE 4/16, YELLOW 4/22, RED 5/6 (counted in working days, across the
     * 5/1–5/5 holiday), the Q3 reminder on Wednesday 9/30.
     */
    @Test
    void shouldRemindAndUrgeOnlyOnOfficialWorkingDays() {
        String plan = "wd-" + s;
        String e = "E" + s;
        announce(task(2026, plan, "wt-" + s, "1").lead(e, "区住建局" + s), e);

        List<Map<String, Object>> periods = given().auth().oauth2(TestTokens.supervisor(region))
                .when().get("/api/progress/plans/" + plan + "/calendar").then().statusCode(200).extract().path("periods");
        Map<String, Object> q3 = periods.stream().filter(p -> "Q3".equals(p.get("period"))).findFirst().orElseThrow();
        assertEquals("2026-10-10", q3.get("effectiveDeadline"));
        assertEquals(false, q3.get("shifted"));

        for (LocalDate d = LocalDate.of(2026, 4, 1); !d.isAfter(LocalDate.of(2026, 10, 31)); d = d.plusDays(1)) {
            TestClockProducer.clock().set(d + "T08:00:00");
            sweep(region);
        }
        List<Map<String, Object>> lines = ledger(region, plan);
        assertFalse(lines.isEmpty());
        Map<String, Object> schedule = given().auth().oauth2(TestTokens.supervisor(region))
                .when().get("/api/progress/working-days/2026").then().statusCode(200).extract().as(Map.class);
        List<?> holidays = (List<?>) schedule.get("holidays");
        List<?> makeUp = (List<?>) schedule.get("makeUpWorkdays");
        for (Map<String, Object> l : lines) {
            LocalDate at = day(l);
            boolean weekend = at.getDayOfWeek().getValue() >= 6;
            boolean rest = holidays.contains(at.toString()) || (weekend && !makeUp.contains(at.toString()));
            assertFalse(rest, "ledger line dated on a rest day: " + l);
        }
        Map<String, LocalDate> q1 = new HashMap<>();
        for (Map<String, Object> l : lines) {
            if ("Q1".equals(l.get("period"))) {
                q1.put(l.get("kind") + (l.get("level") == null ? "" : "/" + l.get("level")), day(l));
            }
        }
        assertEquals(LocalDate.of(2026, 4, 7), q1.get("REMINDER_BEFORE"));
        assertEquals(LocalDate.of(2026, 4, 13), q1.get("OVERDUE"));
        assertEquals(LocalDate.of(2026, 4, 13), q1.get("URGED/REMINDER"));
        assertEquals(LocalDate.of(2026, 4, 16), q1.get("URGED/BLUE"));
        assertEquals(LocalDate.of(2026, 4, 22), q1.get("URGED/YELLOW"));
        assertEquals(LocalDate.of(2026, 5, 6), q1.get("URGED/RED"));
        LocalDate q3Reminder = lines.stream().filter(l -> "Q3".equals(l.get("period")) && "REMINDER_BEFORE".equals(l.get("kind")))
                .map(SupervisionYearReplayTest::day).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 9, 30), q3Reminder);
    }

    /** Timeliness at Beijing midnight: 23:30 on the deadline day is on time, 00:10 the next day is late. */
    @Test
    void shouldJudgeTimelinessAtBeijingMidnight() {
        String plan = "mid-" + s;
        String f = "F" + s;
        String g = "G" + s;
        announce(task(2026, plan, "mt-" + s, "1").lead(f, "区教育局" + s).responsible(g, "区卫健委" + s), g);
        TestClockProducer.clock().set("2026-04-10T23:30:00");
        String onTime = file(region, f, "mt-" + s, "Q1", Map.of());
        TestClockProducer.clock().set("2026-04-11T00:10:00");
        String late = file(region, g, "mt-" + s, "Q1", Map.of());
        given().auth().oauth2(TestTokens.supervisor(region)).when().get("/api/progress/reports/" + onTime)
                .then().statusCode(200).body("timeliness", equalTo("ON_TIME"));
        given().auth().oauth2(TestTokens.supervisor(region)).when().get("/api/progress/reports/" + late)
                .then().statusCode(200).body("timeliness", equalTo("LATE"));
    }

    /**
     * A monthly "by the 28th" calendar on the 2021 schedule shifts only where the 28th is a rest day: M02 → 3/1,
     * M03 → 3/29, M08 → 8/30, M11 → 11/29.
     */
    @Test
    void shouldShiftAMonthlyCalendarOnlyWhereTheDeadlineIsARestDay() {
        String plan = "m28-" + s;
        announce(task(2021, plan, "m28t-" + s, "1").lead("H" + s, "区商务局" + s), "H" + s);
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Map.of("period", String.format("M%02d", m), "deadline", LocalDate.of(2021, m, 28).toString()));
        }
        List<Map<String, Object>> periods = given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON)
                .body(Map.of("shiftToWorkingDay", true, "periods", months))
                .when().put("/api/progress/plans/" + plan + "/calendar").then().statusCode(200).extract().path("periods");
        Map<String, String> shifted = new HashMap<>();
        for (Map<String, Object> p : periods) {
            if (Boolean.TRUE.equals(p.get("shifted"))) {
                shifted.put((String) p.get("period"), (String) p.get("effectiveDeadline"));
            }
        }
        assertEquals(Map.of("M02", "2021-03-01", "M03", "2021-03-29", "M08", "2021-08-30", "M11", "2021-11-29"), shifted);
    }

    /**
     * A Q3 with 132 tasks, 7 of them main expected targets judged separately: 125 counted; 19 done (15.2 %), 98 on
     * track (78.4 %), 5 in difficulty, 2 adjusted and 1 that cannot be completed by the office's judgement; expected
     * to complete (19 + 98) / 125 = 93.6 %. The notice states the same.
     */
    @Test
    void shouldCountTheNoticeOverTheOfficesBaseAndCategories() {
        String plan = "cnt-" + s;
        List<String> tasks = new ArrayList<>();
        for (int i = 1; i <= 132; i++) {
            String id = "ct" + i + "-" + s;
            tasks.add(id);
            Events.Task task = task(2026, plan, id, String.valueOf(i)).lead("U" + i + s, "单位" + i + s);
            if (i <= 7) {
                task.set("sectionKind", "TARGETS").set("sectionPath", List.of("主要预期目标"));
            }
            Events.assigned(task, "2026-03-01T10:00");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> obligations(region, "U132" + s).size() == 1);
        TestClockProducer.clock().set("2026-10-09T10:00:00");
        for (int i = 8; i <= 132; i++) {
            String status = i <= 26 ? "COMPLETED" : i <= 124 ? "ON_PACE" : i <= 129 ? "BEHIND" : null;
            if (status != null) {
                file(region, "U" + i + s, tasks.get(i - 1), "Q3", Map.of("selfAssessedStatus", status));
            }
        }
        for (int i = 130; i <= 132; i++) {
            given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON)
                    .body(Map.of("category", i == 132 ? "CANNOT_COMPLETE" : "ADJUSTED"))
                    .when().put("/api/progress/plans/" + plan + "/periods/Q3/classifications/" + tasks.get(i - 1))
                    .then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON).body(Map.of("category", "NO_SUCH"))
                .when().put("/api/progress/plans/" + plan + "/periods/Q3/classifications/" + tasks.get(0))
                .then().statusCode(422);
        // a task of another plan of the region is not this plan's to classify
        announce(task(2026, "other-" + s, "ot-" + s, "1").lead("O" + s, "区外单位" + s), "O" + s);
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON).body(Map.of("category", "DONE"))
                .when().put("/api/progress/plans/" + plan + "/periods/Q3/classifications/ot-" + s)
                .then().statusCode(422).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", "Q3")
                .when().get("/api/progress/plans/" + plan + "/status-counts").then().statusCode(200)
                .body("base", equalTo(125)).body("excluded", equalTo(7)).body("unclassified", equalTo(0))
                .body("categories.find { it.code == 'DONE' }.count", equalTo(19))
                .body("categories.find { it.code == 'DONE' }.share", equalTo(15.2f))
                .body("categories.find { it.code == 'ON_TRACK' }.count", equalTo(98))
                .body("categories.find { it.code == 'ON_TRACK' }.share", equalTo(78.4f))
                .body("categories.find { it.code == 'DIFFICULT' }.count", equalTo(5))
                .body("categories.find { it.code == 'ADJUSTED' }.count", equalTo(2))
                .body("categories.find { it.code == 'CANNOT_COMPLETE' }.count", equalTo(1))
                .body("expectedToComplete", equalTo(117)).body("expectedToCompleteShare", equalTo(93.6f));
        assertOverviewIsItsThreeParts(plan, "Q3");
        String notice = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", "Q3").queryParam("format", "md")
                .when().get("/api/progress/plans/" + plan + "/notice").then().statusCode(200).extract().asString();
        assertTrue(notice.contains("纳入本期统计的125项重点工作中,已完成或基本完成19项,占15.2%;进展良好能确保完成98项,占78.4%;"
                + "有一定困难5项,占4.0%;指标调整2项,占1.6%;不能完成1项,占0.8%;预计能够完成的117项,占93.6%。"
                + "另有主要预期目标等7项单独评价。"), notice);

        // the office may count the targets too
        Map<String, Object> rule = given().auth().oauth2(TestTokens.supervisor(region))
                .when().get("/api/progress/plans/" + plan + "/counting").then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON)
                .body(Map.of("categories", rule.get("categories"), "excludedSectionKinds", List.of()))
                .when().put("/api/progress/plans/" + plan + "/counting").then().statusCode(200).body("customised", equalTo(true));
        given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", "Q3")
                .when().get("/api/progress/plans/" + plan + "/status-counts").then().statusCode(200)
                .body("base", equalTo(132)).body("unclassified", equalTo(7));
        // a second edit must name the version it read
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON)
                .body(Map.of("categories", rule.get("categories"), "excludedSectionKinds", List.of("TARGETS")))
                .when().put("/api/progress/plans/" + plan + "/counting").then().statusCode(428);
    }

    /**
     * The plan overview (the gateway's dashboard reads it) gives exactly what pace, completeness by unit and status
     * counts give one by one, from one snapshot; it is scoped and validated as they are.
     */
    private void assertOverviewIsItsThreeParts(String plan, String period) {
        Map<String, Object> overview = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", period)
                .when().get("/api/progress/plans/" + plan + "/overview").then().statusCode(200).extract().as(Map.class);
        Object pace = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", period)
                .queryParam("pageSize", 1000).when().get("/api/progress/plans/" + plan + "/pace").then().statusCode(200)
                .extract().as(Map.class).get("items");
        Object completeness = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", period)
                .queryParam("pageSize", 1000).when().get("/api/progress/plans/" + plan + "/completeness").then().statusCode(200)
                .extract().as(Map.class).get("items");
        Map<String, Object> counts = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", period)
                .when().get("/api/progress/plans/" + plan + "/status-counts").then().statusCode(200).extract().as(Map.class);
        assertEquals(period, overview.get("period"));
        assertEquals(132, ((List<?>) pace).size());
        // compared whole, reported briefly (a page of 132 rows would flood the log)
        assertTrue(pace.equals(overview.get("pace")), "the overview's pace differs from GET …/pace");
        assertTrue(completeness.equals(overview.get("completeness")), "the overview's completeness differs from GET …/completeness");
        assertEquals(counts, overview.get("statusCounts"));
        given().auth().oauth2(TestTokens.supervisor("439999")).queryParam("period", period)
                .when().get("/api/progress/plans/" + plan + "/overview").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", "Q5")
                .when().get("/api/progress/plans/" + plan + "/overview").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", period)
                .when().get("/api/progress/plans/no-such-" + s + "/overview").then().statusCode(404).contentType("application/problem+json");
        // a month the plan's quarterly calendar lacks: 422, as the service's own document says (it listed no 422)
        given().auth().oauth2(TestTokens.supervisor(region)).queryParam("period", "M05")
                .when().get("/api/progress/plans/" + plan + "/overview").then().statusCode(422).contentType("application/problem+json");
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/progress/plans/{planId}/overview'.get.responses", hasKey("422"))
                .body("paths.'/api/progress/plans/{planId}/pace'.get.responses", hasKey("200"))
                .body("paths.'/api/progress/plans/{planId}/pace'.get", not(
                        hasKey(ApiDocumentFilter.PERIOD_IN_CALENDAR)));
    }

    /**
     * One unit reports Q1 (returned once, then accepted); 56 owe a report and file none. The 56 silent units score
     * nothing for first-time acceptance and rank below the one that reported.
     */
    @Test
    void shouldNeverRankSilentUnitsAboveTheOneThatReported() {
        String plan = "asm-" + s;
        String reporter = "R" + s;
        Object[] silent = new Object[112];
        for (int i = 0; i < 56; i++) {
            silent[2 * i] = "S" + i + "-" + s;
            silent[2 * i + 1] = "沉默单位" + i + s;
        }
        Events.Task task = task(2026, plan, "at-" + s, "1").lead(reporter, "区审计局" + s)
                .responsible(java.util.Arrays.copyOf(silent, silent.length, String[].class));
        announce(task, "S55-" + s);
        TestClockProducer.clock().set("2026-04-09T10:00:00");
        accept(region, returnAndRevise(region, reporter, file(region, reporter, "at-" + s, "Q1", Map.of())));
        TestClockProducer.clock().set("2026-04-13T09:00:00");

        List<Map<String, Object>> ranked = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("pageSize", 100)
                .when().get("/api/progress/plans/" + plan + "/assessment").then().statusCode(200).extract().path("items");
        assertEquals(57, ranked.size());
        assertEquals(reporter, ranked.get(0).get("unitId"), ranked.get(0).toString());
        double top = ((Number) ranked.get(0).get("total")).doubleValue();
        for (Map<String, Object> u : ranked.subList(1, ranked.size())) {
            assertTrue(((Number) u.get("total")).doubleValue() < top, u.toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) u.get("lines");
            for (Map<String, Object> line : lines) {
                assertEquals(0.0, ((Number) line.get("points")).doubleValue(), u.get("unitId") + " " + line);
            }
        }
    }
}
