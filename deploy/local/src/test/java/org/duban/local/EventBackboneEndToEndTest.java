package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.duban.infra.ServiceProcess;
import org.duban.infra.Suite;
import org.duban.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault tests of the event backbone on the packaged suite (real service JVMs, PostgreSQL, Kafka): a
 * Kafka outage under load, two instances of progress-service on one database and broker, and an
 * instance killed mid-batch. Each prints its counts: sent, delivered, duplicates, dead letters, lost.
 * The {@link EventGuard} then checks that every service's events settled with no dead letter.
 */
class EventBackboneEndToEndTest {
    private static final String REGION = RunningSuite.REGION;
    private static final String[] PERIODS = {"Q1", "H1", "Q3", "ANNUAL"};
    private static Suite suite;
    private static String tasks;
    private static String progress;
    private static String supervisor;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
        tasks = suite.service("tasks-service").baseUrl();
        progress = suite.service("progress-service").baseUrl();
        supervisor = RunningSuite.token(List.of("SUPERVISOR"), REGION, null);
    }

    /** A task created at tasks-service; answers {id, version, number, planId, lead, responsible} (unit ids). */
    private static Map<String, Object> createTask(int year, String number, String responsible) {
        JsonPath task = given().baseUri(tasks).auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", year, "number", number, "title", "容错任务" + number,
                        "leadUnit", "区发改局", "responsibleUnits", List.of(responsible)))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().jsonPath();
        Map<String, Object> out = new HashMap<>();
        out.put("id", task.getString("id"));
        out.put("version", task.getInt("version"));
        out.put("number", number);
        out.put("planId", task.getString("planId"));
        out.put("lead", task.getString("leadUnit.id"));
        out.put("responsible", task.getString("responsibleUnits[0].id"));
        return out;
    }

    /** Replaces the task's responsible unit; answers the new unit's id. */
    private static String changeResponsible(Map<String, Object> task, String responsible) {
        return given().baseUri(tasks).auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("number", task.get("number"), "title", "容错任务(调整)", "leadUnit", "区发改局",
                        "responsibleUnits", List.of(responsible), "version", task.get("version")))
                .when().put("/api/tasks/tasks/" + task.get("id")).then().statusCode(200)
                .extract().path("responsibleUnits[0].id").toString();
    }

    private static int owedBy(String baseUrl, String unit) {
        return given().baseUri(baseUrl).auth().oauth2(supervisor).queryParam("unitId", unit)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().path("pager.total");
    }

    /** Drafts and approves (submits) one report as the unit's reporter and head. */
    private static String submit(String taskId, String unit, String period) {
        String id = given().baseUri(progress).auth().oauth2(RunningSuite.token(List.of("UNIT_REPORTER"), REGION, unit))
                .contentType(ContentType.JSON)
                .body(Map.of("taskId", taskId, "period", period, "narrative", "按计划推进,完成" + period + "目标。"))
                .when().post("/api/progress/reports").then().statusCode(201).extract().path("id");
        given().baseUri(progress).auth().oauth2(RunningSuite.token(List.of("UNIT_HEAD"), REGION, unit))
                .when().post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static <T> List<T> inParallel(int threads, List<java.util.concurrent.Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(work)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldLoseNothingAndApplyNothingTwiceWhenKafkaIsDownWhileUnitsReportAndTasksChange() throws Exception {
        int taskCount = 100;
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<java.util.concurrent.Callable<Map<String, Object>>> creates = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            int n = i;
            creates.add(() -> createTask(2020, "K" + run + "-" + n, "区单位K" + run + "-" + n));
        }
        List<Map<String, Object>> created = inParallel(4, creates);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> created.stream().allMatch(t -> owedBy(progress, (String) t.get("responsible")) == 1));

        Set<String> reports = ConcurrentHashMap.newKeySet();
        Map<String, String> moved = new ConcurrentHashMap<>();
        suite.kafka().stop();
        try {
            List<java.util.concurrent.Callable<Integer>> work = new ArrayList<>();
            for (Map<String, Object> t : created) {
                String taskId = (String) t.get("id");
                work.add(() -> {
                    // 4 periods by the responsible unit and Q1 by the lead unit: 5 reports a task, 500 in all
                    for (String period : PERIODS) {
                        reports.add(submit(taskId, (String) t.get("responsible"), period));
                    }
                    reports.add(submit(taskId, (String) t.get("lead"), "Q1"));
                    moved.put(taskId, changeResponsible(t, "区单位M" + run + "-" + t.get("number")));
                    return 1;
                });
            }
            inParallel(4, work);
        } finally {
            suite.kafka().start();
        }
        // progress-service's read model converges on tasks-service's state
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> moved.values().stream().allMatch(u -> owedBy(progress, u) == 1));
        int stale = 0;
        for (Map<String, Object> t : created) {
            stale += owedBy(progress, (String) t.get("responsible"));
        }
        // every report's events left the outbox once: drafted and submitted for each of the 500 reports
        Map<String, Integer> perEvent = new HashMap<>();
        Map<String, Set<String>> typesPerReport = new HashMap<>();
        AtomicInteger seen = new AtomicInteger();
        KafkaTestClient kafka = new KafkaTestClient(suite.kafka().bootstrapServers());
        kafka.readUntil("duban.progress.v1", r -> {
            String subject = r.event().path("subject").asText();
            if (reports.contains(subject)) {
                perEvent.merge(r.event().path("id").asText(), 1, Integer::sum);
                typesPerReport.computeIfAbsent(subject, k -> new HashSet<>()).add(r.event().path("type").asText());
                seen.incrementAndGet();
            }
            return typesPerReport.size() == reports.size()
                    && typesPerReport.values().stream().allMatch(types -> types.contains("duban.progress.report-submitted.v1"));
        }, Duration.ofSeconds(120));
        long duplicateSends = perEvent.values().stream().filter(c -> c > 1).count();
        System.out.printf("[fault] Kafka down: sent %d reports (%d events) and %d task changes; delivered %d reports, "
                + "%d task changes; duplicates %d; lost %d%n", reports.size(), perEvent.size(), moved.size(),
                typesPerReport.size(), moved.size() - stale, duplicateSends, reports.size() - typesPerReport.size() + stale);
        assertEquals(taskCount * 5, reports.size());
        assertEquals(0, stale, "units removed while Kafka was down still owe reports in progress-service");
    }

    @Test
    void shouldApplyEachEventOnceWithTwoInstancesAndResumeAfterOneIsKilledMidBatch() throws Exception {
        ServiceProcess second = suite.service("progress-service").replica(2).start();
        ServiceProcess third = null;
        try {
            second.awaitReady(Duration.ofSeconds(120));
            String run = UUID.randomUUID().toString().substring(0, 6);
            int taskCount = 150;
            List<java.util.concurrent.Callable<Map<String, Object>>> creates = new ArrayList<>();
            for (int i = 0; i < taskCount; i++) {
                int n = i;
                creates.add(() -> createTask(2017, "D" + run + "-" + n, "区单位D" + run + "-" + n));
            }
            // kill the second instance while the batch is flowing (a fifth of the tasks created), then start another
            AtomicInteger made = new AtomicInteger();
            List<java.util.concurrent.Callable<Map<String, Object>>> counted = creates.stream()
                    .<java.util.concurrent.Callable<Map<String, Object>>>map(c -> () -> {
                        Map<String, Object> task = c.call();
                        made.incrementAndGet();
                        return task;
                    }).toList();
            ExecutorService killer = Executors.newSingleThreadExecutor();
            Future<?> kill = killer.submit(() -> {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> made.get() >= taskCount / 5);
                second.kill();
                return null;
            });
            List<Map<String, Object>> created = inParallel(4, counted);
            kill.get();
            killer.shutdown();
            third = suite.service("progress-service").replica(3).start();
            third.awaitReady(Duration.ofSeconds(120));
            String thirdUrl = third.baseUrl();
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> created.stream().allMatch(t -> owedBy(thirdUrl, (String) t.get("responsible")) == 1));

            // both instances sweep at once: every overdue line is written once
            RunningSuite.todayIsAWorkingDay();
            String system = RunningSuite.token(List.of("SYSTEM"), null, null);
            inParallel(2, List.of(
                    () -> given().baseUri(progress).auth().oauth2(system).post("/api/progress/supervision/sweeps").statusCode(),
                    () -> given().baseUri(thirdUrl).auth().oauth2(system).post("/api/progress/supervision/sweeps").statusCode()))
                    .forEach(code -> assertEquals(200, code));
            Map<String, Integer> overdue = new HashMap<>();
            int page = 1;
            int pages;
            do {
                JsonPath ledger = given().baseUri(progress).auth().oauth2(supervisor)
                        .queryParam("planId", created.get(0).get("planId")).queryParam("kind", "OVERDUE")
                        .queryParam("page", page).queryParam("pageSize", 200)
                        .when().get("/api/progress/supervision/ledger").then().statusCode(200).extract().jsonPath();
                pages = ledger.getInt("pager.pageCount");
                List<Map<String, Object>> items = ledger.getList("items");
                for (Map<String, Object> line : items) {
                    overdue.merge(line.get("taskId") + "|" + line.get("unitId") + "|" + line.get("period"), 1, Integer::sum);
                }
                page++;
            } while (page <= pages);
            long twice = overdue.values().stream().filter(c -> c > 1).count();
            int owedOnce = 0;
            for (Map<String, Object> t : created) {
                owedOnce += owedBy(progress, (String) t.get("responsible")) == 1 ? 1 : 0;
            }
            System.out.printf("[fault] two instances, one killed mid-batch: sent %d task events; delivered %d; "
                    + "overdue lines %d, written twice %d; lost %d%n", taskCount, owedOnce, overdue.size(), twice, taskCount - owedOnce);
            assertEquals(taskCount, owedOnce);
            assertEquals(0, twice, "a ledger line written twice by two sweeps");
            // every task of 2017 owes 4 periods for its lead and its responsible unit
            assertEquals(true, overdue.size() >= taskCount * 4, "overdue lines: " + overdue.size());
        } finally {
            second.kill();
            if (third != null) {
                third.stop();
            }
        }
    }
}
