package org.duban.tasks.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.Test;

/** The import acceptance of issue 3, over HTTP against real PostgreSQL and Kafka. */
@QuarkusTest
class ImportResourceTest {
    private static final String PLAN_REGION = "420199";
    private static final String TABLE_REGION = "430602";

    private static Map<String, Object> request(String region, String format, String text) {
        return Map.of("regionCode", region, "format", format, "text", text);
    }

    private static long plansIn(String region) {
        return ((Number) given().auth().oauth2(TestTokens.admin()).queryParam("regionCode", region)
                .queryParam("status", "DRAFT").when().get("/api/tasks/plans").then().statusCode(200)
                .extract().path("pager.total")).longValue()
                + ((Number) given().auth().oauth2(TestTokens.admin()).queryParam("regionCode", region)
                .queryParam("status", "PUBLISHED").when().get("/api/tasks/plans").then().statusCode(200)
                .extract().path("pager.total")).longValue();
    }

    private static long unitsIn(String region) {
        return ((Number) given().auth().oauth2(TestTokens.admin()).queryParam("regionCode", region)
                .when().get("/api/tasks/units").then().statusCode(200).extract().path("pager.total")).longValue();
    }

    @Test
    void shouldPreviewTheSeedPlanWithWarningsAndStoreNothing() {
        String region = "420197";
        String text = Fixtures.seed("district-2019-task-decomposition-plan.txt");
        given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON)
                .body(request(region, "PLAN_TEXT", text))
                .when().post("/api/tasks/imports/preview")
                .then().statusCode(200)
                .body("taskCount", equalTo(90))
                .body("plan.sections.kind", equalTo(List.of("TARGETS", "KEY_WORK", "LIVELIHOOD")))
                .body("warningsByCode.UNBALANCED_BRACKET", equalTo(5))
                .body("warningsByCode.INJECTED_TEXT", equalTo(1))
                .body("plan.warnings.find { it.code == 'UNBALANCED_BRACKET' }.suggestion", notNullValue())
                .body("existingPlanId", equalTo(null));
        assertEquals(0, plansIn(region));
        assertEquals(0, unitsIn(region));
    }

    @Test
    void shouldCommitTheSeedPlanOnceWithItsSectionsAndResponsibilityMatrix() {
        String text = Fixtures.seed("district-2019-task-decomposition-plan.txt");
        String token = TestTokens.supervisor(PLAN_REGION);
        JsonPath first = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(request(PLAN_REGION, "PLAN_TEXT", text))
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("created", equalTo(true)).body("taskCount", equalTo(90))
                .extract().jsonPath();
        long planId = first.getLong("planId");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(PLAN_REGION, "PLAN_TEXT", text + "\r\n"))
                .when().post("/api/tasks/imports")
                .then().statusCode(200).body("created", equalTo(false)).body("planId", equalTo((int) planId));
        assertEquals(1, plansIn(PLAN_REGION));

        JsonPath plan = given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("year", equalTo(2019))
                .body("document.number", equalTo("岸政办〔2019〕1号"))
                .body("workPlanDue", equalTo("2019-01-28"))
                .body("deadlines.Q1", equalTo("2019-04-10"))
                .extract().jsonPath();
        assertEquals(List.of(6, 67, 17), plan.getList("sections.taskCount", Integer.class));
        assertEquals(List.of(15, 14, 16, 17, 5), plan.getList("sections[1].children.taskCount", Integer.class));

        JsonPath tasks = given().auth().oauth2(token).queryParam("pageSize", 200)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200)
                .body("pager.total", equalTo(90)).extract().jsonPath();
        Map<String, Object> two = tasks.getMap("items.find { it.sectionKind == 'KEY_WORK' && it.number == '2' }");
        assertEquals("区商务局", ((Map<?, ?>) two.get("leadUnit")).get("name"));
        assertEquals(6, ((List<?>) two.get("responsibleUnits")).size());
        assertEquals(List.of("2019年重点工作", "坚持以高质量发展为导向,着力提高经济密度", "狠抓招商增强总部能级"), two.get("sectionPath"));
        List<String> nine = tasks.getList("items.find { it.sectionKind == 'KEY_WORK' && it.number == '9' }.responsibleUnits.name");
        assertTrue(nine.containsAll(List.of("四唯街道", "永清街道", "二七街道", "新村街道", "台北街道")), nine.toString());
        Map<String, Object> target = tasks.getMap("items.find { it.sectionKind == 'TARGETS' && it.number == '1' }");
        assertEquals("地区生产总值增长7.8%左右", target.get("targetText"));

        long commerce = ((Number) given().auth().oauth2(token).queryParam("regionCode", PLAN_REGION).queryParam("name", "招商局")
                .when().get("/api/tasks/units/resolve").then().statusCode(200)
                .body("name", equalTo("区商务局")).body("aliases", hasItem("招商局")).extract().path("id")).longValue();
        given().auth().oauth2(token).queryParam("regionCode", PLAN_REGION).queryParam("name", "商务局")
                .when().get("/api/tasks/units/resolve").then().statusCode(200).body("id", equalTo((int) commerce));
    }

    @Test
    void shouldDeleteADraftPlanSoACorrectedDocumentCanBeImportedAgain() {
        String region = "420195";
        String token = TestTokens.supervisor(region);
        String text = Fixtures.resource("plan-small.txt");
        long planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(request(region, "PLAN_TEXT", text))
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        given().auth().oauth2(token).when().delete("/api/tasks/plans/" + planId).then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().statusCode(404);
        assertEquals(0, plansIn(region));
        long again = given().auth().oauth2(token).contentType(ContentType.JSON).body(request(region, "PLAN_TEXT", text))
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/tasks/plans/" + again + "/publish").then().statusCode(200);
        given().auth().oauth2(token).when().delete("/api/tasks/plans/" + again)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerWhatTheFinanceBureauMustDoWithItsRoleInEachTask() {
        String region = "420196";
        String text = Fixtures.seed("district-2019-task-decomposition-plan.txt");
        String token = TestTokens.supervisor(region);
        long planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(request(region, "PLAN_TEXT", text))
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        long finance = ((Number) given().auth().oauth2(token).queryParam("regionCode", region).queryParam("name", "区财政局")
                .when().get("/api/tasks/units/resolve").then().statusCode(200).extract().path("id")).longValue();

        ParsedPlan parsed = new PlanTextParser(KnownUnits.NONE).parse(text);
        int expected = 0;
        for (ParsedTask t : parsed.allTasks()) {
            boolean named = t.leadUnit() != null && t.leadUnit().name().equals("区财政局")
                    || t.responsibleUnits().stream().map(UnitRef::name).anyMatch("区财政局"::equals)
                    || t.relatedUnits().stream().map(UnitRef::name).anyMatch("区财政局"::equals);
            expected += named ? 1 : 0;
        }
        JsonPath answer = given().auth().oauth2(TestTokens.unitReporter(region, String.valueOf(finance)))
                .queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/tasks/units/" + finance + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(expected)).extract().jsonPath();
        assertTrue(expected >= 7, "the seed names 区财政局 in at least 7 tasks: " + expected);
        assertEquals("LEAD", answer.getString("items.find { it.task.sectionKind == 'TARGETS' && it.task.number == '2' }.role"));
        assertEquals("RESPONSIBLE", answer.getString("items.find { it.task.sectionKind == 'KEY_WORK' && it.task.number == '19' }.role"));
        given().auth().oauth2(token).queryParam("role", "LEAD").when().get("/api/tasks/units/" + finance + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].role", equalTo("LEAD"));
    }

    @Test
    void shouldImportTheSeedTableAndHandEachProgressTextToProgressService() {
        String text = Fixtures.seed("district-2018-q1-completion-table.txt");
        String token = TestTokens.supervisor(TABLE_REGION);
        JsonPath committed = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(request(TABLE_REGION, "TABLE_TEXT", text))
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("taskCount", equalTo(96)).body("progressEvents", equalTo(96))
                .extract().jsonPath();
        String importId = committed.getString("importId");
        long planId = committed.getLong("planId");

        AtomicInteger progress = new AtomicInteger();
        Set<String> taskIds = new HashSet<>();
        KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1", r -> {
            JsonNode e = r.event();
            if (e != null && "duban.tasks.progress-imported.v1".equals(e.path("type").asText())
                    && importId.equals(e.path("data").path("importId").asText())) {
                JsonNode data = e.path("data");
                assertEquals("Q1", data.path("period").asText());
                assertEquals(2018, data.path("year").asInt());
                assertTrue(data.path("text").asText().length() > 0);
                assertTrue(data.path("unit").path("id").asText().length() > 0);
                taskIds.add(data.path("taskId").asText());
                progress.incrementAndGet();
            }
            return progress.get() == 96;
        }, Duration.ofSeconds(60));
        assertEquals(96, taskIds.size());

        JsonPath tasks = given().auth().oauth2(token).queryParam("pageSize", 200)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200)
                .body("pager.total", equalTo(96)).extract().jsonPath();
        assertEquals(List.of("方正春", "邓建华"), tasks.getList("items.find { it.number == '62' }.leaders"));
        assertEquals("王勇", tasks.getString("items.find { it.number == '62' }.coordinator"));
        assertEquals("区农林水务局", tasks.getString("items.find { it.number == '62' }.leadUnit.name"));
        assertEquals("沈为庆", tasks.getString("items.find { it.number == '62' }.leadPerson"));
        assertTrue(tasks.getList("items.find { it.number == '1' }.relatedUnits.name").contains("各乡、街道办事处"));
        assertEquals(List.of("▲"), tasks.getList("items.find { it.number == '5' }.markers"));
        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("markerLegend['★']", containsString("区委经济会议"));
        given().auth().oauth2(token).queryParam("marker", "★").when().get("/api/tasks/plans/" + planId + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(7));
        given().auth().oauth2(token).queryParam("leader", "邓建华").queryParam("pageSize", 200)
                .when().get("/api/tasks/plans/" + planId + "/tasks")
                .then().statusCode(200).body("pager.total", greaterThan(10)).body("items.number", hasItem("62"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(TABLE_REGION, "TABLE_TEXT", text))
                .when().post("/api/tasks/imports")
                .then().statusCode(200).body("created", equalTo(false)).body("planId", equalTo((int) planId));
    }

    @Test
    void shouldImportCsvAndXlsxUploadedAsTheRawDocument() {
        String region = "430603";
        String token = TestTokens.supervisor(region);
        given().auth().oauth2(token).contentType("text/csv; charset=UTF-8")
                .body(Fixtures.resource("table-small.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("regionCode", region).queryParam("format", "TABLE_CSV")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("taskCount", equalTo(3)).body("progressEvents", equalTo(3));
        byte[] xlsx = CompletionTableXlsxParserTest.workbook(List.of(
                List.of("序号", "目标任务", "责任领导", "区政府办协管责任人", "牵头单位", "责任人", "相关单位", "完成情况"),
                List.of("1", "▲完成普查", "徐平", "陈曦", "区统计局", "杨林立", "各乡、街道办事处", "已完成清查。")));
        given().auth().oauth2(token).contentType(ImportResource.XLSX).body(xlsx)
                .queryParam("regionCode", region).queryParam("format", "TABLE_XLSX")
                .queryParam("year", 2018).queryParam("period", "H1")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("taskCount", equalTo(1)).body("format", equalTo("TABLE_XLSX"));
    }

    @Test
    void shouldAnswerProblemsForBadInputAndStoreNothing() {
        String region = "420198";
        String token = TestTokens.supervisor(region);
        given().auth().oauth2(token).when().get("/api/tasks/plans/987654321")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"version\":0}")
                .when().post("/api/tasks/plans/987654321/publish")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"regionCode\": \"420198\", \"format\": ")
                .when().post("/api/tasks/imports")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(region, "PLAN_TEXT", ""))
                .when().post("/api/tasks/imports")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request(region, "PLAN_TEXT", "这不是分解方案。"))
                .when().post("/api/tasks/imports")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", region, "format", "NOPE", "text", "x"))
                .when().post("/api/tasks/imports")
                .then().statusCode(400).contentType("application/problem+json");
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(token).contentType("text/plain; charset=UTF-8").body(big)
                .queryParam("regionCode", region).queryParam("format", "PLAN_TEXT")
                .when().post("/api/tasks/imports")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ImportResource.XLSX).body("序号,目标任务\n1,假的表格".getBytes())
                .queryParam("regionCode", region).queryParam("format", "TABLE_XLSX")
                .when().post("/api/tasks/imports")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("XLSX"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "format", "TABLE_XLSX", "contentBase64", "UEsDBAAAAA=="))
                .when().post("/api/tasks/imports/preview")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitReporter(region, "1")).contentType(ContentType.JSON)
                .body(request(region, "PLAN_TEXT", "一、2020年重点工作\n1. 任务。(责任单位:区发改委)"))
                .when().post("/api/tasks/imports").then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor("110101")).contentType(ContentType.JSON)
                .body(request(region, "PLAN_TEXT", "一、2020年重点工作\n1. 任务。(责任单位:区发改委)"))
                .when().post("/api/tasks/imports").then().statusCode(403);
        assertEquals(0, plansIn(region));
        assertEquals(0, unitsIn(region));
    }
}
