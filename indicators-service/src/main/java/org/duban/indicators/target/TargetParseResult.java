package org.duban.indicators.target;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a paragraph yielded: the targets in text order, a warning for every fragment that was not read, and the year the
 * text states for its targets ("2016年全区经济社会发展的预期目标是" → 2016; null when its introduction names none —
 * {@link StatementSplitter#statedYear}).
 */
public record TargetParseResult(List<Target> targets, List<ParseWarning> warnings, Integer statedYear) {

    public TargetParseResult {
        targets = List.copyOf(targets);
        warnings = warnings.stream().distinct().toList(); // the same word said once, however many readings found it
    }

    /** A result of a text that states no year. */
    public TargetParseResult(List<Target> targets, List<ParseWarning> warnings) {
        this(targets, warnings, null);
    }

    /**
     * This result for a plan of {@code year}: with a warning when the text states its targets for another year (a 2016
     * report sent as 2015 would otherwise store 2016's targets as 2015's).
     */
    public TargetParseResult forYear(int year) {
        if (statedYear == null || statedYear == year) {
            return this;
        }
        return withWarnings(List.of(new ParseWarning(statedYear + "年", "文中目标为" + statedYear + "年的目标,与所选年度" + year
                + "年不符 / the text states the targets of " + statedYear + ", not of " + year)));
    }

    /** This result with {@code more} warnings after its own (none: this result). */
    public TargetParseResult withWarnings(List<ParseWarning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ParseWarning> said = new ArrayList<>(warnings);
        said.addAll(more);
        return new TargetParseResult(targets, said, statedYear);
    }

    /**
     * The catalog indicators that have two targets in the text ("居民消费价格指数控制在103以内,居民消费价格涨幅控制在3%左右"
     * are both CPI's), in text order: a region keeps one target per indicator and year, so such a text cannot be stored
     * as it is.
     */
    public Set<String> indicatorsTargetedTwice() {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (Target target : targets) {
            if (target.indicatorCode() != null && !seen.add(target.indicatorCode())) {
                twice.add(target.indicatorCode());
            }
        }
        return twice;
    }

    /**
     * This result with a warning for each indicator targeted twice ({@link #indicatorsTargetedTwice}), naming both
     * wordings — so the preview says what the commit refuses (break-it trial of 2026-12-05: two CPI targets were shown
     * as if both could be stored).
     */
    public TargetParseResult withTwiceTargetedSaid() {
        List<ParseWarning> said = new ArrayList<>();
        for (String code : indicatorsTargetedTwice()) {
            List<String> wordings = targets.stream().filter(t -> code.equals(t.indicatorCode()))
                    .map(t -> t.subject() + t.describe()).toList();
            said.add(new ParseWarning(String.join(";", wordings), "同一指标" + code + "有两个目标(" + String.join("、", wordings)
                    + "),每年只能保存一个,请删去一个 / " + code + " has two targets in the text; a region keeps one a year: "
                    + "remove one"));
        }
        return withWarnings(said);
    }
}
