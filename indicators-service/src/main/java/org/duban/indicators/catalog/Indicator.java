package org.duban.indicators.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One economic indicator of the catalog.
 *
 * @param distinctFrom codes of indicators that are easily confused with this one (财政总收入 vs 一般公共预算收入);
 *                     a parser that maps a name to this indicator says so in its notes
 */
public record Indicator(String code, String nameZh, String nameEn, String unit, IndicatorKind kind,
        boolean higherIsBetter, List<String> synonyms, List<String> distinctFrom, String note) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        synonyms = List.copyOf(synonyms);
        distinctFrom = List.copyOf(distinctFrom);
        note = note == null ? "" : note;
    }

    /** The Chinese name first, then every synonym: all the names a text may use. */
    /**
     * Whether a figure of this indicator, in its own unit, can be: a rate in % lies within ±100 (an unemployment rate of
     * 150 % or a share of 120 % is a typing error); an amount or a level (元, 亿元, 万人, 岁, 微克/立方米 …) is never below
     * zero (a GDP of −50亿元 was stored — the break-it trial after round 39). Rates in ‰ and growths are bounded by
     * {@link Units#plausible} alone.
     */
    public boolean admits(java.math.BigDecimal value) {
        if (value == null) {
            return true;
        }
        if (kind == IndicatorKind.RATE) {
            return !"%".equals(unit) || value.abs().compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
        }
        return value.signum() >= 0;
    }

    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(nameZh);
        names.addAll(synonyms);
        return List.copyOf(names);
    }
}
