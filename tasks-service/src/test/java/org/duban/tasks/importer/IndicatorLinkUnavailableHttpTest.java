package org.duban.tasks.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 3 with indicators-service down (in this module's tests its URL is a closed port): the import preview
 * still answers, with one INDICATOR_LINK_UNAVAILABLE warning and no indicator link, and the commit still stores the
 * plan — with the indicator the office chose in a correction. The links themselves, read by the real grammar, are
 * tested end to end in deploy/local ({@code IndicatorLinksEndToEndTest}).
 */
@QuarkusTest
class IndicatorLinkUnavailableHttpTest {
    private static final String REGION = "431031";

    @Test
    void shouldPreviewAndCommitTheReportWithOneWarningWhenIndicatorsServiceIsDown() {
        String token = TestTokens.supervisor(REGION);
        String seed = Fixtures.seed("district-2015-government-work-report.txt");
        JsonPath preview = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "REPORT", "text", seed))
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.INDICATOR_LINK_UNAVAILABLE", equalTo(1))
                .body("warningsByCode.SUGGESTED_INDICATOR", nullValue())
                .body("warningsByCode.INDICATOR_NOT_IN_CATALOG", nullValue())
                .body("plan.sections[0].tasks.indicatorLink", everyItem(nullValue()))
                .body("plan.warnings.find { it.code == 'INDICATOR_LINK_UNAVAILABLE' }.message", containsString("指标服务"))
                .body("plan.warnings.find { it.code == 'INDICATOR_LINK_UNAVAILABLE' }.messageEn",
                        containsString("indicators-service could not be asked"))
                .extract().jsonPath();
        // the importer's provisional reading stays where the grammar could not be asked
        assertEquals("AT_LEAST", preview.getString("plan.sections[0].tasks[0].quantTargets[0].comparator"));

        Map<String, Object> commit = new HashMap<>(Map.of("regionCode", REGION, "format", "REPORT", "text", seed));
        commit.put("corrections", List.of(Map.of("index", 1, "indicatorCode", "gdp")));
        long planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(commit)
                .when().post("/api/tasks/imports").then().statusCode(201)
                .extract().jsonPath().getLong("planId");
        JsonPath tasks = given().auth().oauth2(token).queryParam("sectionKind", "TARGETS")
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(Arrays.asList("GDP", null, null, null, null, null, null), tasks.getList("items.indicatorCode"),
                "the office's choice is stored although the catalog could not be read; nothing else is linked");
    }

    @Test
    void shouldRefuseAnIndicatorChoiceThatIsNoCode() {
        Map<String, Object> preview = new HashMap<>(Map.of("regionCode", REGION, "format", "REPORT",
                "text", "2016年全区经济社会发展的预期目标是:地区生产总值增长10%。"));
        preview.put("corrections", List.of(Map.of("index", 1, "indicatorCode", "地区生产总值")));
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON).body(preview)
                .when().post("/api/tasks/imports/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", containsString("indicatorCode"));
    }
}
