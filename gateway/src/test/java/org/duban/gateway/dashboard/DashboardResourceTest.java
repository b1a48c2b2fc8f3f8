package org.duban.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.duban.infra.Ports;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboards against a stand-in tasks and progress service that answers what the real services answer
 * ({@link ServiceStandIn}: recorded records, real enum values, the services' filters and paging), and an
 * indicators service that is down: its part says so, the rest is there.
 */
@QuarkusTest
@TestProfile(DashboardResourceTest.Profile.class)
class DashboardResourceTest {
    static final int UPSTREAM_PORT = port("duban.test.dashboard-upstream-port");
    private static final ConcurrentLinkedQueue<String> AUTHORIZATIONS = new ConcurrentLinkedQueue<>();
    /** Requests the recordings do not cover: the gateway asked something the test did not expect. */
    private static final ConcurrentLinkedQueue<String> UNANSWERED = new ConcurrentLinkedQueue<>();
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
            Map<String, String> query = new HashMap<>();
            request.params().forEach(param -> query.put(param.getKey(), param.getValue()));
            ServiceStandIn.Answer answer = ServiceStandIn.answer(request.path(), query, request.getHeader("Authorization"));
            if (answer == null) {
                UNANSWERED.add(request.method() + " " + request.uri());
                request.response().setStatusCode(501).end();
                return;
            }
            request.response().setStatusCode(answer.status())
                    .putHeader("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json")
                    .end(answer.body().toString());
        }).listen(UPSTREAM_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopUpstream() throws Exception {
        upstream.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close();
    }

    @AfterEach
    void everyRequestWasOneTheServicesAnswer() {
        Assertions.assertTrue(UNANSWERED.isEmpty(), "the gateway asked what the recordings do not cover: " + UNANSWERED);
    }

    @Test
    void shouldAnswer404ForAPlanTasksServiceDoesNotKnow() {
        given().auth().oauth2(TestTokens.supervisor("420102")).queryParam("period", "Q1")
                .when().get("/api/gateway/dashboards/plans/999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerThePlanOverviewInOneCallWithTheIndicatorsPartUnavailable() {
        String token = TestTokens.supervisor("420102");
        AUTHORIZATIONS.clear();
        given().auth().oauth2(token).queryParam("period", "Q1").when().get("/api/gateway/dashboards/plans/7")
                .then().statusCode(200)
                .body("period", equalTo("Q1"))
                .body("plan.status", equalTo("ok"))
                .body("plan.title", equalTo("2019年政府工作报告目标任务分解方案"))
                .body("plan.planStatus", equalTo("PUBLISHED"))
                .body("plan.year", equalTo(2019))
                // progress-service's lights: 101 GREEN, 102 AMBER (reported late), 103 RED (overdue)
                .body("lights.status", equalTo("ok"))
                .body("lights.total.GREEN", equalTo(1))
                .body("lights.total.AMBER", equalTo(1))
                .body("lights.total.RED", equalTo(1))
                .body("lights.total.NONE", equalTo(0))
                .body("lights.total.tasks", equalTo(3))
                .body("lights.sectionsJoined", equalTo(true))
                .body("lights.bySection.section", contains("2019年主要预期目标", "2019年重点工作"))
                .body("lights.bySection[0].GREEN", equalTo(1))
                .body("lights.bySection[0].tasks", equalTo(1))
                .body("lights.bySection[1].AMBER", equalTo(1))
                .body("lights.bySection[1].RED", equalTo(1))
                .body("lights.bySection[1].tasks", equalTo(2))
                .body("lights.red.taskId", contains("103"))
                .body("lights.red[0].title", equalTo("完成老旧小区改造20个"))
                .body("lights.red[0].leadUnit", equalTo("区房管局"))
                .body("lights.red[0].reasons", hasItem("逾期未报 → 红灯 / overdue → red"))
                // completeness by unit, summed: 6 reports owed, 4 received (one late), 2 missing and overdue
                .body("completeness.status", equalTo("ok"))
                .body("completeness.expected", equalTo(6))
                .body("completeness.received", equalTo(4))
                .body("completeness.onTime", equalTo(3))
                .body("completeness.late", equalTo(1))
                .body("completeness.missing", equalTo(2))
                .body("completeness.overdue", equalTo(2))
                .body("completeness.percentReceived", equalTo(66.7f))
                .body("statusCounts.status", equalTo("ok"))
                .body("statusCounts.base", equalTo(2))
                .body("statusCounts.expectedToComplete", equalTo(1))
                .body("completeness.units.name", contains("区发改局", "区商务局", "区房管局", "区招商局"))
                .body("indicators.status", equalTo("unavailable"))
                .body("indicators.service", equalTo("indicators-service"));
        Assertions.assertFalse(AUTHORIZATIONS.isEmpty(), "the services were called");
        Assertions.assertTrue(AUTHORIZATIONS.stream().allMatch(("Bearer " + token)::equals),
                "the services are called with the caller's token");
    }

    @Test
    void shouldGiveAUnitItsOwnToDoListButNotAnotherUnits() {
        // every 2019 deadline has passed: whatever unit 1 has not submitted is overdue; accepted (101 Q1),
        // imported (102 Q1) and submitted (102 H1) reports are done
        given().auth().oauth2(TestTokens.unitReporter("420102", "1")).queryParam("year", 2019)
                .when().get("/api/gateway/dashboards/my/todo")
                .then().statusCode(200)
                .body("unitId", equalTo("1"))
                .body("todo.status", equalTo("ok"))
                .body("reports.status", equalTo("ok"))
                .body("todo.items.collect { it.action + ' ' + it.taskId + ' ' + it.period }", contains(
                        "REVISE_RETURNED 101 H1",
                        "FINISH_OR_APPROVE_DRAFT 103 Q1",
                        "WRITE_REPORT 103 H1",
                        "WRITE_REPORT 101 Q3", "WRITE_REPORT 102 Q3", "WRITE_REPORT 103 Q3",
                        "WRITE_REPORT 101 ANNUAL", "WRITE_REPORT 102 ANNUAL", "WRITE_REPORT 103 ANNUAL"))
                .body("todo.items[0].returnReason", equalTo("数据缺少同比"))
                .body("todo.items[0].reportId", equalTo("5b0c1e9a-3f0e-4a53-9d51-1c2f8a6e0b11"))
                .body("todo.items[0].deadline", equalTo("2019-07-10"))
                .body("todo.items[1].reportId", equalTo("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e61"))
                .body("todo.items[1].role", equalTo("RESPONSIBLE"))
                .body("todo.items.overdue", everyItem(equalTo(true)))
                .body("todo.total", equalTo(9))
                .body("todo.overdue", equalTo(9))
                .body("todo.byAction.WRITE_REPORT", equalTo(7));
        given().auth().oauth2(TestTokens.unitReporter("420102", "1"))
                .when().get("/api/gateway/dashboards/units/2/todo")
                .then().statusCode(403).contentType("application/problem+json");
        // the supervisor sees unit 2's list: it leads 102 and had its Q1 report accepted
        given().auth().oauth2(TestTokens.supervisor("420102")).queryParam("year", 2019)
                .when().get("/api/gateway/dashboards/units/2/todo").then().statusCode(200)
                .body("todo.items.collect { it.action + ' ' + it.taskId + ' ' + it.period }", contains(
                        "WRITE_REPORT 102 H1", "WRITE_REPORT 102 Q3", "WRITE_REPORT 102 ANNUAL"))
                .body("todo.items.role", everyItem(equalTo("LEAD")));
    }

    @Test
    void shouldGiveALeaderTheirTasksOnly() {
        String leader = TestTokens.leader("420102", "张副区长");
        given().auth().oauth2(leader).queryParam("period", "Q1").when().get("/api/gateway/dashboards/my/tasks")
                .then().statusCode(200)
                .body("leader", equalTo("张副区长"))
                .body("lights.status", equalTo("ok"))
                .body("tasks.total", equalTo(2))
                .body("tasks.items.taskId", contains("101", "103"))
                .body("tasks.items.light", contains("GREEN", "RED"))
                .body("tasks.items[0].status", equalTo("IN_PROGRESS"))
                .body("tasks.items[0].leadUnit", equalTo("区发改局"))
                .body("tasks.items[0].actualPercent", equalTo(26.0f))
                .body("tasks.items[1].overdueUnits", contains("区发改局", "区房管局"))
                .body("tasks.byLight.GREEN", equalTo(1))
                .body("tasks.byLight.RED", equalTo(1))
                .body("tasks.byLight.AMBER", equalTo(0));
        given().auth().oauth2(leader).when().get("/api/gateway/dashboards/leaders/李副区长/tasks")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor("420102")).queryParam("period", "Q1")
                .when().get("/api/gateway/dashboards/leaders/李副区长/tasks")
                .then().statusCode(200)
                .body("tasks.items.taskId", contains("102", "103"))
                .body("tasks.items.light", contains("AMBER", "RED"));
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
        // a month is a period the gateway takes as progress-service does: the plan's quarterly calendar lacks it, 422 (it
        // answered 400 for every month — break-it trial of 2026-12-05)
        given().auth().oauth2(TestTokens.of(Set.of("SUPERVISOR"), "420102", null)).queryParam("period", "M05")
                .when().get("/api/gateway/dashboards/plans/7").then().statusCode(422).contentType("application/problem+json");
    }
}
