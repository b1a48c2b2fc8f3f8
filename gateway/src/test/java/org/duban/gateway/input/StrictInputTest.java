package org.duban.gateway.input;

import static io.restassured.RestAssured.given;
import static org.duban.testing.Problems.invalid;
import static org.duban.testing.Problems.problem;
import static org.duban.testing.Problems.saying;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Set;
import java.util.UUID;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, strict input, at the front door: the gateway reads its own bodies and parameters strictly, and its own
 * refusals (address or headers too long, body too large, wrong media type or method, a foreign origin) are
 * problem+json before anything is forwarded; none names a Java type. No service runs here (their URLs refuse), so
 * a forwarded request answers 503: that proves the gateway let it through.
 */
@QuarkusTest
class StrictInputTest {
    // %test.duban.auth.demo.password and %test.quarkus.http.cors.origins in application.properties
    private static final String DEMO_PASSWORD = "test-demo-password";
    private static final String ALLOWED_ORIGIN = "https://duban.example.gov.cn";

    private String token;

    @BeforeEach
    void client() {
        // a subject of its own: a rate-limit bucket of its own
        token = TestTokens.builder(Set.of("SUPERVISOR"), "420102", null, "strict-" + UUID.randomUUID())
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    private static ValidatableResponse login(String json) {
        return given().contentType("application/json").body(json).when().post("/api/auth/login").then();
    }

    @Test
    void shouldReadItsOwnBodiesStrictly() {
        invalid(login("{\"login\":\"supervisor\",\"login\":\"admin\",\"password\":\"x\"}"), 400, "login")
                .body("violations[0].message", containsString("twice"));
        saying(login("{\"login\":\"supervisor\",\"password\":\"x\"} {}"), 400, "exactly one JSON value");
        invalid(login("{\"login\":12,\"password\":\"x\"}"), 400, "login");
        invalid(login("{\"login\":\"supervisor\",\"password\":[\"x\"]}"), 400, "password");
    }

    @Test
    void shouldRefuseUnconvertibleQueryValuesWith400NamingTheParameter() {
        invalid(given().auth().oauth2(token).queryParam("page", "abc").when().get("/api/gateway/audit").then(), 400, "page");
        invalid(given().auth().oauth2(token).queryParam("year", "2026x").when().get("/api/gateway/dashboards/units/1/todo").then(),
                400, "year");
    }

    @Test
    void shouldAnswerItsOwnRefusalsAsProblemsBeforeForwarding() {
        problem(given().auth().oauth2(token).when().get("/api/tasks/plans?q=" + "a".repeat(20_000)).then(), 414);
        problem(given().auth().oauth2(token).header("X-Padding", "b".repeat(40_000)).when().get("/api/tasks/plans").then(), 431);
        problem(given().auth().oauth2(token).contentType("text/plain").body(new byte[11 * 1024 * 1024])
                .queryParam("regionCode", "420102").queryParam("format", "PLAN_TEXT").when().post("/api/tasks/imports/preview").then(), 413);
        problem(given().contentType("text/plain").body("supervisor").when().post("/api/auth/login").then(), 415);
        problem(given().when().delete("/api/auth/login").then(), 405);
        problem(given().auth().oauth2(token).accept("application/xml").when().get("/api/auth/me").then(), 406);
    }

    @Test
    void shouldRefuseAForeignOriginWithAProblem() {
        saying(given().header("Origin", "https://evil.example.com").when().get("/api/gateway/asyncapi.yaml").then(), 403, "origin");
        saying(given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .when().options("/api/tasks/tasks").then(), 403, "origin");
        saying(given().header("Origin", ALLOWED_ORIGIN).when().request("TRACE", "/api/auth/me").then(), 403, "TRACE");
    }

    @Test
    void shouldStillPassCorrectRequests() {
        login("{\"login\":\"supervisor\",\"password\":\"" + DEMO_PASSWORD + "\"}").statusCode(200).body("accessToken", notNullValue());
        given().auth().oauth2(token).queryParam("page", "1").queryParam("pageSize", "10").when().get("/api/gateway/audit")
                .then().statusCode(200);
        given().auth().oauth2(token).header("Origin", ALLOWED_ORIGIN).accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/auth/me").then().statusCode(200).contentType("application/json")
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN));
        // forwarded whatever it accepts or sends (the service decides): 503 because no service runs here
        problem(given().auth().oauth2(token).accept("text/csv").queryParam("year", "abc").when().get("/api/progress/plans/p/completion-table")
                .then(), 503);
    }
}
