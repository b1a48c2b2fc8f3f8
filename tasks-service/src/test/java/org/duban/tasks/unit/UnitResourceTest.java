package org.duban.tasks.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {
    private static final String REGION = "420104";

    private static int create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/tasks/units").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldResolveNameShortNameAndAliasToOneUnitAndRefuseADuplicateSpelling() {
        String token = TestTokens.supervisor(REGION);
        int id = create(token, Map.of("regionCode", REGION, "name", "区商务局〈招商局〉"));
        given().auth().oauth2(token).when().get("/api/tasks/units/" + id)
                .then().statusCode(200).body("name", equalTo("区商务局")).body("aliases", equalTo(List.of("招商局")))
                .body("kind", equalTo("DEPARTMENT"));
        for (String spelling : List.of("商务局", "区商务局", "招商局", "区招商局")) {
            given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("name", spelling)
                    .when().get("/api/tasks/units/resolve").then().statusCode(200).body("id", equalTo(id));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", REGION, "name", "商务局"))
                .when().post("/api/tasks/units").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("q", "招商").when().get("/api/tasks/units")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(token).queryParam("kind", "DEPARTMENT").queryParam("sort", "-name").when().get("/api/tasks/units")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", REGION, "name", "各街道"))
                .when().post("/api/tasks/units").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("name", "区残联")
                .when().get("/api/tasks/units/resolve").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer409ToAStaleUpdate() {
        String token = TestTokens.supervisor(REGION);
        int id = create(token, Map.of("regionCode", REGION, "name", "区财政局", "aliases", List.of("金融工作局")));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "区财政局", "shortName", "财政", "aliases", List.of("金融工作局", "金融办"), "version", 0))
                .when().put("/api/tasks/units/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("aliases", hasItems("金融工作局", "金融办"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "区财政局", "version", 0))
                .when().put("/api/tasks/units/" + id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldMergeTwoUnitsMovingTheirTasksAndAnnounceTheChange() {
        String token = TestTokens.supervisor(REGION);
        int target = create(token, Map.of("regionCode", REGION, "name", "岳阳楼公安分局"));
        String taskId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2018, "number", "53", "title", "打击犯罪",
                        "leadUnit", "楼区公安分局", "responsibleUnits", List.of("区公网中心")))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().path("id").toString();
        int source = given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("name", "楼区公安分局")
                .when().get("/api/tasks/units/resolve").then().statusCode(200).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sourceId", source))
                .when().post("/api/tasks/units/" + target + "/merge")
                .then().statusCode(200).body("aliases", hasItem("楼区公安分局"));
        given().auth().oauth2(token).when().get("/api/tasks/tasks/" + taskId)
                .then().statusCode(200).body("leadUnit.id", equalTo(target)).body("leadUnit.name", equalTo("岳阳楼公安分局"));
        given().auth().oauth2(token).when().get("/api/tasks/units/" + target + "/tasks")
                .then().statusCode(200).body("items.task.id", hasItem(Integer.parseInt(taskId)))
                .body("items.find { it.task.id == " + taskId + " }.role", equalTo("LEAD"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sourceId", target))
                .when().post("/api/tasks/units/" + source + "/merge")
                .then().statusCode(409).contentType("application/problem+json");
        KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1", r -> r.key().equals(taskId)
                && r.event().path("type").asText().equals("duban.tasks.task-updated.v1")
                && r.event().path("data").path("leadUnit").path("name").asText().equals("岳阳楼公安分局"), Duration.ofSeconds(20));
        given().auth().oauth2(token).when().delete("/api/tasks/units/" + target)
                .then().statusCode(409).contentType("application/problem+json");
    }

    /** A newcomer's case: both units of a merge were responsible for one task, and the merged unit was listed twice. */
    @Test
    void shouldNameTheMergedUnitOnceOnATaskThatNamedBoth() {
        String token = TestTokens.supervisor(REGION);
        var created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "year", 2018, "number", "54", "title", "保障性住房建设",
                        "leadUnit", "区住建局合并测试", "responsibleUnits", List.of("区房管局合并测试", "区房产局合并测试", "区财政局合并测试")))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().jsonPath();
        String taskId = created.getString("id");
        int lead = created.getInt("leadUnit.id");
        int keep = created.getInt("responsibleUnits[0].id");
        int twin = created.getInt("responsibleUnits[1].id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sourceId", twin))
                .when().post("/api/tasks/units/" + keep + "/merge").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/tasks/tasks/" + taskId).then().statusCode(200)
                .body("responsibleUnits.name", equalTo(List.of("区房管局合并测试", "区财政局合并测试")));
        // a responsible unit merged into the lead unit is the lead, not also responsible
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sourceId", keep))
                .when().post("/api/tasks/units/" + lead + "/merge").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/tasks/tasks/" + taskId).then().statusCode(200)
                .body("leadUnit.name", equalTo("区住建局合并测试"))
                .body("responsibleUnits.name", equalTo(List.of("区财政局合并测试")));
    }

    /**
     * Issue 14: a unit's tasks are ranked, filtered and paged in SQL — the strongest role per task (lead over
     * responsible, a direct naming over one through a group), in plan order, a page at a time with the true total.
     */
    @Test
    void shouldPageAUnitsTasksWithTheStrongestRoleAndTheTrueTotal() {
        String token = TestTokens.supervisor(REGION);
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        String name = "区分页测试局" + run;
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("regionCode", REGION, "year", 2018, "number", "P" + run + i,
                    "title", "分页任务" + i));
            // task 2 names the unit as lead and responsible: it is listed once, as LEAD; task 5 only as related
            body.put("leadUnit", i == 5 ? "区其他局" + run : i == 3 ? "区其他局" + run : name);
            if (i == 2) {
                body.put("responsibleUnits", List.of(name));
            }
            if (i == 3) {
                body.put("responsibleUnits", List.of(name));
            }
            if (i == 5) {
                body.put("relatedUnits", List.of(name));
            }
            ids.add(given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/tasks/tasks")
                    .then().statusCode(201).extract().path("id").toString());
        }
        int unit = given().auth().oauth2(token).queryParam("regionCode", REGION).queryParam("name", name)
                .when().get("/api/tasks/units/resolve").then().statusCode(200).extract().path("id");
        io.restassured.path.json.JsonPath first = given().auth().oauth2(token).queryParam("pageSize", 2)
                .when().get("/api/tasks/units/" + unit + "/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(5, first.getInt("pager.total"));
        assertEquals(3, first.getInt("pager.pageCount"));
        assertEquals(List.of(Integer.parseInt(ids.get(0)), Integer.parseInt(ids.get(1))), first.getList("items.task.id"));
        assertEquals(List.of("LEAD", "LEAD"), first.getList("items.role"));
        io.restassured.path.json.JsonPath last = given().auth().oauth2(token).queryParam("pageSize", 2).queryParam("page", 3)
                .when().get("/api/tasks/units/" + unit + "/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Integer.parseInt(ids.get(4))), last.getList("items.task.id"));
        assertEquals(List.of("RELATED"), last.getList("items.role"));
        given().auth().oauth2(token).queryParam("role", "RESPONSIBLE").when().get("/api/tasks/units/" + unit + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].task.id", equalTo(Integer.parseInt(ids.get(2))));
    }

    /**
     * Found by the fuzz (FuzzTest): the database refuses the delete only when the transaction commits, and that
     * refusal arrived wrapped, as a 500. It is a conflict, and the unit stays.
     */
    @Test
    void shouldAnswer409ToDeletingAUnitThatIsAnotherUnitsParentAndKeepIt() {
        String token = TestTokens.supervisor(REGION);
        int parent = create(token, Map.of("regionCode", REGION, "name", "区教育局"));
        create(token, Map.of("regionCode", REGION, "name", "区教育局基建科", "parentId", parent));
        given().auth().oauth2(token).when().delete("/api/tasks/units/" + parent)
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().auth().oauth2(token).when().get("/api/tasks/units/" + parent).then().statusCode(200);
    }

    @Test
    void shouldGiveGroupsTheirMembersByKindAndKeepPeople() {
        String token = TestTokens.supervisor(REGION);
        int street = create(token, Map.of("regionCode", REGION, "name", "四唯街道"));
        int township = create(token, Map.of("regionCode", REGION, "name", "郭镇乡"));
        int group = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "name", "各乡、街道办事处"))
                .when().post("/api/tasks/unit-groups").then().statusCode(201)
                .body("selector", equalTo("STREETS_AND_TOWNSHIPS")).extract().path("id");
        given().auth().oauth2(token).when().get("/api/tasks/unit-groups/" + group)
                .then().statusCode(200).body("members.id", hasItems(street, township));
        int person = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "name", "徐铭喜", "unitId", street, "title", "责任人"))
                .when().post("/api/tasks/people").then().statusCode(201).body("unitName", equalTo("四唯街道"))
                .extract().path("id");
        given().auth().oauth2(token).queryParam("unitId", street).when().get("/api/tasks/people")
                .then().statusCode(200).body("items.id", hasItem(person));
        given().auth().oauth2(TestTokens.unitReporter(REGION, String.valueOf(street))).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "name", "区教育局")).when().post("/api/tasks/units").then().statusCode(403);
        given().auth().oauth2(token).queryParam("pageSize", 0).when().get("/api/tasks/units")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
