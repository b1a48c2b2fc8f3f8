package org.duban.progress.input;

import static io.restassured.RestAssured.given;
import static org.duban.testing.Problems.invalid;
import static org.duban.testing.Problems.problem;
import static org.duban.testing.Problems.saying;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, strict input: a malformed request answers 400/406/413/414/415/431 problem+json naming the field, never
 * 500 and never accepted leniently; no answer names a Java type. The same requests written correctly pass.
 */
@QuarkusTest
class StrictInputTest {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private String plan;
    private String task;
    private String unit;

    @BeforeEach
    void assignTask() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        plan = "strict-" + s;
        task = "st-" + s;
        unit = "S" + s;
        Events.assigned(new Events.Task(plan, task, "1", "健全建议提案办理工作机制").lead(unit, "区政府办"));
        Api.awaitObligations(unit, 1);
    }

    private static ValidatableResponse post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType("application/json").body(json).when().post(path).then();
    }

    private static ValidatableResponse put(String token, String path, String json) {
        return given().auth().oauth2(token).contentType("application/json").body(json).when().put(path).then();
    }

    private String draft(String fields) {
        return "{\"taskId\":\"" + task + "\",\"period\":\"Q1\",\"narrative\":\"一季度完成。\"" + fields + "}";
    }

    private String calendar(String deadline) {
        return "{\"shiftToWorkingDay\":true,\"periods\":[{\"period\":\"Q1\",\"deadline\":" + deadline + "}]}";
    }

    @Test
    void shouldRefuseADuplicateKeyInsteadOfA500OrTheLastValue() {
        invalid(post(Api.supervisor(), "/api/progress/reports/any/return", "{\"reason\":\"a\",\"reason\":\"b\"}"), 400, "reason")
                .body("violations[0].message", containsString("twice"));
        invalid(post(Api.reporter(unit), "/api/progress/reports", draft(",\"taskId\":\"other\"")), 400, "taskId");
        invalid(put(Api.supervisor(), "/api/progress/plans/" + plan + "/calendar",
                "{\"shiftToWorkingDay\":true,\"periods\":[{\"period\":\"Q1\",\"deadline\":\"2018-04-10\",\"period\":\"H1\"}]}"),
                400, "periods[0].period");
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonValue() {
        saying(post(Api.reporter(unit), "/api/progress/reports", draft("") + " {}"), 400, "exactly one JSON value");
        saying(post(Api.reporter(unit), "/api/progress/reports", draft("") + " xyz"), 400, "not valid JSON");
    }

    @Test
    void shouldNotCoerceScalars() {
        String reports = "/api/progress/reports";
        invalid(post(Api.reporter(unit), reports, "{\"taskId\":12,\"period\":\"Q1\",\"narrative\":\"n\"}"), 400, "taskId")
                .body("violations[0].message", startsWith("must be text"));
        invalid(post(Api.reporter(unit), reports, draft(",\"percentOfAnnual\":\"12\"")), 400, "percentOfAnnual");
        invalid(post(Api.reporter(unit), reports, draft(",\"consolidated\":\"false\"")), 400, "consolidated");
        invalid(post(Api.reporter(unit), reports, draft(",\"consolidated\":0")), 400, "consolidated");
        invalid(post(Api.reporter(unit), reports, draft(",\"consolidated\":null")), 400, "consolidated");
        invalid(post(Api.reporter(unit), reports, draft(",\"figures\":[{\"name\":\"投资\",\"value\":\"5\"}]")), 400, "figures[0].value");
        invalid(post(Api.reporter(unit), reports, draft(",\"selfAssessedStatus\":\"\"")), 400, "selfAssessedStatus");
        String calendar = "/api/progress/plans/" + plan + "/calendar";
        invalid(put(Api.supervisor(), calendar, "{\"shiftToWorkingDay\":\"true\",\"periods\":[{\"period\":\"Q1\",\"deadline\":\"2018-04-10\"}]}"),
                400, "shiftToWorkingDay");
        invalid(put(Api.supervisor(), calendar, "{\"shiftToWorkingDay\":1,\"periods\":[{\"period\":\"Q1\",\"deadline\":\"2018-04-10\"}]}"),
                400, "shiftToWorkingDay");
        invalid(put(Api.supervisor(), calendar, calendar("\"\"")), 400, "periods[0].deadline");
    }

    @Test
    void shouldRefuseAnEnumGivenByItsOrdinal() {
        invalid(post(Api.reporter(unit), "/api/progress/reports", draft(",\"selfAssessedStatus\":3")), 400, "selfAssessedStatus")
                .body("violations[0].message", containsString("BEHIND, ON_PACE, AHEAD, COMPLETED, UNKNOWN"));
        invalid(post(Api.supervisor(), "/api/progress/publications", "{\"planId\":\"" + plan + "\",\"period\":\"Q1\",\"kind\":1}"),
                400, "kind");
    }

    @Test
    void shouldRefuseDatesThatAreNumbersOrOutOfRange() {
        String calendar = "/api/progress/plans/" + plan + "/calendar";
        invalid(put(Api.supervisor(), calendar, calendar("20260101")), 400, "periods[0].deadline")
                .body("violations[0].message", containsString("2026-03-31"));
        invalid(put(Api.supervisor(), calendar, calendar("[2026,1,1]")), 400, "periods[0].deadline");
        invalid(put(Api.supervisor(), calendar, calendar("\"+999999999-12-31\"")), 400, "periods[0].deadline")
                .body("violations[0].message", containsString("between 1900 and 2200"));
        invalid(put(Api.supervisor(), calendar, calendar("\"2201-01-01\"")), 400, "periods[0].deadline");
        invalid(put(Api.supervisor(), calendar, "{\"shiftToWorkingDay\":true,\"holidays\":[\"1899-12-31\"],"
                + "\"periods\":[{\"period\":\"Q1\",\"deadline\":\"2018-04-10\"}]}"), 400, "holidays[0]");
        invalid(post(Api.supervisor(), "/api/progress/plans/" + plan + "/late-grants",
                "{\"unitId\":\"" + unit + "\",\"period\":\"Q1\",\"allowedUntil\":\"+999999999-12-31\",\"reason\":\"病假\"}"),
                400, "allowedUntil");
    }

    @Test
    void shouldRefuseNumbersBeyondRange() {
        invalid(post(Api.reporter(unit), "/api/progress/reports", draft(",\"percentOfAnnual\":1e400")), 400, "percentOfAnnual");
        invalid(post(Api.reporter(unit), "/api/progress/reports", draft(",\"figures\":[{\"name\":\"投资\",\"value\":1e-400}]")),
                400, "figures[0].value");
    }

    @Test
    void shouldRefuseUnknownQueryValuesWith400NamingTheParameter() {
        invalid(given().auth().oauth2(Api.supervisor()).queryParam("status", "BOGUS").when().get("/api/progress/reports").then(),
                400, "status").body("detail", containsString("DRAFT"));
        invalid(given().auth().oauth2(Api.supervisor()).queryParam("current", "yes").when().get("/api/progress/reports").then(),
                400, "current");
        invalid(given().auth().oauth2(Api.supervisor()).queryParam("page", "abc").when().get("/api/progress/reports").then(),
                400, "page");
        invalid(given().queryParam("kind", "BOGUS").when().get("/api/progress/publications").then(), 400, "kind");
        invalid(given().auth().oauth2(Api.supervisor()).queryParam("light", "PURPLE").queryParam("period", "Q1")
                .when().get("/api/progress/plans/" + plan + "/pace").then(), 400, "light");
    }

    @Test
    void shouldAnswerRefusalsOfTheTransportAsProblems() {
        problem(given().auth().oauth2(Api.supervisor()).when().get("/api/progress/reports?q=" + "a".repeat(20_000)).then(), 414);
        problem(given().auth().oauth2(Api.supervisor()).header("X-Padding", "b".repeat(40_000)).when().get("/api/progress/reports")
                .then(), 431);
        problem(given().auth().oauth2(Api.reporter(unit)).contentType("application/json").body(new byte[11 * 1024 * 1024])
                .when().post("/api/progress/reports").then(), 413);
        problem(given().auth().oauth2(Api.reporter(unit)).contentType("text/plain").body("x").when().post("/api/progress/reports")
                .then(), 415);
        problem(given().auth().oauth2(Api.reporter(unit)).when().delete("/api/progress/reports").then(), 405);
        problem(given().auth().oauth2(Api.supervisor()).accept("application/xml").when().get("/api/progress/reports").then(), 406);
    }

    @Test
    void shouldStillAcceptCorrectRequests() {
        // a create answers its own Response: it runs whatever Accept says, and its object leaves as JSON, never toString()
        String id = given().auth().oauth2(Api.reporter(unit)).contentType("application/json").accept("application/xml")
                .body(draft(",\"percentOfAnnual\":12.5,\"selfAssessedStatus\":\"ON_PACE\",\"consolidated\":false,"
                        + "\"figures\":[{\"name\":\"资金\",\"value\":5,\"unit\":\"亿元\"}]"))
                .when().post("/api/progress/reports").then()
                .statusCode(201).contentType("application/json").body("percentOfAnnual", equalTo(12.5f)).extract().path("id");
        // the figures come back as given, and are stored as jsonb that SQL can read inside (V8)
        given().auth().oauth2(Api.reporter(unit)).when().get("/api/progress/reports/" + id).then().statusCode(200)
                .body("figures[0].name", equalTo("资金")).body("figures[0].value", equalTo(5)).body("figures[0].unit", equalTo("亿元"));
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("select pg_typeof(figures)::text, figures->0->>'name' from report where id::text = ?")) {
            query.setString(1, id);
            try (var row = query.executeQuery()) {
                org.junit.jupiter.api.Assertions.assertTrue(row.next(), "report " + id + " stored");
                org.junit.jupiter.api.Assertions.assertEquals("jsonb", row.getString(1));
                org.junit.jupiter.api.Assertions.assertEquals("资金", row.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        put(Api.supervisor(), "/api/progress/plans/" + plan + "/calendar",
                "{\"shiftToWorkingDay\":false,\"holidays\":[\"2018-04-09\"],\"periods\":[{\"period\":\"Q1\",\"deadline\":\"2018-04-10\"}]}")
                .statusCode(200).body("periods", hasSize(1)).body("periods[0].deadline", equalTo("2018-04-10"));
        given().auth().oauth2(Api.reporter(unit)).queryParam("status", "DRAFT").queryParam("current", "true").queryParam("page", "1")
                .queryParam("unitId", unit).when().get("/api/progress/reports").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
        // a browser's Accept (text/html first, */* last), or one preferring XML, gets JSON, not the record's toString()
        given().auth().oauth2(Api.reporter(unit)).accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/progress/reports/" + id).then()
                .statusCode(200).contentType("application/json").body("id", equalTo(id));
        given().auth().oauth2(Api.reporter(unit)).accept("application/xml, application/json;q=0.5")
                .when().get("/api/progress/reports/" + id).then()
                .statusCode(200).contentType("application/json").body("id", equalTo(id));
        // an empty query value counts as not given
        given().queryParam("kind", "").when().get("/api/progress/publications").then().statusCode(200);
    }
}
