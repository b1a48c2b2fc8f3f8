package org.duban.tasks.input;

import static io.restassured.RestAssured.given;
import static org.duban.testing.Problems.invalid;
import static org.duban.testing.Problems.problem;
import static org.duban.testing.Problems.saying;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, strict input, on tasks-service: malformed requests answer 400/406/413/414/415/431 problem+json naming the
 * field, never 500 and never accepted leniently, and no answer names a Java type; an import that reads as more tasks
 * than the cap is refused before anything is stored. The same requests written correctly pass.
 */
@QuarkusTest
class StrictInputTest {
    private static final String HEADER = "序号,目标任务,责任领导,区政府办协管责任人,牵头单位,责任人,相关单位,完成情况\n";

    private String region;
    private String token;

    @BeforeEach
    void region() {
        region = "46" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        token = TestTokens.supervisor(region);
    }

    private ValidatableResponse post(String path, String json) {
        return given().auth().oauth2(token).contentType("application/json").body(json).when().post(path).then();
    }

    private String plan(String fields) {
        return "{\"regionCode\":\"" + region + "\",\"year\":2026,\"title\":\"2026年目标任务\"" + fields + "}";
    }

    private String task(String fields) {
        return "{\"regionCode\":\"" + region + "\",\"year\":2026,\"number\":\"1\",\"title\":\"建设物流园\",\"leadUnit\":\"区发改局\"" + fields + "}";
    }

    /** The raw CSV with regionCode, format, year and period; {@code query} adds or replaces parameters. */
    private ValidatableResponse importCsv(String path, String csv, String... query) {
        Map<String, String> params = new LinkedHashMap<>(Map.of("regionCode", region, "format", "TABLE_CSV", "year", "2026", "period", "Q1"));
        for (int i = 0; i < query.length; i += 2) {
            params.put(query[i], query[i + 1]);
        }
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParams(params).when().post(path).then();
    }

    @Test
    void shouldRefuseADuplicateKeyInsteadOfA500OrTheLastValue() {
        invalid(post("/api/tasks/plans", plan(",\"year\":2027")), 400, "year").body("violations[0].message", containsString("twice"));
        invalid(post("/api/tasks/unit-groups", "{\"regionCode\":\"" + region + "\",\"name\":\"各街道\",\"name\":\"各乡\"}"), 400, "name");
        invalid(post("/api/tasks/tasks", task(",\"quantTargets\":[{\"metric\":\"增长\",\"metric\":\"总量\",\"comparator\":\"ABOUT\"}]")),
                400, "quantTargets[0].metric");
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonValue() {
        saying(post("/api/tasks/plans", plan("") + " {}"), 400, "exactly one JSON value");
        saying(post("/api/tasks/plans", plan("") + "]"), 400, "not valid JSON");
    }

    @Test
    void shouldNotCoerceScalars() {
        invalid(post("/api/tasks/plans", "{\"regionCode\":\"" + region + "\",\"year\":\"2026\",\"title\":\"t\"}"), 400, "year");
        invalid(post("/api/tasks/plans", "{\"regionCode\":\"" + region + "\",\"year\":2026.0,\"title\":\"t\"}"), 400, "year");
        invalid(post("/api/tasks/plans", "{\"regionCode\":" + region + ",\"year\":2026,\"title\":\"t\"}"), 400, "regionCode")
                .body("violations[0].message", containsString("must be text"));
        invalid(post("/api/tasks/plans", plan(",\"workPlanDue\":\"\"")), 400, "workPlanDue");
        invalid(post("/api/tasks/tasks", task(",\"quantTargets\":[{\"metric\":\"增长\",\"value\":\"6\",\"comparator\":\"ABOUT\"}]")),
                400, "quantTargets[0].value");
        invalid(post("/api/tasks/tasks", task(",\"leaders\":\"张三\"")), 400, "leaders");
    }

    @Test
    void shouldRefuseAnEnumGivenByItsOrdinal() {
        invalid(post("/api/tasks/unit-groups", "{\"regionCode\":\"" + region + "\",\"name\":\"相关街道\",\"selector\":3}"), 400, "selector")
                .body("violations[0].message", containsString("STREET_OFFICES, STREETS_AND_TOWNSHIPS, DEPARTMENTS, ALL_UNITS, EXPLICIT"));
        invalid(post("/api/tasks/unit-groups", "{\"regionCode\":\"" + region + "\",\"name\":\"相关街道\",\"selector\":\"4\"}"), 400, "selector");
        invalid(post("/api/tasks/units", "{\"regionCode\":\"" + region + "\",\"name\":\"区发改局\",\"kind\":0}"), 400, "kind");
    }

    @Test
    void shouldRefuseDatesThatAreNumbersOrOutOfRange() {
        invalid(post("/api/tasks/plans", plan(",\"workPlanDue\":20260101")), 400, "workPlanDue");
        invalid(post("/api/tasks/plans", plan(",\"deadlines\":{\"Q1\":\"+999999999-12-31\"}")), 400, "deadlines.Q1")
                .body("violations[0].message", containsString("between 1900 and 2200"));
        invalid(post("/api/tasks/plans", plan(",\"document\":{\"issueDate\":\"1899-12-31\"}")), 400, "document.issueDate");
        invalid(post("/api/tasks/tasks", task(",\"dueDate\":\"2201-01-01\"")), 400, "dueDate");
        invalid(post("/api/tasks/tasks", task(",\"dueDate\":\"2026-12-31T00:00:00\"")), 400, "dueDate");
    }

    @Test
    void shouldRefuseNumbersBeyondRange() {
        invalid(post("/api/tasks/tasks", task(",\"quantTargets\":[{\"metric\":\"增长\",\"value\":1e400,\"comparator\":\"ABOUT\"}]")),
                400, "quantTargets[0].value");
    }

    @Test
    void shouldRefuseUnknownQueryValuesWith400NamingTheParameter() {
        String csv = HEADER + "1,建设物流园,张三,李四,区发改局,王五,,\n";
        invalid(importCsv("/api/tasks/imports/preview", csv, "format", "BOGUS"), 400, "format")
                .body("detail", containsString("PLAN_TEXT, DOCUMENT, REPORT, TABLE_TEXT, TABLE_CSV, TABLE_XLSX"));
        invalid(importCsv("/api/tasks/imports/preview", csv, "year", "abc"), 400, "year");
        invalid(importCsv("/api/tasks/imports/preview", csv, "period", "Q5"), 400, "period");
        invalid(importCsv("/api/tasks/imports", csv, "publish", "yes"), 400, "publish");
        invalid(given().auth().oauth2(token).queryParam("year", "2026x").when().get("/api/tasks/tasks").then(), 400, "year");
        invalid(given().auth().oauth2(token).queryParam("status", "BOGUS").when().get("/api/tasks/plans").then(), 400, "status");
    }

    /**
     * A parameter the endpoint does not take is refused naming it, never ignored (a filter by {@code indicator}
     * written {@code indicatorCode} elsewhere would otherwise answer every row); paging and declared filters pass.
     */
    @Test
    void shouldRefuseAnUnknownQueryParameterNamingIt() {
        invalid(given().auth().oauth2(token).queryParam("indicator", "GDP").when().get("/api/tasks/tasks").then(), 400,
                "indicator")
                .body("detail", containsString("indicatorCode"));
        invalid(given().auth().oauth2(token).queryParam("fields", "id,title").when().get("/api/tasks/plans").then(), 400, "fields");
        invalid(given().auth().oauth2(token).queryParam("verbose", "1").when().get("/api/tasks/plans/1").then(), 400, "verbose");
        given().auth().oauth2(token).queryParam("page", 1).queryParam("pageSize", 10).queryParam("sort", "id")
                .queryParam("indicatorCode", "GDP").when().get("/api/tasks/tasks").then().statusCode(200);
    }

    /**
     * A 9 MB text that reads as 130,000 tasks (序号 has at most 4 digits, so they repeat 1..9999, each repeat a
     * warning, not a refusal): 413 on preview and commit, and no plan stored.
     */
    @Test
    void shouldRefuseAnImportOfMoreTasksThanTheCap() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 130_000; i++) {
            csv.append(i % 9999 + 1).append(",建设物流园区第").append(i).append("项,张三,李四,区发改局,王五,,\n");
        }
        int bytes = csv.toString().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > 9_000_000 && bytes < 10 * 1024 * 1024, "the document is " + bytes + " bytes");
        invalid(importCsv("/api/tasks/imports/preview", csv.toString()), 413, "text")
                .body("detail", containsString("130000")).body("detail", containsString("10000"));
        invalid(importCsv("/api/tasks/imports", csv.toString(), "publish", "true"), 413, "text");
        given().auth().oauth2(token).queryParam("regionCode", region).when().get("/api/tasks/plans")
                .then().statusCode(200).body("pager.total", equalTo(0));
    }

    @Test
    void shouldAnswerRefusalsOfTheTransportAsProblems() {
        problem(given().auth().oauth2(token).when().get("/api/tasks/plans?q=" + "a".repeat(20_000)).then(), 414);
        problem(given().auth().oauth2(token).header("X-Padding", "b".repeat(40_000)).when().get("/api/tasks/plans").then(), 431);
        problem(given().auth().oauth2(token).contentType("text/plain").body(new byte[11 * 1024 * 1024])
                .queryParam("regionCode", region).queryParam("format", "PLAN_TEXT").when().post("/api/tasks/imports/preview").then(), 413);
        problem(given().auth().oauth2(token).contentType("application/xml").body("<plan/>").when().post("/api/tasks/plans").then(), 415);
        problem(given().auth().oauth2(token).when().delete("/api/tasks/plans").then(), 405);
        problem(given().auth().oauth2(token).accept("application/xml").when().get("/api/tasks/plans").then(), 406);
    }

    @Test
    void shouldStillAcceptCorrectRequests() {
        int planId = post("/api/tasks/plans", plan(",\"workPlanDue\":\"2026-03-31\",\"deadlines\":{\"Q1\":\"2026-04-10\"},"
                + "\"document\":{\"issueDate\":\"2026-02-01\"}")).statusCode(201)
                .body("workPlanDue", equalTo("2026-03-31")).body("deadlines.Q1", equalTo("2026-04-10")).extract().path("id");
        post("/api/tasks/unit-groups", "{\"regionCode\":\"" + region + "\",\"name\":\"相关街道\",\"selector\":\"EXPLICIT\"}")
                .statusCode(201).body("selector", equalTo("EXPLICIT"));
        post("/api/tasks/tasks", task(",\"planId\":" + planId + ",\"dueDate\":\"2026-12-31\","
                + "\"quantTargets\":[{\"metric\":\"增长\",\"value\":6.5,\"unit\":\"%\",\"comparator\":\"ABOUT\"}]")).statusCode(201);
        importCsv("/api/tasks/imports", HEADER + "1,建设物流园,张三,李四,区发改局,王五,,已开工。\n", "publish", "false")
                .statusCode(201).body("taskCount", equalTo(1));
        given().auth().oauth2(token).queryParam("regionCode", region).queryParam("status", "DRAFT").queryParam("page", "1")
                .queryParam("year", "").when().get("/api/tasks/plans").then().statusCode(200).body("pager.total", equalTo(2));
        // a browser's Accept (text/html first, */* last) gets JSON, not the record's toString()
        given().auth().oauth2(token).accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/tasks/plans/" + planId).then().statusCode(200).contentType("application/json")
                .body("id", equalTo(planId));
    }
}
