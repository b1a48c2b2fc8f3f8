package org.duban.progress.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.progress.calendar.ReportingPeriod;
import org.duban.testing.Csv;
import org.duban.progress.fixtures.SeedTableRow;
import org.duban.progress.fixtures.SeedTableText;
import org.junit.jupiter.api.Test;

class CompletionTableRenderingTest {

    static CompletionTable tableOf(SeedTableText.Parsed parsed) {
        List<CompletionRow> rows = new ArrayList<>();
        for (SeedTableRow r : parsed.rows()) {
            rows.add(new CompletionRow(String.valueOf(r.number()), r.task(), String.join("、", r.leaders()), r.coordinator(),
                    r.leadUnit(), String.join("、", r.leadPersons()), r.relatedUnits(), r.progress()));
        }
        return new CompletionTable(CompletionTable.defaultTitle(2018, ReportingPeriod.Q1), rows, parsed.legend());
    }

    static CompletionTable smallTable() throws IOException {
        try (var in = CompletionTableRenderingTest.class.getResourceAsStream("/fixtures/completion-table-small.txt")) {
            return tableOf(SeedTableText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void csvStartsWithABomAndTheChineseHeadersInTheSeedOrder() throws IOException {
        byte[] csv = smallTable().render(PublicationFormat.CSV);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        List<List<String>> rows = Csv.parse(csv);
        assertEquals(List.of("序号", "目标任务", "责任领导", "协管责任人", "牵头单位", "责任人", "相关单位", "完成情况"), rows.get(0));
        assertEquals("▲完成全国第四次经济普查", rows.get(2).get(1));
        // quotes and line breaks survive the round trip
        assertEquals("成立了领导小组,做好\"各级\"各部门之间协调和沟通,确保普查稳步推进。", rows.get(2).get(7));
        assertEquals("已完成造林17.75万亩,占年度任务的114.5%。\n下一步巩固成果。", rows.get(3).get(7));
        assertEquals("备注:▲项为全国性重点工作;★项为区委经济会议工作报告中的目标任务", rows.get(4).get(0));
    }

    @Test
    void xlsxOpensWithPoiAndHasTheSameCellsAsTheCsv() throws IOException {
        CompletionTable table = smallTable();
        List<List<String>> csv = Csv.parse(table.render(PublicationFormat.CSV));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(table.render(PublicationFormat.XLSX)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(table.title(), sheet.getRow(0).getCell(0).getStringCellValue());
            for (int r = 0; r <= table.rows().size(); r++) {
                Row row = sheet.getRow(XlsxTableWriter.HEADER_ROW + r);
                for (int c = 0; c < 8; c++) {
                    assertEquals(csv.get(r).get(c), row.getCell(c).getStringCellValue(), "row " + r + " cell " + c);
                }
            }
        }
    }

    @Test
    void htmlEscapesAndKeepsLineBreaks() throws IOException {
        String html = new String(smallTable().render(PublicationFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("<th>协管责任人</th>"));
        assertTrue(html.contains("做好&quot;各级&quot;各部门"));
        assertTrue(html.contains("114.5%。<br>下一步巩固成果。"));
        assertTrue(html.contains("<p class=\"footnote\">备注:▲项为全国性重点工作"));
    }

    @Test
    void markdownHasOneTableLinePerRow() throws IOException {
        CompletionTable table = new CompletionTable("t", List.of(new CompletionRow("1", "a|b", "", "", "", "", "", "x\ny")), java.util.Map.of());
        String md = new String(table.render(PublicationFormat.MARKDOWN), StandardCharsets.UTF_8);
        assertTrue(md.contains("| 序号 | 目标任务 | 责任领导 | 协管责任人 | 牵头单位 | 责任人 | 相关单位 | 完成情况 |"));
        assertTrue(md.contains("| 1 | a\\|b |  |  |  |  |  | x<br>y |"), md);
    }

    @Test
    void taskTitleGetsItsMarkersUnlessItAlreadyHasThem() {
        assertEquals("▲★普查", CompletionRow.taskWithMarkers(List.of("▲", "★"), "普查"));
        assertEquals("▲普查", CompletionRow.taskWithMarkers(List.of("▲"), "▲普查"));
    }

    @Test
    void theSeedTableRendersBackWithEveryProgressTextIntact() throws IOException {
        SeedTableText.Parsed parsed = SeedTableText.parse(SeedTableText.seedTable());
        CompletionTable table = tableOf(parsed);
        List<List<String>> csv = Csv.parse(table.render(PublicationFormat.CSV));
        assertEquals(1 + 96 + 1, csv.size());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(table.render(PublicationFormat.XLSX)))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < 96; i++) {
                String seedText = parsed.rows().get(i).progress();
                assertEquals(seedText, csv.get(i + 1).get(7), "CSV row " + (i + 1));
                assertEquals(seedText, sheet.getRow(XlsxTableWriter.HEADER_ROW + 1 + i).getCell(7).getStringCellValue());
            }
        }
    }
}
