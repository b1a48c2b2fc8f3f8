package org.duban.indicators.observation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Statisticians racing to record the first figure of a period: one wins, the others get 409, never a 500. */
@QuarkusTest
class ConcurrentRecordingTest {
    private static final String REGION = "421322";

    @Test
    void shouldLetExactlyOneOfManySimultaneousFirstFiguresIn() throws Exception {
        String token = TestTokens.statistician(REGION);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int value = 100 + i;
                Callable<Integer> call = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("indicator", "RETAIL_SALES", "regionCode", REGION, "year", 2020,
                                    "period", "M04", "value", value))
                            .when().post("/api/indicators/observations").then().extract().statusCode();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(callers - 1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("indicator", "RETAIL_SALES")
                .queryParam("history", true).when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", org.hamcrest.Matchers.equalTo(1));
    }
}
