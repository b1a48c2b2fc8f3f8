package org.duban.tasks.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.duban.tasks.importer.WorkPlanTemplate;
import org.duban.tasks.plan.PlanDtos.PlanView;
import org.duban.tasks.plan.PlanDtos.SectionView;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UnitLink;

/**
 * A plan issued as the decomposition notice (关于印发…责任分解方案的通知), in the shape of the real
 * {@code district-2019-task-decomposition-plan.txt}: the head (发文机关, 文号, title, 主送), the notice's points (work
 * plans due, the quarterly reporting deadlines of the plan's calendar, supervision), the 落款 and date, then the plan
 * itself — its sections ({@code 一、2019年主要预期目标(共6项)}, {@code (一)…}, {@code ——…}) and after each task its
 * responsibilities in brackets, {@code (责任领导:…;牵头单位:…;责任单位:…;配合单位:…)} — and the 办理方案 form as 附件.
 *
 * <p>One list of blocks, written as plain text by {@link #text()} and as DOCX by {@link PlanDocx}; importing either
 * gives the same plan back (sections, numbers, texts, leaders, lead, responsible and related units, deadlines).
 * Responsibilities are written with explicit labels, so that no reading rule is needed: 牵头单位 for every lead (co-leads
 * included), 责任单位 for the responsible units, 配合单位 for the related ones. One exception cannot be written so: a
 * task with no lead unit and a single 责任单位 reads back with that unit as lead (the convention of the seed plans).
 *
 * @param fileStem  the file name without extension: the plan's title
 * @param blocks    the paragraphs in order, each with its role in the document
 * @param template  the 办理方案 form of the annex: its title, header fields and columns
 */
public record PlanDocument(String fileStem, List<Block> blocks, WorkPlanTemplate template) {

    /** What a paragraph is in a 公文: decides its font, size and alignment in DOCX. */
    public enum Style {
        /** 发文机关标志 (…人民政府办公室文件). */
        ISSUER_MARK,
        /** 发文字号 (岸政办〔2019〕1号). */
        DOC_NUMBER,
        /** 标题 of the notice. */
        TITLE,
        /** 主送机关 (各街道办事处,区人民政府各部门,各有关单位:). */
        ADDRESSEES,
        /** 正文 paragraph. */
        BODY,
        /** 落款 (the issuing office) and the date under it. */
        SIGNATURE,
        /** The plan's own title above its sections. */
        PLAN_TITLE,
        /** A section heading of level 1 (一、), 2 ((一)) or 3 (——). */
        SECTION_1, SECTION_2, SECTION_3,
        /** A task with its responsibilities. */
        TASK,
        /** 附件 line and the form's title and header fields. */
        ANNEX
    }

    /** One paragraph; an empty text is an empty line. */
    public record Block(Style style, String text) {}

    private static final String OFFICE = "督查室";

    /**
     * Lays the plan out.
     *
     * @param plan       the plan with its document fields and calendar
     * @param regionName the government's name (武汉市江岸区) or null when the region is not registered
     * @param sections   the section tree in order
     * @param tasks      every task of the plan in plan order (by position)
     */
    public static PlanDocument of(PlanView plan, String regionName, List<SectionView> sections, List<TaskView> tasks) {
        List<Block> out = new ArrayList<>();
        String level = governmentLevel(regionName, tasks);
        String issuer = plan.document() != null && plan.document().issuer() != null ? plan.document().issuer()
                : (regionName != null ? regionName : level) + "人民政府办公室";
        out.add(new Block(Style.ISSUER_MARK, issuer + "文件"));
        if (plan.document() != null && plan.document().number() != null) {
            out.add(new Block(Style.DOC_NUMBER, plan.document().number()));
        }
        out.add(blank());
        String docTitle = plan.document() != null && plan.document().title() != null
                && !plan.document().title().equals(plan.title()) ? plan.document().title()
                : issuer + "关于印发" + plan.title() + "的通知";
        out.add(new Block(Style.TITLE, docTitle));
        out.add(blank());
        out.add(new Block(Style.ADDRESSEES, addressees(level, tasks)));
        out.add(new Block(Style.BODY, "为落实好" + plan.year() + "年《政府工作报告》确定的目标任务,经" + level
                + "人民政府同意,现将《" + plan.title().replace('《', '〈').replace('》', '〉') + "》印发给你们,并将有关事项通知如下,请一并贯彻执行。"));
        points(plan, level).forEach(p -> out.add(new Block(Style.BODY, p)));
        out.add(blank());
        out.add(new Block(Style.SIGNATURE, issuer));
        if (plan.document() != null && plan.document().issueDate() != null) {
            out.add(new Block(Style.SIGNATURE, date(plan.document().issueDate())));
        }
        out.add(blank());
        out.add(new Block(Style.PLAN_TITLE, plan.title()));
        out.add(blank());
        Map<Long, List<TaskView>> bySection = tasks.stream().filter(t -> t.sectionId() != null)
                .collect(Collectors.groupingBy(TaskView::sectionId, LinkedHashMap::new, Collectors.toList()));
        sections.forEach(s -> section(s, bySection, out));
        tasks.stream().filter(t -> t.sectionId() == null).forEach(t -> out.add(task(t)));
        out.add(blank());
        WorkPlanTemplate template = WorkPlanTemplate.DEFAULT;
        out.add(new Block(Style.ANNEX, "附件:" + template.title()));
        return new PlanDocument(plan.title(), List.copyOf(out), template);
    }

    /**
     * The document as plain text, UTF-8 with LF line ends: one paragraph per line, the 附件 form's header fields and
     * columns one per line as the seed's text has them.
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        blocks.forEach(b -> sb.append(b.text()).append('\n'));
        sb.append('\n').append(template.title()).append("\n\n");
        template.headerFields().forEach(f -> sb.append(f).append(":×××\n"));
        template.columns().forEach(c -> sb.append(c).append('\n'));
        return sb.toString();
    }

    private static void section(SectionView s, Map<Long, List<TaskView>> bySection, List<Block> out) {
        Style style = s.level() <= 1 ? Style.SECTION_1 : s.level() == 2 ? Style.SECTION_2 : Style.SECTION_3;
        String label = s.label() == null ? "" : s.label();
        String separator = label.matches(".*\\d[.．]$") ? " " : "";
        out.add(new Block(style, label + separator + s.title() + (s.declaredCount() == null ? "" : "(共" + s.declaredCount() + "项)")));
        bySection.getOrDefault(s.id(), List.of()).forEach(t -> out.add(task(t)));
        if (s.children() != null) {
            s.children().forEach(c -> section(c, bySection, out));
        }
    }

    /** "1. 深化招商引资…。(牵头单位:区商务局;责任单位:区发改委、区科技局)"; the label as the plan wrote it. */
    static Block task(TaskView t) {
        String label = t.label() != null && !t.label().isBlank() ? t.label() : t.number() + ".";
        String separator = label.endsWith(".") ? " " : "";
        String markers = t.markers() == null ? "" : String.join("", t.markers());
        List<String> clauses = new ArrayList<>();
        if (t.leaders() != null && !t.leaders().isEmpty()) {
            clauses.add("责任领导:" + String.join("、", t.leaders()));
        }
        List<UnitLink> leads = t.leadUnits() == null || t.leadUnits().isEmpty()
                ? (t.leadUnit() == null ? List.of() : List.of(t.leadUnit())) : t.leadUnits();
        unitClause("牵头单位", leads).ifPresent(clauses::add);
        unitClause("责任单位", t.responsibleUnits()).ifPresent(clauses::add);
        unitClause("配合单位", t.relatedUnits()).ifPresent(clauses::add);
        String responsibilities = clauses.isEmpty() ? "" : "(" + String.join(";", clauses) + ")";
        return new Block(Style.TASK, label + separator + markers + t.title() + responsibilities);
    }

    private static java.util.Optional<String> unitClause(String role, Collection<UnitLink> units) {
        if (units == null || units.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(role + ":" + units.stream().filter(Objects::nonNull).map(PlanDocument::unitName)
                .collect(Collectors.joining("、")));
    }

    /** The unit as the plan names it, its note in brackets: 区统计局(数据统计评估牵头单位). */
    private static String unitName(UnitLink u) {
        return u.note() == null || u.note().isBlank() ? u.name() : u.name() + "(" + u.note() + ")";
    }

    /**
     * The notice's points in the seed's order: work plans due (when the plan has the date), organisation, then the
     * reporting deadlines of the plan's calendar in period order with the office's supervision.
     */
    private static List<String> points(PlanView plan, String level) {
        List<String> points = new ArrayList<>();
        String[] numerals = {"一", "二", "三", "四"};
        if (plan.workPlanDue() != null) {
            points.add("认真制订工作方案,确保工作有序开展。各责任单位要根据所承担责任事项,逐项进行研究,制订工作方案,主要包括责任事项、"
                    + "具体工作内容、完成时限、分管负责人及责任科室等内容,经单位主要负责人审定后,于" + monthDay(plan.workPlanDue())
                    + "前报送" + level + "人民政府" + OFFICE + "(工作方案式样详见附件)。");
        }
        points.add("加强组织领导,确保工作落到实处。各责任单位要按照“一把手”负总责的要求,做到主要负责人亲自抓、分管负责人具体抓、"
                + "业务部门抓落实;牵头单位统筹责任事项的办理,各责任单位主动配合。");
        List<LocalDate> deadlines = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        String[] names = {"第一季度", "第二季度", "第三季度", "全年"};
        ReportingPeriod[] order = {ReportingPeriod.Q1, ReportingPeriod.H1, ReportingPeriod.Q3, ReportingPeriod.ANNUAL};
        for (int i = 0; i < order.length; i++) {
            LocalDate d = plan.deadlines() == null ? null : plan.deadlines().get(order[i]);
            if (d != null) {
                deadlines.add(d);
                periods.add(names[i]);
            }
        }
        if (!deadlines.isEmpty()) {
            points.add("加大督办考核力度,确保全面完成目标任务。各责任单位于" + dates(deadlines) + "前,将" + list(periods)
                    + "责任事项完成情况,经本单位主要负责人审定后报送。" + level + "人民政府" + OFFICE + "定期通报完成情况。");
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            numbered.add(numerals[i] + "、" + points.get(i));
        }
        return numbered;
    }

    /** "2019年4月10日、7月10日、10月10日及12月25日": the year once, as the seed writes it. */
    private static String dates(List<LocalDate> dates) {
        List<String> parts = new ArrayList<>();
        Integer year = null;
        for (LocalDate d : dates) {
            parts.add(year != null && year == d.getYear() ? monthDay(d) : date(d));
            year = d.getYear();
        }
        return list(parts);
    }

    private static String list(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join("、", parts.subList(0, parts.size() - 1)) + "及" + parts.get(parts.size() - 1);
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + monthDay(d);
    }

    private static String monthDay(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * 区, 县, 市 …: the last character of the region's name, else the one most units of the plan start with (区发改委),
     * else 区.
     */
    static String governmentLevel(String regionName, List<TaskView> tasks) {
        if (regionName != null && !regionName.isBlank() && "区县市州省旗盟".indexOf(regionName.charAt(regionName.length() - 1)) >= 0) {
            return regionName.substring(regionName.length() - 1);
        }
        return tasks.stream().flatMap(t -> units(t).stream()).map(UnitLink::name).filter(Objects::nonNull)
                .filter(n -> !n.isEmpty() && "区县市州".indexOf(n.charAt(0)) >= 0)
                .collect(Collectors.groupingBy(n -> n.substring(0, 1), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("区");
    }

    /** 主送: the street offices and towns when the plan names any, then the government's departments. */
    private static String addressees(String level, List<TaskView> tasks) {
        List<String> names = tasks.stream().flatMap(t -> units(t).stream()).map(UnitLink::name).filter(Objects::nonNull).toList();
        StringBuilder sb = new StringBuilder();
        if (names.stream().anyMatch(n -> n.contains("街道"))) {
            sb.append("各街道办事处,");
        }
        if (names.stream().anyMatch(n -> n.endsWith("镇") || n.endsWith("乡") || n.contains("乡镇"))) {
            sb.append("各乡镇人民政府,");
        }
        return sb.append(level).append("人民政府各部门,各有关单位:").toString();
    }

    private static List<UnitLink> units(TaskView t) {
        List<UnitLink> all = new ArrayList<>();
        if (t.leadUnits() != null) {
            all.addAll(t.leadUnits());
        }
        if (t.responsibleUnits() != null) {
            all.addAll(t.responsibleUnits());
        }
        if (t.relatedUnits() != null) {
            all.addAll(t.relatedUnits());
        }
        return all;
    }

    private static Block blank() {
        return new Block(Style.BODY, "");
    }
}
