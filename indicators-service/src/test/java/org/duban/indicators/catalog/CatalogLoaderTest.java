package org.duban.indicators.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

    private final IndicatorCatalog catalog = CatalogLoader.loadDefault();

    @Test
    void shouldShipTheCommonIndicatorsOfTheIssue() {
        for (String code : List.of("GDP", "GENERAL_PUBLIC_BUDGET_REVENUE", "FISCAL_REVENUE", "FIXED_ASSET_INVESTMENT",
                "RETAIL_SALES", "INDUSTRIAL_VALUE_ADDED", "EXPORTS", "URBAN_PER_CAPITA_INCOME",
                "RURAL_PER_CAPITA_INCOME", "URBAN_UNEMPLOYMENT_RATE", "CPI", "ENERGY_INTENSITY", "NEW_URBAN_JOBS")) {
            assertTrue(catalog.byCode(code).isPresent(), code);
        }
        Indicator unemployment = catalog.byCode("URBAN_UNEMPLOYMENT_RATE").orElseThrow();
        assertEquals(IndicatorKind.RATE, unemployment.kind());
        assertFalse(unemployment.higherIsBetter());
        assertEquals("元", catalog.byCode("URBAN_PER_CAPITA_INCOME").orElseThrow().unit());
    }

    @Test
    void shouldKeepFiscalRevenueAndGeneralBudgetRevenueApartAndSaySo() {
        assertEquals("FISCAL_REVENUE", catalog.findFirst("财政收入达到30亿元").orElseThrow().indicator().code());
        assertEquals("FISCAL_REVENUE", catalog.findFirst("财政总收入增长7%").orElseThrow().indicator().code());
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE",
                catalog.findFirst("区级一般公共预算收入增长6%").orElseThrow().indicator().code());
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE",
                catalog.findFirst("地方公共财政收入").orElseThrow().indicator().code());
        String note = catalog.choiceNote(catalog.byCode("FISCAL_REVENUE").orElseThrow(), "财政收入").orElseThrow();
        assertTrue(note.contains("GENERAL_PUBLIC_BUDGET_REVENUE"), note);
        assertTrue(catalog.choiceNote(catalog.byCode("GDP").orElseThrow(), "GDP").isEmpty());
    }

    @Test
    void shouldPreferTheEarliestThenTheLongestName() {
        IndicatorMatch match = catalog.findFirst("全市规模以上工业增加值增长8.3%").orElseThrow();
        assertEquals("INDUSTRIAL_VALUE_ADDED", match.indicator().code());
        assertEquals("规模以上工业增加值", match.matchedName());
        assertEquals(2, match.start());
        assertEquals("ENERGY_INTENSITY", catalog.findFirst("单位地区生产总值能耗下降3%").orElseThrow().indicator().code());
        assertEquals("CPI", catalog.findFirst("cpi涨幅3%").orElseThrow().indicator().code());
    }

    @Test
    void shouldResolveCodesAndNamesAsTypedInACsvCell() {
        assertEquals("GDP", catalog.resolve(" gdp ").orElseThrow().code());
        assertEquals("RETAIL_SALES", catalog.resolve("社会消费品零售总额").orElseThrow().code());
        assertTrue(catalog.resolve("新签约项目").isEmpty());
    }

    @Test
    void shouldRejectACatalogWhereTwoIndicatorsShareAName() {
        String csv = """
                code,nameZh,nameEn,unit,kind,higherIsBetter,synonyms,distinctFrom,note
                A,甲,a,亿元,CUMULATIVE_AMOUNT,true,财政收入,,
                B,乙,b,亿元,CUMULATIVE_AMOUNT,true,财政收入,,
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogLoader.load(new StringReader(csv)));
        assertTrue(e.getMessage().contains("财政收入"));
    }

    @Test
    void shouldRejectUnknownUnitsKindsAndReferences() {
        String header = "code,nameZh,nameEn,unit,kind,higherIsBetter,synonyms,distinctFrom,note\n";
        assertThrows(IllegalArgumentException.class,
                () -> CatalogLoader.load(new StringReader(header + "A,甲,a,筐,LEVEL,true,,,\n")));
        assertThrows(IllegalArgumentException.class,
                () -> CatalogLoader.load(new StringReader(header + "A,甲,a,元,STOCK,true,,,\n")));
        assertThrows(IllegalArgumentException.class,
                () -> CatalogLoader.load(new StringReader(header + "A,甲,a,元,LEVEL,maybe,,,\n")));
        assertThrows(IllegalArgumentException.class,
                () -> CatalogLoader.load(new StringReader(header + "A,甲,a,元,LEVEL,true,,B,\n")));
    }
}
