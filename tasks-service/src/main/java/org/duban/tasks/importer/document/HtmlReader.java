package org.duban.tasks.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.duban.tasks.importer.document.DocumentModel.Block;
import org.duban.tasks.importer.document.DocumentModel.FileType;
import org.duban.tasks.importer.document.DocumentModel.Note;
import org.duban.tasks.importer.document.DocumentModel.Row;
import org.duban.tasks.importer.document.DocumentModel.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * A saved web page (jsoup): scripts, styles, navigation, header and footer elements go, and so does text the page
 * hides (noted); every {@code <table>}
 * stays a table (rows of {@code td}/{@code th}, a {@code colspan} repeated as empty cells and a {@code rowspan} cell's text repeated in the rows it covers, so columns hold,
 * {@code <br>} and paragraphs inside a cell kept as line breaks); the rest becomes lines at block boundaries,
 * which then go the way of plain text (pipe and flattened tables, page chrome noted), an item of a numbered list
 * ({@code <ol start="4">}) with the number the page shows. Lines are the page's source lines.
 */
final class HtmlReader {
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[ >])");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "section", "article", "main", "tr", "td", "th", "blockquote", "pre", "hr", "dd", "dt", "center");

    private HtmlReader() {}

    static boolean looksLikeHtml(String text) {
        return HTML.matcher(text).find();
    }

    static DocumentModel read(String html, String charset) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        java.util.Map<String, String> classStyles = classStyles(doc);
        doc.select("script, style, noscript, nav, header, footer, iframe, form, button, select, template").remove();
        List<Block> blocks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        // text the page hides (style="display:none", hidden): no reader of the page sees it, and tampered pages hide
        // spam in it ("2<span style=display:none>365bet</span>万亩"); it goes, noted, before its words join the visible ones
        // (hidden menus and print copies are noted as page chrome)
        for (Element hidden : doc.body().select("[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], [hidden]")) {
            String t = hidden.text().strip();
            Element parent = hidden.parent();
            boolean inText = parent != null && !parent.ownText().isBlank();
            if (!t.isEmpty()) {
                notes.add(new Note(inText ? Note.Kind.HIDDEN_TEXT : Note.Kind.PAGE_CHROME, line(hidden), t));
            }
            hidden.remove();
        }
        Collector text = new Collector();
        doc.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                int gridColumns = node instanceof Element e ? gridColumns(e, classStyles) : 0;
                boolean cssTable = node instanceof Element e && cssTable(e, classStyles);
                if (gridColumns > 1 || cssTable) {
                    flush(text, blocks, notes);
                    Table t = cssTable ? cssTableRows((Element) node, classStyles) : grid((Element) node, gridColumns, classStyles);
                    if (!t.rows().isEmpty()) {
                        blocks.add(t);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && e.normalName().equals("table")) {
                    if (layoutTable(e)) {
                        text.head(node);
                        return FilterResult.CONTINUE;
                    }
                    flush(text, blocks, notes);
                    Table t = table(e);
                    if (!t.rows().isEmpty()) {
                        blocks.add(t);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                text.head(node);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                text.tail(node);
                return FilterResult.CONTINUE;
            }
        });
        flush(text, blocks, notes);
        return new DocumentModel(FileType.HTML, charset, blocks, notes);
    }

    private static void flush(Collector text, List<Block> blocks, List<Note> notes) {
        text.breakLine();
        if (!text.lines.isEmpty()) {
            blocks.addAll(TextBlocks.of(List.copyOf(text.lines),
                    text.numbers.stream().mapToInt(Integer::intValue).toArray(), notes));
        }
        text.lines.clear();
        text.numbers.clear();
    }

    private static Table table(Element table) {
        SpanGrid grid = new SpanGrid();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            grid.startRow(line(tr));
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                grid.cell(cellText(cell), SpanGrid.span(cell.attr("colspan")), SpanGrid.span(cell.attr("rowspan")));
            }
            grid.endRow();
        }
        List<Row> rows = grid.rows();
        return new Table(rows.isEmpty() ? line(table) : rows.get(0).line(), rows);
    }

    /** A cell's text, {@code <br>} and paragraphs inside it kept as line breaks. */
    private static String cellText(Element cell) {
        Collector c = new Collector();
        cell.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                c.head(node);
            }

            @Override
            public void tail(Node node, int depth) {
                c.tail(node);
            }
        });
        c.breakLine();
        return String.join("\n", c.lines).strip();
    }

    private static final Pattern CSS_RULE = Pattern.compile("(?:^|(?<=[{}]))([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern LAST_CLASS = Pattern.compile("\\.([\\w-]+)\\s*$");
    private static final Pattern GRID = Pattern.compile("(?i)display\\s*:\\s*(?:inline-)?grid\\b");
    private static final Pattern GRID_COLUMNS = Pattern.compile("(?i)grid-template-columns\\s*:\\s*([^;]+)");
    private static final Pattern REPEAT = Pattern.compile("(?i)repeat\\(\\s*(\\d+)\\s*,[^)]*\\)");
    private static final Pattern GRID_SPAN = Pattern.compile("(?i)grid-column\\s*:\\s*(?:(\\d+)\\s*/\\s*(-1|\\d+)|span\\s+(\\d+)|(\\d+)\\s*/\\s*span\\s+(\\d+))");

    /** The declarations the page's {@code <style>} rules give each class (".grid .sec{grid-column:1 / 7}" → sec). */
    private static java.util.Map<String, String> classStyles(Document doc) {
        java.util.Map<String, String> styles = new java.util.HashMap<>();
        for (Element style : doc.select("style")) {
            java.util.regex.Matcher m = CSS_RULE.matcher(style.data());
            while (m.find()) {
                for (String selector : m.group(1).split(",")) {
                    java.util.regex.Matcher c = LAST_CLASS.matcher(selector.strip());
                    if (c.find()) {
                        styles.merge(c.group(1), m.group(2), (a, b) -> a + ";" + b);
                    }
                }
            }
        }
        return styles;
    }

    /** What the page's stylesheet and the element's own {@code style} say about it. */
    private static String style(Element e, java.util.Map<String, String> classStyles) {
        StringBuilder sb = new StringBuilder();
        for (String c : e.classNames()) {
            sb.append(classStyles.getOrDefault(c, "")).append(';');
        }
        return sb.append(e.attr("style")).toString();
    }

    /**
     * The number of columns of a table built as a CSS grid of {@code <div>}s ("display:grid;grid-template-columns:6% 40%
     * 12% …", "repeat(6, 1fr)"), or 0 for any other element.
     */
    static int gridColumns(Element e, java.util.Map<String, String> classStyles) {
        if (e.normalName().equals("table") || e.children().size() < 4) {
            return 0;
        }
        String style = style(e, classStyles);
        java.util.regex.Matcher columns = GRID_COLUMNS.matcher(style);
        if (!GRID.matcher(style).find() || !columns.find()) {
            return 0;
        }
        String tracks = columns.group(1).strip();
        int n = 0;
        java.util.regex.Matcher repeat = REPEAT.matcher(tracks);
        while (repeat.find()) {
            n += Integer.parseInt(repeat.group(1));
        }
        String rest = REPEAT.matcher(tracks).replaceAll(" ").replaceAll("\\([^()]*\\)", "").strip();
        if (!rest.isEmpty()) {
            n += rest.split("\\s+").length;
        }
        n = Math.min(n, SpanGrid.MAX_SPAN);
        return n > 1 && e.children().size() >= 2 * n && e.children().stream().allMatch(HtmlReader::gridCell) ? n : 0;
    }

    /**
     * A child of a grid that is a table's cell, not a region of a page laid out as a grid (header, sidebar, article):
     * no table, list or section inside it, and no more text than a task's cell holds.
     */
    private static boolean gridCell(Element child) {
        return child.select("table, ul, ol, section, article, nav, header, footer, form").isEmpty()
                && child.text().length() <= 1500;
    }

    /**
     * A grid of {@code <div>} cells read as the table it shows: its children fill rows of {@code columns} cells, left to
     * right; a cell spanning columns ("grid-column:1 / 7", "span 3": a section row across the grid) covers them.
     */
    private static Table grid(Element grid, int columns, java.util.Map<String, String> classStyles) {
        SpanGrid rows = new SpanGrid();
        int col = 0;
        for (Element cell : grid.children()) {
            if (col == 0) {
                rows.startRow(line(cell));
            }
            int span = Math.max(1, Math.min(columns - col, span(style(cell, classStyles), columns)));
            rows.cell(cellText(cell), span, 1);
            col += span;
            if (col >= columns) {
                rows.endRow();
                col = 0;
            }
        }
        if (col > 0) {
            rows.endRow();
        }
        List<Row> out = rows.rows();
        return new Table(out.isEmpty() ? line(grid) : out.get(0).line(), out);
    }

    private static final Pattern DISPLAY = Pattern.compile("(?i)display\\s*:\\s*([a-z-]+)");

    /** The last {@code display} the stylesheet and the element's style give it ("" if none). */
    private static String display(Element e, java.util.Map<String, String> classStyles) {
        java.util.regex.Matcher m = DISPLAY.matcher(style(e, classStyles));
        String display = "";
        while (m.find()) {
            display = m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        return display;
    }

    /**
     * A table built of {@code <div>}s with CSS table display ("display:table" over "display:table-row" over
     * "display:table-cell"): at least two rows, one of them with two cells.
     */
    static boolean cssTable(Element e, java.util.Map<String, String> classStyles) {
        if (e.normalName().equals("table") || !display(e, classStyles).equals("table")) {
            return false;
        }
        List<Element> rows = e.children().stream().filter(r -> display(r, classStyles).equals("table-row")).toList();
        return rows.size() >= 2 && rows.stream().anyMatch(r -> r.children().size() >= 2);
    }

    /** The rows of such a table: each "table-row" child, its children the cells. */
    private static Table cssTableRows(Element table, java.util.Map<String, String> classStyles) {
        SpanGrid rows = new SpanGrid();
        for (Element row : table.children()) {
            if (!display(row, classStyles).equals("table-row")) {
                continue;
            }
            rows.startRow(line(row));
            for (Element cell : row.children()) {
                rows.cell(cellText(cell), 1, 1);
            }
            rows.endRow();
        }
        List<Row> out = rows.rows();
        return new Table(out.isEmpty() ? line(table) : out.get(0).line(), out);
    }

    /** The columns a grid cell spans by its style; 1 when it says nothing. */
    private static int span(String style, int columns) {
        java.util.regex.Matcher m = GRID_SPAN.matcher(style);
        if (!m.find()) {
            return 1;
        }
        if (m.group(3) != null) {
            return Integer.parseInt(m.group(3));
        }
        if (m.group(5) != null) {
            return Integer.parseInt(m.group(5));
        }
        int start = Integer.parseInt(m.group(1));
        int end = m.group(2).equals("-1") ? columns + 1 : Integer.parseInt(m.group(2));
        return Math.max(1, end - start);
    }

    /**
     * A table that lays out the page rather than holding data: it holds another table, or no row of it has more
     * than one cell. Its content is read as the page's body (paragraphs, and the data tables inside it).
     */
    static boolean layoutTable(Element table) {
        if (table.select("table").size() > 1) {
            return true;
        }
        return table.select("tr").stream().allMatch(tr -> tr.children().stream()
                .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).count() <= 1);
    }

    private static int line(Node n) {
        int l = n.sourceRange().start().lineNumber();
        return Math.max(l, 1);
    }

    /** Text with line breaks at block boundaries, each line keeping the source line it started on. */
    private static final class Collector {
        final List<String> lines = new ArrayList<>();
        final List<Integer> numbers = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        int currentLine = 1;
        /** the number an {@code <ol>} shows before the item just opened, for its first text */
        String itemNumber;

        void head(Node node) {
            if (node instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    if (current.isEmpty()) {
                        currentLine = Math.max(1, t.sourceRange().start().lineNumber());
                        if (currentLine <= 1 && t.parent() != null) {
                            currentLine = line(t.parent());
                        }
                        if (itemNumber != null) {
                            current.append(itemNumber);
                        }
                    }
                    itemNumber = null;
                    current.append(s);
                }
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                breakLine();
                String shown = shownNumber(e);
                if (shown != null || e.normalName().equals("li")) {
                    // a paragraph inside the item keeps the item's number for its text
                    itemNumber = shown;
                }
            }
        }

        /**
         * The number a browser shows before an item of a numbered list ({@code <ol>}, its {@code start}, an item's
         * {@code value}) as "4.", so that "<ol start=\"4\"><li>新建高标准农田…" reads like the printed "4.新建高标准农田…";
         * null for any other element, a list numbered with letters or roman numerals, or an item whose text already
         * starts with a number of its own.
         */
        static String shownNumber(Element e) {
            Element list = e.parent();
            if (!e.normalName().equals("li") || list == null || !list.normalName().equals("ol")
                    || !list.attr("type").isEmpty() && !list.attr("type").equals("1")
                    || e.text().strip().matches("^[(\uff08]?\\d{1,3}[.\uff0e\u3001)\uff09].*")) {
                return null;
            }
            int n = number(list.attr("start"), 1);
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) {
                    continue;
                }
                n = number(item.attr("value"), n);
                if (item == e) {
                    return n + ".";
                }
                n++;
            }
            return null;
        }

        private static int number(String attribute, int otherwise) {
            return attribute.strip().matches("-?\\d{1,6}") ? Integer.parseInt(attribute.strip()) : otherwise;
        }

        void tail(Node node) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                breakLine();
            }
        }

        void breakLine() {
            String s = current.toString().replace('\u00a0', ' ').strip();
            if (!s.isEmpty()) {
                lines.add(s);
                numbers.add(currentLine);
            }
            current.setLength(0);
        }
    }
}
