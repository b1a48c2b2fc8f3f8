package org.duban.indicators.target;

import java.util.ArrayList;
import java.util.List;

/**
 * What a paragraph yielded: the targets in text order, a warning for every fragment that was not read, and the year the
 * text states for its targets ("2016年全区经济社会发展的预期目标是" → 2016; null when its introduction names none —
 * {@link StatementSplitter#statedYear}).
 */
public record TargetParseResult(List<Target> targets, List<ParseWarning> warnings, Integer statedYear) {

    public TargetParseResult {
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
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
        List<ParseWarning> said = new ArrayList<>(warnings);
        said.add(new ParseWarning(statedYear + "年", "文中目标为" + statedYear + "年的目标,与所选年度" + year
                + "年不符 / the text states the targets of " + statedYear + ", not of " + year));
        return new TargetParseResult(targets, said, statedYear);
    }
}
