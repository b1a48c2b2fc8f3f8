package org.duban.indicators.target;

import java.util.List;

/** What a paragraph yielded: the targets in text order and a warning for every fragment that was not read. */
public record TargetParseResult(List<Target> targets, List<ParseWarning> warnings) {

    public TargetParseResult {
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }
}
