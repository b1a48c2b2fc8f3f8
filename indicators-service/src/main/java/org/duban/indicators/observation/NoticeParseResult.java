package org.duban.indicators.observation;

import java.util.ArrayList;
import java.util.List;
import org.duban.indicators.target.ParseWarning;

/**
 * What a notice yielded: its figures in order of first appearance, a warning for every fragment that was not read, and
 * the year the notice gives its figures for (the first year named as a line's or the title's own, "2025年,全区…",
 * "2024年1-9月…"; null when it names none so — {@link NoticeObservationParser#noticesYear}).
 */
public record NoticeParseResult(List<ParsedObservation> observations, List<ParseWarning> warnings, Integer ownYear) {

    public NoticeParseResult {
        observations = List.copyOf(observations);
        warnings = List.copyOf(warnings);
    }

    /** A result of a notice that names no year of its own. */
    public NoticeParseResult(List<ParsedObservation> observations, List<ParseWarning> warnings) {
        this(observations, warnings, null);
    }

    /**
     * This result for figures of {@code year}: with a warning when the notice is of another year (its 2025 figures sent
     * as 2026 were recorded as 2026's without a word — break-it trial of 2026-12-05).
     */
    public NoticeParseResult forYear(int year) {
        if (ownYear == null || ownYear == year) {
            return this;
        }
        return withWarnings(List.of(new ParseWarning(ownYear + "年", "通报所述为" + ownYear + "年的数据,与所选年度" + year
                + "年不符 / the notice gives " + ownYear + "'s figures, not " + year + "'s")));
    }

    /** This result with {@code more} warnings after its own (none: this result). */
    public NoticeParseResult withWarnings(List<ParseWarning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ParseWarning> said = new ArrayList<>(warnings);
        said.addAll(more);
        return new NoticeParseResult(observations, said, ownYear);
    }

    /**
     * This result for figures the request says are of {@code given} (null: none said): with a warning when the text gives
     * another period of its own, which the figures keep (a notice of 1-9月 sent as Q1 was recorded as Q3 without a word —
     * break-it trial of 2026-12-05, D17).
     */
    public NoticeParseResult forPeriod(ReportingPeriod given) {
        List<String> others = given == null ? List.of() : observations.stream().map(ParsedObservation::period)
                .filter(p -> p != null && !p.equals(given)).map(ReportingPeriod::code).distinct().toList();
        if (others.isEmpty()) {
            return this;
        }
        return withWarnings(List.of(new ParseWarning(String.join("、", others), "原文的报告期为" + String.join("、", others)
                + ",与所选报告期" + given.code() + "不同,按原文记录 / the text's period is " + String.join(", ", others)
                + ", not the " + given.code() + " chosen: recorded as the text has it")));
    }
}
