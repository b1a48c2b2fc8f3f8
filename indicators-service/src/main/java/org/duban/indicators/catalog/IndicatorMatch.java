package org.duban.indicators.catalog;

/** Where a name of an indicator was found in a text. */
public record IndicatorMatch(Indicator indicator, String matchedName, int start, int end) {
}
