package org.duban.progress.publication;

import java.util.List;

/**
 * A period's notice (通报), in the seed notice's order: indicators against their expected targets,
 * quantified tasks with their % of the annual task, narrative progress by section, then the units that
 * reported late or are behind. {@code overview} (or null) is the period's status counts over the office's base
 * ("纳入统计的125项重点工作中,已完成或基本完成19项,占15.2%;…"), printed at the head of the key-work part.
 */
public record Notice(String title, List<IndicatorLine> indicators, List<QuantifiedTask> quantifiedTasks,
        List<Section> sections, List<UnitLine> lateUnits, List<UnitLine> behindUnits, String overview) {

    /** A notice without the counting overview. */
    public Notice(String title, List<IndicatorLine> indicators, List<QuantifiedTask> quantifiedTasks, List<Section> sections,
            List<UnitLine> lateUnits, List<UnitLine> behindUnits) {
        this(title, indicators, quantifiedTasks, sections, lateUnits, behindUnits, null);
    }

    public Notice {
        indicators = List.copyOf(indicators);
        quantifiedTasks = List.copyOf(quantifiedTasks);
        sections = List.copyOf(sections);
        lateUnits = List.copyOf(lateUnits);
        behindUnits = List.copyOf(behindUnits);
    }

    /** "地区生产总值增长8.5%(预期目标8%)" */
    public record IndicatorLine(String name, String actual, String expectedTarget) {
        public String sentence() {
            return name + actual + (expectedTarget == null || expectedTarget.isBlank() ? "" : "(预期目标" + expectedTarget + ")");
        }
    }

    /** "23.实施…。一季度,全市已完成造林17.75万亩,占年度任务的114.5%。" */
    public record QuantifiedTask(String number, String title, String progress, Double percentOfAnnual) {
    }

    public record Item(String title, String progress) {
    }

    public record Section(String title, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** A unit named at the end of the notice, with why (逾期未报 Q1, 进度滞后 task 12 …). */
    public record UnitLine(String unitName, String detail) {
    }
}
