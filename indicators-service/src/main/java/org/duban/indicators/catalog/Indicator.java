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
    public List<String> names() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(nameZh);
        names.addAll(synonyms);
        return List.copyOf(names);
    }
}
