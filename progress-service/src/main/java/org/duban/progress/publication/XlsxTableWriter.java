package org.duban.progress.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet: the title in row 1, headers in row 2, data from row 3, footnotes after a blank row.
 * Every cell is a string cell, so 序号 "1" reads back exactly as the CSV has it, and, as in the CSV, a text that
 * could start a formula is written with a leading {@code '} ({@link SpreadsheetCells}), so that it stays text when
 * the cell is edited or the sheet is saved as CSV.
 */
public final class XlsxTableWriter implements TableWriter {

    /** Row index (0-based) of the header row; data starts on the next row. */
    public static final int HEADER_ROW = 1;

    @Override
    public PublicationFormat format() {
        return PublicationFormat.XLSX;
    }

    @Override
    public byte[] write(TableDocument doc) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(doc.title()));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(SpreadsheetCells.safe(doc.title()));
            title.getCell(0).setCellStyle(bold);
            write(sheet.createRow(HEADER_ROW), doc.headers(), bold);
            int r = HEADER_ROW + 1;
            for (List<String> row : doc.rows()) {
                write(sheet.createRow(r++), row, wrap);
            }
            r++;
            for (String note : doc.footnotes()) {
                sheet.createRow(r++).createCell(0).setCellValue(SpreadsheetCells.safe(note));
            }
            for (int c = 0; c < doc.headers().size(); c++) {
                sheet.setColumnWidth(c, Math.min(255, columnWidthChars(doc, c)) * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(SpreadsheetCells.safe(cells.get(i)));
            row.getCell(i).setCellStyle(style);
        }
    }

    private static int columnWidthChars(TableDocument doc, int c) {
        // CJK characters are about two Latin characters wide; long narrative columns are capped and wrap
        int max = doc.headers().get(c).length() * 2 + 2;
        for (List<String> row : doc.rows()) {
            max = Math.max(max, Math.min(60, row.get(c).length() * 2 + 2));
        }
        return max;
    }

    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
