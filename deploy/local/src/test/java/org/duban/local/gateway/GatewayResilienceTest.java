package org.duban.local.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.duban.infra.ServiceProcess;
import org.duban.local.RunningSuite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** One service stopped: its routes answer 503 problem+json quickly, the others go on working. */
class GatewayResilienceTest {

    @Test
    void shouldAnswer503ForAStoppedServiceWithinTheTimeoutWhileTheOthersWork() {
        String gateway = RunningSuite.gateway();
        String supervisor = RunningSuite.token(List.of("SUPERVISOR"), RunningSuite.REGION, null);
        ServiceProcess indicators = RunningSuite.get().service("indicators-service");
        given().baseUri(gateway).when().get("/api/indicators/catalog").then().statusCode(200);
        indicators.stop();
        try {
            for (int i = 0; i < 15; i++) {
                long started = System.nanoTime();
                given().baseUri(gateway).when().get("/api/indicators/catalog")
                        .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
                long millis = (System.nanoTime() - started) / 1_000_000;
                Assertions.assertTrue(millis < 10_000, "answered within the gateway's timeout: " + millis + " ms");
            }
            given().baseUri(gateway).auth().oauth2(supervisor).when().get("/api/tasks/tasks").then().statusCode(200);
            given().baseUri(gateway).auth().oauth2(supervisor).when().get("/api/progress/obligations").then().statusCode(200);
            given().baseUri(gateway).when().get("/api/gateway/openapi.json")
                    .then().statusCode(200).body("'x-duban-services'.'indicators-service'", equalTo("unavailable"));
        } finally {
            indicators.start();
            indicators.awaitReady(Duration.ofSeconds(120));
        }
        // the circuit closes again once the service is back
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().baseUri(gateway).when().get("/api/indicators/catalog").statusCode() == 200);
    }
}
