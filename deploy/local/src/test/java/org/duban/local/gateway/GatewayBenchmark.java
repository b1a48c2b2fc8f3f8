package org.duban.local.gateway;

import static io.restassured.RestAssured.given;

import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.duban.local.RunningSuite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints requests/s for reading one task from tasks-service directly and through the
 * gateway, with the same closed-loop Java load (N threads, keep-alive, loopback only, bounded in time).
 * The gateway's rate limit is per client, so the load is spread over many token subjects: the numbers
 * measure routing and verification, not throttling. Tagged "benchmark", which the build excludes by
 * default; run it with {@code -Dduban.excludedGroups= -Dtest=GatewayBenchmark} (see gateway/README.md).
 */
@Tag("benchmark")
class GatewayBenchmark {
    private static final int THREADS = Integer.getInteger("duban.benchmark.threads", 8);
    private static final int SECONDS = Integer.getInteger("duban.benchmark.seconds", 10);
    private static final int CLIENTS = 400;

    record Result(String target, long ok, long failed, double perSecond, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%-28s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d ok, %d not 200)", target, perSecond, p50, p99,
                    ok, failed);
        }
    }

    @Test
    void printRequestsPerSecondDirectAndThroughTheGateway() throws Exception {
        String gateway = RunningSuite.gateway();
        String tasks = RunningSuite.get().service("tasks-service").baseUrl();
        String supervisor = RunningSuite.token(List.of("SUPERVISOR"), RunningSuite.REGION, null);
        String id = given().baseUri(gateway).auth().oauth2(supervisor).contentType("application/json")
                .body("{\"regionCode\":\"%s\",\"year\":2019,\"number\":\"B1\",\"title\":\"基准测试任务\",\"leadUnit\":\"区发改局\",\"responsibleUnits\":[]}"
                        .formatted(RunningSuite.REGION))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().path("id").toString();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", "duban");
            claims.put("sub", "bench-" + i);
            claims.put("upn", "bench-" + i);
            claims.put("groups", List.of("SUPERVISOR"));
            claims.put("region", RunningSuite.REGION);
            claims.put("iat", Instant.now().getEpochSecond());
            claims.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
            tokens.add(Jwt.claims(claims).sign(RunningSuite.signingKey()));
        }
        String path = "/api/tasks/tasks/" + id;
        // a task of a real plan (the 2019 seed decomposition plan: 96 tasks in many sections), whose read must not grow
        // with the plan (issue 14: it loaded every section of the plan)
        String admin = RunningSuite.token(List.of("ADMIN", "SYSTEM"), null, null);
        String planId = given().baseUri(tasks).auth().oauth2(admin).contentType("text/plain; charset=UTF-8")
                .body(org.duban.testing.Seeds.text("district-2019-task-decomposition-plan.txt").replace("2019", "2031"))
                .when().post("/api/tasks/imports?regionCode=" + RunningSuite.REGION + "&format=PLAN_TEXT&publish=true")
                .then().statusCode(201).extract().path("planId").toString();
        String planTask = given().baseUri(tasks).auth().oauth2(admin).queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath().getList("items.id").get(50).toString();
        String planPath = "/api/tasks/tasks/" + planTask;
        // the same-run baseline: an endpoint of the same service making one PostgreSQL round trip, no JSON of ours
        String baselinePath = "/q/health/ready";
        run("warm-up baseline", tasks + baselinePath, tokens, 3);
        run("warm-up direct", tasks + path, tokens, 3);
        run("warm-up plan task", tasks + planPath, tokens, 3);
        run("warm-up gateway", gateway + planPath, tokens, 3);
        Result baseline = run("baseline (readiness, 1 query)", tasks + baselinePath, tokens, SECONDS);
        Result direct = run("task alone, direct", tasks + path, tokens, SECONDS);
        Result inPlan = run("task of a 96-task plan, direct", tasks + planPath, tokens, SECONDS);
        Result routed = run("the same through the gateway", gateway + planPath, tokens, SECONDS);
        System.out.println();
        System.out.printf("GET /api/tasks/tasks/{id}, %d threads, %d s each, ratios to the same run's baseline%n", THREADS, SECONDS);
        for (Result r : List.of(baseline, direct, inPlan, routed)) {
            System.out.printf("%s   %5.1f%% of baseline%n", r, 100 * r.perSecond() / baseline.perSecond());
        }
        System.out.printf("gateway overhead: %.1f%% fewer requests/s, +%.2f ms at p50%n",
                100 * (1 - routed.perSecond() / inPlan.perSecond()), routed.p50() - inPlan.p50());
        Assertions.assertTrue(baseline.ok() > 0 && direct.ok() > 0 && inPlan.ok() > 0 && routed.ok() > 0);
    }

    private static Result run(String target, String url, List<String> tokens, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant end = Instant.now().plusSeconds(seconds);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<List<Double>> latencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            int offset = t;
            workers.add(pool.submit(() -> {
                int i = offset;
                while (Instant.now().isBefore(end)) {
                    String token = tokens.get(i++ % tokens.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10)).build();
                    long t0 = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    mine.add((System.nanoTime() - t0) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2);
        double p99 = all.isEmpty() ? 0 : all.get(Math.min(all.size() - 1, (int) (all.size() * 0.99)));
        return new Result(target, ok.get(), failed.get(), ok.get() / elapsed, p50, p99);
    }
}
