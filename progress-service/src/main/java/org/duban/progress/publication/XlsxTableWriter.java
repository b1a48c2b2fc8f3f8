package org.duban.progress.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet in the shape an office prints and sends: the title merged across the table (宋体 16 bold) in row 1, the
 * title block merged in row 2 (仿宋), the header row in row 3 (bold, shaded, frozen, with an autofilter), data from
 * row 4 with borders and wrapped text (仿宋 11), each part of the plan as a merged bold row across the table, the
 * footnotes after a blank row; column widths from the text, A4 landscape, fitted to one page wide, the header row
 * repeated on every printed page.
 *
 * <p>Every cell is a string cell, so 序号 "1" reads back exactly as the CSV has it, and, as in the CSV, a text that
 * could start a formula is written with a leading {@code '} ({@link SpreadsheetCells}), so that it stays text when
 * the cell is edited or the sheet is saved as CSV. Written with POI's streaming workbook (SXSSF): the cells are inline
 * strings, which every reader of XLSX takes as string cells.
 */
public final class XlsxTableWriter implements TableWriter {

    /** Row index (0-based) of the header row; data starts on the next row. */
    public static final int HEADER_ROW = 2;

    @Override
    public PublicationFormat format() {
        return PublicationFormat.XLSX;
    }

    @Override
    public byte[] write(TableDocument doc) {
        // streamed: the sheet's rows are written as XML text, not built as an XMLBeans tree (2-2.5x faster on a
        // 100-task table, deploy/bench/README.md); cells are inline strings, rows beyond the window go to a temp file
        // that close() deletes
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(doc.title()));
            int last = doc.headers().size() - 1;
            CellStyle titleStyle = style(wb, "宋体", 16, true, false, false);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle blockStyle = style(wb, "仿宋", 11, false, false, false);
            blockStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle headerStyle = style(wb, "宋体", 11, true, true, true);
            headerStyle.setAlignment(HorizontalAlignment.CENTER);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle cellStyle = style(wb, "仿宋", 11, false, true, true);
            CellStyle sectionStyle = style(wb, "宋体", 11, true, true, true);
            CellStyle noteStyle = style(wb, "仿宋", 10, false, false, false);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(SpreadsheetCells.safe(doc.title()));
            title.getCell(0).setCellStyle(titleStyle);
            title.setHeightInPoints(28);
            Row block = sheet.createRow(1);
            block.createCell(0).setCellValue(SpreadsheetCells.safe(doc.titleBlock()));
            block.getCell(0).setCellStyle(blockStyle);
            if (last > 0) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            }
            write(sheet.createRow(HEADER_ROW), doc.headers(), headerStyle);
            int r = HEADER_ROW + 1;
            for (int i = 0; i < doc.rows().size(); i++) {
                Row row = sheet.createRow(r);
                write(row, doc.rows().get(i), doc.isHeading(i) ? sectionStyle : cellStyle);
                if (doc.isHeading(i) && last > 0) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                }
                r++;
            }
            int lastDataRow = r - 1;
            r++;
            for (String note : doc.footnotes()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SpreadsheetCells.safe(note));
                row.getCell(0).setCellStyle(noteStyle);
            }
            for (int c = 0; c <= last; c++) {
                sheet.setColumnWidth(c, Math.min(255, columnWidthChars(doc, c)) * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastDataRow), 0, last));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, last));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(Workbook wb, String fontName, int points, boolean bold, boolean borders, boolean wrap) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setFontName(fontName);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (wrap) {
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
        if (borders) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(SpreadsheetCells.safe(cells.get(i)));
            row.getCell(i).setCellStyle(style);
        }
    }

    private static int columnWidthChars(TableDocument doc, int c) {
        // CJK characters are about two Latin characters wide; long narrative columns are capped and wrap;
        // a heading row's text spans the table and does not widen its first column
        int max = doc.headers().get(c).length() * 2 + 4;
        for (int i = 0; i < doc.rows().size(); i++) {
            if (!doc.isHeading(i)) {
                max = Math.max(max, Math.min(60, doc.rows().get(i).get(c).length() * 2 + 2));
            }
        }
        return max;
    }

    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
