package org.duban.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.duban.infra.Ports;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards against a stand-in tasks and progress service answering with the fixtures, and an
 * indicators service that is down: its part says so, the rest is there.
 */
@QuarkusTest
@TestProfile(DashboardResourceTest.Profile.class)
class DashboardResourceTest {
    static final int UPSTREAM_PORT = port("duban.test.dashboard-upstream-port");
    static final Map<String, String> ANSWERS = Map.of(
            "/api/tasks/plans/7", "plan",
            "/api/tasks/plans/7/tasks", "plan-tasks",
            "/api/tasks/tasks", "plan-tasks",
            "/api/progress/plans/7/pace", "pace",
            "/api/progress/plans/7/completeness", "completeness",
            "/api/progress/obligations", "obligations",
            "/api/progress/reports", "reports");
    private static final ConcurrentLinkedQueue<String> AUTHORIZATIONS = new ConcurrentLinkedQueue<>();
    private static Vertx vertx;
    private static HttpServer upstream;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("duban.services.tasks-service.url", "http://127.0.0.1:" + UPSTREAM_PORT,
                    "duban.services.progress-service.url", "http://127.0.0.1:" + UPSTREAM_PORT,
                    "duban.services.indicators-service.url", "http://127.0.0.1:1");
        }
    }

    private static int port(String key) {
        return Integer.parseInt((String) System.getProperties().computeIfAbsent(key, k -> String.valueOf(Ports.free())));
    }

    @BeforeAll
    static void startUpstream() throws Exception {
        vertx = Vertx.vertx();
        upstream = vertx.createHttpServer().requestHandler(request -> {
            AUTHORIZATIONS.add(String.valueOf(request.getHeader("Authorization")));
            String fixture = ANSWERS.get(request.path());
            if (fixture == null) {
                request.response().setStatusCode(404).end();
                return;
            }
            request.response().putHeader("Content-Type", "application/json")
                    .end(Fixtures.json(fixture).toString());
        }).listen(UPSTREAM_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopUpstream() throws Exception {
        upstream.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close();
    }

    @Test
    void shouldAnswerThePlanOverviewInOneCallWithTheIndicatorsPartUnavailable() {
        String token = TestTokens.supervisor("420102");
        AUTHORIZATIONS.clear();
        given().auth().oauth2(token).queryParam("period", "Q1").when().get("/api/gateway/dashboards/plans/7")
                .then().statusCode(200)
                .body("plan.status", equalTo("ok"))
                .body("plan.title", equalTo("2019年政府工作报告目标任务分解方案"))
                .body("lights.total.RED", equalTo(1))
                .body("lights.bySection[1].section", equalTo("二、重点工作"))
                .body("completeness.received", equalTo(3))
                .body("indicators.status", equalTo("unavailable"))
                .body("indicators.service", equalTo("indicators-service"));
        Assertions.assertTrue(AUTHORIZATIONS.stream().allMatch(("Bearer " + token)::equals),
                "the services are called with the caller's token");
    }

    @Test
    void shouldGiveAUnitItsOwnToDoListButNotAnotherUnits() {
        given().auth().oauth2(TestTokens.unitReporter("420102", "1")).queryParam("year", 2019)
                .when().get("/api/gateway/dashboards/my/todo")
                .then().statusCode(200)
                .body("unitId", equalTo("1"))
                .body("todo.status", equalTo("ok"))
                .body("reports.status", equalTo("ok"));
        given().auth().oauth2(TestTokens.unitReporter("420102", "1"))
                .when().get("/api/gateway/dashboards/units/2/todo")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor("420102"))
                .when().get("/api/gateway/dashboards/units/2/todo").then().statusCode(200);
    }

    @Test
    void shouldGiveALeaderTheirTasksOnly() {
        String leader = TestTokens.leader("420102", "张副区长");
        given().auth().oauth2(leader).queryParam("period", "Q1").when().get("/api/gateway/dashboards/my/tasks")
                .then().statusCode(200)
                .body("leader", equalTo("张副区长"))
                .body("tasks.total", equalTo(2))
                .body("tasks.items[0].light", equalTo("GREEN"));
        given().auth().oauth2(leader).when().get("/api/gateway/dashboards/leaders/李副区长/tasks")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseDashboardsToRolesThatHaveNoUseForThem() {
        given().auth().oauth2(TestTokens.unitReporter("420102", "1")).when().get("/api/gateway/dashboards/plans/7")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.statistician("420102")).when().get("/api/gateway/dashboards/my/todo")
                .then().statusCode(403);
        given().when().get("/api/gateway/dashboards/plans/7").then().statusCode(401);
        given().auth().oauth2(TestTokens.of(Set.of("SUPERVISOR"), "420102", null)).queryParam("period", "Q5")
                .when().get("/api/gateway/dashboards/plans/7").then().statusCode(400);
    }
}
