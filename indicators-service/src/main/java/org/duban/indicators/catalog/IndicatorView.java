package org.duban.indicators.catalog;

import java.util.List;

/** An indicator as the API shows it. */
public record IndicatorView(String code, String nameZh, String nameEn, String unit, IndicatorKind kind,
        boolean higherIsBetter, List<String> synonyms, List<String> distinctFrom, String note, boolean builtIn) {

    public static IndicatorView of(IndicatorEntity e) {
        Indicator i = e.toIndicator();
        return new IndicatorView(i.code(), i.nameZh(), i.nameEn(), i.unit(), i.kind(), i.higherIsBetter(),
                i.synonyms(), i.distinctFrom(), i.note(), e.builtIn);
    }
}
