package org.duban.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The operational endpoints every service must answer. */
@QuarkusTest
class ServiceEndpointsTest {
    @Test
    void shouldReportReadyWithItsDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void shouldPublishOpenApiAndPrometheusMetrics() {
        given().when().get("/q/openapi?format=json").then().statusCode(200).body("info.title", containsString("indicators"));
        given().auth().oauth2(TestTokens.admin()).when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().auth().oauth2(TestTokens.system()).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void shouldKeepMetricsFromAnyoneButOperators() {
        given().when().get("/q/metrics").then().statusCode(401).body(not(containsString("jvm_")));
        given().auth().oauth2(TestTokens.supervisor("420102")).when().get("/q/metrics").then().statusCode(403)
                .body(not(containsString("jvm_")));
    }

    @Test
    void shouldSendSecurityHeadersOnEveryAnswer() {
        for (String path : new String[] {"/q/health/ready", "/api/indicators/no-such-thing", "/api/indicators/indicators"}) {
            given().when().get(path).then().header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY")).header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"));
        }
    }

    @Test
    void shouldAnswerUnknownPathsWithProblemJson() {
        given().when().get("/api/indicators/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
