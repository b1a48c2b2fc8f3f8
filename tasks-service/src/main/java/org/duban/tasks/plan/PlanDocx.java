package org.duban.tasks.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duban.tasks.plan.PlanDocument.Block;
import org.duban.tasks.plan.PlanDocument.Style;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a {@link PlanDocument} as DOCX (Apache POI XWPF) in the 公文 format of GB/T 9704-2012 as far as a template-free
 * file allows: A4 with 37/28/35/26 mm margins, the issuer mark in red 小标宋 22 pt centred, the title 小标宋 22 pt
 * centred, body 仿宋_GB2312 16 pt (三号) with a two-character first-line indent, level-1 headings in 黑体, level-2 in
 * 楷体_GB2312; the 办理方案 form of the annex as a real table (序号, 责任事项, …) with three numbered empty rows.
 */
public final class PlanDocx {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String FANGSONG = "仿宋_GB2312";
    private static final String XIAOBIAOSONG = "方正小标宋简体";

    private PlanDocx() {
    }

    /** The document's bytes. */
    public static byte[] write(PlanDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            for (Block b : document.blocks()) {
                paragraph(doc, b);
            }
            paragraph(doc, new Block(Style.TITLE, document.template().title()));
            document.template().headerFields().forEach(f -> paragraph(doc, new Block(Style.ANNEX, f + ":×××")));
            XWPFTable table = doc.createTable(4, document.template().columns().size());
            XWPFTableRow header = table.getRow(0);
            for (int c = 0; c < document.template().columns().size(); c++) {
                header.getCell(c).setText(document.template().columns().get(c));
            }
            for (int r = 1; r < 4; r++) {
                table.getRow(r).getCell(0).setText(String.valueOf(r));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, Block b) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText(b.text());
        run.setFontFamily(FANGSONG);
        run.setFontSize(16);
        switch (b.style()) {
            case ISSUER_MARK -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run.setFontFamily(XIAOBIAOSONG);
                run.setFontSize(26);
                run.setColor("C00000");
            }
            case DOC_NUMBER -> p.setAlignment(ParagraphAlignment.CENTER);
            case TITLE, PLAN_TITLE -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                run.setFontFamily(XIAOBIAOSONG);
                run.setFontSize(22);
            }
            case SIGNATURE -> p.setAlignment(ParagraphAlignment.RIGHT);
            case SECTION_1 -> {
                run.setFontFamily("黑体");
                p.setIndentationFirstLine(640);
            }
            case SECTION_2 -> {
                run.setFontFamily("楷体_GB2312");
                p.setIndentationFirstLine(640);
            }
            case BODY, TASK, SECTION_3 -> p.setIndentationFirstLine(640);
            default -> { }
        }
    }

    /** A4 portrait (210 × 297 mm) with the 公文 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
    }
}
