package org.duban.tasks.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;

/**
 * Reads a decomposition plan (责任分解方案) as published: the covering notice (document number, dates,
 * work-plan and reporting deadlines), then sections 一、 / (一) / —— with numbered tasks and their
 * "(牵头单位:…;责任单位:…)" clauses, then the 办理方案 template after 附件. Damage is warned about and
 * read past, never a reason to drop a task.
 */
public final class PlanTextParser {
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^\\(([一二三四五六七八九十]+)\\)(.+)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(?:——|—|--)+\\s*(.+)$");
    private static final Pattern TASK = Pattern.compile("^(\\d{1,4})\\s*[.．、]\\s*(.*)$");
    private static final Pattern COUNT = Pattern.compile("\\(共(\\d+)项\\)");
    private static final Pattern DOC_NUMBER = Pattern.compile("([\\u4e00-\\u9fff]{1,8}〔\\d{4}〕\\d+号)");
    private static final Pattern PUBLISHED = Pattern.compile("发文日期[::]\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISSUER = Pattern.compile("发布机构[::]\\s*(\\S+)");
    private static final Pattern REGION = Pattern.compile("^([\\u4e00-\\u9fff]{2,12}?[市县区])人民政府办公室文件$");
    private static final Pattern SUBMISSION = Pattern.compile("于([\\d年月]+)日前报送");
    private static final Pattern DAY = Pattern.compile("([\\d年月]+)日");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final String MARKERS = "▲●■★◆";

    private final KnownUnits directory;

    public PlanTextParser(KnownUnits directory) {
        this.directory = directory;
    }

    public ParsedPlan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportFormatException("文本为空 / the text is empty");
        }
        Warnings warnings = new Warnings();
        String[] lines = text.split("\\r?\\n", -1);
        Header header = new Header();
        Body body = new Body(warnings);
        int i = 0;
        // covering notice: everything before the first short level-one heading
        for (; i < lines.length; i++) {
            String line = UnitNames.clean(lines[i]);
            if (isSectionHeading(line)) {
                break;
            }
            header.read(line, i + 1, lines);
        }
        int bodyStart = i;
        for (; i < lines.length; i++) {
            String line = UnitNames.clean(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("附件") || line.startsWith("抄送")) {
                break;
            }
            body.read(line, i + 1);
        }
        WorkPlanTemplate template = readTemplate(lines, i);
        body.finish();
        if (body.sections.isEmpty()) {
            warnings.add(WarningCode.NO_TASKS, 0, "未找到“一、”形式的章节标题,没有导入任何任务",
                    "no level-one section heading ('一、…') found; nothing imported",
                    "检查文本是否为责任分解方案 / check that the text is a decomposition plan");
        }

        Integer year = header.year(lines, bodyStart);
        LocalDate issue = header.issueDate(year, warnings);
        LocalDate submission = header.submissionDeadline(year, issue, warnings);
        List<ReportingDeadline> reporting = header.reportingDeadlines(year, issue, warnings);
        DocumentInfo doc = new DocumentInfo(header.title(lines, bodyStart), header.number, header.issuer, issue,
                header.published, header.region, year);
        List<ParsedSection> sections = new UnitResolver(directory, warnings).resolve(body.sections);
        for (ParsedSection s : sections) {
            for (ParsedTask t : s.allTasks()) {
                if (t.leadUnit() == null && t.responsibleUnits().isEmpty()) {
                    warnings.add(WarningCode.MISSING_FIELD, t.line(), "任务" + t.number() + "没有牵头单位或责任单位",
                            "task " + t.number() + " names no lead or responsible unit",
                            "补充“(责任单位:…)” / add the responsibility clause");
                }
            }
        }
        return new ParsedPlan("PLAN_TEXT", doc, sections, Map.of(), submission, reporting, template, null,
                warnings.list());
    }

    private static boolean isSectionHeading(String line) {
        Matcher m = LEVEL1.matcher(line);
        return m.matches() && line.length() <= 40 && !line.contains("。");
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

    /** Sections and tasks of the plan body. */
    private static final class Body {
        final List<ParsedSection> sections = new ArrayList<>();
        final Warnings warnings;
        ParsedSection level1;
        ParsedSection level2;
        ParsedSection current;
        int expectedSection = 1;
        int expectedSub = 1;
        int expectedTask = 1;
        int lastTaskLine = -1;
        String lastTaskLineText;
        boolean lastTaskHadClause = true;

        Body(Warnings warnings) {
            this.warnings = warnings;
        }

        void read(String line, int lineNo) {
            Matcher m;
            if (isSectionHeading(line)) {
                m = LEVEL1.matcher(line);
                m.matches();
                openLevel1(m.group(1), m.group(2), lineNo);
            } else if ((m = LEVEL2.matcher(line)).matches() && level1 != null) {
                if (line.contains("(牵头单位") || line.contains("(责任单位") || level1.kind() == SectionKind.TARGETS) {
                    int n = ChineseNumerals.parse(m.group(1));
                    addTask(n, "(" + m.group(1) + ")", m.group(2), lineNo);
                } else {
                    openLevel2(m.group(1), m.group(2), lineNo);
                }
            } else if ((m = LEVEL3.matcher(line)).matches() && level1 != null) {
                ParsedSection parent = level2 != null ? level2 : level1;
                ParsedSection s = new ParsedSection("——", m.group(1).trim(), parent.level() + 1, level1.kind(), null,
                        lineNo, new ArrayList<>(), new ArrayList<>());
                parent.children().add(s);
                current = s;
                lastTaskHadClause = true;
            } else if ((m = TASK.matcher(line)).matches() && level1 != null) {
                addTask(Integer.parseInt(m.group(1)), m.group(1) + ".", m.group(2), lineNo);
            } else if (!lastTaskHadClause && lastTaskLine > 0) {
                // a task wrapped over two lines: its clause is on this one
                replaceLastTask(lastTaskLineText + line);
            } else {
                warnings.add(WarningCode.UNPLACED_LINE, lineNo, "无法归入任何章节或任务的行:“" + ResponsibilityClause.excerpt(line) + "”",
                        "line could not be placed in a section or task: '" + ResponsibilityClause.excerpt(line) + "'",
                        "检查编号或标题格式(一、 (一) —— 1.) / check its numbering or heading format");
            }
        }

        private void openLevel1(String numeral, String title, int lineNo) {
            closeLevel1();
            int n = ChineseNumerals.parse(numeral);
            checkNumber(n, expectedSection, "章节", "section", lineNo);
            expectedSection = Math.max(expectedSection, n + 1);
            Matcher c = COUNT.matcher(title);
            Integer declared = c.find() ? Integer.parseInt(c.group(1)) : null;
            String clean = COUNT.matcher(title).replaceAll("").trim();
            level1 = new ParsedSection(numeral + "、", clean, 1, SectionKind.fromHeading(clean), declared, lineNo,
                    new ArrayList<>(), new ArrayList<>());
            sections.add(level1);
            level2 = null;
            current = level1;
            expectedSub = 1;
            expectedTask = 1;
            lastTaskHadClause = true;
        }

        private void openLevel2(String numeral, String title, int lineNo) {
            int n = ChineseNumerals.parse(numeral);
            checkNumber(n, expectedSub, "小节", "subsection", lineNo);
            expectedSub = Math.max(expectedSub, n + 1);
            level2 = new ParsedSection("(" + numeral + ")", title.trim(), 2, level1.kind(), null, lineNo,
                    new ArrayList<>(), new ArrayList<>());
            level1.children().add(level2);
            current = level2;
            lastTaskHadClause = true;
        }

        private void addTask(int n, String label, String rest, int lineNo) {
            checkNumber(n, expectedTask, "任务", "task", lineNo);
            expectedTask = Math.max(expectedTask, n + 1);
            current.tasks().add(task(String.valueOf(n), label, rest, lineNo));
            lastTaskLine = lineNo;
            lastTaskLineText = rest;
        }

        private void replaceLastTask(String rest) {
            List<ParsedTask> tasks = current.tasks();
            ParsedTask last = tasks.remove(tasks.size() - 1);
            tasks.add(task(last.number(), last.label(), rest, last.line()));
            lastTaskLineText = rest;
        }

        private ParsedTask task(String number, String label, String rest, int lineNo) {
            InjectionDetector.check(rest, lineNo, "任务" + number, warnings);
            ResponsibilityClause clause = ResponsibilityClause.parse(rest, lineNo, warnings);
            lastTaskHadClause = clause.found();
            List<String> markers = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (char c : clause.taskText().toCharArray()) {
                if (MARKERS.indexOf(c) >= 0) {
                    markers.add(String.valueOf(c));
                } else {
                    text.append(c);
                }
            }
            String taskText = text.toString().trim();
            String target = null;
            List<QuantTarget> quant = List.of();
            if (level1.kind() == SectionKind.TARGETS) {
                target = taskText.replaceAll("[。;;]$", "");
                quant = TargetTextParser.parse(target);
            }
            return new ParsedTask(number, label, lineNo, taskText, markers, target, quant, List.of(), null,
                    clause.lead(), null, clause.responsible(), clause.related(), null);
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

        void finish() {
            closeLevel1();
        }
    }

    /** The 办理方案 form after 附件: its title, "总责任人:" fields and the item columns up to the first row number. */
    private static WorkPlanTemplate readTemplate(String[] lines, int from) {
        String title = null;
        List<String> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean inColumns = false;
        for (int j = from; j < lines.length; j++) {
            String l = UnitNames.clean(lines[j]);
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
