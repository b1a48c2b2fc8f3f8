package org.duban.tasks.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.importer.document.DocumentModel;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;

/**
 * Drafts a decomposition plan from a Government Work Report (政府工作报告), the document the office's year starts
 * with. The parts are found by their role, not their position (source: the 2015 district report seed and the
 * structure every such report shares):
 * <ul>
 *   <li>the review of last year (…年工作回顾, and everything before the year's expected targets) gives nothing;</li>
 *   <li>the expected-targets paragraph ({@code 2016年全区经济社会发展的预期目标是:…}) gives the TARGETS section, one
 *       task per target: clauses at {@code ;}, and {@code A、B…分别达到x、y} split into one task per subject
 *       ({@code 城镇居民、农村居民人均可支配收入分别达到3.1万元、1.7万} → two tasks);</li>
 *   <li>each chapter of the work arrangement after it ({@code 一、加快第三产业发展,彰显城市竞争优势。我们将…}) gives a
 *       KEY_WORK subsection titled by its first clause, with one candidate task per sentence that carries a
 *       measurable outcome (a figure with its unit) or a date ({@code 年底前}, {@code 6月}); the office merges,
 *       splits or drops them in the preview;</li>
 *   <li>the livelihood projects ({@code 认真办好十件实事。①…②…}) give the LIVELIHOOD section, one task per item.</li>
 * </ul>
 * Damage is warned about, never silently read past: a chapter number missing from the sequence (三、 after 一、), item
 * markers missing ({@code ③ ④}) or a list shorter than the count it announces ({@code 十件}). Units are not in a
 * report: they are suggested — a unit the sentence names, else the leaders, lead and responsible units of the most
 * similar task of the region's previous plan ({@link Precedents}) — each with a {@link WarningCode#SUGGESTED_UNIT} warning until the office
 * confirms them by committing.
 */
public final class ReportReader {

    /** The lead and responsible units a previous plan gave a task like this one, and where. */
    public record Precedent(List<String> leaders, List<String> leadUnits, List<String> responsibleUnits, String source) {}

    /** Finds the precedent for a task text (the region's previous plan), or none. */
    @FunctionalInterface
    public interface Precedents extends Function<String, Optional<Precedent>> {
        Precedents NONE = text -> Optional.empty();
    }

    /** A task of the region's previous plan, with its units, as a precedent for a draft task. */
    public record Earlier(String text, List<String> leaders, List<String> leadUnits, List<String> responsibleUnits,
            String source) {}

    /**
     * Precedents from a previous plan's tasks: the one naming the same indicator (the words before 增长/达到/控制…,
     * at least four characters: 地区生产总值), else the most similar text (Dice coefficient of character pairs, figures
     * left out) when it shares at least half its pairs; none otherwise.
     */
    public static Precedents from(List<Earlier> earlier) {
        return text -> {
            String metric = metric(text);
            Earlier best = null;
            double bestScore = 0.5;
            for (Earlier e : earlier) {
                double score = metric.length() >= 4 && metric.equals(metric(e.text())) ? 1.0 : dice(text, e.text());
                if (score >= bestScore && (best == null || score > bestScore)) {
                    best = e;
                    bestScore = score;
                }
            }
            return Optional.ofNullable(best).map(e -> new Precedent(e.leaders(), e.leadUnits(), e.responsibleUnits(), e.source()));
        };
    }

    private static final Pattern METRIC = Pattern.compile("^(?:全区|全市|全县|全省)?([\u4e00-\u9fff]+?)(?:增长|增|达到|控制在|提高|下降|保持|实现)");

    static String metric(String text) {
        Matcher m = METRIC.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    static double dice(String a, String b) {
        List<String> pa = pairs(a);
        List<String> pb = new ArrayList<>(pairs(b));
        if (pa.isEmpty() || pb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String p : pa) {
            if (pb.remove(p)) {
                common++;
            }
        }
        return 2.0 * common / (pa.size() + pairs(b).size());
    }

    private static List<String> pairs(String text) {
        String t = text.replaceAll("[\\d.%,,。;;、“”\\s]", "");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }

    private static final Pattern TARGETS_INTRO = Pattern.compile("(?:主要)?预期目标(?:是|为|调整为)?[::]");
    private static final Pattern ARRANGEMENT = Pattern.compile("^(\\d{4})年(?:政府)?工作(?:安排|任务|部署)|^今年(?:政府)?工作(?:安排|任务)");
    private static final Pattern YEAR_STATED = Pattern.compile("(?:^|[。;])\\s*(20\\d{2})年(?:是|全市|全区|全县|全省|经济|政府|工作|主要)");
    private static final Pattern YEAR_OF_TARGETS = Pattern.compile("(\\d{4})年[^::]{0,30}预期目标");
    /** A chapter of the work arrangement: 一、… or (一)…; a report uses one style for its chapters. */
    private static final Pattern CHAPTER = Pattern.compile("^(?:([一二三四五六七八九十]{1,3})、|\\(([一二三四五六七八九十]{1,3})\\))(.*)$");
    private static final Pattern CLOSING = Pattern.compile("^(各位代表|注释|注:|附件)");
    /** The announcement of the livelihood projects with their count (十件实事, 五件民生实事), preferred to a bare mention. */
    private static final Pattern LIVELIHOOD_COUNTED = Pattern.compile("(?<![一两二三四五六七八九十\\d])([一两二三四五六七八九十\\d]++)(?:件|项)(?:民生)?实事");
    private static final Pattern LIVELIHOOD = Pattern.compile("()(?:民生实事|为民办实事)");
    private static final Pattern ITEM_MARKER = Pattern.compile("[①-⑳]");
    /** An item of a list: ① anywhere; 1. / (1) / 一是 at the start of a line or after a sentence's end. */
    private static final Pattern ITEM = Pattern.compile("([①-⑳])|(?:^|(?<=[。;;::])|(?<= )(?!\\s))\\h*+([一二三四五六七八九十]{1,2}是|\\d{1,2}[.、.](?!\\d)|[((][\\d一二三四五六七八九十]{1,3}[))])",
            Pattern.MULTILINE);
    /** A figure with its unit (53个, 600亿元, 75%, 1544人) or a date (年底前, 6月底, 上半年): an outcome one can check. */
    private static final Pattern OUTCOME = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?\\s*+(?:%|‰|万|亿|个|家|处|条|座|所|人|户|套|亩|公里|米|项|件|辆|台|次|名|元|吨|千瓦|平方米)"
            + "|年底前|年内|月底前|(?<!\\d)\\d++月|上半年|下半年|季度");
    private static final Pattern SENTENCE = Pattern.compile("[^。!?;]+[。!?;]?");
    private static final Pattern DISTRIBUTED = Pattern.compile("^(.+?)分别(达到|增长|控制在|提高到|提高|下降)(.+)$");

    private final KnownUnits known;
    private final Function<Integer, Precedents> precedentsFor;
    private Precedents precedents = Precedents.NONE;
    /** The document's line (text) or block position (DOCX) of each paragraph read, for the warnings. */
    private List<Integer> lineNumbers = List.of();

    public ReportReader(KnownUnits known, Precedents precedents) {
        this(precedents, known);
    }

    private ReportReader(Precedents precedents, KnownUnits known) {
        this.known = known;
        this.precedentsFor = year -> precedents;
    }

    private ReportReader(KnownUnits known, Function<Integer, Precedents> precedentsFor, boolean byYear) {
        this.known = known;
        this.precedentsFor = precedentsFor;
    }

    /**
     * A reader whose precedents depend on the report's year.
     *
     * @param precedentsFor the precedents for a report of the given year (null when the report states none): the
     *     region's latest plan in force before that year
     */
    public static ReportReader byYear(KnownUnits known, Function<Integer, Precedents> precedentsFor) {
        return new ReportReader(known, precedentsFor, true);
    }

    /**
     * The draft plan of a report.
     *
     * @return a {@code REPORT} plan: TARGETS, KEY_WORK (one subsection per chapter) and LIVELIHOOD sections, every
     *     candidate task's units suggested, and the warnings; NO_TASKS when neither targets nor chapters were found
     */
    public ParsedPlan read(DocumentModel model) {
        List<String> lines = new ArrayList<>();
        lineNumbers = new ArrayList<>();
        for (DocumentModel.Block b : model.blocks()) {
            if (b instanceof DocumentModel.Paragraph p) {
                lines.add(clean(p.text()));
                lineNumbers.add(p.line());
            } else if (b instanceof DocumentModel.Table t) {
                t.rows().forEach(r -> {
                    lines.add(clean(String.join("", r.cells())));
                    lineNumbers.add(r.line());
                });
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        int targetsLine = indexOf(lines, TARGETS_INTRO, 0);
        int arrangement = indexOf(lines, ARRANGEMENT, 0);
        int start = targetsLine >= 0 ? targetsLine : arrangement;
        Integer year = year(lines, targetsLine, arrangement);
        precedents = precedentsFor.apply(year);
        List<ParsedSection> sections = new ArrayList<>();
        if (targetsLine >= 0) {
            int[] end = {targetsLine};
            sections.add(targets(targetList(lines, targetsLine, end), lineNumbers.get(targetsLine), warnings));
            start = end[0];
        }
        if (start >= 0) {
            chapters(lines, start + 1, sections, warnings);
        }
        sections = numbered(sections);
        ParsedPlan plan = new ParsedPlan("REPORT", new DocumentInfo(year == null ? "政府工作报告" : year + "年政府工作报告确定的目标任务",
                null, null, null, null, null, year), sections, Map.of(), null, List.of(), WorkPlanTemplate.DEFAULT, null,
                warnings);
        if (plan.taskCount() == 0) {
            warnings.add(new ImportWarning(WarningCode.NO_TASKS, 0, "报告中没有找到预期目标段落或工作安排章节",
                    "the report has no expected-targets paragraph and no work-arrangement chapter", null));
            return new ParsedPlan("REPORT", plan.document(), sections, Map.of(), null, List.of(), WorkPlanTemplate.DEFAULT, null,
                    warnings);
        }
        return plan;
    }

    /**
     * The targets' text: the introduction's line, and when it ends at its colon the list under it (1. … / (1) … /
     * 一是 …, one per line) up to the first line that is no list item; {@code end[0]} is set to the last line read.
     */
    private static String targetList(List<String> lines, int introLine, int[] end) {
        String line = lines.get(introLine);
        Matcher intro = TARGETS_INTRO.matcher(line);
        if (!intro.find() || !line.substring(intro.end()).isBlank()) {
            end[0] = introLine;
            return line;
        }
        StringBuilder list = new StringBuilder(line);
        int i = introLine + 1;
        String style = null;
        while (i < lines.size() && (lines.get(i).isEmpty() || sameStyle(style, lines.get(i)))) {
            if (!lines.get(i).isEmpty()) {
                style = itemStyle(lines.get(i));
            }
            String item = LIST_ITEM.matcher(lines.get(i)).replaceFirst("").trim();
            if (!item.isEmpty()) {
                list.append(item).append(item.matches(".*[。;]$") ? "" : ";");
            }
            end[0] = i++;
        }
        return list.toString();
    }

    /** Whether {@code line} is an item of the list whose items so far have {@code style} (any style for the first). */
    private static boolean sameStyle(String style, String line) {
        String own = itemStyle(line);
        return own != null && (style == null || style.equals(own));
    }

    /** The kind of a list item's marker: 1. and 2. are one kind, (一) and (二) another; null for no item. */
    private static String itemStyle(String line) {
        Matcher m = LIST_ITEM.matcher(line);
        return m.find() ? m.group().replaceAll("\\d+", "1").replaceAll("[一二三四五六七八九十]+", "一").replaceAll("[①-⑳]", "①")
                : null;
    }

    /** An item of a list under an introduction: 1. / 1、 / (1) / (一) / 一是 / ① at the start of its line. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,2}是|[①-⑳])");

    /** The TARGETS section: one task per target of the paragraph after the introduction. */
    private ParsedSection targets(String line, int lineNo, List<ImportWarning> warnings) {
        Matcher intro = TARGETS_INTRO.matcher(line);
        String body = intro.find() ? line.substring(intro.end()) : line;
        List<ParsedTask> tasks = new ArrayList<>();
        for (String clause : body.split("[;;。]")) {
            for (String target : distributed(clause.trim())) {
                if (!target.isEmpty()) {
                    String number = String.valueOf(tasks.size() + 1);
                    if (TargetTextParser.parse(target).isEmpty() && target.matches(".*\\d.*")) {
                        warnings.add(new ImportWarning(WarningCode.UNREAD_TARGET, lineNo,
                                "目标" + number + "“" + target + "”中的数字未能读出,请核对", "target " + number + " '" + target
                                        + "': its figure could not be read; check it", null));
                    }
                    tasks.add(suggested(new ParsedTask(number, "(" + number + ")", lineNo, "report", target, List.of(), target,
                            TargetTextParser.parse(target), List.of(), null, List.of(), null, List.of(), List.of(), null, null),
                            warnings));
                }
            }
        }
        return new ParsedSection("一、", "主要预期目标", 1, SectionKind.TARGETS, tasks.size(), lineNo, new ArrayList<>(), tasks);
    }

    /**
     * {@code 城镇居民、农村居民人均可支配收入分别达到3.1万元、1.7万} → {@code 城镇居民人均可支配收入达到3.1万元},
     * {@code 农村居民人均可支配收入达到1.7万}: subjects and values paired in order; a short first subject takes the
     * head noun the last one ends with. Anything else is one target as written.
     */
    static List<String> distributed(String clause) {
        Matcher m = DISTRIBUTED.matcher(clause);
        if (!m.matches()) {
            return List.of(clause);
        }
        String[] subjects = m.group(1).startsWith("城乡居民")
                ? new String[] {"城镇居民" + m.group(1).substring(4), "农村居民" + m.group(1).substring(4)}
                : m.group(1).split("[、和及与]");
        String[] values = m.group(3).split("[、和]");
        if (subjects.length < 2 || subjects.length != values.length) {
            return List.of(clause);
        }
        String last = subjects[subjects.length - 1];
        List<String> out = new ArrayList<>();
        for (int i = 0; i < subjects.length; i++) {
            String subject = subjects[i];
            if (i < subjects.length - 1 && subject.length() < last.length() && last.length() > subjects[0].length()) {
                subject = subject + last.substring(subjects[0].length());
            }
            out.add(subject + m.group(2) + values[i].trim());
        }
        return out;
    }

    /** The chapters of the work arrangement from {@code from} on, as KEY_WORK subsections and the LIVELIHOOD section. */
    private void chapters(List<String> lines, int from, List<ParsedSection> sections, List<ImportWarning> warnings) {
        ParsedSection keyWork = new ParsedSection("二、", "重点工作", 1, SectionKind.KEY_WORK, null,
                from < lineNumbers.size() ? lineNumbers.get(from) : 0, new ArrayList<>(),
                new ArrayList<>());
        ParsedSection livelihood = null;
        ParsedSection chapter = null;
        int expected = 1;
        String style = null;
        int[] keyNumber = {0};
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = lineNumbers.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (CLOSING.matcher(line).find()) {
                break;
            }
            Matcher c = CHAPTER.matcher(line);
            String body = line;
            boolean chapterLine = c.matches() && (style == null || style.equals(c.group(1) != null ? "、" : "()"));
            if (chapterLine) {
                style = c.group(1) != null ? "、" : "()";
                int n = ChineseNumerals.parse(c.group(1) != null ? c.group(1) : c.group(2));
                if (chapter != null && n > expected) {
                    warnings.add(new ImportWarning(WarningCode.CHAPTER_NUMBER_MISSING, lineNo,
                            "工作安排缺少第" + numerals(expected, n - 1) + "部分(章节编号不连续),请核对原文",
                            "chapter " + expected + (n - 1 > expected ? "–" + (n - 1) : "") + " of the work arrangement is missing",
                            null));
                }
                expected = n + 1;
                String rest = c.group(3);
                int stop = rest.indexOf('。');
                String title = stop < 0 ? rest : rest.substring(0, stop);
                // a chapter is a level-2 part of the plan: (一), as the decomposition documents number it
                chapter = new ParsedSection("(" + numerals(n, n) + ")", title, 2, SectionKind.KEY_WORK, null, lineNo,
                        new ArrayList<>(), new ArrayList<>());
                keyWork.children().add(chapter);
                body = stop < 0 ? "" : rest.substring(stop + 1);
            }
            if (chapter == null) {
                continue;
            }
            Matcher lv = LIVELIHOOD_COUNTED.matcher(line);
            if (!lv.find()) {
                lv = LIVELIHOOD.matcher(line);
            }
            if (lv.find(0)) {
                StringBuilder list = new StringBuilder(line.substring(lv.end()));
                int next = i + 1;
                int announcedCount = lv.group(1) == null || lv.group(1).isEmpty() ? Integer.MAX_VALUE : parseCount(lv.group(1));
                int items = countItems(list);
                // item lines under the announcement, as many as it announces (a chapter (三) after two items is no item)
                while (next < lines.size() && items < announcedCount
                        && (lines.get(next).isEmpty() || startsWithItem(lines.get(next)))) {
                    list.append('\n').append(lines.get(next++));
                    items = countItems(list);
                }
                if (ITEM.matcher(list).find()) {
                    livelihood = livelihood(list.toString(), lineNo, lv.group(1), warnings);
                    i = next - 1;
                    continue;
                }
            }
            for (String sentence : sentences(body)) {
                if (OUTCOME.matcher(sentence).find()) {
                    String number = String.valueOf(++keyNumber[0]);
                    chapter.tasks().add(suggested(new ParsedTask(number, number + ".", lineNo, "report", sentence, List.of(),
                            null, List.of(), List.of(), null, List.of(), null, List.of(), List.of(), null, null), warnings));
                }
            }
        }
        if (!keyWork.children().isEmpty()) {
            sections.add(keyWork);
        }
        if (livelihood != null) {
            sections.add(livelihood);
        }
    }

    /**
     * The LIVELIHOOD section: one task per item of the list — marked ①…⑳, or at the start of a line or sentence
     * 1. / (1) / 一是 — numbered by its marker; markers missing from the sequence or a list shorter than its announced
     * count ({@code 十件}) are warned, naming the lost items and where their text probably is (inside the item before).
     *
     * @param list the text after the announcement ({@code 认真办好十件实事。}) and the item lines under it
     */
    private ParsedSection livelihood(String list, int lineNo, String announced, List<ImportWarning> warnings) {
        List<ParsedTask> tasks = new ArrayList<>();
        Matcher m = ITEM.matcher(list);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            marks.add(new int[] {m.start(g), m.end(g)});
        }
        TreeSet<Integer> found = new TreeSet<>();
        String style = null;
        for (int k = 0; k < marks.size(); k++) {
            String marker = list.substring(marks.get(k)[0], marks.get(k)[1]);
            int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : list.length();
            int number = itemNumber(marker);
            style = style == null ? marker : style;
            found.add(number);
            String text = list.substring(marks.get(k)[1], end).replaceAll("\\s+", "").trim();
            tasks.add(suggested(new ParsedTask(String.valueOf(number), marker, lineNo, "report", text,
                    List.of(), null, List.of(), List.of(), null, List.of(), null, List.of(), List.of(), null, null), warnings));
        }
        int count = announced == null || announced.isEmpty() ? found.last() : parseCount(announced);
        List<String> lost = new ArrayList<>();
        for (int n = 1; n <= Math.max(count, found.last()); n++) {
            if (!found.contains(n)) {
                lost.add(ITEM_MARKER.matcher(style).matches() ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n));
            }
        }
        if (!lost.isEmpty()) {
            String names = ITEM_MARKER.matcher(style).matches() ? String.join("", lost) : String.join("、", lost);
            warnings.add(new ImportWarning(WarningCode.ITEMS_MISSING, lineNo,
                    "民生实事宣布" + count + "件,只读到" + found.size() + "件;缺少编号" + names + "(文字可能并入了前一项),请拆分或补录",
                    "the livelihood list announces " + count + " items, " + found.size() + " are marked; missing "
                            + names + " (their text is probably inside the item before)", null));
        }
        return new ParsedSection("三、", "民生实事", 1, SectionKind.LIVELIHOOD, count, lineNo, new ArrayList<>(), tasks);
    }

    /** ① → 1, 一是 → 1, 3. / 3、 / (3) → 3. */
    private static int itemNumber(String marker) {
        if (ITEM_MARKER.matcher(marker).matches()) {
            return marker.charAt(0) - '①' + 1;
        }
        String digits = marker.replaceAll("[^\\d]", "");
        return digits.isEmpty() ? ChineseNumerals.parse(marker.replaceAll("[是()()]", "")) : Integer.parseInt(digits);
    }

    private static int countItems(CharSequence list) {
        Matcher m = ITEM.matcher(list);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean startsWithItem(String line) {
        Matcher m = ITEM.matcher(line);
        return m.find() && (m.group(1) != null ? m.start(1) : m.start(2)) == 0;
    }

    /** The task with units suggested: the units its text names, else its precedent's; each suggestion warned. */
    private ParsedTask suggested(ParsedTask task, List<ImportWarning> warnings) {
        List<UnitRef> named = new ArrayList<>();
        for (KnownUnits.Known k : known.units()) {
            if (task.text().contains(k.name()) || k.aliases().stream().anyMatch(a -> a.length() >= 3 && task.text().contains(a))) {
                named.add(UnitNames.parse(k.name()));
            }
        }
        if (!named.isEmpty()) {
            warnings.add(suggestion(task, named.stream().map(UnitRef::name).toList(), List.of(), "文中提及", "named in the text"));
            return task.withUnits(named.subList(0, 1), named.subList(1, named.size()), List.of());
        }
        Optional<Precedent> precedent = precedents.apply(task.text());
        if (precedent.isEmpty() || precedent.get().leadUnits().isEmpty()) {
            return task;
        }
        Precedent p = precedent.get();
        warnings.add(suggestion(task, p.leadUnits(), p.responsibleUnits(), p.source(), p.source()));
        // the precedent's leaders come with its units (责任领导 are suggested alike)
        ParsedTask withLeaders = new ParsedTask(task.number(), task.label(), task.line(), task.layout(), task.text(),
                task.markers(), task.targetText(), task.quantTargets(), p.leaders(), task.coordinator(), task.leadUnits(),
                task.leadPerson(), task.responsibleUnits(), task.relatedUnits(), task.progressText(), task.deadline());
        return withLeaders.withUnits(p.leadUnits().stream().map(UnitNames::parse).toList(),
                p.responsibleUnits().stream().map(UnitNames::parse).toList(), List.of());
    }

    private static ImportWarning suggestion(ParsedTask task, List<String> leads, List<String> responsible, String whyZh,
            String whyEn) {
        String units = String.join("、", leads) + (responsible.isEmpty() ? "" : ";责任单位:" + String.join("、", responsible));
        return new ImportWarning(WarningCode.SUGGESTED_UNIT, task.line(),
                "任务" + task.number() + "的牵头单位为建议(" + whyZh + "):" + units + ",请确认",
                "task " + task.number() + ": units suggested (" + whyEn + "): " + units + "; confirm them", units);
    }

    /** Level-one sections labelled 一、二、三、 in the order they stand (TARGETS may be absent). */
    private static List<ParsedSection> numbered(List<ParsedSection> sections) {
        List<ParsedSection> out = new ArrayList<>();
        for (ParsedSection s : sections) {
            out.add(new ParsedSection(numerals(out.size() + 1, out.size() + 1) + "、", s.title(), s.level(), s.kind(),
                    s.declaredCount(), s.line(), s.children(), s.tasks()));
        }
        return out;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().trim();
            if (s.length() > 1) {
                out.add(s);
            }
        }
        return out;
    }

    private static int indexOf(List<String> lines, Pattern p, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The year the targets are for (2016年…预期目标), else the arrangement's (2016年工作安排). */
    private static Integer year(List<String> lines, int targetsLine, int arrangement) {
        if (targetsLine >= 0) {
            Matcher m = YEAR_OF_TARGETS.matcher(lines.get(targetsLine));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (arrangement >= 0) {
            Matcher m = ARRANGEMENT.matcher(lines.get(arrangement));
            if (m.find() && m.group(1) != null) {
                return Integer.valueOf(m.group(1));
            }
        }
        // "2023年是…", "今年…": the nearest year stated before the targets, at the start of its sentence
        for (int i = targetsLine >= 0 ? targetsLine : lines.size() - 1; i >= 0; i--) {
            Matcher m = YEAR_STATED.matcher(lines.get(i));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static int parseCount(String written) {
        return written.chars().allMatch(Character::isDigit) ? Integer.parseInt(written)
                : ChineseNumerals.parse(written.replace('两', '二'));
    }

    private static String numerals(int from, int to) {
        String digits = "一二三四五六七八九十";
        StringBuilder sb = new StringBuilder();
        for (int n = from; n <= to && n <= 10; n++) {
            sb.append(sb.length() == 0 ? "" : "、").append(digits.charAt(n - 1));
        }
        return sb.toString();
    }

    /**
     * Trimmed of every kind of space a scraped page indents with (NBSP, full-width, ideographic), full-width ASCII
     * forms (:;,()%0-9, the normal punctuation of official documents) read as their half-width letters so one
     * grammar reads both; 、。①… are not ASCII forms and stay.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString().replaceAll("^[\\s\\u00a0\\u3000]+|[\\s\\u00a0\\u3000]+$", "");
    }
}
