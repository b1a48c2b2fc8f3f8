package org.duban.progress.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.duban.testing.Csv;
import org.junit.jupiter.api.Test;

/**
 * A plan of three parts whose tasks are numbered within each part (1, 2 | 1 | 1), announced out of order: the Q1
 * table lists them in plan order under a row for each part and sub-part, never 1, 1, 1, 2 interleaved; a task whose
 * only units are 责任单位 shows them in a 责任单位 column, as written (a group by its name); two-character names are
 * printed as tables print them; the XLSX carries the title block (issue 15 item 4).
 */
@QuarkusTest
@TestClock("2018-04-11T09:00")
class PlanOfPartsTableTest {

    private static Events.Task task(String plan, String id, String number, String title, List<String> path, List<Integer> order) {
        return new Events.Task(plan, id, number, title).set("sectionPath", path).set("planOrder", order)
                .lead("L-" + id, "牵头单位" + id).set("leadUnits", List.of(Events.unit("L-" + id, "牵头单位" + id)))
                .set("writtenUnits", Map.of("lead", List.of(written("L-" + id, "牵头单位" + id, false)),
                        "responsible", List.of(), "related", List.of()));
    }

    private static Map<String, Object> written(String id, String name, boolean group) {
        return Map.of("id", id, "name", name, "group", group);
    }

    @Test
    void shouldPrintTheTasksInPlanOrderUnderTheirParts() throws IOException {
        String plan = "parts-" + UUID.randomUUID().toString().substring(0, 8);
        Events.planPublished(plan, Map.of());
        Events.Task keyWork = task(plan, plan + "-k1", "1", "新开工项目50个", List.of("二、重点工作", "(一)稳增长"), List.of(1, 0, 0))
                .set("responsibleUnits", List.of(Events.unit("U-1", "郭镇乡")))
                .set("writtenUnits", Map.of("lead", List.of(), "related", List.of(),
                        "responsible", List.of(written("G-1", "各乡、街道办事处", true))))
                .set("leadUnit", null).set("leadUnits", List.of()).set("leaders", List.of("徐平")).set("coordinator", "陈曦");
        Events.assigned(task(plan, plan + "-l1", "1", "改造农村公路100公里", List.of("三、民生实事"), List.of(2, 0)));
        Events.assigned(keyWork);
        Events.assigned(task(plan, plan + "-t2", "2", "财政收入增长7%", List.of("一、主要预期目标"), List.of(0, 1)));
        Events.assigned(task(plan, plan + "-t1", "1", "地区生产总值增长8%", List.of("一、主要预期目标"), List.of(0, 0)));

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", "csv")
                        .when().get("/api/progress/plans/" + plan + "/completion-table").statusCode() == 200
                        && Csv.parse(download(plan, "csv")).stream().filter(r -> r.get(0).matches("\\d+")).count() == 4);

        List<List<String>> csv = Csv.parse(download(plan, "csv"));
        assertEquals(CompletionTable.COLUMNS, csv.get(0));
        assertEquals(List.of("一、主要预期目标", "1", "2", "二、重点工作", "(一)稳增长", "1", "三、民生实事", "1"),
                csv.subList(1, 9).stream().map(r -> r.get(0)).toList());
        List<String> keyWorkRow = csv.get(6);
        assertEquals("新开工项目50个", keyWorkRow.get(1));
        assertEquals("徐  平", keyWorkRow.get(2));
        assertEquals("陈  曦", keyWorkRow.get(3));
        assertEquals("各乡、街道办事处", keyWorkRow.get(CompletionTable.COLUMNS.indexOf("责任单位")));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(plan, "xlsx")))) {
            String block = wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertTrue(block.contains("区划代码:420102") && block.contains("报告期:一季度(报送截止2018年4月10日)")
                    && block.contains("数据截至2018年4月11日"), block);
        }
    }

    private static byte[] download(String plan, String format) {
        return given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", format)
                .when().get("/api/progress/plans/" + plan + "/completion-table").then().statusCode(200).extract().asByteArray();
    }
}
