package org.duban.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
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
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldAnswerUnknownPathsWithProblemJson() {
        given().when().get("/api/indicators/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
