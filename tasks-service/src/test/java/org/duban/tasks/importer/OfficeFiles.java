package org.duban.tasks.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Office files as Office saves them, for the structures a simple writer never produces: a Word package written as raw
 * WordprocessingML (content controls, custom XML, automatic numbering, vertically merged and spanning cells, a table
 * inside a cell, a one-cell layout table) and a workbook with merged regions and formulas with cached values.
 */
final class OfficeFiles {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private OfficeFiles() {}

    /** A .docx package of {@code body} (the children of w:body) and {@code numbering} (w:numbering's children, or null). */
    static byte[] docx(String body, String numbering) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
                    </Relationships>""");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>");
            put(zip, "word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:numbering xmlns:w=\"" + W + "\">" + (numbering == null ? "" : numbering) + "</w:numbering>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A paragraph of plain text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A paragraph numbered by Word (list {@code numId}, level {@code level}): the number is not in its text. */
    static String numbered(int numId, int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** One level of an abstract list: its format (decimal, chineseCounting …), text ("%1.") and start. */
    static String level(int level, String format, String text, int start) {
        return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    /** An abstract list of {@code levels} and the list instance {@code numId} using it. */
    static String list(int numId, String levels) {
        return "<w:abstractNum w:abstractNumId=\"" + numId + "\">" + levels + "</w:abstractNum>";
    }

    static String num(int numId) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + numId + "\"/></w:num>";
    }

    /** Cells: a plain one, one spanning columns, one starting and one continuing a vertical merge. */
    static String tc(String content) {
        return "<w:tc>" + content + "</w:tc>";
    }

    static String tc(String text, int gridSpan) {
        return "<w:tc><w:tcPr><w:gridSpan w:val=\"" + gridSpan + "\"/></w:tcPr>" + p(text) + "</w:tc>";
    }

    static String mergeStart(String text) {
        return "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p(text) + "</w:tc>";
    }

    static String mergeContinue() {
        return "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String... rows) {
        return "<w:tbl>" + String.join("", rows) + "</w:tbl>";
    }

    /** A block-level content control around {@code content}, as templates put around whole sections. */
    static String sdt(String content) {
        return "<w:sdt><w:sdtPr><w:alias w:val=\"任务\"/></w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";
    }

    /** A workbook from TAB-separated rows; "=…" cells are formulas with the given cached text after "|". */
    static byte[] xlsx(String rows, int[]... merges) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("分工");
            int r = 0;
            for (String line : rows.lines().toList()) {
                Row row = sheet.createRow(r++);
                String[] cells = line.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].startsWith("=")) {
                        String[] formula = cells[c].substring(1).split("\\|", 2);
                        var cell = row.createCell(c);
                        cell.setCellFormula(formula[0]);
                        // on a formula cell POI stores the value as the formula's cached result, as Excel does
                        cell.setCellValue(formula[1]);
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            for (int[] m : merges) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
