package org.duban.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Uploads that are wrong in the ways real ones are: XLSX and DOCX that are random bytes behind a zip header, truncated,
 * missing parts, full of hostile cells, or a small zip that inflates to 50 MB; CSV and text with formula cells, huge
 * rows, invalid UTF-8, GB18030, NUL bytes and unbalanced quotes. Each method returns the file's bytes.
 */
public final class BrokenFiles {
    private BrokenFiles() {}

    private static final String HEADER = "序号,目标任务,责任领导,区政府办协管责任人,牵头单位,责任人,相关单位,完成情况";

    /** One broken or hostile spreadsheet (XLSX container). */
    public static byte[] xlsx(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> withZipHeader(random, 2_000);
            case 1 -> truncate(random, workbook(random, hostileRows(random, 20)));
            case 2 -> zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook><sheets><sheet name=\"&xxe;\"/>");
            case 3 -> bomb();
            case 4 -> zip("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<workbook>&xxe;</workbook>");
            case 5 -> workbook(random, new String[][] {HEADER.split(","), {"1", "=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-1", "=HYPERLINK(\"http://x\")", "", ""}});
            default -> workbook(random, hostileRows(random, 1 + random.nextInt(50)));
        };
    }

    /** One broken word-processing document (DOCX container). */
    public static byte[] docx(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> withZipHeader(random, 1_500);
            case 1 -> zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document><w:body><w:p>未闭合");
            case 2 -> truncate(random, zip("[Content_Types].xml", "<Types/>", "word/document.xml",
                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                            + "一、主要预期目标".repeat(200) + "</w:t></w:r></w:p></w:body></w:document>"));
            default -> bomb();
        };
    }

    /** One hostile CSV (completion-table columns, or none). */
    public static byte[] csv(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> (HEADER + "\n1,=cmd|' /C calc'!A0,@SUM(1+1),+1+1,-1+1,\"=HYPERLINK(\"\"http://x\"\")\",,\n").getBytes(StandardCharsets.UTF_8);
            case 1 -> (HEADER + "\n1," + "很长的任务".repeat(40_000) + ",张三,李四,区发改局,王五,,\n").getBytes(StandardCharsets.UTF_8);
            case 2 -> concat((HEADER + "\n1,").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0},
                    ",张三,李四,区发改局,王五,,\n".getBytes(StandardCharsets.UTF_8));
            case 3 -> (HEADER + "\n1,建设\"物流园,张三\n2,\"未闭合引号\n").getBytes(StandardCharsets.UTF_8);
            case 4 -> (HEADER + "\n1,建设物流园,张三,李四,区发改局,王五,,\n").getBytes(Charset.forName("GB18030"));
            case 5 -> (HEADER + "," + "x,".repeat(10_000) + "\n1" + ",a".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8);
            case 6 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (HEADER + "\r1,\u0000,\u202E,😀,\uFEFF,,,\r").getBytes(StandardCharsets.UTF_8));
            case 7 -> {
                StringBuilder rows = new StringBuilder(HEADER).append('\n');
                for (int i = 1; i <= 12_000; i++) {
                    rows.append(i).append(",任务").append(i).append(",张三,李四,区发改局,王五,,\n");
                }
                yield rows.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> randomBytes(random, 1 + random.nextInt(4_000));
        };
    }

    /** Hostile plain text: a plan text with damage, control characters, or random bytes. */
    public static byte[] text(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> ("一、主要预期目标\n1.地区生产总值增长" + Hostile.pick(random, Hostile.STRINGS) + "(牵头单位:" + Hostile.pick(random, Hostile.STRINGS)
                    + ";责任单位:区发改局\n").getBytes(StandardCharsets.UTF_8);
            case 1 -> ("二、重点工作\n(一)" + "(".repeat(5_000) + "\n1.建设物流园(牵头单位:区发改局、、、;责任单位:").getBytes(StandardCharsets.UTF_8);
            case 2 -> concat("一、主要预期目标\n1.".getBytes(StandardCharsets.UTF_8), randomBytes(random, 500));
            case 3 -> ("1." + "任务".repeat(60_000) + "\n").getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder text = new StringBuilder("一、重点工作\n");
                for (int i = 1; i <= 11_000; i++) {
                    text.append(i).append(".任务").append(i).append("(牵头单位:区发改局)\n");
                }
                yield text.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** Random bytes behind a zip local-file header, as a spreadsheet or document whose body was lost. */
    static byte[] withZipHeader(Random random, int length) {
        byte[] bytes = randomBytes(random, length);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] truncate(Random random, byte[] whole) {
        return Arrays.copyOf(whole, 1 + random.nextInt(Math.max(1, whole.length - 1)));
    }

    private static String[][] hostileRows(Random random, int count) {
        String[][] rows = new String[count + 1][];
        rows[0] = HEADER.split(",");
        for (int r = 1; r <= count; r++) {
            rows[r] = new String[8];
            for (int c = 0; c < 8; c++) {
                rows[r][c] = random.nextInt(3) == 0 ? Hostile.pick(random, Hostile.STRINGS) : c == 0 ? String.valueOf(r) : "区发改局";
            }
        }
        return rows;
    }

    /** A minimal XLSX with inline-string cells; control characters that XML cannot hold are written as they are. */
    static byte[] workbook(Random random, String[][] rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.length; r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                String cell = rows[r][c];
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                if (cell.startsWith("=")) {
                    sheet.append("<c r=\"").append(ref).append("\"><f>").append(xml(cell.substring(1))).append("</f></c>");
                } else {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(xml(cell)).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        return zip("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>",
                "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>",
                "xl/worksheets/sheet1.xml", sheet.toString());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A zip of a few kilobytes whose one entry inflates to 50 MB of zeros (made once). */
    static byte[] bomb() {
        return Bomb.BYTES;
    }

    private static final class Bomb {
        static final byte[] BYTES = make();
    }

    private static byte[] make() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip of name/content pairs. */
    static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i + 1 < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
