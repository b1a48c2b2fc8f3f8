package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run command's demo data loads through the gateway, loading it again changes nothing, and every demo role lands
 * on a populated screen (issue 15 item 6): the office's plan overview, the unit reporter's and head's to-do lists,
 * the leader's tasks, the statistician's board and the administrator's audit are not empty; the unit's reports are
 * in every state, a late unit has been urged, and a notice is frozen. In the demo logins' region and the current
 * year, which no other test's plan uses.
 */
class DemoDataEndToEndTest {

    private static final String REGION = RunningSuite.REGION;

    private static String token(List<String> roles, String unitId) {
        return RunningSuite.token(roles, REGION, unitId);
    }

    @Test
    void shouldLoadAYearForEveryDemoRoleAndBeIdempotent() throws Exception {
        Path repoRoot = Path.of(System.getProperty("duban.repo.root", "../..")).toAbsolutePath().normalize();
        int year = DemoData.currentYear();
        List<String> log = new ArrayList<>();
        new DemoData(repoRoot, RunningSuite.gateway(), DemoDataEndToEndTest::token, year, REGION, log::add).load();
        new DemoData(repoRoot, RunningSuite.gateway(), DemoDataEndToEndTest::token, year, REGION, log::add).load();
        assertTrue(log.containsAll(List.of("demo plan already there", "demo indicators already there", "demo reports already there",
                "demo publications already there")), log.toString());

        String gateway = RunningSuite.gateway();
        String supervisor = token(List.of("SUPERVISOR"), null);
        String planId = given().baseUri(gateway).auth().oauth2(supervisor)
                .queryParam("regionCode", REGION).queryParam("year", year).queryParam("status", "PUBLISHED")
                .when().get("/api/tasks/plans")
                .then().statusCode(200).body("pager.total", greaterThan(0)).extract().path("items.find { it.title.contains('主要目标任务') }.id").toString();
        String unitId = given().baseUri(gateway).auth().oauth2(supervisor).queryParam("regionCode", REGION)
                .queryParam("name", DemoData.DEMO_UNIT).when().get("/api/tasks/units/resolve")
                .then().statusCode(200).extract().path("id").toString();

        // the office: the plan overview, the unit's reports in every state, urging lines, a frozen notice
        JsonPath overview = given().baseUri(gateway).auth().oauth2(supervisor).queryParam("period", "Q3")
                .when().get("/api/gateway/dashboards/plans/" + planId).then().statusCode(200).extract().jsonPath();
        assertTrue(overview.getInt("plan.taskCount") > 0 && !overview.getList("indicators.items").isEmpty(), overview.prettify());
        given().baseUri(gateway).auth().oauth2(supervisor).queryParam("planId", planId).queryParam("current", true)
                .queryParam("pageSize", 100).when().get("/api/progress/reports")
                .then().statusCode(200).body("items.status", hasItems("ACCEPTED", "RETURNED", "SUBMITTED", "DRAFT"));
        given().baseUri(gateway).auth().oauth2(supervisor).queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/progress/supervision/ledger")
                .then().statusCode(200).body("items.kind", hasItem("URGED"));
        given().baseUri(gateway).queryParam("planId", planId).queryParam("kind", "NOTICE")
                .when().get("/api/progress/publications").then().statusCode(200).body("pager.total", equalTo(1));

        // the unit's reporter and head: their to-do lists, the returned report with its reason among them
        for (String role : List.of("UNIT_REPORTER", "UNIT_HEAD")) {
            JsonPath todo = given().baseUri(gateway).auth().oauth2(token(List.of(role), unitId)).queryParam("year", year)
                    .when().get("/api/gateway/dashboards/my/todo").then().statusCode(200).extract().jsonPath();
            assertTrue(todo.getInt("todo.total") > 0, role + ": " + todo.prettify());
        }

        // the leader (张副区长, as the gateway's demo login names it): its tasks
        String leader = org.duban.testing.TestTokens.builder(java.util.Set.of("LEADER"), REGION, null, "leader")
                .claim("name", "张副区长").sign(RunningSuite.signingKey());
        given().baseUri(gateway).auth().oauth2(leader).queryParam("period", "Q3")
                .when().get("/api/gateway/dashboards/my/tasks").then().statusCode(200).body("tasks.total", greaterThan(0));

        // the statistician: the board of the same year, with figures
        given().baseUri(gateway).auth().oauth2(token(List.of("STATISTICIAN"), null)).queryParam("regionCode", REGION)
                .queryParam("year", year).queryParam("period", "Q3").when().get("/api/indicators/board")
                .then().statusCode(200).body("items.findAll { it.actual?.value != null }.size()", greaterThan(0));

        // the administrator: the audit of what was written
        given().baseUri(gateway).auth().oauth2(RunningSuite.token(List.of("ADMIN"), null, null)).queryParam("pathPrefix", "/api/progress/reports")
                .when().get("/api/gateway/audit").then().statusCode(200).body("pager.total", greaterThan(0));
    }
}
