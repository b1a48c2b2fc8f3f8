package org.duban.tasks.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duban.tasks.importer.ImportCorpus.Document;
import org.duban.tasks.importer.ImportCorpus.Expected;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every layout and every file type of the fidelity corpus through HTTP (issue 10): the file uploaded as a browser
 * form sends it (multipart, its name and type), previewed — nothing stored, every task counted — then committed,
 * and the stored tasks read back through the task API must carry the expected matrix: lead units (co-leads too),
 * responsible and related units, leaders and text.
 */
@QuarkusTest
class ImportLayoutsHttpTest {

    /** The first corpus document of each layout and of each file type. */
    static List<Document> chosen() {
        Map<String, Document> byKey = new LinkedHashMap<>();
        for (Document d : ImportCorpus.documents()) {
            byKey.putIfAbsent("layout:" + d.layout(), d);
        }
        List<Document> out = new ArrayList<>(new LinkedHashMap<>(byKey).values());
        for (Document d : ImportCorpus.documents()) {
            if (out.stream().noneMatch(o -> o.fileType().equals(d.fileType()))) {
                out.add(d);
            }
        }
        return out.stream().distinct().toList();
    }

    @TestFactory
    Stream<DynamicTest> shouldPreviewAndCommitEveryLayoutAndFileType() {
        List<Document> docs = chosen();
        return docs.stream().map(d -> DynamicTest.dynamicTest(d.layout() + " / " + d.fileType() + " / " + d.name(),
                () -> importAndCheck(d, String.format("53%04d", docs.indexOf(d) + 1))));
    }

    private static void importAndCheck(Document d, String region) {
        String token = TestTokens.supervisor(region);
        for (String unit : d.directory()) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("regionCode", region, "name", unit))
                    .when().post("/api/tasks/units").then().statusCode(201);
        }
        List<Expected> expected = ImportCorpus.expectedTasks(d);
        given().auth().oauth2(token)
                .multiPart("file", d.fileName(), d.bytes(), "application/octet-stream")
                .multiPart("regionCode", region)
                .when().post("/api/tasks/imports/preview")
                .then().statusCode(200)
                .body("format", equalTo("DOCUMENT"))
                .body("taskCount", equalTo(expected.size()));
        int planId = given().auth().oauth2(token)
                .multiPart("file", d.fileName(), d.bytes(), "application/octet-stream")
                .multiPart("regionCode", region)
                .multiPart("year", "2024")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).extract().path("planId");
        JsonPath tasks = given().auth().oauth2(token).queryParam("planId", planId).queryParam("pageSize", 1000)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = tasks.getList("items");
        assertEquals(expected.size(), items.size(), d.name() + ": tasks stored");
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            if (e.warn()) {
                continue;
            }
            Map<String, Object> t = items.get(i);
            String where = d.name() + " task " + e.number();
            assertEquals(e.number(), t.get("number"), where);
            assertEquals(e.text(), ImportCorpus.text((String) t.get("title")), where + " text");
            assertEquals(e.leaders(), names(t.get("leaders"), false), where + " leaders");
            assertEquals(e.leadUnits(), units(t.get("leadUnits")), where + " lead units");
            assertEquals(e.responsibleUnits(), units(t.get("responsibleUnits")), where + " responsible units");
            assertEquals(e.relatedUnits(), units(t.get("relatedUnits")), where + " related units");
        }
    }

    @Test
    void shouldLetTheOfficeChooseTheLeadRuleAndCorrectTasksBeforeCommitting() {
        String region = "539001";
        String token = TestTokens.supervisor(region);
        String plan = "一、重点工作\n1.改造老旧小区17个。(责任单位:区住建局、区财政局、各街道)\n"
                + "2.新建停车泊位500个。(责任单位:区城管委、区交通局)\n3.建成社区食堂30家。(牵头单位:区民政局)\n";
        Map<String, Object> request = new java.util.HashMap<>(Map.of("regionCode", region, "format", "PLAN_TEXT", "text", plan,
                "year", 2024));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.NO_LEAD_UNIT", equalTo(2))
                .body("plan.sections[0].tasks[0].leadUnits", equalTo(List.of()))
                .body("plan.sections[0].tasks[0].layout", equalTo("inline-brackets"));
        request.put("firstListedLeads", true);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.NO_LEAD_UNIT", equalTo(null))
                .body("plan.sections[0].tasks[0].leadUnits.name", equalTo(List.of("区住建局")))
                .body("plan.sections[0].tasks[1].leadUnits.name", equalTo(List.of("区城管委")));
        request.put("corrections", List.of(Map.of("index", 2, "leadUnits", List.of("区交通局", "区城管委"), "responsibleUnits", List.of()),
                Map.of("index", 9, "leadUnits", List.of("区民政局"))));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("corrections[1].index"));
        request.put("corrections", List.of(Map.of("index", 2, "leadUnits", List.of("区交通局", "区城管委"), "responsibleUnits", List.of())));
        int planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports").then().statusCode(201).extract().path("planId");
        JsonPath tasks = given().auth().oauth2(token).queryParam("planId", planId)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("区住建局"), tasks.getList("items[0].leadUnits.name"));
        assertEquals(List.of("区财政局", "各街道"), tasks.getList("items[0].responsibleUnits.name"));
        assertEquals(List.of("区交通局", "区城管委"), tasks.getList("items[1].leadUnits.name"), "the office's correction, co-leads");
        assertEquals(List.of(), tasks.getList("items[1].responsibleUnits.name"));
    }

    @Test
    void shouldFindTheSameDocumentInAnyFormatAndRefuseItWithOtherChoices() {
        String region = "539003";
        String token = TestTokens.supervisor(region);
        String plan = "一、重点工作\n1.改造老旧小区17个。(责任单位:区住建局、区财政局)\n2.新建停车泊位500个。(责任单位:区城管委、区交通局)\n";
        Map<String, Object> request = new java.util.HashMap<>(Map.of("regionCode", region, "format", "PLAN_TEXT", "text", plan,
                "year", 2024));
        request.put("corrections", List.of(Map.of("index", 1, "leadUnits", List.of("区住建局")), Map.of("index", 1, "leadUnits", List.of("区财政局"))));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/preview").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("corrections[1].index"));
        request.put("corrections", List.of(Map.of("index", 1, "leadUnits", List.of("区住建局"))));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.NO_LEAD_UNIT", equalTo(1))
                .body("plan.warnings.findAll { it.code == 'NO_LEAD_UNIT' }.message[0]", org.hamcrest.Matchers.containsString("任务2"));
        int planId = given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports").then().statusCode(201).body("created", equalTo(true)).extract().path("planId");
        // the same text as a DOCUMENT (a text file, CRLF and a BOM) with the same choices: the same import
        request.put("format", "DOCUMENT");
        request.put("text", "\uFEFF" + plan.replace("\n", "\r\n"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports").then().statusCode(200)
                .body("created", equalTo(false)).body("planId", equalTo(planId));
        // other choices for the same document: a conflict naming the plan, never silently the old plan
        request.put("firstListedLeads", true);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("plan " + planId));
        assertEquals(1, (int) given().auth().oauth2(token).queryParam("regionCode", region).when().get("/api/tasks/plans")
                .then().statusCode(200).extract().path("pager.total"), "one plan, not two");
    }

    /** The newcomer trial's refusals: every one a problem naming the field, none silently accepted. */
    @Test
    void shouldRefuseWhatTheTrialSlippedThrough() {
        String region = "539005";
        String token = TestTokens.supervisor(region);
        String plan = "一、重点工作\n1.改造老旧小区17个。(责任单位:区住建局、区财政局)\n";
        byte[] text = plan.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // multipart flags and years are read as strictly as JSON and query parameters
        given().auth().oauth2(token).multiPart("file", "plan.txt", text, "text/plain").multiPart("regionCode", region)
                .multiPart("year", "2024").multiPart("publish", "maybe")
                .when().post("/api/tasks/imports").then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("publish"));
        given().auth().oauth2(token).multiPart("file", "plan.txt", text, "text/plain").multiPart("regionCode", region)
                .multiPart("year", "abc")
                .when().post("/api/tasks/imports/preview").then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("year"));
        // a PDF or a .doc sent raw reaches the reader, which says what to do, not the framework's words
        given().auth().oauth2(token).contentType("application/pdf").queryParam("regionCode", region).queryParam("format", "DOCUMENT")
                .body("%PDF-1.4 ...".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .when().post("/api/tasks/imports/preview").then().statusCode(415)
                .body("detail", org.hamcrest.Matchers.containsString("PDF"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("@Consumes")));
        // base64 that is not base64 is a 400 naming the field, not an "empty file"
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "format", "DOCUMENT", "contentBase64", "@@@!!", "year", 2024))
                .when().post("/api/tasks/imports/preview").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("contentBase64"));
        // corrections: one unit per item, and a group never leads — refused at preview as at commit
        Map<String, Object> request = new java.util.HashMap<>(Map.of("regionCode", region, "format", "PLAN_TEXT", "text", plan, "year", 2024));
        request.put("corrections", List.of(Map.of("index", 1, "leadUnits", List.of("区财政局、区税务局"))));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/preview").then().statusCode(400);
        request.put("corrections", List.of(Map.of("index", 1, "leadUnits", List.of("各街道"))));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/preview").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("corrections[0].leadUnits"));
        // a damaged Word file: a 422 that names no Java class
        given().auth().oauth2(token).contentType("application/octet-stream").queryParam("regionCode", region)
                .queryParam("format", "DOCUMENT").body(new byte[] {'P', 'K', 3, 4, 1, 2, 3})
                .when().post("/api/tasks/imports/preview").then().statusCode(org.hamcrest.Matchers.oneOf(415, 422))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
    }

    /**
     * A hostile line (20,000 nested brackets; the trial's took the service minutes after the gateway gave up) is longer
     * than any task and is reported, not parsed; nesting within a task's length is read in one backward pass.
     */
    @Test
    void shouldAnswerAHostileLineAtOnce() {
        String region = "539006";
        String token = TestTokens.supervisor(region);
        String hostile = "一、重点工作\n1.建设" + "(".repeat(20_000) + ")".repeat(20_000) + "\n";
        long start = System.nanoTime();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "format", "PLAN_TEXT", "text", hostile))
                .when().post("/api/tasks/imports/preview").then().statusCode(200)
                .body("warningsByCode.UNPLACED_LINE", equalTo(1));
        System.out.printf("BENCHMARK nested brackets (40,000 characters): preview %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** A Word file as Word saves it (numbering, content controls, merged cells), with a 完成时限 column, uploaded as a form. */
    @Test
    void shouldStoreAWordPlanWithItsNumberingMergedLeadersAndDueDates() {
        String region = "539004";
        String token = TestTokens.supervisor(region);
        String body = OfficeFiles.p("2024年重点任务分工表")
                + OfficeFiles.tbl(
                        OfficeFiles.tr(OfficeFiles.tc(OfficeFiles.p("序号")), OfficeFiles.tc(OfficeFiles.p("重点任务")),
                                OfficeFiles.tc(OfficeFiles.p("责任领导")), OfficeFiles.tc(OfficeFiles.p("牵头单位")),
                                OfficeFiles.tc(OfficeFiles.p("完成时限"))),
                        OfficeFiles.tr(OfficeFiles.tc(OfficeFiles.numbered(1, 0, "")), OfficeFiles.tc(OfficeFiles.p("新建5G基站300个。")),
                                OfficeFiles.mergeStart("李某某"), OfficeFiles.tc(OfficeFiles.p("区经信局")),
                                OfficeFiles.tc(OfficeFiles.p("9月底前"))),
                        OfficeFiles.tr(OfficeFiles.tc(OfficeFiles.numbered(1, 0, "")), OfficeFiles.tc(OfficeFiles.p("新增规上企业20家。")),
                                OfficeFiles.mergeContinue(), OfficeFiles.tc(OfficeFiles.p("区统计局")),
                                OfficeFiles.tc(OfficeFiles.p("持续推进"))));
        byte[] docx = OfficeFiles.docx(body, OfficeFiles.list(1, OfficeFiles.level(0, "decimal", "%1", 1)) + OfficeFiles.num(1));
        int planId = given().auth().oauth2(token)
                .multiPart("file", "分工表.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .multiPart("regionCode", region).multiPart("year", "2024")
                .when().post("/api/tasks/imports").then().statusCode(201).extract().path("planId");
        JsonPath tasks = given().auth().oauth2(token).queryParam("planId", planId)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("1", "2"), tasks.getList("items.number"));
        assertEquals(List.of("李某某"), names(tasks.get("items[1].leaders"), false), "the merged leader cell is task 2's too");
        assertEquals(List.of("区统计局"), units(tasks.get("items[1].leadUnits")));
        assertEquals("2024-09-30", tasks.getString("items[0].dueDate"));
        assertEquals(null, tasks.getString("items[1].dueDate"), "持续推进 has no due date");
    }

    @Test
    void shouldKeepTheOriginalAndStoreTasksWithoutItsSpam() {
        String region = "539002";
        String token = TestTokens.supervisor(region);
        byte[] gbk = "一、重点工作\n1.建成社区食堂30家。买足球的软件(牵头单位:区民政局)\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        int importId = given().auth().oauth2(token).contentType("text/plain").queryParam("regionCode", region)
                .queryParam("format", "PLAN_TEXT").queryParam("year", 2024).body(gbk)
                .when().post("/api/tasks/imports").then().statusCode(201).extract().path("importId");
        int planId = given().auth().oauth2(token).when().get("/api/tasks/imports/" + importId).then().statusCode(200)
                .extract().path("planId");
        given().auth().oauth2(token).queryParam("planId", planId).when().get("/api/tasks/tasks").then().statusCode(200)
                .body("items[0].title", equalTo("建成社区食堂30家。"));
        byte[] original = given().auth().oauth2(token).when().get("/api/tasks/imports/" + importId + "/original")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(new String(original, java.nio.charset.StandardCharsets.UTF_8).contains("买足球的软件"), "the original keeps it");
        given().auth().oauth2(TestTokens.supervisor("539003")).when().get("/api/tasks/imports/" + importId + "/original")
                .then().statusCode(403);
        given().auth().oauth2(token).contentType("application/pdf").queryParam("regionCode", region).queryParam("format", "DOCUMENT")
                .body("%PDF-1.7 not a plan".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .when().post("/api/tasks/imports/preview").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(token).multiPart("file", "plan.pdf", "%PDF-1.7 not a plan".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "application/pdf").multiPart("regionCode", region)
                .when().post("/api/tasks/imports/preview").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRunALongImportAsAJobWhoseStatusUrlSaysHowFarItIs() {
        String region = "539004";
        String token = TestTokens.supervisor(region);
        Map<String, Object> request = Map.of("regionCode", region, "format", "PLAN_TEXT", "text", ImportBenchmark.generatedPlan(600),
                "year", 2024);
        String statusUrl = given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports/jobs")
                .then().statusCode(202).body("state", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "DONE"))
                .extract().header("Location");
        assertTrue(statusUrl.startsWith("/api/tasks/imports/jobs/"), "a relative status URL, reachable through the gateway: " + statusUrl);
        List<Integer> seen = new ArrayList<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> {
                    JsonPath job = given().auth().oauth2(token).when().get(statusUrl).then().statusCode(200).extract().jsonPath();
                    int percent = job.getInt("percent");
                    if (!job.getString("state").equals("DONE")) {
                        assertTrue(percent <= 95, "not done yet claims " + percent + " %");
                    }
                    seen.add(percent);
                    return job.getString("state").equals("DONE");
                });
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "percentages only grow: " + seen);
        }
        JsonPath done = given().auth().oauth2(token).when().get(statusUrl).then().statusCode(200)
                .body("percent", equalTo(100)).body("tasksDone", equalTo(600)).body("tasksTotal", equalTo(600))
                .body("created", equalTo(true)).extract().jsonPath();
        given().auth().oauth2(token).queryParam("planId", done.getLong("planId")).queryParam("pageSize", 1)
                .when().get("/api/tasks/tasks").then().statusCode(200).body("pager.total", equalTo(600));
        given().auth().oauth2(TestTokens.supervisor("539005")).when().get(statusUrl).then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/tasks/imports/jobs/987654321").then().statusCode(404);

        String failing = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "format", "PLAN_TEXT", "text", "这不是分解方案", "year", 2024))
                .when().post("/api/tasks/imports/jobs").then().statusCode(202).extract().header("Location");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).when().get(failing).then().extract().path("state").equals("FAILED"));
        given().auth().oauth2(token).when().get(failing).then().statusCode(200)
                .body("problem.status", equalTo(422)).body("planId", equalTo(null));
    }

    @SuppressWarnings("unchecked")
    private static List<String> units(Object links) {
        return ((List<Map<String, Object>>) links).stream().map(l -> ImportCorpus.unit((String) l.get("name"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object list, boolean units) {
        return ((List<String>) list).stream().map(n -> units ? ImportCorpus.unit(n) : ImportCorpus.text(n)).toList();
    }
}
