package org.duban.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void shouldLeaveOutOnlyThePartsAfterByCountyAndKeepTheRegionsFiguresAroundThem() {
        // review of batch c's fix: the region's figure before 分县区看 in the same sentence, and the next sentence, stay
        NoticeParseResult result = parser.parse("1—5月,全市固定资产投资增长9.1%,分县区看,××区增长12.6%,××县增长6.1%。"
                + "全市规模以上工业增加值增长8%。从部分行业看,装备制造业增长12.3%。", null);
        assertEquals("9.1", only(result, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        assertEquals("8", only(result, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
    }

    @Test
    void shouldNotTakeTheAnnualBudgetNamedInsideAQuartersFigureForTheAnnualPeriod() {
        NoticeParseResult result = parser.parse("一季度,全市一般公共预算收入3.2亿元,增长5%,完成2019年度预算的26%。"
                + "固定资产投资增长9%。", null);
        assertEquals(ReportingPeriod.Q1, only(result, "GENERAL_PUBLIC_BUDGET_REVENUE").period());
        assertEquals(ReportingPeriod.Q1, only(result, "FIXED_ASSET_INVESTMENT").period());
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
        // the part's figure is said to be left out (batch mu's review: it was dropped silently); shares and comparisons not
        assertEquals(List.of("其中,经开区固定资产投资增长15.6%"), result.warnings().stream().map(ParseWarning::fragment).toList());
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

    /** Batch m: 比上年同期增长, 增幅为; a period after 比 compares (比1—2月回落); a phrase may start with its months. */
    @Test
    void shouldReadYearOnYearWordingsAndNotTakeAComparedPeriod() {
        NoticeParseResult result = parser.parse("一季度,固定资产投资增幅为4.3%,比1—2月回落1.5个百分点。"
                + "社会消费品零售总额完成342.7亿元,比上年同期增长6.2%。", null);
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals(ReportingPeriod.Q1, investment.period());
        assertEquals("4.3", investment.growthRate().toPlainString());
        assertEquals("6.2", only(result, "RETAIL_SALES").growthRate().toPlainString());
        NoticeParseResult summary = parser.parse("总的看,1—10月全市规模以上工业增加值增长6.4%。", null);
        assertEquals(ReportingPeriod.parse("M10"), only(summary, "INDUSTRIAL_VALUE_ADDED").period());
        assertEquals(List.of(), summary.warnings());
    }

    /** Batch m: an annual notice names the year alone (2016年,全市…). */
    @Test
    void shouldTakeAYearNamedAloneAsTheWholeYear() {
        NoticeParseResult result = parser.parse("2016年,全市地区生产总值完成1865.2亿元,比上年增长7.8%。", null);
        assertEquals(ReportingPeriod.ANNUAL, only(result, "GDP").period());
    }

    /** Batch m: the target in a bracket after 目标, and the gap said the other way round (比预期目标低x个百分点). */
    @Test
    void shouldReadTheTargetComparedTheOtherWayRound() {
        NoticeParseResult result = parser.parse("一季度,全市地区生产总值同比增长5.6%,比全年预期目标(5.5%左右)高0.1个百分点。"
                + "规模以上工业增加值增长8.4%,比预期目标低1.6个百分点。", null);
        ParsedObservation gdp = only(result, "GDP");
        assertEquals("5.5", gdp.target().growth().value().toPlainString());
        assertTrue(!gdp.targetImplied(), "printed in the bracket");
        ParsedObservation industry = only(result, "INDUSTRIAL_VALUE_ADDED");
        assertEquals("10", industry.target().growth().value().toPlainString());
        assertTrue(industry.targetImplied());
    }

    /** Batch m: a figure in another currency than the indicator's is kept as printed, and said so. */
    @Test
    void shouldKeepAFigureInAnotherCurrencyAsPrinted() {
        NoticeParseResult result = parser.parse("前三季度,外贸进出口总额完成64.2亿元,增长5.3%,完成年度目标90亿元的68.9%。", null);
        ParsedObservation trade = only(result, "FOREIGN_TRADE");
        assertEquals("64.2", trade.value().toPlainString());
        assertEquals("亿元", trade.unit());
        assertEquals("90", trade.target().level().value().toPlainString());
        assertEquals("68.9", trade.completionPercent().toPlainString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().startsWith("CONTRADICTORY_PERCENT")),
                "64.2 of 90 is 71.3 %");
    }

    /** Batch m: 超额完成下降3.5%的年度目标 is the target of the figure before; 农民人均现金收入 is its own indicator. */
    @Test
    void shouldReadAStatedTargetAfterItsFigureAndTheRuralCashIncome() {
        NoticeParseResult result = parser.parse("全年,单位地区生产总值能耗下降4.1%,超额完成下降3.5%的年度目标。"
                + "农民人均现金收入4215元,增长14.6%。", null);
        assertEquals("-3.5", only(result, "ENERGY_INTENSITY").target().growth().value().toPlainString());
        assertEquals("4215", only(result, "RURAL_PER_CAPITA_CASH_INCOME").value().toPlainString());
    }

    /** Batch m: a task table on one line a row (spaces or |), and the pace gaps of a 分别 note under it. */
    @Test
    void shouldReadATaskTableRowByRowAndTheGapsOfItsNote() {
        NoticeParseResult result = parser.parse("""
                序号 指标名称 单位 年度目标 上半年完成 同比增长(%) 完成年度目标(%)
                1 地区生产总值 亿元 增长8% 108.6 7.4 —
                5 财政总收入 亿元 18.5 10.12 6.3 54.7
                10 单位地区生产总值能耗 % 下降3% — — —
                备注:财政总收入分别超时序进度4.7个百分点;单位地区生产总值能耗半年不作统计。
                """, null);
        ParsedObservation gdp = only(result, "GDP");
        assertEquals(1, gdp.task());
        assertEquals(ReportingPeriod.H1, gdp.period());
        assertEquals("8", gdp.target().growth().value().toPlainString());
        assertEquals("7.4", gdp.growthRate().toPlainString());
        assertEquals(2, result.observations().size(), "row 10 has no figure");
        NoticeParseResult piped = parser.parse("""
                序号 | 指标 | 单位 | 年度目标 | 一季度完成 | 同比增长(%) | 完成年度目标(%)
                5 | 一般公共预算收入 | 亿元 | 12.6 | 3.45 | 19.8 | 27.4
                7 | 城镇调查失业率 | % | 5.5以内 | 5.2 | — | —
                """, null);
        ParsedObservation revenue = only(piped, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("12.6", revenue.target().level().value().toPlainString());
        assertEquals("27.4", revenue.completionPercent().toPlainString());
        assertEquals("5.2", only(piped, "SURVEYED_UNEMPLOYMENT_RATE").value().toPlainString());
        NoticeParseResult note = parser.parse("""
                上半年,财政总收入完成10.12亿元,增长6.3%;一般公共预算收入完成5.87亿元,增长5.1%。
                备注:财政总收入、一般公共预算收入分别超时序进度4.7和2.4个百分点。
                """, null);
        assertEquals("4.7", only(note, "FISCAL_REVENUE").paceGapPoints().toPlainString());
        assertEquals("2.4", only(note, "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints().toPlainString());
    }

    /** A numbered item opening with the report's target wording, then the period's figure; shares are left out. */
    @Test
    void shouldTakeANumberedItemsOpeningAsItsTargetAndLeaveSharesOut() {
        NoticeParseResult result = parser.parse("""
                1.数字经济加快发展。一季度,全市数字经济核心产业增加值占GDP比重为9.58%,比上年同期提高0.6个百分点。
                2.城镇新增就业3.5万人。一季度,全市城镇新增就业0.99万人,完成年度任务的28.3%。
                """, null);
        assertEquals(1, result.observations().size(), result.observations()::toString);
        ParsedObservation jobs = only(result, "NEW_URBAN_JOBS");
        assertEquals("0.99", jobs.value().toPlainString());
        assertEquals("3.5", jobs.target().level().value().toPlainString());
        assertNull(jobs.task(), "an item number is no task number");
    }
    /** Batch k: a section headed by the indicator, its sentence without the name; gaps to targets given 分别 after. */
    @Test
    void shouldTakeTheSectionHeadingAsSubjectAndPairTheTargetGapsInOrder() {
        NoticeParseResult result = parser.parse("""
                (二)规模以上工业增加值。全年增长7.9%,高于年度目标0.9个百分点。
                (六)城乡居民收入。城镇居民人均可支配收入43860元,增长4.6%;农村居民人均可支配收入22415元,增长6.5%。两项增速分别低于年度目标0.9个和0.5个百分点。
                """, ReportingPeriod.ANNUAL);
        ParsedObservation industry = only(result, "INDUSTRIAL_VALUE_ADDED");
        assertEquals("7", industry.target().growth().value().toPlainString());
        ParsedObservation urban = only(result, "URBAN_PER_CAPITA_INCOME");
        assertEquals("5.5", urban.target().growth().value().toPlainString());
        assertTrue(urban.targetImplied());
        assertEquals("7", only(result, "RURAL_PER_CAPITA_INCOME").target().growth().value().toPlainString());
    }

    /** Batch k: 其中,城镇居民… is the region's own urban figure (城镇 is no town); 扣除…后增长 is another basis. */
    @Test
    void shouldKeepTheUrbanFigureAndTheHeadlineGrowth() {
        NoticeParseResult result = parser.parse("上半年全县居民人均可支配收入12368元,增长4.1%。其中,城镇居民人均可支配收入"
                + "17520元,增长3.2%;农村居民人均可支配收入8436元,增长5.9%。", null);
        assertEquals("17520", only(result, "URBAN_PER_CAPITA_INCOME").value().toPlainString());
        NoticeParseResult adjusted = parser.parse("1—8月,一般公共预算收入完成102.8亿元,同比下降2.6%,扣除留抵退税因素后增长5.3%,"
                + "完成年度预算的62.4%,慢于序时进度4.3个百分点。", null);
        ParsedObservation revenue = only(adjusted, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("-2.6", revenue.growthRate().toPlainString());
        assertEquals("62.4", revenue.completionPercent().toPlainString());
        assertEquals("-4.3", revenue.paceGapPoints().toPlainString());
    }

    /** Batch k: the latest month's CPI beside the cumulative one: the cumulative figure is the period's. */
    @Test
    void shouldReadTheCumulativePriceRiseNotTheSingleMonth() {
        NoticeParseResult result = parser.parse("8月份,居民消费价格同比上涨2.3%;1—8月累计上涨1.9%。", null);
        assertEquals("1.9", only(result, "CPI").value().toPlainString());
        NoticeParseResult half = parser.parse("6月份居民消费价格同比上涨5.8%,上半年累计上涨5.2%。", null);
        ParsedObservation cpi = only(half, "CPI");
        assertEquals("5.2", cpi.value().toPlainString());
        assertEquals(ReportingPeriod.H1, cpi.period());
    }

    /** Batch k: a table's 说明 naming a row's indicator with its pace gap. */
    @Test
    void shouldGiveANamedPaceGapToTheFigureBefore() {
        NoticeParseResult result = parser.parse("""
                序号 指标名称 单位 年度目标 1—9月完成 同比增长(%) 完成年度目标(%)
                2 区级一般公共预算收入 亿元 16.8 12.35 8.6 73.5
                3 固定资产投资 亿元 190 148.2 11.3 78.0
                说明:1.时序进度为75%。2.区级一般公共预算收入低于时序进度1.5个百分点;固定资产投资超时序进度3个百分点。
                """, null);
        assertEquals("-1.5", only(result, "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints().toPlainString());
        assertEquals("3", only(result, "FIXED_ASSET_INVESTMENT").paceGapPoints().toPlainString());
        NoticeParseResult part = parser.parse("一季度,一般公共预算收入完成6.83亿元,增长4.6%。高新区一般公共预算收入低于序时进度2个百分点。",
                null);
        assertNull(only(part, "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints(), "a sub-area's gap is not the region's");
    }

    /** Batch j: a task heading with 分别 (第9项:城乡…分别增长8%和9%) gives each income its own target, in order. */
    @Test
    void shouldGiveEachIncomeItsTargetFromADistributedHeading() {
        NoticeParseResult result = parser.parse("第9项:城乡居民人均可支配收入分别增长8%和9%。上半年城镇居民人均可支配收入16852元,"
                + "增长7.8%;农村居民人均可支配收入7263元,增长8.6%。", null);
        ParsedObservation urban = only(result, "URBAN_PER_CAPITA_INCOME");
        assertEquals("8", urban.target().growth().value().toPlainString());
        assertEquals(9, urban.task());
        assertEquals("9", only(result, "RURAL_PER_CAPITA_INCOME").target().growth().value().toPlainString());
    }

    /** Batch j: a table without 序号 still prints each row's target (a level, or 增长x%); the task stays unknown. */
    @Test
    void shouldReadTheTargetCellOfATableWithoutTaskNumbers() {
        NoticeParseResult result = parser.parse("""
                ××经济开发区2019年一季度主要经济指标完成情况
                指标名称 单位 年度目标 一季度完成 同比增长(%) 完成年度目标(%)
                规模以上工业增加值 % 增长9% — 9.2 —
                固定资产投资 亿元 185 41.3 12.6 22.3
                """, null);
        ParsedObservation industry = only(result, "INDUSTRIAL_VALUE_ADDED");
        assertEquals("9", industry.target().growth().value().toPlainString());
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals("185", investment.target().level().value().toPlainString());
        assertNull(investment.task());
        assertEquals(ReportingPeriod.Q1, investment.period());
    }

    /** Batch j: 按不变价格计算 says how the growth is computed; 略低于年度目标 is a gap like 低于. */
    @Test
    void shouldKeepTheGrowthAtConstantPricesWithItsFigure() {
        ParsedObservation gdp = only(parser.parse("2023年,全市地区生产总值2856.3亿元,按不变价格计算,比上年增长5.9%,"
                + "略低于年度目标0.1个百分点。", null), "GDP");
        assertEquals("5.9", gdp.growthRate().toPlainString());
        assertEquals("6", gdp.target().growth().value().toPlainString());
    }

    /** Batch j: the months named by the title alone (××县2025年1—10月…通报) are the period of the items after it. */
    @Test
    void shouldTakeThePeriodFromTheTitle() {
        NoticeParseResult result = parser.parse("""
                ××县2025年1—10月主要经济指标完成情况通报
                各乡镇、县直各单位:
                一、社会消费品零售总额完成42.3亿元,增长5.6%。
                二、10月份居民消费价格同比上涨0.2%。
                """, null);
        assertEquals("M10", only(result, "RETAIL_SALES").period().code());
        assertTrue(result.observations().stream().noneMatch(o -> "CPI".equals(o.indicatorCode())),
                "a single month's CPI is another period's figure");
    }

    /**
     * Batch j: figures a county or zone reports of its own beside the headline ones (规模以上工业总产值,
     * 限额以上批发和零售业销售额, 农村劳动力转移就业) are catalog indicators now, read like any other.
     */
    @Test
    void shouldReadTheCountysOwnFiguresOfTheCatalog() {
        NoticeParseResult result = parser.parse("1—5月,限额以上批发和零售业销售额增长31.5%。规模以上工业总产值完成118.6亿元,"
                + "增长9.8%。农村劳动力转移就业1.26万人。", null);
        assertEquals("31.5", only(result, "WHOLESALE_RETAIL_SALES").growthRate().toPlainString());
        assertEquals("118.6", only(result, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        assertEquals("1.26", only(result, "RURAL_LABOUR_TRANSFER").value().toPlainString());
    }

    /** Batch g: 全年预期目标 and 年度预期目标 name the target of a gap as 年度目标 does. */
    @Test
    void shouldReadAGapToTheYearsExpectedTarget() {
        ParsedObservation gdp = only(parser.parse("一季度,全区地区生产总值完成96.35亿元,同比增长5.2%,低于全年预期目标0.3个百分点,"
                + "高于全市0.4个百分点。", null), "GDP");
        assertEquals("5.5", gdp.target().growth().value().toPlainString());
        assertTrue(gdp.targetImplied());
    }

    /** Batch g: a numbered item whose target wording is followed by its task in brackets, (第7项) or 【第7项】. */
    @Test
    void shouldTakeTheBracketedTaskAfterTheWording() {
        NoticeParseResult result = parser.parse("""
                4.城镇新增就业6.5万人(第7项)。前三季度城镇新增就业5.36万人,完成年度目标的82.5%,快于时间进度7.5个百分点。
                (二)固定资产投资增长8%【第3项】:1-9月固定资产投资同比增长3.2%,低于目标4.8个百分点。
                """, null);
        ParsedObservation jobs = only(result, "NEW_URBAN_JOBS");
        assertEquals(7, jobs.task());
        assertEquals("6.5", jobs.target().level().value().toPlainString());
        assertEquals("5.36", jobs.value().toPlainString());
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals(3, investment.task());
        assertEquals("8", investment.target().growth().value().toPlainString());
        assertTrue(!investment.targetImplied(), "the gap agrees with the printed target");
    }

    /** Batch g: a price index printed against 100 is the rise (index − 100). */
    @Test
    void shouldReadAPriceIndexAsTheRise() {
        NoticeParseResult r = parser.parse("1—5月,居民消费价格指数(上年同期=100)为100.6。", null);
        ParsedObservation cpi = only(r, "CPI");
        assertEquals("0.6", cpi.value().toPlainString());
    }

    /** Batch g: 城乡居民收入比为1.84 is a ratio, never an income of 1.84 元; 比上年 beside it still compares. */
    @Test
    void shouldLeaveARatioOut() {
        NoticeParseResult result = parser.parse("2021年,全市城镇居民人均可支配收入51236元,比上年增长8.2%。"
                + "城乡居民收入比为1.84,比上年缩小0.05。", null);
        assertEquals("8.2", only(result, "URBAN_PER_CAPITA_INCOME").growthRate().toPlainString());
        assertEquals(1, result.observations().size(), result.observations()::toString);
    }

    /** Batch o: a rank after a figure (、列全市第3位, 居全省第4位, 全市排名第七) is no figure. */
    @Test
    void shouldLeaveRanksOut() {
        NoticeParseResult result = parser.parse("1-5月,全县固定资产投资同比增长18.6%、列全市第3位,低于年度目标1.4个百分点;"
                + "社会消费品零售总额38.6亿元,同比增长5.3%,居全省第4位,全市排名第七。", null);
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertNull(investment.value());
        assertEquals("20", investment.target().growth().value().toPlainString());
        assertEquals("38.6", only(result, "RETAIL_SALES").value().toPlainString());
    }

    /** Batch o: 超年度目标x个百分点 is ahead of the target (growth − x), as 高于 is; a year before the name is when. */
    @Test
    void shouldImplyTheTargetOfAGapWith超() {
        ParsedObservation gdp = only(parser.parse("初步核算,2015年全县地区生产总值244394万元,比上年增长9.1%,"
                + "超年度目标1.1个百分点。", null), "GDP");
        assertEquals("8", gdp.target().growth().value().toPlainString());
        assertTrue(gdp.targetImplied());
    }

    /** Batch o: 比上年同期增长-3.7% and 负增长2.3% are falls. */
    @Test
    void shouldReadANegativeGrowthAsAFall() {
        NoticeParseResult result = parser.parse("上半年全市地区生产总值1437.94亿元,按不变价格计算,比上年同期增长-3.7%,"
                + "较一季度(-10.8%)回升7.1个百分点。规模以上工业增加值负增长2.3%。", null);
        assertEquals("-3.7", only(result, "GDP").growthRate().toPlainString());
        assertEquals("-2.3", only(result, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
    }

    /** Batch o: a share written 占全区…x% without 比重 is no figure of the indicator it names. */
    @Test
    void shouldLeaveAShareWithout比重Out() {
        NoticeParseResult result = parser.parse("1~3月,全区完成规上工业增加值121.51亿元,同比下降9.1%。其中高技术制造业增加值"
                + "同比下降14.5%,总量占全区规上工业增加值65.7%。", null);
        assertEquals("-9.1", only(result, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
    }

    /** Batch o: 完成率x% is the completion; a colon inside the bracket of a target (年度目标:增长6.5%) introduces nothing. */
    @Test
    void shouldReadACompletionRateAndATargetWithAColon() {
        NoticeParseResult result = parser.parse("一季度:\n(二)规模以上工业增加值增长7.2%(年度目标:增长6.5%),亮绿灯。\n"
                + "(三)固定资产投资完成32.6亿元(年度目标128亿元),完成率25.5%,同比增长3.1%,亮黄灯。", null);
        assertEquals("6.5", only(result, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString());
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals("25.5", investment.completionPercent().toPlainString());
        assertEquals("3.1", investment.growthRate().toPlainString());
        assertEquals("128", investment.target().level().value().toPlainString());
    }

    /** Batch o: a table's column of signed gaps to the pace (与序时进度比) gives each row its gap. */
    @Test
    void shouldReadASignedPaceGapColumn() {
        NoticeParseResult result = parser.parse("""
                序号\t指标名称\t单位\t年度目标\t1-9月完成\t同比增长(%)\t占年度目标(%)\t与序时进度比(百分点)
                2\t一般公共预算收入\t亿元\t96\t71.85\t6.8\t74.8\t-0.2
                6\t外贸进出口总额\t亿美元\t42\t33.6\t12.3\t80.0\t+5.0
                """, null);
        assertEquals("-0.2", only(result, "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints().toPlainString());
        assertEquals("5.0", only(result, "FOREIGN_TRADE").paceGapPoints().toPlainString());
    }

    /** Batch x: the pace printed in brackets between 时序进度 and the gap (低于时序进度(16.67%)1.27个百分点). */
    @Test
    void shouldReadAPaceGapAfterThePacePrintedInBrackets() {
        ParsedObservation revenue = only(parser.parse("1-2月,一般公共预算收入11.3亿元,下降6.9%,完成年度预算的15.4%,"
                + "低于时序进度(16.67%)1.27个百分点。", null), "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("-6.9", revenue.growthRate().toPlainString());
        assertEquals("-1.27", revenue.paceGapPoints().toPlainString());
    }

    /** Batch x: a completion and a pace gap with no amount or growth are a figure; a label of the name alone (第7项). */
    @Test
    void shouldReadACompletionAloneAndALabelledTaskWithoutItsWording() {
        NoticeParseResult result = parser.parse("2020年1-11月份目标任务完成情况\n3.财政总收入完成年度目标的89.6%,"
                + "低于序时进度2.1个百分点。\n城镇新增就业(第7项):1-11月新增2.6万人,完成年度目标的104%。", null);
        ParsedObservation fiscal = only(result, "FISCAL_REVENUE");
        assertEquals("89.6", fiscal.completionPercent().toPlainString());
        assertEquals("-2.1", fiscal.paceGapPoints().toPlainString());
        ParsedObservation jobs = only(result, "NEW_URBAN_JOBS");
        assertEquals("2.6", jobs.value().toPlainString());
        assertEquals(7, jobs.task());
        assertEquals("104", jobs.completionPercent().toPlainString());
    }

    /** Batch x: 名义增长 is the growth; 完成全年目标的x% names the target, not an annual period. */
    @Test
    void shouldReadANominalGrowthAndKeepThePeriodBeside全年目标() {
        NoticeParseResult result = parser.parse("前三季度,社会消费品零售总额8562.4亿元,同比名义增长11.1%。"
                + "全省城镇新增就业62.3万人,完成全年目标的89.0%。9月份,全省城镇调查失业率为4.8%。", null);
        assertEquals("11.1", only(result, "RETAIL_SALES").growthRate().toPlainString());
        assertEquals(ReportingPeriod.Q3, only(result, "NEW_URBAN_JOBS").period());
        assertEquals(ReportingPeriod.Q3, only(result, "SURVEYED_UNEMPLOYMENT_RATE").period());
    }

    /** Batch x: the survey threshold (500万元以上) before 固定资产投资 is no figure. */
    @Test
    void shouldLeaveTheInvestmentThresholdOut() {
        ParsedObservation investment = only(parser.parse("1-5月,全县500万元以上固定资产投资同比增长17.9%、列全市第3位。",
                null), "FIXED_ASSET_INVESTMENT");
        assertNull(investment.value());
        assertEquals("17.9", investment.growthRate().toPlainString());
    }

    /** Batch x: a 目标任务 / 进展情况 table: the task cell is the target, the progress cell the figures, named or not. */
    @Test
    void shouldReadATaskTableWithAProgressColumn() {
        NoticeParseResult result = parser.parse("""
                序号\t目标任务\t责任单位\t进展情况
                1\t一般公共预算收入增长5%\t区财政局\t1-8月完成21.3亿元,增长3.2%,完成年度预算的64.1%,低于序时进度2.6个百分点。
                3\t固定资产投资增长8%\t区发改局\t1-8月固定资产投资下降2.4%。
                """, null);
        ParsedObservation revenue = only(result, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("21.3", revenue.value().toPlainString());
        assertEquals("5", revenue.target().growth().value().toPlainString());
        assertEquals(1, revenue.task());
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals("-2.4", investment.growthRate().toPlainString());
        assertEquals("8", investment.target().growth().value().toPlainString());
        assertEquals(3, investment.task());
    }

    /**
     * Batch x: a notice hard-wrapped inside numbers; 工业增加值 split into 规上企业 and 规下企业 is all industry (全部工业增加值,
     * in the catalog since batch nk).
     */
    @Test
    void shouldUnwrapAHardWrappedNoticeAndTellAllIndustryFromItsAboveSizePart() {
        NoticeParseResult result = parser.parse("""
                今年以来,全县上下围绕年初制定的目标任务,采取有效措施,狠抓工作落实,全县经济平稳健康发展,势头良好。
                初步统计,1-10月份,全县完成工业增加值31.4亿元,同比增长11.1%,其
                中,规上企业增长11.3%,规下企业增长10.5%。完成全社会固定资产投资126.6
                亿元,同比增长15.4%。社会消费品零售总额完成42.7亿元,同比增长15.
                6%。
                """, null);
        ParsedObservation industry = only(result, "INDUSTRIAL_VALUE_ADDED");
        assertNull(industry.value());
        assertEquals("11.3", industry.growthRate().toPlainString());
        ParsedObservation all = only(result, "INDUSTRY_VALUE_ADDED");
        assertEquals("31.4", all.value().toPlainString(), result::toString);
        assertEquals("11.1", all.growthRate().toPlainString());
        assertEquals("15.4", only(result, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        assertEquals("15.6", only(result, "RETAIL_SALES").growthRate().toPlainString());
    }

    /** Batch z: 比增 (and 同比增, 比降) is the growth, 比增-2.6% a fall; 占年度计划的, 完成年初预算的 and 约 before a gap. */
    @Test
    void shouldReadTheShortGrowthWordsAndTheOtherWordsOfCompletionAndPace() {
        NoticeParseResult result = parser.parse("前三季度,全区完成固定资产投资98.6亿元,比增15.3%,占年度计划的78.5%,"
                + "快于时序进度约3.5个百分点。实现一般公共预算收入14.27亿元,同比增8.2%,完成年初预算的71.9%,慢于时序进度"
                + "3.1个百分点。外贸进出口总额245.3亿元,比增-2.6%。社会消费品零售总额50.2亿元,比降1.5%。", null);
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals("15.3", investment.growthRate().toPlainString());
        assertEquals("78.5", investment.completionPercent().toPlainString());
        assertEquals("3.5", investment.paceGapPoints().toPlainString());
        ParsedObservation revenue = only(result, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("8.2", revenue.growthRate().toPlainString());
        assertEquals("71.9", revenue.completionPercent().toPlainString());
        assertEquals("-3.1", revenue.paceGapPoints().toPlainString());
        assertEquals("-2.6", only(result, "FOREIGN_TRADE").growthRate().toPlainString());
        assertEquals("-1.5", only(result, "RETAIL_SALES").growthRate().toPlainString());
    }

    /**
     * Batch z: in a zone's own notice 园区 is the zone, not a part of it; after 其中 a city, county or district named
     * before the indicator is a part of the province or city.
     */
    @Test
    void shouldTellTheZoneItselfAndANamedPlaceAfterWhereof() {
        NoticeParseResult zone = parser.parse("××高新区2019年前三季度经济运行情况\n前三季度,园区完成规模以上工业总产值612.8亿元,"
                + "比增10.4%,增幅高于全市平均水平2.1个百分点。新增高新技术企业42家,完成年度任务的84%。", null);
        assertEquals("10.4", only(zone, "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
        assertEquals("84", only(zone, "NEW_HIGH_TECH_ENTERPRISES").completionPercent().toPlainString());
        NoticeParseResult county = parser.parse("前三季度,全县固定资产投资增长9.1%;其中,经开区固定资产投资增长15.6%。", null);
        assertEquals("9.1", only(county, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        NoticeParseResult province = parser.parse("上半年,全省生产总值完成5862.4亿元,增长12.8%;其中××市生产总值增长14.1%,"
                + "××县地区生产总值增长9.9%。", null);
        assertEquals("12.8", only(province, "GDP").growthRate().toPlainString());
        NoticeParseResult own = parser.parse("上半年,全市地区生产总值增长6.1%;其中,市场主体数量增长3%。其中城镇居民人均可支配收入"
                + "21300元,增长5.2%。", null);
        assertEquals("5.2", only(own, "URBAN_PER_CAPITA_INCOME").growthRate().toPlainString());
    }

    /**
     * Batch z: a rate's target printed inside its comparison (控制在3.5%左右的预期目标以内, 低于4.5%的控制目标) is the
     * level target; 高于全年控制目标1.2个百分点 implies it (5.2 − 1.2) and names no annual period.
     */
    @Test
    void shouldReadTheTargetOfARateInsideItsComparison() {
        NoticeParseResult result = parser.parse("2013年,居民消费价格总水平上涨2.6%,控制在3.5%左右的预期目标以内。"
                + "城镇登记失业率3.9%,低于4.5%的控制目标。", null);
        assertEquals("3.5", only(result, "CPI").target().level().value().toPlainString());
        assertEquals("4.5", only(result, "URBAN_UNEMPLOYMENT_RATE").target().level().value().toPlainString());
        ParsedObservation fall = only(parser.parse("2023年,居民消费价格下降0.3%,低于3%左右的控制目标。", null), "CPI");
        assertEquals("3", fall.target().level().value().toPlainString());
        NoticeParseResult half = parser.parse("上半年,居民消费价格总水平上涨5.2%,高于全年控制目标1.2个百分点。", null);
        ParsedObservation cpi = only(half, "CPI");
        assertEquals(ReportingPeriod.H1, cpi.period());
        assertEquals("4", org.duban.indicators.catalog.Units.strip(cpi.target().level().value()).toPlainString());
        assertTrue(cpi.targetImplied());
        ParsedObservation energy = only(parser.parse("2016年,单位地区生产总值能耗下降4.1%,超额完成下降3.5%的年度目标。", null),
                "ENERGY_INTENSITY");
        assertEquals("-3.5", energy.target().growth().value().toPlainString(), "a target with its verb stays a growth");
    }

    /**
     * Batch z: a task table with no 单位 column prints the unit in the name cell (实际利用外资(万美元)), and a row of a
     * growth rate (…增速(%)) has a bare target that is a growth, not a level.
     */
    @Test
    void shouldTakeTheUnitFromTheNameCellAndReadAGrowthRow() {
        NoticeParseResult result = parser.parse("××区2022年1—5月主要经济指标目标任务完成情况表\n"
                + "序号\t指标\t年度目标\t1—5月完成\t同比增长(%)\t完成年度目标(%)\t超(+)/滞后(-)序时进度(个百分点)\n"
                + "2\t规模以上工业增加值增速(%)\t7\t—\t8.4\t—\t—\n"
                + "6\t实际利用外资(万美元)\t5000\t1860\t—\t37.2\t-4.5\n"
                + "7\t外贸进出口总额(亿元)\t增长5%\t24.8\t-8.9\t—\t—\n", null);
        ParsedObservation industry = only(result, "INDUSTRIAL_VALUE_ADDED");
        assertEquals("8.4", industry.growthRate().toPlainString());
        assertEquals("7", industry.target().growth().value().toPlainString());
        assertNull(industry.target().level());
        ParsedObservation foreign = only(result, "ACTUAL_FOREIGN_INVESTMENT");
        assertEquals("0.186", org.duban.indicators.catalog.Units.strip(foreign.value()).toPlainString(), "1860 万美元");
        assertEquals("亿美元", foreign.unit());
        assertEquals("0.5", org.duban.indicators.catalog.Units.strip(foreign.target().level().value()).toPlainString());
        assertEquals("-4.5", foreign.paceGapPoints().toPlainString());
        assertEquals("亿元", only(result, "FOREIGN_TRADE").unit());
    }

    /** Batch z: a 分别 list with rounds of completions and pace gaps after its figures and growths, one each in order. */
    @Test
    void shouldGiveTheRoundsOfCompletionsAndPaceGapsOfAListToItsFigures() {
        NoticeParseResult result = parser.parse("上半年,地方财政一般预算收入和财政总收入分别完成412.8亿元和786.3亿元,分别增长31.5%和"
                + "28.7%,分别完成年度预算的58.1%和55.9%,分别超时间进度8.1和5.9个百分点。固定资产投资和社会消费品零售总额分别完成"
                + "120亿元和80亿元,分别完成年度目标的40%和45%,分别滞后序时进度10和5个百分点。", null);
        assertEquals(List.of(), result.warnings());
        ParsedObservation revenue = only(result, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("58.1", revenue.completionPercent().toPlainString());
        assertEquals("8.1", revenue.paceGapPoints().toPlainString());
        ParsedObservation fiscal = only(result, "FISCAL_REVENUE");
        assertEquals("28.7", fiscal.growthRate().toPlainString());
        assertEquals("55.9", fiscal.completionPercent().toPlainString());
        assertEquals("5.9", fiscal.paceGapPoints().toPlainString());
        assertEquals("-10", only(result, "FIXED_ASSET_INVESTMENT").paceGapPoints().toPlainString());
        assertEquals("45", only(result, "RETAIL_SALES").completionPercent().toPlainString());
        assertEquals("-5", only(result, "RETAIL_SALES").paceGapPoints().toPlainString());
    }

    /**
     * The review of batch nu/nv: a line that only names a period ("1-2月数据:") or a subsection's heading that does
     * ("(一)1-2月进出口情况") heads the lines under it, to the next heading, in a notice whose title names its own period.
     */
    @Test
    void shouldGiveAPeriodHeadingToTheLinesUnderIt() {
        NoticeParseResult sub = parser.parse("××市2024年1-3月经济运行情况\n一、对外贸易\n(一)1-2月进出口情况\n"
                + "全市外贸进出口总额52.3亿元,同比增长8.1%。\n二、消费\n全市社会消费品零售总额120.5亿元,同比增长5.5%。", null);
        assertEquals("M02", only(sub, "FOREIGN_TRADE").period().code());
        assertEquals(ReportingPeriod.Q1, only(sub, "RETAIL_SALES").period(), "the next chapter is the notice's period");
        NoticeParseResult lines = parser.parse("××县2024年一季度经济运行情况\n1-2月数据:\n全县规模以上工业增加值同比增长6.2%。\n"
                + "全县社会消费品零售总额20.5亿元,同比增长5.5%。\n一季度数据:\n全县地区生产总值80.1亿元,同比增长5.1%。", null);
        assertEquals("M02", only(lines, "INDUSTRIAL_VALUE_ADDED").period().code());
        assertEquals("M02", only(lines, "RETAIL_SALES").period().code());
        assertEquals(ReportingPeriod.Q1, only(lines, "GDP").period());
    }

    /** Batch nv's nv07: in a zone's own news, "1-10月份开发区进出口总额…" right after the months is the zone itself. */
    @Test
    void shouldReadTheZoneRightAfterItsMonthsAsItself() {
        NoticeParseResult result = parser.parse("根据最新统计资料显示,北京经济技术开发区新批企业增长喜人。数据显示:1-10月份开发区进出口"
                + "总额177.75亿美元,同比下降17.28%。", null);
        ParsedObservation trade = only(result, "FOREIGN_TRADE");
        assertEquals("177.75", trade.value().toPlainString());
        assertEquals("M10", trade.period().code());
    }

    /** Batch nt's nt03: "我旗计划完成固定资产投资85.9亿元" is the year's plan — the target of later figures, no figure. */
    @Test
    void shouldTakeThePlanBeforeANameAsTheTargetNotAFigure() {
        NoticeParseResult result = parser.parse("2017年,我旗计划完成固定资产投资85.9亿元,增速12%。1-9月,全旗固定资产投资75.33亿元,"
                + "同比增长2.1%。", null);
        ParsedObservation investment = only(result, "FIXED_ASSET_INVESTMENT");
        assertEquals("75.33", investment.value().toPlainString());
        assertEquals("85.9", investment.target().level().value().toPlainString());
    }

    /** Batch nx (the twenty-fourth blind round): the shapes it brought that the reader missed. */
    @Test
    void shouldReadTheTwentyFourthRoundsShapes() {
        // an infographic: a name on one line, its figures on the next; the one period the page names (nx10)
        NoticeParseResult graphic = parser.parse("全省地方\n一般公共预算收入\n479.89亿元 同比增长45.8%⬆\n财政收入质效稳步提升\n"
                + "上半年我省地方一般公共预算收入进度\n完成年初预算的57.1%\n税收收入增长66.4%\n占地方一般公共预算收入比重为80.5%\n"
                + "基本民生等方面保障有力\n上半年全省地方一般公共预算支出\n949.49亿元 同比增长12.9%\n", null);
        ParsedObservation revenue = only(graphic, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("479.89", revenue.value().toPlainString());
        assertEquals("57.1", revenue.completionPercent().toPlainString());
        assertEquals(ReportingPeriod.H1, revenue.period());
        assertEquals("949.49", only(graphic, "GENERAL_PUBLIC_BUDGET_EXPENDITURE").value().toPlainString());
        // 完成投资 after the sentence named 固定资产投资, not after a part's or 其中 (nx04)
        NoticeParseResult investment = parser.parse("11月份,我市固定资产投资首次突破100亿元大关。1至11月累计完成投资600.1亿元,完成年度计划"
                + "的92.3%,同比增长26.8%。11月份,我市工业固定资产投资完成47.4亿元;1至11月份累计完成投资226.6亿元。", null);
        ParsedObservation whole = only(investment, "FIXED_ASSET_INVESTMENT");
        assertEquals("600.1", whole.value().toPlainString());
        assertEquals("92.3", whole.completionPercent().toPlainString());
        // 到位资金 after 招商引资 in its sentence; 规上企业完成产值 and not the 县属 firms' (nx09); 外资实际到资 (nx03)
        NoticeParseResult county = parser.parse("1-10月,招商引资新签及续建项目52个,引资额达527.86亿元,到位资金70.05亿元。全县规上企业"
                + "完成产值90.6亿元,同比增长26%,县属规上企业完成产值66.8亿元,同比增长36.4%。同时,实现外资实际到资8488万美元。", null);
        assertEquals("70.05", only(county, "INVESTMENT_FUNDS_IN_PLACE").value().toPlainString());
        assertEquals("90.6", only(county, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        assertEquals("亿美元", only(county, "ACTUAL_FOREIGN_INVESTMENT").unit());
    }

    /** The review of this session's notice rules: a heading's period ends at another heading or a paragraph's own. */
    @Test
    void shouldEndAPeriodHeadingAtAnotherHeadingOrAParagraphsOwnPeriod() {
        NoticeParseResult heading = parser.parse("2024年1-4月全市经济运行简况\n一季度数据:\n全市地区生产总值628.4亿元,同比增长5.9%。\n"
                + "累计数据:\n全市规模以上工业增加值同比增长8.1%。\n", null);
        assertEquals(ReportingPeriod.Q1, only(heading, "GDP").period());
        assertEquals("M04", only(heading, "INDUSTRIAL_VALUE_ADDED").period().code());
        NoticeParseResult paragraph = parser.parse("2024年1-6月全市经济运行情况\n一季度:\n全市地区生产总值同比增长5.2%。\n"
                + "上半年,全市社会消费品零售总额563.2亿元,同比增长6.2%。\n全市规模以上工业增加值同比增长7.1%。\n", null);
        assertEquals(ReportingPeriod.H1, only(paragraph, "INDUSTRIAL_VALUE_ADDED").period());
        // a zone's part, or another kind of zone, right after the months is no zone itself
        NoticeParseResult zone = parser.parse("1-6月经开区经济运行态势良好\n1-6月经开区实现地区生产总值126.8亿元,同比增长8.1%。"
                + "1-6月保税区完成进出口总额18.2亿美元,同比增长5.5%。", null);
        assertTrue(zone.observations().stream().noneMatch(o -> o.indicatorCode().equals("FOREIGN_TRADE")), zone::toString);
    }

    /** Round 25's notice shapes (BATCH-ny-nz.md), and the review of their rules: where each must not fire. */
    @Test
    void shouldReadTheTwentyFifthRoundsShapesAndKeepThemToTheirCases() {
        // 前7月 (nz01); not "高于前4月" in May's own notice (the review)
        assertEquals("M07", only(parser.parse("前7月,全省规模以上工业增加值同比增长7.8%。", null), "INDUSTRIAL_VALUE_ADDED")
                .period().code());
        assertTrue(parser.parse("5月份,全市规模以上工业增加值增速高于前4月0.3个百分点;社会消费品零售总额96.3亿元,同比增长5.1%。", null)
                .observations().stream().noneMatch(o -> o.period().code().equals("M04")));
        // a reporter's lead naming the zone's bureau, the zone's own figures after it (nz08) — not the city's (the review)
        NoticeParseResult zone = parser.parse("记者从稀土高新区统计局获悉,今年一季度,该区地区生产总值完成177.89亿元,同比增长9.5%。"
                + "一季度,稀土高新区规模以上工业增加值同比增长17.7%。", null);
        assertEquals("17.7", only(zone, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        NoticeParseResult city = parser.parse("记者从昆山开发区统计局获悉,1-5月,昆山市规模以上工业总产值完成4120.5亿元,同比增长5.6%;"
                + "昆山开发区规模以上工业总产值完成2156.3亿元,同比增长7.2%。", null);
        assertEquals("4120.5", only(city, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        // a promotion report: its first 实际到位资金, the target's amount before its name, 超进度 in % (nz06)
        NoticeParseResult funds = parser.parse("我市2006年1-10月招商引资情况\n2006年1-10月全市履约项目422个。实际到位资金1005136万元,"
                + "同比增长125%,完成全年80亿目标任务的125.64%,超进度42.31%。其中:国内省外履约项目113个,到位资金为412678万元,"
                + "超进度81.74%。", null);
        ParsedObservation promoted = only(funds, "INVESTMENT_FUNDS_IN_PLACE");
        assertEquals("125.64", promoted.completionPercent().toPlainString());
        assertEquals("42.31", promoted.paceGapPoints().toPlainString());
        // … not a zone's after 分区域看, nor the foreign capital of a title naming 外资 (the review)
        NoticeParseResult parts = parser.parse("上半年招商引资工作情况\n全市招商引资到位资金156.3亿元,同比增长9.6%。分区域看,高新区新签约"
                + "项目23个。实际到位资金45.2亿元,完成年度目标的58.1%。", null);
        assertEquals("156.3", only(parts, "INVESTMENT_FUNDS_IN_PLACE").value().toPlainString());
        // last year told early in the next of nothing else (nz09); not beside this year's figures (the review)
        assertEquals(ReportingPeriod.ANNUAL, only(parser.parse("2月2日,省政府新闻发言人介绍,统计结果显示,去年全省地区生产总值增长"
                + "12.5%左右;城镇登记失业率3.25%。", null), "GDP").period());
        assertTrue(parser.parse("去年全市地区生产总值增长5.5%。今年一季度,全市地区生产总值312亿元,同比增长6.1%。", null)
                .observations().stream().noneMatch(o -> o.period() == ReportingPeriod.ANNUAL));
        // a bulletin's table of three columns with the unit in its title; its 工业 row under a product table's caption (nz04)
        NoticeParseResult bulletin = parser.parse("2021年全市生产总值及增长速度\n指    标\n绝对数(亿元)\n比上年增长(%)\n地区生产总值\n"
                + "2167.67\n8.5\n工业\n536.03\n9.5\n建筑业\n232.78\n8.5\n", null);
        assertEquals("536.03", only(bulletin, "INDUSTRY_VALUE_ADDED").value().toPlainString());
        NoticeParseResult inTenThousands = parser.parse("2020年全县财政收支\n指标\n绝对数(万元)\n比上年增长(%)\n一般公共预算收入\n156823\n"
                + "8.1\n一般公共预算支出\n452316\n3.2\n", null);
        assertEquals("45.2316", only(inTenThousands, "GENERAL_PUBLIC_BUDGET_EXPENDITURE").value().toPlainString());
        // GDP增量 is no GDP, its growth is (nz10, the review); 工业增加值 before 其中规模以上 is all industry's (mo06)
        ParsedObservation gdp = only(parser.parse("前三季度,全市GDP增量为697.47亿元,同比增长3.6%。", null), "GDP");
        assertEquals(null, gdp.value());
        assertEquals("3.6", gdp.growthRate().toPlainString());
        assertEquals("40.6", only(parser.parse("上半年,全县实现工业增加值40.6亿元,占GDP的27.3%。其中规模以上工业增加值36.5亿元,"
                + "增长15.1%。", null), "INDUSTRY_VALUE_ADDED").value().toPlainString());
    }

    /** Round 26's notice shapes (BATCH-oa-ob.md). */
    @Test
    void shouldReadTheTwentySixthRoundsShapes() {
        // a rate's target named in its comparison (ob03, ob06)
        assertEquals("4", only(parser.parse("截止10月底,城镇登记失业率控制在3.37%,比年目标任务4%低0.63个百分点。", null),
                "URBAN_UNEMPLOYMENT_RATE").target().level().value().toPlainString());
        assertEquals("2.5", only(parser.parse("1至9月,城镇登记失业率为2.09%,低于全年计划调控目标2.5%的水平。", null),
                "URBAN_UNEMPLOYMENT_RATE").target().level().value().toPlainString());
        // the completion of the year's budget with no 的 (ob07)
        assertEquals("61.22", only(parser.parse("截至2015年8月底,累计完成公共财政预算总收入67949万元,为年初预算61.22%,增长10.61%。", null),
                "FISCAL_REVENUE").completionPercent().toPlainString());
        // an earlier period's growth the figure follows on; 前三个季度 (ob10)
        ParsedObservation gdp = only(parser.parse("国内生产总值继上半年增长5.5%之后,前三季度增长5.2%。前三个季度,规模以上工业增加值同比"
                + "增长4%。", null), "GDP");
        assertEquals(ReportingPeriod.Q3, gdp.period());
        assertEquals("5.2", gdp.growthRate().toPlainString());
        // names sharing a head after the region, with 同比 before 分别 (ob08)
        assertEquals("10.2", only(parser.parse("1-8月,全市规模工业增加值、产值同比分别增长7.3%和10.2%。", null),
                "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
    }

    /** The review of round 26's notice rules: where each must not fire. */
    @Test
    void shouldKeepTheTwentySixthRoundsRulesToTheirCases() {
        // the plan's growth is no completion
        assertEquals(null, only(parser.parse("上半年,全市规模以上工业增加值增长5.6%,为全年计划7%的80%;固定资产投资增长9.2%。", null),
                "INDUSTRIAL_VALUE_ADDED").completionPercent());
        // 继 with no 之后 compares nothing: the quarters' own figure keeps its period
        ParsedObservation gdp = only(parser.parse("国内生产总值继上半年增长5.5%,前三季度增长5.2%,经济运行总体平稳。", null), "GDP");
        assertEquals(ReportingPeriod.Q3, gdp.period());
    }

    /** Round 27 (BATCH-oc-od.md): the notice shapes its unseen pages brought. */
    @Test
    void shouldReadTheTwentySeventhRoundsShapes() {
        // the prices' rise over the months in points (od01)
        assertEquals("1.8", only(parser.parse("上半年,全省居民消费价格累计上涨1.8个百分点,涨幅低于全国0.3个百分点。", null), "CPI")
                .value().toPlainString());
        // a round mark passed is no second figure (od04)
        NoticeParseResult bulletin = parser.parse("2015年统计公报\n全年全市实现地区生产总值1605.1亿元,比上年增长8.2%。经济总量突破1600亿元"
                + "大关。", null);
        assertEquals("1605.1", only(bulletin, "GDP").value().toPlainString());
        assertTrue(bulletin.warnings().stream().noneMatch(w -> w.message().contains("CONFLICTING")), bulletin::toString);
        // a chart's caption over the years on its own line is no figure, nor part of the next line (od04)
        assertEquals("0.6", only(parser.parse("2015年统计公报\n2011-2015年非公有制经济增加值及其增长速度\n价格全年居民消费价格比上年上涨"
                + "0.6%。", null), "CPI").value().toPlainString());
        // the firms' value added after their output; the firms by their definition (od05, od06)
        assertEquals("8.1", only(parser.parse("2015年,全区27家规模以上企业实现产值49.45亿元,同比增长3%,实现增加值8.10亿元,同比增长15.4%。",
                null), "INDUSTRIAL_VALUE_ADDED").value().toPlainString());
        assertEquals("26.29", only(parser.parse("上半年,全州年主营业务收入在500万元以上企业工业增加值26.29亿元,同比增长38.6%。", null),
                "INDUSTRIAL_VALUE_ADDED").value().toPlainString());
        // the three sectors written short, and the growths of the list after it (od06)
        ParsedObservation tertiary = only(parser.parse("上半年,全州生产总值完成152.85亿元,其中,一产、二产、三产增加值分别为23.85亿元、"
                + "53.13亿元和75.87亿元,同比分别增长8.0%、27.1%、13.6%。", null), "TERTIARY_VALUE_ADDED");
        assertEquals("75.87/13.6", tertiary.value().toPlainString() + "/" + tertiary.growthRate().toPlainString());
        // agriculture with its services is no 服务业增加值 (od06)
        assertTrue(parser.parse("上半年,全州农林牧渔业及服务业增加值同比增长8.0%。", null).observations().isEmpty());
        // a half year's plan done is no completion of the year's; the year's share after it is (od06)
        ParsedObservation industry = only(parser.parse("上半年,全州规模以上工业增加值26.29亿元,同比增长38.6%。工业增加值完成上半年目标任务的"
                + "87.6%,占全年目标任务的43.8%。", null), "INDUSTRIAL_VALUE_ADDED");
        assertEquals("38.6/43.8", industry.growthRate().toPlainString() + "/" + industry.completionPercent().toPlainString());
        // a rank of the progress leaves no name behind (od07)
        assertEquals("8.3", only(parser.parse("今年1-10月,全市实际到位省外资金400.6亿元,完成年度目标的84.9%,进度居全省第二位,同比增长8.3%。",
                null), "DOMESTIC_INVESTMENT_USED").growthRate().toPlainString());
        // a target kept within, with 预定 and 范围之内 (od08)
        assertEquals("2.5", only(parser.parse("上半年,城镇登记失业率为2.35%,控制在年初预定目标2.5%的范围之内。", null),
                "URBAN_UNEMPLOYMENT_RATE").target().level().value().toPlainString());
        // a leaderboard's lines are other places' figures (od10)
        assertTrue(parser.parse("一季度全省各市州数据\nGDP总量第一 :成都 2968.49亿元\n一般公共预算收入增长第一:南充 34.4%", null)
                .observations().isEmpty());
        // an amount and its growth named again in the same sentence are one figure (nz10)
        ParsedObservation gdp = only(parser.parse("从全省层面上看,前三季度完成地区生产总值20351.72亿元,虽仍落后,但减少了差距,GDP同比增速为"
                + "3.6%。", null), "GDP");
        assertEquals("20351.72/3.6", gdp.value().toPlainString() + "/" + gdp.growthRate().toPlainString());
    }

    /** Round 27's notice rules where each must not fire. */
    @Test
    void shouldKeepTheTwentySeventhRoundsRulesToTheirCases() {
        // the mark with the figure going on after it keeps the figure
        assertEquals("1100", only(parser.parse("今年前2个月,全区规模以上工业总产值首次突破1000亿元大关,达到1100亿元,增长30%。", null),
                "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        // the year's completion stays one
        assertEquals("62.8", only(parser.parse("1-6月,规模以上工业增加值完成全年目标任务的62.8%。", null), "INDUSTRIAL_VALUE_ADDED")
                .completionPercent().toPlainString());
        // an amount and a growth in different sentences are two mentions, told
        NoticeParseResult two = parser.parse("前三季度,全市地区生产总值2035亿元。全市GDP同比增长3.6%。", null);
        assertEquals(2, two.observations().size(), two::toString);
        // a line with a figure of the notice's own is no chart caption
        assertEquals("8.2", only(parser.parse("2015年统计公报\n2015年全市地区生产总值增长8.2%", null), "GDP").growthRate().toPlainString());
        // the review of round 27's rules: a statistic of visits is no page counter; 5000万元以上 firms are a part
        assertTrue(parser.parse("全年政府网站访问量1200万次,政务服务事项网上可办率100%。全年实现地区生产总值820亿元,增长6.1%。", null)
                .warnings().stream().anyMatch(w -> w.fragment().contains("访问量")));
        assertTrue(parser.parse("全年年主营业务收入5000万元以上企业工业增加值增长15%,占规模以上工业的60%。", null).observations().stream()
                .noneMatch(o -> "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode())));
        // a sector leading is the notice's own line, told
        assertTrue(parser.parse("上半年全县地区生产总值56.3亿元,增长6.2%。\n分产业看:\n增幅最高:第三产业 9.2%\n第一产业增长3.5%。", null)
                .warnings().stream().anyMatch(w -> w.fragment().contains("9.2")));
        // the year's forecast, last year's or the current prices' growth after an amount is no growth of it
        for (String text : List.of("一季度地区生产总值500亿元,预计全年GDP增长6%左右。", "全年地区生产总值1500亿元,上年地区生产总值增长5.2%。",
                "全年全市地区生产总值1500亿元,比上年增加120亿元,按现价计算GDP增长8.7%。")) {
            NoticeParseResult result = parser.parse(text, null);
            assertTrue(result.observations().stream().noneMatch(o -> o.value() != null && o.growthRate() != null), result::toString);
        }
    }

    /** Round 30's notice rules (batch oj), each with a case where it must not fire. */
    @Test
    void shouldReadTheThirtiethRoundsShapes() {
        // 按不变价核算 between the figure and its growth (oj01)
        assertEquals("6.6", only(parser.parse("一季度全省地区生产总值4815.49亿元,按不变价核算,比上年同期增长6.6%,增速高于全国平均水平1.8个百分点。",
                null), "GDP").growthRate().toPlainString());
        // the share of the region's own plan done, then the growth (oj07)
        ParsedObservation retail = only(parser.parse("今年一季度,全市社会消费品零售总额468.4亿元,占全市年度计划的23.4%,同比增长16.5%。", null),
                "RETAIL_SALES");
        assertEquals("16.5", retail.growthRate().toPlainString());
        assertEquals("23.4", retail.completionPercent().toPlainString());
        // ℅ typed for % after a figure (oj06); not elsewhere
        assertEquals("15", only(parser.parse("2010年,全县完成地区生产总值13.15亿元,增长15℅。", null), "GDP").growthRate().toPlainString());
        assertEquals("℅", org.duban.indicators.text.ChineseText.normalise("℅"));
        // 规上工业增速 is its value added's growth
        assertEquals("8.5", only(parser.parse("1-3月,全市规上工业增速8.5%,高于全省1个百分点。", null), "INDUSTRIAL_VALUE_ADDED")
                .growthRate().toPlainString());
        // a wire's dateline is no part of the figure's sentence; its date no period
        assertEquals(ReportingPeriod.H1, only(parser.parse("新华社南京7月15日电 上半年,全省地区生产总值完成6.3万亿元,同比增长5.8%。", null),
                "GDP").period());
    }

    /** Round 30's notices left waiting (oj04, oj05): a month's title, and the leads over the year's aims in a bracket. */
    @Test
    void shouldReadTheThirtiethRoundsLeftNotices() {
        // a month's report by its title names the months so far, though a part further down names 1-8月 (oj05)
        String monthly = "2020年10月全区经济运行情况\n全区规上工业实现总产值121.25亿元,同比下降6.12%。1-8月外贸出口恢复正增长。";
        assertEquals("M10", only(parser.parse(monthly, null), "INDUSTRIAL_GROSS_OUTPUT").period().code());
        // …and a single month's figure in it is said, not recorded as the months' (it went without a word)
        NoticeParseResult may = parser.parse("××市2024年5月份经济运行情况\n\n一、5月份全市规模以上工业增加值同比增长4.2%。", null);
        assertEquals(List.of(), may.observations(), may::toString);
        assertTrue(may.warnings().stream().anyMatch(w -> w.message().contains("单月")), may::toString);
        // …not a day's date in a title, nor a month beside a period of its own
        assertEquals("Q3", only(parser.parse("2020年10月20日经济运行情况\n前三季度,全区规上工业实现总产值121.25亿元,同比下降6.12%。", null),
                "INDUSTRIAL_GROSS_OUTPUT").period().code());
        assertEquals("Q3", only(parser.parse("2020年10月前三季度经济运行情况\n全区规上工业实现总产值121.25亿元,同比下降6.12%。", null),
                "INDUSTRIAL_GROSS_OUTPUT").period().code());
        // the year's aims said done, each figure's lead over its aim in a bracket (oj04): the aim it implies
        ParsedObservation gdp = only(parser.parse("上半年,全县完成地区生产总值48.88亿元,同比增长7.8%。年初七项主要经济指标的预期全部如期超额完成"
                + "(GDP增长7.8%,高0.8个点;投资增长11.2%,高1.2个点)。", null), "GDP");
        assertEquals("7", gdp.target().growth().value().toPlainString());
        assertTrue(gdp.targetImplied());
        // …not a lead over another region's, outside such a bracket
        assertEquals(null, only(parser.parse("上半年,全县完成地区生产总值48.88亿元,同比增长7.8%,较全省高0.8个点。", null), "GDP").target());
    }

    /** Round 31 (batch ol): each shape both ways. */
    @Test
    void shouldReadTheThirtyFirstRoundsShapes() {
        // a 分别 round after three figures, one of them in the catalog (ol01): its own place's completion
        ParsedObservation jobs = only(parser.parse("上半年,全区城镇新增就业22.30万人,城镇失业人员再就业8.66万人,就业困难人员就业3.55万人,"
                + "分别完成年度计划目标的74.32%、108.22%和177.40%。", null), "NEW_URBAN_JOBS");
        assertEquals("74.32", jobs.completionPercent().toPlainString());
        // last year's quarter is never this one's figure (ol02); a comparison with it and an index's base stay
        NoticeParseResult quarter = parser.parse("一季度全市地区生产总值同比增长15.2%,高于与自治区会商目标6.2个百分点。去年一季度全市经济增长3.6%。", null);
        assertEquals(1, quarter.observations().size(), quarter::toString);
        assertEquals("9", quarter.observations().get(0).target().growth().value().toPlainString());
        assertTrue(quarter.observations().get(0).targetImplied());
        assertTrue(quarter.warnings().stream().anyMatch(w -> w.message().contains("上年同期")), quarter::toString);
        assertEquals("6.1", only(parser.parse("一季度,全市地区生产总值比去年同期增长6.1%。", null), "GDP").growthRate().toPlainString());
        // a report's review of its year (ol06): the year's figures; a threshold passed is no figure, 海洋生产总值 no GDP, a
        // task done its target
        NoticeParseResult review = parser.parse("报告回顾了2024年的工作成果。预计全省地区生产总值迈上14万亿元新台阶。进出口总额突破9万亿元、增长9.8%。"
                + "海洋生产总值突破2万亿元。城镇新增就业超143万人、超额完成国家下达的110万人年度任务。", null);
        assertEquals(List.of("FOREIGN_TRADE", "NEW_URBAN_JOBS"), review.observations().stream().map(ParsedObservation::indicatorCode)
                .toList(), review::toString);
        assertEquals(null, review.observations().get(0).value());
        assertEquals("110", review.observations().get(1).target().level().value().toPlainString());
        assertEquals("4.27", only(parser.parse("1至7月,该县财政总收入突破4.27亿元,比上年增长49.77%。", null), "FISCAL_REVENUE").value()
                .toPlainString());
        // an amount over the target after the figure (ol10): the target it implies
        ParsedObservation gdp = only(parser.parse("2005年,全县共完成生产总值19.33亿元,超“十五”计划目标3.73亿元。", null), "GDP");
        assertEquals("15.6", gdp.target().level().value().toPlainString());
        assertTrue(gdp.targetImplied());
        // a county's industrial cluster is a part (ol09)
        assertEquals(1, parser.parse("上半年,全县规上工业增加值增长8%。工业集中区完成规模工业增加值11亿元,增长9%。", null).observations().size());
    }

    /** The review of round 31's notice rules: where each must not fire. */
    @Test
    void shouldKeepTheThirtyFirstRoundsRulesToTheirCases() {
        // last year's base or circumstances before this period's figures
        for (String lead : List.of("和去年同期相比,", "受去年同期基数较高影响,", "在去年同期高基数的基础上,", "上年同期基数较低,")) {
            assertEquals("7.2", only(parser.parse("上半年," + lead + "全县地区生产总值增长7.2%。", null), "GDP").growthRate().toPlainString(),
                    lead);
        }
        // a meeting's title names no month's report; January and 累计 under a month's title are the months so far
        assertTrue(parser.parse("全市召开2024年4月份经济运行调度会\n会议通报,全市规模以上工业增加值增长6.8%。", null).observations().isEmpty());
        assertEquals("120", only(parser.parse("××县2024年5月份经济运行情况\n5月份,全县累计完成固定资产投资120亿元,增长5%。", null),
                "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // a figure of three digits after 突破 is the figure
        assertEquals("1036", only(parser.parse("全年全市地区生产总值突破1036亿元,增长6.8%。", null), "GDP").value().toPlainString());
        // a part of the year's target is no year's target; another unit is converted
        assertEquals(null, only(parser.parse("上半年,全县规模以上工业总产值完成55亿元,超过半年目标5亿元。", null), "INDUSTRIAL_GROSS_OUTPUT")
                .target());
        assertEquals("84.5", only(parser.parse("全年全市固定资产投资完成85亿元,增长12%,超年度目标5000万元。", null), "FIXED_ASSET_INVESTMENT")
                .target().level().value().toPlainString());
        // a cluster's own notice is the cluster's
        assertEquals("21.5", only(parser.parse("2024年上半年工业集中区经济运行情况\n上半年,集中区完成规模以上工业增加值21.5亿元,同比增长9.2%。", null),
                "INDUSTRIAL_VALUE_ADDED").value().toPlainString());
        // every item of the aims' bracket is read, 投资 and 消费 as the list's short names
        NoticeParseResult aims = parser.parse("上半年,我县年初确定的七项主要经济指标的预期全部如期超额完成(地区生产总值增长7.8%,高0.8个点;投资增长"
                + "11.2%,高1.2个点;消费增长10.5%,高0.5个点)。", null);
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES"), aims.observations().stream()
                .map(ParsedObservation::indicatorCode).toList(), aims::toString);
        assertEquals("10", aims.observations().get(2).target().growth().value().toPlainString());
    }

    /** Round 32 (batch on): a template's year, 持平 alone, 地方级收入, the surveys' incomes by short names. */
    @Test
    void shouldReadTheThirtySecondRoundsShapes() {
        // "20XX年工作回顾" names a year's review (on06); 其中地方级收入 is the budget revenue
        NoticeParseResult review = parser.parse("20XX年工作回顾\n20XX年,县政府较好地完成了目标任务。预计实现地区生产总值391亿元,增长8.6%;"
                + "财政收入38.74亿元,增长4.26%,其中地方级收入26.5亿元,增长0.9%。", null);
        assertEquals(List.of("GDP", "FISCAL_REVENUE", "GENERAL_PUBLIC_BUDGET_REVENUE"), review.observations().stream()
                .map(ParsedObservation::indicatorCode).toList(), review::toString);
        assertEquals(ReportingPeriod.ANNUAL, review.observations().get(0).period());
        // 持平 alone after an amount is a growth of 0 (on03); after a rate it is no growth
        assertEquals("0", only(parser.parse("2019年,全区粮食播种面积57.7万亩,持平。", null), "GRAIN_SOWN_AREA").growthRate().toPlainString());
        assertEquals(null, only(parser.parse("2019年,全区城镇登记失业率3.5%,持平。", null), "URBAN_UNEMPLOYMENT_RATE").growthRate());
        // the surveys' incomes by their short names in the aims' bracket (oj04), nowhere else
        NoticeParseResult aims = parser.parse("上半年,全县主要经济指标的预期全部超额完成(城镇居民收入增长9.3%,高1.3个点;农村居民收入增长9.2%,"
                + "高0.2个点)。", null);
        assertEquals(List.of("URBAN_PER_CAPITA_INCOME", "RURAL_PER_CAPITA_INCOME"), aims.observations().stream()
                .map(ParsedObservation::indicatorCode).toList(), aims::toString);
        // …and outside it too: 城镇居民收入 is the urban survey's (the review of round 32's rules)
        assertEquals("6.5", only(parser.parse("1-6月,全县城镇居民收入18500元,增长6.5%;农村居民收入9200元,增长7.8%。", null),
                "URBAN_PER_CAPITA_INCOME").growthRate().toPlainString());
    }

    /** The break-it trial of round 32's rules: a task's share done is its completion, never a growth. */
    @Test
    void shouldReadATasksShareDoneAsItsCompletion() {
        // the aims' bracket said against the aim (比目标高x个点) implies it too
        NoticeParseResult aims = parser.parse("上半年,全县主要经济指标的预期全部如期超额完成(地区生产总值增长8.0%,比目标高0.2个点;固定资产投资增长"
                + "9.5%,比预期目标低0.5个百分点)。", null);
        assertEquals(List.of("7.8", "10"), aims.observations().stream().map(o -> o.target().growth().value().toPlainString()).toList(),
                aims::toString);
        assertEquals(2025, NoticeObservationParser.noticesYear("2025年工作回顾\n2025年,全区地区生产总值增长5.9%。"));
        assertEquals(null, NoticeObservationParser.noticesYear("一季度,全市地区生产总值比2019年同期增长19.3%。"));
        // a figure no notice holds is said and not read (break-it trial of 2026-12-05)
        NoticeParseResult huge = parser.parse("1-9月,全市地区生产总值100000000000000000000亿元,增长5%;规模以上工业增加值增长100000%;"
                + "社会消费品零售总额120亿元,增长6%。", null);
        assertEquals(List.of("RETAIL_SALES"), huge.observations().stream().map(ParsedObservation::indicatorCode).toList(), huge::toString);
        assertEquals(2, huge.warnings().stream().filter(w -> w.message().contains("超出合理范围")).count(), huge::toString);
        NoticeParseResult lastYears = parser.parse("2025年工作回顾\n2025年,全区地区生产总值增长5.9%。", null);
        assertEquals(2025, lastYears.ownYear());
        assertEquals(lastYears, lastYears.forYear(2025), "a notice of the request's year is said nothing of");
        assertEquals(List.of("2025年"), lastYears.forYear(2026).warnings().stream().map(ParseWarning::fragment).toList(),
                "a notice of another year than the request's is said");
        ParsedObservation jobs = only(parser.parse("前三季度,全区城镇新增就业1.05万人,完成市下达的1.2万人年度任务的87.5%。", null), "NEW_URBAN_JOBS");
        assertEquals(null, jobs.growthRate());
        assertEquals("87.5", jobs.completionPercent().toPlainString());
        assertEquals("1.2", jobs.target().level().value().toPlainString());
    }

    /** The review of round 30's notice rules: a share of the parent region's plan is no completion of the region's own. */
    @Test
    void shouldKeepTheThirtiethRoundsRulesToTheirCases() {
        ParsedObservation county = only(parser.parse("1-6月,全县固定资产投资完成20亿元,占全市年度计划的12%,同比增长8%。", null),
                "FIXED_ASSET_INVESTMENT");
        assertEquals("8", county.growthRate().toPlainString());
        assertEquals(null, county.completionPercent());
        assertEquals("23.4", only(parser.parse("一季度,全市社会消费品零售总额468.4亿元,占全市年度计划的23.4%,同比增长16.5%。", null),
                "RETAIL_SALES").completionPercent().toPlainString());
    }

    /** Round 29's notice rules (batch oh, pending), each both ways. */
    @Test
    void shouldReadTheTwentyNinthRoundsShapes() {
        // a head count with no unit is persons, in 万人 (oh03); one in 万人 stays
        assertEquals("76.6579", only(parser.parse("2019年全县国民经济和社会发展统计公报。年末全县常住人口766579,比上年末增加2028人。", null),
                "RESIDENT_POPULATION").value().toPlainString());
        assertEquals("76.6", only(parser.parse("2019年全县国民经济和社会发展统计公报。年末全县常住人口76.6万人。", null),
                "RESIDENT_POPULATION").value().toPlainString());
        // a report's review of its year is the year's (oh06)
        assertEquals(ReportingPeriod.ANNUAL, only(parser.parse("一、2024年工作回顾\n一年来,经济社会发展迈出了新步伐。预计全市地区生产总值增长"
                + "4%左右。", null), "GDP").period());
        // a text in English is said not to be read (oh10)
        NoticeParseResult english = parser.parse("The economy of the city stabilized in the first half of the year, with major"
                + " economic indicators beginning to move in the right direction. The city posted gross domestic product of"
                + " 181.02 billion yuan during the past six months, down 3.9 percent year on year.", null);
        assertTrue(english.observations().isEmpty());
        assertEquals(org.duban.indicators.text.ChineseText.NOT_CHINESE, english.warnings().get(0).message());
    }

    /** Round 28's notice rules (batch of), each both ways. */
    @Test
    void shouldReadTheTwentyEighthRoundsShapes() {
        // the months so far with a space before 月 (of02); ranks with spaces, a second rank, a place after 为 (of02)
        NoticeParseResult speech = parser.parse("1-9 月份,全县地区生产总值完成10.43 亿元,同比增长 13.3%,在全市排位由去年的 20位、"
                + "第 7 位上升为今年的 11 位、第 5 位;消费品零售总额列全市第 9 位和第 8 位。", null);
        assertEquals(ReportingPeriod.Q3, only(speech, "GDP").period());
        assertEquals("10.43", only(speech, "GDP").value().toPlainString());
        assertTrue(speech.observations().stream().noneMatch(o -> "RETAIL_SALES".equals(o.indicatorCode())), speech::toString);
        // a count of people is no rank
        assertTrue(parser.parse("一季度,全县地区生产总值完成20亿元,增长6%,接待20位客商。", null).observations().stream()
                .allMatch(o -> "GDP".equals(o.indicatorCode())));
        // 工业生产总值 is the industry's gross output, 农业生产总值 no GDP either (of05)
        NoticeParseResult park = parser.parse("1至5月,园区工业生产总值预计完成5.88亿元,同比增长17.6%。", null);
        assertEquals("INDUSTRY_GROSS_OUTPUT", park.observations().get(0).indicatorCode());
        assertTrue(parser.parse("上半年,全县农业生产总值完成12亿元,增长4%。", null).observations().stream()
                .noneMatch(o -> "GDP".equals(o.indicatorCode())));
        // the growth after a semicolon (of06); 地方公共预算收入 (of09)
        assertEquals("15.5", only(parser.parse("上半年,全省一般公共预算收入完成1603.8亿元,占预算的56.6%,超过时间进度6.6个百分点;比上年同期"
                + "增长15.5%。", null), "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        assertEquals("12.82", only(parser.parse("一季度,全市完成地方公共预算收入12.82亿元,同比增长12.2%。", null),
                "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString());
        // the month's own figure before the months so far: the total so far, of the quarter (of10)
        ParsedObservation budget = only(parser.parse("3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,"
                + "下降10.9%。", null), "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals(ReportingPeriod.Q1, budget.period());
        assertEquals("-10.9", budget.growthRate().toPlainString());
    }

    /** The review of rounds 28 and 29's notice rules: where each must not fire. */
    @Test
    void shouldKeepTheTwentyEighthAndNinthRoundsRulesToTheirCases() {
        // a bare 公共预算收入 (transfers included) is no 一般公共预算收入
        assertTrue(parser.parse("2024年,全县公共预算收入合计完成25亿元,其中上级补助收入15亿元。", null).observations().stream()
                .noneMatch(o -> "GENERAL_PUBLIC_BUDGET_REVENUE".equals(o.indicatorCode())));
        // with no 当月, the month named first keeps its figure to itself: nothing is read as the months so far
        assertTrue(parser.parse("9月份,全县规上工业总产值完成12亿元,同比增长8%,累计完成98亿元,同比增长6%。", null).observations()
                .stream().noneMatch(o -> o.value() != null && o.value().compareTo(java.math.BigDecimal.valueOf(12)) == 0
                        && o.period() == ReportingPeriod.Q3));
        // a head count with its unit in brackets stays in 万人
        assertEquals("12706", only(parser.parse("2024年,全省年末常住人口(万人)12706,比上年末增加50。", null), "RESIDENT_POPULATION")
                .value().toPlainString());
        // a bilingual page is read in its Chinese lines (not refused as English)
        assertTrue(parser.parse("1-9月,全县地区生产总值完成120.5亿元,增长5.8%。\n(From January to September, the county's "
                + "GDP reached 12.05 billion yuan, up 5.8 percent. Industrial value added above designated size grew 7.2 percent, "
                + "fixed-asset investment rose 9 percent, and retail sales of consumer goods reached 3 billion yuan, up 6 percent. "
                + "General public budget revenue reached 500 million yuan.)", null).observations().stream()
                .anyMatch(o -> "GDP".equals(o.indicatorCode()) && "120.5".equals(o.value().toPlainString())));
        // …and only in them: the English half's "GDP reached 12.05 billion yuan" is no second figure, and is said
        NoticeParseResult bilingual = parser.parse("1-9月,全县地区生产总值完成120.5亿元,增长5.8%。\nFrom January to September, "
                + "the county's GDP reached 12.05 billion yuan, up 5.8 percent.", null);
        assertEquals("120.5", only(bilingual, "GDP").value().toPlainString());
        assertTrue(bilingual.warnings().stream().anyMatch(w -> w.message().equals(org.duban.indicators.text.ChineseText.FOREIGN_LINES)));
    }

    /** Round 34 (batch os): wordings of unseen pages, each pinned with the reading it must not become. */
    @Test
    void shouldReadTheThirtyFourthRoundsWordings() {
        // growths in brackets after the names, with their gaps and a completion; the figure after the gaps is none of theirs;
        // a bare 工业增加值 at another growth than the 规上 figure is all industry's (os02)
        NoticeParseResult city = parser.parse("上半年,全市地区生产总值1267.24亿元,同比增长7.5%;工业增加值508.51亿元,同比增长11.2%。其中,"
                + "地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点,一般公共预算收入(13.5%)完成年初预算的53.7%。", null);
        assertEquals("6.5", only(city, "GDP").target().growth().value().toPlainString(), city::toString);
        assertEquals("8.5", only(city, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString());
        ParsedObservation revenue = only(city, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertNull(revenue.target(), "a figure after the gaps takes none of them");
        assertEquals("53.7", revenue.completionPercent().toPlainString());
        assertEquals("11.2", only(city, "INDUSTRY_VALUE_ADDED").growthRate().toPlainString());
        // …but a bare 工业增加值 at the same growth as the 规上 one is the shorthand
        NoticeParseResult same = parser.parse("上半年,全市工业增加值同比增长11.2%。规模以上工业增加值增长11.2%。", null);
        assertTrue(same.observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRY_VALUE_ADDED")), same::toString);
        // the review of these rules: percentages in brackets of progress or of a structure are no growths; a name before the
        // gaps outside the catalog leaves them to the figures as before; a headline's rounded growth is the shorthand
        NoticeParseResult progress = parser.parse("1-6月各项指标完成年度目标进度:一般公共预算收入(56.2%)、固定资产投资(61.3%)。", null);
        assertTrue(progress.observations().stream().noneMatch(o -> o.growthRate() != null), progress::toString);
        NoticeParseResult structure = parser.parse("全年三次产业增加值构成中,第三产业增加值(52.1%)、第二产业增加值(38.6%)。", null);
        assertTrue(structure.observations().stream().noneMatch(o -> o.growthRate() != null), structure::toString);
        NoticeParseResult abbreviated = parser.parse("1-6月,全县GDP、社零分别增长6.2%、7.1%,分别高于年度目标0.2和0.6个百分点,社会消费品零售总额"
                + "总量达到45亿元。", null);
        assertEquals("6", only(abbreviated, "GDP").target().growth().value().toPlainString(), abbreviated::toString);
        NoticeParseResult rounded = parser.parse("上半年,全县工业增加值增长8%,工业经济稳中向好。规模以上工业增加值同比增长7.9%。", null);
        assertTrue(rounded.observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRY_VALUE_ADDED")), rounded::toString);
        // the ranks of parts among a count of places are no figures (os02: 2亿元 and 6亿元 of GDP)
        NoticeParseResult ranks = parser.parse("上半年,全市地区生产总值增长7.5%。西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列全区22个县(市)区"
                + "第2位和第6位。", null);
        assertEquals(null, only(ranks, "GDP").value(), ranks::toString);
        // the industry inside 第二产业 written without 增加值 is all industry (os06)
        NoticeParseResult sectors = parser.parse("2016年,全县地区生产总值445636万元,同比增长11.0%,其中:第一产业54238万元,同比增长9.6%;第二产业314601万元,"
                + "同比增长11.7%,其中工业增加值201119万元,同比增长16.4%。", null);
        assertEquals("16.4", only(sectors, "INDUSTRY_VALUE_ADDED").growthRate().toPlainString(), sectors::toString);
        // the statistics' gloss 企业(单位) keeps the above-quota retail apart from 社会消费品零售总额 (os03)
        NoticeParseResult quota = parser.parse("1-11月,全省限额以上企业(单位)消费品零售总额4024.00亿元,同比增长9.4%。", null);
        assertTrue(quota.observations().isEmpty(), quota::toString);
    }

    /** Round 35 (batch ou): wordings of unseen pages, each pinned with the reading it must not become. */
    @Test
    void shouldReadTheThirtyFifthRoundsWordings() {
        // the target printed after other periods' comparisons, in brackets after 低于预期目标; last year's value before the
        // growth (ou01)
        NoticeParseResult district = parser.parse("1-8月份,全区规上工业企业完成总产值39.42亿元,去年同期39.04亿元,同比增长1%。规上工业增加值增速"
                + "-0.6%,增速较上半年(0.6%)回落1.2个百分点,较去年同期(-7.7%)回升7.1个百分点,增速低于预期目标(4.8%)5.4个百分点。", null);
        ParsedObservation industry = only(district, "INDUSTRIAL_VALUE_ADDED");
        assertEquals("4.8", industry.target().growth().value().toPlainString(), district::toString);
        assertEquals(false, industry.targetImplied(), "a printed target");
        assertEquals("1", only(district, "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
        // a target in words after 高于年初提出的; an amount in words with 多 after its scale (ou09)
        NoticeParseResult wire = parser.parse("今年一至七月,广州市实现国内生产总值一千五百八十四亿多元人民币,增长百分之十二点六,高于年初提出的全年增长"
                + "百分之十二的预期目标。", null);
        ParsedObservation gdp = only(wire, "GDP");
        assertEquals("1584", gdp.value().toPlainString(), wire::toString);
        assertEquals("12", gdp.target().growth().value().toPlainString());
        // the review of these rules: a clause's own words decide a bracketed percentage ("经济结构持续优化,地区生产总值(6.2%)…" is
        // a growth); gaps go by the names' places in the 分别 list when a name is outside the catalog; a growth printed 7.0
        // is no rounded 7.4; a target said after 但
        NoticeParseResult structure2 = parser.parse("上半年,全县经济结构持续优化,地区生产总值(6.2%)、规模以上工业增加值(8.9%)分别高于全市平均0.5和"
                + "1.1个百分点。", null);
        assertEquals("6.2", only(structure2, "GDP").growthRate().toPlainString(), structure2::toString);
        NoticeParseResult byName = parser.parse("上半年,全县GDP、社零分别增长6.2%、7.1%,分别高于年度目标0.2和0.6个百分点,规上工业增加值增长9%,"
                + "固定资产投资增长11%。", null);
        assertEquals("6", only(byName, "GDP").target().growth().value().toPlainString(), byName::toString);
        assertNull(only(byName, "INDUSTRIAL_VALUE_ADDED").target(), "the figures after the gaps take none of them");
        NoticeParseResult decimal = parser.parse("全年全市工业增加值增长7.0%,规模以上工业增加值增长7.4%。", null);
        assertEquals("7", only(decimal, "INDUSTRY_VALUE_ADDED").growthRate().toPlainString(), decimal::toString);
        NoticeParseResult but = parser.parse("前三季度,全县地区生产总值增长6.1%,高于全省平均水平,但低于年初提出的7%的预期目标。", null);
        assertEquals("7", only(but, "GDP").target().growth().value().toPlainString(), but::toString);
        // a slash before %; 和上半年持平 compares, it names no period (ou06)
        NoticeParseResult bulletin = parser.parse("2008年全区实现地区生产总值186617万元,同比增长39.5/%。今年农作物总播种面积4585公顷,和上半年持平。", null);
        assertEquals("39.5", only(bulletin, "GDP").growthRate().toPlainString(), bulletin::toString);
        assertTrue(bulletin.observations().stream().noneMatch(o -> "H1".equals(o.period().code())), bulletin::toString);
    }

    /** Round 36 (batch ow): wordings of unseen pages, each pinned with the reading it must not become. */
    @Test
    void shouldReadTheThirtySixthRoundsWordings() {
        // a PDF's spaced decimal points throughout, and a 分别 list of growths paired with the amounts by place, names outside
        // the catalog counted (ow08: every growth went to the last amount)
        NoticeParseResult zone = parser.parse("2003年,全年实现国内生产总值 42 亿元,工业销售\n收入 62 亿元,财政收入 6 亿元,实际利用外资 8426 万美元,其中直接利用外资\n"
                + "5000 万美元,实际引进内资 25 亿元,完成出口额 10000 万美元,固定资产投资\n24. 3 亿元,比上年分别增长 36. 8、25%、33. 3%、11. 2%、52. 1%、"
                + "11. 5%、19. 9%\n和 19. 6%。", null);
        assertEquals("36.8", only(zone, "GDP").growthRate().toPlainString(), zone::toString);
        assertEquals("33.3", only(zone, "FISCAL_REVENUE").growthRate().toPlainString());
        assertEquals("24.3", only(zone, "FIXED_ASSET_INVESTMENT").value().toPlainString());
        assertEquals("19.6", only(zone, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        // a page number between a figure and its unit (ow05: the figures after the break were lost)
        NoticeParseResult paged = parser.parse("全年预计实现地区生产总值89亿元,同比增长40%;实现财政一般预算收入4.6\n\n1\n\n亿元,同比增长32.4%;"
                + "实际利用外资1465万美元,同比增长72.4%。", null);
        assertEquals("32.4", only(paged, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString(), paged::toString);
        assertEquals("72.4", only(paged, "ACTUAL_FOREIGN_INVESTMENT").growthRate().toPlainString());
        // the review of these rules: item numbers before 1-6月 stay items beside a spaced table; a table one cell a line keeps
        // its middle numbers; a growth given to the wrong name gets no target; a region's gap before the target said in words
        NoticeParseResult items = parser.parse("2024年1-6月全区主要经济指标\n1. 1-6月全区地区生产总值增长5.9%;\n2. 1-6月规模以上工业增加值增长7.8%;\n"
                + "附:周边县区增速甲县 6. 1%,乙县 5. 4%,丙县 6. 6%。", null);
        assertEquals("5.9", only(items, "GDP").growthRate().toPlainString(), items::toString);
        assertEquals("序号\n\n12\n\n9\n\n亿元", org.duban.indicators.text.PageFurniture.remove("序号\n\n12\n\n9\n\n亿元"));
        // (社零 joined the catalog after the fourth break-it trial: each figure now has its place's gap — 6.6 − 0.6, 9.1 − 0.1;
        // 工业投资, outside it, takes none)
        NoticeParseResult places = parser.parse("1-9月,全县社零、固定资产投资、工业投资分别增长6.6%、9.1%、14.2%,分别高于年度目标0.6、0.1和2.2个百分点。", null);
        assertEquals("6", only(places, "RETAIL_SALES").target().growth().value().toPlainString(), places::toString);
        assertEquals("9", only(places, "FIXED_ASSET_INVESTMENT").target().growth().value().toPlainString());
        NoticeParseResult region = parser.parse("1-9月,全县规上工业增加值增长9%,增速高于全省(7.5%)1.5个百分点,也高于年初提出的8%的预期目标。", null);
        assertEquals("8", only(region, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString(), region::toString);
        // …but one "1. 6%" opening a line is an item number, and a bare number alone on a line is kept (a table's 序号)
        assertEquals("1. 6%左右", org.duban.indicators.text.ChineseText.normalise("1. 6%左右"));
        assertEquals("序号\n1\n地区生产总值", org.duban.indicators.text.PageFurniture.remove("序号\n1\n地区生产总值"));
    }

    /** Round 37 (batch oy): wordings of unseen pages, each pinned with the reading it must not become. */
    @Test
    void shouldReadTheThirtySeventhRoundsWordings() {
        // toneless pinyin glosses on a page full of them (oy10)
        NoticeParseResult glossed = parser.parse("2015年1-3月(yue)份,兵團(tuan)(tuan)實現生產總值245.43億(yi)元,按(an)可比價格計算(suan),"
                + "同(tong)(tong)比增(zeng)長(chang)14.6%。", null);
        assertEquals("14.6", only(glossed, "GDP").growthRate().toPlainString(), glossed::toString);
        // "占全年收入任务的52.3%" names the target, not the period (oy07: the half year's figures were put in the year)
        NoticeParseResult half = parser.parse("上半年,该县生产总值达到83.46亿元,增长8.5%;全县公共财政预算收入完成2.18亿,占全年收入任务的52.3%,增长20.8%。", null);
        assertEquals("H1", only(half, "GENERAL_PUBLIC_BUDGET_REVENUE").period().code(), half::toString);
        assertEquals("52.3", only(half, "GENERAL_PUBLIC_BUDGET_REVENUE").completionPercent().toPlainString());
    }

    /** Round 38 (batch pa): thousands parted by spaces before a unit were read as the first group alone, silently. */
    @Test
    void shouldReadThousandsPartedBySpaces() {
        NoticeParseResult yearbook = parser.parse("2001年,全年国内生产总值完成30 315万元,同比增长12.9%;社会消费品零售总额8 219万元,增长9.2%。", null);
        assertEquals("3.0315", only(yearbook, "GDP").value().toPlainString(), yearbook::toString);
        assertEquals("0.8219", only(yearbook, "RETAIL_SALES").value().toPlainString());
        // …not a date's spaces nor numbers with no unit after them
        assertEquals("2023年 5月 100 200", org.duban.indicators.text.ChineseText.normalise("2023年 5月 100 200"));
    }

    /** The break-it trial through the gateway after round 38: a bracketed list's every item, thousands commas. */
    @Test
    void shouldKeepTheThirdBreakItTrialsNoticeFiguresRight() {
        NoticeParseResult list = parser.parse("上半年,全县地区生产总值(6.5%)、规模以上工业增加值(8.2%)、固定资产投资(10.1%)均保持较快增长。", null);
        assertEquals("10.1", only(list, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), list::toString);
        assertEquals("8.2", only(list, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        NoticeParseResult commas = parser.parse("上半年,全县地区生产总值1,356.2亿元,增长6.1%;城镇居民人均可支配收入35,612元,增长5%。", null);
        assertEquals("1356.2", only(commas, "GDP").value().toPlainString(), commas::toString);
        assertEquals("35612", only(commas, "URBAN_PER_CAPITA_INCOME").value().toPlainString());
        // …but a 分别 list of half-width commas stays three values
        assertEquals("分别达到120,135,148亿元", org.duban.indicators.text.ChineseText.normalise("分别达到120,135,148亿元"));
    }

    /** The third break-it trial's leftovers in notices: signs after a comparison, gaps each with its direction or in words. */
    @Test
    void shouldKeepTheThirdBreakItTrialsLeftoverNoticeFiguresRight() {
        // a minus sign after 同比 or 比上年 is a fall (it was a rise of 3.5 %)
        NoticeParseResult falls = parser.parse("2026年1-9月,全市地区生产总值完成321.5亿元,同比-3.5%;规模以上工业增加值比上年−2.1%。", null);
        assertEquals("-3.5", only(falls, "GDP").growthRate().toPlainString(), falls::toString);
        assertEquals("-2.1", only(falls, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        // the gaps of a 分别 list each with its own direction imply each target (0.7 and 5 were amounts)
        NoticeParseResult gaps = parser.parse("2026年1-9月,全市地区生产总值、规模以上工业增加值、固定资产投资分别增长6.3%、9%、8.1%,"
                + "分别低于目标0.7、高于目标1、低于目标0.9个百分点。", null);
        assertEquals(List.of(), gaps.warnings(), gaps::toString);
        assertNull(only(gaps, "INDUSTRIAL_VALUE_ADDED").value(), gaps::toString);
        assertEquals("7", only(gaps, "GDP").target().growth().value().toPlainString(), gaps::toString);
        assertEquals("8", only(gaps, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString());
        assertEquals("9", only(gaps, "FIXED_ASSET_INVESTMENT").target().growth().value().toPlainString());
        // a gap in words (it was dropped)
        NoticeParseResult words = parser.parse("2026年1-9月,全市地区生产总值增长6.4%,低于目标零点六个百分点。", null);
        assertEquals("7", only(words, "GDP").target().growth().value().toPlainString(), words::toString);
        assertTrue(only(words, "GDP").targetImplied());
        // a gap that contradicts the printed target is said; the printed target is kept (it was read with no word)
        for (String contradicting : List.of("2026年1-9月,全市地区生产总值增长5.4%,低于预期目标(4.8%)0.6个百分点。",
                "2026年1-9月,全市地区生产总值增长5.4%(预期目标6%),低于目标0.9个百分点。")) {
            NoticeParseResult said = parser.parse(contradicting, null);
            assertTrue(said.warnings().stream().anyMatch(w -> w.message().startsWith("CONTRADICTORY_GAP")), said::toString);
            assertTrue(only(said, "GDP").target().growth().value().toPlainString().matches("4.8|6"), said::toString);
        }
        // …one that agrees is not (ou01's shape)
        NoticeParseResult agrees = parser.parse("2026年1-8月,全区地区生产总值增长-0.6%,增速低于预期目标(4.8%)5.4个百分点。", null);
        assertEquals(List.of(), agrees.warnings(), agrees::toString);
        assertEquals("4.8", only(agrees, "GDP").target().growth().value().toPlainString());
    }

    /** Round 39 (batch pc): each shape both ways. */
    @Test
    void shouldReadTheThirtyNinthRoundsShapes() {
        // a rank with no 位, or risen to, is no figure (pc10: 1亿元 and 2亿元)
        NoticeParseResult ranks = parser.parse("1至10月,全市固定资产投资增长9%、今年首次跃升到全省第1;规上工业增加值增长16.6%、列全省第2。", null);
        assertNull(only(ranks, "FIXED_ASSET_INVESTMENT").value(), ranks::toString);
        assertNull(only(ranks, "INDUSTRIAL_VALUE_ADDED").value());
        // …but a figure after 居 that is no rank stays ("居民" is no 居…第)
        assertEquals("2.1", only(parser.parse("1至10月,全市居民消费价格上涨2.1%。", null), "CPI").value().toPlainString());
        // the gap to a task a higher government set for the quarter implies the target (pc01)
        NoticeParseResult task = parser.parse("一季度,全市规模以上工业增加值比增17.8%,超出省政府下达我市一季度任务1.8个百分点。", null);
        assertEquals("16", only(task, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString(), task::toString);
        assertTrue(only(task, "INDUSTRIAL_VALUE_ADDED").targetImplied());
        // 完成 inside all industry's name, 累计实现 inside the 规上 one (pc01, pc03)
        assertEquals("1956.52", only(parser.parse("一季度,全市工业完成总产值1956.52亿元,比增23.1%。", null), "INDUSTRY_GROSS_OUTPUT")
                .value().toPlainString());
        NoticeParseResult cumulative = parser.parse("1-9月,全省规模以上工业累计实现增加值3370.2亿元,同比增长20%,绝对值完成年度目标的75.9%,"
                + "增幅高于目标5个百分点。", null);
        ParsedObservation industry = only(cumulative, "INDUSTRIAL_VALUE_ADDED");
        assertEquals("3370.2", industry.value().toPlainString(), cumulative::toString);
        // …and the completion said of its 绝对值 with the gap after it (both lost without a word)
        assertEquals("75.9", industry.completionPercent().toPlainString());
        assertEquals("15", industry.target().growth().value().toPlainString());
        // …but a district's 工业完成增加值 stays unread, not 规上's (mo03)
        assertTrue(parser.parse("1-8月份,辖区工业完成增加值81.5亿元,同比增长5.8%。", null).observations().stream()
                .noneMatch(o -> "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode())));
        // three sectors run together before 分别, and a second round of growths with no 分别 of its own (pc03)
        NoticeParseResult sectors = parser.parse("前三季度,一二三产分别完成增加值584.53亿元、3833.85亿元和2108.31亿元,增长3.8%、18.3%和10.3%。", null);
        assertEquals("10.3", only(sectors, "TERTIARY_VALUE_ADDED").growthRate().toPlainString(), sectors::toString);
        assertEquals("2108.31", only(sectors, "TERTIARY_VALUE_ADDED").value().toPlainString());
        // the counties' figures after 从县(市、区)看 are no figure of the city's (pc01)
        assertTrue(parser.parse("一季度,全市规模以上工业增加值增长17.8%;从县(市、区)看,鲤城、德化规模以上工业产值增速均在30%以上。", null)
                .observations().stream().noneMatch(o -> "INDUSTRIAL_GROSS_OUTPUT".equals(o.indicatorCode())));
        // a PDF's spaces inside words, on a page that also spaces its per cent signs (pc05) — not on a page without the habit
        NoticeParseResult pdf = parser.parse("2012年,预计全年实现生 产总值 212.8 亿元,同比增长 10.5 %;财政总收入 22.3 亿元,增长 10.5 %;"
                + "社会消费品零售总额 94.2 亿元,增长 16 %。", null);
        assertEquals("212.8", only(pdf, "GDP").value().toPlainString(), pdf::toString);
        assertEquals("生 产总值增长10.5%", org.duban.indicators.text.ChineseText.normalise("生 产总值增长10.5%"));
        // the population a per-capita figure is computed on is no name (pc06: 常住人口 of 74331元)
        NoticeParseResult perCapita = parser.parse("2022年,全县生产总值增长2.1%,按常住人口计算人均地区生产总值为74331元。", null);
        assertEquals("74331", only(perCapita, "PER_CAPITA_GDP").value().toPlainString(), perCapita::toString);
        // the review of these rules: a table parted by spaces keeps its cells on a page that spaces its per cent signs (its
        // growths were lost), the three sectors after 全县, a second rank with its own region
        NoticeParseResult table = parser.parse("指标 单位 1-9月 增速\n地区生产总值 亿元 286.4 5.7\n规上工业增加值 亿元 96.2 8.3\n"
                + "固定资产投资 亿元 150.1 9.2\n社会消费品零售总额增速 6.1 %\n一般公共预算收入增速 3.2 %\n税收收入增速 2.5 %", null);
        assertEquals("5.7", only(table, "GDP").growthRate().toPlainString(), table::toString);
        assertEquals("9.2", only(table, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        NoticeParseResult county = parser.parse("上半年,全县一二三产分别完成增加值18.62亿元、76.35亿元和52.14亿元,增长3.6%、8.4%和6.1%。", null);
        assertEquals("6.1", only(county, "TERTIARY_VALUE_ADDED").growthRate().toPlainString(), county::toString);
        NoticeParseResult twoRanks = parser.parse("1-9月,全县固定资产投资增长9.2%,列全市第5、全省第28。", null);
        assertNull(only(twoRanks, "FIXED_ASSET_INVESTMENT").value(), twoRanks::toString);
        assertEquals(List.of(), twoRanks.warnings());
    }

    /** The break-it trial after round 39 in notices: ranks with no verb, a sign after 上涨, 较目标低, shares said. */
    @Test
    void shouldKeepTheFourthBreakItTrialsNoticeFiguresRight() {
        NoticeParseResult rank = parser.parse("1-9月,地区生产总值增长6.1%,增速全市第3。", null);
        assertNull(only(rank, "GDP").value(), rank::toString);
        assertEquals("-0.3", only(parser.parse("1-9月,居民消费价格同比上涨-0.3%。", null), "CPI").value().toPlainString());
        NoticeParseResult lower = parser.parse("1-9月,地区生产总值增长6.1%,较目标低0.9个百分点。", null);
        assertEquals("7", only(lower, "GDP").target().growth().value().toPlainString(), lower::toString);
        NoticeParseResult sectors = parser.parse("1-9月,一二三产分别增长3.1%、5.2%和7.0%。", null);
        assertEquals("7", only(sectors, "TERTIARY_VALUE_ADDED").growthRate().toPlainString(), sectors::toString);
        // a share of the catalog is not recorded from a notice (the corpus's convention), but said (it was dropped)
        NoticeParseResult share = parser.parse("2025年,全区研发经费投入强度达到2.5%。", null);
        assertTrue(share.observations().isEmpty(), share::toString);
        assertTrue(share.warnings().stream().anyMatch(w -> w.message().contains("比重")), share::toString);
        // 固投 alone is the investment; 工业固投 is a part, not it (np09)
        NoticeParseResult shortNames = parser.parse("1-9月,全区固投增长8.2%,社零增长7.1%;全县工业固投完成15.22亿元。", null);
        assertEquals("8.2", only(shortNames, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), shortNames::toString);
        assertEquals("7.1", only(shortNames, "RETAIL_SALES").growthRate().toPlainString());
        // the year's target and the share done in two clauses are read, and checked (2.74/10.66 is 25.70 %, not 21.85 %)
        NoticeParseResult shares = parser.parse("1-6月,一般公共预算收入完成2.74亿元,年度目标10.66亿元,完成21.85%。", null);
        assertEquals("21.85", only(shares, "GENERAL_PUBLIC_BUDGET_REVENUE").completionPercent().toPlainString(), shares::toString);
        assertTrue(shares.warnings().stream().anyMatch(w -> w.message().startsWith("CONTRADICTORY_PERCENT")), shares::toString);
        NoticeParseResult agreeing = parser.parse("1-6月,一般公共预算收入完成5.33亿元,年度目标10.66亿元,完成50%。", null);
        assertEquals(List.of(), agreeing.warnings(), agreeing::toString);
        // a text of figures from which nothing is read says so
        NoticeParseResult nothing = parser.parse("前三季度目标任务完成情况通报\n第7项 地区生产总值 6%左右 1-9月 6.1%", null);
        assertTrue(nothing.warnings().stream().anyMatch(w -> w.message().equals(org.duban.indicators.text.ChineseText.NOTHING_READ)),
                nothing::toString);
    }

    /** The break-it trial after round 39's leftovers in notices: a task's wording then its figures; spaced names; a cut end. */
    @Test
    void shouldReadTheFourthBreakItTrialsLeftoverNotices() {
        // the task's wording, a colon or a line break, then its figures naming no indicator (read as nothing, then said)
        for (String layout : List.of("第7项 地区生产总值增长6%左右:1-9月增长6.1%。", "第7项 地区生产总值增长6%左右\n1-9月增长6.1%。")) {
            NoticeParseResult items = parser.parse("前三季度目标任务完成情况通报\n" + layout, null);
            ParsedObservation gdp = only(items, "GDP");
            assertEquals("6.1", gdp.growthRate().toPlainString(), items::toString);
            assertEquals(7, gdp.task(), items::toString);
            assertEquals("6", gdp.target().growth().value().toPlainString(), items::toString);
            assertFalse(gdp.targetImplied());
        }
        // a PDF's spaces inside a name (each name was "not in the catalog")
        NoticeParseResult spaced = parser.parse("1-9月,全区地区 生产 总值增长6.1%,社会消费品 零售总额增长8%。", null);
        assertEquals("6.1", only(spaced, "GDP").growthRate().toPlainString(), spaced::toString);
        assertEquals("8", only(spaced, "RETAIL_SALES").growthRate().toPlainString(), spaced::toString);
        // a notice that stops after a verb says so
        NoticeParseResult cut = parser.parse("1-9月,全区地区生产总值增长6.1%,固定资产投资增长", null);
        assertTrue(cut.warnings().stream().anyMatch(w -> w.message().equals(org.duban.indicators.text.ChineseText.CUT_MID_CLAUSE)),
                cut::toString);
    }

    /** Round 41 (batch pg): each shape both ways. */
    @Test
    void shouldReadTheFortyFirstRoundsShapes() {
        // another period's figures in brackets are left out and said (every figure had taken the bracket's months, pg05)…
        NoticeParseResult bracket = parser.parse("上半年,全旗一般公共预算收入完成4.7亿元,同比增长54.7%(1-7月份,公共财政预算收入完成5.5亿元,"
                + "同比增长43.1%)。", null);
        ParsedObservation revenue = only(bracket, "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals(ReportingPeriod.H1, revenue.period(), bracket::toString);
        assertEquals("4.7", revenue.value().toPlainString());
        assertTrue(bracket.warnings().stream().anyMatch(w -> w.message().startsWith("括号内是另一时段")), bracket::toString);
        // …a growth in brackets is still the figure's
        assertEquals("54.7", only(parser.parse("上半年,全旗一般公共预算收入完成4.7亿元(同比增长54.7%)。", null),
                "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        // a rate held above a round floor is the target, no figure (it was the rate 33 %); a figure of its own stays
        ParsedObservation forest = only(parser.parse("上半年,全旗森林覆盖率稳定在33%以上。", null), "FOREST_COVERAGE");
        assertNull(forest.value(), forest::toString);
        assertEquals(org.duban.indicators.target.TargetComparator.AT_LEAST, forest.target().level().comparator());
        assertEquals("33.6", only(parser.parse("2024年,全旗森林覆盖率达到33.6%。", null), "FOREST_COVERAGE").value().toPlainString());
        // 限额以上固定资产投资 alone is the investment; beside the whole it is a part (ob02)
        assertEquals("50.8", only(parser.parse("上半年,限额以上固定资产投资完成7.4亿元,同比增长50.8%。", null), "FIXED_ASSET_INVESTMENT")
                .growthRate().toPlainString());
        assertEquals("18.3", only(parser.parse("一季度,全社会固定资产投资8亿元,同比增长18.3%,限额以上固定资产投资6.5亿元,同比增长16.3%。", null),
                "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        // 牧区 residents are the rural ones
        only(parser.parse("上半年,牧区常住居民人均可支配收入完成9780元,同比增长11.0%。", null), "RURAL_PER_CAPITA_INCOME");
        // a change since a year before last is no growth (pg06: 218.29 %); since last year it is
        NoticeParseResult since = parser.parse("宜章县2007年国民经济和社会发展统计公报\n2007年,全县人均GDP12668元,比2000年增长218.29%。", null);
        assertNull(only(since, "PER_CAPITA_GDP").growthRate(), since::toString);
        assertTrue(since.warnings().stream().anyMatch(w -> w.message().startsWith("以2000年为基数")), since::toString);
        NoticeParseResult lastYear = parser.parse("宜章县2007年国民经济和社会发展统计公报\n2007年,全县人均GDP12668元,比2006年增长12.1%。", null);
        assertEquals("12.1", only(lastYear, "PER_CAPITA_GDP").growthRate().toPlainString(), lastYear::toString);
        // industrial profits, with the release's gloss
        assertEquals("7.59", only(parser.parse("2007年,全县规模以上工业企业盈亏相抵后实现利润7.59亿元,增长26.63%。", null),
                "INDUSTRIAL_PROFITS").value().toPlainString());
        // the year's task in tenths (pg03)
        assertEquals("90", only(parser.parse("前三季度,全区城镇新增就业超过4.5万人,完成年度任务的9成以上。", null), "NEW_URBAN_JOBS")
                .completionPercent().toPlainString());
        // a trade balance is no trade
        assertTrue(parser.parse("前三季度,进出口贸易由前6月的逆差4.68亿元,逐渐扭转至1到9月的顺差0.74亿元。", null).observations().isEmpty());
        // the completion in a sentence of its own, naming the indicator inside it; a rank on the amount (pg01)
        ParsedObservation exports = only(parser.parse("上半年,全市出口48583万美元,总额居全省第六位,同比增长24.1%。完成全年出口目标任务的"
                + "60.5%,超任务进度10.5个百分点。", null), "EXPORTS");
        assertEquals("24.1", exports.growthRate().toPlainString(), exports::toString);
        assertEquals("60.5", exports.completionPercent().toPlainString());
        assertEquals("10.5", exports.paceGapPoints().toPlainString());
        // a product's exports are a part; goods' (商品出口) are the exports
        assertTrue(parser.parse("上半年,全市农副产品累计出口29704万美元,同比增长108.4%。", null).observations().isEmpty());
        // a month then 累计 is the months so far (pg02)
        assertEquals(ReportingPeriod.parse("M04"), only(parser.parse("4月,一般公共预算收入累计完成24627万元,下降4.2%。", null),
                "GENERAL_PUBLIC_BUDGET_REVENUE").period());
        // a county named in a city's notice is a part (pg07)…
        NoticeParseResult county = parser.parse("一季度,全市地区生产总值增长22.1%。上思县财政收入则增长达11.6%;全市经济运行良好,全市财政收入"
                + "平稳。", null);
        assertTrue(county.observations().stream().noneMatch(o -> o.indicatorCode().equals("FISCAL_REVENUE")), county::toString);
        // …地区 is not a county
        assertEquals("30.7", only(parser.parse("前三季度,全市实现地区进出口总值1187.5亿美元,增长30.7%;全市经济平稳。", null), "FOREIGN_TRADE")
                .growthRate().toPlainString());
        // the government's own level, under its heading, is a part of the city (pg10)
        NoticeParseResult level = parser.parse("(一)全市收支情况\n上半年,全市一般公共预算支出完成158.0349亿元,增长8.91%,占省级核定一般公共预算"
                + "支出预计数(预计数取自《福建省财政厅关于2018年1-5月市县(区)财政收支考核情况的通报》)的60.68%,超过序时进度要求10.68个百分点。\n"
                + "(二)市本级收支情况\n上半年,市本级一般公共预算支出完成25.5325亿元,增长6.01%。", null);
        ParsedObservation spending = only(level, "GENERAL_PUBLIC_BUDGET_EXPENDITURE");
        assertEquals(ReportingPeriod.H1, spending.period(), level::toString);
        assertEquals("60.68", spending.completionPercent().toPlainString());
        assertEquals("10.68", spending.paceGapPoints().toPlainString());
        // FDI absorbed
        only(parser.parse("上半年,全市累计吸收外商投资7474万美元,同比增长94%。", null), "ACTUAL_FOREIGN_INVESTMENT");
    }

    /** The review of round 41's rules: its worse notice cases, now right. */
    @Test
    void shouldKeepTheReviewOfRoundFortyOnesNoticeCasesRight() {
        // a target's growth in brackets is no figure's growth
        assertEquals("7", only(parser.parse("1-6月,全县招商引资到位资金年度目标50亿元(增长8%),1-6月完成26亿元,增长7%。", null),
                "INVESTMENT_FUNDS_IN_PLACE").growthRate().toPlainString());
        // 限额以上固定资产投资 beside the whole named 全社会投资 is a part, not recorded as the investment (the whole is, since
        // round 56 made 全社会投资 a name of 固定资产投资)
        assertEquals("30", only(parser.parse("上半年,全县全社会投资完成30亿元,增长8%;限额以上固定资产投资完成21亿元,增长9%。", null),
                "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // herders are some of the rural residents, not all of them
        assertEquals("7.5", only(parser.parse("上半年,全县牧民人均可支配收入9800元,增长8%;农村居民人均可支配收入增长7.5%。", null),
                "RURAL_PER_CAPITA_INCOME").growthRate().toPlainString());
        // the completion of a part's target is not the whole's
        assertNull(only(parser.parse("上半年,全市固定资产投资完成210亿元,增长6%,完成全年工业投资目标的48%。", null), "FIXED_ASSET_INVESTMENT")
                .completionPercent());
        // a 市本级 section ends at a numbered item or a line of the whole city's
        assertEquals("48.6", only(parser.parse("××市2024年上半年财政收支情况\n(二)市本级收支情况\n上半年,市本级一般公共预算收入完成24.97亿元。\n"
                + "3.全市税收收入完成31.2亿元,增长4%。\n全市一般公共预算收入完成48.6亿元,增长5.2%。", null), "GENERAL_PUBLIC_BUDGET_REVENUE")
                .value().toPlainString());
    }

    /** Round 42 (batch pi): each shape both ways. */
    @Test
    void shouldReadTheFortySecondRoundsShapes() {
        // a page printing its decimal points as full stops (pi07), three times at least; one "2。3" is two sentences
        NoticeParseResult stops = parser.parse("2009年,全县全年实现GDP38。02亿元,增长14%。财政总收入3。22亿元,增长9。5%;全社会固定资产投资"
                + "25。86亿元,增长88。2%。", null);
        assertEquals("38.02", only(stops, "GDP").value().toPlainString(), stops::toString);
        assertEquals("9.5", only(stops, "FISCAL_REVENUE").growthRate().toPlainString());
        // a doubled per cent sign, and an estimate said before its months (pi10)
        NoticeParseResult estimate = parser.parse("预计1—6月份实现国内生产总值2.53亿元,比上年同期增长5.0%%。", null);
        ParsedObservation gdp = only(estimate, "GDP");
        assertEquals("5", gdp.growthRate().stripTrailingZeros().toPlainString(), estimate::toString);
        assertEquals(ReportingPeriod.H1, gdp.period());
        // an increment right after the name is no figure (pi05); after a value it stays a comparison (na07)
        assertEquals("2102", only(parser.parse("2007年,全县农村居民人均纯收入达到2102元。农村居民人均纯收入比上年增加289元。", null),
                "RURAL_PER_CAPITA_INCOME").value().toPlainString());
        assertEquals("14.5", only(parser.parse("2010年,城镇居民人均可支配收入20704元,比上年增加2604元,增长14.5%。", null),
                "URBAN_PER_CAPITA_INCOME").growthRate().toPlainString());
        // 现价 inside a name (pi05)
        assertEquals("17.2", only(parser.parse("2007年,全县全年实现农林牧渔业现价总产值15.42亿元,同比增长17.2%。", null),
                "AGRICULTURE_GROSS_OUTPUT").growthRate().toPlainString());
        // a forecast of months still to come is not recorded, said (mj08)
        NoticeParseResult forecast = parser.parse("××镇2020年1-10月经济运行情况\n1-10月,全镇规模以上工业增加值1.06亿元。预计1-11月份规模工业增加值达"
                + "1.13亿元。", null);
        assertEquals("1.06", only(forecast, "INDUSTRIAL_VALUE_ADDED").value().toPlainString(), forecast::toString);
        assertTrue(forecast.warnings().stream().anyMatch(w -> w.message().startsWith("以后时段")), forecast::toString);
    }

    /** The review of rounds 46 and 47's rules (111 inputs of the reviewer's own): its worse notice cases, now right. */
    @Test
    void shouldKeepTheReviewOfRoundFortySevensNoticeCasesRight() {
        // an aim named inside a figure's clause is no second figure; a place's aim, a quarter's, another year's are no target
        NoticeParseResult pressed = parser.parse("2013年1-3月,地区生产总值增长9.1%,完成全年10%的经济增长目标有压力。", null);
        assertEquals("9.1", only(pressed, "GDP").growthRate().toPlainString(), pressed::toString);
        assertNull(only(parser.parse("上半年,全市规模以上工业增加值增长7.5%,比全省高1.2个百分点。全省规模以上工业增加值年度增长10%目标。",
                null), "INDUSTRIAL_VALUE_ADDED").target());
        assertNull(only(parser.parse("1-2月,全市规模以上工业增加值增长6%。一季度规模以上工业增加值增长8%目标。", null),
                "INDUSTRIAL_VALUE_ADDED").target());
        assertTrue(parser.parse("2013年,全市地区生产总值增长9.5%。2014年一季度,全市地区生产总值增长8.1%。确保完成全年9%的经济增长目标。",
                null).observations().stream().allMatch(o -> o.target() == null));
        // a note's own sentence about revised figures is no figure
        NoticeParseResult note = parser.parse("备注:本表2019年数据按第四次经济普查结果修订。2019年全市地区生产总值按可比价格计算增长6.5%为修订数。\n"
                + "2020年,全市地区生产总值增长3.2%。", null);
        assertEquals("3.2", only(note, "GDP").growthRate().toPlainString(), note::toString);
        // a sector's 经济增长率 is no GDP figure
        assertEquals("8", only(parser.parse("上半年,全市服务业经济增长率为9.2%,地区生产总值增长8%。", null), "GDP").growthRate()
                .toPlainString());
    }

    /** The review of round 48's rules: 17 worse of 142 inputs, the notices' here (the targets' in TargetGrammarTest). */
    @Test
    void shouldKeepTheReviewOfRoundFortyEightsCasesRight() {
        // a bare 增加值 after another subject's output is not 规上 industry's; after 规模工业's own output (and growth) it is
        for (String text : List.of("2014年上半年,全镇规模工业实现产值6亿元,增长15%,建筑业完成产值2亿元、增加值0.6亿元。",
                "2014年上半年,全镇规模工业产值6亿元,增长12%,其中工业园区产值4亿元、增加值1.2亿元。",
                "2014年1-6月,全县规模工业完成产值80亿元,其中新增规模企业产值5亿元、增加值1.2亿元。")) {
            assertTrue(parser.parse(text, null).observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRIAL_VALUE_ADDED")),
                    text);
        }
        assertEquals("-1.6", only(parser.parse("上半年,全县规模工业产值累计下降8.1%,增加值下降1.6%。", null), "INDUSTRIAL_VALUE_ADDED")
                .growthRate().toPlainString());
        // a share in brackets by a synonym, or of a part's population, is no whole region's rate
        assertEquals("55.3", only(parser.parse("2017年,全县户籍人口中城镇人口42万人,占户籍总人口比重(城镇化率)为42.1%;常住人口城镇化率为55.3%。",
                null), "URBANISATION_RATE").value().toPlainString());
        assertEquals("58", only(parser.parse("2017年,全市常住人口城镇化率为58%。其中,市区城镇人口120万人,占市区常住人口比重(常住人口城镇化率)"
                + "为78%。", null), "URBANISATION_RATE").value().toPlainString());
        // points over the year's plan after its completion are the schedule's, no growth's gap
        ParsedObservation ahead = only(parser.parse("2014年1-9月,全县固定资产投资完成88亿元,增长16%,完成年度计划的80%,超过年度计划5个百分点。",
                null), "FIXED_ASSET_INVESTMENT");
        assertNull(ahead.target(), ahead::toString);
        assertEquals("80", ahead.completionPercent().toPlainString());
    }

    /** The review of round 50's rules: its notice cases (the targets' in TargetGrammarTest). */
    @Test
    void shouldKeepTheReviewOfRoundFiftysCasesRight() {
        // the month's own figure with a remark on the year or the months so far is still the month's
        NoticeParseResult june = parser.parse("2014年上半年经济运行情况\n上半年,全市社会消费品零售总额增长11%。6月,全市社会消费品零售总额增长12.5%,"
                + "为年初以来最高。", null);
        assertEquals("11", only(june, "RETAIL_SALES").growthRate().toPlainString(), june::toString);
        // a GDP table headed 绝对额 (or 增加值, 数值, a year) is one of amounts
        NoticeParseResult table = parser.parse("2017年全区国民经济和社会发展统计公报\n2017年全区生产总值及其增长速度\n指标\t绝对额\t比上年增长(%)\n"
                + "全区生产总值\t3453.9\t7.8\n第三产业\t1622.3\t8.1\n", null);
        assertEquals("1622.3", only(table, "TERTIARY_VALUE_ADDED").value().toPlainString(), table::toString);
        // the region as 本市 or 该县 after the year names the year
        assertEquals(ReportingPeriod.ANNUAL, only(parser.parse("××县2014年经济运行新闻发布会\n2014年该县农民人均纯收入达到9800元,增长12%。", null),
                "RURAL_PER_CAPITA_INCOME").period());
        // a count of persons cut after its first digit is no figure
        assertTrue(parser.parse("2017年全市国民经济和社会发展统计公报\n全年城镇新增就业人数达到1", null).observations().isEmpty());
    }

    /** The review of round 53's rules: 25 worse of 113 inputs, mended; the notices' here. */
    @Test
    void shouldKeepTheReviewOfRoundFiftyThreesCasesRight() {
        // 比YYYY年同期 is the year's growth whatever year the text names first
        NoticeParseResult aims = parser.parse("上半年,全县紧扣2020年全面建成小康社会目标,地区生产总值完成80亿元,比2017年同期增长8.2%。", null);
        assertEquals("8.2", only(aims, "GDP").growthRate().toPlainString(), aims::toString);
        // a rank, a share or an increment column makes no table of amounts
        for (String header : List.of("总量位次\t增速(%)", "总量占比\t比上年增长", "绝对额增量\t比上年增长(%)")) {
            NoticeParseResult read = parser.parse("2017年全区统计公报\n全年全区实现地区生产总值300亿元,增长7.5%。\n表1 2017年全区地区生产总值增长速度\n指标\t"
                    + header + "\n第三产业\t3\t8.1\n", null);
            assertTrue(read.observations().stream().noneMatch(o -> o.indicatorCode().equals("TERTIARY_VALUE_ADDED")), read::toString);
        }
        // 全区实现增加值 after the period opening a sentence is the district's product; under a sector's heading it is not
        assertEquals("150", only(parser.parse("2014年上半年全区经济运行情况\n上半年,全区实现增加值150亿元,增长8%。", null), "GDP").value()
                .toPlainString());
        assertTrue(parser.parse("2017年全区统计公报\n二、农业\n全区实现增加值12亿元,增长3%。", null).observations().isEmpty());
        // the year before's figure ahead of the period's in one sentence is the base, the period's own is read
        NoticeParseResult base = parser.parse("2014年上半年全县经济运行情况\n上半年,全县固定资产投资增长15%。2013年全县地区生产总值结算后为150亿元,"
                + "上半年完成80亿元。", null);
        assertTrue(base.observations().stream().noneMatch(o -> "GDP".equals(o.indicatorCode()) && o.value() != null
                && o.value().intValue() == 150), base::toString);
        // a remark giving the figure before an earlier period's dates no figure of the sentence
        NoticeParseResult remark = parser.parse("2014年前三季度全县经济运行情况\n全县地区生产总值增长8%。规模以上工业增加值增长10%,上半年为9.5%,固定资产投资"
                + "增长15%。", null);
        assertEquals(ReportingPeriod.Q3, only(remark, "FIXED_ASSET_INVESTMENT").period(), remark::toString);
    }

    /** The review of round 54's rules: 19 worse of 104 inputs, mended; the notices' here. */
    @Test
    void shouldKeepTheReviewOfRoundFiftyFoursCasesRight() {
        // under a sector's heading, or in a notice on a sector, 全区实现增加值 is the sector's
        NoticeParseResult sector = parser.parse("2014年上半年全区经济运行情况\n1-6月,全区实现增加值150亿元,增长8%。二、农业\n1-6月,全区实现增加值12亿元,"
                + "增长4%。", null);
        assertEquals("150", only(sector, "GDP").value().toPlainString(), sector::toString);
        assertTrue(parser.parse("2014年上半年全区规模以上工业运行情况\n1-6月,全区实现增加值45亿元,增长10.5%。", null).observations().stream()
                .noneMatch(o -> o.indicatorCode().equals("GDP")));
        // 同期 four years back is no growth of a notice with its own year
        assertTrue(parser.parse("2014年上半年全市经济运行情况\n上半年,全市地区生产总值比2010年同期增长45%,提前实现翻番目标的一半。", null)
                .observations().stream().noneMatch(o -> o.growthRate() != null));
        // 粮豆薯总产值 is no grain harvest; a bare increase of 950 after an amount in yuan is no growth
        assertEquals("3", only(parser.parse("2014年,全年粮豆薯总产值12亿元,增长5%。粮豆薯总产量45万吨,增长3%。", null), "GRAIN_OUTPUT")
                .growthRate().toPlainString());
        assertNull(only(parser.parse("2014年上半年工作总结\n上半年,城镇居民人均可支配收入12000元,比上年增长950。", null),
                "URBAN_PER_CAPITA_INCOME").growthRate());
        // 按区域划分 followed at once by the whole region's figure keeps it
        assertEquals("300", only(parser.parse("2014年上半年全市经济运行情况\n按区域划分,上半年全市地区生产总值300亿元,增长8.5%,其中市区180亿元。",
                null), "GDP").value().toPlainString());
    }

    /** Round 73 (batch rs) and the review of rounds 71–72's rules. */
    @Test
    void shouldReadTheSeventyThirdRoundsShapes() {
        // the trend of the first quarter a figure continues is no period of it (rs04)
        NoticeParseResult months = parser.parse("1—4月份我区财政收入继续保持高位增长。财政收入继续延续一季度的快速增长之势,1—4月份全区财政收入"
                + "122537万元,比去年同期增长67.4%;地方财政收入74466万元,增长81.1%。", null);
        assertTrue(months.observations().stream().allMatch(o -> ReportingPeriod.parse("M04").equals(o.period())), months::toString);
        // the review: a bare 增加值 after another name between it and the firms' output is not theirs
        assertTrue(parser.parse("2014年上半年,全市规模以上工业总产值120亿元,其中高新技术产业产值40亿元,增加值10亿元。", null).observations()
                .stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRIAL_VALUE_ADDED")));
    }

    /** Round 72 (batch rq). */
    @Test
    void shouldReadTheSeventySecondRoundsShapes() {
        // a budget revenue whose local part follows after "。其中:" is the whole collected (rq05)
        NoticeParseResult budget = parser.parse("2014年上半年,全区完成公共财政预算收入20348万元,为预算的55.3%,同比增长8.2%。其中:地方公共财政预算收入"
                + "13916万元,为预算的56%,同比增长6.3%;上划收入6432万元。", null);
        assertEquals("2.0348", only(budget, "FISCAL_REVENUE").value().toPlainString(), budget::toString);
        assertEquals("1.3916", only(budget, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString(), budget::toString);
        // a record and the pace's rank between a figure and its completion and growth (rq04)
        NoticeParseResult city = parser.parse("今年上半年,全市实现一般公共预算收入257.4亿元,规模创历史同期最高水平,完成年度预算60.1%,序时进度居全省第四,"
                + "比上年同期增长23.7%。", null);
        assertEquals("23.7", only(city, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString(), city::toString);
    }

    /** Round 71 (batch ro) and the review of round 70's rules. */
    @Test
    void shouldReadTheSeventyFirstRoundsShapes() {
        // 出口 inside 进出口 is no export (ro02); the city proper's and a group's income are no region's (the review)
        NoticeParseResult trade = parser.parse("2023年上半年,全市地区生产总值增长2.6%;属地企业进出口贸易额增长13%。", null);
        assertTrue(trade.observations().stream().noneMatch(o -> o.indicatorCode().equals("EXPORTS")), trade::toString);
        NoticeParseResult core = parser.parse("2014年上半年,全市地区生产总值增长8%,市区居民人均收入16000元,同比增长9%。", null);
        assertTrue(core.observations().stream().noneMatch(o -> o.indicatorCode().equals("PER_CAPITA_DISPOSABLE_INCOME")), core::toString);
        assertEquals("15000", only(parser.parse("2014年上半年,全市城镇常住居民人均收入15000元,同比增长9%。", null), "URBAN_PER_CAPITA_INCOME")
                .value().toPlainString());
        // a bare 增加值 right after the firms' output is theirs; a branch's after it is not (ro06)
        NoticeParseResult firms = parser.parse("2020年1-2月实现规上工业总产值52.47亿元,同比增长28.2%,实现增加值11.58亿元,同比增长23.4%。其中船舶"
                + "修造业实现产值10亿元,增加值6.8亿元,同比增长39.9%。", null);
        assertEquals("11.58", only(firms, "INDUSTRIAL_VALUE_ADDED").value().toPlainString(), firms::toString);
    }

    /** Round 70 (batch rm). */
    @Test
    void shouldReadTheSeventiethRoundsShapes() {
        // 增幅高于年初计划 implies the target (rm02)
        NoticeParseResult plan = parser.parse("2008年上半年,全省实现地区生产总值3414亿元,同比增长11.8%,增幅高于年初计划0.8个百分点,高于全国平均水平"
                + "1.4个百分点。", null);
        assertEquals("11", only(plan, "GDP").target().growth().value().toPlainString(), plan::toString);
        // 注册外资实际到帐 (the variant 帐) is the foreign investment used; the city proper's residents are a part (rm08)
        NoticeParseResult summary = parser.parse("2011年1-5月份,全市实现地方一般预算收入101亿元,增长52.8%;市区居民人均可支配收入10167元,同比增长14.5%;"
                + "注册外资实际到帐达6.4亿美元,同比增长52.38%。", null);
        assertEquals("6.4", only(summary, "ACTUAL_FOREIGN_INVESTMENT").value().toPlainString(), summary::toString);
        assertTrue(summary.observations().stream().noneMatch(o -> o.indicatorCode().equals("PER_CAPITA_DISPOSABLE_INCOME")),
                summary::toString);
    }

    /** The review of rounds 68–69's rules: the province's, the town part's or the plan's amount is no part of the growth. */
    @Test
    void shouldKeepTheSixtyEighthAndSixtyNinthRoundsRulesToTheirCases() {
        for (String later : List.of("同期全省实现地区生产总值12000亿元。", "市区实现地区生产总值80亿元。", "全市重工业完成地区生产总值60亿元。",
                "按照年度计划,全市地区生产总值确保完成500亿元。")) {
            NoticeParseResult two = parser.parse("2014年上半年,全市地区生产总值增长8%。" + later, null);
            assertNull(two.observations().stream().filter(o -> o.indicatorCode().equals("GDP") && o.growthRate() != null)
                    .findFirst().orElseThrow().value(), two::toString);
        }
    }

    /** Rounds 68 and 69 (batches ri and rk). */
    @Test
    void shouldReadTheSixtyEighthAndSixtyNinthRoundsShapes() {
        // the growth in one sentence and the amount in a later one make one figure (ri02)
        NoticeParseResult quarter = parser.parse("今年一季度,西藏全区生产总值增长11%,7项主要经济指标增速中,有5项位居全国第一。\n初步核算,西藏一季度实现"
                + "地区生产总值271.35亿元。", null);
        assertEquals(1, quarter.observations().stream().filter(o -> o.indicatorCode().equals("GDP")).count(), quarter::toString);
        assertEquals("271.35", only(quarter, "GDP").value().toPlainString(), quarter::toString);
        assertEquals("11", only(quarter, "GDP").growthRate().toPlainString(), quarter::toString);
        // 高出年度目标 after standings held for months implies the target (rk08)
        NoticeParseResult province = parser.parse("2024年1-11月,全省规上工业增加值增长11%,连续16个月保持全国第一方阵,近5个月连续位居全国第2,"
                + "高出年度目标3个百分点,高出全国水平5.2个百分点。", null);
        assertEquals("8", only(province, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString(), province::toString);
        // 规模以上工业生产总值 is the output of the firms above the scale, not all industry's (rk03)
        assertTrue(parser.parse("2020年,该镇财政收入完成1559万元;规模以上工业生产总值8.23亿元。", null).observations().stream()
                .anyMatch(o -> o.indicatorCode().equals("INDUSTRIAL_GROSS_OUTPUT")));
        // the planned total of the projects under way is no investment done (rk02)
        assertTrue(parser.parse("一季度,我省固定资产投资在建计划总投资为1020.62亿元,同比增长25.0%。", null).observations().stream()
                .noneMatch(o -> o.indicatorCode().equals("FIXED_ASSET_INVESTMENT")));
    }

    /** Round 66 (batch re) and the review of round 65's rules. */
    @Test
    void shouldReadTheSixtySixthRoundsShapes() {
        // 这个开发区 in a zone's own notice is the zone (re05)
        NoticeParseResult zone = parser.parse("青岛经济技术开发区上半年GDP突破400亿\n记者从国家级青岛经济技术开发区了解到,2010年上半年,这个开发区共完成"
                + "地区生产总值432亿元,增长16%。", null);
        assertEquals("432", only(zone, "GDP").value().toPlainString(), zone::toString);
        // the reports' shorthand 投资 and 消费 before a growth (re08)
        NoticeParseResult plan = parser.parse("2013年1—6月,全市地区生产总值增长12.4%,投资增长21.3%,消费增长13.5%。", null);
        assertEquals("21.3", only(plan, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), plan::toString);
        assertEquals("13.5", only(plan, "RETAIL_SALES").growthRate().toPlainString(), plan::toString);
        // (the pair only: a lone 投资 points back at the investment just named — the review of round 66's rules)
        NoticeParseResult renovation = parser.parse("2014年上半年,全县完成固定资产投资45亿元,增长22%;全县完成工业技改投资12亿元,投资增长15%。", null);
        assertEquals("22", only(renovation, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), renovation::toString);
        // (该园区 after another zone the notice names is that zone — the review)
        NoticeParseResult partner = parser.parse("苏州工业园区2014年上半年经济运行情况\n2014年上半年,园区实现地区生产总值900亿元,增长8%。园区与宿迁"
                + "合作共建的苏宿工业园区进展顺利,该园区完成工业总产值50亿元,增长30%。", null);
        assertTrue(partner.observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRY_GROSS_OUTPUT")), partner::toString);
        // (全社会固定资产 takes its 投资 before 同比 too)
        assertEquals("35", only(parser.parse("2014年上半年,全县全社会固定资产同比增长22.5%,达到35亿元。", null), "FIXED_ASSET_INVESTMENT")
                .value().toPlainString());
        // the review of round 65's rules: the 户籍 basis is set apart only for a name a 常住 basis also has
        NoticeParseResult bases = parser.parse("2014年,全县地区生产总值200亿元,增长9%。按户籍人口计算,人均地区生产总值58000元。按常住人口计算,"
                + "人均可支配收入18000元。", null);
        assertEquals("58000", only(bases, "PER_CAPITA_GDP").value().toPlainString(), bases::toString);
    }

    /** Round 65 (batch rc). */
    @Test
    void shouldReadTheSixtyFifthRoundsShapes() {
        // 按照可比价计算 and 剔除价格因素(下同) between a figure and its growth; of two per-capita bases, the resident one (rc07)
        NoticeParseResult county = parser.parse("2021年我县实现生产总值(GDP)133.86亿元,按照可比价计算,同比增长8.1%。按户籍人口计算,人均GDP为"
                + "63525元,同比增长8.7%。按常住人口计算,人均GDP为75115元,同比增长7.8%。全年完成农林牧渔业产值18.19亿元,剔除价格因素(下同),"
                + "比上年增长3.0%。", null);
        assertEquals("8.1", only(county, "GDP").growthRate().toPlainString(), county::toString);
        assertEquals("75115", only(county, "PER_CAPITA_GDP").value().toPlainString(), county::toString);
        assertEquals("3", only(county, "AGRICULTURE_GROSS_OUTPUT").growthRate().stripTrailingZeros().toPlainString(),
                county::toString);
        // all industry's value added with 创造 inside its name (rc01); the funds in place for investment are no investment (rc05)
        assertEquals("25.71", only(parser.parse("2007年,全年全部工业创造增加值25.71亿元,比上年增长了17.1%。", null), "INDUSTRY_VALUE_ADDED")
                .value().toPlainString());
        NoticeParseResult funds = parser.parse("1至9月,全省全社会固定资产投资2664.87亿元,比上年同期增长11.2%,固定资产投资本年实际到位资金"
                + "2491.70亿元,比上年同期增长11.9%。", null);
        assertEquals("2664.87", only(funds, "FIXED_ASSET_INVESTMENT").value().toPlainString(), funds::toString);
        // a space before the per cent sign (rc08)
        assertEquals("2.08", only(parser.parse("上半年,全镇实现一般公共预算收入3.48亿元,同比增长 2.08 %。", null),
                "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
    }

    /** Round 64 (batch ra). */
    @Test
    void shouldReadTheSixtyFourthRoundsShapes() {
        // 去年 before the region's name, at a press conference on the year named: last year's notice (ra08)
        NoticeParseResult tibet = parser.parse("记者从8日召开的2006年西藏自治区国民经济运行情况新闻发布会上获悉,去年西藏自治区国民经济持续保持"
                + "又好又快发展态势,全区生产总值达290.05亿元,比上年增长13.4%。", null);
        assertEquals(ReportingPeriod.ANNUAL, only(tibet, "GDP").period(), tibet::toString);
        // what the year came to in all names the year; 比上一年 is 比上年 (ra01)
        ParsedObservation street = only(parser.parse("经济发展 2007年共完成财政收入5910万元,比上一年同期增长34%。", null), "FISCAL_REVENUE");
        assertEquals(ReportingPeriod.ANNUAL, street.period());
        assertEquals("34", street.growthRate().toPlainString());
        // 各项经济指标 after the year names it (ra02)
        assertEquals(ReportingPeriod.ANNUAL, only(parser.parse("宁夏农垦系统2007年各项经济指标全线飘红,实现生产总值8.24亿元,比上一年增长10.3%。",
                null), "GDP").period());
        // the bare 街道 after the 街道 is named is its own; the city it is ranked in is not the notice's (ra03)
        NoticeParseResult ranked = parser.parse("近年来,新安江街道经济建设实现了较快增长。2008年,街道实现工业总产值38.29亿元,同比增长11.3%;"
                + "并连续四年在全市16个乡镇(街道)业绩考核中排名第一。", null);
        assertEquals("38.29", only(ranked, "INDUSTRY_GROSS_OUTPUT").value().toPlainString(), ranked::toString);
        // a farm workers' household income is not rural residents' (ra04); 农民现金性收入 is the cash income (ra05)
        assertTrue(parser.parse("2010年,农场职工家庭人均纯收入14599元,同比增长15.4%。", null).observations().isEmpty());
        // a 乡 named after its county and before a road's number is the notice's own (ra05)
        NoticeParseResult township = parser.parse("2011年上半年,怀柔区长哨营乡111国道二期改建等重点工程平稳推进,全乡社会和经济保持了平稳较快发展。"
                + "预计到6月底,长哨营乡完成财政收入2105.6万元,完成农民现金性收入7765元。", null);
        assertEquals(ReportingPeriod.H1, only(township, "FISCAL_REVENUE").period(), township::toString);
        assertEquals("7765", only(township, "RURAL_PER_CAPITA_CASH_INCOME").value().toPlainString(), township::toString);
    }

    /** Round 63 (batch qy): each shape both ways. */
    @Test
    void shouldReadTheSixtyThirdRoundsShapes() {
        // a profile's section heading before its year goes; a bare 总产值 after the year is the heading's sector's (qy06)
        NoticeParseResult profile = parser.parse("全乡总面积6.5万平方公里。\n经济概况 2006年国内生产总值7亿元;完成社会固定资产投资总额1.8亿元。\n"
                + "工业 2006年工业总产值4.7亿元,销售产值14.1亿元。", null);
        assertEquals("7", only(profile, "GDP").value().toPlainString(), profile::toString);
        assertEquals(ReportingPeriod.ANNUAL, only(profile, "FIXED_ASSET_INVESTMENT").period(), profile::toString);
        assertEquals("4.7", only(profile, "INDUSTRY_GROSS_OUTPUT").value().toPlainString(), profile::toString);
    }

    /** Round 62 (batch qw) and the review of round 61's rules (75 inputs: 14 better, 57 same, 4 worse, all mended). */
    @Test
    void shouldReadTheSixtySecondRoundsShapes() {
        // shares of a larger whole after 分别 are no growths (qw07)
        NoticeParseResult shares = parser.parse("一季度,开发区实际利用外资2750.9万美元,自营进出口额3.8亿美元,分别占全市份额的90.2%、63.1%。", null);
        assertTrue(shares.observations().stream().allMatch(o -> o.growthRate() == null), shares::toString);
        // and said, never dropped without a word (the splitter had no warning to give them)
        assertTrue(shares.warnings().stream().anyMatch(w -> w.fragment().contains("90.2%") && w.message().contains("比重")),
                shares::toString);
        // a quarter's last day after 截至 names the period (qw06)
        assertEquals(ReportingPeriod.Q1, only(parser.parse("截至3月31日,全区完成财政收入29612万元,同比增长6.2%。", null), "FISCAL_REVENUE")
                .period());
        // the review: a neighbour ranked among the county's before 我乡 stays a part; a group of firms after a state's word is no
        // sector
        NoticeParseResult neighbour = parser.parse("2014年上半年,石桥乡农民人均纯收入增长15%,居全县第一;我乡农民人均纯收入4000元,增长11%。", null);
        assertEquals("11", only(neighbour, "RURAL_PER_CAPITA_INCOME").growthRate().toPlainString(), neighbour::toString);
        assertEquals(List.of("GDP"), parser.parse("2014年上半年,全县地区生产总值增长8%。服务业发展重点企业,实现增加值5亿元,增长15%。", null)
                .observations().stream().map(ParsedObservation::indicatorCode).toList());
    }

    /** Round 61 (batch qu) and the review of rounds 59–60's rules (137 inputs: 53 better, 75 same, 9 worse, all mended). */
    @Test
    void shouldReadTheSixtyFirstRoundsShapes() {
        // a rank's move after months is no value (qu02)
        assertNull(only(parser.parse("上半年,全县规上工业增加值同比增长1.3%,增速居全市第6位,较1-5月上升1位。", null), "INDUSTRIAL_VALUE_ADDED")
                .value());
        // 从园区角度看 opens the parks' figures (qu05)
        assertTrue(parser.parse("2025年上半年,全区规模以上工业总产值增长12%。从园区角度看:上半年,梅县产业园区共有规上工业企业38家,实现工业总产值"
                + "41.35亿元,比去年同期增长42.7%。", null).observations().stream().noneMatch(o -> o.value() != null));
        // 按同口径可比价计算 before the growth (qu08)
        assertEquals("-1.9", only(parser.parse("初步核算,2020年全旗生产总值完成94.82亿元,按同口径可比价计算,比上年下降1.9%。", null), "GDP")
                .growthRate().toPlainString());
        // every period of a compared list is compared with (qu10)
        assertEquals(ReportingPeriod.parse("M07"), only(parser.parse("1-7月,全区完成规模以上工业增加值49590万元,同比下降0.5%,幅度比今年1-3月、"
                + "1-4月、1-5月、1-6月分别提高6.4个百分点、7.8个百分点、5.2个百分点和2.3个百分点。", null), "INDUSTRIAL_VALUE_ADDED").period());
        // the review: a neighbour named after the notice speaks as the town stays a part; a park's or some firms' value added
        // after a state is no sector's; another population's base keeps the growth unread
        NoticeParseResult neighbour = parser.parse("2014年上半年,我镇地区生产总值完成5亿元,增长9%;城关镇地区生产总值增长12%,我镇比城关镇低3个百分点。", null);
        assertEquals("9", only(neighbour, "GDP").growthRate().toPlainString(), neighbour::toString);
        assertTrue(parser.parse("2014年上半年,全县经济平稳。工业园区建设加快,增加值15亿元,增长20%。", null).observations().isEmpty());
        assertNull(only(parser.parse("2014年,全县城镇居民人均可支配收入22000元,比上年全省平均水平21000元增长4.8%。", null),
                "URBAN_PER_CAPITA_INCOME").growthRate());
    }

    /** Round 60 (batch qs): each shape both ways. */
    @Test
    void shouldReadTheSixtiethRoundsShapes() {
        // a 半年报 names the half year; a sector's state then its value added names it (qs01)
        NoticeParseResult half = parser.parse("7月20日,中卫经济“半年报”公布,全市实现地区生产总值257.13亿元,同比增长7.3%。农业生产总体平稳,增加值"
                + "16.75亿元,增长5.3%;工业经济快速增长,增加值127.12亿元,增长13.1%;服务业逐步恢复,增加值113.26亿元,增长2.6%。", null);
        assertEquals(ReportingPeriod.H1, only(half, "GDP").period(), half::toString);
        assertEquals("127.12", only(half, "INDUSTRY_VALUE_ADDED").value().toPlainString(), half::toString);
        assertEquals("113.26", only(half, "TERTIARY_VALUE_ADDED").value().toPlainString(), half::toString);
        // 全部工业企业完成增加值 is all industry's (qs03)
        assertEquals("41.2", only(parser.parse("2009年前三季度,全区全部工业企业完成增加值41.2亿元,同比增长60.4%。", null), "INDUSTRY_VALUE_ADDED")
                .value().toPlainString());
        // a 乡's own report names itself (qs06); last year's level inside the comparison is no figure of its own
        ParsedObservation income = only(parser.parse("县统计局:\n2011年三阁司乡人均纯收入为1996元,比上年人均纯收入1848元增长8%。\n我乡群众外出人口增多。",
                null), "RURAL_PER_CAPITA_INCOME");
        assertEquals("1996/8", income.value().toPlainString() + "/" + income.growthRate().toPlainString());
        // …but a town among its neighbours in a county's notice stays a part
        assertTrue(parser.parse("2011年,全县农民人均纯收入5000元,增长9%;其中三阁司乡人均纯收入为1996元。", null).observations().stream()
                .noneMatch(o -> o.value() != null && o.value().compareTo(new java.math.BigDecimal("1996")) == 0));
    }

    /** The review of round 59's rules: 3 worse of 89 inputs, all mended; the notices' here (both-wrong cases it found). */
    @Test
    void shouldKeepTheReviewOfRoundFiftyNinesCasesRight() {
        // a second round of growths after the sectors' own 分别 is no list of amounts to pair piece by piece
        ParsedObservation tertiary = only(parser.parse("2014年上半年,全区第一产业、第二产业、第三产业增加值分别为12亿元、45亿元、30亿元,分别增长4%、"
                + "10%、8%。", null), "TERTIARY_VALUE_ADDED");
        assertEquals("30/8", tertiary.value().toPlainString() + "/" + tertiary.growthRate().toPlainString());
        // the ordinals alone before one 产业增加值
        assertEquals("40", only(parser.parse("2014年上半年,全市第一、第二、第三产业增加值分别为10亿元、50亿元、40亿元。", null),
                "TERTIARY_VALUE_ADDED").value().toPlainString());
    }

    /** Round 59 (batch qq): each shape both ways. */
    @Test
    void shouldReadTheFiftyNinthRoundsShapes() {
        // 超目标任务 x 个百分点 implies the target (qq03)
        ParsedObservation gap = only(parser.parse("2019年一季度,全区规模工业增加值增速11%,超目标任务1.5个百分点。", null), "INDUSTRIAL_VALUE_ADDED");
        assertEquals("9.5", gap.target().growth().value().toPlainString(), gap::toString);
        // a 分别 list with names outside the catalog gives each value to the name in its place (qq04), never the first value to
        // the one name the catalog has; a list of places or a share's parts stays unread
        for (String parts : List.of("2007年,全区实现国内生产总值51460万元,其中一产、二产、三产分别为4750万元、26250万元、20460万元。",
                "2007年,全区实现国内生产总值51460万元,其中第一产业、第二产业、第三产业增加值分别为4750万元、26250万元、20460万元。")) {
            assertEquals("2.046", only(parser.parse(parts, null), "TERTIARY_VALUE_ADDED").value().toPlainString(), parts);
        }
        assertTrue(parser.parse("2014年1-10月,××镇、××镇规模以上工业增加值分别增长12.3%和10.9%。", null).observations().isEmpty());
        assertTrue(parser.parse("2010年,第一、第二和第三产业增加值占生产总值的比重分别为12.0%、48.7%、39.3%。", null).observations().isEmpty());
        // an average growth a year after a level is never the period's growth (ow10, now that the splitter gives it to the level)
        assertNull(only(parser.parse("2015年,全区社会消费品零售总额预计达到437亿元,年均增长14%。", null), "RETAIL_SALES").growthRate());
        // the prices of investment are no investment (qq08)
        NoticeParseResult prices = parser.parse("2011年,全县固定资产投资增长20%,固定资产投资价格上涨7.2%。", null);
        assertEquals("20", only(prices, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), prices::toString);
    }

    /** Round 58 (batch qo): each shape both ways. */
    @Test
    void shouldReadTheFiftyEighthRoundsShapes() {
        // the spoken 个亿 (qo07), not a count before 万亩
        assertEquals("4.9", only(parser.parse("2022年一季度,我镇预计完成固定资产投资4.9个亿,同比增长28%。", null), "FIXED_ASSET_INVESTMENT")
                .value().toPlainString());
        // …and in 亿美元 (the review of round 58's rules)
        assertEquals("1.2", only(parser.parse("2014年上半年,全县实际利用外资1.2个亿美元,同比增长20%。", null), "ACTUAL_FOREIGN_INVESTMENT")
                .value().toPlainString());
        // 实际利用境外资金 and 实际引进内资 are no names of the catalog's: the first is broader than 实际利用外资 (其中外商直接投资…),
        // the second a part of 实际利用内资 (the review of round 58's rules, which had found them merged as conflicts)
        NoticeParseResult funds = parser.parse("2014年上半年,全市实际利用境外资金5.6亿美元,其中实际利用外资4.1亿美元,增长12%。", null);
        assertEquals("4.1", only(funds, "ACTUAL_FOREIGN_INVESTMENT").value().toPlainString(), funds::toString);
    }

    /** The review of round 57's rules: 12 worse of 86 inputs, all mended; the notices' here. */
    @Test
    void shouldKeepTheReviewOfRoundFiftySevensCasesRight() {
        // the quarters so far only with 累计 after them: a stock at the quarter's end names no period for one quarter's figure
        assertTrue(parser.parse("2014年第三季度全县经济运行情况\n三季度,全县规模以上工业增加值7亿元,增长10%。截至三季度末,全县金融机构贷款余额90亿元。",
                null).observations().isEmpty());
        assertEquals(ReportingPeriod.Q3, only(parser.parse("2014年经济运行分析\n截至2014年第三季度末,全县累计完成固定资产投资45亿元,同比增长21%。",
                null), "FIXED_ASSET_INVESTMENT").period());
        // a series of growths after 分别 keeps its 、
        NoticeParseResult series = parser.parse("2014年上半年,全县规模以上工业增加值和社会消费品零售总额分别为18亿元、20亿元,分别增长12%、增长13%。", null);
        assertEquals("13", only(series, "RETAIL_SALES").growthRate().toPlainString(), series::toString);
        // 电子信息工业 is an industry of its own
        NoticeParseResult kinds = parser.parse("2014年上半年,全区规模以上工业增加值同比增长9%。其中,电子信息工业增加值增长25%。", null);
        assertEquals(List.of("9"), kinds.observations().stream().map(o -> o.growthRate().toPlainString()).toList(), kinds::toString);
    }

    /** Round 57 (batch qm): each shape both ways. */
    @Test
    void shouldReadTheFiftySeventhRoundsShapes() {
        // the quarters so far: 截止二季度 is the half year (qm07), 截至三季度 the first three quarters
        assertEquals(ReportingPeriod.H1, only(parser.parse("截止二季度,全县累计完成规模以上工业总产值22.02亿元,同比增长44.2%。", null),
                "INDUSTRIAL_GROSS_OUTPUT").period());
        assertEquals(ReportingPeriod.Q3, only(parser.parse("截至三季度,全县累计完成规模以上工业总产值32亿元,同比增长14%。", null),
                "INDUSTRIAL_GROSS_OUTPUT").period());
        // a 、 parting a figure's clauses is a comma (qm08); between two figures it stays
        NoticeParseResult comma = parser.parse("2024年1-4月,全县规模以上工业增加值完成12.58亿元、增长12.4%、比一季度回升2.4个百分点。", null);
        assertEquals("12.4", only(comma, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), comma::toString);
        NoticeParseResult both = parser.parse("2024年上半年,全县地区生产总值、固定资产投资分别增长8%、9%。", null);
        assertEquals("9", only(both, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), both::toString);
        // an industry of one kind is a part of all industry (qm10)
        NoticeParseResult energy = parser.parse("2017年上半年,全区规模以上工业增加值同比增长5.5%。从支柱产业看,能源工业增加值同比增长7.4%。", null);
        assertEquals(List.of("INDUSTRIAL_VALUE_ADDED"), energy.observations().stream().map(ParsedObservation::indicatorCode).toList(),
                energy::toString);
    }

    /** The review of round 56's rules: 20 worse of 102 inputs, all mended; the notices' here. */
    @Test
    void shouldKeepTheReviewOfRoundFiftySixsCasesRight() {
        // a part inside a total is not the total; 人均 with words between is a share per head; a per-head name stays
        assertTrue(parser.parse("2014年上半年,全县公共财政支出中民生支出6.2亿元,增长15%。", null).observations().isEmpty());
        assertTrue(parser.parse("2014年,全市人均地方财政收入2000元。", null).observations().isEmpty());
        assertEquals("23000", parser.parse("2014年,全市人均居民收入达到2.3万元,增长9%。", null).observations().get(0).value()
                .toPlainString());
        // a bracket that narrows the scope is no gloss of the threshold; a kind of economy's industry is no 工业增加值
        NoticeParseResult oil = parser.parse("2014年上半年,全市规模以上(不含油)工业增加值56亿元,增长12%;全市规模以上工业增加值320亿元,增长5%。", null);
        assertTrue(oil.observations().stream().noneMatch(o -> o.value().toPlainString().equals("56")
                && o.indicatorCode().equals("INDUSTRIAL_VALUE_ADDED") && o.matchedName().equals("规模以上工业增加值")), oil::toString);
        assertTrue(parser.parse("2014年一季度,全县非公有制工业经济实现增加值12亿元,增长15%。", null).observations().isEmpty());
        // a growth cut where the text stops leaves the amount; a number wrapped after its point is joined; ASCII stops are stops
        NoticeParseResult cut = parser.parse("2006年全省国民经济和社会发展统计公报\n全年全省地区生产总值2650亿元,比上年增长12.", null);
        assertEquals("2650", only(cut, "GDP").value().toPlainString(), cut::toString);
        assertNull(only(cut, "GDP").growthRate(), cut::toString);
        assertEquals("12.5", only(parser.parse("2006年全省统计公报\n全年全省地区生产总值2650亿元,比上年增长12.\n5%。", null), "GDP").growthRate()
                .toPlainString());
        assertEquals("38", only(parser.parse("2014年上半年,全县地区生产总值56亿元,增长9.5%.\n全县完成固定资产投资38亿元,增长25.", null),
                "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // the same figure rounded, and a smaller bare figure, are not all industry's
        for (String two : List.of("2014年上半年,全县工业增加值18亿元,同比增长12%。全县规模以上工业增加值17.6亿元。",
                "2014年上半年,全市工业增加值120亿元,增长10%。规模以上工业增加值135亿元。")) {
            assertTrue(parser.parse(two, null).observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRY_VALUE_ADDED")), two);
        }
        // projects counted in passing leave the region's investment with its growth, or named as the region's
        for (String region : List.of("2014年上半年,全县156个在建项目稳步推进,累计完成固定资产投资38亿元,同比增长25%。",
                "2014年上半年,列入省市重点的20个项目进展顺利,全县完成固定资产投资38亿元。")) {
            assertEquals("38", only(parser.parse(region, null), "FIXED_ASSET_INVESTMENT").value().toPlainString(), region);
        }
    }

    /** Round 56 (batch qk): each shape both ways. */
    @Test
    void shouldReadTheFiftySixthRoundsShapes() {
        // old and short names of the catalog's indicators (qk01, qk03, qk07); a total after 人均 is a share per head
        NoticeParseResult names = parser.parse("2017年上半年全区经济运行情况\n上半年,农村人均可支配收入3210元,增长13.9%;全社会投资完成260亿元,"
                + "增长9.5%;公共财政支出实现79.43亿元,增长22.14%。", null);
        assertEquals("3210", only(names, "RURAL_PER_CAPITA_INCOME").value().toPlainString(), names::toString);
        assertEquals("260", only(names, "FIXED_ASSET_INVESTMENT").value().toPlainString(), names::toString);
        assertEquals("79.43", only(names, "GENERAL_PUBLIC_BUDGET_EXPENDITURE").value().toPlainString(), names::toString);
        assertTrue(parser.parse("2017年,全区人均公共财政支出2.1万元。", null).observations().isEmpty());
        // the town's and the countryside's retail sales are parts (qk10)
        NoticeParseResult retail = parser.parse("2024年一季度,全区实现社会消费品零售总额16.92亿元,增长6.2%。城市消费品零售总额67334万元,"
                + "增长4.7%;县及县以下消费品零售总额10.19亿元,增长7.2%。", null);
        assertEquals(List.of("16.92"), retail.observations().stream().map(o -> o.value().toPlainString()).toList(), retail::toString);
        // the threshold's gloss inside 规模以上工业; a bare 工业增加值 at another amount is all industry's; a figure cut where the
        // text stops is not recorded, and said (qk05)
        NoticeParseResult bulletin = parser.parse("2006年全省统计公报\n粮食种植面积26.\n全省工业增加值265亿元,比上年增长18.7%。规模以上(全部国有"
                + "工业及年产品销售收入在500万元以上的非国有工业企业)工业增加值240.34亿元,增长20", null);
        assertEquals("240.34", only(bulletin, "INDUSTRIAL_VALUE_ADDED").value().toPlainString(), bulletin::toString);
        assertEquals("265", only(bulletin, "INDUSTRY_VALUE_ADDED").value().toPlainString(), bulletin::toString);
        assertTrue(bulletin.observations().stream().noneMatch(o -> o.indicatorCode().equals("GRAIN_SOWN_AREA")), bulletin::toString);
        assertTrue(bulletin.warnings().stream().anyMatch(w -> w.message().contains("截断")), bulletin::toString);
        assertTrue(parser.parse("2006年全省统计公报\n全省工业增加值241亿元,比上年增长18.7%。规模以上工业增加值240.34亿元。", null)
                .observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRY_VALUE_ADDED"))); // (within 2 %: not apart)
        // the investment of projects counted in its sentence is theirs (qk08); the region's after them stays
        NoticeParseResult projects = parser.parse("2011年上半年,全区年初重点推进的34个产业项目,有15个开复工,完成固定资产投资2亿元。全区完成固定资产"
                + "投资30亿元,增长20%。", null);
        assertEquals("30", only(projects, "FIXED_ASSET_INVESTMENT").value().toPlainString(), projects::toString);
        // 工业经济实现增加值 is 工业增加值 (qk10)
        assertEquals("1.81", only(parser.parse("2024年一季度,西藏工业经济实现增加值1.81亿元,比去年同期增长22.2%。", null),
                "INDUSTRIAL_VALUE_ADDED").value().toPlainString());
        // a notice's part of the year with no year printed reads as that part (qk07)
        assertEquals(ReportingPeriod.H1, only(parser.parse("今年上半年,全市地区生产总值实现248.24亿元,增长10.5%。", null), "GDP").period());
    }

    /** Round 55 (batch qi): each shape both ways. */
    @Test
    void shouldReadTheFiftyFifthRoundsShapes() {
        // "1月~12月" is the year, "1月~11月" the months to November; a count of investment projects is no investment (qi06)
        NoticeParseResult county = parser.parse("[西林县]1~11月完成固投近24亿\n今年1月~11月,西林县固定资产投资建设项目99个。1月~12月,累计完成固定资产投资"
                + "25.8亿元,同比增长8.86%。", null);
        assertEquals(ReportingPeriod.ANNUAL, only(county, "FIXED_ASSET_INVESTMENT").period(), county::toString);
        assertEquals("25.8", only(county, "FIXED_ASSET_INVESTMENT").value().toPlainString(), county::toString);
        // the review of round 55's rules: "投资项目完成投资" is the investment; "11月~12月" is no year; a release date is no year of
        // the figures; 三次产业 heads the whole economy; a growth above 100 with decimals in a text without % is one
        assertEquals("38", only(parser.parse("2014年1-6月,全县500万元以上固定资产投资项目完成投资38亿元,增长25%。", null),
                "FIXED_ASSET_INVESTMENT").value().toPlainString());
        assertTrue(parser.parse("2014年11月~12月,全县完成固定资产投资12亿元,增长9%。", null).observations().stream()
                .noneMatch(o -> o.period() == ReportingPeriod.ANNUAL));
        assertEquals("9", only(parser.parse("2015年1月20日发布\n2014年全县地区生产总值120亿元,比2013年同期增长9%。", null), "GDP").growthRate()
                .toPlainString());
        assertEquals("125", only(parser.parse("2014年上半年全区经济运行情况\n一、三次产业协调发展\n上半年,全区实现增加值125亿元,增长8.5%。", null),
                "GDP").value().toPlainString());
        assertEquals("125.3", only(parser.parse("2014年上半年,全市实际利用外资2.5亿美元,增长125.3。", null), "ACTUAL_FOREIGN_INVESTMENT")
                .growthRate().toPlainString());
    }

    /** Round 54 (batch qg): each shape both ways. */
    @Test
    void shouldReadTheFiftyFourthRoundsShapes() {
        // 按区域划分 opens the parts (qg01)
        NoticeParseResult zone = parser.parse("2008年北部新区统计公报\n全年全区实现地区生产总值458.27亿元,增长23%。按区域划分,北区完成地区生产总值"
                + "207.09亿元,比上年增长45.5%;南区完成251.18亿元,增长9.1%。", null);
        assertEquals("458.27", only(zone, "GDP").value().toPlainString(), zone::toString);
        // in a text that prints no %, a bare growth after an amount is a percentage (qg02); with a % elsewhere it is not read so
        assertEquals("26.9", only(parser.parse("2008年上半年工作总结\n1-6月份,全区规模以上工业企业完成工业增加值76.5亿元,增长26.9。", null),
                "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        assertNull(only(parser.parse("2008年上半年工作总结\n1-6月份,全区规模以上工业企业完成工业增加值76.5亿元,增长26.9。固定资产投资增长12%。", null),
                "INDUSTRIAL_VALUE_ADDED").growthRate());
        // the growth's word the names share before 分别 (qg04)
        NoticeParseResult both = parser.parse("2016年上半年,全县规模以上工业总产值和增加值增速分别达25%、21.2%,增速全市第一位。", null);
        assertEquals("21.2", only(both, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), both::toString);
        // 粮豆薯总产 is the grain harvest (qg06)
        assertEquals("64.2", only(parser.parse("2007年,分局粮豆薯总产64.2万吨,同比增长3.1%。", null), "GRAIN_OUTPUT").value().toPlainString());
    }

    /** The review of round 52's rules: 29 worse of 121 inputs, all mended; the notices' here. */
    @Test
    void shouldKeepTheReviewOfRoundFiftyTwosCasesRight() {
        // a remark giving the figure before an earlier period's is no period of the next figure
        for (String remark : List.of(",固定资产投资增长15%,上半年为14.2%,规模以上工业增加值增长9%。", ",固定资产投资增长15%(上半年为14.2%),规模以上"
                + "工业增加值增长9%。", ",固定资产投资增长15%,一季度、上半年分别为12%、14.2%,规模以上工业增加值增长9%。")) {
            NoticeParseResult read = parser.parse("2014年前三季度全县经济运行情况\n前三季度,全县地区生产总值增长8.2%" + remark, null);
            assertEquals(ReportingPeriod.Q3, only(read, "INDUSTRIAL_VALUE_ADDED").period(), read::toString);
        }
        // a year before the notice's opening a span into it, or a time clause, is no base
        assertEquals("10.5", only(parser.parse("2014年上半年全市经济运行情况\n上半年,全市地区生产总值增长8%。2013年四季度以来,全市工业生产持续回升,"
                + "上半年规模以上工业增加值增长10.5%。", null), "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        assertEquals("200", only(parser.parse("2014年上半年全市经济运行情况\n上半年,全市地区生产总值增长8%。2013年度全市固定资产投资结算完成后,"
                + "上半年全市固定资产投资完成200亿元,增长16%。", null), "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // a GDP table captioned with its growth but a column of 绝对数 is one of amounts
        assertEquals("1500", only(parser.parse("2017年全区统计公报\n全年全区实现地区生产总值3000亿元,增长7.5%。\n表1 2017年全区地区生产总值增长速度\n"
                + "指标\t绝对数\t比上年增长(%)\n第三产业\t1500\t8.1\n", null), "TERTIARY_VALUE_ADDED").value().toPlainString());
        // 全区实现增加值 inside a sentence on the firms is theirs; a kind of economy's 地区生产总值 is a part
        assertTrue(parser.parse("2014年上半年全区经济运行情况\n1-6月,全区规模以上工业企业42家,全区实现增加值18亿元,增长10%。", null)
                .observations().stream().noneMatch(o -> o.indicatorCode().equals("GDP")));
        assertEquals("100", only(parser.parse("2014年上半年全县经济运行情况\n上半年,全县非公有制经济完成地区生产总值70亿元。全县地区生产总值100亿元。",
                null), "GDP").value().toPlainString());
    }

    /** Round 53 (batch qe): each shape both ways. */
    @Test
    void shouldReadTheFiftyThirdRoundsShapes() {
        // a rate's bound alone after its name is the target, no figure (qe03)
        NoticeParseResult bound = parser.parse("2018年,全区经济运行平稳。\n——城镇调查失业率5%以内。", null);
        assertNull(only(bound, "SURVEYED_UNEMPLOYMENT_RATE").value(), bound::toString);
        assertEquals("5", only(bound, "SURVEYED_UNEMPLOYMENT_RATE").target().level().value().toPlainString(), bound::toString);
        // a channel's exports are a part (qe03)
        assertTrue(parser.parse("2018年,全区预计实现跨境电商出口额7亿美元,同比增长239.8%。", null).observations().isEmpty());
        // a change since a year five before a report's title year is no growth, the level stays (qe08)
        NoticeParseResult review = parser.parse("清河区2007年政府工作报告\n五年来,全区实现服务业增加值22.7亿元,比2002年增长156%。", null);
        assertNull(only(review, "TERTIARY_VALUE_ADDED").growthRate(), review::toString);
        assertEquals("22.7", only(review, "TERTIARY_VALUE_ADDED").value().toPlainString(), review::toString);
        // a first count before the year, 累计实现 between a sector and its value added (qe06)
        NoticeParseResult bulletin = parser.parse("开福区2010年国民经济和社会发展统计公报\n初步核算2010年全区累计实现地区生产总值393.4亿元,同比增长15.2%。"
                + "其中,第一产业累计实现增加值4亿元,同比下降2%;第三产业累计实现增加值290.3亿元,同比增长15.7%。", null);
        assertEquals("393.4", only(bulletin, "GDP").value().toPlainString(), bulletin::toString);
        assertEquals("290.3", only(bulletin, "TERTIARY_VALUE_ADDED").value().toPlainString(), bulletin::toString);
        // 规上服务业完成营业收入 is the larger service firms' revenue (qe01)
        assertEquals("73.73", only(parser.parse("2024年上半年,全市规上服务业完成营业收入73.73亿元,同比增长4.4%。", null),
                "SERVICES_ABOVE_SIZE_REVENUE").value().toPlainString());
    }

    /** The review of round 51's rules: 9 worse of 121 inputs, and what both readers got wrong; the notices' here. */
    @Test
    void shouldKeepTheReviewOfRoundFiftyOnesCasesRight() {
        // a GDP table of growths or shares, its year or 增加值 in a column of rates, gives no sector's value added
        for (String table : List.of("全区生产总值增长速度\n指标\t2017年增长(%)\t2016年增长(%)\n第三产业\t8.1\t8.5\n",
                "2017年全区生产总值构成\n指标\t2017年(%)\t2016年(%)\n第三产业\t51.3\t50.0\n",
                "全区生产总值增长速度(%)\n指标\t2017年\t2016年\n第三产业\t8.1\t8.5\n", "全区生产总值增长速度\n指标\t增加值增长(%)\n第三产业\t8.1\n")) {
            NoticeParseResult read = parser.parse("2017年全区统计公报\n全年全区实现地区生产总值3000亿元,增长7.5%。\n" + table, null);
            assertTrue(read.observations().stream().noneMatch(o -> o.indicatorCode().equals("TERTIARY_VALUE_ADDED")), read::toString);
        }
        // …a table of amounts with a year's column does
        assertEquals("1612.33", only(parser.parse("2017年全区统计公报\n2017年全区生产总值及其增长速度\n指标\t2017年\t比上年增长(%)\n"
                + "第三产业\t1612.33\t9.2\n", null), "TERTIARY_VALUE_ADDED").value().toPlainString());
        // 本区域, 我县域 name no region after the year
        assertEquals(ReportingPeriod.H1, only(parser.parse("2014年上半年经济运行情况\n上半年,全市地区生产总值增长8%。2014年本区域内新增城镇"
                + "就业5000人。", null), "NEW_URBAN_JOBS").period());
        // a rate, then the bound it stayed within: the figure and its target
        NoticeParseResult rate = parser.parse("2014年上半年,全市城镇登记失业率为3.8%,控制在4.5%以内。", null);
        assertEquals("3.8", only(rate, "URBAN_UNEMPLOYMENT_RATE").value().toPlainString(), rate::toString);
        assertEquals("4.5", only(rate, "URBAN_UNEMPLOYMENT_RATE").target().level().value().toPlainString(), rate::toString);
        // a bound said met in words is still the target, no figure (one rate and a 分别 list)
        NoticeParseResult met = parser.parse("2019年上半年,全县经济运行平稳。城镇登记失业率控制在4%以内,完成年度目标。", null);
        assertNull(only(met, "URBAN_UNEMPLOYMENT_RATE").value(), met::toString);
        NoticeParseResult both = parser.parse("2019年,城镇登记失业率和人口自然增长率分别控制在3.5%和3‰以内,完成年度目标。", null);
        assertNull(only(both, "URBAN_UNEMPLOYMENT_RATE").value(), both::toString);
        assertEquals("3", only(both, "POPULATION_GROWTH_RATE").target().level().value().toPlainString(), both::toString);
        // a year before a part-year notice's opening its sentence is its base, never the period's figure
        NoticeParseResult base = parser.parse("2014年上半年经济运行情况\n上半年,全市地区生产总值增长8%。2013年全市地区生产总值完成400亿元。", null);
        assertNull(only(base, "GDP").value(), base::toString);
        // a month with a remark on the year's aim or compared with a month's end is still the month alone
        NoticeParseResult september = parser.parse("2014年前三季度经济运行情况\n前三季度,全县社会消费品零售总额增长12%。9月,全县社会消费品零售"
                + "总额增长9.5%,为全年完成目标奠定基础。", null);
        assertEquals("12", only(september, "RETAIL_SALES").growthRate().toPlainString(), september::toString);
    }

    /** Round 52 (batch qc): each shape both ways. */
    @Test
    void shouldReadTheFiftySecondRoundsShapes() {
        // each figure of one sentence in the period its clause opens with; 全区实现增加值 is a district's product (qc03)
        NoticeParseResult district = parser.parse("2024年嘉定区经济运行情况\n2024年,全区实现增加值3029.6亿元,可比增长5.8%。回顾一年走势,"
                + "一季度开局良好(GDP增长5.9%),上半年延续平稳增长态势(GDP增长5.2%),前三季度增速有所放缓(GDP增长3.7%)。", null);
        assertEquals(List.of("ANNUAL 3029.6", "Q1 5.9", "H1 5.2", "Q3 3.7"), district.observations().stream().filter(o -> o.indicatorCode()
                .equals("GDP")).map(o -> o.period().code() + " " + (o.value() != null ? o.value() : o.growthRate()).toPlainString()).toList(),
                district::toString);
        // …a period named inside a clause (延续一季度…势头) is not the clause's
        NoticeParseResult half = parser.parse("2014年上半年经济运行情况\n上半年,全县经济延续一季度较快增长势头,完成地区生产总值48.88亿元,同比增长7.8%,"
                + "固定资产投资增长11.2%。", null);
        assertEquals(ReportingPeriod.H1, only(half, "FIXED_ASSET_INVESTMENT").period(), half::toString);
        // a kind of economy's industry is a part (qc06)
        assertTrue(parser.parse("2011年上半年,民营经济工业增加值90万元,占年度目标任务50%。", null).observations().isEmpty());
        // 加工业 before 工业增加值 is an industry of its own (qc09)
        assertTrue(parser.parse("2025年上半年,全区林业经济运行平稳。贵港市木材加工业增加值同比增长13.8%。", null).observations().isEmpty());
    }

    /** Round 51 (batch qa): each shape both ways. */
    @Test
    void shouldReadTheFiftyFirstRoundsShapes() {
        // 人均国民生产总值 is the per-capita product, never the product in 亿元 (qa04)
        NoticeParseResult perCapita = parser.parse("2007年,地区生产总值完成10.371亿元,比上年增长20.3%,人均国民生产总值达14 387元,同比增长32.6%。",
                null);
        assertEquals("10.371", only(perCapita, "GDP").value().toPlainString(), perCapita::toString);
        assertEquals("14387", only(perCapita, "PER_CAPITA_GDP").value().toPlainString(), perCapita::toString);
    }

    /** Round 50 (batch py) and the review of round 49's rules: each shape both ways. */
    @Test
    void shouldReadTheFiftiethRoundsShapesAndKeepTheReviewOfRoundFortyNinesCasesRight() {
        // the product's part 其中工业增加值 is all industry; an increase of the population is no population (py05)
        NoticeParseResult division = parser.parse("2022年,八师市实现生产总值831.5亿元、增长6.5%。其中工业增加值409.3亿元、增长22.2%。"
                + "新增常住人口2.04万人。", null);
        assertEquals("409.3", only(division, "INDUSTRY_VALUE_ADDED").value().toPlainString(), division::toString);
        assertTrue(division.observations().stream().noneMatch(o -> o.indicatorCode().equals("RESIDENT_POPULATION")), division::toString);
        // an index at the text's end is whole; a quarter compared with or the months so far keep the month's sentence
        assertEquals("2.1", only(parser.parse("2017年全市国民经济和社会发展统计公报\n全年全市居民消费价格总指数为102.1", null), "CPI").value()
                .toPlainString());
        assertEquals("300", only(parser.parse("2014年全年经济运行情况\n全年全市地区生产总值完成500亿元,增长8%,比前三季度加快0.3个百分点。9月,"
                + "市政府出台稳增长措施,全年固定资产投资完成300亿元,增长15%。", null), "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // a place word of a zone after the year names no year's figure of the region
        assertTrue(parser.parse("2014年上半年经济运行情况\n2014年城区规模以上工业增加值完成30亿元,增长10%。", null).warnings().stream()
                .noneMatch(w -> w.message().contains("ANNUAL")));
        // the rates, then the bounds they stayed within: figures with their targets, not the bounds as figures (n07)
        NoticeParseResult kept = parser.parse("2014年全市国民经济和社会发展统计公报\n年末全市城镇登记失业率、人口自然增长率分别为3.5%和5‰,"
                + "分别控制在4%和6‰以内。", null);
        ParsedObservation unemployment = only(kept, "URBAN_UNEMPLOYMENT_RATE");
        assertEquals("3.5", unemployment.value().toPlainString(), kept::toString);
        assertEquals("4", unemployment.target().level().value().toPlainString(), kept::toString);
        assertEquals("5", only(kept, "POPULATION_GROWTH_RATE").value().toPlainString(), kept::toString);
        // a table of shares gives no sector's value added
        assertTrue(parser.parse("2017年全市国民经济和社会发展统计公报\n2017年全区生产总值构成\n指标\t比重(%)\n第一产业\t7.3\n第二产业\t45.9\n"
                + "第三产业\t46.8\n", null).observations().stream().noneMatch(o -> o.indicatorCode().equals("TERTIARY_VALUE_ADDED")));
    }

    /** Round 49 (batch pw): each shape both ways. */
    @Test
    void shouldReadTheFortyNinthRoundsShapes() {
        // two rates only kept within round bounds (分别控制在…以内) in a year's account are the targets, no figures (pw04)
        NoticeParseResult bounds = parser.parse("2024年,全区城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。", null);
        ParsedObservation unemployment = only(bounds, "SURVEYED_UNEMPLOYMENT_RATE");
        assertNull(unemployment.value(), bounds::toString);
        assertEquals("5", unemployment.target().level().value().toPlainString());
        assertNull(only(bounds, "CPI").value());
        // …figures printed with them stay figures
        assertEquals("5.1", only(parser.parse("2024年,全区城镇调查失业率、居民消费价格涨幅分别为5.1%和0.3%。", null),
                "SURVEYED_UNEMPLOYMENT_RATE").value().toPlainString());
        // the year before the region's name, no comma, is the year's period (pw02); before 市委 it is not a figure's
        assertEquals(ReportingPeriod.ANNUAL, only(parser.parse("2011年海南省地区生产总值完成2515.29亿元,比上年增长12.0%。", null), "GDP")
                .period());
        // 现价增长 and 同口径比增长 are the growth (pw03, pw07)
        assertEquals("27.7", only(parser.parse("初步测算,2008年,汶上县完成GDP 115亿元,现价增长27.7%。", null), "GDP").growthRate()
                .toPlainString());
        assertEquals("12.9", only(parser.parse("2006年全年实现地区生产总值529088万元,同口径比增长12.9%。", null), "GDP").growthRate()
                .toPlainString());
        // the quarter's last month alone is another period (pw01); a rate at that month's end is the quarter's (g03)
        NoticeParseResult september = parser.parse("前三季度,兵团规模以上工业增加值同比增长3.8%。9月,规模以上工业增加值同比增长16.3%,"
                + "比8月加快5.9个百分点。", null);
        assertEquals("3.8", only(september, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), september::toString);
        assertEquals("5.1", only(parser.parse("上半年,全市社会消费品零售总额同比增长6.8%。\n6月份,城镇调查失业率为5.1%。", null),
                "SURVEYED_UNEMPLOYMENT_RATE").value().toPlainString());
        // 农牧民转移就业 is the rural labour moved into work (pw04)
        assertEquals("64.8", only(parser.parse("2024年,全区农牧民转移就业64.8万人。", null), "RURAL_LABOUR_TRANSFER").value()
                .toPlainString());
    }

    /** Round 48 (batch pu): each shape both ways. */
    @Test
    void shouldReadTheFortyEighthRoundsShapes() {
        // a gap to the plan's growth implies the target (pu01); a gap to last year's growth implies none
        NoticeParseResult planned = parser.parse("2014年上半年,全省生产总值完成13640亿元,比上年同期增长5.8%,低于计划增速2.2个百分点。"
                + "其中服务业增加值增长8.6%,高于计划增速0.1个百分点。", null);
        ParsedObservation gdp = only(planned, "GDP");
        assertEquals("8", gdp.target().growth().value().toPlainString(), planned::toString);
        assertTrue(gdp.targetImplied());
        assertEquals("8.5", only(planned, "TERTIARY_VALUE_ADDED").target().growth().value().toPlainString(), planned::toString);
        assertNull(only(parser.parse("2014年上半年,全省生产总值增长5.8%,低于上年同期增速2.2个百分点。", null), "GDP").target());
        // a growth in times is the percentage (pu06); a change in times since a named year is none
        NoticeParseResult times = parser.parse("2007年,全县进口215万美元,增长3.1倍。实际利用外资金额420万美元,增长1.1倍。", null);
        assertEquals("310", only(times, "IMPORTS").growthRate().toPlainString(), times::toString);
        assertEquals("110", only(times, "ACTUAL_FOREIGN_INVESTMENT").growthRate().toPlainString(), times::toString);
        assertNull(only(parser.parse("2007年,全县进口215万美元,比2000年增长3.1倍。", null), "IMPORTS").growthRate());
        // 出口商品交货值 is no trade figure (pu06)
        assertTrue(parser.parse("2007年,全社会出口商品交货值6.8亿元,增长50.2%。", null).observations().isEmpty());
        // a level as a multiple of a named year's is no figure, and says so (pu09); a figure beside it stays
        NoticeParseResult multiple = parser.parse("2008年,全区生产总值为1999年的3.6倍,年均增长11.5%;财政收入为1999年的4.2倍,年均增长17.3%。",
                null);
        assertTrue(multiple.observations().isEmpty(), multiple::toString);
        assertTrue(multiple.warnings().stream().anyMatch(w -> w.message().contains("1999")), multiple::toString);
        assertEquals("3000", only(parser.parse("2008年,全区生产总值3000亿元,为1999年的3.6倍。", null), "GDP").value().toPlainString());
        // 规模工业's bare 增加值 after its output, parted by 、 (pu04)
        assertEquals("1.98", only(parser.parse("2013年上半年,全镇实现规模工业产值6亿元、增加值1.98亿元。", null), "INDUSTRIAL_VALUE_ADDED")
                .value().toPlainString());
        // a share named in brackets by the catalog's indicator is that indicator's figure (pu10); another bracket is not
        NoticeParseResult share = parser.parse("2017年全区国民经济和社会发展统计公报\n年末全区常住人口681.79万人。其中,城镇常住人口395.33万人,占常住人口比重(常住人口城镇化率)"
                + "为57.98%,比上年末提高1.69个百分点。", null);
        assertEquals("57.98", only(share, "URBANISATION_RATE").value().toPlainString(), share::toString);
        assertTrue(parser.parse("2017年,其中,城镇常住人口395.33万人,占常住人口比重(按户籍口径)为57.98%。", null).observations().stream()
                .noneMatch(o -> o.indicatorCode().equals("URBANISATION_RATE")));
        // a rate the store cut after its first digit is no figure, and the cut is said (pu10); a whole one is read
        NoticeParseResult cut = parser.parse("2017年全区国民经济和社会发展统计公报\n全年全区出生人口9.12万人,出生率为1", null);
        assertTrue(cut.observations().isEmpty(), cut::toString);
        assertTrue(cut.warnings().stream().anyMatch(w -> w.message().equals(org.duban.indicators.text.ChineseText.CUT_MID_CLAUSE)));
        assertEquals("13.4", only(parser.parse("2017年全区国民经济和社会发展统计公报\n全年全区出生人口9.12万人,出生率为13.4‰。", null),
                "BIRTH_RATE").value().toPlainString());
        // the 第三产业 row of a table of the product by industry repeats the prose's value added, and says so (pu10)
        NoticeParseResult table = parser.parse("2017年全区国民经济和社会发展统计公报\n初步核算,全年全区实现生产总值3453.93亿元,比上年增长7.8%。"
                + "其中,第三产业增加值1612.33亿元,增长9.2%。\n表1 2017年全区生产总值及其增长速度\n指标\t绝对值(亿元)\t比上年增长(%)\n"
                + "全区生产总值\t3453.93\t7.8\n第三产业\t1612.33\t9.2\n", null);
        assertEquals("1612.33", only(table, "TERTIARY_VALUE_ADDED").value().toPlainString(), table::toString);
        assertTrue(table.warnings().stream().anyMatch(w -> w.message().startsWith("DUPLICATE_FIGURE 第三产业增加值")), table::toString);
    }

    /** Round 47 (batch ps): each shape both ways. */
    @Test
    void shouldReadTheFortySeventhRoundsShapes() {
        // a later item of a compared list names no period (ps02); a period after a comparison's clause still does
        NoticeParseResult listed = parser.parse("上半年全省经济运行情况\n上半年,全省地区生产总值增长0.6%。全省固定资产投资比上年同期增长2.9%,"
                + "增速比1至2月、一季度分别提高4.9和0.3个百分点。", null);
        assertEquals(ReportingPeriod.H1, only(listed, "FIXED_ASSET_INVESTMENT").period(), listed::toString);
        // …nor a year compared with, "高于上年同期、2017年全年" (pa08, waiting since round 38)
        NoticeParseResult year = parser.parse("一季度经济运行情况\n一季度,全区实现一般公共预算总收入33.7亿元,同比增长36.1%,增速分别高于上年同期、"
                + "2017年全年7.5、9.3个百分点。", null);
        assertEquals(ReportingPeriod.Q1, only(year, "FISCAL_REVENUE").period(), year::toString);
        // a statistics' paragraph a page ran into a table's note is read (ps10); the note itself sets nothing
        NoticeParseResult note = parser.parse("备注: 以上数据来源于各地区统计局,如有不准确之处,请及时反馈。 初步核算,2020年全区地区生产总值"
                + "1902.74亿元,按可比价计算,比上年增长7.8%。", null);
        assertEquals("1902.74", only(note, "GDP").value().toPlainString(), note::toString);
        assertTrue(parser.parse("备注: 以上数据来源于统计局,增速按可比价计算,地区生产总值增长7.8%为初步数。", null).observations().isEmpty());
    }

    /** Round 46 (batch pq): each shape both ways. */
    @Test
    void shouldReadTheFortySixthRoundsShapes() {
        // the year's aim for the economy stated after the half year's figure is its target (pq04)
        ParsedObservation aimed = only(parser.parse("上半年,本市实现生产总值3930.6亿元,同比增长10.3%。本市将继续贯彻落实中央宏观调控政策措施,"
                + "确保完成全年11%左右的经济预期增长目标,确保全面完成“十五”计划各项目标任务。", null), "GDP");
        assertEquals("11", aimed.target().growth().value().toPlainString(), aimed::toString);
        assertFalse(aimed.targetImplied());
        // …a target printed beside the figure is kept before an aim stated later
        ParsedObservation printed = only(parser.parse("上半年,全市地区生产总值增长7.1%(预期目标7%)。确保完成全年8%左右的经济预期增长目标。",
                null), "GDP");
        assertEquals("7", printed.target().growth().value().toPlainString(), printed::toString);
        // 经济增长率 is GDP's growth
        assertEquals("8.5", only(parser.parse("上半年,全市经济增长率为8.5%。", null), "GDP").growthRate().toPlainString());
        // a 其中 clause's 城镇 industry is a part, in its own sentence or after a comma (the review of round 45's rules)
        assertEquals("8", only(parser.parse("上半年,全县规模以上工业增加值增长8%,其中,城镇规模以上工业增加值增长9%。", null),
                "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        assertEquals("8", only(parser.parse("1-6月,全县规模以上工业增加值增长8%。其中,城镇规模以上工业增加值增长9%。", null),
                "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
    }

    /** Round 45 (batch po): each shape both ways. */
    @Test
    void shouldReadTheFortyFifthRoundsShapes() {
        // 户籍人口城镇化率 beside the resident population's: two indicators, no conflict (po06)
        NoticeParseResult rates = parser.parse("2018年,全旗常住人口城镇化率为65.35%。户籍人口城镇化率为53.41%。", null);
        assertEquals("65.35", only(rates, "URBANISATION_RATE").value().toPlainString(), rates::toString);
        assertEquals("53.41", only(rates, "HOUSEHOLD_URBANISATION_RATE").value().toPlainString());
        // 其中 城镇 and 农村 investment are the county's parts (po04); 城镇固定资产投资 alone is the whole (before 2011)
        NoticeParseResult parts = parser.parse("一季度,全县共完成固定资产投资25.4亿元,同比增长308.36%。其中:城镇固定资产投资完成20.4亿元,"
                + "同比增长437.46%,农村固定资产投资完成5亿元,同比增长106.61%。", null);
        assertEquals("25.4", only(parts, "FIXED_ASSET_INVESTMENT").value().toPlainString(), parts::toString);
        assertEquals("20.4", only(parser.parse("一季度,全县城镇固定资产投资完成20.4亿元,同比增长43%。", null), "FIXED_ASSET_INVESTMENT")
                .value().toPlainString());
        // the first ten places of a list are no figure (po09)
        assertTrue(parser.parse("今年上半年,全省丘陵地区生产总值增长速度前10位的县(市、区)分别是:江安县、泸县。", null).observations()
                .isEmpty());
    }

    /** Round 44 (batch pm): each shape both ways. */
    @Test
    void shouldReadTheFortyFourthRoundsShapes() {
        // a period things have gone on since, inside a clause, is no period of the figures after it (pm05)…
        NoticeParseResult since = parser.parse("2009年计划执行情况\n全年实现地区生产总值1037.69亿元,增长6.6%。规模以上工业增加值完成478.55亿元,"
                + "增长1.2%,扭转了前三季度以来同比下降的不利局面。全社会固定资产投资达410.51亿元,增长10.3%。", null);
        assertEquals(ReportingPeriod.ANNUAL, only(since, "FIXED_ASSET_INVESTMENT").period(), since::toString);
        // …a period opening its account with 以来 names it (pc07)
        assertEquals(ReportingPeriod.H1, only(parser.parse("今年上半年以来,该区各项指标稳中向好。该区地区生产总值同比增长6.8%。", null),
                "GDP").period());
        // "一、2021年目标任务完成情况" heads the year's figures (pm04)
        assertEquals(ReportingPeriod.ANNUAL, only(parser.parse("一、2021年目标任务完成情况\n预计实现生产总值106亿元,同比增长5.9%。", null),
                "GDP").period());
        // a bare 完成投资 after projects named since is the projects' (pm04); after 固定资产投资 alone it is FAI's (nt03)
        NoticeParseResult projects = parser.parse("1-6月,全县固定资产投资增长4%。25个市级重点建设项目全部开工,完成投资33.36亿元,"
                + "占年度任务的114.2%。", null);
        assertNull(only(projects, "FIXED_ASSET_INVESTMENT").value(), projects::toString);
        assertEquals("75.33", only(parser.parse("1-9月,全旗固定资产投资项目已开工162项,完成投资75.33亿元。", null),
                "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // the year's target of an amount printed before or after the months' figure (pm07); 已经 is no name
        NoticeParseResult year = parser.parse("2012年1-4月,全市地区生产总值全年目标2890亿元,1-4月,已完成711.91亿元,规模以上工业总产值"
                + "全年目标为5220亿元,1-4月已经完成1399.86亿元。", null);
        assertEquals("711.91", only(year, "GDP").value().toPlainString(), year::toString);
        assertEquals("2890", only(year, "GDP").target().level().value().toPlainString());
        assertEquals("1399.86", only(year, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        ParsedObservation after = only(parser.parse("1-4月,全市地区生产总值完成711.91亿元,全年目标2890亿元。", null), "GDP");
        assertEquals("2890", after.target().level().value().toPlainString(), after::toString);
        // a city named in a province's notice, the parts 按地区分 gives, a contribution to GDP's growth: none is the
        // province's GDP (pm03, pm06)
        NoticeParseResult province = parser.parse("今年上半年,全省地区生产总值1675.57亿元,同比增长8.0%。三亚市上半年GDP增速4.1%。"
                + "按地区分,东部地区生产总值增长6.8%,中部地区增长6.0%。第二、第三产业对GDP增长的贡献率分别达到60.9%、38.7%。"
                + "全省居民消费价格同比上涨2.6%。", null);
        assertEquals("8", only(province, "GDP").growthRate().stripTrailingZeros().toPlainString(), province::toString);
        // …a city named in its own notice stays its own (np05)
        assertEquals("5.4", only(parser.parse("上半年达州地区生产总值实现1314.2亿元,同比增长5.4%,比全省低0.2个百分点,全省排名第九。",
                null), "GDP").growthRate().toPlainString());
        // the towns' and the villages' retail sales are parts (pm02); 规模工业企业总产值 is 规模以上工业总产值
        NoticeParseResult county = parser.parse("1-6月,全县实现社会消费品零售总额59.78亿元,同比下降6.5%。按所在地分:城镇社会消费品零售总额"
                + "同比下降3.1%,农村社会消费品零售总额同比下降13.2%。全县规模工业企业总产值同比增长4.2%。", null);
        assertEquals("-6.5", only(county, "RETAIL_SALES").growthRate().toPlainString(), county::toString);
        assertEquals("4.2", only(county, "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
        // 该镇 in a town's item that names no region's 全X is the town itself (pm08); in a county's notice a town is a part
        assertEquals("0.1199", only(parser.parse("今年以来,胡集镇突破工业、强化农业。上半年,该镇地方财政收入完成1199万元,占全年任务的59.9%。",
                null), "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString()); // (in 亿元, the catalog's unit)
        NoticeParseResult townOfCounty = parser.parse("上半年,全县地方财政收入完成3.2亿元。全县工业稳步增长。××镇是工业强镇,上半年该镇地方财政收入"
                + "完成1199万元。", null);
        assertEquals("3.2", only(townOfCounty, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString(), townOfCounty::toString);
        // 全州 before the months after a clause (pm01); the counties summed in a province's notice (pm09)
        assertEquals("5.5", only(parser.parse("据统计,全州1-6月固定资产投资同比增长5.5%。", null), "FIXED_ASSET_INVESTMENT")
                .growthRate().toPlainString());
        NoticeParseResult counties = parser.parse("前三季度,全省地区生产总值增长5.9%。全省县域地区生产总值同比增长6.0%。县均生产总值145.07亿元。"
                + "全省规模以上工业增加值增长6%。", null);
        assertEquals("5.9", only(counties, "GDP").growthRate().toPlainString(), counties::toString);
    }

    /** The review of round 44's rules (136 inputs of the reviewer's own): its worse notice cases, now right. */
    @Test
    void shouldKeepTheReviewOfRoundFortyFoursNoticeCasesRight() {
        // 项目 in passing is no count of projects: the bare 完成投资 is the investment's (e09)
        assertEquals("25.4", only(parser.parse("3.固定资产投资。受房地产项目减少影响,1-6月完成投资25.4亿元,同比下降7.6%。", null),
                "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // a share of the year's target after the figure is no growth (f07)
        assertNull(only(parser.parse("上半年,全县地区生产总值完成110亿元,全年目标是230亿元的47.8%。", null), "GDP").growthRate());
        // a city's own news compared with 全省 keeps its figures (g02, g26)
        assertEquals("935.6", only(parser.parse("一季度,绵阳市地区生产总值完成935.6亿元,同比增长6.8%,增速高于全省1.2个百分点,居全省第一。",
                null), "GDP").value().toPlainString());
        assertEquals("1203.5", only(parser.parse("上半年,达州市地区生产总值完成1203.5亿元,同比增长5.6%,增速高于全省平均水平0.8个百分点,"
                + "居全省第5位;规模以上工业增加值增长8.1%,高于全省2.3个百分点。", null), "GDP").value().toPlainString());
        // a county's item with 该镇 about one of its towns: the town's figure stays a part (i09)
        NoticeParseResult county = parser.parse("上半年,该县地区生产总值完成98亿元,同比增长6%。工业重镇城关镇,该镇规上工业总产值完成30亿元。", null);
        assertTrue(county.observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRIAL_GROSS_OUTPUT")), county::toString);
        // 按区域分 ends where the region's own clause begins (g06b)
        NoticeParseResult parts = parser.parse("上半年,全县规模以上工业增加值增长8%,按区域分,城区增长9%,乡镇增长6%,全县固定资产投资增长10%,"
                + "全县社会消费品零售总额增长5%。", null);
        assertEquals("10", only(parts, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), parts::toString);
        // a county's own 县域 figure beside its comparisons with 全市 (k02)
        assertEquals("98.6", only(parser.parse("上半年,县域地区生产总值完成98.6亿元,同比增长6.3%,增速高于全市0.9个百分点,居全市第4位。", null),
                "GDP").value().toPlainString());
        // 城镇 and 乡村 before the retail sales are parts, as written (the review: 城镇 was taken out before the check)
        NoticeParseResult retail = parser.parse("上半年,全县社会消费品零售总额15.2亿元,增长4.8%。城镇社会消费品零售总额12亿元,增长5%;"
                + "乡村社会消费品零售总额3.2亿元,增长4%。", null);
        assertEquals("15.2", only(retail, "RETAIL_SALES").value().toPlainString(), retail::toString);
    }

    /** Round 43 (batch pk): a growth turned from an earlier period's. */
    @Test
    void shouldReadTheFortyThirdRoundsShapes() {
        assertEquals("0.2", only(parser.parse("前三季度,全区农林牧渔业总产值1363.0亿元,按可比价计算,实现由负转正,由上半年下降0.3%转为增长0.2%。",
                null), "AGRICULTURE_GROSS_OUTPUT").growthRate().toPlainString());
        assertEquals("-0.3", only(parser.parse("上半年,全区农林牧渔业总产值812.6亿元,下降0.3%。", null), "AGRICULTURE_GROSS_OUTPUT")
                .growthRate().toPlainString());
    }

    /** The review of round 42's and 43's rules: its worse notice cases, now right. */
    @Test
    void shouldKeepTheReviewOfRoundFortyThreesNoticeCasesRight() {
        // a full stop before months is a sentence's end, also on a page printing its decimal points so
        NoticeParseResult stops = parser.parse("××县前三季度经济运行\n前三季度,全县实现地区生产总值92。3亿元,同比增长6。2%;规上工业增加值增长8。1%,"
                + "增速居全市第3。1-9月全县一般公共预算收入完成5。6亿元,增长4%。", null);
        assertEquals("5.6", only(stops, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString(), stops::toString);
        // a forecast of later months left out, and the figures after it still the notice's own period's
        NoticeParseResult forecast = parser.parse("××县1-9月经济运行情况\n1-9月,全县规上工业增加值增长7%。预计1-11月份规上工业增加值增长8%。"
                + "全县一般公共预算收入完成4.2亿元,增长5%。", null);
        assertEquals(ReportingPeriod.Q3, only(forecast, "GENERAL_PUBLIC_BUDGET_REVENUE").period(), forecast::toString);
        assertEquals("7", only(forecast, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
    }
}
