package org.duban.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Signing in is hard to abuse (issue 12 item 6): guessing locks the account (here after 5 failures for 3 s, the
 * test profile's duration; 15 min by default), the lock and the attempts are in the audit under the account tried,
 * answers carrying tokens are never cached, every answer carries the security headers, and metrics are for operators.
 */
@QuarkusTest
class LoginHardeningTest {
    private static final String PASSWORD = "a-long-password";

    private static String addUser() {
        String login = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"login\":\"%s\",\"password\":\"%s\",\"roles\":[\"SUPERVISOR\"],\"regionCode\":\"420102\"}".formatted(login, PASSWORD))
                .when().post("/api/gateway/users").then().statusCode(201);
        return login;
    }

    private static int login(String login, String password) {
        return given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password))
                .when().post("/api/auth/login").statusCode();
    }

    @Test
    void shouldLockAnAccountAfterFiveWrongPasswordsEvenAgainstTheRightOneThenLetItInAgain() {
        String victim = addUser();
        String bystander = addUser();
        for (int i = 0; i < 5; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(401, login(victim, "guess-" + i));
        }
        int retryAfter = Integer.parseInt(given().contentType(ContentType.JSON)
                .body("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(victim, PASSWORD))
                .when().post("/api/auth/login").then().statusCode(429).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("account-locked")).body("accessToken", nullValue())
                .extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After " + retryAfter);
        // another account is not affected
        org.junit.jupiter.api.Assertions.assertEquals(200, login(bystander, PASSWORD));
        // the attempts and the refusal are audited under the account tried
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .queryParam("caller", "login:" + victim).queryParam("pageSize", 100)
                .when().get("/api/gateway/audit").then().statusCode(200)
                .body("items.findAll { it.status == 401 }.size()", equalTo(5))
                .body("items.findAll { it.status == 429 }.size()", equalTo(1)));
        // once the lock has passed, the right password works and the count starts again
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> login(victim, PASSWORD) == 200);
        org.junit.jupiter.api.Assertions.assertEquals(401, login(victim, "one-more-guess"));
        org.junit.jupiter.api.Assertions.assertEquals(200, login(victim, PASSWORD));
    }

    @Test
    void shouldNeverLetATokenOrASecretBeCached() {
        String login = addUser();
        given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, PASSWORD))
                .when().post("/api/auth/login").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"统计接口\",\"roles\":[\"STATISTICIAN\"],\"regionCode\":\"420102\"}")
                .when().post("/api/gateway/api-keys").then().statusCode(201).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/gateway/users").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldSendSecurityHeadersAndKeepMetricsForOperators() {
        for (String path : new String[] {"/api/gateway/openapi.json", "/api/gateway/no-such-thing", "/q/health/ready"}) {
            given().when().get(path).then().header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY")).header("Referrer-Policy", equalTo("no-referrer"));
        }
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor("420102")).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_"));
    }
}
