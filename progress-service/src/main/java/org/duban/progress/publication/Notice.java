package org.duban.progress.publication;

import java.util.List;

/**
 * A period's notice (通报) in the shape of an official document (公文), in the seed notice's order: the head (文号,
 * 主送), indicators against their expected targets, quantified tasks with their % of the annual task, the key work
 * by section, each item named by its task ("第7项 实际利用外资") with the first sentence of its progress rather than
 * the whole text, then the units that reported late or are behind, and the signature (落款) with its date.
 * {@code overview} (or null) is the period's status counts over the office's base ("纳入统计的125项重点工作中,已完成或
 * 基本完成19项,占15.2%;…"), printed at the head of the key-work part.
 *
 * @param head the document's head and signature; never null ({@link Head#DEFAULT} when the office gave none)
 * @param date the notice's date ("2018年4月11日"), printed under the signature; null for none
 * @param editedBody the body as the office edited it ({@link #withEditedBody}), or null for the body as built
 */
public record Notice(String title, List<IndicatorLine> indicators, List<QuantifiedTask> quantifiedTasks,
        List<Section> sections, List<UnitLine> lateUnits, List<UnitLine> behindUnits, String overview, Head head, String date,
        String editedBody) {

    /** A notice as built from the plan's state, not edited. */
    public Notice(String title, List<IndicatorLine> indicators, List<QuantifiedTask> quantifiedTasks, List<Section> sections,
            List<UnitLine> lateUnits, List<UnitLine> behindUnits, String overview, Head head, String date) {
        this(title, indicators, quantifiedTasks, sections, lateUnits, behindUnits, overview, head, date, null);
    }

    /**
     * The same notice with its body as the office edited it before freezing (the head, title, signature and date
     * stay): paragraphs separated by blank lines; a paragraph starting "一、" … is a part heading, "(一)" … a
     * sub-heading. Null or blank keeps the body as built.
     */
    public Notice withEditedBody(String body) {
        return new Notice(title, indicators, quantifiedTasks, sections, lateUnits, behindUnits, overview, head, date,
                body == null || body.isBlank() ? null : body.strip());
    }

    /**
     * What the office states of its notice: 文号 ("岳楼督通〔2018〕3号", none when blank), 主送 (who it is sent to,
     * default 各责任单位) and 落款 (who issues it, default 政府督查室).
     */
    public record Head(String documentNumber, String addressee, String issuer) {
        public static final Head DEFAULT = new Head(null, null, null);

        public Head {
            documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
            addressee = addressee == null || addressee.isBlank() ? "各责任单位" : addressee.strip().replaceAll("[::]$", "");
            issuer = issuer == null || issuer.isBlank() ? "政府督查室" : issuer.strip();
        }
    }

    /** A notice without the counting overview, head or date. */
    public Notice(String title, List<IndicatorLine> indicators, List<QuantifiedTask> quantifiedTasks, List<Section> sections,
            List<UnitLine> lateUnits, List<UnitLine> behindUnits) {
        this(title, indicators, quantifiedTasks, sections, lateUnits, behindUnits, null, Head.DEFAULT, null, null);
    }

    public Notice {
        indicators = List.copyOf(indicators);
        quantifiedTasks = List.copyOf(quantifiedTasks);
        sections = List.copyOf(sections);
        lateUnits = List.copyOf(lateUnits);
        behindUnits = List.copyOf(behindUnits);
        head = head == null ? Head.DEFAULT : head;
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

    /**
     * A task of a section: {@code reference} names it ("第7项 实际利用外资"), {@code progress} is what the notice says
     * of it (the first sentence of its 完成情况).
     */
    public record Item(String reference, String progress) {
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
