package org.duban.progress.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The event backbone of progress-service, driven through Kafka, PostgreSQL and HTTP: the read model
 * takes awkward event shapes, a poison event is dead-lettered and replayable, and a database outage
 * is waited out with nothing parked and nothing lost. Each fault test prints its counts.
 */
@QuarkusTest
class EventBackboneTest {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static final String DEAD_LETTER_TOPIC = "duban.dead-letters.progress-service";

    private static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    private static String send(Events.Task task, String type, int version) {
        task.set("version", version);
        String id = UUID.randomUUID().toString();
        KAFKA.send(Events.TASKS_TOPIC, task.taskId(), Events.cloudEvent(id, "/duban/tasks-service", type, task.taskId(), task.data));
        return id;
    }

    /** The record (key, CloudEvent) of the task at that version, with that event id. */
    private static Map.Entry<String, String> event(Events.Task task, String id, String type, int version) {
        task.set("version", version);
        return Map.entry(task.taskId(), Events.cloudEvent(id, "/duban/tasks-service", type, task.taskId(), task.data));
    }

    private static void resend(Events.Task task, String id, String type) {
        KAFKA.send(Events.TASKS_TOPIC, task.taskId(), Events.cloudEvent(id, "/duban/tasks-service", type, task.taskId(), task.data));
    }

    private static JsonPath obligations(String unitId) {
        return given().auth().oauth2(Api.supervisor()).queryParam("unitId", unitId)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().jsonPath();
    }

    private static int count(String unitId) {
        return obligations(unitId).getInt("pager.total");
    }

    /** Obligations in any region (the poison events name region 4201029, outside the supervisor's). */
    private static int countAnywhere(String unitId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("unitId", unitId)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().path("pager.total");
    }

    private static JsonPath status() {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/events/status")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long deadLetters() {
        return status().getLong("deadLetters");
    }

    private static double metric(String name, String type) {
        String text = given().auth().oauth2(org.duban.testing.TestTokens.admin()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name) && (type == null || line.contains("type=\"" + type + "\""))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    @Test
    void shouldNotKeepAUnitsContactsItHasNoUseFor() {
        String t = "contacts-" + UUID.randomUUID();
        long unhandledBefore = status().getLong("unhandled");
        double ignoredBefore = metric("duban_inbox_ignored_total", "duban.tasks.unit-contacts-changed.v1");
        String contactsId = UUID.randomUUID().toString();
        KAFKA.send(Events.TASKS_TOPIC, t, Events.cloudEvent(contactsId, "/duban/tasks-service", "duban.tasks.unit-contacts-changed.v1", t,
                Map.of("unitId", t, "regionCode", "420102", "unitName", "区商务局", "version", 1,
                        "contacts", List.of(Map.of("name", "李明", "role", "REPORTER", "email", "liming@example.gov.cn")))));
        // a task event after it on the same key: once it is applied, the contacts event has been read
        Events.Task task = new Events.Task("plan-" + t, t, "1", "任务").lead("L-" + t, "牵头单位");
        send(task, "duban.tasks.task-assigned.v1", 1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("L-" + t) == 1);

        assertEquals(unhandledBefore, status().getLong("unhandled"), "declared as not read here, not UNHANDLED");
        assertEquals(ignoredBefore + 1, metric("duban_inbox_ignored_total", "duban.tasks.unit-contacts-changed.v1"));
        assertEquals(false, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org.duban.platform.event.InboxEntry.findByIdOptional(contactsId).isPresent()), "no copy of the addresses");
    }

    @Test
    void shouldKeepOneRowPerUnitWhateverShapeTheTaskEventsCome() {
        String t = "shape-" + UUID.randomUUID();
        String lead = "L-" + t;
        String a = "A-" + t;
        String b = "B-" + t;
        String c = "C-" + t;
        double duplicatesBefore = metric("duban_inbox_duplicates_total", "duban.tasks.task-assigned.v1");

        // the lead also listed as responsible, one unit listed twice (directly and through a group)
        Events.Task task = new Events.Task("plan-" + t, t, "1", "任务").lead(lead, "牵头单位")
                .responsible(lead, "牵头单位", a, "甲单位", a, "甲单位");
        String first = send(task, "duban.tasks.task-assigned.v1", 1);
        resend(task, first, "duban.tasks.task-assigned.v1"); // the same event twice
        // an edit that keeps the units (the reported fault), then one that drops A and adds B
        task.set("title", "任务(修改)");
        send(task, "duban.tasks.task-updated.v1", 2);
        task.responsible(b, "乙单位", lead, "牵头单位");
        send(task, "duban.tasks.task-updated.v1", 3);
        // an older version arriving late names C: ignored
        Events.Task stale = new Events.Task("plan-" + t, t, "1", "任务").lead(lead, "牵头单位").responsible(c, "丙单位");
        send(stale, "duban.tasks.task-updated.v1", 2);
        // moved to another plan; the last event, on the same key, closes the sequence
        task.set("planId", "plan2-" + t).set("number", "7");
        send(task, "duban.tasks.task-updated.v1", 4);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "7".equals(obligations(b).getString("items[0].taskNumber")));

        assertEquals(1, count(lead));
        assertEquals("LEAD", obligations(lead).getString("items[0].role"));
        assertEquals(0, count(a));
        assertEquals(1, count(b));
        assertEquals("RESPONSIBLE", obligations(b).getString("items[0].role"));
        assertEquals(0, count(c));
        assertEquals(1.0, metric("duban_inbox_duplicates_total", "duban.tasks.task-assigned.v1") - duplicatesBefore);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/events/dead-letters/" + first)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> verdict(String code, String targetText, int revision) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("indicatorCode", code);
        v.put("regionCode", Api.REGION);
        v.put("year", 2016); // a year of its own: the notice lists every verdict of the region's year and period
        v.put("period", "Q1");
        v.put("verdict", "BEHIND_PACE");
        v.put("targetText", targetText);
        v.put("actualValue", 121.9);
        v.put("unit", "亿元");
        v.put("growthRate", 8);
        v.put("revision", revision);
        return v;
    }

    @Test
    void shouldKeepTheNewestVerdictWhenAnOlderRevisionArrivesLate() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String plan = "verdict-" + s;
        String gdp = "GDP" + s;
        Events.assigned(new Events.Task(plan, plan + "-1", "1", "地区生产总值增长9.5%").lead("V" + s, "区发改局")
                .set("indicatorCode", gdp).set("year", 2016));
        Api.awaitObligations("V" + s, 1);
        double before = metric("duban_inbox_applied_total", "duban.indicators.indicator-evaluated.v1");
        Events.send(Events.INDICATORS_TOPIC, gdp + ":" + Api.REGION, "duban.indicators.indicator-evaluated.v1", verdict(gdp, "9.5%", 2));
        Events.send(Events.INDICATORS_TOPIC, gdp + ":" + Api.REGION, "duban.indicators.indicator-evaluated.v1", verdict(gdp, "7.5%", 1));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> metric("duban_inbox_applied_total", "duban.indicators.indicator-evaluated.v1") - before >= 2);
        String notice = given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1")
                .when().get("/api/progress/plans/" + plan + "/notice").then().statusCode(200).extract().asString();
        assertTrue(notice.contains("预期目标9.5%"), notice);
        assertTrue(!notice.contains("预期目标7.5%"), notice);
    }

    @Test
    void shouldTakeAnImportedProgressWithoutAUnitAndACancelNamingOnlyTheTaskWithoutDeadLetters() {
        String t = "nounit-" + UUID.randomUUID();
        long deadBefore = deadLetters();
        Events.Task task = new Events.Task("plan-" + t, t, "1", "任务").lead("NU-" + t, "单位");
        send(task, "duban.tasks.task-assigned.v1", 1);
        Api.awaitObligations("NU-" + t, 1);
        // tasks-service sends "unit": null for a task with no lead unit
        Map<String, Object> imported = new java.util.LinkedHashMap<>();
        imported.put("importId", "imp-" + t);
        imported.put("planId", "plan-" + t);
        imported.put("taskId", t);
        imported.put("regionCode", Api.REGION);
        imported.put("year", 2018);
        imported.put("period", "Q1");
        imported.put("unit", null);
        imported.put("text", "一季度完成。");
        Events.send(Events.TASKS_TOPIC, t, "duban.tasks.progress-imported.v1", imported);
        // a cancel event names the task, its plan and version only
        Map<String, Object> cancel = Map.of("taskId", t, "planId", "plan-" + t, "version", 2);
        KAFKA.send(Events.TASKS_TOPIC, t, Events.cloudEvent(UUID.randomUUID().toString(), "/duban/tasks-service",
                "duban.tasks.task-cancelled.v1", t, cancel));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("NU-" + t) == 0);
        assertEquals(0, deadLetters() - deadBefore);
    }

    @Test
    void shouldApplyEachEventOnceWhenEventsComeTwiceAndOutOfOrder() {
        int tasks = 60;
        String run = UUID.randomUUID().toString().substring(0, 8);
        long deadBefore = deadLetters();
        double duplicatesBefore = metric("duban_inbox_duplicates_total", null);
        double batchesBefore = metric("duban_events_consumer_batch_size_count", null);
        double batchedBefore = metric("duban_events_consumer_batch_size_sum", null);
        int sent = 0;
        int duplicates = 0;
        // one burst, as a relay draining its outbox sends them: the consumer reads several records a poll
        List<Map.Entry<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            String t = "ooo-" + run + "-" + i;
            Events.Task v3 = new Events.Task("plan-" + run, t, String.valueOf(i), "任务").lead("L3-" + t, "三")
                    .responsible("R3-" + t, "三乙");
            Events.Task v1 = new Events.Task("plan-" + run, t, String.valueOf(i), "任务").lead("L1-" + t, "一");
            Events.Task v2 = new Events.Task("plan-" + run, t, String.valueOf(i), "任务").lead("L2-" + t, "二");
            String newest = UUID.randomUUID().toString();
            burst.add(event(v3, newest, "duban.tasks.task-updated.v1", 3));
            burst.add(event(v1, UUID.randomUUID().toString(), "duban.tasks.task-assigned.v1", 1));
            burst.add(event(v2, UUID.randomUUID().toString(), "duban.tasks.task-updated.v1", 2));
            burst.add(event(v3, newest, "duban.tasks.task-updated.v1", 3));
            sent += 4;
            duplicates++;
        }
        KAFKA.sendAll(Events.TASKS_TOPIC, burst);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> metric("duban_inbox_duplicates_total", null) - duplicatesBefore >= tasks);
        int right = 0;
        for (int i = 0; i < tasks; i++) {
            String t = "ooo-" + run + "-" + i;
            if (count("L3-" + t) == 1 && count("R3-" + t) == 1 && count("L1-" + t) == 0 && count("L2-" + t) == 0) {
                right++;
            }
        }
        long dead = deadLetters() - deadBefore;
        double batches = metric("duban_events_consumer_batch_size_count", null) - batchesBefore;
        double batched = metric("duban_events_consumer_batch_size_sum", null) - batchedBefore;
        System.out.printf("[fault] duplicates and out of order: sent %d, duplicates %d, tasks right %d of %d, dead letters %d, lost %d;"
                + " %.0f records applied in %.0f batches of one transaction each%n", sent, duplicates, right, tasks, dead,
                tasks - right, batched, batches);
        assertEquals(tasks, right);
        assertEquals(0, dead);
        // the burst came in polls of several records, each applied in one transaction (a duplicate inside its own
        // batch included), not one transaction per record (issue 14)
        assertTrue(batched > batches, "no batch carried more than one record: " + batched + " in " + batches);
    }

    /**
     * A burst whose poll holds an unreadable record among good ones: the batch's transaction fails, nothing of it is
     * committed, and its records are delivered one at a time — the good ones applied once each, the unreadable one a
     * dead letter — so a batch never does less than its records one by one.
     */
    @Test
    void shouldApplyTheGoodRecordsOfABatchOnceAndDeadLetterTheBadOne() {
        String t = "burst-" + UUID.randomUUID();
        long deadBefore = deadLetters();
        double fallbacksBefore = metric("duban_events_consumer_batch_fallbacks_total", null);
        List<Map.Entry<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Events.Task task = new Events.Task("plan-" + t, t + "-" + i, String.valueOf(i), "任务").lead("B" + i + "-" + t, "单位" + i);
            burst.add(event(task, UUID.randomUUID().toString(), "duban.tasks.task-assigned.v1", 1));
            if (i == 4) {
                burst.add(Map.entry(t + "-" + i, "{not json"));
            }
        }
        KAFKA.sendAll(Events.TASKS_TOPIC, burst);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters() - deadBefore == 1);
        for (int i = 0; i < 10; i++) {
            Api.awaitObligations("B" + i + "-" + t, 1);
        }
        double fallbacks = metric("duban_events_consumer_batch_fallbacks_total", null) - fallbacksBefore;
        System.out.printf("[fault] an unreadable record in a burst of 11: good applied 10 of 10, dead letters 1, batches fallen back %.0f%n",
                fallbacks);
        assertEquals(1, deadLetters() - deadBefore);
    }

    @Test
    void shouldDeadLetterAPoisonEventGoOnWithTheRestAndApplyItOnceFixed() {
        String t = "poison-" + UUID.randomUUID();
        long deadBefore = deadLetters();
        Events.Task good = new Events.Task("plan-" + t, t, "1", "任务").lead("G1-" + t, "一");
        send(good, "duban.tasks.task-assigned.v1", 1);
        KAFKA.send(Events.TASKS_TOPIC, t, "{not json");
        // region codes are six digits: a seven-digit one breaks the contract and the column
        Events.Task p1 = new Events.Task("plan-" + t, "p1-" + t, "2", "任务").set("regionCode", "4201029").lead("P1-" + t, "坏一");
        Events.Task p2 = new Events.Task("plan-" + t, "p2-" + t, "3", "任务").set("regionCode", "4201029").lead("P2-" + t, "坏二");
        String poison1 = sendOnKey(t, p1);
        String poison2 = sendOnKey(t, p2);
        good.lead("G2-" + t, "二");
        send(good, "duban.tasks.task-updated.v1", 2);

        Api.awaitObligations("G2-" + t, 1);
        assertEquals(0, count("G1-" + t));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters() - deadBefore == 3);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/events/dead-letters/" + poison1)
                .then().statusCode(200).body("status", equalTo("DEAD_LETTER")).body("error", containsString("too long"))
                .body("payload", containsString("4201029")).body("origin", containsString("duban.tasks.v1/"));
        List<String> ids = given().auth().oauth2(TestTokens.admin()).queryParam("pageSize", 100)
                .when().get("/api/progress/events/dead-letters").then().statusCode(200).extract().path("items.eventId");
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("duban.tasks.v1:")), "the unreadable record is kept: " + ids);
        // the connector sent the nacked records to the dead-letter topic too, with the reason
        KAFKA.readUntil(DEAD_LETTER_TOPIC, r -> r.raw().contains(poison1), Duration.ofSeconds(30));
        // replay before the fix fails again and keeps it
        given().auth().oauth2(TestTokens.admin()).when().post("/api/progress/events/dead-letters/" + poison1 + "/replay")
                .then().statusCode(422).contentType("application/problem+json");
        // only operators see dead letters
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/events/dead-letters").then().statusCode(403);

        // the fix (here: the column widened), then a replay of one and a redelivery of the other
        TestInfrastructure.postgres().execute("select 1"); // the superuser connection works
        alter("alter table task_view alter column region_code type varchar(12)");
        alter("alter table assignment alter column region_code type varchar(12)");
        alter("alter table assignment_span alter column region_code type varchar(12)");
        // the service's pooled connections hold plans of the old column type ("cached plan must not change result
        // type" in any later test): they are replaced, idle ones now, busy ones when returned
        dataSource.flush(io.agroal.api.AgroalDataSource.FlushMode.GRACEFUL);
        given().auth().oauth2(TestTokens.admin()).when().post("/api/progress/events/dead-letters/" + poison1 + "/replay")
                .then().statusCode(200).body("outcome", equalTo("APPLIED"));
        KAFKA.send(Events.TASKS_TOPIC, t, redelivery(poison2, p2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> countAnywhere("P2-" + t) == 1);
        assertEquals(1, countAnywhere("P1-" + t));
        // a replay of an applied event changes nothing
        given().auth().oauth2(TestTokens.admin()).when().post("/api/progress/events/dead-letters/" + poison1 + "/replay")
                .then().statusCode(404);
        KAFKA.send(Events.TASKS_TOPIC, t, redelivery(poison1, p1));
        good.lead("G3-" + t, "三");
        send(good, "duban.tasks.task-updated.v1", 3);
        Api.awaitObligations("G3-" + t, 1);
        assertEquals(1, countAnywhere("P1-" + t));
        System.out.printf("[fault] poison between good events: sent 6, good applied 2 of 2, dead letters %d, replayed 1, redelivered 1%n",
                3);
        assertEquals(1, deadLetters() - deadBefore, "only the unreadable record is left");
    }

    private static String sendOnKey(String key, Events.Task task) {
        task.set("version", 1);
        String id = UUID.randomUUID().toString();
        KAFKA.send(Events.TASKS_TOPIC, key, Events.cloudEvent(id, "/duban/tasks-service", "duban.tasks.task-assigned.v1", task.taskId(), task.data));
        return id;
    }

    private static String redelivery(String id, Events.Task task) {
        return Events.cloudEvent(id, "/duban/tasks-service", "duban.tasks.task-assigned.v1", task.taskId(), task.data);
    }

    private static void alter(String sql) {
        try (var c = java.sql.DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("progress"),
                TestInfrastructure.postgres().username(), "");
                var s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String consumerCheck() {
        JsonPath health = given().when().get("/q/health/ready").then().extract().jsonPath();
        return health.getString("checks.find { it.name == 'duban-event-consumer' }.status");
    }

    @Test
    void shouldWaitOutADatabaseOutageWithoutParkingOrLosingAnEvent() throws Exception {
        int tasks = 40;
        String run = UUID.randomUUID().toString().substring(0, 8);
        long deadBefore = deadLetters();
        List<String> units = new ArrayList<>();
        TestInfrastructure.postgres().refuseConnections("progress");
        long cut = System.nanoTime(); // real elapsed time of the outage (not the service's clock)
        String downSeen = null;
        try {
            for (int i = 0; i < tasks; i++) {
                String t = "outage-" + run + "-" + i;
                units.add("U-" + t);
                send(new Events.Task("plan-" + run, t, String.valueOf(i), "任务").lead("U-" + t, "单位"),
                        "duban.tasks.task-assigned.v1", 1);
            }
            // readiness says DOWN, for the consumer's own reason, well within 30 s ...
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "DOWN".equals(consumerCheck()));
            downSeen = Duration.ofNanos(System.nanoTime() - cut).toMillis() + " ms";
            // ... and stays DOWN for the rest of the 20 s outage
            Duration rest = Duration.ofMillis(Math.max(1, 20_000 - Duration.ofNanos(System.nanoTime() - cut).toMillis()));
            Awaitility.await().during(rest).atMost(rest.plusSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "DOWN".equals(consumerCheck()));
        } finally {
            TestInfrastructure.postgres().acceptConnections("progress");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> units.stream().allMatch(u -> count(u) == 1));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "UP".equals(consumerCheck()));
        long dead = deadLetters() - deadBefore;
        long applied = units.stream().filter(u -> count(u) == 1).count();
        System.out.printf("[fault] database outage of 20 s: sent %d, delivered %d, dead letters %d, lost %d; readiness DOWN after %s%n",
                tasks, applied, dead, tasks - applied, downSeen);
        assertEquals(0, dead, "an outage is never the event's fault");
        assertEquals(tasks, applied);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/events/status").then().statusCode(200)
                .body("consumer.stalledSince", org.hamcrest.Matchers.nullValue());
    }
}
