package org.duban.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Set;
import java.util.UUID;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** CORS only for the configured origins; 429 problem+json with Retry-After once a client exceeds its bucket. */
@QuarkusTest
class CorsAndRateLimitTest {
    static final String ALLOWED = "https://duban.example.gov.cn";

    @Test
    void shouldAnswerAPreflightFromAConfiguredOrigin() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when().options("/api/tasks/tasks")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(ALLOWED));
        given().header("Origin", ALLOWED).when().get("/api/auth/me")
                .then().header("Access-Control-Allow-Origin", equalTo(ALLOWED));
    }

    @Test
    void shouldNotAllowAnOriginThatIsNotConfigured() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .when().options("/api/tasks/tasks")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").when().get("/api/gateway/asyncapi.yaml")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAnswer429WithRetryAfterWhenOneClientSendsTooMuch() {
        String token = TestTokens.builder(Set.of("SUPERVISOR"), "420102", null, "busy-" + UUID.randomUUID())
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
        Response limited = null;
        for (int i = 0; i < 400 && limited == null; i++) {
            Response response = given().auth().oauth2(token).when().get("/api/auth/me");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                Assertions.assertEquals(200, response.statusCode());
            }
        }
        Assertions.assertNotNull(limited, "no 429 within 400 requests");
        limited.then().contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        // another client is not affected
        given().auth().oauth2(TestTokens.supervisor("420102")).when().get("/api/auth/me").then().statusCode(200);
    }
}
