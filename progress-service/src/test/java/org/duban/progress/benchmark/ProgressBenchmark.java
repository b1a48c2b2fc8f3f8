package org.duban.progress.benchmark;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints figures, asserts nothing about speed. Excluded from the default build; run with
 * {@code mvn -B -ntp -o -pl progress-service verify -Dgroups=benchmark -Dduban.excludedGroups= -Dtest=ProgressBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@TestClock("2018-12-20T10:00")
class ProgressBenchmark {

    private static final int TASKS = 100;
    private static final int UNITS = 10;
    private static final String[] PERIODS = {"Q1", "H1", "Q3", "ANNUAL"};

    @Test
    void submitsPerSecondAndCompletionTableBuildTime() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String plan = "bench-" + s;
        for (int i = 1; i <= TASKS; i++) {
            Events.assigned(new Events.Task(plan, plan + "-" + i, String.valueOf(i), "基准任务" + i)
                    .lead("BL" + s + (i % UNITS), "牵头单位" + (i % UNITS))
                    .responsible("BR" + s + (i % UNITS), "责任单位" + (i % UNITS))
                    .set("leaders", java.util.List.of("徐  平")).set("coordinator", "陈  曦"));
        }
        Api.awaitObligations("BL" + s + "0", TASKS / UNITS);
        Api.awaitObligations("BR" + s + (UNITS - 1), TASKS / UNITS);

        // four periods of history: Q1..Q3 imported, the lead units' ANNUAL reports submitted over HTTP
        for (int p = 0; p < 3; p++) {
            for (int i = 1; i <= TASKS; i++) {
                Events.progressImported(plan, "bimp-" + s + p, plan + "-" + i, String.valueOf(i), "BL" + s + (i % UNITS),
                        "牵头单位" + (i % UNITS), PERIODS[p], PERIODS[p] + "完成情况:第" + i + "项按序时推进,完成投资" + i + "亿元。");
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().auth().oauth2(Api.supervisor()).queryParam("planId", plan).queryParam("period", "Q3")
                        .when().get("/api/progress/reports").then().extract().<Integer>path("pager.total") == TASKS);

        // tokens are signed once, so the figures measure the service rather than the test's RSA signing
        Map<String, String> reporters = new java.util.HashMap<>();
        Map<String, String> heads = new java.util.HashMap<>();
        String supervisor = Api.supervisor();
        long start = System.nanoTime();
        String lastId = null;
        for (int i = 1; i <= TASKS; i++) {
            String unit = "BL" + s + (i % UNITS);
            String id = given().auth().oauth2(reporters.computeIfAbsent(unit, Api::reporter)).contentType(ContentType.JSON)
                    .body(Map.of("taskId", plan + "-" + i, "period", "ANNUAL", "narrative", "全年完成第" + i + "项任务。",
                            "percentOfAnnual", 100))
                    .when().post("/api/progress/reports").then().statusCode(201).extract().path("id");
            given().auth().oauth2(heads.computeIfAbsent(unit, Api::head)).when().post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
            lastId = id;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK submits (draft + head approval over HTTP): %d in %.2f s = %.1f submits/s%n",
                TASKS, seconds, TASKS / seconds);
        // baseline on the same client and machine: a read of one report
        long r0 = System.nanoTime();
        for (int i = 0; i < TASKS; i++) {
            given().auth().oauth2(supervisor).when().get("/api/progress/reports/" + lastId).then().statusCode(200);
        }
        System.out.printf(Locale.ROOT, "BENCHMARK baseline GET of one report: %.1f ms per request%n",
                (System.nanoTime() - r0) / 1e6 / TASKS);

        for (String period : PERIODS) {
            download(plan, period); // warm-up
        }
        int rounds = 10;
        for (String format : new String[] {"csv", "xlsx"}) {
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String period : PERIODS) {
                    given().auth().oauth2(supervisor).queryParam("period", period).queryParam("format", format)
                            .when().get("/api/progress/plans/" + plan + "/completion-table").then().statusCode(200);
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6 / (rounds * PERIODS.length);
            System.out.printf(Locale.ROOT, "BENCHMARK %d-task completion table (%s, 4 periods of history): %.1f ms per table%n",
                    TASKS, format, ms);
        }
    }

    private static void download(String plan, String period) {
        given().auth().oauth2(Api.supervisor()).queryParam("period", period)
                .when().get("/api/progress/plans/" + plan + "/completion-table").then().statusCode(200);
    }
}
