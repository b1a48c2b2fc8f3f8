package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.infra.Suite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged suite as it runs in production: four service JVMs, PostgreSQL and Kafka, driven
 * only through the gateway.
 */
class SuiteEndToEndTest {
    private static final String REGION = RunningSuite.REGION;
    private static Suite suite;
    private static String gateway;
    private static String supervisor;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
        gateway = RunningSuite.gateway();
        supervisor = RunningSuite.token(List.of("SUPERVISOR"), REGION, null);
    }

    /** Creates a task naming a new responsible unit; answers that unit's id in the directory. */
    private static String createTask(String number, String responsibleUnit) {
        return given().baseUri(gateway).auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("""
                        {"regionCode":"%s","year":2019,"number":"%s","title":"端到端任务","leadUnit":"区发改局",
                         "responsibleUnits":["%s"]}""".formatted(REGION, number, responsibleUnit))
                .when().post("/api/tasks/tasks")
                .then().statusCode(201).extract().path("responsibleUnits[0].id").toString();
    }

    private static int owedBy(String unit) {
        return given().baseUri(gateway).auth().oauth2(supervisor).queryParam("unitId", unit)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().path("pager.total");
    }

    @Test
    void shouldShowTheUnitsOwedReportInProgressServiceSecondsAfterATaskIsCreatedThroughTheGateway() {
        String unit = createTask("E1", "区单位" + UUID.randomUUID().toString().substring(0, 8));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> owedBy(unit) == 1);
        given().baseUri(gateway).auth().oauth2(supervisor).queryParam("unitId", unit)
                .when().get("/api/progress/obligations")
                .then().statusCode(200).body("items[0].taskNumber", equalTo("E1")).body("items[0].role", equalTo("RESPONSIBLE"));
    }

    @Test
    void shouldDeliverATaskCreatedWhileKafkaIsDownOnceKafkaIsBack() {
        String unit;
        suite.kafka().stop();
        try {
            unit = createTask("E2", "区单位" + UUID.randomUUID().toString().substring(0, 8));
            org.junit.jupiter.api.Assertions.assertEquals(0, owedBy(unit));
        } finally {
            suite.kafka().start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> owedBy(unit) == 1);
    }

    @Test
    void shouldReportEveryServiceReady() {
        for (var service : suite.services()) {
            given().baseUri(service.baseUrl()).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void shouldAnswer400ProblemThroughTheGatewayForMalformedJson() {
        given().baseUri(gateway).auth().oauth2(supervisor).contentType(ContentType.JSON).body("{\"regionCode\":")
                .when().post("/api/tasks/tasks")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
