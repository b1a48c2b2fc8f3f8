package org.duban.indicators.observation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.duban.testing.Races;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Statisticians racing to record the first figure of a period: one wins, the others get 409, never a 500. */
@QuarkusTest
class ConcurrentRecordingTest {
    private static final String REGION = "421322";

    @Test
    void shouldLetExactlyOneOfManySimultaneousFirstFiguresIn() {
        String token = TestTokens.statistician(REGION);
        int callers = 8;
        IntSupplier[] calls = new IntSupplier[callers];
        for (int i = 0; i < callers; i++) {
            int value = 100 + i;
            calls[i] = () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("indicator", "RETAIL_SALES", "regionCode", REGION, "year", 2020, "period", "M04", "value", value))
                    .when().post("/api/indicators/observations").then().extract().statusCode();
        }
        List<Integer> statuses = Races.together(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(callers - 1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("indicator", "RETAIL_SALES")
                .queryParam("history", true).when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", org.hamcrest.Matchers.equalTo(1));
    }
}
