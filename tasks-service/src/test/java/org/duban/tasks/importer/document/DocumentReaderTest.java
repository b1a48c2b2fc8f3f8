package org.duban.tasks.importer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.duban.tasks.importer.ImportFormatException;
import org.duban.tasks.importer.document.DocumentModel.FileType;
import org.duban.tasks.importer.document.DocumentModel.Note;
import org.duban.tasks.importer.document.DocumentModel.Paragraph;
import org.duban.tasks.importer.document.DocumentModel.Table;
import org.junit.jupiter.api.Test;

/** Bytes as they arrive, to the one structural model — and what is refused rather than read as mojibake. */
class DocumentReaderTest {
    private static final String PLAN = "一、重点工作\n1.新增城镇就业8000人。(牵头单位:区人社局)\n";

    @Test
    void shouldDetectGbkAndUtf8AndHonourADeclaredCharset() {
        DocumentModel gbk = DocumentReader.read(PLAN.getBytes(Charset.forName("GBK")), "plan.txt", null);
        assertEquals(FileType.GBK, gbk.fileType());
        assertEquals("1.新增城镇就业8000人。(牵头单位:区人社局)", ((Paragraph) gbk.blocks().get(1)).text());
        DocumentModel utf8 = DocumentReader.read(PLAN.getBytes(StandardCharsets.UTF_8), "plan.txt", null);
        assertEquals(FileType.TXT, utf8.fileType());
        assertEquals(2, utf8.blocks().size());
        // declared GBK wins over detection; the HTTP default ISO-8859-1 that clients append unasked does not
        assertEquals(FileType.GBK, DocumentReader.read(PLAN.getBytes(Charset.forName("GBK")), null, "text/plain; charset=GBK").fileType());
        assertEquals(FileType.GBK, DocumentReader.read(PLAN.getBytes(Charset.forName("GBK")), null,
                "text/plain; charset=ISO-8859-1").fileType());
        // a wrong declaration (UTF-8 on GBK bytes, as a page saved with the wrong <meta charset>): the bytes decide
        DocumentModel misdeclared = DocumentReader.read(PLAN.getBytes(Charset.forName("GBK")), null, "text/plain; charset=UTF-8");
        assertEquals(FileType.GBK, misdeclared.fileType());
        assertEquals("1.新增城镇就业8000人。(牵头单位:区人社局)", ((Paragraph) misdeclared.blocks().get(1)).text());
    }

    @Test
    void shouldRefuseWhatItCannotReadInsteadOfStoringMojibake() {
        assertThrows(UnsupportedFileException.class, () -> DocumentReader.read("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "a.pdf", null));
        assertThrows(UnsupportedFileException.class, () -> DocumentReader.read(new byte[] {1, 0, 2, 0, 3}, "a.bin", null));
        assertThrows(UnsupportedFileException.class,
                () -> DocumentReader.read("Café société résumé naïve".getBytes(StandardCharsets.ISO_8859_1), "latin.txt", null));
        byte[] ole2NotAWorkbook = new byte[512];
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        for (int i = 0; i < magic.length; i++) {
            ole2NotAWorkbook[i] = (byte) magic[i];
        }
        assertThrows(UnsupportedFileException.class, () -> DocumentReader.read(ole2NotAWorkbook, "old.doc", null));
        assertThrows(UnsupportedFileException.class, () -> DocumentReader.read(zip("other.txt"), "a.zip", null));
        assertThrows(ImportFormatException.class, () -> DocumentReader.read(zip("word/document.xml"), "broken.docx", null));
        assertThrows(ImportFormatException.class, () -> DocumentReader.read(new byte[0], "empty.txt", null));
    }

    @Test
    void shouldTurnPipeAndOneCellPerLineTablesBackIntoTables() {
        DocumentModel pipes = DocumentReader.read(("标题\n| 序号 | 主要工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 建成数据中心 | 区数据局 |\n")
                .getBytes(StandardCharsets.UTF_8), "t.txt", null);
        Table t = assertInstanceOf(Table.class, pipes.blocks().get(1));
        assertEquals(List.of("序号", "主要工作任务", "责任单位"), t.rows().get(0).cells());
        assertEquals(List.of("1", "建成数据中心", "区数据局"), t.rows().get(1).cells());
        DocumentModel flat = DocumentReader.read(("序号\n\n主要工作任务\n\n牵头单位\n\n1\n\n建成数据中心\n\n区数据局、\n区财政局\n\n"
                + "2\n\n新建泊位\n\n区城管委\n\n备注:无\n").getBytes(StandardCharsets.UTF_8), "f.txt", null);
        Table f = assertInstanceOf(Table.class, flat.blocks().get(0));
        assertEquals(3, f.rows().size());
        assertEquals(List.of("1", "建成数据中心", "区数据局、区财政局"), f.rows().get(1).cells(), "a wrapped unit list is one cell");
        assertEquals("备注:无", ((Paragraph) flat.blocks().get(1)).text());
    }

    @Test
    void shouldKeepHtmlTablesAndLeaveThePageChromeOutWithANote() {
        String html = "<html><head><meta charset=\"gbk\"></head><body><nav>导航</nav><p>首页 &gt; 政务公开</p>"
                + "<p>一、重点工作</p><table><tr><td>序号</td><td colspan=\"2\">任务</td></tr>"
                + "<tr><td>1</td><td>建成<br>数据中心</td><td>区数据局</td></tr></table><p>【打印】【关闭】</p></body></html>";
        DocumentModel page = DocumentReader.read(html.getBytes(Charset.forName("GBK")), "p.html", null);
        assertEquals(FileType.HTML, page.fileType());
        assertEquals("一、重点工作", ((Paragraph) page.blocks().get(0)).text());
        Table t = assertInstanceOf(Table.class, page.blocks().get(1));
        assertEquals(List.of("序号", "任务", ""), t.rows().get(0).cells(), "a colspan keeps the columns in place");
        assertEquals("建成\n数据中心", t.rows().get(1).cell(1));
        assertEquals(2, page.notes().stream().filter(n -> n.kind() == Note.Kind.PAGE_CHROME).count());
        assertTrue(page.blocks().stream().noneMatch(b -> b instanceof Paragraph p && p.text().contains("导航")));
    }

    @Test
    void shouldLeaveOutWhatAPageHidesAndSayIt() {
        String html = "<html><body><p>1.新建高标准农田3<span style=\"display: none\">888bet体育</span>万亩。</p>"
                + "<div style=\"display:none\"><p>打印版</p></div></body></html>";
        DocumentModel page = DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "p.html", null);
        assertEquals("1.新建高标准农田3万亩。", ((Paragraph) page.blocks().get(0)).text());
        assertEquals(1, page.blocks().size());
        assertEquals(List.of(Note.Kind.HIDDEN_TEXT, Note.Kind.PAGE_CHROME), page.notes().stream().map(Note::kind).toList());
    }

    @Test
    void shouldNumberTheItemsOfAnOrderedListAsThePageShowsThem() {
        String html = "<html><body><p>一、工业经济</p><ol><li>新增企业12家。</li><li>建设厂房,<br />年内入驻。</li></ol>"
                + "<p>二、农业农村</p><ol start=\"4\"><li><p>新建农田3.5万亩。</p></li><li value=\"9\">改厕6000户。</li>"
                + "<li>7.已编号的任务。</li></ol><ul><li>无序项</li></ul><ol type=\"a\"><li>字母项</li></ol></body></html>";
        DocumentModel page = DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "p.html", null);
        List<String> lines = page.blocks().stream().map(b -> ((Paragraph) b).text()).toList();
        assertEquals(List.of("一、工业经济", "1.新增企业12家。", "2.建设厂房,", "年内入驻。", "二、农业农村", "4.新建农田3.5万亩。",
                "9.改厕6000户。", "7.已编号的任务。", "无序项", "字母项"), lines);
    }

    @Test
    void shouldLeavePageNumbersOfAPrintedFileOutWithANote() {
        DocumentModel text = DocumentReader.read("一、重点工作\n— 2 —\n- 3 -\n第 4 页 共 9 页\n1.新增就业5000人。\n"
                .getBytes(StandardCharsets.UTF_8), "t.txt", null);
        assertEquals(List.of("一、重点工作", "1.新增就业5000人。"),
                text.blocks().stream().map(b -> ((Paragraph) b).text()).toList());
        assertEquals(3, text.notes().stream().filter(n -> n.kind() == Note.Kind.PAGE_CHROME).count());
    }

    private static byte[] zip(String entry) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldReadACsvWithTheSeparatorItsSepLineNames() {
        String csv = "sep=;\r\n序号;任务内容;牵头单位\r\n1;新开工项目60个,完成投资400亿元;市发展改革委\r\n"
                + "2;\"推进\"\"一老一小\"\"服务,\n新增托位3000个\";市卫生健康委\r\n";
        DocumentModel model = DocumentReader.read(csv.getBytes(StandardCharsets.UTF_8), "export.csv", null);
        Table t = (Table) model.blocks().get(0);
        assertEquals(List.of("序号", "任务内容", "牵头单位"), t.rows().get(0).cells());
        assertEquals(2, t.rows().get(0).line(), "the sep= line is no record but counts as a line");
        assertEquals("新开工项目60个,完成投资400亿元", t.rows().get(1).cell(1));
        assertEquals("推进\"一老一小\"服务,\n新增托位3000个", t.rows().get(2).cell(1));
        Table sniffed = (Table) DocumentReader.read("序号;任务;牵头单位\n1;新建学校,2所;区教育局\n".getBytes(StandardCharsets.UTF_8),
                "a.csv", null).blocks().get(0);
        assertEquals(List.of("1", "新建学校,2所", "区教育局"), sniffed.rows().get(1).cells());
    }

    @Test
    void shouldReadATableLaidOutAsACssGridOfDivs() {
        String html = "<html><head><style>.grid{display:grid;grid-template-columns:10% 60% 30%}.grid .sec{grid-column:1 / 4}"
                + "</style></head><body><p>说明</p><div class=\"grid\"><div>序号</div><div>重点工作</div><div>主办单位</div>"
                + "<div class=\"sec\">一、经济发展</div><div>1</div><div>增长6%。</div><div>市发改委<br>市商务局</div></div>"
                + "<div style=\"display:grid;grid-template-columns:repeat(2, 1fr)\"><div>a</div><div>b</div><div>c</div><div>d</div></div>"
                + "</body></html>";
        DocumentModel page = DocumentReader.read(html.getBytes(StandardCharsets.UTF_8), "p.html", null);
        Table t = (Table) page.blocks().get(1);
        assertEquals(List.of("序号", "重点工作", "主办单位"), t.rows().get(0).cells());
        assertEquals(List.of("一、经济发展", "", ""), t.rows().get(1).cells(), "a cell spanning the grid is a section row");
        assertEquals(List.of("1", "增长6%。", "市发改委\n市商务局"), t.rows().get(2).cells());
        Table inline = (Table) page.blocks().get(2);
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), inline.rows().stream().map(r -> r.cells()).toList());
        String cssTable = "<html><head><style>.t{display:table}.tr{display:table-row}.td{display:table-cell}</style></head><body>"
                + "<div class=\"t\"><div class=\"tr\"><div class=\"td\">序号</div><div class=\"td\">重点工作</div></div>"
                + "<div class=\"tr\"><div class=\"td\">1</div><div class=\"td\">增长6%。</div></div></div></body></html>";
        Table rows = (Table) DocumentReader.read(cssTable.getBytes(StandardCharsets.UTF_8), "t.html", null).blocks().get(0);
        String layout = "<html><body><div style=\"display:grid;grid-template-columns:1fr 3fr\"><div><ul><li>首页</li></ul></div>"
                + "<div><p>一、重点工作</p><p>1.新建学校2所。</p></div><div>友情链接</div><div>版权信息</div></div></body></html>";
        DocumentModel page2 = DocumentReader.read(layout.getBytes(StandardCharsets.UTF_8), "l.html", null);
        assertTrue(page2.blocks().stream().noneMatch(b -> b instanceof Table), "a page laid out as a grid is no table");
        assertEquals(List.of(List.of("序号", "重点工作"), List.of("1", "增长6%。")), rows.rows().stream().map(r -> r.cells()).toList());
    }
}
