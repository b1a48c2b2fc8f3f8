package org.duban.tasks.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 items 1–2 through the import API: the 2015 report seed previewed and committed as a draft plan (format
 * REPORT), its units suggested from the region's previous plan (the 2019 decomposition seed imported first).
 */
@QuarkusTest
class ReportImportHttpTest {
    private static final String REGION = "431021";

    @Test
    void shouldDraftThePlanOfTheReportWithUnitsSuggestedFromThePreviousPlan() {
        String token = TestTokens.supervisor(REGION);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "PLAN_TEXT", "publish", true,
                        "text", Fixtures.seed("district-2019-task-decomposition-plan.txt")))
                .when().post("/api/tasks/imports").then().statusCode(201);
        String seed = Fixtures.seed("district-2015-government-work-report.txt");
        // the 2016 targets: the region's only plan is 2019's, a later year, so nothing is suggested from it
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "REPORT", "text", seed))
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("plan.document.year", equalTo(2016))
                .body("warningsByCode.SUGGESTED_UNIT", equalTo(null))
                .body("warningsByCode.YEAR_OVERRIDDEN", equalTo(null));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "REPORT", "text", seed, "year", 2018))
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.YEAR_OVERRIDDEN", equalTo(1));
        // the same report for 2020: the 2019 plan in force is the precedent
        Map<String, Object> report = Map.of("regionCode", REGION, "format", "REPORT",
                "text", seed.replace("2016年全区经济社会发展的预期目标", "2020年全区经济社会发展的预期目标"));

        JsonPath preview = given().auth().oauth2(token).contentType(ContentType.JSON).body(report)
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("format", equalTo("REPORT"))
                .body("plan.sections.kind", equalTo(List.of("TARGETS", "KEY_WORK", "LIVELIHOOD")))
                .body("plan.sections[0].tasks.size()", equalTo(7))
                .body("plan.sections[1].children.size()", equalTo(7))
                .body("plan.sections[2].tasks.number", equalTo(List.of("1", "2", "5")))
                .body("warningsByCode.ITEMS_MISSING", equalTo(1))
                .body("warningsByCode.SUGGESTED_UNIT", greaterThan(1))
                .extract().jsonPath();
        assertEquals(List.of("区发改委"), preview.getList("plan.sections[0].tasks[0].leadUnits.name"),
                "地区生产总值: the 2019 plan's lead, suggested");
        assertEquals(List.of("区商务局"), preview.getList("plan.sections[0].tasks[2].leadUnits.name"),
                "社会消费品零售总额: the 2019 plan's lead, suggested");

        Map<String, Object> publishing = new java.util.HashMap<>(report);
        publishing.put("publish", true);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(publishing)
                .when().post("/api/tasks/imports").then().statusCode(422).contentType("application/problem+json");
        long planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(report)
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("year", equalTo(2020))
                .body("sourceFormat", equalTo("REPORT"))
                .body("sections.kind", equalTo(List.of("TARGETS", "KEY_WORK", "LIVELIHOOD")));
        // a second document of the same year is previewed with a warning naming the plan already there
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", REGION, "format", "REPORT",
                        "text", Fixtures.seed("district-2015-government-work-report.txt")
                                .replace("2016年全区经济社会发展的预期目标", "2020年全区经济社会发展的预期目标").replace("认真办好", "切实办好")))
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.PLAN_OF_THE_YEAR_EXISTS", equalTo(1))
                .body("plan.warnings.find { it.code == 'PLAN_OF_THE_YEAR_EXISTS' }.message",
                        org.hamcrest.Matchers.containsString(String.valueOf(planId)));
        // the draft issued as a document reads back as the same plan (sections, kinds, task texts)
        String issued = given().auth().oauth2(token).queryParam("format", "txt")
                .when().get("/api/tasks/plans/" + planId + "/document").then().statusCode(200).extract().asString();
        String other = "431022";
        long back = given().auth().oauth2(TestTokens.supervisor(other)).contentType(ContentType.JSON)
                .body(Map.of("regionCode", other, "format", "PLAN_TEXT", "text", issued))
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        JsonPath drafted = given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().extract().jsonPath();
        JsonPath readBack = given().auth().oauth2(TestTokens.supervisor(other)).when().get("/api/tasks/plans/" + back)
                .then().extract().jsonPath();
        assertEquals(drafted.getList("sections.kind"), readBack.getList("sections.kind"));
        assertEquals(drafted.getList("sections.taskCount"), readBack.getList("sections.taskCount"));
        assertEquals(drafted.getList("sections[1].children.title"), readBack.getList("sections[1].children.title"));
        assertEquals(tasks(token, planId), tasks(TestTokens.supervisor(other), back));

        given().auth().oauth2(token).queryParam("sectionKind", "TARGETS")
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200)
                .body("pager.total", equalTo(7))
                .body("items.title", hasItems("地区生产总值增10%,达到581亿元", "全面小康实现程度达到90%以上"));
    }

    /** From a newcomer trial: a document given twice, or not at all, is refused naming the field, never guessed. */
    @Test
    void shouldRefuseAReportGivenTwiceOrNotAtAll() {
        String token = TestTokens.supervisor(REGION);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "REPORT", "text", "预期目标是:地区生产总值增长6%。",
                        "contentBase64", java.util.Base64.getEncoder().encodeToString("x".getBytes())))
                .when().post("/api/tasks/imports/preview").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("contentBase64"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "REPORT", "text", "  "))
                .when().post("/api/tasks/imports/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("text"));
    }

    private static List<String> tasks(String token, long planId) {
        return given().auth().oauth2(token).queryParam("pageSize", 200).when().get("/api/tasks/plans/" + planId + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.title");
    }
}
