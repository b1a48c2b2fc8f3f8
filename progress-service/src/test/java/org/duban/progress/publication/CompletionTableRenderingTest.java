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
        List<CompletionTable.Line> rows = new ArrayList<>();
        for (SeedTableRow r : parsed.rows()) {
            rows.add(new CompletionRow(String.valueOf(r.number()), r.task(), String.join("、", r.leaders()), r.coordinator(),
                    r.leadUnit(), String.join("、", r.leadPersons()), "", r.relatedUnits(), r.progress()));
        }
        return new CompletionTable(CompletionTable.defaultTitle(2018, ReportingPeriod.Q1), "", rows, parsed.legend());
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
        assertTrue(html.contains("<th scope=\"col\">协管责任人</th>"));
        assertTrue(html.contains("做好&quot;各级&quot;各部门"));
        assertTrue(html.contains("114.5%。<br>下一步巩固成果。"));
        assertTrue(html.contains("<p class=\"footnote\">备注:▲项为全国性重点工作"));
    }

    @Test
    void markdownHasOneTableLinePerRow() throws IOException {
        CompletionTable table = new CompletionTable("t", "", List.of(new CompletionRow("1", "a|b", "", "", "", "", "", "", "x\ny")), java.util.Map.of());
        String md = new String(table.render(PublicationFormat.MARKDOWN), StandardCharsets.UTF_8);
        assertTrue(md.contains("| 序号 | 目标任务 | 责任领导 | 协管责任人 | 牵头单位 | 责任人 | 相关单位 | 完成情况 |"));
        assertTrue(md.contains("| 1 | a\\|b |  |  |  |  |  | x<br>y |"), md);
    }

    /** A plan of parts, as the 2019 decomposition plan is: the shape an office sends (issue 15 item 4). */
    static CompletionTable planOfParts() {
        List<CompletionTable.Line> lines = List.of(
                new CompletionTable.Heading("一、主要预期目标"),
                new CompletionRow("1", "地区生产总值增长8%", "徐  平", "陈  曦", "区发改委", "", "", "区统计局(数据统计评估牵头单位)", "增长8.2%。"),
                new CompletionTable.Heading("二、重点工作"),
                new CompletionTable.Heading("(一)推动高质量发展"),
                new CompletionRow("1", "新开工项目50个", "", "", "区发改委", "", "各乡、街道办事处", "", "已开工12个。"));
        return new CompletionTable("2019年《政府工作报告》目标任务一季度完成情况一览表",
                "计划:2019年政府工作报告目标任务分解;区划代码:420102;报告期:一季度(报送截止2019年4月10日);数据截至2019年4月11日",
                lines, java.util.Map.of("▲", "全国性重点工作"));
    }

    @Test
    void aPlanOfPartsHasItsSectionRowsInPlanOrderAndA责任单位Column() throws IOException {
        CompletionTable table = planOfParts();
        List<List<String>> csv = Csv.parse(table.render(PublicationFormat.CSV));
        assertEquals(CompletionTable.COLUMNS, csv.get(0), "责任单位 is a column once a task has one");
        assertEquals(List.of("一、主要预期目标", "1", "二、重点工作", "(一)推动高质量发展", "1"),
                csv.subList(1, 6).stream().map(r -> r.get(0)).toList(), "parts in plan order, no interleaving");
        assertEquals(List.of("一、主要预期目标", "", "", "", "", "", "", "", ""), csv.get(1), "a section row is its heading alone");
        assertEquals("各乡、街道办事处", csv.get(5).get(6));
        assertEquals(CompletionTable.HEADERS, Csv.parse(smallTable().render(PublicationFormat.CSV)).get(0),
                "no 责任单位 column when no task has one: the seed's eight columns");
    }

    @Test
    void xlsxIsReadyToPrintAndSend() throws IOException {
        CompletionTable table = planOfParts();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(table.render(PublicationFormat.XLSX)))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(table.title(), sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(table.titleBlock(), sheet.getRow(1).getCell(0).getStringCellValue());
            List<String> merged = sheet.getMergedRegions().stream().map(r -> r.formatAsString()).toList();
            assertTrue(merged.containsAll(List.of("A1:I1", "A2:I2", "A4:I4", "A6:I6", "A7:I7")), merged.toString());
            assertEquals("序号", sheet.getRow(XlsxTableWriter.HEADER_ROW).getCell(0).getStringCellValue());
            assertEquals(XlsxTableWriter.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header frozen");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter on the header");
            assertEquals("A3:I8", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals("3:3", sheet.getRepeatingRows().formatAsString().replace("$", ""), "header repeated on every page");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            org.apache.poi.ss.usermodel.CellStyle cell = sheet.getRow(4).getCell(1).getCellStyle();
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, cell.getBorderLeft());
            assertEquals("仿宋", wb.getFontAt(cell.getFontIndex()).getFontName());
            assertEquals("宋体", wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName());
        }
    }

    @Test
    void htmlHasTheTitleBlockSectionRowsAndAPrintStylesheet() {
        String html = new String(planOfParts().render(PublicationFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"title-block\">计划:2019年政府工作报告目标任务分解"), html);
        assertTrue(html.contains("<tr class=\"section\"><th scope=\"colgroup\" colspan=\"9\">(一)推动高质量发展</th></tr>"), html);
        assertTrue(html.contains("@page { size: A4 landscape"));
        assertTrue(html.contains("thead { display: table-header-group; }"));
    }

    @Test
    void twoCharacterNamesArePrintedAsTheSeedTablePrintsThem() {
        assertEquals("徐  平", PrintedNames.person("徐平"));
        assertEquals("徐  平", PrintedNames.person("徐  平"));
        assertEquals("杨大明", PrintedNames.person("杨大明"));
        assertEquals("欧阳", PrintedNames.person("欧阳").replace("  ", ""), "a two-character name is spread, whatever it is");
        assertEquals("Li Na", PrintedNames.person("Li Na"));
        assertEquals("许国辉、周  锐", PrintedNames.people(List.of("许国辉", "周锐", " ")));
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
