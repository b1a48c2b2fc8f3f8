package org.duban.indicators.catalog;

import java.util.List;

/**
 * GDP as reports write it inside a longer name: 地区生产总值 (the statistics bureaus' name of a region's GDP), 生产总值
 * (县 and 市 reports: 单位生产总值能耗, 人均生产总值), GDP (万元GDP能耗, 占GDP比重) and 国内生产总值 (a province copying the
 * national report: 研究与试验发展经费支出占国内生产总值比重). A catalog name that contains 地区生产总值 is known by the other
 * three words too, so a share, an intensity or a per-capita figure of GDP is found whichever word the report uses
 * (batch u: "研究与试验发展经费支出占生产总值比重达到2.3%" of a 2018 province report was no indicator at all).
 *
 * <p>Only the word inside a longer name is replaced; a name the catalog gives explicitly always wins over a variant.
 */
final class GdpDenominator {

    private static final String GDP = "地区生产总值";
    private static final List<String> OTHER_WORDS = List.of("生产总值", "GDP", "国内生产总值");

    private GdpDenominator() {
    }

    /** The other spellings of {@code name} when it contains 地区生产总值 and more; empty otherwise. */
    static List<String> variants(String name) {
        if (!name.contains(GDP) || name.equals(GDP)) {
            return List.of();
        }
        return OTHER_WORDS.stream().map(word -> name.replace(GDP, word)).toList();
    }
}
