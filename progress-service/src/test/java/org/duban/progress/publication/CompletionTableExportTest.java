package org.duban.progress.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.duban.testing.Csv;
import org.duban.progress.fixtures.SeedTableRow;
import org.duban.progress.fixtures.SeedTableText;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: after a completion table's progress-imported events arrive (with the tasks they belong
 * to), the period's table exported as CSV has one row per task whose 完成情况 is the imported text, and
 * the XLSX opens with POI with the same cells.
 */
@QuarkusTest
class CompletionTableExportTest {

    private static final String MARKERS = "▲●■★";

    private static SeedTableText.Parsed smallFixture() throws IOException {
        try (var in = CompletionTableExportTest.class.getResourceAsStream("/fixtures/completion-table-small.txt")) {
            return SeedTableText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Sends what tasks-service emits when it imports a completion table: the plan, its tasks, their 完成情况. */
    static String importTable(SeedTableText.Parsed parsed) {
        String plan = "tbl-" + UUID.randomUUID().toString().substring(0, 8);
        Events.planPublished(plan, parsed.legend());
        String importId = "imp-" + plan;
        for (SeedTableRow row : parsed.rows()) {
            String taskId = plan + "-" + row.number();
            String unitId = "u" + Integer.toHexString(row.leadUnit().hashCode());
            List<String> markers = new ArrayList<>();
            String title = row.task();
            while (!title.isEmpty() && MARKERS.indexOf(title.charAt(0)) >= 0) {
                markers.add(title.substring(0, 1));
                title = title.substring(1);
            }
            Events.assigned(new Events.Task(plan, taskId, String.valueOf(row.number()), title)
                    .lead(unitId, row.leadUnit())
                    .set("markers", markers)
                    .set("leaders", row.leaders())
                    .set("coordinator", row.coordinator())
                    .set("leadPerson", String.join("、", row.leadPersons()))
                    .set("relatedUnits", List.of(Events.unit("rel-" + row.number(), row.relatedUnits()))));
            Events.progressImported(plan, importId, taskId, String.valueOf(row.number()), unitId, row.leadUnit(), "Q1",
                    row.progress());
        }
        return plan;
    }

    static byte[] download(String plan, String format) {
        return given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", format)
                .when().get("/api/progress/plans/" + plan + "/completion-table")
                .then().statusCode(200).extract().asByteArray();
    }

    private static List<List<String>> dataRows(byte[] csv) {
        return Csv.parse(csv).stream().skip(1).filter(r -> r.size() == 8).toList();
    }

    private static void awaitTable(String plan, SeedTableText.Parsed parsed) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1")
                    .when().get("/api/progress/plans/" + plan + "/completion-table").statusCode() != 200) {
                return false;
            }
            List<List<String>> rows = dataRows(download(plan, "csv"));
            return rows.size() == parsed.rows().size() && rows.stream().noneMatch(r -> r.get(7).isEmpty())
                    && rows.stream().noneMatch(r -> r.get(1).isEmpty());
        });
    }

    private static void assertTableMatches(String plan, SeedTableText.Parsed parsed) throws IOException {
        List<List<String>> all = Csv.parse(download(plan, "csv"));
        assertEquals(List.of("序号", "目标任务", "责任领导", "协管责任人", "牵头单位", "责任人", "相关单位", "完成情况"), all.get(0));
        List<List<String>> rows = dataRows(download(plan, "csv"));
        assertEquals(parsed.rows().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            SeedTableRow seed = parsed.rows().get(i);
            assertEquals(String.valueOf(seed.number()), rows.get(i).get(0));
            assertEquals(seed.task(), rows.get(i).get(1), "目标任务 of row " + seed.number());
            assertEquals(seed.leadUnit(), rows.get(i).get(4));
            assertEquals(seed.progress(), rows.get(i).get(7), "完成情况 of row " + seed.number());
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(plan, "xlsx")))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= rows.size(); r++) {
                Row row = sheet.getRow(XlsxTableWriter.HEADER_ROW + r);
                for (int c = 0; c < 8; c++) {
                    assertEquals(all.get(r).get(c), row.getCell(c).getStringCellValue(), "xlsx row " + r + " cell " + c);
                }
            }
        }
    }

    @Test
    void shouldExportTheImportedSmallTableAsCsvAndXlsxWithTheSameCells() throws IOException {
        SeedTableText.Parsed parsed = smallFixture();
        String plan = importTable(parsed);
        awaitTable(plan, parsed);
        assertTableMatches(plan, parsed);
        String csv = new String(download(plan, "csv"), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', csv.charAt(0));
        assertEquals(true, csv.contains("备注:▲项为全国性重点工作"));
    }

    @Test
    void shouldExportThe96RowsOfTheSeedTableWithTheirProgressText() throws IOException {
        assumeTrue(Files.exists(SeedTableText.seedTable()), "../shared/seeds not present: real-seed tests skipped");
        SeedTableText.Parsed parsed = SeedTableText.parse(SeedTableText.seedTable());
        assertEquals(96, parsed.rows().size());
        String plan = importTable(parsed);
        awaitTable(plan, parsed);
        assertTableMatches(plan, parsed);
    }

    @Test
    void shouldNotAddAVersionWhenTheSameImportArrivesAgain() throws IOException {
        SeedTableText.Parsed parsed = smallFixture();
        String plan = importTable(parsed);
        awaitTable(plan, parsed);
        SeedTableRow first = parsed.rows().get(0);
        String unitId = "u" + Integer.toHexString(first.leadUnit().hashCode());
        // the same text again under a new event id (a re-run import), then a marker import on another task
        Events.progressImported(plan, "imp-" + plan, plan + "-1", "1", unitId, first.leadUnit(), "Q1", first.progress());
        Events.progressImported(plan, "imp-" + plan, plan + "-2", "2", "marker", "标记单位", "H1", "标记。");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Api.supervisor())
                .queryParam("taskId", plan + "-2").queryParam("period", "H1").when().get("/api/progress/reports")
                .then().extract().<Integer>path("pager.total") == 1);
        given().auth().oauth2(Api.supervisor()).queryParam("taskId", plan + "-1").queryParam("current", false)
                .when().get("/api/progress/reports")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].status", equalTo("IMPORTED"));
    }

    @Test
    void shouldServeEachFormatWithItsContentType() throws IOException {
        String plan = importTable(smallFixture());
        awaitTable(plan, smallFixture());
        Map<String, String> types = Map.of("csv", "text/csv", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "html", "text/html", "md", "text/markdown");
        types.forEach((format, type) -> given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", format)
                .when().get("/api/progress/plans/" + plan + "/completion-table")
                .then().statusCode(200).contentType(containsString(type))
                .header("Content-Disposition", containsString("." + format)));
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", "pdf")
                .when().get("/api/progress/plans/" + plan + "/completion-table")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Api.supervisor()).queryParam("period", "M07")
                .when().get("/api/progress/plans/" + plan + "/completion-table")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void shouldFreezeAPublicationAndMakeACorrectionANewVersion() throws IOException {
        SeedTableText.Parsed parsed = smallFixture();
        String plan = importTable(parsed);
        awaitTable(plan, parsed);
        String v1 = given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "period", "Q1", "kind", "COMPLETION_TABLE"))
                .when().post("/api/progress/publications").then().statusCode(201).body("version", equalTo(1)).extract().path("id");

        // a correction of row 2 arrives after publication
        String corrected = "普查领导小组已成立,清查摸底完成80%。";
        Events.progressImported(plan, "imp-fix-" + plan, plan + "-2", "2", "u" + Integer.toHexString("区统计局".hashCode()),
                "区统计局", "Q1", corrected);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> dataRows(download(plan, "csv")).get(1).get(7).equals(corrected));

        // the published version is frozen and still readable by anyone
        byte[] frozen = given().queryParam("format", "csv").when().get("/api/progress/publications/" + v1 + "/content")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals(parsed.rows().get(1).progress(), dataRows(frozen).get(1).get(7));

        String v2 = given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "period", "Q1", "kind", "COMPLETION_TABLE", "note", "更正第2项"))
                .when().post("/api/progress/publications").then().statusCode(201).body("version", equalTo(2)).extract().path("id");
        byte[] xlsx = given().queryParam("format", "xlsx").when().get("/api/progress/publications/" + v2 + "/content")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(corrected, wb.getSheetAt(0).getRow(XlsxTableWriter.HEADER_ROW + 2).getCell(7).getStringCellValue());
        }
        given().queryParam("planId", plan).when().get("/api/progress/publications")
                .then().statusCode(200).body("pager.total", equalTo(2)).body("items.version", org.hamcrest.Matchers.contains(1, 2));
        // a unit cannot publish
        given().auth().oauth2(Api.reporter("x")).contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "period", "Q1", "kind", "NOTICE"))
                .when().post("/api/progress/publications").then().statusCode(403);
    }
}
