package org.duban.tasks.workplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkPlanResourceTest {
    private static final String REGION = "420105";

    private record Setup(String taskId, int leadUnit, int streetUnit, int outsider) {}

    private static Setup setup(String number) {
        String token = TestTokens.supervisor(REGION);
        String taskId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "number", number, "title", "新增停车泊位10000个",
                        "leadUnit", "区建设局", "responsibleUnits", List.of("区规土分局", "各街道")))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().path("id").toString();
        int lead = id(token, "区建设局");
        int street = unit(token, "永清街道" + number);
        int outsider = unit(token, "区残联" + number);
        return new Setup(taskId, lead, street, outsider);
    }

    private static int id(String token, String name) {
        return given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("name", name)
                .when().get("/api/tasks/units/resolve").then().statusCode(200).extract().path("id");
    }

    private static int unit(String token, String name) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "name", name, "kind", name.contains("街道") ? "STREET_OFFICE" : "DEPARTMENT"))
                .when().post("/api/tasks/units").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> draft(int unitId) {
        return Map.of("unitId", unitId, "overallResponsible", "张局长", "items", List.of(
                Map.of("content", "完成停车泊位选址", "deadline", "2019-03-31", "leaderInCharge", "李副局长", "responsibleSection", "规划科"),
                Map.of("content", "完成建设并验收", "deadline", "2019-12-20")));
    }

    @Test
    void shouldTakeAWorkPlanThroughSubmitReturnResubmitAndApprove() {
        Setup s = setup("WP-1");
        String reporter = TestTokens.unitReporter(REGION, String.valueOf(s.leadUnit()));
        String supervisor = TestTokens.supervisor(REGION);
        int id = given().auth().oauth2(reporter).contentType(ContentType.JSON).body(draft(s.leadUnit()))
                .when().post("/api/tasks/tasks/" + s.taskId() + "/work-plans")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("items[0].responsibleSection", equalTo("规划科"))
                .extract().path("id");
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/tasks/work-plans/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/tasks/work-plans/" + id + "/approve").then().statusCode(403);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(Map.of("reason", "请细化完成时限", "version", 1))
                .when().post("/api/tasks/work-plans/" + id + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("请细化完成时限"));
        given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body(Map.of("overallResponsible", "张局长", "items", List.of(Map.of("content", "3月底前完成选址", "deadline", "2019-03-31")),
                        "version", 2))
                .when().put("/api/tasks/work-plans/" + id).then().statusCode(200).body("version", equalTo(3));
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("version", 3))
                .when().post("/api/tasks/work-plans/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(Map.of("version", 4))
                .when().post("/api/tasks/work-plans/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("content", "改")), "version", 5))
                .when().put("/api/tasks/work-plans/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(supervisor).queryParam("unitId", s.leadUnit()).queryParam("status", "APPROVED")
                .when().get("/api/tasks/work-plans").then().statusCode(200).body("pager.total", equalTo(1));
    }

    @Test
    void shouldLetAStreetOfficeOfAResponsibleGroupWriteOneButNotAnOutsider() {
        Setup s = setup("WP-2");
        given().auth().oauth2(TestTokens.unitReporter(REGION, String.valueOf(s.streetUnit()))).contentType(ContentType.JSON)
                .body(draft(s.streetUnit()))
                .when().post("/api/tasks/tasks/" + s.taskId() + "/work-plans").then().statusCode(201);
        given().auth().oauth2(TestTokens.unitReporter(REGION, String.valueOf(s.outsider()))).contentType(ContentType.JSON)
                .body(draft(s.outsider()))
                .when().post("/api/tasks/tasks/" + s.taskId() + "/work-plans")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitReporter(REGION, String.valueOf(s.outsider()))).contentType(ContentType.JSON)
                .body(draft(s.leadUnit()))
                .when().post("/api/tasks/tasks/" + s.taskId() + "/work-plans")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body(Map.of("unitId", s.leadUnit(), "items", List.of()))
                .when().post("/api/tasks/tasks/" + s.taskId() + "/work-plans")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
