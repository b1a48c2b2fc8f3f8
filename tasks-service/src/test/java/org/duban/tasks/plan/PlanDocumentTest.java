package org.duban.tasks.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 4: the plan issued as its decomposition notice, text and DOCX, in the shape of the 2019 seed; the
 * round trip seed → import → export → import gives the same plan, field by field.
 */
@QuarkusTest
class PlanDocumentTest {
    private static final String SEED_REGION = "420181";
    private static final String TEXT_REGION = "420182";
    private static final String DOCX_REGION = "420183";

    @Test
    void shouldIssueTheSeedPlanAsItsNoticeAndReadItBackIdentically() throws Exception {
        String seed = Files.readString(org.duban.testing.Seeds.file("district-2019-task-decomposition-plan.txt"));
        long original = importPlan(SEED_REGION, Map.of("format", "PLAN_TEXT", "text", seed));

        String text = given().auth().oauth2(TestTokens.supervisor(SEED_REGION)).queryParam("format", "txt")
                .when().get("/api/tasks/plans/" + original + "/document")
                .then().statusCode(200).contentType(containsString("text/plain"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asString();
        List<String> lines = text.lines().toList();
        assertEquals("武汉市江岸区人民政府办公室文件", lines.get(0), "发文机关标志 as the seed's head names it");
        assertEquals("岸政办〔2019〕1号", lines.get(1), "文号 under the issuer mark");
        assertTrue(text.contains("现将《2019年区〈政府工作报告〉确定的主要目标任务责任分解方案》印发给你们"), "nested title marks");
        assertTrue(lines.contains("2019年1月11日"), "the date under the 落款");
        assertTrue(lines.contains("一、2019年主要预期目标(共6项)"), "section heading with its declared count");
        assertTrue(lines.contains("(二)区级一般公共预算收入增长6%以上。(牵头单位:区财政局;责任单位:区税务局)"), text);
        assertTrue(text.contains("于2019年4月10日、7月10日、10月10日及12月25日前"), "the plan's reporting calendar");
        assertTrue(text.contains("于1月28日前报送"), "work plans due");
        assertTrue(lines.contains("附件:×××(单位)办理方案"), "the form as annex");
        assertTrue(!text.contains("365bet"), "no spam goes out again");
        assertReadBackIdentically(original, SEED_REGION, text, TEXT_REGION, DOCX_REGION);
    }

    /**
     * A plan with what the seed lacks — leaders, co-leads, related units, groups (issue 10 corpus h17): every field
     * survives the round trip through the text and the DOCX.
     */
    @Test
    void shouldReadBackLeadersCoLeadsAndRelatedUnits() throws Exception {
        String source;
        try (var in = PlanDocumentTest.class.getResourceAsStream("/import-corpus/h17-lanjiang-2018-leader-duty.txt")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long original = importPlan("420184", Map.of("format", "PLAN_TEXT", "text", source));
        String text = given().auth().oauth2(TestTokens.supervisor("420184")).queryParam("format", "txt")
                .when().get("/api/tasks/plans/" + original + "/document").then().statusCode(200).extract().asString();
        assertTrue(text.contains("配合单位:"), "related units are written as 配合单位: " + text);
        assertTrue(text.contains("责任领导:"), "leaders are written: " + text);
        assertReadBackIdentically(original, "420184", text, "420185", "420186");
    }

    private static void assertReadBackIdentically(long original, String region, String text, String textRegion,
            String docxRegion) {
        long fromText = importPlan(textRegion, Map.of("format", "PLAN_TEXT", "text", text));
        assertSamePlan(original, region, fromText, textRegion);

        byte[] docx = given().auth().oauth2(TestTokens.supervisor(region))
                .when().get("/api/tasks/plans/" + original + "/document")
                .then().statusCode(200).contentType(PlanDocx.MEDIA_TYPE)
                .header("Content-Disposition", containsString(".docx"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.containsAll(text.lines().filter(l -> !l.isBlank()).limit(10).toList()),
                    "the DOCX has the text's paragraphs");
            assertEquals("序号", doc.getTables().get(0).getRow(0).getCell(0).getText(), "the 办理方案 form as a table");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> upload = new HashMap<>();
        upload.put("format", "DOCUMENT");
        upload.put("contentBase64", Base64.getEncoder().encodeToString(docx));
        upload.put("fileName", "plan.docx");
        long fromDocx = importPlan(docxRegion, upload);
        assertSamePlan(original, region, fromDocx, docxRegion);
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        given().auth().oauth2(TestTokens.supervisor(SEED_REGION)).queryParam("format", "pdf")
                .when().get("/api/tasks/plans/1/document")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static long importPlan(String region, Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.put("regionCode", region);
        return given().auth().oauth2(TestTokens.supervisor(region)).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports")
                .then().statusCode(201).extract().jsonPath().getLong("planId");
    }

    /** Plan fields, section tree and every task's fields, compared as the office would compare two plans. */
    private static void assertSamePlan(long expectedId, String expectedRegion, long actualId, String actualRegion) {
        JsonPath expected = plan(expectedId, expectedRegion);
        JsonPath actual = plan(actualId, actualRegion);
        for (String field : List.of("year", "title", "document.number", "document.issueDate", "workPlanDue", "deadlines",
                "sections")) {
            assertEquals(withoutIds(expected.get(field)), withoutIds(actual.get(field)), field);
        }
        List<Map<String, Object>> expectedTasks = tasks(expectedId, expectedRegion);
        List<Map<String, Object>> actualTasks = tasks(actualId, actualRegion);
        assertTrue(expectedTasks.size() >= 10, "the plan has its tasks: " + expectedTasks.size());
        assertEquals(expectedTasks.size(), actualTasks.size(), "task count");
        for (int i = 0; i < expectedTasks.size(); i++) {
            assertEquals(expectedTasks.get(i), actualTasks.get(i), "task " + (i + 1));
        }
    }

    private static JsonPath plan(long id, String region) {
        return given().auth().oauth2(TestTokens.supervisor(region)).when().get("/api/tasks/plans/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> tasks(long planId, String region) {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("pageSize", 200)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200).extract().jsonPath()
                .getList("items");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> t : items) {
            Map<String, Object> kept = new java.util.LinkedHashMap<>();
            for (String f : List.of("number", "label", "title", "sectionPath", "sectionKind", "markers", "targetText",
                    "leaders", "coordinator", "leadPerson", "quantTargets", "indicatorCode")) {
                kept.put(f, t.get(f));
            }
            for (String f : List.of("leadUnits", "responsibleUnits", "relatedUnits")) {
                kept.put(f, withoutIds(t.get(f)));
            }
            out.add(kept);
        }
        return out;
    }

    /** The value with every "id" and "parentId" removed (ids differ between two imports). */
    @SuppressWarnings("unchecked")
    private static Object withoutIds(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (!k.equals("id") && !k.equals("parentId")) {
                    copy.put(k, withoutIds(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PlanDocumentTest::withoutIds).toList();
        }
        return value;
    }
}
