package org.duban.tasks.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;

/**
 * Turns the cells of one completion-table row into a task, whatever the table came as (text, CSV, XLSX),
 * and the rows into a plan: one section, the legend of the 备注 footnote, the period of the title.
 */
final class TableAssembler {
    static final String MARKERS = "▲●■★◆☆△";
    private static final Pattern LEGEND = Pattern.compile("([▲●■★◆☆△])项?为([^;;。▲●■★◆☆△]+)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final Warnings warnings;
    private final List<ParsedTask> tasks = new ArrayList<>();
    private final Map<String, String> legend = new LinkedHashMap<>();
    private int expected = 1;

    TableAssembler(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Adds one row; {@code leadUnits}, {@code responsible} and {@code related} as written (several names allowed,
     * {@code responsible} null when the table has no 责任单位 column).
     */
    void addRow(String label, int line, String taskText, List<String> leaders, String coordinator,
            List<String> leadUnits, List<String> leadPersons, String responsible, String related, String progress) {
        int number = parseNumber(label, line);
        String where = "第" + label + "项";
        // injected text is warned about here and never stored: the import record keeps the original
        String taskWithoutSpam = InjectionDetector.strip(taskText, line, where + "目标任务", warnings);
        String progressWithoutSpam = progress == null || progress.isBlank() ? null
                : InjectionDetector.strip(progress.trim(), line, where + "完成情况", warnings);
        List<String> markers = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (char c : UnitNames.clean(taskWithoutSpam).toCharArray()) {
            if (MARKERS.indexOf(c) >= 0) {
                markers.add(String.valueOf(c));
            } else {
                text.append(c);
            }
        }
        List<UnitRef> leads = new ArrayList<>();
        for (String u : leadUnits) {
            leads.addAll(UnitListSplitter.split(u, line, warnings));
        }
        List<UnitRef> responsibleUnits = responsible == null || responsible.isBlank() ? new ArrayList<>()
                : new ArrayList<>(UnitListSplitter.split(responsible, line, warnings));
        responsibleUnits.removeIf(r -> leads.stream().anyMatch(l -> l.name().equals(r.name())));
        if (leadPersons.size() > 1) {
            warnings.add(WarningCode.SEVERAL_LEAD_UNITS, line,
                    where + "有多个责任人(" + String.join("、", leadPersons) + "),均已保留",
                    "row " + label + " names several lead persons (" + String.join(", ", leadPersons) + "); all kept",
                    "确认各责任人对应的单位 / confirm which person belongs to which unit");
        }
        if (leads.isEmpty() && !responsibleUnits.isEmpty()) {
            // no 牵头单位 cell: who leads follows from the 责任单位 cell as everywhere else (one unit leads)
            LeadRule.Decided decided = LeadRule.decide(List.of(), responsibleUnits, List.of(), List.of(), false, line, where, warnings);
            leads.addAll(decided.leads());
            responsibleUnits = new ArrayList<>(decided.responsible());
        } else if (leads.isEmpty()) {
            missing(line, where, "牵头单位", "lead unit");
        }
        if (leaders.isEmpty()) {
            missing(line, where, "责任领导", "responsible leader");
        }
        if (coordinator == null) {
            missing(line, where, "协管责任人", "coordinator");
        }
        if (progress == null || progress.isBlank()) {
            missing(line, where, "完成情况", "progress text");
        }
        List<UnitRef> relatedUnits = related == null || related.isBlank() ? List.of()
                : UnitListSplitter.split(related, line, warnings);
        tasks.add(new ParsedTask(String.valueOf(number), label, line, "table", text.toString().trim(), markers, null, List.of(),
                leaders, coordinator, leads, leadPersons.isEmpty() ? null : String.join("、", leadPersons), responsibleUnits,
                relatedUnits, progressWithoutSpam, null));
    }

    private void missing(int line, String where, String zh, String en) {
        warnings.add(WarningCode.MISSING_FIELD, line, where + "缺少" + zh, "row is missing its " + en,
                "补充" + zh + " / fill in the " + en);
    }

    private int parseNumber(String label, int line) {
        int n;
        try {
            n = Integer.parseInt(label.trim());
        } catch (NumberFormatException e) {
            n = expected;
        }
        if (n > expected) {
            warnings.add(WarningCode.NUMBERING_GAP, line, "序号跳号:应为" + expected + ",实为" + n,
                    "numbering gap: expected " + expected + ", found " + n, "检查是否漏行 / check for a missing row");
        } else if (n < expected) {
            warnings.add(WarningCode.NUMBERING_REPEAT, line, "序号重复或倒序:应为" + expected + ",实为" + n,
                    "number repeated or out of order: expected " + expected + ", found " + n, "检查序号 / check the numbering");
        }
        expected = Math.max(expected, n + 1);
        return n;
    }

    /** Reads "▲项为全国性重点工作;●项为…" from a 备注 footnote. */
    void readLegend(String footnote) {
        Matcher m = LEGEND.matcher(UnitNames.clean(footnote));
        while (m.find()) {
            legend.put(m.group(1), m.group(2).trim());
        }
    }

    ParsedPlan finish(String format, String title, String published, KnownUnits directory) {
        for (ParsedTask t : tasks) {
            for (String marker : t.markers()) {
                if (!legend.isEmpty() && !legend.containsKey(marker)) {
                    warnings.add(WarningCode.UNKNOWN_MARKER, t.line(), "标记“" + marker + "”不在备注的图例中",
                            "marker '" + marker + "' is not explained by the legend", "补充图例 / add it to the legend");
                }
            }
        }
        if (tasks.isEmpty()) {
            warnings.add(WarningCode.NO_TASKS, 0, "表中没有读到任何任务", "no task rows were read",
                    "检查表头(序号、目标任务…)是否齐全 / check the header row");
        }
        Integer year = null;
        ReportingPeriod period = null;
        LocalDate publishedDate = null;
        if (title != null) {
            Matcher y = YEAR.matcher(title);
            year = y.find() ? Integer.parseInt(y.group(1)) : null;
            period = ReportingPeriod.fromTitle(title).orElse(null);
        }
        if (published != null) {
            Matcher d = DATE.matcher(published);
            if (d.find()) {
                publishedDate = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(3)));
            }
        }
        ParsedSection section = new ParsedSection("", title == null ? "目标任务" : title, 1, SectionKind.OTHER, null,
                tasks.isEmpty() ? 0 : tasks.get(0).line(), new ArrayList<>(), new ArrayList<>(tasks));
        List<ParsedSection> sections = new UnitResolver(directory, warnings).resolve(List.of(section));
        DocumentInfo doc = new DocumentInfo(title, null, null, publishedDate, publishedDate, null, year);
        return new ParsedPlan(format, doc, sections, legend, null, List.of(), null, period, warnings.list());
    }

    /** A leader's title written before the name: "副县长", "常务副区长", "区长", "秘书长", "县委书记". */
    private static final Pattern TITLE = Pattern.compile(
            "(?:常务)?副?(?:市|区|县|州|旗|镇|乡|省)长|(?:副)?秘书长|(?:[市区县]委)?(?:副)?书记|(?:副)?主任");

    /** Whether two written leaders are one person: "副县长钱某某" under a heading and "钱某某" on the task's label line. */
    static boolean sameLeader(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.equals(shorter) || !shorter.isEmpty() && longer.endsWith(shorter)
                && TITLE.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }

    /**
     * Splits a cell of several person names ("方正春、邓建华"), removing the padding inside two-character names. A title
     * is kept with its name as written, whether it stands on its own line ("区长" / "林某某" in one cell) or before a
     * colon ("副县长:孙某某" → "副县长孙某某"); a title in brackets after the name is a note and dropped.
     */
    static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        if (cell == null) {
            return names;
        }
        String title = "";
        for (String part : cell.split("[、,，;；/\\n]+")) {
            // "王志刚(常务副区长)": the title in brackets is a note, the leader is the name
            String n = UnitNames.clean(part).replaceAll("\\([^()]*(长|书记|主任|委员)\\)$", "").strip();
            Matcher colon = Pattern.compile("^(" + TITLE.pattern() + "):").matcher(n);
            if (colon.find()) {
                n = colon.group(1) + n.substring(colon.end());
            }
            if (TITLE.matcher(n).matches()) {
                if (title.isEmpty() && !names.isEmpty() && !TITLE.matcher(names.get(names.size() - 1)).lookingAt()
                        && !names.get(names.size() - 1).matches(".*(长|书记|主任)$")) {
                    // "林某某" / "区长": the title written under the name stays with it, as written
                    names.set(names.size() - 1, names.get(names.size() - 1) + n);
                } else {
                    // a title on a line of its own above the name: it belongs to the name on the next line
                    title = title + n;
                }
                continue;
            }
            if (!n.isEmpty()) {
                names.add(title + n);
                title = "";
            }
        }
        if (!title.isEmpty()) {
            names.add(title);
        }
        return names;
    }
}
