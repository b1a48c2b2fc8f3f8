package org.duban.indicators.reading;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Long texts are read two at a time: six whole pastes sent at once are answered 200 (two at least) or at once 503
 * problem+json with Retry-After, never left to pile up past the gateway's timeout; a short paragraph sent meanwhile is
 * read as always (trial of 2026-12-04: six clients pasting 100,000 characters, p50 8.5 s, 16 of 68 past 10 s).
 */
@QuarkusTest
class LongReadsTest {
    private static final String REGION = "421223";

    @Test
    void shouldReadTwoLongTextsAtOnceAndTurnTheRestAwayAtOnce() throws Exception {
        String report = "主要预期目标为:地区生产总值增长6%左右,一般公共预算收入增长5%。";
        String longText = (report + "会议强调,要坚持稳中求进工作总基调,推动高质量发展。".repeat(4000)).substring(0, 100_000);
        String token = TestTokens.statistician(REGION);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> pastes = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                pastes.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("regionCode", REGION, "year", 2021, "text", longText))
                            .when().post("/api/indicators/targets/preview").andReturn();
                }));
            }
            start.countDown();
            // sent while the long texts are in flight: a short paragraph never waits on the gate
            Response paragraph = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("regionCode", REGION, "year", 2021, "text", report))
                    .when().post("/api/indicators/targets/preview").andReturn();
            assertEquals(200, paragraph.statusCode(), paragraph.asString());
            int read = 0;
            int turnedAway = 0;
            for (Future<Response> paste : pastes) {
                Response answer = paste.get();
                if (answer.statusCode() == 200) {
                    read++;
                    assertEquals("GDP", answer.jsonPath().getString("targets[0].indicatorCode"));
                } else {
                    turnedAway++;
                    assertEquals(503, answer.statusCode(), answer.asString());
                    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                    assertEquals("3", answer.header("Retry-After"));
                    assertTrue(answer.jsonPath().getString("type").endsWith("/reading-busy"), answer.asString());
                }
            }
            assertTrue(read >= 2, "read " + read);
            assertTrue(turnedAway >= 1, "six long texts at once, none turned away");
        } finally {
            pool.shutdownNow();
        }
        // and one at a time, every long text is read
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2021, "text", longText))
                .when().post("/api/indicators/targets/preview").then().statusCode(200);
    }
}
