package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Decomposition plans as offices receive them, uploaded through the gateway as a browser form sends a file (issue 10):
 * a Word file with a four-column table, a GBK text file from a Windows machine, a saved web page with a table and a
 * legacy Excel file each become a plan with the matrix the document states; the Word plan's co-leads stay co-leads
 * all the way to progress-service, where each lead unit owes the task's reports.
 */
class ImportDocumentsEndToEndTest {
    /** The region the gateway serves in the suite; the plans are of 2025, a year no other test of the suite uses. */
    private static final String REGION = RunningSuite.REGION;

    private static String supervisor() {
        return RunningSuite.token(List.of("SUPERVISOR"), REGION, null);
    }

    /** Uploads the file, publishing the plan; answers the stored tasks as the task API lists them. */
    private static JsonPath upload(String fileName, byte[] bytes) {
        String gateway = RunningSuite.gateway();
        int planId = given().baseUri(gateway).auth().oauth2(supervisor())
                .multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart("regionCode", REGION).multiPart("year", "2025").multiPart("publish", "true")
                .when().post("/api/tasks/imports")
                .then().statusCode(201).extract().path("planId");
        return given().baseUri(gateway).auth().oauth2(supervisor()).queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath();
    }

    private static void assertTask(JsonPath tasks, int i, String text, List<String> leads, List<String> responsible,
            List<String> related) {
        assertEquals(text, tasks.getString("items[" + i + "].title"));
        assertEquals(leads, tasks.getList("items[" + i + "].leadUnits.name"), text + ": lead units");
        assertEquals(responsible, tasks.getList("items[" + i + "].responsibleUnits.name"), text + ": responsible units");
        assertEquals(related, tasks.getList("items[" + i + "].relatedUnits.name"), text + ": related units");
    }

    @Test
    void shouldImportAWordTableWithCoLeadsEachOwingTheTasksReports() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("西湖区2024年政府工作报告重点工作任务分解表");
            String[][] rows = {
                    {"序号", "主要任务", "牵头单位", "配合单位"},
                    {"1", "一般公共预算收入增长5%以上。", "区财政局、区税务局", "各街道"},
                    {"2", "新增城镇就业8000人。", "区人社局", "区财政局"},
                    {"3", "建成区级数据中心。", "区数据局", ""}};
            XWPFTable table = doc.createTable(rows.length, 4);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).getParagraphs().get(0).createRun().setText(rows[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        JsonPath tasks = upload("分解表.docx", docx);
        assertTask(tasks, 0, "一般公共预算收入增长5%以上。", List.of("区财政局", "区税务局"), List.of(), List.of("各街道"));
        assertTask(tasks, 1, "新增城镇就业8000人。", List.of("区人社局"), List.of(), List.of("区财政局"));
        String taskId = tasks.getString("items[0].id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath owed = given().baseUri(RunningSuite.gateway()).auth().oauth2(supervisor())
                    .queryParam("regionCode", REGION).queryParam("year", 2025).queryParam("pageSize", 1000)
                    .when().get("/api/progress/obligations").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = owed.getList("items.findAll { it.taskId == '" + taskId + "' }");
            assertEquals(List.of("区财政局:LEAD", "区税务局:LEAD").stream().sorted().toList(),
                    rows.stream().map(o -> o.get("unitName") + ":" + o.get("role")).sorted().toList(), "who owes task 1's reports");
            String table = given().baseUri(RunningSuite.gateway()).auth().oauth2(supervisor()).queryParam("period", "Q1")
                    .queryParam("format", "csv").when().get("/api/progress/plans/" + tasks.getString("items[0].planId")
                            + "/completion-table").then().statusCode(200).extract().asString();
            assertTrue(table.contains("区财政局、区税务局"), "the completion table names both lead units: " + table);
        });
    }

    @Test
    void shouldImportAGbkTextFileWithLabelLines() {
        String text = "东湖区2024年重点工作任务分解方案\n\n一、重点工作\n1.新增城镇就业8000人。\n牵头单位：区人社局\n责任单位：各街道，区财政局\n"
                + "2.改造老旧小区17个。\n责任单位：区住建局\n";
        JsonPath tasks = upload("方案.txt", text.getBytes(Charset.forName("GBK")));
        assertTask(tasks, 0, "新增城镇就业8000人。", List.of("区人社局"), List.of("各街道", "区财政局"), List.of());
        assertTask(tasks, 1, "改造老旧小区17个。", List.of("区住建局"), List.of(), List.of());
    }

    @Test
    void shouldImportASavedWebPageWithATableLeavingTheChromeOut() {
        String html = "<html><head><meta charset=\"utf-8\"><title>分解表</title></head><body>"
                + "<div>首页 &gt; 政务公开 &gt; 通知公告</div><p>【打印】【关闭】</p>"
                + "<table><tr><th>序号</th><th>重 点 任 务</th><th>责任单位</th></tr>"
                + "<tr><td>1</td><td>建成社区食堂30家。365bet体育投注</td><td>*区民政局、区财政局</td></tr>"
                + "<tr><td>2</td><td>新建停车泊位500个。</td><td>区城管委</td></tr></table>"
                + "<p>版权所有：东湖区人民政府办公室</p></body></html>";
        JsonPath tasks = upload("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertTask(tasks, 0, "建成社区食堂30家。", List.of("区民政局"), List.of("区财政局"), List.of());
        assertTask(tasks, 1, "新建停车泊位500个。", List.of("区城管委"), List.of(), List.of());
    }

    @Test
    void shouldImportALegacyExcelFile() throws IOException {
        byte[] xls;
        try (Workbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("任务");
            String[][] rows = {
                    {"2024年重点任务清单"},
                    {"序号", "工作任务", "牵头负责部门", "协办单位", "完成时限"},
                    {"1", "实际使用外资1.2亿美元。", "区商务局", "区投资促进中心", "2024年12月"},
                    {"2", "粮食总产量稳定在12万吨以上。", "区农业农村局", "各镇", "2024年10月"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            xls = out.toByteArray();
        }
        JsonPath tasks = upload("清单.xls", xls);
        assertTask(tasks, 0, "实际使用外资1.2亿美元。", List.of("区商务局"), List.of(), List.of("区投资促进中心"));
        assertTask(tasks, 1, "粮食总产量稳定在12万吨以上。", List.of("区农业农村局"), List.of(), List.of("各镇"));
    }
}
