package org.duban.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Loads the demo data exactly as the README tells the run command to, and checks what the board then shows. */
@QuarkusTest
class DemoDataTest {

    @Test
    void shouldLoadTheDemoFilesThroughTheDocumentedCalls() {
        String token = TestTokens.of(Set.of("ADMIN", "SYSTEM"), null, null);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(demo("targets-2019.json"))
                .when().post("/api/indicators/targets")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(demo("observations-2019.csv"))
                .when().post("/api/indicators/observations/import/csv")
                .then().statusCode(201).body("imported", equalTo(13));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(demo("notice-2019-q3.json"))
                .when().post("/api/indicators/observations/import/notice")
                .then().statusCode(201).body("imported", equalTo(4)).body("targetsCreated", equalTo(0));

        given().queryParam("regionCode", "420102").queryParam("year", 2019).queryParam("period", "Q3")
                .when().get("/api/indicators/board")
                .then().statusCode(200)
                .body("items.find { it.indicatorCode == 'GDP' }.verdict", equalTo("BEHIND_PACE"))
                .body("items.find { it.indicatorCode == 'GDP' }.trend.period", equalTo(List.of("Q1", "H1", "Q3")))
                .body("items.find { it.indicatorCode == 'URBAN_UNEMPLOYMENT_RATE' }.verdict", equalTo("MET"))
                .body("items.find { it.indicatorCode == 'RURAL_PER_CAPITA_INCOME' }.target.level.value",
                        equalTo(24000));
        given().auth().oauth2(token).queryParam("parentRegion", "420100").queryParam("indicator", "GDP")
                .queryParam("year", 2019).queryParam("period", "H1").queryParam("sort", "-value")
                .when().get("/api/indicators/comparison")
                .then().statusCode(200)
                .body("items.regionCode", equalTo(List.of("420103", "420102", "420104", "420105")))
                .body("items.verdict", hasItems("ON_PACE"));
        // the loader checks this before loading, so a second start does not fail
        given().auth().oauth2(token).queryParam("regionCode", "420102").queryParam("year", 2019)
                .queryParam("pageSize", 1).when().get("/api/indicators/observations")
                .then().statusCode(200).body("pager.total", equalTo(14));
    }

    private static String demo(String name) {
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
