package org.duban.indicators.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.duban.platform.event.EventContract;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The service's event contract is its served AsyncAPI document, and it is enforced in tests: every event the other
 * tests make this service write passed through {@link EventContract#check}; here a drifted payload is refused.
 */
@QuarkusTest
class EventContractTest {

    @Inject
    EventContract contract;

    @Test
    void shouldCheckEveryTypeItEmitsAgainstTheDocumentItServes() throws Exception {
        assertEquals(Set.of("duban.indicators.observation-recorded.v1", "duban.indicators.indicator-evaluated.v1"), contract.types());
        IllegalStateException drift = assertThrows(IllegalStateException.class, () -> contract.check(
                "duban.indicators.indicator-evaluated.v1", new ObjectMapper().readTree("{\"indicatorCode\":\"GDP\",\"year\":\"2018\"}")));
        assertTrue(drift.getMessage().contains("indicator-evaluated"), drift.getMessage());
        assertThrows(IllegalStateException.class, () -> contract.check("duban.indicators.unknown.v1", new ObjectMapper().readTree("{}")));
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("duban.indicators.observation-recorded.v1"));
    }
}
