package org.duban.indicators.observation;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.duban.indicators.IndicatorEventsProbe;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A figure recorded while Kafka is down is stored, and its events go out once Kafka is back. */
@QuarkusTest
class OutboxDeliveryTest {
    private static final String REGION = "421321";

    @Test
    void shouldDeliverEventsOfFiguresRecordedWhileKafkaWasDown() {
        TestInfrastructure.kafka().stop();
        String id;
        try {
            id = given().auth().oauth2(TestTokens.statistician(REGION)).contentType(ContentType.JSON)
                    .body(Map.of("indicator", "GDP", "regionCode", REGION, "year", 2020, "period", "Q1",
                            "value", 88.8, "growthRate", -6.8))
                    .when().post("/api/indicators/observations")
                    .then().statusCode(201).extract().path("id");
        } finally {
            TestInfrastructure.kafka().start();
        }
        IndicatorEventsProbe.await(IndicatorEventsProbe.RECORDED, "GDP:" + REGION,
                d -> id.equals(d.path("observationId").asText()));
        IndicatorEventsProbe.await(IndicatorEventsProbe.EVALUATED, "GDP:" + REGION,
                d -> id.equals(d.path("observationId").asText()) && "NO_TARGET".equals(d.path("verdict").asText()));
    }
}
