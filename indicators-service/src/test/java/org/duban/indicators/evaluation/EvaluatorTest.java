package org.duban.indicators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.duban.indicators.catalog.CatalogLoader;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.observation.ReportingPeriod;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.TargetParser;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private final IndicatorCatalog catalog = CatalogLoader.loadDefault();
    private final TargetParser parser = new TargetParser(catalog);
    private final Evaluator evaluator = new Evaluator();

    @Test
    void shouldCompareGrowthRatesInEveryPeriod() {
        assertVerdict(Verdict.MET, "地区生产总值增长8%", "Q1", null, "8.0");
        assertVerdict(Verdict.BEHIND_PACE, "地区生产总值增长8%", "Q1", null, "7.9");
        assertVerdict(Verdict.NOT_MET, "地区生产总值增长8%", "ANNUAL", null, "7.9");
        assertVerdict(Verdict.MET, "地区生产总值增长8%以上", "ANNUAL", null, "8");
    }

    /** A range is met once its end on the bad side is reached: 6.5 of 增长6.5%—7%, −3 of a decrease of 3–4 %. */
    @Test
    void shouldMeetARangeAtItsEndOnTheBadSide() {
        assertVerdict(Verdict.MET, "地区生产总值增长6.5%—7%", "ANNUAL", null, "6.5");
        assertVerdict(Verdict.NOT_MET, "地区生产总值增长6.5%—7%", "ANNUAL", null, "6.4");
        assertVerdict(Verdict.MET, "地区生产总值增长6.5%—7%", "ANNUAL", null, "9");
    }

    @Test
    void shouldAllowTheToleranceOfAboutOnlyOnTheBadSide() {
        assertVerdict(Verdict.MET, "地区生产总值增长7.8%左右", "ANNUAL", null, "7.3");
        assertVerdict(Verdict.NOT_MET, "地区生产总值增长7.8%左右", "ANNUAL", null, "7.29");
        assertVerdict(Verdict.MET, "地区生产总值增长7.8%左右", "ANNUAL", null, "12");
        assertVerdict(Verdict.MET, "居民消费价格涨幅控制在3%左右", "ANNUAL", "3.5", null);
        assertVerdict(Verdict.NOT_MET, "居民消费价格涨幅控制在3%左右", "ANNUAL", "3.6", null);
        Evaluator strict = new Evaluator(new Evaluator.Options(new BigDecimal("0.1"), BigDecimal.ONE,
                PaceProfile.linear(), Map.of()));
        Target target = parser.parse("地区生产总值增长7.8%左右").targets().get(0);
        Target noTolerance = new Target(target.indicatorCode(), target.subject(), null,
                new org.duban.indicators.target.Bound(target.growth().comparator(), target.growth().value(), "%", null,
                        null), false, target.sourceText(), target.notes());
        assertEquals(Verdict.NOT_MET, strict.evaluate(gdp(), noTolerance, actual("ANNUAL", null, "7.5"), null)
                .verdict(), "the configured tolerance applies when the target carries none");
    }

    @Test
    void shouldInvertForAtMostAndForIndicatorsWhereLowerIsBetter() {
        assertVerdict(Verdict.MET, "城镇登记失业率控制在4.5%以内", "Q1", "2.08", null);
        assertVerdict(Verdict.BEHIND_PACE, "城镇登记失业率控制在4.5%以内", "Q1", "4.6", null);
        assertVerdict(Verdict.MET, "城镇登记失业率4.5%", "ANNUAL", "4.5", null);
        assertVerdict(Verdict.MET, "单位地区生产总值能耗下降3%以上", "ANNUAL", null, "-3.2");
        assertVerdict(Verdict.NOT_MET, "单位地区生产总值能耗下降3%以上", "ANNUAL", null, "-2.9");
    }

    @Test
    void shouldPaceAmountsAgainstTheShareOfTheYearElapsed() {
        assertVerdict(Verdict.ON_PACE, "固定资产投资达到200亿元", "Q1", "50", null);
        assertVerdict(Verdict.BEHIND_PACE, "固定资产投资达到200亿元", "H1", "99.9", null);
        assertVerdict(Verdict.MET, "固定资产投资达到200亿元", "ANNUAL", "200", null);
        assertVerdict(Verdict.NOT_MET, "固定资产投资达到200亿元", "ANNUAL", "199", null);
        assertVerdict(Verdict.ON_PACE, "固定资产投资达到200亿元", "M05", "84", null);
        assertVerdict(Verdict.ON_PACE, "规模以上工业能耗控制在100万吨标准煤以内", "H1", "48", null);
        assertVerdict(Verdict.BEHIND_PACE, "规模以上工业能耗控制在100万吨标准煤以内", "H1", "52", null);
    }

    @Test
    void shouldUseTheSeasonalProfileOfTheIndicatorWhenConfigured() {
        Evaluator seasonal = new Evaluator(new Evaluator.Options(new BigDecimal("0.5"), BigDecimal.ONE,
                PaceProfile.linear(), Map.of("FIXED_ASSET_INVESTMENT", PaceProfile.parse("Q1:0.15,H1:0.4"))));
        Target target = parser.parse("固定资产投资达到200亿元").targets().get(0);
        Indicator investment = catalog.byCode("FIXED_ASSET_INVESTMENT").orElseThrow();
        Evaluation evaluation = seasonal.evaluate(investment, target, actual("Q1", "31", null), null);
        assertEquals(Verdict.ON_PACE, evaluation.verdict());
        assertTrue(evaluation.rule().contains("15.0%"), evaluation.rule());
    }

    @Test
    void shouldTakeTheWorseVerdictAndListBothRules() {
        Target target = parser.parse("地区生产总值增长9.5%,达到678亿元").targets().get(0);
        Evaluation evaluation = evaluator.evaluate(gdp(), target, actual("H1", "340", "9.0"), null);
        assertEquals(Verdict.BEHIND_PACE, evaluation.verdict());
        assertTrue(evaluation.rule().contains("增速") && evaluation.rule().contains("进度"), evaluation.rule());
        assertEquals("增长9.5%,达到678亿元", evaluation.targetText());
        assertEquals(Verdict.ON_PACE, evaluator.evaluate(gdp(), target, actual("H1", "340", "9.5"), null).verdict());
    }

    @Test
    void shouldCompareInStepTargetsWithTheReferenceGrowth() {
        Target target = parser.parse("城镇居民人均可支配收入与经济发展同步增长").targets().get(0);
        Indicator income = catalog.byCode("URBAN_PER_CAPITA_INCOME").orElseThrow();
        assertEquals(Verdict.MET, evaluator.evaluate(income, target, actual("ANNUAL", null, "7.4"),
                new BigDecimal("7.8")).verdict());
        assertEquals(Verdict.NOT_MET, evaluator.evaluate(income, target, actual("ANNUAL", null, "7.2"),
                new BigDecimal("7.8")).verdict());
        Evaluation unknown = evaluator.evaluate(income, target, actual("ANNUAL", null, "7.2"), null);
        assertEquals(Verdict.NO_TARGET, unknown.verdict());
        assertTrue(unknown.rule().contains("GDP"), unknown.rule());
    }

    /** r04, s06, u08: 增长8%,与经济增长基本同步 holds two growth bounds; the figure must meet both, the worse verdict wins. */
    @Test
    void shouldCompareAGrowthAndItsInStepBoundBoth() {
        Target target = parser.parse("居民人均可支配收入增长8%,与经济增长基本同步").targets().get(0);
        Indicator income = catalog.byCode("PER_CAPITA_DISPOSABLE_INCOME").orElseThrow();
        assertEquals("增长8%,与GDP同步", target.describe());
        assertEquals(Verdict.MET, evaluator.evaluate(income, target, actual("ANNUAL", null, "8.2"),
                new BigDecimal("7.9")).verdict());
        Evaluation behindGdp = evaluator.evaluate(income, target, actual("ANNUAL", null, "8.2"), new BigDecimal("9.5"));
        assertEquals(Verdict.NOT_MET, behindGdp.verdict());
        assertTrue(behindGdp.rule().contains("增速 growth 8.2% > 8%") && behindGdp.rule().contains("同步 in step"),
                behindGdp.rule());
        assertEquals(Verdict.NOT_MET, evaluator.evaluate(income, target, actual("ANNUAL", null, "7.5"),
                new BigDecimal("7")).verdict());
        Evaluation noReference = evaluator.evaluate(income, target, actual("ANNUAL", null, "8.2"), null);
        assertEquals(Verdict.MET, noReference.verdict(), "the figure meets the bound it can be compared with");
        assertTrue(noReference.rule().contains("尚无增速"), noReference.rule());
    }

    @Test
    void shouldSayNoTargetWhenThereIsNothingToCompare() {
        assertEquals(Verdict.NO_TARGET, evaluator.evaluate(gdp(), null, actual("Q1", "1", "1"), null).verdict());
        Target qualitative = parser.parse("全面完成节能减排任务").targets().get(0);
        assertEquals(Verdict.NO_TARGET, evaluator.evaluate(gdp(), qualitative, actual("Q1", "1", "1"), null)
                .verdict());
        Target levelOnly = parser.parse("地区生产总值达到678亿元").targets().get(0);
        assertEquals(Verdict.NO_TARGET, evaluator.evaluate(gdp(), levelOnly, actual("Q1", null, "8"), null)
                .verdict());
    }

    /** Issue 11 item 4: a target of 0, years and months, a relative target, and rules that state facts. */
    @Test
    void shouldEvaluateZeroTargetsYearsMonthsAndRelativeTargets() {
        assertVerdict(Verdict.MET, "生产安全事故死亡人数零增长", "ANNUAL", null, "-5");
        assertVerdict(Verdict.NOT_MET, "生产安全事故死亡人数零增长", "ANNUAL", null, "2");
        assertVerdict(Verdict.MET, "一般公共预算收入与上年持平", "ANNUAL", null, "0");
        assertVerdict(Verdict.MET, "人均预期寿命达到78.5年", "ANNUAL", "78.6", null);
        assertVerdict(Verdict.NOT_MET, "人均预期寿命达到78.5年", "ANNUAL", "78.4", null);
        // 1–2月 is 2/12 of the year: 100 of 600 (16.7 %) is on pace, 90 (15 %) behind
        assertVerdict(Verdict.ON_PACE, "地区生产总值达到600亿元", "M02", "100", null);
        assertVerdict(Verdict.BEHIND_PACE, "地区生产总值达到600亿元", "M02", "90", null);
        Target relative = parser.parse("地区生产总值增速高于全省平均水平").targets().get(0);
        Evaluation e = evaluator.evaluate(gdp(), relative, actual("ANNUAL", null, "7"), null);
        assertEquals(Verdict.NO_TARGET, e.verdict());
        assertTrue(e.rule().contains("全省平均水平"), e.rule());
        Target growth = parser.parse("地区生产总值增长9.5%").targets().get(0);
        String rule = evaluator.evaluate(gdp(), growth, actual("Q1", null, "8"), null).rule();
        assertTrue(rule.startsWith("增速 growth 8% < 9.5% (要求 required ≥"), rule);
    }

    private void assertVerdict(Verdict expected, String targetText, String period, String value, String growth) {
        Target target = parser.parse(targetText).targets().get(0);
        Indicator indicator = catalog.byCode(target.indicatorCode()).orElseThrow();
        Evaluation evaluation = evaluator.evaluate(indicator, target, actual(period, value, growth), null);
        assertEquals(expected, evaluation.verdict(), targetText + " / " + evaluation.rule());
    }

    private Indicator gdp() {
        return catalog.byCode("GDP").orElseThrow();
    }

    private Actual actual(String period, String value, String growth) {
        return new Actual(ReportingPeriod.parse(period), value == null ? null : new BigDecimal(value), null,
                growth == null ? null : new BigDecimal(growth));
    }
}
