package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.tasks.unit.KnownUnits;
import org.junit.jupiter.api.Test;

class CompletionTableXlsxParserTest {
    private final CompletionTableXlsxParser parser = new CompletionTableXlsxParser(KnownUnits.NONE);

    static byte[] workbook(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("一览表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldReadTheFirstSheetWithAHeaderSplitOverTwoLinesInOneCell() {
        byte[] xlsx = workbook(List.of(
                List.of("2018年《政府工作报告》目标任务一季度完成情况一览表"),
                List.of("序号", "目标任务", "责任领导", "区政府办\n协管责任人", "牵头单位", "责任人", "相关单位", "完成情况"),
                List.of("1", "●完成普查", "方正春、邓建华", "王勇", "区统计局", "杨林立", "各乡、街道办事处", "已完成清查。"),
                List.of("2", "财政收入增长15%", "徐平", "陈曦", "区财政局", "杨大明", "区国税局、区地税局", "完成9亿元。"),
                List.of("备注:●项为省直部门年度考核内容")));
        ParsedPlan table = parser.parse(xlsx);
        assertEquals("TABLE_XLSX", table.format());
        assertEquals(2, table.taskCount());
        ParsedTask first = table.allTasks().get(0);
        assertEquals(List.of("方正春", "邓建华"), first.leaders());
        assertEquals("王勇", first.coordinator());
        assertEquals(List.of("●"), first.markers());
        assertTrue(first.relatedUnits().get(0).group());
        assertEquals(3, first.line());
        assertEquals("省直部门年度考核内容", table.markerLegend().get("●"));
        assertEquals("完成9亿元。", table.allTasks().get(1).progressText());
    }

    @Test
    void shouldAnswerAFormatErrorForBytesThatAreNoWorkbook() {
        assertThrows(ImportFormatException.class, () -> parser.parse("序号,目标任务".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ImportFormatException.class, () -> parser.parse(new byte[0]));
        byte[] zipButBroken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> parser.parse(zipButBroken));
        assertTrue(e.getMessage().contains("XLSX"));
    }

    @Test
    void shouldAnswerAFormatErrorForATruncatedWorkbook() {
        byte[] whole = workbook(List.of(List.of("序号", "目标任务"), List.of("1", "任务")));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThrows(ImportFormatException.class, () -> parser.parse(truncated));
    }
}
