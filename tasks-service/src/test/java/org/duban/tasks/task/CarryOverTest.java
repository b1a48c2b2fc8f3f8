package org.duban.tasks.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Issue 20 item 5: last year's unfinished tasks carried into this year's draft, with their units, linked to their origin. */
@QuarkusTest
class CarryOverTest {
    private static final String REGION = "420187";

    @Test
    void shouldCarryTheUnfinishedTasksOnceWithTheirUnits() throws Exception {
        String token = TestTokens.supervisor(REGION);
        long lastYear = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "format", "PLAN_TEXT",
                        "text", Files.readString(org.duban.testing.Seeds.file("district-2019-task-decomposition-plan.txt"))))
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        int version = given().auth().oauth2(token).when().get("/api/tasks/plans/" + lastYear).then().statusCode(200)
                .extract().jsonPath().getInt("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/tasks/plans/" + lastYear + "/publish").then().statusCode(200);
        JsonPath old = given().auth().oauth2(token).queryParam("pageSize", 200)
                .when().get("/api/tasks/plans/" + lastYear + "/tasks").then().statusCode(200).extract().jsonPath();
        long finished = old.getLong("items[0].id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED", "version", old.getInt("items[0].version")))
                .when().post("/api/tasks/tasks/" + finished + "/status").then().statusCode(200);
        long draft = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2020, "title", "2020年主要目标任务责任分解方案"))
                .when().post("/api/tasks/plans").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath carried = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromPlanId", lastYear))
                .when().post("/api/tasks/plans/" + draft + "/carry-over").then().statusCode(200)
                .body("carried", hasSize(89)).body("alreadyCarried", hasSize(0))
                .extract().jsonPath();
        assertEquals(old.getLong("items[1].id"), carried.getLong("carried[0].carriedFromTaskId"), "the finished task 1 stays behind");
        assertEquals(old.getString("items[1].title"), carried.getString("carried[0].title"));
        assertEquals(old.getList("items[1].leadUnits.name"), carried.getList("carried[0].leadUnits.name"));
        assertEquals(old.getList("items[1].responsibleUnits.name"), carried.getList("carried[0].responsibleUnits.name"));
        assertEquals(List.of("上年结转任务"), carried.getList("carried[0].sectionPath"));
        assertEquals("1", carried.getString("carried[0].number"));
        assertNotNull(carried.get("carried[88].carriedFromTaskId"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromPlanId", lastYear))
                .when().post("/api/tasks/plans/" + draft + "/carry-over").then().statusCode(200)
                .body("carried", hasSize(0)).body("alreadyCarried", hasSize(89));
        given().auth().oauth2(token).when().get("/api/tasks/plans/" + draft).then().statusCode(200)
                .body("taskCount", equalTo(89));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromPlanId", lastYear, "taskIds", List.of(finished)))
                .when().post("/api/tasks/plans/" + draft + "/carry-over").then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromPlanId", draft))
                .when().post("/api/tasks/plans/" + lastYear + "/carry-over").then().statusCode(409) // in force, not a draft
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromPlanId", lastYear, "taskIds", List.of()))
                .when().post("/api/tasks/plans/" + draft + "/carry-over").then().statusCode(400)
                .contentType("application/problem+json");
        long otherDraft = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2021, "title", "2021年分解方案"))
                .when().post("/api/tasks/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fromPlanId", draft))
                .when().post("/api/tasks/plans/" + otherDraft + "/carry-over").then().statusCode(422) // from a draft
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor("420188")).contentType(ContentType.JSON).body(Map.of("fromPlanId", lastYear))
                .when().post("/api/tasks/plans/" + draft + "/carry-over").then().statusCode(403);
    }

    /** Four offices (or a double click) carrying at once: every task is carried once, never twice. */
    @Test
    void shouldCarryEachTaskOnceWhenCarriedConcurrently() throws Exception {
        String region = "420189";
        String token = TestTokens.supervisor(region);
        long lastYear = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "format", "PLAN_TEXT", "publish", true,
                        "text", Files.readString(org.duban.testing.Seeds.file("district-2019-task-decomposition-plan.txt"))))
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        long draft = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "year", 2020, "title", "2020年分解方案"))
                .when().post("/api/tasks/plans").then().statusCode(201).extract().jsonPath().getLong("id");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("fromPlanId", lastYear)).when().post("/api/tasks/plans/" + draft + "/carry-over")
                        .then().statusCode(200).extract().jsonPath().getList("carried").size()));
            }
            int carried = 0;
            for (java.util.concurrent.Future<Integer> f : calls) {
                carried += f.get();
            }
            assertEquals(90, carried, "each of the 90 tasks carried by exactly one of the four calls");
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).when().get("/api/tasks/plans/" + draft).then().statusCode(200).body("taskCount", equalTo(90));
    }
}
