package org.duban.tasks.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.tasks.plan.SectionKind;

/**
 * Links a previewed plan's tasks to indicators of indicators-service's catalog, reading their targets with
 * indicators-service's grammar (issue 11 item 3): one grammar for the figures of a target, wherever they are read.
 * <ul>
 *   <li>Asked: every task of a TARGETS section, and every other task whose text names an indicator of the catalog
 *       (its name or a synonym; the grammar then decides what the text says).</li>
 *   <li>Linked: to the first indicator of the catalog the grammar finds a target of — in a TARGETS task any such
 *       target (单位GDP能耗下降完成省定目标 is a qualitative target of ENERGY_INTENSITY), elsewhere only a target with a
 *       figure (a work task that merely mentions 经济发展 is no target of GDP). Each link is a suggestion
 *       ({@link WarningCode#SUGGESTED_INDICATOR}) until the commit confirms it; a task stating targets of several
 *       indicators says which ones were left out.</li>
 *   <li>A TARGETS task whose subject the catalog lacks (全面小康实现程度) is linked to nothing and warned
 *       ({@link WarningCode#INDICATOR_NOT_IN_CATALOG}), never linked to a look-alike.</li>
 *   <li>The figures ({@link QuantTarget}s) of an answered TARGETS task, and of a linked task, are the grammar's:
 *       增10% is EXACT 10 %, 1.7万 for an income in 元 is 17000 元. Where the grammar could not be asked the
 *       importer's provisional reading ({@link TargetTextParser}) stays, with one
 *       {@link WarningCode#INDICATOR_LINK_UNAVAILABLE} warning for the whole preview.</li>
 *   <li>The office's choice (a correction's {@code indicatorCode}: a code, or "" for none) replaces the suggestion.</li>
 * </ul>
 * Plain Java: the {@link Grammar} is indicators-service over HTTP ({@link IndicatorsClient}) in the service.
 */
public final class IndicatorLinker {
    private IndicatorLinker() {}

    /** One indicator of the catalog: its code, Chinese name, unit and the other names it goes by. */
    public record Indicator(String code, String name, String unit, List<String> synonyms) {}

    /** One text as the grammar read it: its targets and the fragments it could not read ("fragment: message"). */
    public record Reading(List<IndicatorLink.IndicatorTarget> targets, List<String> warnings) {}

    /** The readings of several texts, by the caller's key, and how many were not answered in time. */
    public record Readings(Map<Integer, Reading> byKey, int unanswered) {}

    /** indicators-service's catalog and target grammar, as the linking needs them. */
    public interface Grammar {
        /** The catalog. */
        List<Indicator> catalog(String authorization) throws IndicatorsClient.Unavailable;

        /** Each text read by the grammar; a text missing from the answer was not read in time. */
        Readings read(String regionCode, int year, Map<Integer, String> texts, String authorization)
                throws IndicatorsClient.Unavailable;
    }

    /** The office chose an indicator the catalog does not have: {@code index} is the task's position in the preview. */
    public static final class UnknownIndicator extends RuntimeException {
        private final int index;

        public UnknownIndicator(int index, String code) {
            super("'" + code + "' is not an indicator of the catalog / 指标目录中没有“" + code + "”");
            this.index = index;
        }

        /** The task's 1-based position in the preview, as {@code corrections[].index} names it. */
        public int index() {
            return index;
        }
    }

    /**
     * The plan with its tasks linked and the linking's warnings added.
     *
     * @param choices the office's indicator per task position (1-based, the preview's order): a code, or "" for none
     * @param authorization the caller's bearer token (without "Bearer "), or null when there is no caller (a job run
     *     again after a restart): indicators-service then refuses, and the plan is unlinked with the warning
     * @throws UnknownIndicator a choice names a code the catalog lacks (only checked when the catalog was read)
     */
    public static ParsedPlan link(ParsedPlan plan, String regionCode, int year, Map<Integer, String> choices, Grammar grammar,
            String authorization) {
        List<Slot> slots = new ArrayList<>();
        for (ParsedSection s : plan.sections()) {
            collect(s, false, slots);
        }
        List<ImportWarning> warnings = new ArrayList<>(plan.warnings());
        List<Indicator> catalog;
        Readings readings;
        String failure = null;
        try {
            catalog = grammar.catalog(authorization);
            Map<Integer, String> texts = new LinkedHashMap<>();
            for (Slot slot : slots) {
                if (slot.targets || names(slot.task.text(), catalog)) {
                    texts.put(slot.index, slot.text());
                }
            }
            readings = texts.isEmpty() ? new Readings(Map.of(), 0) : grammar.read(regionCode, year, texts, authorization);
            if (readings.unanswered() > 0) {
                failure = readings.unanswered() + " of " + texts.size() + " texts not read in time";
            }
        } catch (IndicatorsClient.Unavailable e) {
            catalog = null;
            readings = new Readings(Map.of(), 0);
            failure = e.getMessage();
        }
        Readings answered = readings;
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        if (catalog != null) {
            catalog.forEach(i -> byCode.put(i.code(), i));
            choices.forEach((index, code) -> {
                if (!code.isEmpty() && !byCode.containsKey(code)) {
                    throw new UnknownIndicator(index, code);
                }
            });
        }
        boolean targetsAllRead = slots.stream().filter(s -> s.targets).allMatch(s -> answered.byKey().containsKey(s.index));
        if (catalog != null && targetsAllRead) {
            // the grammar read every target: the importer's own reading warned of nothing the office should still see
            warnings.removeIf(w -> w.code() == WarningCode.UNREAD_TARGET);
        }
        Map<Integer, ParsedTask> linked = new LinkedHashMap<>();
        for (Slot slot : slots) {
            Reading reading = readings.byKey().get(slot.index);
            linked.put(slot.index, link(slot, reading, choices.get(slot.index), byCode, catalog != null, warnings));
        }
        if (failure != null) {
            warnings.add(new ImportWarning(WarningCode.INDICATOR_LINK_UNAVAILABLE, 0,
                    "指标服务暂时无法使用(" + failure + "),未建议指标关联;目标的数字为导入程序的初步读法。请稍后重新预览,"
                            + "或提交后在任务中填写 indicatorCode",
                    "indicators-service could not be asked (" + failure + "): no indicator links are suggested and the"
                            + " targets' figures are the importer's provisional reading; preview again later, or set the"
                            + " tasks' indicatorCode after the commit",
                    "稍后重新预览 / preview again later"));
        }
        int[] position = {0};
        List<ParsedSection> sections = plan.sections().stream().map(s -> replaced(s, linked, position)).toList();
        return new ParsedPlan(plan.format(), plan.document(), sections, plan.markerLegend(), plan.workPlanSubmissionDue(),
                plan.reportingDeadlines(), plan.workPlanTemplate(), plan.period(), warnings);
    }

    /** A task, its 1-based position in the preview and whether it sits in a TARGETS section. */
    private record Slot(int index, ParsedTask task, boolean targets) {
        String text() {
            return targets && task.targetText() != null && !task.targetText().isBlank() ? task.targetText() : task.text();
        }
    }

    private static void collect(ParsedSection s, boolean targets, List<Slot> slots) {
        boolean inTargets = targets || s.kind() == SectionKind.TARGETS;
        for (ParsedTask t : s.tasks()) {
            slots.add(new Slot(slots.size() + 1, t, inTargets));
        }
        for (ParsedSection child : s.children()) {
            collect(child, inTargets, slots);
        }
    }

    /** Whether the text names an indicator of the catalog by its name or a synonym (two characters at least). */
    static boolean names(String text, List<Indicator> catalog) {
        for (Indicator i : catalog) {
            if (i.name() != null && text.contains(i.name())) {
                return true;
            }
            for (String s : i.synonyms()) {
                if (s.length() >= 2 && text.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ParsedTask link(Slot slot, Reading reading, String choice, Map<String, Indicator> catalog, boolean catalogRead,
            List<ImportWarning> warnings) {
        ParsedTask task = slot.task;
        String where = "任务" + slot.index + "(编号" + task.number() + ")";
        String whereEn = "task " + slot.index + " (number " + task.number() + ")";
        if (reading == null) {
            // not asked (a work task naming no indicator) or not answered: the office may still choose an indicator
            if (choice == null || choice.isEmpty()) {
                return task;
            }
            Indicator chosen = catalog.get(choice);
            return task.withIndicator(new IndicatorLink(choice, chosen == null ? null : chosen.name(),
                    chosen == null ? null : chosen.unit(), List.of(), "CHOSEN", "CORRECTION"), task.quantTargets());
        }
        // the indicators this text states targets of, in order, each with its targets
        Map<String, List<IndicatorLink.IndicatorTarget>> byIndicator = new LinkedHashMap<>();
        for (IndicatorLink.IndicatorTarget t : reading.targets()) {
            boolean figure = t.level() != null || t.growth() != null;
            if (t.indicatorCode() != null && (slot.targets || figure && !t.qualitative())) {
                byIndicator.computeIfAbsent(t.indicatorCode(), c -> new ArrayList<>()).add(t);
            }
        }
        List<QuantTarget> figures = slot.targets ? figures(reading.targets(), catalog) : task.quantTargets();
        if (slot.targets) {
            for (String w : reading.warnings()) {
                warnings.add(new ImportWarning(WarningCode.UNREAD_TARGET, task.line(), where + "的目标“" + task.targetText()
                        + "”有未能读出的部分:" + w, whereEn + ": part of the target '" + task.targetText() + "' could not be read: "
                        + w, null));
            }
        }
        if (choice != null) {
            if (choice.isEmpty()) {
                return task.withIndicator(null, figures);
            }
            Indicator chosen = catalog.get(choice);
            List<IndicatorLink.IndicatorTarget> stated = byIndicator.getOrDefault(choice, List.of());
            return task.withIndicator(new IndicatorLink(choice, chosen == null ? null : chosen.name(),
                    chosen == null ? null : chosen.unit(), stated, "CHOSEN", "CORRECTION"),
                    slot.targets || stated.isEmpty() ? figures : figures(stated, catalog));
        }
        if (byIndicator.isEmpty()) {
            if (slot.targets) {
                String subject = reading.targets().stream().map(IndicatorLink.IndicatorTarget::subject).filter(s -> s != null && !s.isBlank())
                        .findFirst().orElse(task.targetText());
                warnings.add(new ImportWarning(WarningCode.INDICATOR_NOT_IN_CATALOG, task.line(),
                        where + "的目标“" + subject + "”不是指标目录中的指标,未关联指标;如属目录中的指标,请在更正中指定 indicatorCode",
                        whereEn + ": '" + subject + "' is not an indicator of the catalog; no indicator is linked (name one"
                                + " in a correction's indicatorCode if it is one)", subject));
            }
            return task.withIndicator(null, figures);
        }
        Map.Entry<String, List<IndicatorLink.IndicatorTarget>> first = byIndicator.entrySet().iterator().next();
        Indicator indicator = catalog.get(first.getKey());
        IndicatorLink link = new IndicatorLink(first.getKey(), indicator == null ? null : indicator.name(),
                indicator == null ? null : indicator.unit(), first.getValue(), "SUGGESTED",
                slot.targets ? "TARGETS_SECTION" : "TASK_TEXT");
        String read = first.getValue().stream().map(IndicatorLink.IndicatorTarget::text).filter(t -> t != null)
                .collect(Collectors.joining(";"));
        Set<String> others = new LinkedHashSet<>(byIndicator.keySet());
        others.remove(first.getKey());
        String name = link.indicatorName() == null ? link.indicatorCode() : link.indicatorName() + "(" + link.indicatorCode() + ")";
        warnings.add(new ImportWarning(WarningCode.SUGGESTED_INDICATOR, task.line(),
                where + "建议关联指标" + name + ",目标读作:" + read
                        + (others.isEmpty() ? "" : ";文中另有指标" + String.join("、", others) + "的目标,未关联") + ",请确认",
                whereEn + ": indicator suggested: " + name + ", target read as: " + read
                        + (others.isEmpty() ? "" : "; targets of " + String.join(", ", others) + " are stated too, not linked")
                        + "; confirm or change it (corrections[].indicatorCode)", link.indicatorCode()));
        return task.withIndicator(link, slot.targets ? figures : figures(first.getValue(), catalog));
    }

    /**
     * The task's figures from the grammar's targets: a growth as {@code <subject>增长}, value in %, a level as
     * {@code <subject>} in the indicator's unit, each with the grammar's comparator (IN_STEP_WITH without a value);
     * a target with no figure (qualitative, or only above an average) gives none.
     */
    static List<QuantTarget> figures(List<IndicatorLink.IndicatorTarget> targets, Map<String, Indicator> catalog) {
        List<QuantTarget> out = new ArrayList<>();
        for (IndicatorLink.IndicatorTarget t : targets) {
            Indicator indicator = t.indicatorCode() == null ? null : catalog.get(t.indicatorCode());
            String subject = indicator != null && indicator.name() != null ? indicator.name()
                    : t.subject() != null ? t.subject() : "";
            IndicatorLink.IndicatorFigure growth = t.growth();
            if (growth != null) {
                if ("IN_STEP_WITH".equals(growth.comparator())) {
                    out.add(new QuantTarget(subject + "与" + growth.referenceCode() + "同步增长", null, null, "IN_STEP_WITH"));
                } else if (growth.value() != null) {
                    out.add(new QuantTarget(subject + "增长", strip(growth.value()), "%", growth.comparator()));
                }
            }
            IndicatorLink.IndicatorFigure level = t.level();
            if (level != null && level.value() != null) {
                out.add(new QuantTarget(subject, strip(level.value()), level.unit(), level.comparator()));
            }
        }
        return out.size() > 10 ? out.subList(0, 10) : out;
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static ParsedSection replaced(ParsedSection s, Map<Integer, ParsedTask> linked, int[] position) {
        List<ParsedTask> tasks = new ArrayList<>();
        for (ParsedTask t : s.tasks()) {
            tasks.add(linked.getOrDefault(++position[0], t));
        }
        List<ParsedSection> children = new ArrayList<>();
        for (ParsedSection child : s.children()) {
            children.add(replaced(child, linked, position));
        }
        return new ParsedSection(s.label(), s.title(), s.level(), s.kind(), s.declaredCount(), s.line(), children, tasks);
    }
}
