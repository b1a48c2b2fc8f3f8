package org.duban.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every write through the gateway leaves a row with method, path, status, caller and request id. */
@QuarkusTest
class AuditTest {

    private static int rowsFor(String requestId, String token) {
        return given().auth().oauth2(token).queryParam("requestId", requestId).when().get("/api/gateway/audit")
                .then().statusCode(200).extract().path("pager.total");
    }

    @Test
    void shouldAuditAWriteToAServiceWithTheCallersIdentityEvenWhenTheServiceIsDown() {
        String requestId = "audit-" + UUID.randomUUID();
        String token = TestTokens.builder(Set.of("SUPERVISOR"), "420102", null, "audit-supervisor")
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
        given().auth().oauth2(token).header("X-Request-Id", requestId).contentType(ContentType.JSON).body("{}")
                .when().post("/api/progress/reports/7/accept").then().statusCode(503);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsFor(requestId, token) == 1);
        given().auth().oauth2(token).queryParam("requestId", requestId).when().get("/api/gateway/audit")
                .then().statusCode(200)
                .body("items[0].method", equalTo("POST"))
                .body("items[0].path", equalTo("/api/progress/reports/7/accept"))
                .body("items[0].status", equalTo(503))
                .body("items[0].caller", equalTo("audit-supervisor"))
                .body("items[0].roles", equalTo("SUPERVISOR"))
                .body("items[0].regionCode", equalTo("420102"))
                .body("items[0].requestId", equalTo(requestId));
    }

    @Test
    void shouldAuditTheGatewaysOwnWrites() {
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body("{\"name\":\"审计测试\",\"roles\":[\"SYSTEM\"]}")
                .when().post("/api/gateway/api-keys").then().statusCode(201).header("X-Request-Id", requestId);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsFor(requestId, TestTokens.admin()) == 1);
        given().auth().oauth2(TestTokens.admin()).queryParam("requestId", requestId).when().get("/api/gateway/audit")
                .then().body("items[0].status", equalTo(201)).body("items[0].path", equalTo("/api/gateway/api-keys"));
    }

    @Test
    void shouldAuditAWriteRefusedAtTheDoor() {
        String requestId = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.expired(Set.of("SUPERVISOR"), "420102")).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/tasks/tasks").then().statusCode(401);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsFor(requestId, TestTokens.admin()) == 1);
        given().auth().oauth2(TestTokens.admin()).queryParam("requestId", requestId).when().get("/api/gateway/audit")
                .then().body("items[0].status", equalTo(401)).body("items[0].caller", equalTo("unauthenticated"));
    }

    @Test
    void shouldNotAuditReads() {
        String read = "audit-read-" + UUID.randomUUID();
        String control = "audit-control-" + UUID.randomUUID();
        // reads of every kind under one request id: the gateway's own, one routed to a service (down: 503), a HEAD
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", read).when().get("/api/gateway/audit")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor("420102")).header("X-Request-Id", read).when().get("/api/progress/reports")
                .then().statusCode(503);
        given().auth().oauth2(TestTokens.supervisor("420102")).header("X-Request-Id", read).when().head("/api/tasks/tasks")
                .then().statusCode(503);
        given().auth().oauth2(TestTokens.supervisor("420102")).header("X-Request-Id", read).when().get("/api/auth/me")
                .then().statusCode(200);
        // then a write: audit rows are written off the event loop after the answer, so once the later write's row
        // is there, a row for the earlier reads would have had its chance to be written as well
        given().auth().oauth2(TestTokens.supervisor("420102")).header("X-Request-Id", control).contentType(ContentType.JSON)
                .body("{}").when().post("/api/progress/reports/7/accept").then().statusCode(503);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsFor(control, TestTokens.admin()) == 1);
        given().auth().oauth2(TestTokens.admin()).queryParam("requestId", control).when().get("/api/gateway/audit")
                .then().statusCode(200).body("items[0].method", equalTo("POST"));

        org.junit.jupiter.api.Assertions.assertEquals(0, rowsFor(read, TestTokens.admin()), "reads must leave no audit row");
    }

    @Test
    void shouldShowAuditOnlyToAdministratorsAndSupervisorsOfTheirRegion() {
        given().auth().oauth2(TestTokens.unitReporter("420102", "1")).when().get("/api/gateway/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.statistician("420102")).when().get("/api/gateway/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("method", "GET").when().get("/api/gateway/audit")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldReplaceARequestIdThatIsNotAShortSafeToken() {
        // short enough to have been kept before: the characters decide, not only the length
        String hostile = "<script>alert(1)</script>";
        String echoed = given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", hostile).contentType(ContentType.JSON)
                .body("{\"name\":\"请求号测试\",\"roles\":[\"SYSTEM\"]}")
                .when().post("/api/gateway/api-keys").then().statusCode(201).extract().header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertTrue(echoed.matches("[0-9a-f-]{36}"), "replaced by a fresh id: " + echoed);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rowsFor(echoed, TestTokens.admin()) == 1);
        given().auth().oauth2(TestTokens.admin()).queryParam("requestId", echoed).when().get("/api/gateway/audit")
                .then().statusCode(200).body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script")));
    }
}
