package org.duban.indicators.input;

import static io.restassured.RestAssured.given;
import static org.duban.testing.Problems.invalid;
import static org.duban.testing.Problems.problem;
import static org.duban.testing.Problems.saying;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, strict input, on indicators-service: malformed figures answer 400/406/413/414/415/431 problem+json naming
 * the field (and the CSV line), never 500 and never accepted leniently; no answer names a Java type. The same
 * figures written correctly are recorded.
 */
@QuarkusTest
class StrictInputTest {
    private static final String OBSERVATIONS = "/api/indicators/observations";
    private static final String CSV = OBSERVATIONS + "/import/csv";
    private static final String CSV_HEADER = "indicator,regionCode,year,period,value,unit,growthRate,estimate,source,releaseDate\n";

    private String region;
    private String token;

    @BeforeEach
    void region() {
        region = "47" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        token = TestTokens.statistician(region);
    }

    private ValidatableResponse record(String json) {
        return given().auth().oauth2(token).contentType("application/json").body(json).when().post(OBSERVATIONS).then();
    }

    private String figure(String fields) {
        return "{\"indicator\":\"GDP\",\"regionCode\":\"" + region + "\",\"year\":2025,\"period\":\"Q1\",\"value\":70.5" + fields + "}";
    }

    private ValidatableResponse importCsv(String rows) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(CSV_HEADER + rows).when().post(CSV).then();
    }

    @Test
    void shouldRefuseADuplicateKeyInsteadOfA500OrTheLastValue() {
        invalid(record(figure(",\"indicator\":\"RETAIL_SALES\"")), 400, "indicator").body("violations[0].message", containsString("twice"));
        invalid(record(figure(",\"value\":71")), 400, "value");
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonValue() {
        saying(record(figure("") + " " + figure("")), 400, "exactly one JSON value");
    }

    @Test
    void shouldNotCoerceScalars() {
        invalid(record("{\"indicator\":\"GDP\",\"regionCode\":\"" + region + "\",\"year\":\"2025\",\"period\":\"Q1\",\"value\":1}"),
                400, "year").body("violations[0].message", containsString("whole number"));
        invalid(record("{\"indicator\":\"GDP\",\"regionCode\":\"" + region + "\",\"year\":2025,\"period\":\"Q1\",\"value\":\"70.5\"}"),
                400, "value");
        invalid(record(figure(",\"estimate\":\"true\"")), 400, "estimate");
        invalid(record(figure(",\"estimate\":1")), 400, "estimate");
        invalid(record("{\"indicator\":\"GDP\",\"regionCode\":" + region + ",\"year\":2025,\"period\":\"Q1\",\"value\":1}"),
                400, "regionCode");
        invalid(record(figure(",\"releaseDate\":\"\"")), 400, "releaseDate");
    }

    @Test
    void shouldRefuseDatesThatAreNumbersOrOutOfRange() {
        invalid(record(figure(",\"releaseDate\":20250415")), 400, "releaseDate").body("violations[0].message", containsString("2026-03-31"));
        invalid(record(figure(",\"releaseDate\":\"+999999999-12-31\"")), 400, "releaseDate")
                .body("violations[0].message", containsString("between 1900 and 2200"));
        invalid(importCsv("GDP," + region + ",2025,Q1,70.5,亿元,,,,+999999999-12-31\n"), 400, "line 2: releaseDate");
    }

    @Test
    void shouldRefuseInfiniteAndHugeNumbersInJsonAndCsv() {
        invalid(record(figure(",\"growthRate\":1e400")), 400, "growthRate");
        invalid(record("{\"indicator\":\"GDP\",\"regionCode\":\"" + region + "\",\"year\":2025,\"period\":\"Q1\",\"value\":1e400}"),
                400, "value");
        invalid(importCsv("GDP," + region + ",2025,Q1,1e400,亿元,,,,\n"), 400, "line 2: value");
        invalid(importCsv("GDP," + region + ",2025,Q1,70.5,亿元,,,,\nGDP," + region + ",2025,H1,-1e400,亿元,,,,\n"), 400, "line 3: value");
        given().auth().oauth2(token).queryParam("regionCode", region).when().get(OBSERVATIONS)
                .then().statusCode(200).body("pager.total", equalTo(0));
    }

    @Test
    void shouldRefuseUnknownQueryValuesWith400NamingTheParameter() {
        invalid(given().auth().oauth2(token).queryParam("regionCode", region).queryParam("year", "abc").when().get(OBSERVATIONS).then(),
                400, "year");
        invalid(given().auth().oauth2(token).queryParam("regionCode", region).queryParam("history", "maybe").when().get(OBSERVATIONS)
                .then(), 400, "history");
    }

    @Test
    void shouldAnswerRefusalsOfTheTransportAsProblems() {
        problem(given().auth().oauth2(token).queryParam("regionCode", region).when().get(OBSERVATIONS + "?q=" + "a".repeat(20_000)).then(),
                414);
        problem(given().auth().oauth2(token).header("X-Padding", "b".repeat(40_000)).queryParam("regionCode", region)
                .when().get(OBSERVATIONS).then(), 431);
        problem(given().auth().oauth2(token).contentType("text/csv").body(new byte[11 * 1024 * 1024]).when().post(CSV).then(), 413);
        problem(given().auth().oauth2(token).contentType("application/xml").body("<figure/>").when().post(OBSERVATIONS).then(), 415);
        problem(given().auth().oauth2(token).when().delete(OBSERVATIONS).then(), 405);
        problem(given().auth().oauth2(token).accept("text/csv").queryParam("regionCode", region).when().get(OBSERVATIONS).then(), 406);
    }

    @Test
    void shouldStillRecordCorrectFigures() {
        record(figure(",\"unit\":\"亿元\",\"growthRate\":7.6,\"estimate\":true,\"source\":\"区统计局\",\"releaseDate\":\"2025-04-15\""))
                .statusCode(201).body("value", equalTo(70.5f)).body("releaseDate", equalTo("2025-04-15"));
        importCsv("RETAIL_SALES," + region + ",2025,Q1,\"30,100\",万元,8.8,否,区统计局,2025-04-20\n")
                .statusCode(201).body("imported", equalTo(1));
        given().auth().oauth2(token).queryParam("regionCode", region).queryParam("year", "2025").queryParam("history", "false")
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get(OBSERVATIONS).then().statusCode(200).contentType("application/json").body("pager.total", equalTo(2));
    }
}
