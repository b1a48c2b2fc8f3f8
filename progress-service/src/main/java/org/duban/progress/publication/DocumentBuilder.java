package org.duban.progress.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.ReportingPeriod;
import org.duban.progress.counting.CountingDtos;
import org.duban.progress.counting.CountingService;
import org.duban.progress.counting.StatusCounter;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.indicator.IndicatorEvaluation;
import org.duban.progress.indicator.IndicatorFigure;
import org.duban.progress.pace.PaceStatus;
import org.duban.progress.pace.PercentOfAnnual;
import org.duban.progress.pace.PeriodSnapshot;
import org.duban.progress.pace.PeriodSnapshotService;

/** Builds a period's completion table and notice from the current state of the plan. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentBuilder {

    private final PeriodSnapshotService snapshots;
    private final PlanDirectory plans;
    private final CountingService counting;
    private final Clock clock;

    public DocumentBuilder(PeriodSnapshotService snapshots, PlanDirectory plans, CountingService counting, Clock clock) {
        this.snapshots = snapshots;
        this.plans = plans;
        this.counting = counting;
        this.clock = clock;
    }

    /**
     * The period's completion table: tasks in plan order, a heading row for each part of the plan (the top level
     * only when the plan has more than one part), units as the document wrote them (groups by their name, notes
     * kept; the expanded lists for tasks announced before tasks-service said how they were written), names as tables
     * print them, and a title block naming the plan, region, period with its deadline, and the day the data stood.
     */
    public CompletionTable completionTable(String planId, String period) {
        PeriodSnapshot s = snapshots.snapshot(planId, period);
        List<CompletionTable.Line> lines = new ArrayList<>();
        long parts = s.tasks().stream().map(t -> sectionLevels(t.task().sectionPath)).filter(l -> !l.isEmpty())
                .map(l -> l.get(0)).distinct().count();
        int from = parts > 1 ? 0 : 1;
        List<String> previous = List.of();
        for (PeriodSnapshot.TaskState t : s.tasks()) {
            TaskView task = t.task();
            List<String> levels = sectionLevels(task.sectionPath);
            for (int i = from; i < levels.size(); i++) {
                if (previous.size() <= i || !previous.subList(0, i + 1).equals(levels.subList(0, i + 1))) {
                    lines.add(new CompletionTable.Heading(levels.get(i)));
                }
            }
            previous = levels;
            lines.add(new CompletionRow(nz(task.number), CompletionRow.taskWithMarkers(TaskView.split(task.markers), task.title),
                    PrintedNames.people(TaskView.split(task.leaders)), PrintedNames.person(task.coordinator),
                    units(task.leadUnitsWritten, task.leadUnitName == null ? List.of() : List.of(task.leadUnitName)),
                    PrintedNames.people(List.of(nz(task.leadPerson).split("[、,,]"))),
                    units(task.responsibleUnitsWritten, TaskView.split(task.responsibleUnits)),
                    units(task.relatedUnitsWritten, TaskView.split(task.relatedUnits)), t.progressText()));
        }
        var plan = plans.require(planId);
        String block = (plan.title() == null || plan.title().isBlank() ? "" : "计划:" + plan.title() + ";")
                + "区划代码:" + plan.regionCode() + ";报告期:" + s.entry().period().label() + "(报送截止"
                + DATE.format(s.entry().effectiveDeadline()) + ");数据截至" + DATE.format(LocalDate.now(clock));
        return new CompletionTable(CompletionTable.defaultTitle(s.year(), s.entry().period()), block, lines,
                plans.markerLegend(planId));
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The units as written when tasks-service said so, else the names it expanded them to. */
    private static String units(String written, List<String> fallback) {
        return String.join("、", written != null ? TaskView.split(written) : fallback);
    }

    /** "二、重点工作 / (一)稳增长 / ——投资" → its levels; empty for none. */
    static List<String> sectionLevels(String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(path.split("\\s+/\\s+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** The period's notice with the office's head and signature ({@link Notice.Head}), dated today. */
    public Notice notice(String planId, String period, Notice.Head head) {
        PeriodSnapshot s = snapshots.snapshot(planId, period);
        ReportingPeriod p = s.entry().period();
        String title = "关于" + s.year() + "年《政府工作报告》重点工作" + p.label() + "完成情况的通报";

        List<Notice.IndicatorLine> indicators = new ArrayList<>();
        Map<String, TaskView> indicatorTasks = new LinkedHashMap<>();
        for (PeriodSnapshot.TaskState t : s.tasks()) {
            if (t.task().indicatorCode != null) {
                indicatorTasks.putIfAbsent(t.task().indicatorCode, t.task());
            }
        }
        String region = plans.require(planId).regionCode();
        List<IndicatorEvaluation> evaluations = IndicatorEvaluation.list(
                "key.regionCode = ?1 and key.year = ?2 and key.period = ?3 order by key.indicatorCode", region, s.year(), p.code());
        Set<String> reported = new HashSet<>();
        for (IndicatorEvaluation e : evaluations) {
            TaskView task = indicatorTasks.get(e.key.indicatorCode());
            // the plan's own wording when a task is linked, else the catalog's name, the code only when neither is known
            String name = task != null ? indicatorName(task.title) : e.indicatorName != null ? e.indicatorName : e.key.indicatorCode();
            indicators.add(new Notice.IndicatorLine(name, actual(e.growthRate, e.actualValue, e.unit), e.targetText));
            reported.add(e.key.indicatorCode());
        }
        // figures that indicators-service has not evaluated yet are still printed, against the task's own wording
        for (TaskView task : indicatorTasks.values()) {
            if (reported.contains(task.indicatorCode)) {
                continue;
            }
            IndicatorFigure f = IndicatorFigure.findById(new IndicatorFigure.Key(task.indicatorCode, region, s.year(), p.code()));
            if (f != null) {
                indicators.add(new Notice.IndicatorLine(indicatorName(task.title),
                        actual(f.growthRate, f.value, f.unit) + (f.estimate ? "(预计数)" : ""), targetWording(task.title)));
                reported.add(task.indicatorCode);
            }
        }

        TaskReferences refs = new TaskReferences(s.tasks().stream().map(PeriodSnapshot.TaskState::task).toList());
        List<Notice.QuantifiedTask> quantified = new ArrayList<>();
        Map<String, List<Notice.Item>> bySection = new LinkedHashMap<>();
        for (PeriodSnapshot.TaskState t : s.tasks()) {
            if (t.progressText().isBlank() || (t.task().indicatorCode != null && reported.contains(t.task().indicatorCode))) {
                continue;
            }
            Double pct = percent(t);
            if (pct != null) {
                quantified.add(new Notice.QuantifiedTask(t.task().number, t.task().title, t.progressText(), pct));
            } else {
                String section = sectionTitle(t.task().sectionPath);
                bySection.computeIfAbsent(section, k -> new ArrayList<>())
                        .add(new Notice.Item(refs.of(t.task()), firstSentence(t.progressText())));
            }
        }
        List<Notice.Section> sections = new ArrayList<>();
        bySection.forEach((name, items) -> sections.add(new Notice.Section(name, items)));

        Map<String, List<String>> overdue = new LinkedHashMap<>();
        Map<String, List<String>> late = new LinkedHashMap<>();
        Map<String, List<String>> behind = new LinkedHashMap<>();
        for (PeriodSnapshot.TaskState t : s.tasks()) {
            for (PeriodSnapshot.UnitState u : t.units()) {
                if (u.overdue()) {
                    overdue.computeIfAbsent(u.assignment().unitName, k -> new ArrayList<>()).add(refs.of(t.task()));
                } else if (u.timeliness() == Timeliness.LATE) {
                    late.computeIfAbsent(u.assignment().unitName, k -> new ArrayList<>()).add(refs.of(t.task()));
                }
            }
            if (t.pace().status() == PaceStatus.BEHIND && t.task().leadUnitName != null) {
                behind.computeIfAbsent(t.task().leadUnitName, k -> new ArrayList<>()).add(refs.of(t.task()));
            }
        }
        List<Notice.UnitLine> lateUnits = new ArrayList<>();
        overdue.forEach((unit, tasks) -> lateUnits.add(new Notice.UnitLine(unit,
                p.label() + "逾期未报" + tasks.size() + "项:" + String.join(";", tasks))));
        late.forEach((unit, tasks) -> lateUnits.add(new Notice.UnitLine(unit,
                p.label() + "迟报" + tasks.size() + "项:" + String.join(";", tasks))));
        List<Notice.UnitLine> behindUnits = new ArrayList<>();
        behind.forEach((unit, tasks) -> behindUnits.add(new Notice.UnitLine(unit,
                "进度滞后" + tasks.size() + "项:" + String.join(";", tasks))));
        return new Notice(title, indicators, quantified, sections, lateUnits, behindUnits, overview(counting.counts(s)),
                head, DATE.format(LocalDate.now(clock)));
    }

    /**
     * "纳入本期统计的125项重点工作中,已完成或基本完成19项,占15.2%;进展良好能确保完成98项,占78.4%;…预计能够完成的占93.6%。
     * 另有主要预期目标等7项单独评价。" Categories with no task are left out; null when the plan has no task at all.
     */
    static String overview(CountingDtos.CountsView c) {
        if (c.base() == 0) {
            return c.excluded() == 0 ? null : "本期无纳入统计的重点工作;主要预期目标等" + c.excluded() + "项单独评价。";
        }
        List<String> parts = new ArrayList<>();
        for (StatusCounter.CategoryCount k : c.categories()) {
            if (k.count() > 0) {
                parts.add(k.label() + k.count() + "项,占" + k.share().toPlainString() + "%");
            }
        }
        if (c.unclassified() > 0) {
            parts.add("尚未研判" + c.unclassified() + "项");
        }
        StringBuilder sb = new StringBuilder("纳入本期统计的" + c.base() + "项重点工作中," + String.join(";", parts));
        sb.append(";预计能够完成的").append(c.expectedToComplete()).append("项,占").append(c.expectedToCompleteShare().toPlainString())
                .append("%。");
        if (c.excluded() > 0) {
            sb.append("另有主要预期目标等").append(c.excluded()).append("项单独评价。");
        }
        return sb.toString();
    }

    /**
     * "集中开工项目77个,总投资120亿元。其中…" → "集中开工项目77个,总投资120亿元。": what a notice says of a task, not the
     * whole report (the seed notice narrates each task in a sentence or two); at most 120 characters, cut with "…".
     */
    static String firstSentence(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s*\\n\\s*", "");
        Matcher m = SENTENCE_END.matcher(t);
        String first = m.find() ? t.substring(0, m.end()) : t;
        return first.length() <= 120 ? first : first.substring(0, 119) + "…";
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。!?;]");

    private static Double percent(PeriodSnapshot.TaskState t) {
        if (t.chosen() != null && t.chosen().percentOfAnnual != null) {
            return t.chosen().percentOfAnnual.doubleValue();
        }
        OptionalDouble quoted = PercentOfAnnual.quotedIn(t.progressText());
        if (quoted.isPresent()) {
            return quoted.getAsDouble();
        }
        return t.pace().actualPercent();
    }

    private static String actual(BigDecimal growthRate, BigDecimal value, String unit) {
        if (growthRate != null) {
            return "增长" + plain(growthRate) + "%";
        }
        if (value != null) {
            return "为" + plain(value) + (unit == null ? "" : unit);
        }
        return "暂无数据";
    }

    private static final Pattern TARGET_VERB = Pattern.compile("达到|增长|控制在|控制|下降|完成|,|,|\\d");

    /** "地区生产总值达到678亿元,增长9.5%" → "地区生产总值": the indicator is what precedes the target's verb. */
    static String indicatorName(String title) {
        if (title == null) {
            return "";
        }
        Matcher m = TARGET_VERB.matcher(title);
        return m.find() && m.start() > 0 ? title.substring(0, m.start()) : title;
    }

    /** "地区生产总值达到678亿元,增长9.5%" → "达到678亿元,增长9.5%" */
    static String targetWording(String title) {
        String name = indicatorName(title);
        return title == null || name.length() >= title.length() ? null : title.substring(name.length());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * The notice narrates by the plan's second-level sections ("(一)坚持发展第一要务…" under "二、重点工作"),
     * without their numbering, which the notice renumbers.
     */
    static String sectionTitle(String path) {
        if (path == null || path.isBlank()) {
            return "其他重点工作";
        }
        String[] parts = path.split("\\s*/\\s*");
        String title = parts[Math.min(1, parts.length - 1)].trim();
        String stripped = title.replaceFirst("^(——|[((]?[一二三四五六七八九十]+[))、.]?)", "").trim();
        return stripped.isEmpty() ? title : stripped;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
