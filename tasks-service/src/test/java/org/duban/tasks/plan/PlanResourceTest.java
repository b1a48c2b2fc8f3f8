package org.duban.tasks.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {
    private static final String REGION = "420106";

    @Test
    void shouldBuildAPlanByHandPublishItWithEventsAndArchiveIt() {
        String token = TestTokens.supervisor(REGION);
        int planId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "title", "2019年主要目标任务责任分解方案",
                        "document", Map.of("number", "岸政办〔2019〕1号", "issueDate", "2019-01-11"),
                        "markerLegend", Map.of("▲", "全国性重点工作"), "workPlanDue", "2019-01-28"))
                .when().post("/api/tasks/plans").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("deadlines.ANNUAL", equalTo("2019-12-25")).extract().path("id");
        int section = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("label", "二、", "title", "2019年重点工作"))
                .when().post("/api/tasks/plans/" + planId + "/sections").then().statusCode(201)
                .body("kind", equalTo("KEY_WORK")).extract().path("id");
        int sub = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("parentId", section, "label", "(一)", "title", "扩大有效投资"))
                .when().post("/api/tasks/plans/" + planId + "/sections").then().statusCode(201)
                .body("level", equalTo(2)).body("kind", equalTo("KEY_WORK")).extract().path("id");
        String taskId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "planId", planId, "sectionId", sub, "number", "1",
                        "title", "推进重点项目建设", "markers", List.of("▲"), "leadUnit", "区发改委",
                        "responsibleUnits", List.of("区建设局")))
                .when().post("/api/tasks/tasks").then().statusCode(201)
                .body("sectionPath", equalTo(List.of("2019年重点工作", "扩大有效投资"))).extract().path("id").toString();

        given().when().get("/api/tasks/plans/" + planId).then().statusCode(404);
        // the sections list is paged like every other list: by the plan's parts, each with its subsections
        given().auth().oauth2(token).queryParam("pageSize", 1).when().get("/api/tasks/plans/" + planId + "/sections")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("pager.pageSize", equalTo(1))
                .body("items.title", equalTo(List.of("2019年重点工作")))
                .body("items[0].children.title", equalTo(List.of("扩大有效投资")));
        given().auth().oauth2(token).queryParam("sectionId", section).when().get("/api/tasks/plans/" + planId + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(1));
        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId + "/counts")
                .then().statusCode(200).body("total", equalTo(1)).body("sections[0].total", equalTo(1))
                .body("units.find { it.name == '区发改委' }.lead", equalTo(1));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/tasks/plans/" + planId + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/tasks/plans/" + planId + "/publish").then().statusCode(409);
        var read = KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(taskId) && r.event().path("type").asText().equals("duban.tasks.task-assigned.v1"),
                Duration.ofSeconds(20));
        var assigned = read.get(read.size() - 1).event().path("data");
        assertEquals("区发改委", assigned.path("leadUnit").path("name").asText());
        assertEquals("KEY_WORK", assigned.path("sectionKind").asText());
        assertEquals("▲", assigned.path("markers").get(0).asText());
        KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1", r -> r.key().equals(String.valueOf(planId))
                && r.event().path("type").asText().equals("duban.tasks.plan-published.v1")
                && r.event().path("data").path("taskCount").asInt() == 1, Duration.ofSeconds(20));

        given().when().get("/api/tasks/plans/" + planId).then().statusCode(200).body("markerLegend.size()", equalTo(1));
        given().when().get("/api/tasks/plans/" + planId + "/work-plan-template").then().statusCode(200)
                .body("submissionDue", equalTo("2019-01-28")).body("columns[2]", equalTo("具体工作内容"));
        int version = given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().extract().path("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/tasks/plans/" + planId + "/archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void shouldExpandAResponsibleGroupIntoItsStreetOfficesInTheEvent() {
        String region = "420107";
        String token = TestTokens.supervisor(region);
        for (String street : List.of("后湖街道", "塔子湖街道")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", region, "name", street))
                    .when().post("/api/tasks/units").then().statusCode(201);
        }
        String taskId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "year", 2019, "number", "8", "title", "扩大垃圾分类试点范围",
                        "leadUnit", "区城管委", "responsibleUnits", List.of("各街道")))
                .when().post("/api/tasks/tasks").then().statusCode(201)
                .body("responsibleUnits[0].group", equalTo(true)).extract().path("id").toString();
        var read = KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(taskId) && r.event().path("type").asText().equals("duban.tasks.task-assigned.v1"),
                Duration.ofSeconds(20));
        var data = read.get(read.size() - 1).event().path("data");
        List<String> names = new java.util.ArrayList<>();
        data.path("responsibleUnits").forEach(u -> names.add(u.path("name").asText()));
        assertEquals(List.of("后湖街道", "塔子湖街道"), names);
        assertEquals("各街道", data.path("responsibleUnits").get(0).path("viaGroup").asText());
        assertEquals("各街道", data.path("responsibleGroups").get(0).path("name").asText());
    }

    @Test
    void shouldRefuseInvalidPlansWithProblems() {
        String token = TestTokens.supervisor(REGION);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", "42", "year", 1800))
                .when().post("/api/tasks/plans").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2019, "title", "x", "markerLegend", Map.of("X", "未知")))
                .when().post("/api/tasks/plans").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("sort", "password").when().get("/api/tasks/plans")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
