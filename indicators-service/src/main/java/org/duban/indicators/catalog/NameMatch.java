package org.duban.indicators.catalog;

/**
 * Which indicator a name in a text stands for, and what the reader should know about the choice.
 *
 * @param note names the look-alike indicator that was not chosen (财政收入 is not 一般公共预算收入), or null
 */
public record NameMatch(String matchedName, IndicatorView indicator, String note) {
}
