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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        // published on commit: a unit learns its tasks when the plan is published (drafts are the office's)
        Map<String, Object> published = new java.util.HashMap<>(request(region, "PLAN_TEXT", text));
        published.put("publish", true);
        long planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(published)
                .when().post("/api/tasks/imports").then().statusCode(201).extract().jsonPath().getLong("planId");
        long finance = ((Number) given().auth().oauth2(token).queryParam("regionCode", region).queryParam("name", "区财政局")
                .when().get("/api/tasks/units/resolve").then().statusCode(200).extract().path("id")).longValue();

        ParsedPlan parsed = new PlanParser(KnownUnits.NONE).parse(text);
        int expected = 0;
        int leads = 0;
        for (ParsedTask t : parsed.allTasks()) {
            boolean leading = t.leadUnits().stream().map(UnitRef::name).anyMatch("区财政局"::equals);
            boolean named = leading
                    || t.responsibleUnits().stream().map(UnitRef::name).anyMatch("区财政局"::equals)
                    || t.relatedUnits().stream().map(UnitRef::name).anyMatch("区财政局"::equals);
            expected += named ? 1 : 0;
            leads += leading ? 1 : 0;
        }
        JsonPath answer = given().auth().oauth2(TestTokens.unitReporter(region, String.valueOf(finance)))
                .queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/tasks/units/" + finance + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(expected)).extract().jsonPath();
        assertTrue(expected >= 7, "the seed names 区财政局 in at least 7 tasks: " + expected);
        assertEquals("LEAD", answer.getString("items.find { it.task.sectionKind == 'TARGETS' && it.task.number == '2' }.role"));
        // "(责任单位:区财政局)" alone: the one unit named leads; "(责任单位:区税务局、…、区财政局)": responsible
        assertEquals("LEAD", answer.getString("items.find { it.task.sectionKind == 'KEY_WORK' && it.task.number == '19' }.role"));
        assertEquals("RESPONSIBLE", answer.getString("items.find { it.task.sectionKind == 'KEY_WORK' && it.task.number == '26' }.role"));
        assertTrue(leads >= 3, "区财政局 leads the targets' task 2 and its own tasks 19 and 46: " + leads);
        given().auth().oauth2(token).queryParam("role", "LEAD").when().get("/api/tasks/units/" + finance + "/tasks")
                .then().statusCode(200).body("pager.total", equalTo(leads)).body("items[0].role", equalTo("LEAD"));
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

        // every row as the document states it (read by the parser, whose own tests hold it to the document): the
        // matrix read back over HTTP, the lead unit not repeated among the others (README), and each 完成情况 handed
        // on once, for the document's year and period
        ParsedPlan parsed = new CompletionTableTextParser(KnownUnits.NONE).parse(ImportService.normalise(text));
        assertEquals(96, parsed.taskCount());
        assertRows(parsed.allTasks().stream().map(ImportResourceTest::row).toList(), matrix(token, planId));
        assertTasksOfYear(token, planId, 2018);
        Map<String, String> progress = new TreeMap<>();
        for (ParsedTask t : parsed.allTasks()) {
            progress.put(t.number(), "2018 Q1 " + (t.leadUnit() == null ? "" : t.leadUnit().name()) + ": " + t.progressText());
        }
        assertEquals(progress, progressOf(importId, planId, 96));

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
                .body("year", equalTo(2018))
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

    /**
     * The table's 3 rows uploaded as the raw CSV, without its title line so that the document states neither year nor
     * period: the {@code year} and {@code period} parameters alone must give the plan its year and the
     * progress-imported events their period; every column of every row reads back over HTTP as the file states it.
     */
    @Test
    void shouldImportARawCsvWithTheWholeMatrixAndTheYearAndPeriodGiven() {
        String region = "430603";
        String token = TestTokens.supervisor(region);
        String csv = Fixtures.resource("table-small.csv");
        assertTrue(csv.startsWith("2023年目标任务一季度完成情况一览表,"), "the fixture's first line is its title");
        String untitled = csv.substring(csv.indexOf('\n') + 1);
        JsonPath committed = given().auth().oauth2(token).contentType("text/csv; charset=UTF-8")
                .body(untitled.getBytes(StandardCharsets.UTF_8))
                .queryParam("regionCode", region).queryParam("format", "TABLE_CSV")
                .queryParam("year", 2021).queryParam("period", "Q3")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("created", equalTo(true)).body("format", equalTo("TABLE_CSV"))
                .body("taskCount", equalTo(3)).body("progressEvents", equalTo(3)).extract().jsonPath();
        long planId = committed.getLong("planId");

        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().statusCode(200)
                .body("year", equalTo(2021)).body("status", equalTo("PUBLISHED")).body("sourceFormat", equalTo("TABLE_CSV"))
                .body("markerLegend['▲']", equalTo("全国性重点工作"));
        assertRows(List.of(
                "1 | 地区生产总值增长6% | ▲ | 张三、王二 | 李四 | 区发改局 | 王五 | - | 区统计局(数据统计评估牵头单位)、区财政局",
                "2 | 加快建设物流园 | - | 赵六 | 钱七 | 区商务局 | 周九 | - | 区发改局、各乡、街道办事处[group]",
                "3 | 提质改造道路 | - | 赵六 | 钱七 | 区交建局 | 吴十 | - | -"),
                matrix(token, planId));
        assertTasksOfYear(token, planId, 2021);
        // 区商务局〈招商局〉: the alias joins the directory with the unit
        given().auth().oauth2(token).queryParam("regionCode", region).queryParam("name", "招商局")
                .when().get("/api/tasks/units/resolve").then().statusCode(200).body("name", equalTo("区商务局"));

        assertEquals(Map.of(
                "1", "2021 Q3 区发改局: 完成60亿元。",
                "2", "2021 Q3 区商务局: 一期已开工,\n二期完成选址。\"物流园\"项目进展顺利。",
                "3", "2021 Q3 区交建局: 已完成2条。"),
                progressOf(committed.getString("importId"), planId, 3));
    }

    /** One row uploaded as the raw XLSX bytes (no title row): year and period come from the parameters. */
    @Test
    void shouldImportARawXlsxWithTheWholeMatrixAndTheYearAndPeriodGiven() {
        String region = "430604";
        String token = TestTokens.supervisor(region);
        byte[] xlsx = CompletionTableXlsxParserTest.workbook(List.of(
                List.of("序号", "目标任务", "责任领导", "区政府办协管责任人", "牵头单位", "责任人", "相关单位", "完成情况"),
                List.of("1", "▲完成普查", "徐平", "陈曦", "区统计局", "杨林立", "各乡、街道办事处", "已完成清查。"),
                List.of("2", "★●实施国土绿化行动", "方正春、杨政", "王勇", "区农林水务局", "沈为庆",
                        "区财政局(资金保障)、郭镇乡", "已完成造林17.75万亩。")));
        JsonPath committed = given().auth().oauth2(token).contentType(ImportResource.XLSX).body(xlsx)
                .queryParam("regionCode", region).queryParam("format", "TABLE_XLSX")
                .queryParam("year", 2018).queryParam("period", "H1")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("format", equalTo("TABLE_XLSX"))
                .body("taskCount", equalTo(2)).body("progressEvents", equalTo(2)).extract().jsonPath();
        long planId = committed.getLong("planId");

        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().statusCode(200)
                .body("year", equalTo(2018)).body("status", equalTo("PUBLISHED")).body("sourceFormat", equalTo("TABLE_XLSX"));
        assertRows(List.of(
                "1 | 完成普查 | ▲ | 徐平 | 陈曦 | 区统计局 | 杨林立 | - | 各乡、街道办事处[group]",
                "2 | 实施国土绿化行动 | ★● | 方正春、杨政 | 王勇 | 区农林水务局 | 沈为庆 | - | 区财政局(资金保障)、郭镇乡"),
                matrix(token, planId));
        assertTasksOfYear(token, planId, 2018);
        assertEquals(Map.of(
                "1", "2018 H1 区统计局: 已完成清查。",
                "2", "2018 H1 区农林水务局: 已完成造林17.75万亩。"),
                progressOf(committed.getString("importId"), planId, 2));
    }

    /**
     * The small table as published (one cell per line) uploaded as raw text without its title lines (which state
     * 2023 and 半年): the parameters give year and period; the 4 rows read back as the document states them,
     * including a lead unit wrapped over two lines, leaders and coordinator told apart, and group units.
     */
    @Test
    void shouldImportRawTableTextWithTheWholeMatrixAndTheYearAndPeriodGiven() {
        String region = "430605";
        String token = TestTokens.supervisor(region);
        String text = Fixtures.resource("table-small.txt");
        int header = text.indexOf("序号");
        assertTrue(text.substring(0, header).contains("2023年《政府工作报告》目标任务半年完成情况一览表"), "the fixture's title");
        JsonPath committed = given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body(text.substring(header).getBytes(StandardCharsets.UTF_8))
                .queryParam("regionCode", region).queryParam("format", "TABLE_TEXT")
                .queryParam("year", 2024).queryParam("period", "ANNUAL")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).body("format", equalTo("TABLE_TEXT"))
                .body("taskCount", equalTo(4)).body("progressEvents", equalTo(4)).extract().jsonPath();
        long planId = committed.getLong("planId");

        given().auth().oauth2(token).when().get("/api/tasks/plans/" + planId).then().statusCode(200)
                .body("year", equalTo(2024)).body("status", equalTo("PUBLISHED"))
                .body("markerLegend['●']", equalTo("省直部门年度考核内容"));
        assertRows(List.of(
                "1 | 地区生产总值增长6% | - | 张三 | 李四 | 区发改局 | 王五 | - | 区统计局(数据统计评估牵头单位)、区财政局、区商务局、各乡、街道办事处[group]",
                "2 | 加快建设物流园 | ★ | 赵六、钱七 | 孙八 | 区商务局 | 周九 | - | 区发改局、区贸促会",
                "3 | 推进新区环境整治 | ▲● | 赵六 | 孙八 | 东湖新区建设工作部 | 吴十 | - | -",
                "5 | 完善政府采购制度 | - | 张三 | 李四 | 区财政局 | 郑一 | - | 区直各单位[group]、各乡、街道办事处[group]"),
                matrix(token, planId));
        assertTasksOfYear(token, planId, 2024);
        assertEquals(Map.of(
                "1", "2024 ANNUAL 区发改局: 完成地区生产总值60亿元,同比增长6.1%。",
                "2", "2024 ANNUAL 区商务局: 物流园一期已开工。\n二期完成选址。",
                "3", "2024 ANNUAL 东湖新区建设工作部: 新区环境整治方案已印发,已完成清淤5万方。",
                "5", "2024 ANNUAL 区财政局: 按照《政府采购管理办法》执行。"), // the ad is warned about, never stored
                progressOf(committed.getString("importId"), planId, 4));
    }

    /**
     * Every task of a plan as read back over HTTP, one line each:
     * {@code 序号 | title | markers | leaders | coordinator | lead unit | lead person | responsible units | related units},
     * a unit written {@code name(note)}, a group {@code name[group]}, an empty cell {@code -}.
     */
    private static List<String> matrix(String token, long planId) {
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("pageSize", 1000)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> t : items) {
            Map<?, ?> lead = (Map<?, ?>) t.get("leadUnit");
            rows.add(String.join(" | ", cell(t.get("number")), cell(t.get("title")),
                    cell(String.join("", strings(t.get("markers")))), cell(String.join("、", strings(t.get("leaders")))),
                    cell(t.get("coordinator")), cell(lead == null ? null : lead.get("name")), cell(t.get("leadPerson")),
                    units(t.get("responsibleUnits")), units(t.get("relatedUnits"))));
        }
        return rows;
    }

    /** Compares two matrices row by row and names only the rows that differ. */
    private static void assertRows(List<String> expected, List<String> actual) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(no row)";
            String a = i < actual.size() ? actual.get(i) : "(no row)";
            if (!e.equals(a)) {
                wrong.add("row " + (i + 1) + ": expected " + e + "\n        but read " + a);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + expected.size() + " tasks differ from the document:\n"
                + String.join("\n", wrong));
    }

    /** A parsed row in the form of {@link #matrix}: units as resolved, the lead unit left out of the others. */
    private static String row(ParsedTask t) {
        String lead = t.leadUnit() == null ? null : t.leadUnit().name();
        return String.join(" | ", cell(t.number()), cell(t.text()), cell(String.join("", t.markers().stream().distinct().toList())),
                cell(String.join("、", t.leaders())), cell(t.coordinator()), cell(lead), cell(t.leadPerson()),
                refs(t.responsibleUnits(), lead), refs(t.relatedUnits(), lead));
    }

    private static String refs(List<UnitRef> refs, String lead) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (UnitRef r : refs) {
            if (r.group() || !r.name().equals(lead)) {
                out.add(r.name() + (r.note() == null ? "" : "(" + r.note() + ")") + (r.group() ? "[group]" : ""));
            }
        }
        return cell(String.join("、", out));
    }

    private static String units(Object links) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) links) {
            Map<?, ?> link = (Map<?, ?>) o;
            out.add(link.get("name") + (link.get("note") == null ? "" : "(" + link.get("note") + ")")
                    + (Boolean.TRUE.equals(link.get("group")) ? "[group]" : ""));
        }
        return cell(String.join("、", out));
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String cell(Object value) {
        return value == null || value.toString().isEmpty() ? "-" : value.toString();
    }

    private static void assertTasksOfYear(String token, long planId, int year) {
        List<Integer> years = given().auth().oauth2(token).queryParam("pageSize", 1000)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.year", Integer.class);
        assertEquals(Set.of(year), Set.copyOf(years), "the tasks' year");
    }

    /**
     * The import's progress-imported events on the topic, by 序号: {@code "<year> <period> <lead unit>: <text>"}; each
     * also names the import's plan.
     */
    private static Map<String, String> progressOf(String importId, long planId, int expected) {
        Map<String, String> byNumber = new TreeMap<>();
        KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1", r -> {
            JsonNode e = r.event();
            if (ImportService.PROGRESS_IMPORTED.equals(e.path("type").asText())
                    && importId.equals(e.path("data").path("importId").asText())) {
                JsonNode d = e.path("data");
                assertEquals(String.valueOf(planId), d.path("planId").asText());
                assertEquals(d.path("taskId").asText(), r.key());
                byNumber.put(d.path("number").asText(), d.path("year").asInt() + " " + d.path("period").asText() + " "
                        + d.path("unit").path("name").asText() + ": " + d.path("text").asText());
            }
            return byNumber.size() == expected;
        }, Duration.ofSeconds(60));
        return byNumber;
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
        // a document of a year no plan can be of (its own "3192年", as a mistyped 3026 would be) makes no plan
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(request(region, "PLAN_TEXT", "3192年重点工作任务分解方案\n一、重点工作\n1. 推进项目建设。(责任单位:区发改委)"))
                .when().post("/api/tasks/imports")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("3192"));
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
