package org.duban.indicators.target;

import java.util.List;

/** What committing the text would store, and every fragment that could not be read. */
public record TargetPreview(List<TargetView> targets, List<ParseWarning> warnings) {
}
