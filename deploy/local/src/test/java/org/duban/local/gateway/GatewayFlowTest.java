package org.duban.local.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.local.RunningSuite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that knows only the merged OpenAPI document: it logs in, the office creates a task, the
 * administrator adds the unit's reporter and head, the reporter drafts, the head approves (submits),
 * and the supervisor's live stream shows the submission (the delay is printed) while another unit's does not.
 */
class GatewayFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // the run command's demo password (gateway/README.md): the suite started here must not take it
    private static final String DEMO_PASSWORD = "duban-demo";
    /** The test's own reporting year: fixed, so the flow reads the same whatever the date of the run. */
    private static final int YEAR = 2025;
    private static String gateway;
    private static JsonNode paths;

    @BeforeAll
    static void readMergedOpenApi() throws Exception {
        RunningSuite.get();
        gateway = RunningSuite.gateway();
        paths = JSON.readTree(given().baseUri(gateway).when().get("/api/gateway/openapi.json").then().statusCode(200)
                .extract().asString()).get("paths");
    }

    /** A path of the merged document with its parameters filled in; fails when the document does not list it. */
    private static String path(String method, String template, Map<String, String> parameters) {
        Assertions.assertTrue(paths.has(template) && paths.get(template).has(method), method + " " + template + " missing from the merged OpenAPI");
        String path = template;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return path;
    }

    private static String login(String login, String password) {
        return given().baseUri(gateway).contentType(ContentType.JSON)
                .body(Map.of("login", login, "password", password))
                .when().post(path("post", "/api/auth/login", Map.of()))
                .then().statusCode(200).extract().path("accessToken");
    }

    private static void addUser(String admin, String login, String role, String unitId) {
        given().baseUri(gateway).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(unitId == null
                        ? Map.of("login", login, "password", "e2e-password-" + login, "roles", new String[] {role}, "regionCode", RunningSuite.REGION)
                        : Map.of("login", login, "password", "e2e-password-" + login, "roles", new String[] {role},
                                "regionCode", RunningSuite.REGION, "unitId", unitId))
                .when().post(path("post", "/api/gateway/users", Map.of())).then().statusCode(201);
    }

    @Test
    void shouldLogInDraftApproveAndStreamTheSubmissionToTheSupervisorOnly() throws Exception {
        // a gateway started without the demo switch has no demo users: its administrator is a signed token
        for (String demo : new String[] {"admin", "supervisor", "reporter"}) {
            given().baseUri(gateway).contentType(ContentType.JSON).body(Map.of("login", demo, "password", DEMO_PASSWORD))
                    .when().post(path("post", "/api/auth/login", Map.of())).then().statusCode(401);
        }
        String admin = RunningSuite.token(java.util.List.of("ADMIN"), null, null);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        addUser(admin, "office-" + suffix, "SUPERVISOR", null);
        String supervisor = login("office-" + suffix, "e2e-password-office-" + suffix);

        String unitName = "区流程单位-" + suffix;
        JsonNode task = JSON.readTree(given().baseUri(gateway).auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body("""
                        {"regionCode":"%s","year":%d,"number":"F%s","title":"网关流程任务","leadUnit":"%s","responsibleUnits":[]}"""
                        .formatted(RunningSuite.REGION, YEAR, suffix.substring(0, 4), unitName))
                .when().post(path("post", "/api/tasks/tasks", Map.of()))
                .then().statusCode(201).extract().asString());
        String taskId = task.get("id").asText();
        String unitId = task.path("leadUnit").path("id").asText();
        Assertions.assertFalse(unitId.isBlank(), "the lead unit got an id: " + task);

        addUser(admin, "reporter-" + suffix, "UNIT_REPORTER", unitId);
        addUser(admin, "head-" + suffix, "UNIT_HEAD", unitId);
        String reporter = login("reporter-" + suffix, "e2e-password-reporter-" + suffix);
        String head = login("head-" + suffix, "e2e-password-head-" + suffix);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given().baseUri(gateway).auth().oauth2(reporter)
                .when().get(path("get", "/api/progress/obligations", Map.of()))
                .then().statusCode(200).extract().<Integer>path("pager.total") >= 1);

        String otherUnit = RunningSuite.token(java.util.List.of("UNIT_REPORTER"), RunningSuite.REGION, "999999");
        try (LiveStream office = new LiveStream(gateway, supervisor); LiveStream elsewhere = new LiveStream(gateway, otherUnit)) {
            String reportId = given().baseUri(gateway).auth().oauth2(reporter).contentType(ContentType.JSON)
                    .body(Map.of("taskId", taskId, "period", "ANNUAL", "narrative", "全年已完成招商引资到位资金3.2亿元。"))
                    .when().post(path("post", "/api/progress/reports", Map.of()))
                    .then().statusCode(201).extract().path("id").toString();
            // another unit cannot read this unit's report, nor report on a task it owes nothing for
            int read = given().baseUri(gateway).auth().oauth2(otherUnit)
                    .when().get(path("get", "/api/progress/reports/{id}", Map.of("id", reportId))).statusCode();
            Assertions.assertTrue(read == 403 || read == 404, "another unit read the report: " + read);
            int submitted = given().baseUri(gateway).auth().oauth2(otherUnit).contentType(ContentType.JSON)
                    .body(Map.of("taskId", taskId, "period", "ANNUAL", "narrative", "不属于本单位的任务"))
                    .when().post(path("post", "/api/progress/reports", Map.of())).statusCode();
            Assertions.assertTrue(submitted >= 400 && submitted < 500, "a unit that owes nothing reported: " + submitted);
            // a reporter cannot approve: only the unit head can
            given().baseUri(gateway).auth().oauth2(reporter)
                    .when().post(path("post", "/api/progress/reports/{id}/approve", Map.of("id", reportId)))
                    .then().statusCode(403);
            long approved = System.nanoTime();
            given().baseUri(gateway).auth().oauth2(head)
                    .when().post(path("post", "/api/progress/reports/{id}/approve", Map.of("id", reportId)))
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"));

            // a bound a loaded 2-core machine cannot miss; the delay itself is a figure, printed
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> office.saw("report-submitted") && office.saw(reportId));
            System.out.printf("live stream: report-submitted reached the supervisor %d ms after the approval%n",
                    (System.nanoTime() - approved) / 1_000_000);
            Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> !elsewhere.saw(reportId));
        }

        // the writes were audited with who made them
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> given().baseUri(gateway).auth().oauth2(supervisor)
                .queryParam("caller", "head-" + suffix).when().get("/api/gateway/audit")
                .then().statusCode(200).extract().<Integer>path("pager.total") >= 1);
    }
}
