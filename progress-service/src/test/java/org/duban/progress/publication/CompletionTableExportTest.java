package org.duban.progress.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.duban.progress.support.TestClock;
import org.duban.testing.Csv;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.RecordedEvents;
import org.duban.testing.RecordedEvents.Recorded;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Acceptance, against tasks-service's real output: the events tasks-service emitted when it imported a
 * completion table (recorded by its contract test, {@code contracts/tasks-service/*.jsonl}) are replayed into
 * this service, and the period's table exported as CSV and as XLSX shows, row by row, every one of the eight
 * columns as those events say (tasks-service's own parse of the table), with the plan's legend as footnote.
 */
@QuarkusTest
@TestClock("2018-04-11T09:00")
class CompletionTableExportTest {

    private static final String TASKS_SOURCE = "/duban/tasks-service";
    private static final String PLAN_PUBLISHED = "duban.tasks.plan-published.v1";
    private static final String TASK_ASSIGNED = "duban.tasks.task-assigned.v1";
    private static final String PROGRESS_IMPORTED = "duban.tasks.progress-imported.v1";
    private static final List<String> HEADERS = List.of("序号", "目标任务", "责任领导", "协管责任人", "牵头单位", "责任人", "相关单位", "完成情况");

    /**
     * A replayed import: the plan's id, its region, and the table as the recorded events describe it (one row
     * of the eight columns per task-assigned event in 序号 order, 完成情况 from its progress-imported event).
     */
    record Imported(RecordedEvents.Replay replay, String plan, String region, List<List<String>> rows, String footnote) {

        String supervisor() {
            return TestTokens.supervisor(region);
        }

        /** The recorded event of {@code type} about the task numbered {@code number}. */
        Recorded event(String type, String number) {
            return replay.ofType(type).stream().filter(e -> number.equals(e.data().path("number").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type + " for task " + number + " in the recording"));
        }
    }

    /** Replays tasks-service's recording of a table import and answers what the table must show. */
    static Imported replayTable(String scenario) {
        RecordedEvents.Replay replay = RecordedEvents.replay("tasks-service", scenario);
        JsonNode plan = replay.ofType(PLAN_PUBLISHED).get(0).data();
        Map<String, String> progress = new HashMap<>();
        for (Recorded e : replay.ofType(PROGRESS_IMPORTED)) {
            assertEquals("Q1", e.data().path("period").asText());
            progress.put(e.data().path("taskId").asText(), e.data().path("text").asText());
        }
        List<List<String>> rows = new ArrayList<>();
        replay.ofType(TASK_ASSIGNED).stream().map(Recorded::data)
                .sorted(Comparator.comparingInt(d -> Integer.parseInt(d.path("number").asText())))
                .forEach(d -> rows.add(List.of(
                        d.path("number").asText(),
                        String.join("", texts(d.path("markers"))) + d.path("title").asText(),
                        PrintedNames.people(texts(d.path("leaders"))),
                        PrintedNames.person(d.path("coordinator").asText("")),
                        leadUnitCell(d),
                        PrintedNames.people(List.of(d.path("leadPerson").asText("").split("、"))),
                        written(d.path("writtenUnits").path("related")),
                        progress.getOrDefault(d.path("taskId").asText(), ""))));
        List<String> legend = new ArrayList<>();
        plan.path("markerLegend").fields().forEachRemaining(e -> legend.add(e.getKey() + "项为" + e.getValue().asText()));
        replay.sendAll(TASKS_SOURCE);
        return new Imported(replay, plan.path("planId").asText(), plan.path("regionCode").asText(), rows,
                legend.isEmpty() ? "" : "备注:" + String.join(";", legend));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** 牵头单位 as the table prints it: every co-lead as written, joined with 、 (seed row 34: 区征收安置局、区经建投). */
    private static String leadUnitCell(JsonNode assigned) {
        return written(assigned.path("writtenUnits").path("lead"));
    }

    /** Units as tasks-service says the document wrote them: groups by their name, each note after its unit. */
    private static String written(JsonNode units) {
        List<String> out = new ArrayList<>();
        units.forEach(u -> out.add(u.path("name").asText()
                + (u.path("note").isTextual() ? "(" + u.path("note").asText() + ")" : "")));
        return String.join("、", out);
    }

    static void send(Recorded event) {
        KafkaTestClient.forTestBroker().send(event.topic(), event.key(), event.cloudEvent(TASKS_SOURCE));
    }

    /** The recorded event with some of its data changed (a correction, a marker), under a new event id. */
    static Recorded with(Recorded event, Map<String, String> changes) {
        ObjectNode data = event.data().deepCopy();
        changes.forEach(data::put);
        return new Recorded(event.topic(), event.key(), event.type(), data);
    }

    static byte[] download(Imported t, String format) {
        return given().auth().oauth2(t.supervisor()).queryParam("period", "Q1").queryParam("format", format)
                .when().get("/api/progress/plans/" + t.plan() + "/completion-table")
                .then().statusCode(200).extract().asByteArray();
    }

    private static List<List<String>> dataRows(byte[] csv) {
        return Csv.parse(csv).stream().skip(1).filter(r -> r.size() == 8).toList();
    }

    /** Until every task, its 完成情况 and the plan (its legend) have been applied. */
    private static void awaitTable(Imported t) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (given().auth().oauth2(t.supervisor()).queryParam("period", "Q1")
                    .when().get("/api/progress/plans/" + t.plan() + "/completion-table").statusCode() != 200) {
                return false;
            }
            byte[] csv = download(t, "csv");
            List<List<String>> rows = dataRows(csv);
            return rows.size() == t.rows().size() && rows.stream().noneMatch(r -> r.get(7).isEmpty())
                    && rows.stream().noneMatch(r -> r.get(1).isEmpty())
                    && new String(csv, StandardCharsets.UTF_8).contains(t.footnote());
        });
    }

    /** Every cell of the CSV and of the XLSX is what the recorded events say. */
    private static void assertTableMatches(Imported t) throws IOException {
        List<List<String>> all = Csv.parse(download(t, "csv"));
        assertEquals(HEADERS, all.get(0));
        List<List<String>> rows = dataRows(download(t, "csv"));
        assertEquals(t.rows().size(), rows.size(), "rows");
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 8; c++) {
                assertEquals(t.rows().get(i).get(c), rows.get(i).get(c), "CSV row " + (i + 1) + " " + HEADERS.get(c));
            }
        }
        assertEquals(List.of(t.footnote()), all.get(all.size() - 1), "CSV footnote (备注)");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(t, "xlsx")))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("2018年《政府工作报告》目标任务一季度完成情况一览表", sheet.getRow(0).getCell(0).getStringCellValue());
            for (int c = 0; c < 8; c++) {
                assertEquals(HEADERS.get(c), sheet.getRow(XlsxTableWriter.HEADER_ROW).getCell(c).getStringCellValue());
            }
            for (int i = 0; i < t.rows().size(); i++) {
                Row row = sheet.getRow(XlsxTableWriter.HEADER_ROW + 1 + i);
                for (int c = 0; c < 8; c++) {
                    assertEquals(t.rows().get(i).get(c), row.getCell(c).getStringCellValue(), "XLSX row " + (i + 1) + " " + HEADERS.get(c));
                }
            }
            String lastCell = sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
            assertEquals(t.footnote(), lastCell, "XLSX footnote (备注)");
        }
    }

    @Test
    void shouldExportTheImportedSmallTableAsCsvAndXlsxWithTheSameCells() throws IOException {
        Imported t = replayTable("completion-table-small");
        assertEquals(3, t.rows().size());
        awaitTable(t);
        assertTableMatches(t);
        String csv = new String(download(t, "csv"), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', csv.charAt(0));
        assertEquals(true, csv.contains("备注:▲项为全国性重点工作"));
    }

    /** The 96 rows of the real seed table as tasks-service imported it (the recording is committed: no seeds needed). */
    @Test
    void shouldExportThe96RowsOfTheSeedTableWithTheirProgressText() throws IOException {
        Imported t = replayTable("completion-table-seed");
        assertEquals(96, t.rows().size());
        awaitTable(t);
        assertTableMatches(t);
        List<String> row34 = dataRows(download(t, "csv")).get(33);
        assertEquals("区征收安置局、区经建投", row34.get(4), "the seed's row 34 has two lead units, each with its person");
        assertEquals("许国辉、周剑锐", row34.get(5));
    }

    private static int reports(Imported t, String taskId, String period, boolean currentOnly) {
        return given().auth().oauth2(t.supervisor()).queryParam("taskId", taskId).queryParam("period", period)
                .queryParam("current", currentOnly).when().get("/api/progress/reports")
                .then().statusCode(200).extract().<Integer>path("pager.total");
    }

    @Test
    void shouldNotAddAVersionWhenTheSameImportArrivesAgain() throws IOException {
        Imported t = replayTable("completion-table-small");
        awaitTable(t);
        Recorded imported = t.event(PROGRESS_IMPORTED, "1");
        String task = imported.data().path("taskId").asText();
        // the very same event twice (a redelivery: one event id), the same text under a new event id (a re-run
        // import), then a marker: the same task's H1 import, on the same key, so it is read after all of them
        String redelivered = imported.cloudEvent(TASKS_SOURCE);
        KafkaTestClient.forTestBroker().send(imported.topic(), imported.key(), redelivered);
        KafkaTestClient.forTestBroker().send(imported.topic(), imported.key(), redelivered);
        send(imported);
        send(with(imported, Map.of("period", "H1", "text", "标记。")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reports(t, task, "H1", true) == 1);

        assertEquals(1, reports(t, task, "Q1", false), "Q1 versions of task 1");
        given().auth().oauth2(t.supervisor()).queryParam("taskId", task).queryParam("period", "Q1").queryParam("current", false)
                .when().get("/api/progress/reports")
                .then().statusCode(200).body("items[0].status", equalTo("IMPORTED")).body("items[0].version", equalTo(1));
        assertTableMatches(t);
    }

    @Test
    void shouldServeEachFormatWithItsContentType() {
        Imported t = replayTable("completion-table-small");
        awaitTable(t);
        Map<String, String> types = Map.of("csv", "text/csv", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "html", "text/html", "md", "text/markdown");
        types.forEach((format, type) -> given().auth().oauth2(t.supervisor()).queryParam("period", "Q1").queryParam("format", format)
                .when().get("/api/progress/plans/" + t.plan() + "/completion-table")
                .then().statusCode(200).contentType(containsString(type))
                .header("Content-Disposition", containsString("." + format))
                // the Chinese name as RFC 6266 filename*: "2018年《政府工作报告》…一览表(预览).csv"
                .header("Content-Disposition", containsString("filename*=UTF-8''2018%E5%B9%B4%E3%80%8A"))
                .header("Content-Disposition", containsString("%EF%BC%88%E9%A2%84%E8%A7%88%EF%BC%89." + format)));
        given().auth().oauth2(t.supervisor()).queryParam("period", "Q1").queryParam("format", "pdf")
                .when().get("/api/progress/plans/" + t.plan() + "/completion-table")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].message", equalTo("must be xlsx, csv, html or md / 格式无效"));
        // the caller's language (Accept-Language): one side of each message, said so in Content-Language
        given().auth().oauth2(t.supervisor()).header("Accept-Language", "zh-CN,zh;q=0.9").queryParam("period", "Q1")
                .queryParam("format", "pdf").when().get("/api/progress/plans/" + t.plan() + "/completion-table")
                .then().statusCode(400).header("Content-Language", "zh-CN")
                .body("violations[0].message", equalTo("格式无效")).body("detail", org.hamcrest.Matchers.not(containsString("must be")));
        given().auth().oauth2(t.supervisor()).header("Accept-Language", "en-US").queryParam("period", "Q1")
                .queryParam("format", "pdf").when().get("/api/progress/plans/" + t.plan() + "/completion-table")
                .then().statusCode(400).header("Content-Language", "en")
                .body("violations[0].message", equalTo("must be xlsx, csv, html or md")).body("detail", org.hamcrest.Matchers.not(containsString("格式")));
        given().auth().oauth2(t.supervisor()).queryParam("period", "M07")
                .when().get("/api/progress/plans/" + t.plan() + "/completion-table")
                .then().statusCode(422).contentType("application/problem+json");
    }

    /**
     * Two publications of one period's table at the same instant: both are made, as versions 1 and 2 — each had taken the
     * last version + 1, and the loser was refused by the unique key with its SQL error in the log (the break-it trial
     * after round 39 found the same race in report revisions).
     */
    @Test
    void shouldNumberTwoPublicationsMadeAtOnce() throws IOException {
        Imported t = replayTable("completion-table-small");
        awaitTable(t);
        java.util.function.IntSupplier publish = () -> given().auth().oauth2(t.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", t.plan(), "period", "Q1", "kind", "COMPLETION_TABLE"))
                .when().post("/api/progress/publications").then().extract().statusCode();
        List<Integer> codes = new java.util.ArrayList<>();
        List<String> sqlErrors = org.duban.testing.SqlErrorLog.during(() -> codes.addAll(
                org.duban.testing.Races.together(publish, publish)));
        assertEquals(List.of(201, 201), codes);
        assertEquals(List.of(), sqlErrors);
        given().queryParam("planId", t.plan()).when().get("/api/progress/publications")
                .then().statusCode(200).body("items.version", org.hamcrest.Matchers.contains(1, 2));
    }

    @Test
    void shouldFreezeAPublicationAndMakeACorrectionANewVersion() throws IOException {
        Imported t = replayTable("completion-table-small");
        awaitTable(t);
        String v1 = given().auth().oauth2(t.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", t.plan(), "period", "Q1", "kind", "COMPLETION_TABLE"))
                .when().post("/api/progress/publications").then().statusCode(201).body("version", equalTo(1)).extract().path("id");

        // a correction of row 2 arrives after publication: tasks-service's import event of row 2 with a new text
        String corrected = "普查领导小组已成立,清查摸底完成80%。";
        send(with(t.event(PROGRESS_IMPORTED, "2"), Map.of("text", corrected)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> dataRows(download(t, "csv")).get(1).get(7).equals(corrected));

        // the published version is frozen and still readable by anyone
        byte[] frozen = given().queryParam("format", "csv").when().get("/api/progress/publications/" + v1 + "/content")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals(t.rows(), dataRows(frozen));

        String v2 = given().auth().oauth2(t.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("planId", t.plan(), "period", "Q1", "kind", "COMPLETION_TABLE", "note", "更正第2项"))
                .when().post("/api/progress/publications").then().statusCode(201).body("version", equalTo(2)).extract().path("id");
        byte[] xlsx = given().queryParam("format", "xlsx").when().get("/api/progress/publications/" + v2 + "/content")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(corrected, wb.getSheetAt(0).getRow(XlsxTableWriter.HEADER_ROW + 2).getCell(7).getStringCellValue());
        }
        given().queryParam("planId", t.plan()).when().get("/api/progress/publications")
                .then().statusCode(200).body("pager.total", equalTo(2)).body("items.version", org.hamcrest.Matchers.contains(1, 2));
        // a unit cannot publish
        given().auth().oauth2(TestTokens.unitReporter(t.region(), "x")).contentType(ContentType.JSON)
                .body(Map.of("planId", t.plan(), "period", "Q1", "kind", "NOTICE"))
                .when().post("/api/progress/publications").then().statusCode(403);
    }
}
