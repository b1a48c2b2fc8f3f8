package org.duban.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duban.indicators.catalog.CatalogLoader;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.target.ParseWarning;
import org.duban.indicators.target.TargetParser;
import org.junit.jupiter.api.Test;

/** The shapes of progress notices (issue 11 item 2) one by one, as notices write them. */
class NoticeGrammarTest {

    private final IndicatorCatalog catalog = CatalogLoader.loadDefault();
    private final NoticeObservationParser parser = new NoticeObservationParser(catalog, new TargetParser(catalog));

    private ParsedObservation only(NoticeParseResult result, String code) {
        List<ParsedObservation> found = result.observations().stream().filter(o -> o.indicatorCode().equals(code)).toList();
        assertEquals(1, found.size(), result.observations()::toString);
        return found.get(0);
    }

    @Test
    void shouldReadCompletionPaceAndTheImpliedTarget() {
        NoticeParseResult result = parser.parse("一季度,全县地区生产总值完成121.9亿元,增长6.1%,低于目标0.9个百分点;"
                + "固定资产投资完成58.6亿元,增长9.5%,完成年度目标的21.3%,滞后序时进度3.7个百分点;"
                + "一般公共预算收入完成6.83亿元,增长4.6%,完成年度目标的28.4%,超序时进度3.4个百分点。", null);
        ParsedObservation gdp = only(result, "GDP");
        assertEquals("121.9", gdp.value().toPlainString());
        assertEquals("7", gdp.target().growth().value().toPlainString());
        assertTrue(gdp.targetImplied());
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals("21.3", investment.completionPercent().toPlainString());
        assertEquals("-3.7", investment.paceGapPoints().toPlainString());
        assertEquals("3.4", only(result, "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints().toPlainString());
        assertEquals(ReportingPeriod.Q1, gdp.period());
    }

    @Test
    void shouldTakeTheTaskHeadingAsTheTargetNotAFigure() {
        NoticeParseResult result = parser.parse("""
                第3项 固定资产投资完成320亿元。上半年完成固定资产投资150.4亿元,完成年度目标的47.0%,落后时序进度3个百分点。
                """, null);
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals(3, investment.task());
        assertEquals("320", investment.target().level().value().toPlainString());
        assertEquals("150.4", investment.value().toPlainString());
        assertEquals(ReportingPeriod.H1, investment.period());
    }

    @Test
    void shouldReadAFlattenedTableRowByRow() {
        NoticeParseResult result = parser.parse("""
                序号
                目标任务
                责任单位
                上半年完成情况

                4
                固定资产投资增长5%
                区发改局
                固定资产投资下降2.1%。
                """, null);
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals(4, investment.task());
        assertEquals("-2.1", investment.growthRate().toPlainString());
        assertEquals("5", investment.target().growth().value().toPlainString());
    }

    @Test
    void shouldLeaveOutPartsOfTheRegionSharesAndComparisons() {
        NoticeParseResult result = parser.parse("前三季度,全区实现地区生产总值412.57亿元,同比增长2.8%,增速比上半年提高2.1个百分点,"
                + "比全市平均水平高0.6个百分点。固定资产投资增长4.1%;其中,经开区固定资产投资增长15.6%。"
                + "工业投资占固定资产投资比重为31.2%。", null);
        assertEquals(ReportingPeriod.Q3, only(result, "GDP").period(), "比上半年 compares; it names no period");
        assertEquals("4.1", only(result, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void shouldFlagRepeatedConflictingAndContradictoryFigures() {
        NoticeParseResult repeated = parser.parse("1-2月,规模以上工业增加值同比增长35.2%。1-2月,全市规模以上工业增加值同比增长35.2%。", null);
        assertEquals(1, repeated.observations().size());
        assertTrue(repeated.warnings().stream().anyMatch(w -> w.message().startsWith("DUPLICATE_FIGURE")));
        NoticeParseResult conflicting = parser.parse("上半年,社会消费品零售总额增长9.4%。上半年社会消费品零售总额增长9.2%。", null);
        assertEquals(2, conflicting.observations().size());
        assertTrue(conflicting.warnings().stream().anyMatch(w -> w.message().startsWith("CONFLICTING_FIGURE")));
        NoticeParseResult contradictory = parser.parse("1-5月,实际利用外资完成2.74亿美元,占年度目标10.66亿美元的21.85%。", null);
        List<String> messages = contradictory.warnings().stream().map(ParseWarning::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("CONTRADICTORY_PERCENT")), messages::toString);
        assertEquals("21.85", only(contradictory, "ACTUAL_FOREIGN_INVESTMENT").completionPercent().toPlainString());
    }

    @Test
    void shouldReadAPriceFallAndTwoRoundsOfDistributedValues() {
        NoticeParseResult result = parser.parse("全年,居民消费价格同比下降0.2%;城乡居民人均可支配收入分别达到38620元和19870元,"
                + "分别增长4.5%和6.3%。", null);
        assertEquals("-0.2", only(result, "CPI").value().toPlainString());
        ParsedObservation rural = only(result, "RURAL_PER_CAPITA_INCOME");
        assertEquals("19870", rural.value().toPlainString());
        assertEquals("6.3", rural.growthRate().toPlainString());
        assertNull(rural.target());
    }
}
