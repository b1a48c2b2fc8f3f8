package org.duban.tasks.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.importer.document.DocumentModel;
import org.duban.tasks.importer.document.DocumentModel.Block;
import org.duban.tasks.importer.document.DocumentModel.Note;
import org.duban.tasks.importer.document.DocumentModel.Paragraph;
import org.duban.tasks.importer.document.DocumentModel.Row;
import org.duban.tasks.importer.document.DocumentModel.Table;
import org.duban.tasks.importer.document.DocumentReader;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;

/**
 * Reads a decomposition plan (责任分解方案 / 分解表) from the {@link DocumentModel}, whatever file it came as: the
 * covering notice (document number, dates, work-plan and reporting deadlines, a stated lead rule), then the plan —
 * sections 一、 / (一) / —— / unnumbered sub-headings / a leader's heading ("二、王某某副市长主抓重点工作",
 * "(一)分管县领导:常务副县长:吴某某") / an arabic title over a finer numbering ("1.工业经济" over "(1)…"), tasks
 * numbered 1. 1、 (1) ① 第一项 (一) or 1.1, their fields in any written form ({@link TaskFields}; 工作举措 lines under a
 * task read past) or in table columns ({@link TableColumn}), who leads decided by {@link LeadRule} — then the 办理方案
 * template after 附件. The signature under the plan (issuer over date) ends it. Damage is warned about and read past,
 * never a reason to drop a task; every task carries the layout it was read in.
 */
public final class PlanParser {
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十百]+)[、.．]\\s*(.+)$|^第([一二三四五六七八九十]+)(?:部分|章|篇)\\s*(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^\\(([一二三四五六七八九十百]+)\\)\\s*(.+)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(?:——|—|--)++\\s*(.+)$");
    private static final Pattern TASK_ARABIC = Pattern.compile("^(\\d{1,4})\\s*[.．、](?!\\d)\\s*(.*)$");
    /** "1.2 …" / "1.2、…" / "1．2 …": a task numbered within the arabic heading "1." above it. */
    private static final Pattern TASK_DECIMAL = Pattern.compile("^(\\d{1,2})[.．](\\d{1,3})(?![\\d%万亿千百倍个家亩吨米公里人元次项所座条台辆套户])[、.．]?\\s*(.+)$");
    private static final Pattern TASK_PAREN = Pattern.compile("^\\((\\d{1,3})\\)\\s*(.+)$");
    /** A 序号 cell "1-1", "2-3" (section, then task within it). */
    private static final Pattern DASHED_NUMBER = Pattern.compile("^(\\d{1,2})[-－—–](\\d{1,3})$");
    /** A period a two-row header names under 时间节点 / 推进计划: "一季度", "第二季度", "上半年", "3月", "全年". */
    private static final Pattern PERIOD = Pattern.compile("^(?:第?[一二三四1-4]季度|[上下]半年|全年|\\d{1,2}月(?:份|底)?)(?:末|底)?$");
    /**
     * "注:表中空白单元格为原表合并单元格(与上一行同)": a note saying a blank cell holds what the cell above it holds (the value
     * of a merged cell written in its first row only).
     */
    private static final Pattern BLANKS_MERGED = Pattern.compile("(?:空白|空格|未填).{0,12}(?:合并|与上一?行相?同|同上)|合并单元格.{0,10}(?:上一?行|首行)");
    private static final Pattern TASK_CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(.+)$");
    /** "⑴…⒇" and "⒈…⒛": parenthesized digits (U+2474…U+2487) and digits with a full stop (U+2488…U+249B), one character each. */
    private static final Pattern TASK_PAREN_DIGIT = Pattern.compile("^([\\u2474-\\u249b])\\s*(.+)$");
    /** "一是…;二是…", "其中:一是…": the points a task lists after its lead sentence. */
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:其中:)?[一二三四五六七八九十]是");
    /**
     * "说明:每项任务的牵头单位、配合单位和分管县领导列于该项任务上方一行": the document puts each task's label line above it,
     * so a label line belongs to the task after it.
     */
    private static final Pattern LABELS_ABOVE = Pattern.compile("(?:列|写|标注|置|标)(?:于|在)(?:该项|每项|各项|本项|对应)?任务(?:的)?(?:上方|上面|之上|前一行|上一行|之前|前面|前方)");
    private static final Pattern TASK_ITEM = Pattern.compile("^第([一二三四五六七八九十百\\d]+)项[、.:,]?\\s*(.+)$");
    /** "王某某副市长主抓重点工作", "由王某某副区长负责的重点工作": the leader, name then title. */
    private static final Pattern LEADER_HEADING = Pattern.compile(
            "^(?:由)?([\\u4e00-\\u9fa5]{2,4}?(?:常务)?副?(?:市|区|县|州|旗|镇|省)长|[\\u4e00-\\u9fa5]{2,4}?(?:秘书长|书记))(?:同志)?"
                    + "(?:主抓|分管|负责|牵头|联系|领衔|包抓)");
    /** "(常务副区长张某某联系事项)", "副市长王某某分管工作": the title before the name, kept as written. */
    private static final Pattern LEADER_HEADING_TITLE_FIRST = Pattern.compile(
            "(?:^|[(])((?:常务)?副?(?:市|区|县|州|旗|镇|省)长|秘书长)([\\u4e00-\\u9fa5]{2,3}?)(?:同志)?(?:主抓|分管|负责|牵头|联系|领衔|包抓)");
    /** "分管副县长:吴某某", "联系副区长:陈某某、马某某": the leader's title as a label over the tasks below, kept with each name. */
    private static final Pattern LEADER_HEADING_TITLE_LABEL = Pattern.compile(
            "^(?:分管|牵头|责任|联系|包抓)((?:常务)?副?(?:市|区|县|州|旗|镇|乡|省)长|秘书长):([\\u4e00-\\u9fa5、]{2,30})$");
    /**
     * "一、农业农村(分管县领导:周某某)", "二、工业经济(责任县领导:吴某某、郑某某)": a section title with its leaders in a bracket at
     * its end — a paragraph heading or a table's section row; group 1 the bracket's content.
     */
    /** "注:①…": the notes that explain the footnote references of the texts, one a line. */
    private static final Pattern FOOTNOTE_NOTE = Pattern.compile("^注[::]\\s*[\\u2460-\\u2473].*");
    /**
     * A footnote reference: a circled number written right after a word and before punctuation or the end of the text
     * ("新增规上工业企业60家①。", "新增城镇就业4万人②,") — unlike "①…" that opens a measure, it stands for a note under the
     * plan and is no part of the task's text.
     */
    static final Pattern FOOTNOTE_REF = Pattern.compile("(?<=[\\u4e00-\\u9fa5\\d%)”])[\\u2460-\\u2473](?=[,。;、)]|$)");
    private static final Pattern HEADING_LEADER_BRACKET = Pattern.compile("[(\\[【]([^()\\[\\]【】]+)[)\\]】]$");
    /** The longest line read as a task, heading or label (the longest real task line is a few hundred characters). */
    static final int MAX_LINE = 2000;
    private static final Pattern COUNT = Pattern.compile("\\(共(\\d+)项\\)");
    private static final Pattern DOC_NUMBER = Pattern.compile("([\\u4e00-\\u9fff]{1,8}〔\\d{4}〕\\d+号)");
    private static final Pattern PUBLISHED = Pattern.compile("发文日期[::]\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISSUER = Pattern.compile("发布机构[::]\\s*(\\S+)");
    private static final Pattern REGION = Pattern.compile("^([\\u4e00-\\u9fff]{2,12}?[市县区])人民政府办公室文件$");
    private static final Pattern SUBMISSION = Pattern.compile("于([\\d年月]+)日前报送");
    /** A signing date on a line of its own under the issuer's name: "2021年3月5日", "2020年2月25日印发". */
    private static final Pattern SIGNED = Pattern.compile("\\d{4}年\\d{1,2}月(\\d{1,2}日)?(印发|发布)?");
    private static final Pattern DAY = Pattern.compile("(?<![\\d年月])([\\d年月]++)日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** Category markers before or in a task text ("★", "☆", "△" explained in a 注/说明 line): kept apart, not text. */
    private static final String MARKERS = TableAssembler.MARKERS;

    private final KnownUnits directory;
    private final boolean firstListedLeads;

    public PlanParser(KnownUnits directory) {
        this(directory, false);
    }

    /** @param firstListedLeads the office's choice: where a task names no lead, the first unit listed leads */
    public PlanParser(KnownUnits directory, boolean firstListedLeads) {
        this.directory = directory;
        this.firstListedLeads = firstListedLeads;
    }

    /** A plan given as plain text (one paragraph per line). */
    public ParsedPlan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportFormatException("文本为空 / the text is empty");
        }
        return parse(DocumentReader.text(text, DocumentModel.FileType.TXT, "UTF-8"));
    }

    public ParsedPlan parse(DocumentModel document) {
        Warnings warnings = new Warnings();
        notes(document, warnings);
        DocumentModel model = withOwnShortForms(withoutSpam(document, warnings));
        Header header = new Header();
        List<String> headerLines = new ArrayList<>();
        Body body = new Body(warnings);
        body.firstLeads = firstListedLeads;
        List<Block> blocks = model.blocks();
        body.blanksMergedNote = blocks.stream()
                .anyMatch(b -> b instanceof Paragraph p && Body.isBlanksMergedNote(UnitNames.clean(p.text())));
        int i = 0;
        // covering notice: everything before the plan's first section heading, task or task table
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p) {
                String line = TaskFields.cleanLine(p.text());
                String next = nextLine(blocks, i);
                if (isSectionHeading(line) || body.isTaskStart(line) || body.taskNumber(line) != null
                        && next != null && TaskFields.isLabelLine(next) || isLeaderHeading(line)
                        || body.arabicHeading(line, next) != null) {
                    break;
                }
                header.read(line, p.line(), null);
                headerLines.add(line);
                if (LeadRule.statesFirstLeads(line)) {
                    body.firstLeads = true;
                }
                if (LABELS_ABOVE.matcher(line).find()) {
                    body.labelsAbove = true;
                }
            } else if (b instanceof Table t && Body.headerRow(t) >= 0) {
                break;
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    String line = UnitNames.clean(String.join("", r.nonBlank()));
                    header.read(line, r.line(), null);
                    headerLines.add(line);
                }
            }
        }
        int bodyStart = headerLines.size();
        String[] lines = headerLines.toArray(new String[0]);
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p) {
                String line = TaskFields.cleanLine(p.text());
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("附件") || line.startsWith("抄送")) {
                    break;
                }
                body.read(line, p.line(), nextLine(blocks, i));
            } else if (b instanceof Table t) {
                body.table(t);
            }
        }
        WorkPlanTemplate template = readTemplate(blocks, i);
        body.finish();
        if (body.sections.isEmpty()) {
            warnings.add(WarningCode.NO_TASKS, 0, "未找到章节或编号任务,没有导入任何任务",
                    "no section heading ('一、…'), numbered task or task table found; nothing imported",
                    "检查文本是否为责任分解方案 / check that the text is a decomposition plan");
        }

        Integer year = header.year(lines, bodyStart);
        LocalDate issue = header.issueDate(year, warnings);
        LocalDate submission = header.submissionDeadline(year, issue, warnings);
        List<ReportingDeadline> reporting = header.reportingDeadlines(year, issue, warnings);
        DocumentInfo doc = new DocumentInfo(header.title(lines, bodyStart), header.number, header.issuer, issue,
                header.published, header.region, year);
        List<ParsedSection> sections = new UnitResolver(directory, warnings).resolve(body.sections);
        return new ParsedPlan("PLAN_TEXT", doc, sections, Map.of(), submission, reporting, template, null,
                warnings.list());
    }

    /** What the reader did to the file, as warnings: page chrome left out, flattened rows of the wrong width. */
    /**
     * The document with injected spam taken out of every paragraph and cell, each fragment warned about at its line:
     * no title, section, task, unit or leader read from it can carry "365bet体育投注" (the import record keeps the
     * original).
     */
    /**
     * A task card (督查任务交办单: one small table per task, a label and its value a row — "任务编号 | 第3项", "任务内容 | …",
     * "责任县领导 | …", "牵头单位 | …") turned into the table it stands for: the labels a header row, the values one task's
     * row. A table is a card when every row has two cells, at least three labels name a column, one of them the task,
     * and no value does. Anything else is answered as it is.
     */
    static Table taskCard(Table t) {
        if (t.rows().size() < 3 || t.rows().stream().anyMatch(r -> r.cells().size() != 2)) {
            return t;
        }
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int known = 0;
        boolean task = false;
        for (Row r : t.rows()) {
            String label = r.cell(0) == null ? "" : r.cell(0);
            String value = r.cell(1) == null ? "" : r.cell(1);
            Optional<TableColumn> col = TableColumn.fromHeader(label);
            if (col.isPresent()) {
                known++;
                task |= col.get() == TableColumn.TASK;
            }
            if (TableColumn.fromHeader(value).isPresent()) {
                return t;
            }
            labels.add(label);
            values.add(value);
        }
        if (!task || known < 3) {
            return t;
        }
        return new Table(t.line(), List.of(new Row(t.rows().get(0).line(), labels), new Row(t.rows().get(1).line(), values)));
    }

    /** "发改——区发展和改革局": one entry of a document's own table of short unit names; group 1 the short form, 2 the name. */
    private static final Pattern SHORT_FORM = Pattern.compile("([\\u4e00-\\u9fa5]{2,8})\\s*(?:——|－－|--)\\s*([^\\s—－]{3,40})");
    /** A line of such entries only, parted by spaces: "发改——区发展和改革局　　财政——区财政局". */
    private static final Pattern SHORT_FORM_LINE = Pattern.compile("^\\s*+(?:" + SHORT_FORM.pattern() + "\\s*+){1,60}");

    /**
     * A document that writes its units short and explains them in a table of its own ("附:责任单位简称对照", lines of
     * "发改——区发展和改革局　　财政——区财政局"): the short forms are written out wherever units are written — inside a
     * task's bracket ("【发改牵头,住建、规划配合】") and on label lines ("牵头单位:发改") — and the table itself, with its
     * title, leaves the plan. A short form elsewhere in a text ("规划建设") stays as written. Two entries at least make a
     * table; the names must look like units. A document without one is answered as it is.
     */
    static DocumentModel withOwnShortForms(DocumentModel model) {
        Map<String, String> shortForms = new java.util.LinkedHashMap<>();
        List<Paragraph> entryLines = new ArrayList<>();
        for (Block b : model.blocks()) {
            if (b instanceof Paragraph p && SHORT_FORM_LINE.matcher(p.text().replace('\u3000', ' ')).matches()) {
                Matcher m = SHORT_FORM.matcher(p.text().replace('\u3000', ' '));
                while (m.find()) {
                    String name = UnitNames.clean(m.group(2));
                    if (UnitNames.looksLikeUnit(name) && name.length() > m.group(1).length()) {
                        shortForms.putIfAbsent(m.group(1), name);
                    }
                }
                entryLines.add(p);
            }
        }
        if (shortForms.size() < 2) {
            return model;
        }
        List<String> keys = shortForms.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
        Pattern written = Pattern.compile("(?<![^、,，;；:：\\s【\\[(（〔])(" + String.join("|", keys)
                + ")(?=牵头|配合|参与|负责|协办|协助|等|[、,，;；】\\])）〕\\s]|$)");
        List<Block> blocks = new ArrayList<>();
        for (Block b : model.blocks()) {
            if (!(b instanceof Paragraph p)) {
                blocks.add(b);
                continue;
            }
            String clean = UnitNames.clean(p.text());
            if (entryLines.contains(p) || clean.contains("简称") && clean.length() <= 20 && !clean.contains("。")) {
                continue;
            }
            String text = p.text();
            if (TaskFields.isLabelLine(TaskFields.cleanLine(text))) {
                text = written.matcher(text).replaceAll(r -> Matcher.quoteReplacement(shortForms.get(r.group(1))));
            } else {
                Matcher bracket = Pattern.compile("[【\\[(（〔][^【】\\[\\]()（）〔〕]*[】\\])）〕]").matcher(text);
                text = bracket.replaceAll(r -> Matcher.quoteReplacement(
                        written.matcher(r.group()).replaceAll(u -> Matcher.quoteReplacement(shortForms.get(u.group(1))))));
            }
            blocks.add(new Paragraph(p.line(), text));
        }
        return new DocumentModel(model.fileType(), model.charset(), blocks, model.notes());
    }

    private static DocumentModel withoutSpam(DocumentModel model, Warnings warnings) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : model.blocks()) {
            if (b instanceof Paragraph p) {
                blocks.add(InjectionDetector.find(p.text()).isEmpty() ? p
                        : new Paragraph(p.line(), InjectionDetector.strip(p.text(), p.line(), "第" + p.line() + "行", warnings)));
            } else if (b instanceof Table t) {
                List<Row> rows = new ArrayList<>();
                for (Row r : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (String c : r.cells()) {
                        cells.add(c == null || InjectionDetector.find(c).isEmpty() ? c
                                : InjectionDetector.strip(c, r.line(), "第" + r.line() + "行", warnings));
                    }
                    rows.add(new Row(r.line(), cells));
                }
                blocks.add(taskCard(new Table(t.line(), rows)));
            }
        }
        return new DocumentModel(model.fileType(), model.charset(), blocks, model.notes());
    }

    private static void notes(DocumentModel model, Warnings warnings) {
        List<Note> chrome = model.notes().stream().filter(n -> n.kind() == Note.Kind.PAGE_CHROME).toList();
        if (!chrome.isEmpty()) {
            String shown = String.join(" | ", chrome.stream().limit(3).map(n -> TaskFields.excerpt(n.text())).toList());
            warnings.add(WarningCode.PAGE_CHROME, chrome.get(0).line(),
                    "已略去" + chrome.size() + "行网页导航、页脚等内容(" + shown + (chrome.size() > 3 ? " …" : "") + ")",
                    chrome.size() + " lines of page chrome (navigation, footer) left out",
                    "原文保存在导入记录中 / the original is kept in the import record");
        }
        for (Note n : model.notes()) {
            if (n.kind() == Note.Kind.HIDDEN_TEXT) {
                warnings.add(WarningCode.INJECTED_TEXT, n.line(),
                        "网页中隐藏的文字已略去:“" + TaskFields.excerpt(n.text()) + "”",
                        "text the page hides from its readers was left out: '" + TaskFields.excerpt(n.text()) + "'",
                        "核对原件 / check against the original");
            }
            if (n.kind() == Note.Kind.CELL_COUNT) {
                warnings.add(WarningCode.CELL_COUNT, n.line(),
                        "表格中此行的单元格数与表头不符(" + n.text() + "),各列可能错位",
                        "a row of a table written as text has " + n.text() + " cells (row/header); columns may be shifted",
                        "核对此行各列 / check this row's columns");
            }
        }
    }

    /** A number's style without its value: "1." and "12." are one style, "(1)", "①", "⑴", "⒈", "第一项", "1.1" others. */
    static String numberStyle(String label) {
        return label.replaceAll("\\d+", "N").replaceAll("[一二三四五六七八九十百]+", "C").replaceAll("[\\u2460-\\u2473]", "O")
                .replaceAll("[\\u2474-\\u2487]", "P").replaceAll("[\\u2488-\\u249b]", "S");
    }

    /** The next paragraph's cleaned text after block {@code i}, skipping empty ones; null at a table or the end. */
    private static String nextLine(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (!(blocks.get(j) instanceof Paragraph p)) {
                return null;
            }
            String line = TaskFields.cleanLine(p.text());
            if (!line.isEmpty()) {
                return line;
            }
        }
        return null;
    }

    private static boolean isSectionHeading(String line) {
        Matcher m = LEVEL1.matcher(line);
        return m.matches() && line.length() <= 40 && !line.contains("。") && (!TaskFields.parse(line, 0, new Warnings()).found()
                || !Body.headingLeaders(m.group(2) != null ? m.group(2) : m.group(4)).isEmpty());
    }

    /** "(一)分管县领导:常务副县长:吴某某", "二、王某某副市长主抓重点工作": a heading that names the leader of what follows. */
    private static boolean isLeaderHeading(String line) {
        Matcher m = LEVEL2.matcher(line);
        String title = m.matches() ? m.group(2) : null;
        if (title == null && (m = LEVEL1.matcher(line)).matches()) {
            title = m.group(2) != null ? m.group(2) : m.group(4);
        }
        return title != null && !title.contains("。") && title.length() <= 40 && !Body.headingLeaders(title).isEmpty();
    }

    /** What the covering notice says. */
    private static final class Header {
        String number;
        String issuer;
        String region;
        LocalDate published;
        String signedDigits;
        int signedLine;
        String submissionWritten;
        int submissionLine;
        List<String> reportingWritten = new ArrayList<>();
        int reportingLine;
        String noticeTitle;

        void read(String line, int lineNo, String[] lines) {
            Matcher m = DOC_NUMBER.matcher(line);
            if (number == null && m.find()) {
                number = m.group(1);
                String rest = line.substring(m.end()).replaceFirst("^\\)", "").trim();
                if (!rest.isEmpty()) {
                    noticeTitle = rest;
                }
            }
            m = PUBLISHED.matcher(line);
            if (published == null && m.find()) {
                published = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = ISSUER.matcher(line);
            if (issuer == null && m.find()) {
                issuer = m.group(1).replaceAll("【.*$", "");
            }
            m = REGION.matcher(line);
            if (region == null && m.matches()) {
                region = m.group(1);
            }
            m = SUBMISSION.matcher(line);
            if (submissionWritten == null && m.find()) {
                submissionWritten = m.group(1);
                submissionLine = lineNo;
            }
            if (reportingWritten.isEmpty() && line.contains("季度") && line.contains("全年") && line.contains("日前")) {
                String sentence = line.substring(0, line.indexOf("日前") + 1);
                int start = Math.max(sentence.lastIndexOf('。'), sentence.lastIndexOf(','));
                Matcher d = DAY.matcher(sentence.substring(start + 1));
                while (d.find()) {
                    reportingWritten.add(d.group(1));
                }
                reportingLine = lineNo;
            }
            // the signing date after the issuer's name, often with 年月日 lost ("2019111")
            if (line.matches("\\d{4}(年)?\\d{1,2}(月)?\\d{1,2}(日)?") && lineNo > 1) {
                signedDigits = line;
                signedLine = lineNo;
            }
        }

        Integer year(String[] lines, int bodyStart) {
            String title = title(lines, bodyStart);
            Matcher m = YEAR.matcher(title == null ? "" : title);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (number != null) {
                Matcher n = Pattern.compile("〔(\\d{4})〕").matcher(number);
                if (n.find()) {
                    return Integer.parseInt(n.group(1));
                }
            }
            return published == null ? null : published.getYear();
        }

        /** The plan's own title: the short lines just above the first section ("2019年区《政府工作报告》确定的…"). */
        String title(String[] lines, int bodyStart) {
            List<String> parts = new ArrayList<>();
            for (int j = bodyStart - 1; j >= 0 && parts.size() < 3; j--) {
                String l = UnitNames.clean(lines[j]);
                if (l.isEmpty()) {
                    continue;
                }
                if (l.length() > 40 || l.matches("[\\d年月日]+") || l.endsWith("办公室") || l.endsWith("人民政府")
                        || l.contains("。")) {
                    break;
                }
                parts.add(0, l);
            }
            return parts.isEmpty() ? noticeTitle : String.join("", parts);
        }

        LocalDate issueDate(Integer year, Warnings warnings) {
            if (signedDigits == null || year == null) {
                return published;
            }
            DamagedDates.Reading r = DamagedDates.read(signedDigits.replace("日", ""), year, null);
            if (r == null) {
                return published;
            }
            LocalDate date = r.date();
            if (r.damaged()) {
                // 2019111 reads as 1-11 or 11-1: the signing cannot be after publication
                DamagedDates.Reading early = DamagedDates.read(signedDigits, year, LocalDate.of(year, 1, 1));
                if (published != null && date.isAfter(published) && early != null && !early.date().isAfter(published)) {
                    date = early.date();
                }
                warnings.add(WarningCode.DAMAGED_DATE, signedLine,
                        "成文日期“" + signedDigits + "”缺少年月日,按" + cn(date) + "理解",
                        "signing date '" + signedDigits + "' lost its 年/月/日; read as " + date,
                        "核对原件 / check against the original");
            }
            return date;
        }

        LocalDate submissionDeadline(Integer year, LocalDate issue, Warnings warnings) {
            if (submissionWritten == null || year == null) {
                return null;
            }
            DamagedDates.Reading r = DamagedDates.read(submissionWritten, year, issue);
            if (r == null) {
                warnings.add(WarningCode.DAMAGED_DATE, submissionLine,
                        "无法识别办理方案报送时限“" + submissionWritten + "日”",
                        "cannot read the work-plan submission deadline '" + submissionWritten + "日'",
                        "在计划中手工设置报送时限 / set the deadline on the plan by hand");
                return null;
            }
            if (r.damaged()) {
                warnings.add(WarningCode.DAMAGED_DATE, submissionLine,
                        "办理方案报送时限“" + submissionWritten + "日”缺少月份分隔,按" + cn(r.date()) + "理解",
                        "work-plan deadline '" + submissionWritten + "日' lost its 月; read as " + r.date(),
                        "核对原件 / check against the original");
            }
            return r.date();
        }

        List<ReportingDeadline> reportingDeadlines(Integer year, LocalDate issue, Warnings warnings) {
            List<ReportingDeadline> result = new ArrayList<>();
            if (year == null) {
                return result;
            }
            LocalDate previous = issue;
            ReportingPeriod[] periods = ReportingPeriod.values();
            for (int k = 0; k < reportingWritten.size() && k < periods.length; k++) {
                String written = reportingWritten.get(k);
                DamagedDates.Reading r = DamagedDates.read(written, year, previous);
                if (r == null) {
                    warnings.add(WarningCode.DAMAGED_DATE, reportingLine,
                            "无法识别填报时限“" + written + "日”,使用默认时限",
                            "cannot read reporting deadline '" + written + "日'; the default is used",
                            "核对原件 / check against the original");
                    r = new DamagedDates.Reading(periods[k].defaultDeadline(year), true, written);
                } else if (r.damaged()) {
                    warnings.add(WarningCode.DAMAGED_DATE, reportingLine,
                            "填报时限“" + written + "日”缺少年月分隔,按" + cn(r.date()) + "理解",
                            "reporting deadline '" + written + "日' lost its 年/月; read as " + r.date(),
                            "核对原件 / check against the original");
                }
                result.add(new ReportingDeadline(periods[k], r.date()));
                previous = r.date();
            }
            return result;
        }

        private static String cn(LocalDate d) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
    }

    /** A task being read: its lines may still be followed by label lines or a wrapped continuation. */
    private static final class Draft {
        final String number;
        final String label;
        final int line;
        final ParsedSection section;
        final List<String> headingLeaders;
        String raw;
        TaskFields fields;
        String layout;
        final Map<FieldLabel, List<String>> columns = new EnumMap<>(FieldLabel.class);
        String progress;
        /** what reading the task's own line(s) found; read again when a wrapped line joins, kept when it closes */
        Warnings textWarnings = new Warnings();
        /** what its label lines found */
        Warnings lineWarnings = new Warnings();
        /** its label lines ("牵头单位:…"), a wrapped one already joined */
        final List<String> labelLines = new ArrayList<>();
        final List<Integer> labelLineNumbers = new ArrayList<>();
        /**
         * whether the last label line was "工作举措:": its measures may follow, one a line ("(1)…", "(2)…"); they are read
         * past (the import record keeps them)
         */
        boolean inMeasures;
        /** the number the measures' own list would go on with when it is numbered like the tasks ("1." "2." under task 1.) */
        int nextMeasure;
        /** the style of the numbered points ("(1)…(3)") the task's text lists after "具体为:", once the first is read */
        String subItemStyle;
        int nextSubItem;

        Draft(String number, String label, int line, ParsedSection section, List<String> headingLeaders, String raw) {
            this.number = number;
            this.label = label;
            this.line = line;
            this.section = section;
            this.headingLeaders = headingLeaders;
            read(raw);
        }

        /** (Re)reads the task's text as joined so far, and its label lines. */
        void read(String joined) {
            raw = joined;
            textWarnings = new Warnings();
            fields = TaskFields.parse(raw, line, textWarnings);
            layout = fields.layout;
            lineWarnings = new Warnings();
            for (int k = 0; k < labelLines.size(); k++) {
                fields.addLine(labelLines.get(k), labelLineNumbers.get(k), lineWarnings);
            }
            if (!labelLines.isEmpty() && layout.equals("plain")) {
                layout = fields.layout;
            }
        }

        /**
         * Whether a line is part of the task's own text, before any of its units: a point "一是…" / "二是…" on a line of its
         * own (the sentence before it ended with "。" or ";"), or the points of a finer numbering ("(1)…", "(2)…") the text
         * introduces with a colon ("…,具体为:") — a fourth level of numbering inside a task, not tasks of their own.
         */
        boolean takesSubItem(String line, String[] task) {
            if (fields.namesUnits() || !labelLines.isEmpty() || !columns.isEmpty()) {
                return false;
            }
            if (SUB_ITEM.matcher(line).lookingAt()) {
                return true;
            }
            if (task == null || !task[0].matches("\\d+") || numberStyle(task[1]).equals(numberStyle(label))) {
                return false;
            }
            int n = Integer.parseInt(task[0]);
            // the first point names no units of its own: "1.工业经济:" over "(1)…(牵头单位:…)" is a heading over tasks
            boolean next = subItemStyle == null
                    ? Body.introducesPoints(raw) && n == 1 && !TaskFields.parse(task[2], 0, new Warnings()).namesUnits()
                    : numberStyle(task[1]).equals(subItemStyle) && n == nextSubItem;
            if (next) {
                subItemStyle = numberStyle(task[1]);
                nextSubItem = n + 1;
            }
            return next;
        }

        void addLabelLine(String text, int lineNo) {
            labelLines.add(text);
            labelLineNumbers.add(lineNo);
            // the new line read after the ones before it, as read(raw) would: reading them all again at each line made a
            // task with thousands of label lines quadratic (the hostile-input review)
            fields.addLine(text, lineNo, lineWarnings);
            if (layout.equals("plain")) {
                layout = fields.layout;
            }
        }

        /**
         * "责任单位:区住建局、区生态环" / "境分局、各街道": a unit list wrapped onto the next line continues its label line; so does
         * any line after a label line whose bracket is still open ("(牵头单位:…;责任单位:各县(市、区)" / "人民政府)").
         */
        boolean continuesLabelLine(String next) {
            if (labelLines.isEmpty() || SUB_ITEM.matcher(next).lookingAt()) {
                // "二是…;" after the labels is no wrapped unit list, whatever its punctuation
                return false;
            }
            return unclosed(labelLines.get(labelLines.size() - 1)) && !next.contains("。") || !next.contains("。")
                    && !next.contains(":") && (next.matches(".*[、,;].*") || UnitNames.looksLikeUnit(next));
        }

        void continueLabelLine(String next) {
            int last = labelLines.size() - 1;
            labelLines.set(last, labelLines.get(last) + next);
            read(raw);
        }

        /**
         * Whether the next line may continue it: no fields yet and the sentence not ended, or a clause bracket still
         * open (a page or PDF wrapped the line: "[牵头单位:区发改局 责任单位:区统" / "计局、各街道]").
         */
        boolean open() {
            if (!columns.isEmpty()) {
                return false;
            }
            return !fields.found() && !raw.matches(".*[。;;!]$") || unclosed(raw);
        }

        private static boolean unclosed(String s) {
            int depth = 0;
            for (char c : s.toCharArray()) {
                if ("([【〔［".indexOf(c) >= 0) {
                    depth++;
                } else if (")]】〕］".indexOf(c) >= 0 && depth > 0) {
                    depth--;
                }
            }
            return depth > 0;
        }

        void column(FieldLabel label, String value) {
            List<String> values = columns.computeIfAbsent(label, k -> new ArrayList<>());
            // a cell merged down over the task's rows is read once
            if (value != null && !value.isBlank() && !values.contains(value)) {
                values.add(value);
            }
        }

        List<String> values(FieldLabel label) {
            List<String> all = new ArrayList<>(fields.get(label));
            all.addAll(columns.getOrDefault(label, List.of()));
            return all;
        }
    }

    /** Sections and tasks of the plan body. */
    private static final class Body {
        final List<ParsedSection> sections = new ArrayList<>();
        final Warnings warnings;
        ParsedSection level1;
        ParsedSection level2;
        ParsedSection current;
        List<String> headingLeaders = List.of();
        List<String> level1Leaders = List.of();
        Draft draft;
        /** "一、…(列第一位的为牵头单位)" without 下同: the rule holds for this section's tasks only. */
        boolean sectionFirstLeads;
        /** The last table header read: a table parted from it by a heading line continues under it. */
        Row lastHeader;
        boolean firstLeads;
        int expectedSection = 1;
        int expectedSub = 1;
        int expectedTask = 1;
        int nextOverall = 1;
        /** The number of the arabic heading ("1.工业经济" over "(1)…", "1.稳住经济基本盘" over "1.1 …") tasks sit under. */
        Integer arabicHeading;
        int expectedArabicHeading = 1;
        /** Reading the notes under "注:①…": the lines "②…" that follow are footnotes, not tasks. */
        boolean inFootnotes;
        /** A note of the document, outside its tables, says blank table cells are merged with the cell above. */
        boolean blanksMergedNote;
        /** The document puts each task's label line above the task ({@link #LABELS_ABOVE}). */
        boolean labelsAbove;
        /** Label lines read above the next task, when {@link #labelsAbove}. */
        final List<LabelLine> pendingLabels = new ArrayList<>();

        /** A label line and its line number. */
        private record LabelLine(String text, int line) {}

        Body(Warnings warnings) {
            this.warnings = warnings;
        }

        /** A line that starts a task with its fields on it: the plan has begun even without a section heading. */
        boolean isTaskStart(String line) {
            String[] t = taskNumber(line);
            return t != null && TaskFields.parse(t[2], 0, new Warnings()).found();
        }

        void read(String line, int lineNo) {
            read(line, lineNo, null);
        }

        /** @param next the next non-empty line, when it is a paragraph (it tells an arabic heading from a task) */
        void read(String line, int lineNo, String next) {
            if (line.length() > MAX_LINE) {
                // no task, heading or label is this long: a pasted blob (or a hostile one) is reported, not parsed
                warnings.add(WarningCode.UNPLACED_LINE, lineNo, "第" + lineNo + "行过长(" + line.length() + "字),未作解析:“"
                                + TaskFields.excerpt(line) + "”",
                        "line " + lineNo + " is too long (" + line.length() + " characters) to be a task; not read",
                        "将该行拆分为多项任务 / split it into tasks");
                return;
            }
            if (FOOTNOTE_NOTE.matcher(line).matches() || inFootnotes && TASK_CIRCLED.matcher(line).matches()) {
                // "注:①规上工业企业新增数以…" and the "②…" lines under it: what the references in the texts stand for
                closeDraft();
                inFootnotes = true;
                return;
            }
            inFootnotes = false;
            Matcher m;
            if (next != null && SIGNED.matcher(next).matches() && UnitNames.looksLikeUnit(line) && !TaskFields.isLabelLine(line)
                    && taskNumber(line) == null) {
                // "鸿渐县人民政府办公室" over "2021年3月5日": who signed the plan, not a unit of the task above
                closeDraft();
                return;
            }
            String[] task = taskNumber(line);
            if (isBlanksMergedNote(line)) {
                // "注:表中空白单元格为…合并单元格": how to read the table's blanks (see blanksMergedNote), no task's line
                closeDraft();
                return;
            }
            if (task == null && LABELS_ABOVE.matcher(line).find()) {
                // "说明:…列于该项任务上方一行" inside the plan: from here a label line belongs to the task below it
                closeDraft();
                labelsAbove = true;
                return;
            }
            if (labelsAbove && task == null && TaskFields.isLabelLine(line)) {
                // "牵头单位:县发改局　　配合单位:县统计局" above "1.…": the fields of the task that follows
                closeDraft();
                pendingLabels.add(new LabelLine(line, lineNo));
                return;
            }
            if (LeadRule.statesFirstLeads(line) && LeadRule.withoutRuleNote(line).replaceAll("[()\\[\\]【】〔〕,,。;;\\s]", "").isEmpty()) {
                // "(列第一位的为牵头单位,下同)" on its own line: it concerns the task above and, with 下同, those after
                firstLeads = firstLeads || line.contains("下同");
                if (draft != null) {
                    draft.fields.ruleStated = true;
                }
            } else if (draft != null && TaskFields.isLabelLine(line)) {
                draft.addLabelLine(line, lineNo);
                draft.inMeasures = TaskFields.leadingLabel(line) == FieldLabel.MEASURES;
            } else if (draft != null && draft.inMeasures && isMeasure(line, task, next)) {
                // "(1)建立…机制。" under "工作举措:": how the task is done, neither a task nor its text
                return;
            } else if (draft != null && draft.takesSubItem(line, task) && draft.raw.length() + line.length() <= MAX_LINE) {
                // "二是…" / "(2)…" under the task's lead sentence: more of its text
                draft.read(draft.raw + line);
            } else if ((m = arabicHeading(line, next)) != null) {
                openArabicHeading(Integer.parseInt(m.group(1)), m.group(2), lineNo);
            } else if (isSectionHeading(line)) {
                m = LEVEL1.matcher(line);
                m.matches();
                openLevel1(m.group(1) != null ? m.group(1) : m.group(3), m.group(1) != null ? m.group(2) : m.group(4), lineNo);
            } else if ((m = LEVEL2.matcher(line)).matches() && !isLevel2Task(m.group(2))) {
                openLevel2(m.group(1), m.group(2), lineNo);
            } else if ((m = LEVEL3.matcher(line)).matches() && level1 != null) {
                closeDraft();
                ParsedSection parent = level2 != null ? level2 : level1;
                ParsedSection s = new ParsedSection("——", m.group(1).trim(), parent.level() + 1, level1.kind(), null,
                        lineNo, new ArrayList<>(), new ArrayList<>());
                parent.children().add(s);
                current = s;
            } else if (task != null && task[0].contains(".")) {
                // "1.2 …" under the heading "1.…": numbered within it, kept as written
                addTask(Integer.parseInt(task[0].substring(task[0].indexOf('.') + 1)), task[0], task[1], task[2], lineNo);
            } else if (task != null) {
                addTask(Integer.parseInt(task[0]), task[1], task[2], lineNo);
            } else if (draft != null && draft.continuesLabelLine(line)) {
                draft.continueLabelLine(line);
            } else if (draft != null && draft.open() && draft.raw.length() + line.length() <= MAX_LINE) {
                // a task wrapped over two lines: the rest of it (often its clause) is on this one
                draft.read(draft.raw + line);
            } else if (isSubHeading(line)) {
                openSubHeading(line, lineNo);
            } else {
                warnings.add(WarningCode.UNPLACED_LINE, lineNo, "无法归入任何章节或任务的行:“" + TaskFields.excerpt(line) + "”",
                        "line could not be placed in a section or task: '" + TaskFields.excerpt(line) + "'",
                        "检查编号或标题格式(一、 (一) —— 1.) / check its numbering or heading format");
            }
        }

        /**
         * Whether a line under "工作举措:" is one of the measures: numbered in another style than the task ("(1)", "①"
         * under "1."), numbered like the tasks but in a list of its own (restarting at 1), or not numbered ("加强施工安全
         * 监管"); a heading, a label or the next task ends them.
         */
        private boolean isMeasure(String line, String[] task, String next) {
            if (task != null && numberStyle(task[1]).equals(numberStyle(draft.label)) && task[0].matches("\\d+")) {
                // measures numbered like the tasks ("1.加强监测。" under task 1.): a number the tasks cannot have here
                // restarts the measures' own list, and while the task's units are still to come that list goes on
                int n = Integer.parseInt(task[0]);
                boolean unitsToCome = draft.values(FieldLabel.LEAD).isEmpty() && draft.values(FieldLabel.RESPONSIBLE).isEmpty()
                        && draft.values(FieldLabel.RELATED).isEmpty();
                if (n < expectedTask || n == draft.nextMeasure && unitsToCome) {
                    draft.nextMeasure = n + 1;
                    return true;
                }
                return false;
            }
            if (task != null) {
                return !numberStyle(task[1]).equals(numberStyle(draft.label)) && arabicHeading(line, next) == null;
            }
            return !LEVEL1.matcher(line).matches() && !LEVEL2.matcher(line).matches() && !LEVEL3.matcher(line).matches();
        }

        /**
         * "1.工业经济" over "(1)规模以上…", "1.稳住经济基本盘" over "1.1 地区生产总值…": an arabic-numbered line that is a
         * short title (no sentence, no fields) and is followed by the first item of a finer numbering is a heading, not a
         * task. Answers the match (group 1 the number, group 2 the title) or null.
         */
        Matcher arabicHeading(String line, String next) {
            Matcher m = TASK_ARABIC.matcher(line);
            if (next == null || !m.matches() || m.group(2).isBlank() || m.group(2).length() > 30
                    || m.group(2).matches(".*[。;;!?,]$") || m.group(2).contains("。") || introducesPoints(m.group(2))
                    || TaskFields.parse(m.group(2), 0, new Warnings()).found() && !TaskFields.leadersOnly(m.group(2))) {
                return null;
            }
            String n = m.group(1);
            boolean finer = next.matches("^" + n + "[.．]0?1(?!\\d)[、.．]?.+") || next.matches("^\\(1\\).+") || next.matches("^\\u2460.+");
            return finer ? m : null;
        }

        /**
         * "开展“南屏消费季”系列活动,具体为:", "实施三项工程,包括:": a sentence that introduces the points listed under it — a
         * task whose text goes on in them, not a heading ("1.工业经济:" stays a heading).
         */
        static boolean introducesPoints(String text) {
            return text.endsWith(":") && (text.contains(",") || text.matches(".*(?:为|如下|包括|主要有|重点是|分别是|其中):$"));
        }

        /** Opens the section an arabic heading starts: the plan's top level, or the level under "一、" when there is one. */
        private void openArabicHeading(int n, String title, int lineNo) {
            closeDraft();
            checkNumber(n, expectedArabicHeading, "标题", "heading", lineNo);
            if (level1 == null || level1.label().matches("\\d+\\.")) {
                // "1.稳住经济基本盘", "2.建设现代产业体系" with no "一、" above them
                openLevel1(null, n + ".", title, lineNo);
            } else {
                List<String> leaders = headingLeaders(title);
                headingLeaders = leaders.isEmpty() ? level1Leaders : leaders;
                level2 = new ParsedSection(n + ".", title, 2, level1.kind(), null, lineNo, new ArrayList<>(), new ArrayList<>());
                level1.children().add(level2);
                current = level2;
            }
            arabicHeading = n;
            expectedArabicHeading = n + 1;
            expectedTask = 1;
        }

        /** "(一)…" is a task, not a sub-section, when it has fields, is a sentence, or sits in a targets section. */
        private boolean isLevel2Task(String rest) {
            if (TaskFields.leadersOnly(rest) && !rest.contains("。")) {
                // "(一)分管县领导:常务副县长:吴某某": the leader of the tasks below
                return false;
            }
            if (TaskFields.parse(rest, 0, new Warnings()).found() || rest.contains("。")) {
                return true;
            }
            boolean heading = COUNT.matcher(rest).find() || !headingLeaders(rest).isEmpty();
            return !heading && (level1 != null && level1.kind() == SectionKind.TARGETS || rest.length() > 40);
        }

        /**
         * The number a decimal task number must start with here: the arabic heading's ("1.稳住经济基本盘" → 1.1, 1.2 …)
         * or, without one, the section's ("二、…" → 2.1, 2.2 …) once the task above is complete; null where "3.5" can only
         * be a quantity.
         */
        private Integer decimalMajor() {
            if (arabicHeading != null) {
                return arabicHeading;
            }
            if (level1 != null && level1.label().matches("[一二三四五六七八九十]+、") && (draft == null || !draft.open())) {
                return ChineseNumerals.parse(level1.label().substring(0, level1.label().length() - 1));
            }
            return null;
        }

        /** {number, label as written, rest} of a task line, or null. */
        String[] taskNumber(String line) {
            Matcher m;
            Integer major = decimalMajor();
            if (major != null && (m = TASK_DECIMAL.matcher(line)).matches() && Integer.parseInt(m.group(1)) == major) {
                return new String[] {m.group(1) + "." + Integer.parseInt(m.group(2)), m.group(1) + "." + m.group(2), m.group(3)};
            }
            m = TASK_ARABIC.matcher(line);
            if (m.matches() && !m.group(2).isBlank()) {
                return new String[] {m.group(1), m.group(1) + ".", m.group(2)};
            }
            m = TASK_PAREN.matcher(line);
            if (m.matches()) {
                return new String[] {m.group(1), "(" + m.group(1) + ")", m.group(2)};
            }
            m = TASK_CIRCLED.matcher(line);
            if (m.matches()) {
                return new String[] {String.valueOf(m.group(1).charAt(0) - 0x2460 + 1), m.group(1), m.group(2)};
            }
            m = TASK_PAREN_DIGIT.matcher(line);
            if (m.matches()) {
                char c = m.group(1).charAt(0);
                return new String[] {String.valueOf(c - (c >= 0x2488 ? 0x2488 : 0x2474) + 1), m.group(1), m.group(2)};
            }
            m = TASK_ITEM.matcher(line);
            if (m.matches()) {
                String n = m.group(1).matches("\\d+") ? m.group(1) : String.valueOf(ChineseNumerals.parse(m.group(1)));
                return new String[] {n, "第" + m.group(1) + "项", m.group(2)};
            }
            m = LEVEL2.matcher(line);
            if (m.matches() && isLevel2Task(m.group(2))) {
                return new String[] {String.valueOf(ChineseNumerals.parse(m.group(1))), "(" + m.group(1) + ")", m.group(2)};
            }
            return null;
        }

        /** A short line that is no sentence, no task and no label: an unnumbered sub-heading. */
        private boolean isSubHeading(String line) {
            return line.length() <= 30 && !line.matches(".*[。;;,,:、!?]$") && !line.contains("。") && !line.contains(":")
                    && !line.matches(".*\\d{4}.*") && line.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fa5);
        }

        private void openSubHeading(String title, int lineNo) {
            closeDraft();
            if (level1 == null) {
                openLevel1(null, title, lineNo);
                return;
            }
            headingLeaders = headingLeaders(title).isEmpty() ? level1Leaders : headingLeaders(title);
            level2 = new ParsedSection("", title, 2, level1.kind(), null, lineNo, new ArrayList<>(), new ArrayList<>());
            level1.children().add(level2);
            current = level2;
        }

        private void openLevel1(String numeral, String title, int lineNo) {
            openLevel1(numeral, numeral == null ? "" : numeral + "、", title, lineNo);
        }

        private void openLevel1(String numeral, String label, String title, int lineNo) {
            closeDraft();
            closeLevel1();
            if (numeral != null) {
                int n = ChineseNumerals.parse(numeral);
                checkNumber(n, expectedSection, "章节", "section", lineNo);
                expectedSection = Math.max(expectedSection, n + 1);
            }
            Matcher c = COUNT.matcher(title);
            Integer declared = c.find() ? Integer.parseInt(c.group(1)) : null;
            sectionFirstLeads = false;
            String clean = withoutRule(COUNT.matcher(title).replaceAll("").trim());
            headingLeaders = headingLeaders(clean);
            level1Leaders = headingLeaders;
            level1 = new ParsedSection(label, clean, 1, SectionKind.fromHeading(clean), declared, lineNo, new ArrayList<>(),
                    new ArrayList<>());
            sections.add(level1);
            level2 = null;
            current = level1;
            expectedSub = 1;
            expectedTask = 1;
            arabicHeading = null;
            expectedArabicHeading = 1;
        }

        /**
         * The leaders a heading names ("王某某副市长主抓…", "由…负责的…", "(常务副区长张某某联系事项)", "分管县领导:常务副县长:
         * 吴某某", "分管副县长:吴某某" → 副县长吴某某, "一、农业农村(分管县领导:周某某)" → 周某某), as written; empty if it
         * names none.
         */
        static List<String> headingLeaders(String title) {
            Matcher m = LEADER_HEADING.matcher(title);
            if (m.find()) {
                return List.of(m.group(1));
            }
            m = LEADER_HEADING_TITLE_FIRST.matcher(title);
            if (m.find()) {
                return List.of(m.group(1) + m.group(2));
            }
            m = LEADER_HEADING_TITLE_LABEL.matcher(title);
            if (m.matches()) {
                String leaderTitle = m.group(1);
                return TableAssembler.names(m.group(2)).stream().map(name -> leaderTitle + name).toList();
            }
            Matcher bracket = HEADING_LEADER_BRACKET.matcher(title);
            String leaderPart = bracket.find() && TaskFields.leadersOnly(bracket.group(1)) ? bracket.group(1) : title;
            if (TaskFields.leadersOnly(leaderPart)) {
                TaskFields f = TaskFields.parse(leaderPart, 0, new Warnings());
                List<String> names = new ArrayList<>();
                f.get(FieldLabel.LEADER).forEach(v -> names.addAll(TableAssembler.names(v)));
                return names;
            }
            return List.of();
        }

        /**
         * A heading that states the lead rule ("一、推动经济高质量发展(列第一位的为牵头单位,下同)"): the rule holds for the tasks
         * under it, and with 下同 for all that follow; the title is answered without the note.
         */
        private String withoutRule(String title) {
            if (!LeadRule.statesFirstLeads(title)) {
                return title;
            }
            if (title.contains("下同")) {
                firstLeads = true;
            } else {
                sectionFirstLeads = true;
            }
            return LeadRule.withoutRuleNote(title).strip();
        }

        private void openLevel2(String numeral, String title, int lineNo) {
            closeDraft();
            if (level1 == null) {
                openLevel1(null, "", lineNo);
            }
            int n = ChineseNumerals.parse(numeral);
            checkNumber(n, expectedSub, "小节", "subsection", lineNo);
            expectedSub = Math.max(expectedSub, n + 1);
            String clean = withoutRule(COUNT.matcher(title).replaceAll("").trim());
            headingLeaders = headingLeaders(clean).isEmpty() ? level1Leaders : headingLeaders(clean);
            level2 = new ParsedSection("(" + numeral + ")", clean, 2, level1.kind(),
                    null, lineNo, new ArrayList<>(), new ArrayList<>());
            level1.children().add(level2);
            current = level2;
        }

        private void addTask(int n, String label, String rest, int lineNo) {
            addTask(n, String.valueOf(n), label, rest, lineNo);
        }

        /** @param n the number to check the sequence with; {@code number} the task's number as kept ("3", "1.2") */
        private void addTask(int n, String number, String label, String rest, int lineNo) {
            closeDraft();
            if (current == null) {
                openLevel1(null, "", lineNo);
            }
            // numbering may restart in each section or continue across sections: both are right
            if (n != expectedTask && n == nextOverall && level1.allTasks().isEmpty()) {
                expectedTask = n;
            }
            checkNumber(n, expectedTask, "任务", "task", lineNo);
            expectedTask = Math.max(expectedTask, n + 1);
            nextOverall = Math.max(nextOverall, n + 1);
            draft = new Draft(number, label, lineNo, current, headingLeaders, rest);
            for (LabelLine pending : pendingLabels) {
                draft.addLabelLine(pending.text(), pending.line());
            }
            pendingLabels.clear();
        }

        /** The draft becomes a task: markers, spam and the clause out of the text, the lead decided. */
        private void closeDraft() {
            if (draft == null) {
                return;
            }
            Draft d = draft;
            draft = null;
            warnings.addAll(d.textWarnings);
            warnings.addAll(d.lineWarnings);
            String where = "任务" + d.number;
            List<String> markers = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (char c : d.fields.text.toCharArray()) {
                if (MARKERS.indexOf(c) >= 0) {
                    markers.add(String.valueOf(c));
                } else {
                    text.append(c);
                }
            }
            String taskText = FOOTNOTE_REF.matcher(text.toString().trim()).replaceAll("");
            List<String> leaders = new ArrayList<>(d.headingLeaders);
            for (String l : d.values(FieldLabel.LEADER)) {
                for (String name : TableAssembler.names(l)) {
                    if (leaders.stream().noneMatch(known -> TableAssembler.sameLeader(known, name))) {
                        leaders.add(name);
                    }
                }
            }
            UnitListSplitter.Roles roles = UnitListSplitter.Roles.collect();
            List<UnitRef> leads = units(d.values(FieldLabel.LEAD), d.line, roles);
            List<UnitRef> responsible = units(d.values(FieldLabel.RESPONSIBLE), d.line, roles);
            List<UnitRef> related = units(d.values(FieldLabel.RELATED), d.line, roles);
            related.addAll(roles.supporting());
            List<UnitRef> starred = roles.leading();
            boolean rule = firstLeads || sectionFirstLeads || d.fields.ruleStated;
            if (d.fields.ruleStated && d.fields.ruleHoldsOn) {
                firstLeads = true;
            }
            LeadRule.Decided decided = LeadRule.decide(leads, responsible, related, starred, rule, d.line, where, warnings);
            String target = null;
            List<QuantTarget> quant = List.of();
            if (d.section.kind() == SectionKind.TARGETS) {
                target = taskText.replaceAll("[。;;]$", "");
                quant = TargetTextParser.parse(target);
            }
            List<String> persons = d.values(FieldLabel.PERSON);
            List<String> coordinators = d.values(FieldLabel.COORDINATOR);
            if (decided.leads().isEmpty() && decided.responsible().isEmpty()) {
                warnings.add(WarningCode.MISSING_FIELD, d.line, where + "没有牵头单位或责任单位",
                        "task " + d.number + " names no lead or responsible unit",
                        "补充“(责任单位:…)” / add the responsibility clause");
            }
            List<String> deadlines = d.values(FieldLabel.DEADLINE);
            String deadline = deadlines.isEmpty() ? null : String.join(";", deadlines);
            if (deadline != null && TaskDeadline.dueDate(deadline, 2000).isEmpty() && !TaskDeadline.openEnded(deadline)) {
                warnings.add(WarningCode.UNREAD_DEADLINE, d.line, where + "的完成时限“" + TaskFields.excerpt(deadline)
                                + "”不是可识别的日期,未设截止日期",
                        where + ": the deadline '" + deadline + "' names no date; no due date is set",
                        "导入后在任务中填写截止日期 / set the due date on the task after import");
            }
            d.section.tasks().add(new ParsedTask(d.number, d.label, d.line, d.layout, taskText, markers, target, quant,
                    leaders, coordinators.isEmpty() ? null : String.join("、", coordinators), decided.leads(),
                    persons.isEmpty() ? null : String.join("、", persons), decided.responsible(), decided.related(),
                    d.progress, deadline));
        }

        private List<UnitRef> units(List<String> written, int line, UnitListSplitter.Roles roles) {
            List<UnitRef> out = new ArrayList<>();
            for (String w : written) {
                out.addAll(UnitListSplitter.split(w, line, warnings, roles));
            }
            return out;
        }

        /** The row that names the columns (序号, 主要工作任务, 牵头单位 …): a task column and one more; -1 if none. */
        static int headerRow(Table t) {
            for (int r = 0; r < Math.min(6, t.rows().size()); r++) {
                int known = 0;
                boolean task = false;
                for (String c : t.rows().get(r).cells()) {
                    Optional<TableColumn> col = TableColumn.fromHeader(c == null ? "" : c);
                    if (col.isPresent()) {
                        known++;
                        task |= col.get() == TableColumn.TASK;
                    }
                }
                if (task && known >= 2) {
                    return r;
                }
            }
            return -1;
        }

        /** A table in the plan: by its header's columns, or, without one, row by row as lines. */
        void table(Table t) {
            int h = headerRow(t);
            Row header;
            if (h >= 0) {
                header = t.rows().get(h);
                if (h + 1 < t.rows().size() && isSubHeader(t.rows().get(h + 1))) {
                    // "责任单位" merged over "牵头单位 | 配合单位": the second row names the columns the first one spans
                    header = mergedHeader(header, t.rows().get(h + 1));
                    h++;
                }
                lastHeader = header;
            } else if (lastHeader != null && !t.rows().isEmpty()
                    && t.rows().get(0).cells().size() >= 2 && t.rows().get(0).cells().size() <= lastHeader.cells().size()) {
                // rows of the table above, parted from its header by a heading line ("(二)某某副县长分管工作")
                header = lastHeader;
            } else {
                header = null;
            }
            if (header == null) {
                for (Row r : t.rows()) {
                    List<String> cells = r.nonBlank();
                    if (cells.isEmpty()) {
                        continue;
                    }
                    String first = UnitNames.clean(cells.get(0));
                    String line = first.matches("\\d{1,4}") && cells.size() > 1
                            ? first + "." + UnitNames.clean(String.join("", cells.subList(1, cells.size())))
                            : UnitNames.clean(String.join("", cells));
                    read(line, r.line());
                }
                return;
            }
            Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
            for (int i = 0; i < header.cells().size(); i++) {
                String cell = header.cell(i);
                Optional<TableColumn> col = TableColumn.fromHeader(cell);
                if (col.isPresent()) {
                    columns.putIfAbsent(col.get(), i);
                    if (LeadRule.statesFirstLeads(UnitNames.clean(cell))) {
                        firstLeads = true;
                    }
                } else if (!cell.isBlank() && h >= 0) {
                    warnings.add(WarningCode.UNKNOWN_COLUMN, header.line(), "无法识别的表头“" + cell + "”,该列被忽略",
                            "unknown header '" + cell + "'; the column is ignored", "核对该列内容 / check the column");
                }
            }
            Integer groupColumn = null;
            if (columns.containsKey(TableColumn.TASK) && columns.containsKey(TableColumn.MEASURES)
                    && onlyGroupHeadings(t, h, columns.get(TableColumn.TASK))) {
                // "重点任务 | 具体措施": the first holds "一、做强实体经济" in a group's first row only (merged in the original),
                // so the groups are sections and the measures column holds the tasks
                groupColumn = columns.get(TableColumn.TASK);
                columns.put(TableColumn.TASK, columns.remove(TableColumn.MEASURES));
            }
            int running = 0;
            boolean blanksRepeat = blanksMergedNote || blanksMerged(t, h);
            Row aboveTask = null;
            Row lastData = null;
            String previousNumber = "";
            String lastTaskCell = "";
            for (int r = h + 1; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                List<String> nonBlank = row.nonBlank();
                if (nonBlank.isEmpty()) {
                    continue;
                }
                String first = UnitNames.clean(nonBlank.get(0));
                if (r > h && sameHeader(header, row)) {
                    // the header repeated where the table continues on a new page
                    continue;
                }
                row = withoutHeaderText(row, header, lastData);
                if (blanksRepeat) {
                    boolean taskRow = nonBlank.size() > 1 && (!cell(row, columns, TableColumn.NUMBER).isBlank()
                            || !cell(row, columns, TableColumn.TASK).isBlank());
                    row = taskRow && aboveTask != null ? withCellsAbove(row, aboveTask, columns) : row;
                    aboveTask = taskRow ? row : null;
                }
                lastData = row;
                if (groupColumn != null && !row.cell(groupColumn).isBlank()) {
                    read(UnitNames.clean(row.cell(groupColumn)), row.line());
                    first = UnitNames.clean(row.nonBlank().size() > 1 ? row.nonBlank().get(1) : first);
                }
                if (first.startsWith("备注") || first.startsWith("注:")) {
                    if (LeadRule.statesFirstLeads(first)) {
                        firstLeads = true;
                    }
                    continue;
                }
                String number = TaskFields.halfWidthDigits(UnitNames.clean(cell(row, columns, TableColumn.NUMBER)));
                String taskCell = UnitNames.clean(cell(row, columns, TableColumn.TASK));
                if (nonBlank.size() == 1 && !number.matches("\\d{1,4}[.、]?")) {
                    read(first, row.line());
                    continue;
                }
                String previousTaskCell = lastTaskCell;
                lastTaskCell = taskCell;
                if (!number.isEmpty() && number.equals(previousNumber) && draft != null
                        && (taskCell.isEmpty() || taskCell.equals(previousTaskCell))) {
                    // the number (and task) cells are merged down over this row too: it continues the task above
                    number = "";
                } else {
                    previousNumber = number;
                }
                Matcher dashed = DASHED_NUMBER.matcher(number);
                String[] written = number.isEmpty() || dashed.matches() ? null
                        : taskNumber(number.matches("\\d{1,4}") ? number + "." + taskCell : number + taskCell);
                int n;
                String label;
                List<String[]> numbered;
                if (dashed.matches()) {
                    // "1-1", "2-3": the task's number within its section, kept as written
                    running = Integer.parseInt(dashed.group(2));
                    addTask(running, dashed.group(1) + "-" + dashed.group(2), number, taskCell, row.line());
                    draft.layout = draft.fields.found() ? draft.fields.layout : "table";
                    fill(draft, row, columns);
                    continue;
                } else if (written != null) {
                    n = Integer.parseInt(written[0]);
                    label = written[1];
                } else if (draft != null && (taskCell.isEmpty() || columns.containsKey(TableColumn.NUMBER) && number.isEmpty())) {
                    // a row under a merged or wrapped number cell: more text and units of the task above
                    if (!taskCell.isEmpty() && !taskCell.equals(previousTaskCell)) {
                        draft.read(draft.raw + taskCell);
                    }
                    fill(draft, row, columns);
                    continue;
                } else if (!columns.containsKey(TableColumn.NUMBER)
                        && !(numbered = numberedInCell(cell(row, columns, TableColumn.TASK), Math.max(running, nextOverall - 1))).isEmpty()) {
                    // no 序号 column, the numbers in the task cell: "1.地区生产总值增长7%左右。\n2.固定资产投资增长10%。" is two
                    // tasks, each with the row's leaders and units
                    for (String[] task : numbered) {
                        running = Integer.parseInt(task[0]);
                        addTask(running, task[1], task[2], row.line());
                        draft.layout = draft.fields.found() ? draft.fields.layout : "table";
                        fill(draft, row, columns);
                    }
                    continue;
                } else if (!columns.containsKey(TableColumn.NUMBER) || number.isEmpty()) {
                    n = ++running > nextOverall ? running : nextOverall;
                    label = "";
                    if (columns.containsKey(TableColumn.NUMBER)) {
                        warnings.add(WarningCode.MISSING_FIELD, row.line(), "第" + row.line() + "行没有序号,按顺序编为" + n,
                                "row " + row.line() + " has no number; numbered " + n, "核对序号 / check the number");
                    }
                } else {
                    read(UnitNames.clean(String.join("", nonBlank)), row.line());
                    continue;
                }
                running = n;
                addTask(n, label, taskCell, row.line());
                draft.layout = draft.fields.found() ? draft.fields.layout : "table";
                fill(draft, row, columns);
            }
            closeDraft();
        }

        /** The columns whose blank cell repeats the cell above where a note says blanks are merged cells. */
        private static final List<TableColumn> MERGEABLE = List.of(TableColumn.LEADERS, TableColumn.LEAD_UNIT,
                TableColumn.RESPONSIBLE_UNITS, TableColumn.RELATED_UNITS, TableColumn.DUTIES, TableColumn.LEAD_PERSON,
                TableColumn.COORDINATOR, TableColumn.DEADLINE);

        /**
         * Whether a note row of the table ("注:表中空白单元格为原表合并单元格(与上一行同)") says its blank cells are merged with
         * the cell above: a sheet saved or retyped without its merged regions keeps the value in the first row only.
         */
        private static boolean blanksMerged(Table t, int h) {
            for (int r = h + 1; r < t.rows().size(); r++) {
                List<String> cells = t.rows().get(r).nonBlank();
                String first = cells.isEmpty() ? "" : UnitNames.clean(cells.get(0));
                if (cells.size() == 1 && isBlanksMergedNote(first)) {
                    return true;
                }
            }
            return false;
        }

        /** "注:表中空白单元格为原表合并单元格(与上一行同)", as a note row of the table or a paragraph under it. */
        static boolean isBlanksMergedNote(String cleaned) {
            return cleaned.matches("^(?:注|备注|说明)\\d?[:].*") && BLANKS_MERGED.matcher(cleaned).find();
        }

        /**
         * A task row under such a note: its blank leader, unit and deadline cells hold what the task row above holds
         * (the merged cell spans both); a section row ends every span.
         */
        private static Row withCellsAbove(Row row, Row above, Map<TableColumn, Integer> columns) {
            List<String> cells = new ArrayList<>(row.cells());
            for (TableColumn c : MERGEABLE) {
                Integer i = columns.get(c);
                if (i == null || !row.cell(i).isBlank()) {
                    continue;
                }
                while (cells.size() <= i) {
                    cells.add("");
                }
                cells.set(i, above.cell(i));
            }
            return new Row(row.line(), cells);
        }

        /**
         * Whether the cells of a column under the header are each empty or a section heading ("一、做强实体经济"), at least
         * one a heading: a column of groups, written in each group's first row.
         */
        private static boolean onlyGroupHeadings(Table t, int h, int column) {
            boolean any = false;
            for (int r = h + 1; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                String c = UnitNames.clean(row.cell(column));
                if (c.isEmpty() || row.nonBlank().size() <= 1) {
                    continue;
                }
                if (!LEVEL1.matcher(c).matches() || c.contains("。") || c.length() > 40) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        /**
         * The tasks a task cell numbers itself when the table has no 序号 column: each line that starts with a number
         * ("1.…", "3、…", "1．…") is a task, a line without one continues the task above it. The numbers must go on from
         * the rows above ({@code running} + 1 first): a cell whose list starts again at 1 lists one task's measures, and
         * a cell that does not start with a number is one task; both answer an empty list. Each entry is {number, label
         * as written, text}.
         */
        static List<String[]> numberedInCell(String cell, int running) {
            List<String[]> tasks = new ArrayList<>();
            for (String raw : cell.split("\\R")) {
                String line = UnitNames.clean(raw);
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = TASK_ARABIC.matcher(line);
                if (m.matches() && !m.group(2).isBlank()
                        && Integer.parseInt(m.group(1)) == (tasks.isEmpty() ? running : Integer.parseInt(tasks.get(tasks.size() - 1)[0])) + 1) {
                    tasks.add(new String[] {m.group(1), m.group(1) + ".", m.group(2)});
                } else if (!tasks.isEmpty()) {
                    String[] last = tasks.get(tasks.size() - 1);
                    last[2] = last[2] + line;
                } else {
                    return List.of();
                }
            }
            return tasks;
        }

        /**
         * A cell that says its column's header ("责任领导" under 责任领导) is the repeated header merged down into the row, not
         * a value: the row above the repeated header holds the value.
         */
        private static Row withoutHeaderText(Row row, Row header, Row previous) {
            List<String> cells = new ArrayList<>(row.cells());
            boolean changed = false;
            for (int i = 0; i < cells.size(); i++) {
                String h = header.cell(i);
                if (!h.isBlank() && row.cell(i).equals(h) && TableColumn.fromHeader(h).isPresent()) {
                    cells.set(i, previous == null ? "" : previous.cell(i));
                    changed = true;
                }
            }
            return changed ? new Row(row.line(), cells) : row;
        }

        /**
         * A second header row: every non-blank cell of it names a known column or a period ("一季度" … "四季度" under
         * 时间节点), at least one.
         */
        private static boolean isSubHeader(Row row) {
            List<String> cells = row.nonBlank();
            return !cells.isEmpty() && cells.stream().allMatch(c -> TableColumn.fromHeader(c).isPresent()
                    || PERIOD.matcher(UnitNames.clean(c)).matches());
        }

        /**
         * The columns two header rows name: the lower cell where it names a column, else the upper one. Periods under a
         * column (时间节点 over 一季度…四季度) are the milestones of a plan by quarter: neither a deadline nor a unit, not read.
         */
        private static Row mergedHeader(Row header, Row sub) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(header.cells().size(), sub.cells().size()); i++) {
                String below = sub.cell(i);
                if (PERIOD.matcher(UnitNames.clean(below)).matches()) {
                    cells.add("");
                    continue;
                }
                cells.add(!below.isBlank() && TableColumn.fromHeader(below).isPresent() ? below : header.cell(i));
            }
            return new Row(sub.line(), cells);
        }

        /** Whether {@code row} names the same columns as {@code header} (a header repeated on each page). */
        private static boolean sameHeader(Row header, Row row) {
            List<String> a = header.nonBlank().stream().map(c -> UnitNames.clean(c).replace(" ", "")).toList();
            List<String> b = row.nonBlank().stream().map(c -> UnitNames.clean(c).replace(" ", "")).toList();
            return a.size() > 1 && a.equals(b);
        }

        private static void fill(Draft d, Row row, Map<TableColumn, Integer> columns) {
            unitCell(d, FieldLabel.LEAD, cell(row, columns, TableColumn.LEAD_UNIT));
            unitCell(d, FieldLabel.RESPONSIBLE, cell(row, columns, TableColumn.RESPONSIBLE_UNITS));
            unitCell(d, FieldLabel.RELATED, cell(row, columns, TableColumn.RELATED_UNITS));
            d.column(FieldLabel.LEADER, cell(row, columns, TableColumn.LEADERS));
            d.column(FieldLabel.PERSON, cell(row, columns, TableColumn.LEAD_PERSON));
            d.column(FieldLabel.COORDINATOR, cell(row, columns, TableColumn.COORDINATOR));
            d.column(FieldLabel.DEADLINE, cell(row, columns, TableColumn.DEADLINE));
            String progress = cell(row, columns, TableColumn.PROGRESS);
            if (!progress.isBlank()) {
                d.progress = progress.strip();
            }
            dutyCell(d, cell(row, columns, TableColumn.DUTIES));
        }

        /**
         * A 责任分工 cell of label lines ("县领导:黄某某\n牵头单位:县发改局;县财政局\n责任单位:各乡镇"): each line's values go to
         * the field its label names, as label lines under a task would; a line without a label continues the label line
         * above it (a list wrapped in the cell). A cell without any label is a 责任单位 list.
         */
        private static void dutyCell(Draft d, String cell) {
            List<String> labelLines = new ArrayList<>();
            for (String raw : cell.split("\\R")) {
                String line = TaskFields.cleanLine(raw);
                if (FieldLabel.ANY.matcher(line).lookingAt() || labelLines.isEmpty()) {
                    labelLines.add(line);
                } else {
                    labelLines.set(labelLines.size() - 1, labelLines.get(labelLines.size() - 1) + line);
                }
            }
            if (labelLines.stream().noneMatch(l -> FieldLabel.ANY.matcher(l).lookingAt())) {
                unitCell(d, FieldLabel.RESPONSIBLE, cell);
                return;
            }
            for (String line : labelLines) {
                TaskFields f = TaskFields.parse(line, 0, new Warnings());
                f.values.forEach((label, values) -> values.forEach(v -> d.column(label, v)));
            }
        }

        /**
         * A unit cell, as the column names it — unless its lines name their roles ("牵头:市发展改革委\n配合:市统计局",
         * "牵头单位:…;配合单位:…"): then each line's units go to the role it names, as label lines would.
         */
        private static void unitCell(Draft d, FieldLabel column, String cell) {
            String labelled = UnitNames.clean(String.join(";", cell.strip().split("\\R")));
            if (FieldLabel.ANY.matcher(labelled).lookingAt()) {
                TaskFields f = TaskFields.parse(labelled, 0, new Warnings());
                List<FieldLabel> roles = List.of(FieldLabel.LEAD, FieldLabel.RESPONSIBLE, FieldLabel.RELATED);
                if (f.found() && f.text.isBlank() && roles.containsAll(f.values.keySet())) {
                    roles.forEach(role -> f.get(role).forEach(units -> d.column(role, units)));
                    return;
                }
            }
            d.column(column, cell);
        }

        private static String cell(Row row, Map<TableColumn, Integer> columns, TableColumn column) {
            Integer i = columns.get(column);
            return i == null ? "" : row.cell(i);
        }

        private void checkNumber(int n, int expected, String zh, String en, int lineNo) {
            if (n == expected) {
                return;
            }
            if (n > expected) {
                warnings.add(WarningCode.NUMBERING_GAP, lineNo,
                        zh + "编号跳号:应为" + expected + ",实为" + n,
                        en + " numbering gap: expected " + expected + ", found " + n,
                        "检查是否漏掉了第" + expected + (n - 1 > expected ? "至" + (n - 1) : "") + "项 / check for a missing item");
            } else {
                warnings.add(WarningCode.NUMBERING_REPEAT, lineNo,
                        zh + "编号重复或倒序:应为" + expected + ",实为" + n,
                        en + " number repeated or out of order: expected " + expected + ", found " + n,
                        "检查编号 / check the numbering");
            }
        }

        private void closeLevel1() {
            if (level1 != null && level1.declaredCount() != null) {
                int actual = level1.allTasks().size();
                if (actual != level1.declaredCount()) {
                    warnings.add(WarningCode.COUNT_MISMATCH, level1.line(),
                            "“" + level1.title() + "”标明共" + level1.declaredCount() + "项,实际读到" + actual + "项",
                            "'" + level1.title() + "' declares " + level1.declaredCount() + " items, " + actual + " were read",
                            "检查是否有任务缺失或编号错误 / check for missing or misnumbered tasks");
                }
            }
        }

        /** An unnumbered line read as a sub-heading that no task followed was not a heading: said, and left out. */
        private void dropEmptySubHeadings(List<ParsedSection> list) {
            list.removeIf(s -> {
                dropEmptySubHeadings(s.children());
                if (s.label().isEmpty() && s.allTasks().isEmpty()) {
                    String t = TaskFields.excerpt(s.title());
                    warnings.add(WarningCode.UNPLACED_LINE, s.line(), "无法归入任何章节或任务的行:“" + t + "”",
                            "line could not be placed in a section or task: '" + t + "'",
                            "检查编号或标题格式(一、 (一) —— 1.) / check its numbering or heading format");
                    return true;
                }
                return false;
            });
        }

        void finish() {
            Draft last = draft;
            closeDraft();
            for (LabelLine pending : pendingLabels) {
                String t = TaskFields.excerpt(pending.text());
                warnings.add(WarningCode.UNPLACED_LINE, pending.line(), "任务上方的标注行后没有任务:“" + t + "”",
                        "a label line stands above no task: '" + t + "'", "核对原件 / check against the original");
            }
            pendingLabels.clear();
            if (last != null && last.open() && !last.raw.isBlank()) {
                warnings.add(WarningCode.CUT_OFF, last.line, "最后一项任务" + last.number + "似乎不完整(无句末标点、无责任单位):“"
                                + TaskFields.excerpt(last.raw) + "”",
                        "the last task " + last.number + " looks cut off (no closing punctuation, no units)",
                        "核对原件,补全该项 / complete it from the original");
            }
            closeLevel1();
            dropEmptySubHeadings(sections);
        }
    }

    /** The 办理方案 form after 附件: its title, "总责任人:" fields and the item columns (a table or one name per line). */
    private static WorkPlanTemplate readTemplate(List<Block> blocks, int from) {
        String title = null;
        List<String> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean inColumns = false;
        for (int j = from; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Table t) {
                if (title != null && columns.isEmpty() && !t.rows().isEmpty()) {
                    t.rows().get(0).nonBlank().forEach(c -> columns.add(UnitNames.clean(c)));
                }
                continue;
            }
            String l = UnitNames.clean(((Paragraph) b).text());
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("抄送")) {
                break;
            }
            if (l.endsWith("办理方案") && !l.startsWith("附件")) {
                title = l;
            } else if (title != null && l.contains(":") && columns.isEmpty()) {
                fields.add(l.substring(0, l.indexOf(':')));
            } else if (l.equals("序号")) {
                inColumns = true;
                columns.add(l);
            } else if (inColumns) {
                if (l.matches("\\d+")) {
                    break;
                }
                columns.add(l);
            }
        }
        return title == null ? null : new WorkPlanTemplate(title, fields, columns);
    }
}
