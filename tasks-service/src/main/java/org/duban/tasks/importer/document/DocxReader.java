package org.duban.tasks.importer.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.duban.tasks.importer.ImportFormatException;
import org.duban.tasks.importer.document.DocumentModel.Block;
import org.duban.tasks.importer.document.DocumentModel.FileType;
import org.duban.tasks.importer.document.DocumentModel.Note;
import org.duban.tasks.importer.document.DocumentModel.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word (.docx) document as the structural model, read the way Word shows it (Apache POI XWPF over the body XML):
 * <ul>
 *   <li>paragraphs and tables in reading order, including those inside content controls ({@code w:sdt}) and custom
 *       XML ({@code w:customXml}) that templates wrap around whole sections;</li>
 *   <li>Word's automatic numbering ({@code w:numPr}: 1. 一、 (1) ① 第1项 …) written out before the paragraph's text, as
 *       the reader sees it — the numbers are not in the text itself;</li>
 *   <li>table cells spanning columns ({@code gridSpan}) or merged down ({@code vMerge}) laid on a rectangular grid
 *       ({@link SpanGrid}); a table inside a cell is read as lines of that cell; a table of one column used only to lay
 *       out a page is read as the body it holds.</li>
 * </ul>
 * Block line numbers are the position of the paragraph or table row in the document (1-based).
 */
final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFDocument doc;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private int position;

    private DocxReader(XWPFDocument doc) {
        this.doc = doc;
    }

    /**
     * Reads a .docx file.
     *
     * @throws ImportFormatException when the bytes are not a readable Word document (answered as 422)
     */
    static DocumentModel read(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxReader reader = new DocxReader(doc);
            reader.body(doc.getDocument().getBody());
            reader.flush();
            return new DocumentModel(FileType.DOCX, null, reader.blocks, reader.notes);
        } catch (IOException | RuntimeException e) {
            throw new ImportFormatException("无法读取DOCX文件 / the file could not be read as a DOCX document: "
                    + "damaged, or too large once unpacked / 文件损坏或解压后过大", e);
        }
    }

    /** The block-level children of the body, a content control's content or a custom XML element. */
    private void body(XmlObject container) {
        for (XmlObject child : children(container)) {
            switch (localName(child)) {
                case "p" -> paragraph((CTP) child);
                case "tbl" -> table((CTTbl) child);
                case "sdt", "sdtContent", "customXml", "smartTag" -> body(child);
                default -> { }
            }
        }
    }

    private void paragraph(CTP p) {
        position++;
        XWPFParagraph paragraph = new XWPFParagraph(p, doc);
        String text = paragraph.getText();
        String label = numberLabel(paragraph);
        if (label != null && !text.strip().startsWith(label)) {
            text = label + text;
        }
        for (String l : text.split("\\r?\\n|\\u000b", -1)) {
            lines.add(l);
            numbers.add(position);
        }
    }

    private void table(CTTbl tbl) {
        List<List<XmlObject>> rows = new ArrayList<>();
        for (XmlObject row : cellsOf(tbl, "tr")) {
            rows.add(cellsOf(row, "tc"));
        }
        if (!rows.isEmpty() && rows.stream().allMatch(r -> r.size() <= 1)) {
            // a one-column table laying out the page: the body it holds
            rows.forEach(r -> r.forEach(this::body));
            return;
        }
        flush();
        SpanGrid grid = new SpanGrid();
        int start = position + 1;
        for (List<XmlObject> row : rows) {
            position++;
            grid.startRow(position);
            for (XmlObject c : row) {
                CTTc tc = (CTTc) c;
                CTTcPr pr = tc.getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                if (pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE)) {
                    grid.mergedFromAbove(span);
                } else {
                    grid.cell(cellText(tc), span, 1);
                }
            }
            grid.endRow();
        }
        List<DocumentModel.Row> built = grid.rows();
        if (!built.isEmpty()) {
            blocks.add(new Table(start, built));
        }
    }

    /** A cell's paragraphs as lines; a table inside it as one line per row, cells separated by spaces. */
    private String cellText(XmlObject cell) {
        List<String> out = new ArrayList<>();
        for (XmlObject child : children(cell)) {
            switch (localName(child)) {
                case "p" -> {
                    XWPFParagraph p = new XWPFParagraph((CTP) child, doc);
                    String label = numberLabel(p);
                    String text = p.getText();
                    out.add(label != null && !text.strip().startsWith(label) ? label + text : text);
                }
                case "tbl" -> {
                    for (XmlObject row : cellsOf(child, "tr")) {
                        List<String> cells = new ArrayList<>();
                        for (XmlObject tc : cellsOf(row, "tc")) {
                            cells.add(cellText(tc).replace('\n', ' ').strip());
                        }
                        out.add(String.join(" ", cells).strip());
                    }
                }
                case "sdt", "sdtContent", "customXml" -> out.add(cellText(child));
                default -> { }
            }
        }
        return String.join("\n", out).strip();
    }

    /** The {@code name} children of {@code parent}, looking through content controls and custom XML around them. */
    private static List<XmlObject> cellsOf(XmlObject parent, String name) {
        List<XmlObject> out = new ArrayList<>();
        for (XmlObject child : children(parent)) {
            String local = localName(child);
            if (local.equals(name)) {
                out.add(child);
            } else if (local.equals("sdt") || local.equals("sdtContent") || local.equals("customXml")) {
                out.addAll(cellsOf(child, name));
            }
        }
        return out;
    }

    private static List<XmlObject> children(XmlObject parent) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor cursor = parent.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    if (W.equals(cursor.getName().getNamespaceURI())) {
                        out.add(cursor.getObject());
                    }
                } while (cursor.toNextSibling());
            }
        }
        return out;
    }

    private static String localName(XmlObject o) {
        try (XmlCursor cursor = o.newCursor()) {
            return cursor.getName().getLocalPart();
        }
    }

    /**
     * The number Word shows before a numbered paragraph ("3." "三、" "(2)" "②"), counted the way Word counts: per
     * abstract list and level, deeper levels restarting when a higher one advances, from the level's start value.
     * Null for bullets, for no numbering and for formats without a number.
     */
    private String numberLabel(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numId == null || numId.signum() == 0) {
            return null;
        }
        String format = p.getNumFmt();
        String pattern = p.getNumLevelText();
        if (format == null || pattern == null || format.equals("bullet") || format.equals("none")) {
            return null;
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        String list = abstractListOf(numId);
        int[] count = counters.computeIfAbsent(list, k -> new int[9]);
        if (count[level] == 0) {
            count[level] = start(numId, level) - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        String label = pattern;
        for (int k = level; k >= 0; k--) {
            String value = k == level ? NumberFormats.format(count[k], format) : Integer.toString(Math.max(1, count[k]));
            label = label.replace("%" + (k + 1), value);
        }
        return label;
    }

    private String abstractListOf(BigInteger numId) {
        XWPFNumbering numbering = doc.getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "num:" + numId;
        }
        return "abstract:" + num.getCTNum().getAbstractNumId().getVal();
    }

    private int start(BigInteger numId, int level) {
        try {
            XWPFNumbering numbering = doc.getNumbering();
            XWPFNum num = numbering.getNum(numId);
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                    return lvl.getStart().getVal().intValue();
                }
            }
        } catch (RuntimeException missing) {
            // numbering part or level without a start: Word starts at 1
        }
        return 1;
    }

    private void flush() {
        if (lines.isEmpty()) {
            return;
        }
        blocks.addAll(TextBlocks.of(List.copyOf(lines), numbers.stream().mapToInt(Integer::intValue).toArray(), notes));
        lines.clear();
        numbers.clear();
    }

    /** Word's number formats ({@code w:numFmt}) written out. */
    static final class NumberFormats {
        private static final String DIGITS = "〇一二三四五六七八九";

        private NumberFormats() {}

        static String format(int n, String format) {
            return switch (format) {
                case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                        "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
                case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                        n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
                case "decimalEnclosedParen" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
                case "decimalEnclosedFullstop" -> n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
                case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
                case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
                case "lowerLetter" -> letters(n, 'a');
                case "upperLetter" -> letters(n, 'A');
                default -> Integer.toString(n);
            };
        }

        /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
        static String chinese(int n) {
            if (n <= 0 || n >= 1000) {
                return Integer.toString(n);
            }
            int hundreds = n / 100;
            int tens = n / 10 % 10;
            int ones = n % 10;
            StringBuilder s = new StringBuilder();
            if (hundreds > 0) {
                s.append(DIGITS.charAt(hundreds)).append('百');
                if (tens == 0 && ones > 0) {
                    s.append('零');
                }
            }
            if (tens > 0) {
                if (tens > 1 || hundreds > 0) {
                    s.append(DIGITS.charAt(tens));
                }
                s.append('十');
            }
            if (ones > 0) {
                s.append(DIGITS.charAt(ones));
            }
            return s.toString();
        }

        private static String digits(int n) {
            StringBuilder s = new StringBuilder();
            for (char c : Integer.toString(n).toCharArray()) {
                s.append(DIGITS.charAt(c - '0'));
            }
            return s.toString();
        }

        private static String fullWidth(int n) {
            StringBuilder s = new StringBuilder();
            for (char c : Integer.toString(n).toCharArray()) {
                s.append((char) ('０' + c - '0'));
            }
            return s.toString();
        }

        private static String letters(int n, char a) {
            return n >= 1 && n <= 26 ? String.valueOf((char) (a + n - 1)) : Integer.toString(n);
        }
    }
}
