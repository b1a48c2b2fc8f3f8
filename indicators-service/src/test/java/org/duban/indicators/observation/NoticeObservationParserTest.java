package org.duban.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.duban.indicators.Seeds;
import org.duban.indicators.catalog.CatalogLoader;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.target.TargetComparator;
import org.duban.indicators.target.TargetParser;
import org.junit.jupiter.api.Test;

class NoticeObservationParserTest {

    private final IndicatorCatalog catalog = CatalogLoader.loadDefault();
    private final NoticeObservationParser parser = new NoticeObservationParser(catalog, new TargetParser(catalog));

    @Test
    void shouldReadFiguresTargetsEstimatesAndPeriodsOfTheCountyNotice() {
        NoticeParseResult result = parser.parse(Seeds.fixture("county-q3-notice.txt"), null);

        List<ParsedObservation> o = result.observations();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT", "URBAN_UNEMPLOYMENT_RATE", "ENERGY_INTENSITY",
                "RETAIL_SALES"), o.stream().map(ParsedObservation::indicatorCode).toList());
        ParsedObservation gdp = o.get(0);
        assertEquals(ReportingPeriod.Q3, gdp.period());
        assertEquals(new BigDecimal("236.4"), gdp.value());
        assertEquals(new BigDecimal("7.9"), gdp.growthRate());
        assertTrue(gdp.estimate());
        assertEquals(TargetComparator.ABOUT, gdp.target().growth().comparator());
        assertFalse(o.get(1).estimate());
        assertEquals(TargetComparator.AT_LEAST, o.get(1).target().growth().comparator());
        assertEquals(new BigDecimal("3.2"), o.get(2).value());
        assertNull(o.get(2).growthRate());
        assertEquals(TargetComparator.AT_MOST, o.get(2).target().level().comparator());
        assertEquals(new BigDecimal("-2.1"), o.get(3).growthRate());
        assertEquals(TargetComparator.DECREASE_AT_LEAST, o.get(3).target().growth().comparator());
        ParsedObservation retail = o.get(4);
        assertEquals("M08", retail.period().code());
        assertNull(retail.target());
        assertEquals(1, result.warnings().size(), result.warnings()::toString);
        assertTrue(result.warnings().get(0).message().contains("新签约项目"));
    }

    @Test
    void shouldUseTheDefaultPeriodOnlyWhenTheTextNamesNone() {
        NoticeParseResult withDefault = parser.parse("地区生产总值增长8%", ReportingPeriod.H1);
        assertEquals(ReportingPeriod.H1, withDefault.observations().get(0).period());

        NoticeParseResult without = parser.parse("地区生产总值增长8%", null);
        assertTrue(without.observations().isEmpty());
        assertEquals(1, without.warnings().size());
    }

    @Test
    void shouldWarnWhenAFigureHasTheWrongUnit() {
        NoticeParseResult result = parser.parse("一季度,城镇登记失业率2.1亿元", null);
        assertTrue(result.observations().isEmpty());
        assertEquals(2, result.warnings().size(), "the unit, and no figure left: " + result.warnings());
    }

    /**
     * Batch i's i03 (a city's 上半年 analysis): the gap to the target comes after the ranking and a "但", clauses away
     * from its figure; the target it implies is the figure's (7.1 + 0.4), and the figure is read once.
     */
    @Test
    void shouldImplyTheTargetFromAGapAfterTheRanking() {
        NoticeParseResult result = parser.parse("上半年全市实现地区生产总值1286.45亿元,按可比价格计算,同比增长7.1%,高于全省平均水平0.3个百分点,"
                + "增速居全省第6位,较一季度前移2位,但低于年度目标0.4个百分点。", ReportingPeriod.H1);

        List<ParsedObservation> gdp = result.observations().stream().filter(o -> "GDP".equals(o.indicatorCode())).toList();
        assertEquals(1, gdp.size());
        assertEquals(new BigDecimal("7.1"), gdp.get(0).growthRate());
        assertEquals(new BigDecimal("7.5"), gdp.get(0).target().growth().value());
        assertTrue(gdp.get(0).targetImplied());
    }

    private BigDecimal growthOf(String text, String code) {
        return parser.parse(text, ReportingPeriod.Q3).observations().stream().filter(o -> code.equals(o.indicatorCode()))
                .findFirst().map(ParsedObservation::growthRate).orElse(null);
    }

    /**
     * Batch i's tables and their review: the growth is the period's (not a month's, not the province's, not last
     * year's), a region-titled growth is the table's own when it has no other, a scope note in brackets leaves the
     * figure, a month's figure whose growth follows a comma is left out and a figure after a month's rate is kept.
     */
    @Test
    void shouldReadThePeriodsOwnGrowthFromEveryLayoutOfTable() {
        assertEquals(new BigDecimal("6.2"), growthOf("指标名称 单位 9月 1—9月 9月增长(%) 1—9月增长(%)\n"
                + "规模以上工业增加值 亿元 12.1 98.6 8.8 6.2\n", "INDUSTRIAL_VALUE_ADDED"));
        assertEquals(new BigDecimal("4.2"), growthOf("指标名称 单位 1-9月 同比增长(%) 全省增速(%) 全省位次\n"
                + "地区生产总值 亿元 1865.23 4.2 3.9 5\n", "GDP"));
        assertEquals(new BigDecimal("5.6"), growthOf("指标 单位 全省1—9月 全省增长(%) 全国增长(%)\n"
                + "地区生产总值 亿元 41865.2 5.6 5.2\n", "GDP"));
        List<ParsedObservation> lastYear = parser.parse("指标名称 单位 1—8月完成 上年同期完成 同比增长%\n"
                + "固定资产投资 亿元 86.47 77.34 11.8\n", ReportingPeriod.Q3).observations();
        assertEquals(new BigDecimal("86.47"), lastYear.get(0).value(), lastYear::toString);
        assertEquals(new BigDecimal("15.2"), growthOf("1—9月,全县固定资产投资(500万元以上项目口径)同比增长15.2%。",
                "FIXED_ASSET_INVESTMENT"));
        assertEquals(new BigDecimal("7.2"), growthOf("前三季度,全县社会消费品零售总额完成18.6亿元,增长7.2%;其中9月当月实现零售额"
                + "6.72亿元,增长4.1%。", "RETAIL_SALES"));
        List<ParsedObservation> rates = parser.parse("6月份,城镇调查失业率为5.1%,居民消费价格同比上涨0.6%。", ReportingPeriod.H1)
                .observations();
        assertTrue(rates.stream().anyMatch(o -> new BigDecimal("5.1").equals(o.value())), rates::toString);
    }

    private List<ParsedObservation> read(String text) {
        return parser.parse(text, ReportingPeriod.H1).observations();
    }

    /** The review of batch l's change: each input a rule of it misread before it was narrowed. */
    @Test
    void shouldKeepTheFiguresTheBatchLRulesMustNotTouch() {
        // a 1-6月完成情况 column beside 指标名称 and 年度目标 is the period's figures, not a task's words
        List<ParsedObservation> table = read("指标名称 单位 年度目标 1-6月完成情况 同比增长(%)\n固定资产投资 亿元 210 98.72 12.6\n");
        assertEquals(new BigDecimal("98.72"), table.get(0).value(), table::toString);
        // a 备注 about last year is no figure of the row
        List<ParsedObservation> remark = read("指标名称 单位 年度目标 1-6月完成 同比增长(%) 备注\n"
                + "实际利用外资 万美元 12000 7360 15.3 上年同期完成6380万美元\n");
        assertEquals(1, remark.size(), remark::toString);
        assertEquals(new BigDecimal("15.3"), remark.get(0).growthRate());
        // an index row named without 指数: the rise, not 102.1 %
        List<ParsedObservation> index = read("指标名称 单位 1-6月 同比增长(%)\n居民消费价格 上年同期=100 102.1 —\n");
        assertEquals(new BigDecimal("2.1"), index.get(0).value(), index::toString);
        // after a zone's figure under 其中, the region's next figure stays
        assertEquals(new BigDecimal("9.8"), read("上半年,全县规上工业总产值完成85.3亿元,增长12.1%,其中××经开区完成52.1亿元,"
                + "规模以上工业增加值增长9.8%。").stream().filter(o -> "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode()))
                .findFirst().orElseThrow().growthRate());
        // one target for the growths that reach it, not for a GDP growth below it
        List<ParsedObservation> shared = read("上半年,地区生产总值增长6.2%,城镇居民人均可支配收入增长8.1%,农村居民人均可支配收入增长8.9%,"
                + "均达到或高于8%的目标。");
        assertNull(shared.get(0).target(), shared::toString);
        assertEquals(new BigDecimal("8"), shared.get(1).target().growth().value());
        // an amount and a growth of two different mentions are not merged into one figure without a word
        NoticeParseResult two = parser.parse("上半年,社会消费品零售总额完成61.83亿元。全县社会消费品零售总额增长12.3%。", ReportingPeriod.H1);
        assertTrue(two.observations().size() == 2 || two.warnings().stream().anyMatch(w -> w.message().contains("CONFLICTING")),
                two::toString);
    }

    /**
     * A break-it trial's input: a very long text with no full stop and a 均 in it. The shared-target rule reads a clause
     * from a sentence's start only; from every position it rescanned the rest of the line (quadratic: minutes here).
     */
    @Test
    void shouldReadALongTextWithoutFullStopsInLinearTime() {
        String text = "上半年,地区生产总值增长6.2%," + "城镇居民人均可支配收入均衡增长,".repeat(20_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> NoticeObservationParser.sharedTarget(text));
        assertEquals("城镇居民人均可支配收入增长8.1%(预期目标8%),均达到或高于8%的目标".replace(",均达到或高于8%的目标", ""),
                NoticeObservationParser.sharedTarget("城镇居民人均可支配收入增长8.1%,均达到或高于8%的目标"));
    }

    /**
     * A review of batch mb/md's rules (2026-12-02) found them too broad; each case reads as it did before them: a
     * second table without 序号 keeps its own columns, a pace gap before a completion stays, a comparison after 、 does
     * not take the figure, a row naming its own period keeps it, "城乡居民人均可支配收入比上年同期增长" is a growth.
     */
    @Test
    void shouldKeepWhatTheReviewOfBatchesMbAndMdFoundBroken() {
        List<ParsedObservation> second = parser.parse("××县2025年1-11月主要经济指标完成情况\n"
                + "序号  指标名称      计量单位   年度目标   1-11月完成   比上年增长(%)\n"
                + "1     地区生产总值  亿元       300        280.5        6.8\n\n"
                + "指标名称      计量单位   1-11月完成   比上年增长(%)   全省增速(%)\n"
                + "出口总额      亿元       12.3          5.6             3.1\n", null).observations();
        ParsedObservation exports = second.stream().filter(o -> o.indicatorCode().equals("EXPORTS")).findFirst().orElseThrow();
        assertEquals("12.3", exports.value().toPlainString());
        assertEquals("5.6", exports.growthRate().toPlainString());
        assertEquals(null, exports.target());

        ParsedObservation pace = parser.parse("2025年1-11月,全县一般公共预算收入完成8.5亿元,增长5.2%,滞后时序进度3.5个百分点,"
                + "完成年度预算的88.2%。", null).observations().get(0);
        assertEquals("-3.5", pace.paceGapPoints().toPlainString());
        assertEquals("88.2", pace.completionPercent().toPlainString());

        ParsedObservation industry = parser.parse("2025年1-11月,规模以上工业增加值增长8.5%、高于全省1.2个百分点,低于年度目标0.5个百分点。",
                null).observations().get(0);
        assertEquals("8.5", industry.growthRate().toPlainString());
        assertEquals("9.0", industry.target().growth().value().setScale(1).toPlainString());

        ParsedObservation gdp = parser.parse("××县2025年1-9月主要经济指标完成情况\n"
                + "序号  指标名称                 计量单位   年度目标   1-9月完成   比上年增长(%)\n"
                + "1     地区生产总值(1—9月)      亿元       300        220.5       6.8\n", null).observations().get(0);
        assertEquals("220.5", gdp.value().toPlainString());
        assertEquals("300", gdp.target().level().value().toPlainString());

        List<ParsedObservation> income = parser.parse("2025年1-11月,全县城乡居民人均可支配收入比上年同期增长6.8%。", null).observations();
        assertEquals(1, income.size(), income::toString);
        assertEquals("6.8", income.get(0).growthRate().toPlainString());
    }

    /** The second review (2026-12-02): a numbered figure is no target unless the next sentence reports its indicator. */
    @Test
    void shouldKeepWhatTheSecondReviewFoundBroken() {
        ParsedObservation revenue = parser.parse("2025年1-9月全市财政运行情况\n1.一般公共预算收入12.5亿元,增长8%。1-9月,全市一般公共预算支出"
                + "35.6亿元,增长5.2%。", null).observations().get(0);
        assertEquals("12.5", revenue.value().toPlainString());
        assertNull(revenue.target());
        ParsedObservation part = parser.parse("2025年1-9月全市主要经济指标运行情况\n1.规模以上工业增加值同比增长8.2%。其中,规模以上工业企业"
                + "实现利润同比增长5%。", null).observations().get(0);
        assertEquals("8.2", part.growthRate().toPlainString());
        ParsedObservation lit = parser.parse("2025年1-9月全市主要经济指标运行情况\n2.规模以上工业增加值增长8%。【黄灯】全市规模以上工业增加值"
                + "同比增长7.4%。", null).observations().get(0);
        assertEquals("7.4", lit.growthRate().toPlainString());
        assertEquals("8", lit.target().growth().value().toPlainString());
        List<ParsedObservation> ratio = parser.parse("2025年1-9月,全市城乡居民收入比上年同期缩小0.05,农村居民人均可支配收入18000元,增长7.1%。",
                null).observations();
        assertEquals(List.of("RURAL_PER_CAPITA_INCOME"), ratio.stream().map(ParsedObservation::indicatorCode).toList());
        List<ParsedObservation> subRows = parser.parse("2025年1-9月全县主要经济指标完成情况\n序号\t指标名称\t单位\t年度目标\t1-9月完成\t比上年增长(%)\n"
                + "1\t固定资产投资\t亿元\t150\t110.2\t8.1\n\t工业投资\t亿元\t60\t45.2\t12.3\n2\t地区生产总值\t亿元\t300\t220.5\t6.8\n",
                null).observations();
        assertTrue(subRows.stream().anyMatch(o -> o.indicatorCode().equals("GDP") && o.value().toPlainString().equals("220.5")),
                subRows::toString);
        // a break-it trial's: the region before the months, a target printed without brackets in 比年度目标8%高…
        ParsedObservation retail = parser.parse("2025年上半年经济运行情况\n全县1-6月社会消费品零售总额45.2亿元,同比增长6.3%。", null)
                .observations().get(0);
        assertEquals("45.2", retail.value().toPlainString());
        ParsedObservation above = parser.parse("1-9月,全县规模以上工业增加值增长8.4%,比年度目标8%高0.4个百分点。", null).observations().get(0);
        assertEquals("8.4", above.growthRate().toPlainString());
        assertEquals("8", above.target().growth().value().toPlainString());
        // a task heading over its figures, a month-end stock, the city's figure in a county's notice
        List<ParsedObservation> tasks = parser.parse("2025年前三季度重点任务完成情况\n第1项 地区生产总值:前三季度完成210亿元,增长6.0%。\n",
                null).observations();
        assertEquals("210", tasks.get(0).value().toPlainString());
        assertEquals(Integer.valueOf(1), tasks.get(0).task());
        ParsedObservation stock = parser.parse("截至9月末,全县金融机构人民币各项存款余额412.6亿元,增长8.1%。", null).observations().get(0);
        assertEquals("Q3", stock.period().code());
        NoticeParseResult county = parser.parse("××县2025年一季度经济运行情况\n一季度,全县实现地区生产总值52.3亿元,同比增长6.1%。"
                + "全县规模以上工业增加值增长8.2%,高于全市1.1个百分点。全市规模以上工业增加值增长7.1%。", null);
        assertEquals(List.of("GDP", "INDUSTRIAL_VALUE_ADDED"), county.observations().stream().map(ParsedObservation::indicatorCode).toList());
        assertEquals("8.2", county.observations().get(1).growthRate().toPlainString());
        assertTrue(county.warnings().stream().anyMatch(w -> w.message().contains("上级地区")), county.warnings()::toString);
    }

    /** Batch mf (2026-12-02, blind): a 月报's 1-本月 columns, a spanning period title, %-titled targets, stated over implied. */
    @Test
    void shouldReadTheThirdRoundsNoticeForms() {
        // 本月 / 1-本月 one cell a line: the months so far are those the document names; the month's columns give nothing
        List<ParsedObservation> monthly = parser.parse("××市统计月报\n1-7月累计情况如下。\n指标\n计量单位\n本月\n比去年同月增长(%)\n"
                + "1-本月\n比去年同期增长(%)\n社会消费品零售总额\n亿元\n29.14\n21.8\n198.72\n20.5\n", null).observations();
        assertEquals(1, monthly.size(), monthly::toString);
        assertEquals("198.72", monthly.get(0).value().toPlainString());
        assertEquals("20.5", monthly.get(0).growthRate().toPlainString());
        assertEquals("M07", monthly.get(0).period().code(), "January to July");
        // 1-11月份 spanning 完成 / 增幅(%) / 进展情况占比(%) / 是否达序时, laid out with spaces
        List<ParsedObservation> spanned = parser.parse("2014年1-11月份目标任务完成情况\n"
                + "序号  指标名称            单位     年度目标         1-11月份\n"
                + "                                                    完成       增幅(%)   进展情况占比(%)   是否达序时\n"
                + "2     固定资产投资        亿元     260              228.9      17.6      88.0              否\n", null).observations();
        assertEquals("228.9", spanned.get(0).value().toPlainString());
        assertEquals("17.6", spanned.get(0).growthRate().toPlainString());
        assertEquals("88.0", spanned.get(0).completionPercent().toPlainString());
        assertEquals("260", spanned.get(0).target().level().value().toPlainString());
        // 年度目标(%) beside a row in 亿元 is a growth target, stated — over the gap the prose implied
        List<ParsedObservation> stated = parser.parse("一季度全县主要经济指标完成情况\n全县地区生产总值53.06亿元,同比增长4.2%,低于年度预期目标1.8个百分点。\n\n"
                + "指标\t1-3月\t增速(%)\t年度目标(%)\n地区生产总值(亿元)\t53.06\t4.2\t6\n城镇登记失业率(%)\t3.1\t—\t4.5\n", null).observations();
        assertEquals("6", stated.get(0).target().growth().value().toPlainString());
        assertFalse(stated.get(0).targetImplied(), "the table states the target the prose implied");
        assertEquals("4.5", stated.get(1).target().level().value().toPlainString(), "a rate's %-titled target is a level");
        // a count's target under 年度目标(%) is never a growth (the review of batch mf)
        List<ParsedObservation> counts = parser.parse("一季度全县主要经济指标完成情况\n指标\t1-3月\t增速(%)\t年度目标(%)\n"
                + "地区生产总值(亿元)\t53.06\t4.2\t6\n城镇新增就业(万人)\t0.82\t—\t1.1\n", null).observations();
        assertEquals("1.1", counts.get(1).target().level().value().toPlainString(), "1.1 万人 is no growth of 1.1 %");
    }


    /** Batch mh (2026-12-02, blind, fourth round): the notice layouts and wordings it called for. */
    @Test
    void shouldReadTheFourthRoundsNoticeForms() {
        // 元至九月 is January to September
        ParsedObservation months = parser.parse("××县经济运行简况\n元至九月,全县完成生产总值58.3亿元,增长7.6%。", null).observations().get(0);
        assertEquals("Q3", months.period().code());
        // dot leaders and a signed growth
        List<ParsedObservation> leaders = parser.parse("××区统计月报\n2012年第5期(1—5月)\n社会消费品零售总额………………146.9亿元      +21.6\n"
                + "实到外资……………………………2.41亿美元     +7.9\n", null).observations();
        assertEquals("21.6", leaders.get(0).growthRate().toPlainString());
        assertEquals("ACTUAL_FOREIGN_INVESTMENT", leaders.get(1).indicatorCode());
        // 【任务N】 is the task; 完成34.2% after a figure is its completion; words of an assessment do not take it away
        List<ParsedObservation> tasks = parser.parse("2022年上半年政务督查\n【任务8】实际利用外资1.2亿美元\n"
                + "进展情况:实际利用外资0.41亿美元,完成34.2%,滞后时序进度15.8个百分点。\n"
                + "第21项“城镇新增就业6000人”。1—6月城镇新增就业6180人,已提前完成全年任务,完成率103.0%。\n", null).observations();
        assertEquals(Integer.valueOf(8), tasks.get(0).task());
        assertEquals("34.2", tasks.get(0).completionPercent().toPlainString());
        assertNull(tasks.get(0).growthRate(), "34.2 % is the completion, not a growth");
        assertEquals("103.0", tasks.get(1).completionPercent().toPlainString());
        // what the review of these rules found them breaking: page numbers in a 目录, 完成 after a growth target
        assertTrue(parser.parse("××市统计月报(2024年1—9月)\n目录\n规模以上工业增加值……3\n固定资产投资……5\n", null).observations().isEmpty());
        ParsedObservation growth = parser.parse("2024年1-9月主要指标完成情况\n地区生产总值:目标增长7%,完成6.2%。", null).observations().get(0);
        assertNull(growth.completionPercent(), "6.2 % after a growth target is no completion");
    }

    /** The fifth blind round (batch mj): what it found the notice reader missing. */
    @Test
    void shouldReadTheFifthRoundsNoticeForms() {
        // (下同) between a figure and its growth; a growth on the same basis
        List<ParsedObservation> basis = parser.parse("2025年前三季度全区经济运行情况\n前三季度,全区实现地区生产总值1287.46亿元,"
                + "按不变价格计算(下同),同比增长6.1%。\n前三季度全区实现一般公共预算收入69.84亿元,同口径下降18.7%。", null).observations();
        assertEquals("6.1", basis.get(0).growthRate().toPlainString());
        assertEquals("-18.7", basis.get(1).growthRate().toPlainString());
        // a figure grouped by thousands with half-width commas, the clauses parted by full-width ones
        ParsedObservation grouped = parser.parse("2019年上半年财政收支情况\n截至6月30日\uFF0C全州地方一般公共预算收入累计完成448,236万元\uFF0C"
                + "完成预算的57.3%\uFF0C增长19.4%。", null).observations().get(0);
        assertEquals(0, grouped.value().compareTo(new java.math.BigDecimal("44.8236")), grouped::toString);
        // a gap to the target the city government set implies the target
        ParsedObservation set = parser.parse("2015年上半年全市工业经济运行情况\n上半年,规模以上工业增加值增长12.8%,高于市政府下达目标3.8个百分点。",
                null).observations().get(0);
        assertEquals(0, set.target().growth().value().compareTo(new java.math.BigDecimal("9.0")), set::toString);
        // 占任务数…的x% is the completion, never a growth; a table's 年度任务 is its target, its amounts in the unit stated above it
        List<ParsedObservation> town = parser.parse("××镇2020年1-10月份主要经济指标完成情况\n"
                + "1-10月份完成固定资产投资21984万元,占任务数的115.7%。\n单位:万元、%\n"
                + "序号\t指标名称\t年度任务\t1-10月完成\t同比增长\t完成任务\n2\t固定资产投资\t19000\t21984\t—\t115.7\n", null)
                .observations();
        assertEquals(1, town.size(), town::toString);
        assertNull(town.get(0).growthRate(), "115.7 % is the completion");
        assertEquals("115.7", town.get(0).completionPercent().toPlainString());
        assertEquals(0, town.get(0).target().level().value().compareTo(new java.math.BigDecimal("1.9")), town::toString);
        assertEquals(Integer.valueOf(2), town.get(0).task());
        // a phone layout: the name on a line, each figure on the next short lines; a name split over two lines
        List<ParsedObservation> phone = parser.parse("上半年全市经济运行成绩单\n\n全市生产总值(GDP)\n446.38亿元\n同比增长8.3%\n"
                + "比全省高0.6个百分点\n\n1至6月\n全市固定资产投资\n完成236.14亿元\n同比增长33.6%\n完成年度计划的52.6%\n\n"
                + "城镇常住居民\n人均可支配收入\n13046元\n增长8.6%\n", null).observations();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT", "URBAN_PER_CAPITA_INCOME"),
                phone.stream().map(ParsedObservation::indicatorCode).toList(), phone::toString);
        assertEquals("8.3", phone.get(0).growthRate().toPlainString());
        assertEquals("52.6", phone.get(1).completionPercent().toPlainString());
        assertEquals(0, phone.get(2).value().compareTo(new BigDecimal("13046")));
        // a rate kept within a round bound, in a report's figures: the target it stayed within, no figure — said (mj03;
        // "≤4%" and "控制在6‰以内", od05); a bound of its own precision is the rate, with a warning that it may be the target
        NoticeParseResult bound = parser.parse("2023年上半年工作完成情况\n2023年上半年,城镇调查失业率控制在5.5%以内。", null);
        assertNull(bound.observations().get(0).value(), bound::toString);
        assertEquals("5.5", bound.observations().get(0).target().level().value().toPlainString());
        assertTrue(bound.warnings().stream().anyMatch(w -> w.message().contains("读作目标")), bound::toString);
        NoticeParseResult within = parser.parse("2015年国民经济和社会发展计划执行情况\n2015年,城镇登记失业率≤4%;人口自然增长率控制在6‰以内。", null);
        assertEquals(List.of("URBAN_UNEMPLOYMENT_RATE", "POPULATION_GROWTH_RATE"),
                within.observations().stream().map(ParsedObservation::indicatorCode).toList(), within::toString);
        assertTrue(within.observations().stream().allMatch(o -> o.value() == null && o.target() != null), within::toString);
        NoticeParseResult figure = parser.parse("2019年统计公报\n年末城镇登记失业率控制在2.96%以内。", null);
        assertEquals(0, figure.observations().get(0).value().compareTo(new java.math.BigDecimal("2.96")));
        assertTrue(figure.warnings().stream().anyMatch(w -> w.message().contains("可能是目标")), figure::toString);
    }

    /** What the review of batch mj's rules found them breaking, each kept as it should read. */
    @Test
    void shouldKeepWhatTheReviewOfBatchMjFoundBroken() {
        // a gap to the progress a target's schedule calls for is a pace gap, not a lost figure
        ParsedObservation pace = parser.parse("2023年1-10月经济运行情况\n1-10月,全县社会消费品零售总额增长6.2%,低于市下达目标任务进度2个百分点。",
                null).observations().get(0);
        assertEquals("6.2", pace.growthRate().toPlainString());
        assertEquals("-2", pace.paceGapPoints().toPlainString());
        // a table's 万元 is its amounts', never a count's; the caption is not glued to the first row
        List<ParsedObservation> counts = parser.parse("2024年1-6月全县主要经济指标完成情况\n单位:万元、%\n"
                + "指标\t年度任务\t1-6月完成\t同比增长\n社会消费品零售总额\t180000\t86520\t6.1\n新增市场主体\t2500\t1250\t12.0\n", null)
                .observations();
        assertEquals(0, counts.get(0).value().compareTo(new BigDecimal("8.652")), counts::toString);
        assertEquals(0, counts.get(1).value().compareTo(new BigDecimal("1250")), counts::toString);
        assertEquals("户", counts.get(1).unit());
        // short lines that are no phone layout: a list of districts, a part's figure, a hotline, numbered items
        NoticeParseResult districts = parser.parse("2024年上半年经济运行\n\n各区县(市)地区生产总值\n芙蓉区\n812.3亿元\n天心区\n766.1亿元\n",
                null);
        assertTrue(districts.observations().isEmpty(), districts::toString);
        assertTrue(parser.parse("2024年上半年经济运行\n\n社会消费品零售总额\n其中:网上零售额\n增长25.6%\n", null).observations().isEmpty());
        assertTrue(parser.parse("2024年上半年经济运行\n\n城镇新增就业服务热线\n0731-84568123\n", null).observations().isEmpty());
        List<ParsedObservation> numbered = parser.parse("2024年上半年经济运行\n\n主要指标\n1.地区生产总值增长5.8%\n2.规上工业增加值增长7.9%\n",
                null).observations();
        assertEquals(2, numbered.size(), numbered::toString);
    }

    /** The sixth blind round (batch ml): what it found the notice reader missing. */
    @Test
    void shouldReadTheSixthRoundsNoticeForms() {
        // a completion said with 为 and 预算数; a gap to 全年预期增长目标; 平均进度 as the pace
        ParsedObservation county = parser.parse("2020年前三季度工作任务落实情况通报\n一般公共预算收入完成53369万元\uFF0C为年度预算数的62.6%\uFF0C"
                + "下降14.57%\uFF0C低于序时进度12.4个百分点。", null).observations().get(0);
        assertEquals("62.6", county.completionPercent().toPlainString());
        assertEquals("-14.57", county.growthRate().toPlainString());
        ParsedObservation province = parser.parse("2011年上半年计划执行情况\n上半年全省生产总值23421.12亿元,同比增长10.2%,"
                + "比全年预期增长目标高1.2个百分点。", null).observations().get(0);
        assertEquals(0, province.target().growth().value().compareTo(new BigDecimal("9.0")), province::toString);
        // a breakdown by quarter that names no indicator leaves an annual bulletin's period; one that names it states its own
        List<ParsedObservation> annual = parser.parse("2009年国民经济和社会发展统计公报\n全年实现地区生产总值11949.53亿元,比上年增长12.0%。"
                + "分季度看,一季度增长7.4%,上半年增长8.5%,前三季度增长10.2%。人均地区生产总值33051元,比上年增长11.3%。", null).observations();
        assertTrue(annual.stream().anyMatch(o -> "PER_CAPITA_GDP".equals(o.indicatorCode()) && "ANNUAL".equals(o.period().code())),
                annual::toString);
        ParsedObservation months = parser.parse("2024年一季度经济运行情况\n分月看,1-2月全市规上工业增加值下降12.5%。", null)
                .observations().get(0);
        assertEquals("M02", months.period().code(), months::toString);
    }

    private ParsedObservation of(List<ParsedObservation> observations, String code) {
        List<ParsedObservation> found = observations.stream().filter(o -> code.equals(o.indicatorCode())).toList();
        assertEquals(1, found.size(), observations::toString);
        return found.get(0);
    }

    /** The seventh and eighth blind rounds (batches mo, mq) and the reviews of their rules. */
    @Test
    void shouldReadTheSeventhAndEighthRoundsNoticePeriods() {
        // a section's other months stay in it; the next section is the notice's period again (mo01)
        List<ParsedObservation> brief = parser.parse("每月经济运行简况(2020年3月)\n1-3月,实现地区生产总值1028.06亿元,负增长4.2%。\n"
                + "五、国际贸易保持顺差。1-2月,货物进出口总额78.8亿元,负增长21.5%。\n"
                + "六、财政支出有所增长。一般公共预算总收入81.64亿元,负增长17.9%。其中,地方一般公共预算收入48.73亿元,负增长15.3%。", null)
                .observations();
        assertEquals("Q1", of(brief, "GENERAL_PUBLIC_BUDGET_REVENUE").period().code(), brief::toString);
        assertEquals("81.64", of(brief, "FISCAL_REVENUE").value().toPlainString());
        // a title's months outrank the first figure's; a section heading's own months hold for its figures (the review)
        List<ParsedObservation> titled = parser.parse("××县2023年1-4月经济运行情况\n一、一季度全县地区生产总值增长5.1%。\n"
                + "二、1-2月对外贸易情况\n(一)货物进出口总额12.3亿元,增长8%。\n三、全县固定资产投资同比增长9.2%。", null).observations();
        assertEquals("M04", of(titled, "FIXED_ASSET_INVESTMENT").period().code(), titled::toString);
        assertEquals("M02", of(titled, "FOREIGN_TRADE").period().code(), titled::toString);
        // the bare last month of a 1-5月 notice is that month alone, up to the months from January said again (mo02)
        List<ParsedObservation> may = parser.parse("2022年1-5月经济运行简况\n1-5月,全县规上工业增加值同比增长1.3%。"
                + "5月,规上工业增加值同比增长18.8%;规上工业总产值3.19亿元,同比增长17.2%。"
                + "5月,全县社会消费品零售总额2.83亿元,下降11.2%;1-5月,全县社会消费品零售总额11.2亿元,下降2.3%。", null).observations();
        assertEquals(2, may.size(), may::toString);
        assertEquals("11.2", of(may, "RETAIL_SALES").value().toPlainString());
        // a figure of a later period than the notice's is recorded and said (mq01)
        NoticeParseResult harvest = parser.parse("××县前三季度国民经济发展情况\n1-9月全县国内生产总值完成8.1350亿元,与去年同期相比增长14.9%,"
                + "占年初计划67.79%。\n全年粮食产量9.4万吨。", null);
        ParsedObservation gdp = of(harvest.observations(), "GDP");
        assertEquals("14.9", gdp.growthRate().toPlainString());
        assertEquals("67.79", gdp.completionPercent().toPlainString());
        assertTrue(harvest.warnings().stream().anyMatch(w -> w.message().contains("晚于通报的报告期")), harvest::toString);
    }

    /** The seventh and eighth blind rounds: names, parts and the words of completion. */
    @Test
    void shouldReadTheSeventhAndEighthRoundsNoticeNames() {
        String q3 = "2011年1-9月经济运行情况\n";
        // 限额以上 before retail is its part; 本外币 deposits are not the RMB balance; a contribution to growth is not growth
        List<ParsedObservation> parts = parser.parse(q3 + "社会消费品零售总额401.46亿元,增长14.1%。其中,限额以上消费品零售总额111.20亿元,"
                + "增长19.4%。金融机构本外币存款余额361.61亿元,同比增长10.26%。金融业对全市经济增长的贡献率为59.1%。", null).observations();
        assertEquals(1, parts.size(), parts::toString);
        // all industry's output is its own indicator; a group of firms' is none; the firms above the size give theirs
        List<ParsedObservation> output = parser.parse(q3 + "全市完成工业总产值2134.24亿元,同比增长47.6%。其中,规模以上企业完成工业总产值"
                + "1968.8亿元,增长51.8%;高新技术企业完成工业总产值579.79亿元,增长59%。", null).observations();
        assertEquals("2134.24", of(output, "INDUSTRY_GROSS_OUTPUT").value().toPlainString());
        assertEquals("1968.8", of(output, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        assertEquals("25.1", of(parser.parse(q3 + "37户规模以上工业企业鼓足干劲,完成工业增加值6.1亿元,同比增长27.1%,完成工业总产值25.1亿元,"
                + "同比增长29%。", null).observations(), "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        assertEquals("154.3", of(parser.parse(q3 + "全旗52户规上企业完成工业总产值154.3亿元,同比下降7.4%。", null).observations(),
                "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        assertEquals("120.5", of(parser.parse(q3 + "全县新增规模以上工业企业8家;全县完成工业总产值120.5亿元,同比增长9.6%。", null)
                .observations(), "INDUSTRY_GROSS_OUTPUT").value().toPlainString());
        // the local part of industry above the size is not the region's; a budget revenue with a local 其中 is the total
        assertTrue(parser.parse(q3 + "地方规模以上工业完成增加值13.8亿元,同比增长36%。", null).observations().isEmpty());
        List<ParsedObservation> revenue = parser.parse("2008年上半年经济运行\n上半年,全市完成财政一般预算收入456.2亿元,"
                + "其中,地方财政收入224.4亿元。", null).observations();
        assertEquals("456.2", of(revenue, "FISCAL_REVENUE").value().toPlainString());
        assertEquals("224.4", of(revenue, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString());
        // the breakdown's 第三产业 before its amount, the elided 总产值, the pair of output and value added, all industry before
        // its 其中 of industry above the size
        List<ParsedObservation> industry = parser.parse(q3 + "全市实现生产总值4061.71亿元,同比增长8.7%,其中第一产业188.95亿元,增长4.1%;"
                + "第三产业2373.45亿元,增长8.9%。1-9月实现工业增加值1.7亿元,其中:规模以上工业实现总产值4.1亿元、增加值1.3亿元,"
                + "同比增长43.9%和30.8%。", null).observations();
        assertEquals("2373.45", of(industry, "TERTIARY_VALUE_ADDED").value().toPlainString());
        assertEquals("43.9", of(industry, "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
        assertEquals("1.3", of(industry, "INDUSTRIAL_VALUE_ADDED").value().toPlainString(), industry::toString);
        assertEquals("-7", of(parser.parse("2020年1-3月经济运行\n规模工业增加值负增长7.3%,总产值负增长7.0%。", null).observations(),
                "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
    }

    /** The seventh and eighth blind rounds: completions, gaps and whose figures they are. */
    @Test
    void shouldReadTheSeventhAndEighthRoundsNoticeCompletions() {
        // 占年计划 is the completion; a town names itself 全镇; a heading run into the text ends at its space (mq05)
        List<ParsedObservation> town = parser.parse("2015年上半年工作报告 现将我镇上半年工作报告如下: (一)全镇主要经济指标完成情况 预计1-6月份,完成地区生产总值10.3亿元,"
                + "同比增长14.4%,占年计划的53.3%。 (二)固定资产投资指标完成情况 预计1-6月份,全镇固定资产投资完成5.7亿元,同比增长21%。",
                null).observations();
        assertEquals("53.3", of(town, "GDP").completionPercent().toPlainString());
        assertEquals("5.7", of(town, "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // …but a county's notice names its towns so too: their figures are the towns' (the review of these rules)
        List<ParsedObservation> county = parser.parse("2015年上半年经济运行情况\n上半年,全县固定资产投资完成45.2亿元,增长15.1%。"
                + "××镇是我县工业强镇,上半年全镇完成固定资产投资8.2亿元。", null).observations();
        assertEquals("45.2", of(county, "FIXED_ASSET_INVESTMENT").value().toPlainString());
        // a gap after a completion that closes it to the year's share is behind the pace; 预计 keeps the label's name (mq07)
        List<ParsedObservation> office = parser.parse("前三季度重点目标任务落实情况通报\n"
                + "6.实际利用外资(第7项):实际到资3.73亿美元,完成年度目标的53.3%,低于目标21.7个百分点。\n"
                + "8.城镇居民人均可支配收入(第11项):预计增长8.2%,低于目标0.3个百分点。", null).observations();
        ParsedObservation foreign = of(office, "ACTUAL_FOREIGN_INVESTMENT");
        assertEquals("-21.7", foreign.paceGapPoints().toPlainString());
        assertNull(foreign.target());
        assertEquals(0, of(office, "URBAN_PER_CAPITA_INCOME").target().growth().value().compareTo(new BigDecimal("8.5")));
        // completions of one sentence's figures said with 分别 after them (mq04)
        List<ParsedObservation> jobs = parser.parse("2014年前三季度经济运行\n前三季度,××市新增城镇就业14.2万人,农业富余劳动力转移就业4.7万人,"
                + "分别完成全年计划的142%和91.2%。", null).observations();
        assertEquals("142", of(jobs, "NEW_URBAN_JOBS").completionPercent().toPlainString());
        assertEquals("91.2", of(jobs, "RURAL_LABOUR_TRANSFER").completionPercent().toPlainString());
        // the zone the title names is the region itself, its own parts are not (mo04; the review)
        List<ParsedObservation> zone = parser.parse("1-8月××新区经济总体保持平稳较快发展态势\n1—8月份××新区规模以上工业总产值8299.9亿元,"
                + "增长30.8%,完成年计划66.9%。××新区直管区完成固定资产投资210.5亿元,同比增长12.1%。", null).observations();
        assertEquals("66.9", of(zone, "INDUSTRIAL_GROSS_OUTPUT").completionPercent().toPlainString());
        assertTrue(zone.stream().noneMatch(o -> "FIXED_ASSET_INVESTMENT".equals(o.indicatorCode())), zone::toString);
        // a section headed by its indicator gives the amount after 完成 (mf05)
        assertEquals("463.27", of(parser.parse("××高新区2017年上半年经济运行情况\n(四)实际利用内资。完成463.27亿元,同比增长79.6%。", null)
                .observations(), "DOMESTIC_INVESTMENT_USED").value().toPlainString());
    }

    /** Forms of the ninth round (batch ms, kept pending in notices/pending-ms until the round is read whole). */
    @Test
    void shouldReadTheNinthRoundsNoticeForms() {
        // 塌目标 is local wording for 低于目标; 目标增幅 is the target's growth; 增收 before the growth is no second value (ms09, ms02)
        List<ParsedObservation> district = parser.parse("2023年上半年,全区实现地区生产总值806亿元,同比增长3.2%,塌目标1.8个百分点;"
                + "一般公共预算总收入312.74亿元,增收34.96亿元、增长12.6%,高于年度目标增幅5.6个百分点,完成年度预算的31.7%、"
                + "超序时进度6.7个百分点。", null).observations();
        assertEquals(0, of(district, "GDP").target().growth().value().compareTo(new BigDecimal("5.0")));
        assertTrue(of(district, "GDP").targetImplied());
        ParsedObservation fiscal = of(district, "FISCAL_REVENUE");
        assertEquals(0, fiscal.target().growth().value().compareTo(new BigDecimal("7.0")));
        assertEquals("31.7", fiscal.completionPercent().toPlainString());
        assertEquals("6.7", fiscal.paceGapPoints().toPlainString());
        assertEquals("312.74", fiscal.value().toPlainString());
        // two values after one verb, their growths after 分别: urban, then rural (ms09)
        List<ParsedObservation> income = parser.parse("上半年,城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%。",
                null).observations();
        assertEquals("29092", of(income, "URBAN_PER_CAPITA_INCOME").value().toPlainString());
        assertEquals("6.4", of(income, "RURAL_PER_CAPITA_INCOME").growthRate().toPlainString());
        assertEquals("17191", of(income, "RURAL_PER_CAPITA_INCOME").value().toPlainString());
        // a completion printed without its % (ms05); 规模以上工业企业实现总产值 (ms01); 平均进度 alone is the pace (ml03)
        assertEquals("92.13", of(parser.parse("2018年,实现财政收入3.33亿元,同比增长6.41%,完成年度计划92.13。", null).observations(),
                "FISCAL_REVENUE").completionPercent().toPlainString());
        ParsedObservation output = of(parser.parse("一季度,202家规模以上工业企业实现总产值45.05亿元,完成年度计划22.8%,比增48.2%。", null)
                .observations(), "INDUSTRIAL_GROSS_OUTPUT");
        assertEquals("22.8", output.completionPercent().toPlainString());
        assertEquals("10.9", of(parser.parse("××经济开发区2023年前三季度主要经济指标完成情况\n1-9月,开发区大口径财政收入完成41270万元,"
                + "高于平均进度10.9个百分点。", null).observations(), "FISCAL_REVENUE").paceGapPoints().toPlainString());
        assertNull(of(parser.parse("前三季度,全县一般公共预算收入完成5.2亿元,高于全市平均进度3.1个百分点。", null).observations(),
                "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints());
        // a town's brief that names 全镇 throughout is the town's own; the city's CPI in it is not (ms07)
        List<ParsedObservation> town = parser.parse("1-12月,全镇固定资产投资额同比增长21.4%。\n1-12月,全镇社会消费品零售总额19.88亿元,"
                + "同比增长4.1%。\n全年全市居民消费价格指数(CPI)同比上涨1.1%。", null).observations();
        assertEquals("19.88", of(town, "RETAIL_SALES").value().toPlainString());
        assertEquals("21.4", of(town, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        // a monthly table copied double spaced, one cell a line: its 1-本月 column is 1-8月 of the title's month (ms08)
        String table = String.join("\n\n", "2022年8月社会消费品零售总额", "指标", "本月", "比去年同月增长(%)", "1-本月",
                "比去年同期增长(%)", "社会消费品零售总额(亿元)", "1414.39", "2.5", "10386.09", "-12.0", "住宿餐饮业", "114.47", "0.8",
                "694.65", "-27.5");
        ParsedObservation retail = of(parser.parse(table, null).observations(), "RETAIL_SALES");
        assertEquals("10386.09", retail.value().toPlainString());
        assertEquals(ReportingPeriod.parse("M08"), retail.period());
    }

    /** The review of the ninth round's notice rules: each case one of its rules took too far. */
    @Test
    void shouldKeepTheNinthRoundsNoticeRulesToTheirCases() {
        // 健全乡镇… names no town; a county's call on 各乡镇 names 全镇 as often as 全县: the county's figures stay its own
        List<ParsedObservation> county = parser.parse("××区2023年1-9月经济运行情况通报\n1-9月,全区地区生产总值完成412.6亿元,同比增长5.3%;"
                + "全区固定资产投资同比增长9.2%。\n下一步,要进一步健全乡村振兴投入机制,健全乡镇(街道)经济考核办法。", null).observations();
        assertEquals("412.6", of(county, "GDP").value().toPlainString());
        List<ParsedObservation> ties = parser.parse("上半年,全县地区生产总值完成126.5亿元,同比增长5.6%。全县规模以上工业增加值同比增长8.1%。\n"
                + "各乡镇要确保全镇各项指标完成时间过半、任务过半;要推动全镇经济稳中向好。\n全市居民消费价格同比上涨2.1%。", null)
                .observations();
        assertEquals("126.5", of(ties, "GDP").value().toPlainString());
        assertTrue(ties.stream().noneMatch(o -> "CPI".equals(o.indicatorCode())), ties::toString);
        // a town's title names it: 全市 in it is the city's
        List<ParsedObservation> town = parser.parse("××镇2022年上半年经济运行情况\n上半年,我镇规模以上工业总产值完成36.2亿元,同比增长8.1%。"
                + "\n全市规模以上工业增加值同比增长6.2%。", null).observations();
        assertTrue(town.stream().noneMatch(o -> "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode())), town::toString);
        // the month of a 1-本月 column is the title's, never a month in a note
        String columns = String.join("\n", "指标", "单位", "本月", "比去年同月增长(%)", "1-本月", "比去年同期增长(%)", "规模以上工业增加值",
                "亿元", "56.2", "5.1", "432.6", "6.3");
        assertEquals(ReportingPeriod.parse("M08"), of(parser.parse("××市8月份主要经济指标\n受2022年3月以来疫情影响,部分指标仍处于恢复期。\n"
                + columns, null).observations(), "INDUSTRIAL_VALUE_ADDED").period());
        assertEquals(ReportingPeriod.parse("M08"), of(parser.parse("发布时间:2022年9月 来源:××市统计局\n××市2022年08月主要经济指标\n"
                + columns, null).observations(), "INDUSTRIAL_VALUE_ADDED").period());
        assertEquals(List.of(), parser.parse("××市主要经济指标(2022年第三季度)\n注:增速较2021年12月回落2.1个百分点。\n" + columns, null)
                .observations());
        // where an average progress of the parts is stated, 平均进度 is that average, not the year's pace
        NoticeParseResult averaged = parser.parse("××区2023年1-6月重点指标通报\n1-6月,全区固定资产投资完成68.2亿元,同比增长5.6%,"
                + "完成年度目标的46.3%。各街道平均进度为49.5%,全区固定资产投资低于平均进度3.2个百分点。", null);
        List<ParsedObservation> average = averaged.observations();
        assertNull(of(average, "FIXED_ASSET_INVESTMENT").paceGapPoints(), average::toString);
        // …and its warnings quote the notice's own words (not 平均完成进度, nor the mark that keeps the pace patterns off)
        assertTrue(averaged.warnings().stream().anyMatch(w -> w.fragment().contains("低于平均进度3.2")), averaged::toString);
        assertTrue(averaged.warnings().stream().noneMatch(w -> (w.fragment() + w.message()).matches("(?s).*(平均完成进度|\u200B).*")),
                averaged::toString);
    }

    /** A space-aligned table whose name cell wrapped onto a line of its own, and a count of days (e02, mj03). */
    @Test
    void shouldJoinAWrappedNameCellAndCountDays() {
        List<ParsedObservation> table = parser.parse("2025年一季度××区经济运行情况\n\n指标名称        单位    1—3月    比上年同期增长(%)\n"
                + "地区生产总值    亿元    156.38    5.9\n城镇常住居民人均可支    元    14286    4.9\n配收入\n"
                + "一般公共预算收入    亿元    9.86    -2.3\n", null).observations();
        assertEquals("14286", of(table, "URBAN_PER_CAPITA_INCOME").value().toPlainString(), table::toString);
        assertEquals("-2.3", of(table, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        ParsedObservation days = of(parser.parse("2023年上半年,全区空气质量优良天数为159天。", null).observations(), "GOOD_AIR_DAY_COUNT");
        assertEquals("159", days.value().toPlainString());
    }

    /** The tenth blind round (batch mu): a yearbook's name/figure lines, and the wordings it taught the reader. */
    @Test
    void shouldReadTheTenthRoundsNoticeForms() {
        // a yearbook table one cell a line: units from the heading, the name's brackets, or the item above an indented one
        String yearbook = String.join("\n\n", "2020年××省国民经济和社会发展总量与速度指标表", "国民经济核算(亿元)", " 地区生产总值",
                "13698.5", "  第一产业", "3438.3", " 人均地区生产总值(元)", "42635", "对外贸易", " 进出口总额(万美元)", "2219892", "  出口额",
                "520486", "主要农产品产量(万吨)", " 粮豆薯", "7540.8", "  #水稻", "2896.2");
        List<ParsedObservation> totals = parser.parse(yearbook, null).observations();
        assertEquals("13698.5", of(totals, "GDP").value().toPlainString(), totals::toString);
        assertEquals("ANNUAL", of(totals, "GDP").period().code());
        assertEquals("万美元", of(totals, "EXPORTS").unit(), totals::toString);
        assertEquals("7540.8", of(totals, "GRAIN_OUTPUT").value().toPlainString());
        // a park's news item opened by its months; 完成年任务75亿元的23.7% is the completion of a target of 75
        ParsedObservation park = of(parser.parse("1—3月份,园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%。", null)
                .observations(), "INDUSTRY_GROSS_OUTPUT");
        assertEquals("23.7", park.completionPercent().toPlainString());
        // what a target leaves out, the day figures were counted to, quarters counted from the first, 我镇
        List<ParsedObservation> town = parser.parse("××镇2018年一季度工作情况汇报\n截止到3月15日完成财政总收入309万元,"
                + "地方一般公共预算收入完成125万元,占目标任务(剔除烟叶税)的26%。另外,1-3季度我镇完成全社会固定资产投资41.5亿元。", null)
                .observations();
        assertEquals("26", of(town, "GENERAL_PUBLIC_BUDGET_REVENUE").completionPercent().toPlainString(), town::toString);
        assertEquals(0, of(town, "FISCAL_REVENUE").value().compareTo(new BigDecimal("0.0309")), town::toString);
        assertEquals("Q3", of(town, "FIXED_ASSET_INVESTMENT").period().code());
        // the target said around a comparison; the size threshold of firms; all industry inside the secondary sector
        List<ParsedObservation> zones = parser.parse("前三季度,全市完成固定资产投资1660.67亿元,增长34.2%,高于28%的年度目标。其中2000万元"
                + "规模以上工业企业产值达99.6亿元。第二产业增加值65585万元,同比增长9.5%,其中工业增加值完成40653万元,同比增长13.5%。", null)
                .observations();
        assertEquals(0, of(zones, "FIXED_ASSET_INVESTMENT").target().growth().value().compareTo(new BigDecimal("28")), zones::toString);
        assertEquals("99.6", of(zones, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString());
        assertTrue(zones.stream().noneMatch(o -> "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode())), zones::toString);
        // a part's figure is said to be left out, never dropped silently
        NoticeParseResult part = parser.parse("1-6月,全县固定资产投资完成68.2亿元。其中,经开区固定资产投资增长15.6%。", null);
        assertTrue(part.warnings().stream().anyMatch(w -> w.message().contains("下属地区")), part::toString);
    }

    /**
     * Units the name/figure lines take from the catalog's units (hectares, 15 亩 each; 项, 天), and the port's cargo
     * throughput now in the catalog (batch mq's mq02, batch mo's mo07).
     */
    @Test
    void shouldReadHectaresAndThePortsCargoAsTheCatalogsUnits() {
        List<ParsedObservation> lines = parser.parse(String.join("\n", "××市2013年上半年主要经济指标", "粮食播种面积", "232.2", "千公顷",
                "粮食产量(万吨)", "150.6", "地区生产总值(亿元)", "1200.5", "固定资产投资(亿元)", "560.3"), null).observations();
        ParsedObservation area = of(lines, "GRAIN_SOWN_AREA");
        assertEquals(0, new BigDecimal("348.3").compareTo(org.duban.indicators.catalog.Units.convert(area.value(), area.unit(),
                "万亩").orElseThrow()), lines::toString);
        assertEquals("150.6", of(lines, "GRAIN_OUTPUT").value().toPlainString(), lines::toString);
        List<ParsedObservation> port = parser.parse("上半年,全市港口货物吞吐量1.77亿吨,增长5.9%;集装箱吞吐量518.6万标箱,增长17.1%。", null)
                .observations();
        assertEquals(List.of("PORT_CARGO_THROUGHPUT"), port.stream().map(ParsedObservation::indicatorCode).toList(), port::toString);
        assertEquals("5.9", of(port, "PORT_CARGO_THROUGHPUT").growthRate().toPlainString());
    }

    /** The eleventh blind round's notice forms (batch mw, BATCH-mv-mw.md), each with the wrong reading it had. */
    @Test
    void shouldReadTheEleventhRoundsNoticeForms() {
        // months with a tilde or 至 are no figure: "1~4月" gave every indicator of a 高新区's analysis a figure of 1亿元 (mw05)
        for (String months : List.of("1~4月", "1至4月", "1—4月")) {
            List<ParsedObservation> zone = parser.parse("高新区" + months + "经济运行分析\n1.规上工业增加值增速:" + months
                    + ",高新区共完成规上工业增加值2.3亿元,同比增长3%。", null).observations();
            assertEquals(List.of("2.3"), zone.stream().map(o -> o.value().toPlainString()).toList(), months + " " + zone);
        }
        // 比上年全年 compares: the 一季度 figures after it stay in the quarter (mw03); a threshold passed, then the figure
        List<ParsedObservation> province = parser.parse("一季度,全省地区生产总值突破5500亿元,达到5598.45亿元,同比增长5.3%。从需求来看,"
                + "固定资产投资同比增长4.9%,比上年全年加快4.3个百分点。社会消费品零售总额增长3.0%。", null).observations();
        assertEquals("5598.45", of(province, "GDP").value().toPlainString(), province::toString);
        assertEquals("Q1", of(province, "FIXED_ASSET_INVESTMENT").period().code(), province::toString);
        assertEquals("Q1", of(province, "RETAIL_SALES").period().code(), province::toString);
        // the tertiary industry's 产值 after 完成 is its value added (mw02); 总产量 after the grain's area is its output (mw08)
        List<ParsedObservation> county = parser.parse("上半年,全县完成第三产业产值7.15亿元,同比增长10.6%。其中粮食播种面积64.40万亩,"
                + "总产量27.89万吨。", null).observations();
        assertEquals("7.15", of(county, "TERTIARY_VALUE_ADDED").value().toPlainString(), county::toString);
        assertEquals("27.89", of(county, "GRAIN_OUTPUT").value().toPlainString(), county::toString);
        // 为全年任务740万元的56.6%: the target's amount and the completion, after 为 (mw06, lost silently); 财税总收入
        ParsedObservation town = of(parser.parse("××镇2013年上半年工作总结\n截至6月底,全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。", null)
                .observations(), "FISCAL_REVENUE");
        assertEquals("56.6", town.completionPercent().toPlainString(), town::toString);
        assertEquals(0, town.target().level().value().compareTo(new BigDecimal("0.074")), town::toString);
        // a part of investment is not the investment (mu03's 工业固定资产投资)
        assertTrue(parser.parse("1—3月,园区实现工业固定资产投资1.42亿元,完成年任务14亿元的10.2%。", null).observations().stream()
                .noneMatch(o -> "FIXED_ASSET_INVESTMENT".equals(o.indicatorCode())));
    }

    /** The twelfth blind round's notice forms (batch my, BATCH-mx-my.md), each with the wrong reading it had. */
    @Test
    void shouldReadTheTwelfthRoundsNoticeForms() {
        // a yearbook's 主要年份 table: the last column is the year's, a unit from the row or the row it is under (my06)
        List<ParsedObservation> years = parser.parse(String.join("\n", "4-8  主要年份社会经济主要指标", "    1990 1995 2000 2005 2008",
                "国民经济核算", "     地区生产总值(亿元)   94.87 369.70 600.66 1303.36 2202.23", "        第三产业   19.23 109.24 218.83 450.68 836.40",
                "     财政总收入(亿元)   13.10 28.50 60.23 220.45 542.68", "       #地方财政收入     13.49 32.92 138.26 384.89",
                "吸收外资", "     协议外商直接投资项目 ()   40 292 167 509 245", "     实际外商直接投资 (亿美元)   0.07 3.29 7.00 7.31 20.40"), null)
                .observations();
        assertEquals("2202.23", of(years, "GDP").value().toPlainString(), years::toString);
        assertEquals("ANNUAL", of(years, "GDP").period().code());
        assertEquals("836.4", of(years, "TERTIARY_VALUE_ADDED").value().stripTrailingZeros().toPlainString(), years::toString);
        assertEquals("384.89", of(years, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString(), years::toString);
        assertEquals("20.4", of(years, "ACTUAL_FOREIGN_INVESTMENT").value().stripTrailingZeros().toPlainString(), years::toString);
        // 按可比价计算 before a growth, a share of the city's between a figure and its growth, a kind of industry (my01)
        List<ParsedObservation> county = parser.parse("上半年,全县实现GDP总量400.61亿元,按可比价计算同比增长6.1%。上半年,全县实现规上工业总产值"
                + "1564.97亿元,占全市规上工业总产值的比重为69.3%,同比增长5.4%。高新技术和数字经济规上工业增加值分别增长6.9%和16.3%。", null)
                .observations();
        assertEquals("6.1", of(county, "GDP").growthRate().toPlainString(), county::toString);
        assertEquals("5.4", of(county, "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString(), county::toString);
        assertTrue(county.stream().noneMatch(o -> "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode())), county::toString);
        // a 街道's summary, its issuer and date under the title; "街道实现…" is itself (my05)
        List<ParsedObservation> street = parser.parse("二○一五年主要工作情况\n(××街道 2016年1月11日)\n2015年,××街道锁定全年任务目标不动摇。"
                + "1-12月,全街道累计完成工业总产值221.64亿元。1-12月,街道实现财政总收入12.4亿元。", null).observations();
        assertEquals("12.4", of(street, "FISCAL_REVENUE").value().toPlainString(), street::toString);
        assertEquals("221.64", of(street, "INDUSTRY_GROSS_OUTPUT").value().toPlainString(), street::toString);
        // a bulletin that names its year as "2007年是…之年" (my10); 规上服务业营收 (my03)
        List<ParsedObservation> bulletin = parser.parse("××市统计局\n(2008年3月)\n2007年是××市全面落实科学发展观的重要之年。一年来,经济平稳。\n"
                + "一、综合\n初步测算,全市地区生产总值5001443万元,按可比价格计算,同比增长16%。规上服务业营收增长12.5%。", null).observations();
        assertEquals("ANNUAL", of(bulletin, "GDP").period().code(), bulletin::toString);
        assertEquals("12.5", of(bulletin, "SERVICES_ABOVE_SIZE_REVENUE").growthRate().toPlainString(), bulletin::toString);
        // a threshold then a multiple: the threshold stays the figure (the review of batch mw's rules)
        assertEquals("3000", of(parser.parse("全年,全市地区生产总值超过3000亿元,为2015年的1.8倍,同比增长6%。", null).observations(), "GDP")
                .value().toPlainString());
    }

    /** The review of the twelfth round's notice rules: a table of years stops where it stops, and only where it is one. */
    @Test
    void shouldKeepTheTwelfthRoundsNoticeRulesToTheirCases() {
        // a section heading and a line of prose after the table are not the table's
        List<ParsedObservation> after = parser.parse(String.join("\n", "××市2023年国民经济和社会发展统计公报", "附表:主要年份指标",
                "2019 2020 2021 2022 2023", "地区生产总值(亿元) 3000.1 3100.2 3350.4 3500.6 3720.8", "二、农业生产", "全年粮食总产量52.3万吨"),
                null).observations();
        assertEquals("3720.8", of(after, "GDP").value().toPlainString(), after::toString);
        assertEquals("52.3", of(after, "GRAIN_OUTPUT").value().toPlainString(), after::toString);
        // newest year first, or a growth column beside the years: no table of the last year (the figures are warned)
        for (String table : List.of("××市主要经济指标(近三年)\n2023 2022 2021\n地区生产总值(亿元) 5210.3 4980.6 4720.1\n"
                + "一般公共预算收入(亿元) 410.2 395.6 380.0", "××县2021-2023年主要经济指标\n2021年 2022年 2023年\n比上年增长(%)\n"
                + "地区生产总值(亿元) 1000.5 1100.2 1200.8 6.5\n固定资产投资(亿元) 500.1 520.3 560.4 7.7")) {
            List<ParsedObservation> read = parser.parse(table, null).observations();
            assertTrue(read.stream().noneMatch(o -> o.value() != null && (o.value().compareTo(new BigDecimal("4720.1")) == 0
                    || o.value().compareTo(new BigDecimal("6.5")) == 0)), read::toString);
        }
        // "2024年是…之年" opening a quarter's notice names no year of its figures
        NoticeParseResult quarter = parser.parse("××县2024年一季度经济运行情况\n2024年是实现“十四五”规划目标任务的关键之年。一季度,全县实现"
                + "地区生产总值85.6亿元,同比增长5.8%。", null);
        assertEquals("Q1", of(quarter.observations(), "GDP").period().code());
        assertTrue(quarter.warnings().stream().noneMatch(w -> w.message().contains("晚于")), quarter::toString);
    }

    /** The review of the tenth round's notice rules (133 inputs, 26 worse): each case one of its rules took too far. */
    @Test
    void shouldKeepTheTenthRoundsNoticeRulesToTheirCases() {
        // "未来1-2个季度" is time ahead, no period of the figures after it
        List<ParsedObservation> ahead = parser.parse("××县2022年1-9月经济运行情况\n1-9月,全县规上工业增加值增长6.5%。预计未来1-2个季度,"
                + "工业生产将保持平稳。固定资产投资增长8.8%。", null).observations();
        assertEquals("Q3", of(ahead, "FIXED_ASSET_INVESTMENT").period().code(), ahead::toString);
        // name/figure lines: an index is no amount, a unit on the line after the figure is its own, a task list is no table
        // of figures, a note's months are the figures' months
        List<ParsedObservation> index = parser.parse(String.join("\n", "2020年××省国民经济主要指标", "国民经济核算(亿元)", " 地区生产总值",
                "13698.5", " 地区生产总值指数(上年=100)", "101.0", " 第一产业", "3438.3", " 第三产业", "6776.7"), null).observations();
        assertEquals("13698.5", of(index, "GDP").value().toPlainString(), index::toString);
        List<ParsedObservation> infographic = parser.parse(String.join("\n", "一图读懂××镇2023年上半年经济运行", "规上工业总产值", "58600",
                "万元", "固定资产投资", "32500", "万元", "社会消费品零售总额", "12600", "万元", "一般公共预算收入", "2860", "万元"), null)
                .observations();
        assertEquals(0, of(infographic, "INDUSTRIAL_GROSS_OUTPUT").value().compareTo(new BigDecimal("5.86")), infographic::toString);
        assertEquals(List.of(), parser.parse(String.join("\n", "2023年重点工作任务", "新建农村公路", "120", "改造棚户区", "3500",
                "新增城镇就业", "5200", "培训农民工", "8000"), null).observations());
        List<ParsedObservation> noted = parser.parse(String.join("\n", "××县2023年主要经济指标", "地区生产总值(亿元)", "236.8",
                "固定资产投资(亿元)", "118.5", "社会消费品零售总额(亿元)", "86.2", "一般公共预算收入(亿元)", "10.6", "注:表中数据为1-11月累计数。"),
                null).observations();
        assertEquals("M11", of(noted, "GDP").period().code(), noted::toString);
        // the pace is no target; a figure right before 规上 is no size threshold
        assertNull(of(parser.parse("1-6月,全县一般公共预算收入完成6.3亿元,同比增长5.1%,完成年度预算的56.2%,超过50%的全年目标进度。", null)
                .observations(), "GENERAL_PUBLIC_BUDGET_REVENUE").target());
        assertEquals(0, of(parser.parse("××镇2023年1-6月经济运行情况\n1-6月,全镇完成工业总产值38600万元规上企业产值32500万元,同比增长6.8%。",
                null).observations(), "INDUSTRY_GROSS_OUTPUT").value().compareTo(new BigDecimal("3.86")));
        // a county's notice quoting a town's head: the town's figures are not the county's
        List<ParsedObservation> county = parser.parse("××县2023年上半年经济运行情况\n上半年,全县固定资产投资完成45.2亿元,同比增长9.1%。\n"
                + "××镇党委书记介绍,上半年我镇固定资产投资完成3.2亿元,同比增长25.6%。", null).observations();
        assertEquals("45.2", of(county, "FIXED_ASSET_INVESTMENT").value().toPlainString(), county::toString);
        // a city's notice opened by its zones' figures; a group's income per head; a change in days
        List<ParsedObservation> city = parser.parse("1-6月,高新区实现规上工业总产值125.6亿元,同比增长12.5%;经开区实现规上工业总产值86.2亿元,"
                + "增长8.1%。全市规上工业增加值增长7.6%。", null).observations();
        assertTrue(city.stream().noneMatch(o -> "INDUSTRIAL_GROSS_OUTPUT".equals(o.indicatorCode())), city::toString);
        List<ParsedObservation> poor = parser.parse("2018年,全县建档立卡贫困户人均纯收入达到6520元,同比增长18.6%。全县农村居民人均可支配收入"
                + "11250元,增长9.1%。", null).observations();
        assertEquals("11250", of(poor, "RURAL_PER_CAPITA_INCOME").value().toPlainString(), poor::toString);
        assertTrue(parser.parse("2022年,全市空气质量优良天数比上年增加15天,细颗粒物平均浓度32微克/立方米。", null).observations().stream()
                .noneMatch(o -> "GOOD_AIR_DAY_COUNT".equals(o.indicatorCode())));
    }

    /** A list of figures whose 分别 rounds follow one another: each round's numbers end where the next 分别 starts (z08). */
    @Test
    void shouldReadRoundsOfADistributedListOneAfterAnother() {
        List<ParsedObservation> rounds = parser.parse("××省2011年上半年经济运行情况通报\n地方财政一般预算收入和财政总收入分别完成412.8亿元和786.3亿元,"
                + "分别增长31.5%和28.7%,分别完成年度预算的58.1%和55.9%,分别超时间进度8.1和5.9个百分点。", null).observations();
        assertEquals("8.1", of(rounds, "GENERAL_PUBLIC_BUDGET_REVENUE").paceGapPoints().toPlainString());
        assertEquals("55.9", of(rounds, "FISCAL_REVENUE").completionPercent().toPlainString());
        assertEquals("5.9", of(rounds, "FISCAL_REVENUE").paceGapPoints().toPlainString());
    }

    /**
     * One pasted sentence of many figures and no full stop — a break-it paste of 6,000 figures (90,000 characters) took
     * 54 s, each figure looking through the whole sentence again for a period of last year — is read in time linear in its
     * length: eight times the figures take well under twenty times as long (a reading quadratic in the sentence takes
     * thirty to sixty times). The times are printed; the ratio is taken in one run, after a warm-up.
     */
    @Test
    void shouldReadOneSentenceOfManyFiguresInLinearTime() {
        List<String> names = List.of("地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额", "一般公共预算收入");
        java.util.function.IntFunction<String> sentence = n -> "2024年1-6月全市经济运行情况\n" + java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> names.get(i % names.size()) + "增长" + (i % 90 + 1) / 10.0 + "%").collect(java.util.stream.Collectors.joining(","));
        parser.parse(sentence.apply(500), null);
        long start = System.nanoTime();
        NoticeParseResult small = parser.parse(sentence.apply(500), null);
        long smallMs = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        NoticeParseResult large = parser.parse(sentence.apply(4_000), null);
        long largeMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("BENCHMARK one sentence of figures: 500 in %d ms, 4,000 in %d ms (%.1f×)%n", smallMs, largeMs,
                (double) largeMs / smallMs);
        assertFalse(small.observations().isEmpty());
        assertFalse(large.observations().isEmpty());
        assertTrue(largeMs < 20 * smallMs, "4,000 figures took " + largeMs + " ms, 500 took " + smallMs + " ms");
    }

    /**
     * Hostile text without sentence punctuation — the shapes of the 2026-12-02 trial, 15,000–40,000 characters — is read
     * at once and gives nothing. The reader took 6–111 s on them (backtracking regexes; the gateway answered 504 while a
     * worker stayed busy); {@code PatternCostTest} keeps each pattern linear, this keeps the whole reading so. The
     * bound is a guard against a return to minutes, far above the fraction of a second the reading takes.
     */
    @Test
    void shouldReadLongTextWithoutPunctuationAtOnceAndFindNothing() {
        List<String> hostile = List.of("一、".repeat(5_000), "(一)工业完成情况 ".repeat(2_000), "全镇".repeat(20_000),
                "今年以来,高新区园区".repeat(2_500), "一、\n".repeat(5_000), "(一)工业完成情况\n".repeat(2_000),
                // (and the second trial's: numerals, a firms' sentence that overflowed the stack, headings, spaced words)
                "一二三四五六七八九十".repeat(2_000), "(一二三四五六七八九十".repeat(2_000), "全旗52户规上企业完成".repeat(2_000),
                "一、工业运行情况 ".repeat(2_000), "增 长 ".repeat(5_000),
                ("全镇".repeat(200) + "\n").repeat(50), "1".repeat(20_000), " ".repeat(20_000));
        for (String text : hostile) {
            NoticeParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parser.parse(text, null),
                    text.substring(0, 12));
            assertEquals(List.of(), result.observations(), text.substring(0, 12));
        }
    }

    /** The thirteenth blind round (batch na, ten notices nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheThirteenthRoundsNoticeForms() {
        // 规模以上工业增长8.1% is its value added; 拉动规模以上工业增长 a contribution; 轻工业/重工业 its halves (na02, na03)
        List<ParsedObservation> industry = parser.parse("2019年上半年全省国民经济形势\n上半年,规模以上工业增长8.1%,同比加快4.9个百分点,"
                + "拉动规模以上工业增长2.9个百分点。分轻重工业看,轻工业增加值6.09亿元,增长6.1%;重工业增加值2.31亿元,下降1.3%。", null)
                .observations();
        assertEquals(1, industry.size(), industry::toString);
        assertEquals("8.1", of(industry, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        // deaths per 亿元 of GDP are no GDP; 生产安全事故死亡9人 is the deaths; 自然增长率 after 出生率 is the population's (na07)
        List<ParsedObservation> bulletin = parser.parse("2012年××县国民经济和社会发展统计公报\n全年生产安全事故死亡9人,比上年下降10%;"
                + "亿元GDP各类事故死亡人数0.113人,同比下降22.1%。人口出生率为13.67‰,死亡率为4.94‰,自然增长率为8.73‰。", null)
                .observations();
        assertTrue(bulletin.stream().noneMatch(o -> "GDP".equals(o.indicatorCode())), bulletin::toString);
        assertEquals("9", of(bulletin, "WORK_SAFETY_DEATHS").value().toPlainString());
        assertEquals("-10", of(bulletin, "WORK_SAFETY_DEATHS").growthRate().toPlainString());
        assertEquals("8.73", of(bulletin, "POPULATION_GROWTH_RATE").value().toPlainString());
        // (after a figure in 亿元 a name is still the indicator: 实现500亿元地区生产总值)
        assertEquals("GDP", catalog.findFirst("全年实现500亿元地区生产总值").orElseThrow().indicator().code());
        assertTrue(catalog.findFirst("亿元GDP各类事故死亡人数").isEmpty());
        // an earlier year's figure revised is not the notice's (na10)
        NoticeParseResult town = parser.parse("2024年××镇经济运行情况\n2024年,我镇地区生产总值140.33亿元,同比增长2.6%。(附注:根据第五次"
                + "全国经济普查结果,2023年我镇地区生产总值修订为138.17亿元。)", null);
        assertEquals(1, town.observations().size(), town::toString);
        assertEquals("140.33", of(town.observations(), "GDP").value().toPlainString());
        // a park's own summary under a page's breadcrumb, its title naming the year alone: 园区 is itself (na05)
        NoticeParseResult park = parser.parse("您的位置:新文秘网>>工作总结>>正文\n\n2008年工业园区工作总结及2009年工作计划\n\n"
                + "2008年,园区预计:完成工业总产值35亿元,占目标任务40亿元的87.5%,同比增长40%。", null);
        assertEquals("35", of(park.observations(), "INDUSTRY_GROSS_OUTPUT").value().toPlainString(), park::toString);
        assertEquals("87.5", of(park.observations(), "INDUSTRY_GROSS_OUTPUT").completionPercent().toPlainString());
        // (a county's notice naming a park keeps the park a part of it)
        NoticeParseResult county = parser.parse("××县2008年经济运行情况\n全年,全县完成工业总产值135亿元,同比增长20%。园区完成工业总产值35亿元,同比增长40%。",
                null);
        assertEquals("135", of(county.observations(), "INDUSTRY_GROSS_OUTPUT").value().toPlainString(), county::toString);
        // the base of a ratio and industry's own energy intensity give no figure (na09)
        List<ParsedObservation> table = parser.parse("2018年1-3月高质量发展监测\n规模以上工业单位增加值能耗下降8.20%。"
                + "城乡居民人均收入比(以农村常住居民人均可支配收入为1)为2.92。", null).observations();
        assertTrue(table.stream().noneMatch(o -> "ENERGY_INTENSITY".equals(o.indicatorCode())
                || "RURAL_PER_CAPITA_INCOME".equals(o.indicatorCode())), table::toString);
    }

    /** The review of the thirteenth round's notice rules (570 inputs, 27 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheThirteenthRoundsNoticeRulesToTheirCases() {
        // 规模以上工业 after 其中, or after another region's 全省, is not the region's value added
        List<ParsedObservation> energy = parser.parse("一季度全市经济运行情况\n一季度,全市能源消费总量增长3.2%,其中规模以上工业下降1.5%。"
                + "规模以上工业增加值增长6.1%。", null).observations();
        assertEquals("6.1", of(energy, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), energy::toString);
        List<ParsedObservation> province = parser.parse("上半年全市经济运行情况\n上半年,全市规模以上工业增长7.2%,同期全省规模以上工业增长6.8%。",
                null).observations();
        assertEquals("7.2", of(province, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), province::toString);
        // "%0" ending a line of a table run together is a per cent and a column's 0
        List<ParsedObservation> table = parser.parse("2023年主要指标\n城镇登记失业率3.2%0\n地区生产总值增长5.5%0\n规模以上工业增加值增长6.0%",
                null).observations();
        assertEquals("5.5", of(table, "GDP").growthRate().toPlainString(), table::toString);
        // the notice's own year revised, and a figure beside last year's revised one, stay
        assertEquals("1234.5", of(parser.parse("2023年全市地区生产总值最终核实公告\n经最终核实,2023年全市地区生产总值修订为1234.5亿元,"
                + "比初步核算数增加12.3亿元;按不变价格计算,比上年增长5.4%。", null).observations(), "GDP").value().toPlainString());
        ParsedObservation county = of(parser.parse("2023年全县统计公报\n全年全县地区生产总值234.5亿元、上年数据修订为220.1亿元,比上年增长6.0%。",
                null).observations(), "GDP");
        assertEquals("234.5", county.value().toPlainString());
        assertEquals(0, new BigDecimal("6").compareTo(county.growthRate()));
        // a quarter's figure or a target revised in a half-year's notice is neither its figure nor its target
        for (String revised : List.of("上半年全市经济运行情况\n经核实,一季度地区生产总值增速修正为5.6%,上半年全市地区生产总值增长6.1%。",
                "上半年全市经济运行情况\n上半年全市地区生产总值增长6.1%。今年全市地区生产总值增长目标由8%修订为7%。")) {
            ParsedObservation gdp = of(parser.parse(revised, null).observations(), "GDP");
            assertEquals("6.1", gdp.growthRate().toPlainString(), revised);
            assertEquals(null, gdp.target(), revised);
        }
        // after 其中, a value added's part is still a value added: 第二产业…其中规模以上工业
        assertEquals("9", of(parser.parse("2023年全县经济运行情况\n全年,全县第二产业增加值增长8%,其中规模以上工业增长9%。", null).observations(),
                "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        // a death rate per 亿元 of GDP is neither GDP nor a count of deaths
        List<ParsedObservation> deaths = parser.parse("2022年全县统计公报\n全年发生各类生产安全事故23起,生产安全事故死亡人数15人,下降11.8%;"
                + "亿元GDP生产安全事故死亡率0.05。", null).observations();
        assertEquals("15", of(deaths, "WORK_SAFETY_DEATHS").value().toPlainString(), deaths::toString);
        assertTrue(deaths.stream().noneMatch(o -> "GDP".equals(o.indicatorCode())), deaths::toString);
    }

    /** The fourteenth blind round (batch nc, ten notices of 2005–2022 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheFourteenthRoundsNoticeForms() {
        // growths and completions printed without % (nc05, a town's half-year report)
        List<ParsedObservation> town = parser.parse("镇上半年工作汇报\n元至6月份,完成国内生产总值31100万元,占年计划的58.2,同比增长17.8;"
                + "完成地方财政收入215.1万元,占年任务的61.5,同比下降15.8(同期入库农业税金118万元);农民人均纯收入达到2210元,同比增长10.3;"
                + "人均现金收入达到2500元,同比增长12。", null).observations();
        assertEquals("17.8", of(town, "GDP").growthRate().toPlainString(), town::toString);
        assertEquals("58.2", of(town, "GDP").completionPercent().toPlainString());
        assertEquals("-15.8", of(town, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        assertEquals("2500", of(town, "RURAL_PER_CAPITA_CASH_INCOME").value().toPlainString());
        // the one period a notice names gives its list lines theirs (nc06)
        List<ParsedObservation> list = parser.parse("今年以來,全縣主要指標保持較快增長。\n一、主要經濟指標完成情況\n地區(qū)生產(chǎn)總值(GDP)"
                + "314.4億元,同比增長15.1%;\n固定資產(chǎn)投資204.5億元,同比增長21.5%;\n二、經濟運行主要特點\n(一)工業增長穩中向好。"
                + "上半年,全縣規模以上工業增加值39.5億元,同比增長32.0%。", null).observations();
        assertEquals(ReportingPeriod.H1, of(list, "GDP").period(), list::toString);
        assertEquals("21.5", of(list, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        // a target range's lower end is the target; 与去年同期持平 is a growth of 0 (nc07)
        List<ParsedObservation> province = parser.parse("前三季度全省经济运行情况\n前三季度全省生产总值39055.64亿元,同比增长7.4%,"
                + "处于7%—7.5%年度预期目标区间范围之内。进出口总值达3667.2亿元,与去年同期持平。", null).observations();
        assertEquals("7", of(province, "GDP").target().growth().value().toPlainString(), province::toString);
        assertEquals(0, of(province, "FOREIGN_TRADE").growthRate().signum());
        // a shortfall against the budget is no figure; the budget printed in the completion is the target (nc10)
        ParsedObservation revenue = of(parser.parse("1-5月财政收支情况\n1-5月,一般预算财政收入完成12655万元,占年预算30820万元的41.06%,"
                + "短收187万元,比上年同期增长3.84%。", null).observations(), "GENERAL_PUBLIC_BUDGET_REVENUE");
        assertEquals("3.84", revenue.growthRate().toPlainString());
        assertEquals("41.06", revenue.completionPercent().toPlainString());
        // the price basis in brackets, a share written without 占 and counts of towns above an amount (nc03)
        List<ParsedObservation> bulletin = parser.parse("××县2008年国民经济和社会发展统计公报\n2008年全县实现地区生产总值(现行价)300364万元,"
                + "比上年增长(可比价)9.8%。第三产业增加值比重为33.9%,比上年下降了1.1个百分点。其中,财政收入超300万元的乡镇有8个,"
                + "超500万元的有3个。", null).observations();
        assertEquals(1, bulletin.size(), bulletin::toString);
        assertEquals("9.8", of(bulletin, "GDP").growthRate().toPlainString());
        // the whole budget revenue before its parts, local and sent up, is the total (nc01)
        List<ParsedObservation> fiscal = parser.parse("1-11月全县经济运行情况\n1-11月,全县完成一般公共预算收入97950万元,同比下降3.5%;"
                + "地方财政收入67569万元,同比增长1.19%;上划中央收入23302万元,同比下降14.3%。", null).observations();
        assertEquals("-3.5", of(fiscal, "FISCAL_REVENUE").growthRate().toPlainString(), fiscal::toString);
        assertEquals("1.19", of(fiscal, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        // a park's own report under its date line: 完成投资 is its investment, its completion after a share (nc04)
        List<ParsedObservation> park = parser.parse("2016-02-25\n1至5月,××县工业园区累计完成规模以上工业总产值26.04亿元,同比增长13.7%,"
                + "占全年计划的50%。累计完成投资28.46亿元,同比增长44.89%,占全县工业的86.94%和园区全年计划的56.92%。", null).observations();
        assertEquals("56.92", of(park, "FIXED_ASSET_INVESTMENT").completionPercent().toPlainString(), park::toString);
        assertEquals("50", of(park, "INDUSTRIAL_GROSS_OUTPUT").completionPercent().toPlainString());
        // a season's grain is a part; labour moved out is 农村劳动力转移就业 (nc02)
        List<ParsedObservation> plan = parser.parse("2007年1—6月计划执行情况\n1—6月,小春粮食总产量755.7万吨,增长2.9%;"
                + "转移输出农村劳动力1851.1万人,增长7.5%。", null).observations();
        assertEquals(List.of("RURAL_LABOUR_TRANSFER"), plan.stream().map(ParsedObservation::indicatorCode).toList(), plan::toString);
        // the same figure under two periods: the label is doubted, aloud (nc08)
        NoticeParseResult doubted = parser.parse("今年上半年,我县经济运行稳中趋缓。\n初步核算,一季度全县生产总值完成59.6亿元,增长7.6%。"
                + "其中,第三产业增加值19.6亿元,增长6.3%。\n上半年,全县第三产业增加值完成19.6亿元,增长6.3%。", null);
        assertTrue(doubted.warnings().stream().anyMatch(w -> w.message().contains("two periods") && w.fragment().contains("生产总值")),
                doubted.warnings()::toString);
    }

    /** The review of the fourteenth round's notice rules (119 inputs, 26 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheFourteenthRoundsNoticeRulesToTheirCases() {
        // a source or author line that holds figures or the period is the notice's, not furniture
        List<ParsedObservation> sourced = parser.parse("作者:县统计局 2019年上半年全县经济运行简况\n全县地区生产总值完成62.3亿元,同比增长7.1%。"
                + "\n来源:县人社局 全县城镇新增就业3260人", null).observations();
        assertEquals(ReportingPeriod.H1, of(sourced, "GDP").period(), sourced::toString);
        assertEquals(2, sourced.size(), sourced::toString);
        // a period ahead (确保上半年…) or behind (去年上半年) is not the list's
        NoticeParseResult ahead = parser.parse("全县主要经济指标完成情况\n地区生产总值完成45.6亿元,同比增长6.2%。\n确保上半年各项指标“双过半”。"
                + "\n去年上半年受疫情冲击。", null);
        assertTrue(ahead.observations().isEmpty(), ahead::toString);
        // a range's upper end is the target of a rate kept down
        List<ParsedObservation> ranges = parser.parse("2017年上半年全市经济运行情况\n上半年,全市居民消费价格上涨2.5%,处于2%—3%年度目标"
                + "区间内;地区生产总值同比增长6.9%,处于6.5%—7%的年度预期目标区间。", null).observations();
        assertEquals("3", of(ranges, "CPI").target().level().value().toPlainString(), ranges::toString);
        assertEquals("6.5", of(ranges, "GDP").target().growth().value().toPlainString());
        // a 财政总收入 of the notice's own, or a budget revenue equal to its local part: no second total
        for (String fiscal : List.of("1-10月,全县财政总收入完成86420万元,同比增长4.2%;一般公共预算收入59630万元,同比增长2.6%;"
                + "地方财政收入59630万元;上划中央收入20180万元,同比增长8.3%。",
                "1-10月,全县一般公共预算收入完成59630万元,同比增长2.6%;地方财政收入59630万元,同比增长2.6%;上划中央收入20180万元。")) {
            List<ParsedObservation> read = parser.parse("××县2022年1-10月财政收入完成情况\n" + fiscal, null).observations();
            assertEquals("2.6", of(read, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString(), read::toString);
            assertTrue(read.stream().filter(o -> "FISCAL_REVENUE".equals(o.indicatorCode())).count() <= 1, read::toString);
        }
        // a share or count joined by 、 takes only its own clause; a share run into a figure goes from its 占
        List<ParsedObservation> joined = parser.parse("××县2018年国民经济和社会发展统计公报\n第三产业增加值78.6亿元、增长8.5%、占地区生产总值比重"
                + "为42.2%。全年固定资产投资完成126.5亿元占地区生产总值比重为67.9%,比上年增长11.3%。", null).observations();
        assertEquals("8.5", of(joined, "TERTIARY_VALUE_ADDED").growthRate().toPlainString(), joined::toString);
        assertEquals("11.3", of(joined, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
        // a project's investment in a zone's notice is the project's; a city's round of its zones is a city's
        List<ParsedObservation> zone = parser.parse("××高新区2021年1-9月经济运行情况\n1-9月,高新区完成固定资产投资62.5亿元,同比增长15.3%。"
                + "其中,重点项目32个,完成投资41.2亿元,同比增长20.6%。", null).observations();
        assertEquals("62.5", of(zone, "FIXED_ASSET_INVESTMENT").value().toPlainString(), zone::toString);
        NoticeParseResult zones = parser.parse("1-5月,高新区完成规模以上工业总产值126.5亿元,同比增长9.8%,占全市的18.6%;经开区完成规模以上工业"
                + "总产值98.2亿元,同比增长7.6%,占全市的14.4%。", null);
        assertTrue(zones.observations().isEmpty(), zones::toString);
    }

    /** The fifteenth blind round (batch ne, ten notices of 2013–2024 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheFifteenthRoundsNoticeForms() {
        // the nation's figure beside the region's; a growth told for each period so far; a price rise in points (ne03)
        NoticeParseResult municipality = parser.parse("前三季度,全市實現地區生產總值11252.67億元,同比增長11%,較全國高4.1個百分點。\n"
                + "一是經濟增長非常穩定。今年以來,重慶地區生產總值的增長速度一季度為10.7%,上半年為11%,前三季度為11%。\n"
                + "二是固定資產投資態勢平穩。前三季度,重慶固定資產投資保持了17%以上增速。\n"
                + "四是物價保持低位運行態勢。前三季度,我市居民消費品價格水平同比上漲1.4個百分點。\n"
                + "前三季度,全國GDP增速是6.9%,重慶則達到11%。", null);
        List<ParsedObservation> chongqing = municipality.observations();
        assertEquals(List.of("GDP", "CPI"), chongqing.stream().map(ParsedObservation::indicatorCode).toList(), chongqing::toString);
        assertEquals(ReportingPeriod.Q3, of(chongqing, "GDP").period());
        assertEquals("1.4", of(chongqing, "CPI").value().toPlainString());
        assertTrue(municipality.warnings().stream().anyMatch(w -> w.message().startsWith("DUPLICATE_FIGURE")),
                municipality.warnings()::toString);
        // 同比分别 after a total and its part (ne05)
        List<ParsedObservation> mayor = parser.parse("上半年全市生产总值1695亿元,增长7.4%;财政总收入318亿元,其中公共财政预算收入184亿元,"
                + "同比分别增长3.7%和7.1%。", null).observations();
        assertEquals("3.7", of(mayor, "FISCAL_REVENUE").growthRate().toPlainString(), mayor::toString);
        assertEquals("7.1", of(mayor, "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        // 规模上 / 限额上 without 以; the firms' 总产值; a budget without 收入; the firms' retail a part of their sales (ne06)
        List<ParsedObservation> zone = parser.parse("高新区第一季度经济运行分析\n2、工业生产实现开门红。一季度,规模以上工业企业33户,"
                + "实现总产值较上年同期增长56%,完成年度计划的21.4%。\n3、商贸流通保持活跃。一季度,限额上批零企业实现商品销售额同比增长"
                + "30.9 %,完成年度计划的24%。其中,消费品零售总额同比增长33.4%,完成年度计划的27.3%。\n4、财政收入相对稳定。一季度,"
                + "财政收入完成预算的22.6%,同比下降1.1%。其中:地方一般预算完成预算的23%,同比增长3.2%。", null).observations();
        assertEquals(List.of("INDUSTRIAL_GROSS_OUTPUT", "WHOLESALE_RETAIL_SALES", "FISCAL_REVENUE", "GENERAL_PUBLIC_BUDGET_REVENUE"),
                zone.stream().map(ParsedObservation::indicatorCode).toList(), zone::toString);
        assertEquals("56", of(zone, "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
        assertEquals("24", of(zone, "WHOLESALE_RETAIL_SALES").completionPercent().toPlainString());
        assertEquals("23", of(zone, "GENERAL_PUBLIC_BUDGET_REVENUE").completionPercent().toPlainString());
        // a footnote's mark is no figure; a gloss inside a sector's name (ne07)
        List<ParsedObservation> bulletin = parser.parse("庐阳区2016年国民经济和社会发展统计公报\n初步核算,全年地区生产总值(GDP)[2]684.84亿元,"
                + "比上年增长10.5%。其中,第一产业增加值2.27亿元,增长0.6%;第三产业(服务业)增加值568.32亿元,增长12.5%。", null)
                .observations();
        assertEquals("684.84", of(bulletin, "GDP").value().toPlainString(), bulletin::toString);
        assertEquals("568.32", of(bulletin, "TERTIARY_VALUE_ADDED").value().toPlainString());
        // numbers sharing one unit are no amounts; savings deposits are no deposits of every kind (ne08)
        List<ParsedObservation> city = parser.parse("1-8月,全市规模以上工业增加值累计增长11.5%,居全省第6位,分别较去年同期和全年分别回落4.5、"
                + "4.2个百分点。\n8月末,全市金融机构各项存款余额为281.8亿元,同比增长15.4%。其中,储蓄存款余额168.9亿元,增长13.0%,"
                + "高于1-7月3.0个百分点。", null).observations();
        assertEquals(null, of(city, "INDUSTRIAL_VALUE_ADDED").value(), city::toString);
        assertEquals("281.8", of(city, "DEPOSIT_BALANCE").value().toPlainString());
    }

    /** The review of the fifteenth round's notice rules (117 inputs, 16 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheFifteenthRoundsNoticeRulesToTheirCases() {
        // an amount right after 预算 is money set aside, no revenue
        List<ParsedObservation> budget = parser.parse("2023年全县经济运行情况\n全年一般公共预算完成15.2亿元,增长6.1%。全年统筹一般公共预算"
                + "2.6亿元支持乡村振兴。", null).observations();
        assertEquals("15.2", of(budget, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString(), budget::toString);
        // gaps to the targets are the figures' of their own sentence, not of the next one's
        List<ParsedObservation> gaps = parser.parse("2024年上半年全县经济运行情况通报\n上半年,全县地区生产总值、规模以上工业增加值分别增长5.5%、"
                + "6.8%,分别低于年度目标1.5、1.2个百分点。固定资产投资、社会消费品零售总额分别增长8.1%、6.3%。", null).observations();
        assertEquals("7", of(gaps, "GDP").target().growth().value().toPlainString(), gaps::toString);
        assertEquals("8", of(gaps, "INDUSTRIAL_VALUE_ADDED").target().growth().value().toPlainString());
        assertEquals(null, of(gaps, "FIXED_ASSET_INVESTMENT").target());
        // a bare 存款余额 is the deposits still; households' savings are a part of them
        List<ParsedObservation> deposits = parser.parse("××县2016年统计公报\n年末存款余额182亿元,增长11%;城乡居民储蓄存款余额98.2亿元,"
                + "增长18.9%。", null).observations();
        assertEquals("182", of(deposits, "DEPOSIT_BALANCE").value().toPlainString(), deposits::toString);
        // the nation's own communiqué names its figures 全国: they are its own
        List<ParsedObservation> nation = parser.parse("中华人民共和国2023年国民经济和社会发展统计公报\n初步核算,全年国内生产总值1260582亿元,"
                + "比上年增长5.2%。全年全国居民人均可支配收入39218元,比上年增长6.3%。", null).observations();
        assertEquals("39218", of(nation, "PER_CAPITA_DISPOSABLE_INCOME").value().toPlainString(), nation::toString);
        // a footnote "[注1]" is no figure
        assertEquals("356", of(parser.parse("2016年全年××区经济运行情况通报\n全区实现地区生产总值(GDP)[注1]356亿元,增长7.8%。", null)
                .observations(), "GDP").value().toPlainString());
    }

    /** The sixteenth blind round (batch ng, ten notices of 2009–2025 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheSixteenthRoundsNoticeForms() {
        // 比去年增长; an intensity in its numerator's unit, the name saying per what (ng04)
        List<ParsedObservation> bulletin = parser.parse("2013年北塔区国民经济和社会发展统计公报\n全年全区实现生产总值257338万元,按可比价计算比"
                + "去年增长10.9%。全区能耗总量为25.81万吨标准煤,万元GDP能耗为1.221吨标准煤,同比下降5.41%。", null).observations();
        assertEquals("10.9", of(bulletin, "GDP").growthRate().toPlainString(), bulletin::toString);
        assertEquals("1.221", of(bulletin, "ENERGY_INTENSITY").value().toPlainString());
        // a table one cell a line with an amount and a growth column; a date in a line is no figure; kinds of services are
        // no tertiary industry; all industry's row is all industry's, not the firms' above the designated size (ng08)
        NoticeParseResult shanghai = parser.parse(String.join("\n", "2022年上半年上海市生产总值 2022-07-19 来源:市统计局", "",
                "总量", "", "(亿元)", "", "比上年同期", "", "增长(%)", "", "地区生产总值", "", "19349.31", "", "-5.7", "", "  按产业分",
                "", "    第一产业", "", "34.52", "", "1.7", "", "    第三产业", "", "14862.01", "", "-3.1", "", "  按行业分", "",
                "    # 工业", "", "4217.11", "", "-13.3", "", "      金融业", "", "4125.33", "", "6.1", "",
                "    信息传输、软件和信息技术服务业", "", "1819.13", "", "5.3"), null);
        List<ParsedObservation> table = shanghai.observations();
        assertEquals(List.of("GDP", "TERTIARY_VALUE_ADDED", "INDUSTRY_VALUE_ADDED"),
                table.stream().map(ParsedObservation::indicatorCode).toList(), table::toString);
        assertEquals("19349.31", of(table, "GDP").value().toPlainString());
        assertEquals("-3.1", of(table, "TERTIARY_VALUE_ADDED").growthRate().toPlainString());
        // 招商引资到位资金 against a task the prefecture set, whoever set it (ng05); 实际吸收外资 and the province's target (ng06)
        List<ParsedObservation> zone = parser.parse("今年1到10月,开发区招商引资到位资金超历史同期水平,完成州外到位资金120.44亿元,同比增长29%,"
                + "完成州政府下达任务数132.63亿元的90.8%。", null).observations();
        assertEquals("90.8", of(zone, "INVESTMENT_FUNDS_IN_PLACE").completionPercent().toPlainString(), zone::toString);
        assertEquals("132.63", of(zone, "INVESTMENT_FUNDS_IN_PLACE").target().level().value().toPlainString());
        List<ParsedObservation> city = parser.parse("湛江市人民政府关于2010年1-9月吸收外商投资情况的通报\n1-9月我市实际吸收外资1985万美元,"
                + "同比增长48.6%,完成省下达我市工作目标3000万美元的66.2%。", null).observations();
        assertEquals("66.2", of(city, "ACTUAL_FOREIGN_INVESTMENT").completionPercent().toPlainString(), city::toString);
        // 前8个月 are 1-8月; a rank with no verb, after a comma the page lost (ng07, ng02)
        List<ParsedObservation> months = parser.parse("前8个月,全市规模以上工业增加值同比增长9.1%,高于全省增速1.6个百分点战略性新兴产业"
                + "产值同比增长20.6%全市第8位。", null).observations();
        assertEquals(ReportingPeriod.parse("M08"), of(months, "INDUSTRIAL_VALUE_ADDED").period(), months::toString);
        assertEquals(null, of(months, "STRATEGIC_EMERGING_OUTPUT").value(), months::toString);
        assertEquals("20.6", of(months, "STRATEGIC_EMERGING_OUTPUT").growthRate().toPlainString());
        // 当月 is one month; 按可比口径计算; 规模工业累计完成产值; a completion after a semicolon is the figure's before it (ng10)
        List<ParsedObservation> county = parser.parse("1-11月,全县规模工业累计完成产值96.02亿元,同比增长23%;占年度目标95%,超时序进度3个"
                + "百分点。当月全县规模以上工业实现增加值2.90亿元,按可比口径计算同比增长34%。1-11月,全县规模以上工业累计完成工业增加值"
                + "29.47亿元,按可比口径计算同比增长23%。", null).observations();
        assertEquals(List.of("INDUSTRIAL_GROSS_OUTPUT", "INDUSTRIAL_VALUE_ADDED"),
                county.stream().map(ParsedObservation::indicatorCode).toList(), county::toString);
        assertEquals("95", of(county, "INDUSTRIAL_GROSS_OUTPUT").completionPercent().toPlainString());
        assertEquals("3", of(county, "INDUSTRIAL_GROSS_OUTPUT").paceGapPoints().toPlainString());
        assertEquals("23", of(county, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());
        // 1、2月份 are 1-2月 (an old fault)
        List<ParsedObservation> spring = parser.parse("2024年1、2月份,全县规模以上工业增加值同比增长8.2%。", null).observations();
        assertEquals(ReportingPeriod.parse("M02"), of(spring, "INDUSTRIAL_VALUE_ADDED").period(), spring::toString);
    }

    /** The seventeenth blind round (batch ni, ten notices of 2007–2025 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheSeventeenthRoundsNoticeForms() {
        // 全年 before a kind of target names no period (ni01)
        List<ParsedObservation> county = parser.parse("記者從縣統計局獲悉,初步核算,全縣地區生產總值達81.6億元,同比增長5.2%,穩中向好的態勢為"
                + "全年經濟目標打下了堅實基礎。\n一季度,全縣固定資產投資增長10.8%。", null).observations();
        assertEquals(ReportingPeriod.Q1, of(county, "GDP").period(), county::toString);
        // 农林牧渔业及其辅助活动总产值, 粮食作物播种面积 (ni02, ni04)
        List<ParsedObservation> names = parser.parse("2018年辽阳市国民经济和社会发展统计公报\n全年农林牧渔业及其辅助活动总产值30.56亿元,"
                + "同比增长5.8%。粮食作物播种面积135.5千公顷,增加0.3千公顷。", null).observations();
        assertEquals(List.of("AGRICULTURE_GROSS_OUTPUT", "GRAIN_SOWN_AREA"),
                names.stream().map(ParsedObservation::indicatorCode).toList(), names::toString);
        // a task force's line is no figure of the region's; the district's total is (ni06)
        List<ParsedObservation> drive = parser.parse("1-3月产业大招商工作推进情况通报\n全区累计完成招商引资到位资金41.23亿元。\n按专班划分\n"
                + "新型工业化专班项目编制任务数88个,完成编制10个;完成重点产业到位资金19.11亿元,占年度目标任务31.69%。", null)
                .observations();
        assertEquals(1, drive.size(), drive::toString);
        assertEquals("41.23", of(drive, "INVESTMENT_FUNDS_IN_PLACE").value().toPlainString());
        // a group of industries by their standing is no industry above the designated size (ni07)
        List<ParsedObservation> pillars = parser.parse("2024年前三季度经济运行情况\n前三季度,全县规模以上工业增加值增长15.4%。从支柱产业看,"
                + "全县六大支柱及特色工业增加值增长14.5%。", null).observations();
        assertEquals("15.4", of(pillars, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), pillars::toString);
        assertEquals(1, pillars.size(), pillars::toString);
        // a card post's paragraphs parted by image placeholders, its months with their year (ni10)
        List<ParsedObservation> card = parser.parse(String.join("\n", "湖北1-11月经济数据出炉", "图片", "2023年1-11月",
                "全省规模以上工业增加值", "同比增长5.5%", "图片", "2023年1-11月", "全省实现社会消费品零售总额", "2万亿元,同比增长8.8%",
                "图片"), null).observations();
        assertEquals("5.5", of(card, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString(), card::toString);
        assertEquals("8.8", of(card, "RETAIL_SALES").growthRate().toPlainString());
    }

    /** The review of the sixteenth round's notice rules (131 inputs, 15 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheSixteenthRoundsNoticeRulesToTheirCases() {
        // 提前两个月 is ahead of time: the notice's annual figures stay annual
        List<ParsedObservation> ahead = parser.parse("××县2023年经济运行情况\n\n今年,全县一般公共预算收入提前两个月完成全年任务,全年完成10.2亿元,"
                + "同比增长8.6%。地区生产总值186.3亿元,同比增长6.1%。", null).observations();
        assertEquals(ReportingPeriod.ANNUAL, of(ahead, "GDP").period(), ahead::toString);
        // 招商引资实际到位内资/外资 are the catalog's domestic and foreign investment, not the drive's funds
        List<ParsedObservation> funds = parser.parse("××县2023年1-9月招商引资工作通报\n\n1-9月,全县招商引资实际到位内资36.2亿元,同比增长12.1%;"
                + "招商引资实际到位外资1250万美元,同比增长8.3%。", null).observations();
        assertEquals(List.of("DOMESTIC_INVESTMENT_USED", "ACTUAL_FOREIGN_INVESTMENT"),
                funds.stream().map(ParsedObservation::indicatorCode).toList(), funds::toString);
        // a fall by an amount in the intensity's numerator is no level of it
        List<ParsedObservation> energy = parser.parse("××区2013年国民经济和社会发展统计公报\n\n全年全区单位地区生产总值能耗比上年下降0.035吨标准煤,"
                + "万元GDP能耗为1.221吨标准煤,比上年下降2.8%。", null).observations();
        assertEquals(List.of("1.221"), energy.stream().filter(o -> o.value() != null).map(o -> o.value().toPlainString()).toList(),
                energy::toString);
        // an outline's 一、 before 二月份 is no January–February; 本月 in a month's own notice is warned, not dropped
        NoticeParseResult february = parser.parse("××市2023年经济运行情况\n\n一、二月份全市规模以上工业增加值同比增长4.2%。", null);
        assertTrue(february.observations().stream().noneMatch(o -> o.period().equals(ReportingPeriod.parse("M02"))),
                february::toString);
        // …though under a February title the notice is of January–February, as its title says (round 30's oj05)
        assertEquals("M02", of(parser.parse("××市2023年2月份经济运行情况\n\n一、二月份全市规模以上工业增加值同比增长4.2%。", null).observations(),
                "INDUSTRIAL_VALUE_ADDED").period().code());
        NoticeParseResult may = parser.parse("××市2024年5月份经济运行情况\n\n本月,全市规模以上工业增加值同比增长6.1%。", null);
        assertTrue(!may.warnings().isEmpty(), may::toString);
    }

    /** The reviews of the seventeenth and eighteenth rounds' notice rules: each case a rule took too far. */
    @Test
    void shouldKeepTheSeventeenthAndEighteenthRoundsNoticeRulesToTheirCases() {
        // a task force as the source of the region's figures, or as their label, keeps them (round 17)
        for (String line : List.of("根据县稳经济工作专班统计,上半年全县地区生产总值增长6.2%。", "稳增长专班:全区地区生产总值增长5.9%。")) {
            List<ParsedObservation> gdp = parser.parse("上半年全县经济运行情况通报\n" + line, null).observations();
            assertEquals(List.of("GDP"), gdp.stream().map(ParsedObservation::indicatorCode).toList(), line);
        }
        // 全年各项任务 in a year-end report is the year's; 优良天数占比 before its figure is the share of days
        List<ParsedObservation> year = parser.parse("××区2024年经济运行情况\n全年各项任务顺利完成,全区实现地区生产总值560亿元,同比增长5.9%。",
                null).observations();
        assertEquals(ReportingPeriod.ANNUAL, of(year, "GDP").period(), year::toString);
        assertEquals("85.2", of(parser.parse("1-9月全市经济运行情况\n1-9月,全市空气质量优良天数占比为85.2%。", null).observations(),
                "GOOD_AIR_QUALITY_DAYS").value().toPlainString());
        // a kind of services is no tertiary industry; a rate of sales to output no output (round 18)
        NoticeParseResult services = parser.parse("××区2024年一季度经济运行简况\n一季度,全区旅游服务业实现增加值3.6亿元,同比增长12.4%;"
                + "规模以上工业累计产值销售率为97.6%。", null);
        assertTrue(services.observations().isEmpty(), services::toString);
        // a 其中 of a part of 规上 industry across a full stop leaves the bare 工业增加值 规上's
        List<ParsedObservation> part = parser.parse("××市2024年1-8月经济运行情况\n1-8月,全市工业增加值同比增长8.6%。其中,规上工业高技术"
                + "制造业增加值增长15.2%。", null).observations();
        assertEquals(List.of("INDUSTRIAL_VALUE_ADDED"), part.stream().map(ParsedObservation::indicatorCode).toList(), part::toString);
    }

    /** The nineteenth blind round's notices (batch nm, waiting in pending-nm): what is read of them already. */
    @Test
    void shouldReadWhatTheNineteenthRoundsNoticesAlreadyShow() {
        // a bare breadcrumb trail over the title is page furniture: the zone's own year is read (nm05)
        List<ParsedObservation> zone = parser.parse("房天下 >资讯中心 > 其他 > 正文\n\n设区四周年 聊城高新区晒出亮丽成绩单\n\n2016年,高新区实现"
                + "生产总值46.34亿元,同比增长7.2%,固定资产投资完成101.4亿元,同比增长14.2%。", null).observations();
        assertEquals("46.34", of(zone, "GDP").value().toPlainString(), zone::toString);
        // 固定资产总投资 is 固定资产投资 (nm09)
        assertEquals("31", of(parser.parse("新篁镇2010年工作总结\n全年完成固定资产总投资52600万元,同比增长31%。", null).observations(),
                "FIXED_ASSET_INVESTMENT").growthRate().toPlainString());
    }

    /** The twentieth blind round's notices (batch np). */
    @Test
    void shouldReadTheTwentiethRoundsNoticeForms() {
        // a completion of 全年预期目标; 预算内财政收入 is the budget revenue; an unread gap to the pace is told (np07)
        NoticeParseResult half = parser.parse("区上半年国民经济运行情况分析\n上半年,全社会固定资产投资38.62亿元,同比增长68.6%,完成全年预期目标的"
                + "64.4%;区级预算内财政收入26450万元,同比增长26.6%;全区生产总值77.46亿元,落后时间进度个2.2分点。", null);
        assertEquals("64.4", of(half.observations(), "FIXED_ASSET_INVESTMENT").completionPercent().toPlainString(), half::toString);
        assertEquals("26.6", of(half.observations(), "GENERAL_PUBLIC_BUDGET_REVENUE").growthRate().toPlainString());
        assertTrue(half.warnings().stream().anyMatch(w -> w.message().startsWith("与序时进度的差距没有读懂")), half::toString);
        // 半年累计 is the half year; the month's own figure before it is not (np08 = ml04)
        List<ParsedObservation> running = parser.parse("据我局统计,今年6月全县实现规上工业产值20.67亿元,同比负增长3.4%,半年累计完成规上工业产值"
                + "108.7亿元,同比增长18.7%。", null).observations();
        assertEquals("108.7", of(running, "INDUSTRIAL_GROSS_OUTPUT").value().toPlainString(), running::toString);
        assertEquals(ReportingPeriod.H1, of(running, "INDUSTRIAL_GROSS_OUTPUT").period());
        // a remark after the figure goes and the growth computed at comparable prices is the figure's; 三产业(服务业) is
        // the tertiary industry but not inside a list of the three (np03, np05, ml08)
        NoticeParseResult province = parser.parse("2019年上半年经济数据\n上半年全省实现地区生产总值(GDP)20517.2亿元,这是经济总量首次"
                + "在上半年突破两万亿大关。按可比价计算,同比增长7.9%。三产业(服务业)增加值增长7.6%。一二三产业增加值分别完成65.7亿元、"
                + "388.4亿元和272.3亿元。", null);
        assertEquals("7.9", of(province.observations(), "GDP").growthRate().toPlainString(), province::toString);
        assertEquals("7.6", of(province.observations(), "TERTIARY_VALUE_ADDED").growthRate().toPlainString());
        assertEquals(1, province.observations().stream().filter(o -> o.indicatorCode().equals("TERTIARY_VALUE_ADDED")).count());
        // an amount with no unit is kept in the indicator's unit, and said
        NoticeParseResult bare = parser.parse("2010年上半年\n工业总产值 | 114339 | -19.1", null);
        assertTrue(bare.warnings().stream().anyMatch(w -> w.message().startsWith("没有写单位")), bare::toString);
    }

    /** The review of the twentieth round's rules: each case where a first draft read worse than before. */
    @Test
    void shouldKeepTheTwentiethRoundsNoticeRulesToTheirCases() {
        // 下半年累计 is no first half
        List<ParsedObservation> second = parser.parse("今年下半年累计完成固定资产投资45.2亿元,同比增长8.6%,全年完成86.3亿元。", null)
                .observations();
        assertFalse(second.stream().anyMatch(o -> o.period() == ReportingPeriod.H1), second::toString);
        // a growth after a full stop is not given to the 其中 part before it
        List<ParsedObservation> part = parser.parse("1-12月,全市地区生产总值完成1256亿元,其中第三产业增加值650亿元。按可比价计算,同比增长"
                + "6.5%。", null).observations();
        assertNull(of(part, "TERTIARY_VALUE_ADDED").growthRate(), part::toString);
        // a unit printed once for two figures, and a pace written as a fraction, are no warnings
        NoticeParseResult shared = parser.parse("上半年,全县一般公共预算收入和税收收入分别完成8.6、6.2亿元,同比分别增长5.3%、4.1%。"
                + "1-6月,全县固定资产投资完成5.6亿元,增长6.3%,完成年度目标的54.2%(时间进度6/12)。", null);
        assertFalse(shared.warnings().stream().anyMatch(w -> w.message().startsWith("没有写单位")
                || w.message().startsWith("与序时进度")), shared.warnings()::toString);
        // 1.26万个 market entities are 12,600 户
        assertEquals("12600", of(parser.parse("1-9月,全县新增市场主体1.26万个,同比增长12.1%。", null).observations(),
                "NEW_MARKET_ENTITIES").value().toPlainString());
    }

    /** The twenty-first blind round's notices (batch nr, waiting in pending-nr): what is read of them already. */
    @Test
    void shouldReadWhatTheTwentyFirstRoundsNoticesAlreadyShow() {
        // a verb between a sector and its value added (nr01)
        assertEquals("10.3", of(parser.parse("前三季度全市经济运行情况\n前三季度,全市服务业实现增加值10731.13亿元,同比增长10.3%。", null)
                .observations(), "TERTIARY_VALUE_ADDED").growthRate().toPlainString());
        // the end of a named year is the year (nr10)
        List<ParsedObservation> town = parser.parse("镇工作汇报\n截止2007年底,全社会固定资产投资完成1.6亿元,同比增长39%。", null)
                .observations();
        assertEquals(ReportingPeriod.ANNUAL, of(town, "FIXED_ASSET_INVESTMENT").period(), town::toString);
    }

    /** The review of the twenty-first round's rules: each case where a first draft read worse than before. */
    @Test
    void shouldKeepTheTwentyFirstRoundsNoticeRulesToTheirCases() {
        // signed or contracted foreign capital is no capital used
        List<ParsedObservation> signed = parser.parse("1-6月,全市新签利用外资合同额3.6亿美元,同比增长15%;实际利用外资1.2亿美元,增长8%。", null)
                .observations();
        assertEquals("1.2", of(signed, "ACTUAL_FOREIGN_INVESTMENT").value().toPlainString(), signed::toString);
        // above-size services are no tertiary industry; a deadline at a year's end names no year
        assertTrue(parser.parse("上半年,全市规上服务业实现增加值32.5亿元,增长6.1%。", null).observations().stream()
                .noneMatch(o -> o.indicatorCode().equals("TERTIARY_VALUE_ADDED")));
        assertTrue(parser.parse("2024年底,全县将实现地区生产总值增长6%的目标。目前,全县一般公共预算收入完成8.6亿元,增长4.2%。", null)
                .observations().stream().noneMatch(o -> o.period() == ReportingPeriod.ANNUAL));
    }

    /**
     * The twenty-first round's notices read in the twenty-second session (batch nr joined the corpus): a month's growth
     * beside the months' (nr02), a 分别 list with names outside the catalog (nr06), gaps to the targets named apart from
     * the figures, with or without 分别 (nr06, my02), a work target's completion (nr07).
     */
    @Test
    void shouldReadTheTwentyFirstRoundsRemainingNoticeForms() {
        ParsedObservation month = of(parser.parse("1-8月份经济运行分析\n8月当月,全市规上工业增加值同比增长8.2%,1-8月份同比增长5.1%,"
                + "比1-7月份提高0.1个百分点。", null).observations(), "INDUSTRIAL_VALUE_ADDED");
        assertEquals("5.1", month.growthRate().toPlainString());
        assertEquals(ReportingPeriod.parse("M08"), month.period());

        NoticeParseResult brief = parser.parse("上半年,宿迁市实现规模工业总产值、规模工业增加值、工业开票销售、工业用电量分别增长45.6%、"
                + "26.8%、43.3%、31.9%。\n与年度目标比,完成进度好于预期。规模工业增加值、工业开票销售增幅均好于年初预期,分别超过年度目标"
                + "13.8、23.3个百分点。", null);
        assertEquals("45.6", of(brief.observations(), "INDUSTRIAL_GROSS_OUTPUT").growthRate().toPlainString());
        ParsedObservation industry = of(brief.observations(), "INDUSTRIAL_VALUE_ADDED");
        assertEquals("26.8", industry.growthRate().toPlainString());
        assertEquals("13", Units.strip(industry.target().growth().value()).toPlainString());
        assertTrue(industry.targetImplied());
        assertEquals(2, brief.observations().size(), brief.observations()::toString);
        assertTrue(brief.warnings().stream().anyMatch(w -> w.message().contains("工业用电量")), brief.warnings()::toString);

        NoticeParseResult lead = parser.parse("一季度经济运行\n地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全区第一,"
                + "高于年度预期目标2.1、6.3、11.2个百分点,固定资产投资增速居全区第二,高于年度预期目标13个百分点。"
                + "一季度,全市生产总值624.66亿元,同比增长8.6%。规模以上工业增加值同比增长14.8%。固定资产投资同比增长21.0%。", null);
        assertEquals("6.5", Units.strip(of(lead.observations(), "GDP").target().growth().value()).toPlainString());
        assertEquals("8.5", Units.strip(of(lead.observations(), "INDUSTRIAL_VALUE_ADDED").target().growth().value())
                .toPlainString());
        assertEquals("8", Units.strip(of(lead.observations(), "FIXED_ASSET_INVESTMENT").target().growth().value())
                .toPlainString());
        // a gap after its own figure stays that figure's, given once
        ParsedObservation own = of(parser.parse("一季度,全市固定资产投资同比增长9%,高于年度预期目标1个百分点。", null).observations(),
                "FIXED_ASSET_INVESTMENT");
        assertEquals("8", Units.strip(own.target().growth().value()).toPlainString());

        ParsedObservation exports = of(parser.parse("今年1至9月,郊区出口创汇27.3亿美元,同比增长108.8%,完成工作目标25.12亿美元的108.7%。",
                null).observations(), "EXPORTS");
        assertEquals("108.7", exports.completionPercent().toPlainString());
        assertEquals("25.12", Units.strip(exports.target().level().value()).toPlainString());
    }

    /**
     * The twenty-second blind round's notice forms (batch nt): a budget revenue before the local one in the next sentence
     * (nt04), a town naming itself before its 全镇 (nt09), a numbered table title with its column titles on its line
     * (nt10), a target named in a work summary's prose (nt08), person-times (nt05), 预计目标 and 限额以上商品销售额.
     */
    @Test
    void shouldReadTheTwentySecondRoundsNoticeForms() {
        List<ParsedObservation> bulletin = parser.parse("2022年国民经济和社会发展统计公报\n全年实现一般公共预算收入150.2亿元,比上年下降4.2%。"
                + "完成地方一般公共预算收入64.1亿元,比上年下降3.8%。", null).observations();
        assertEquals("150.2", of(bulletin, "FISCAL_REVENUE").value().toPlainString(), bulletin::toString);
        assertEquals("64.1", of(bulletin, "GENERAL_PUBLIC_BUDGET_REVENUE").value().toPlainString());

        List<ParsedObservation> town = parser.parse("上半年,灵秀镇全镇共完成财政收入40157万元,同比增长86.1%;一般预算收入24322万元,"
                + "同比增长81.7%。完成规模以上工业总产值61.5亿元,限额以上商品销售额639.1亿元。", null).observations();
        assertEquals("86.1", of(town, "FISCAL_REVENUE").growthRate().toPlainString(), town::toString);
        assertEquals("639.1", of(town, "WHOLESALE_RETAIL_SALES").value().toPlainString());

        List<ParsedObservation> table = parser.parse("2018年1-4月主要指标进度数据\n5、规模以上工业产销 4月 1-4月累计 累计增长%\n"
                + "规模以上工业增加值(亿元) 89.36 316.44 1.5\n#出口产品交货值(亿元) 135.39 522.48 0.2\n", null).observations();
        assertEquals(1, table.size(), table::toString);
        assertEquals("316.44", of(table, "INDUSTRIAL_VALUE_ADDED").value().toPlainString());
        assertEquals("1.5", of(table, "INDUSTRIAL_VALUE_ADDED").growthRate().toPlainString());

        List<ParsedObservation> summary = parser.parse("2025年上半年工作总结\n聚焦地区生产总值年度增长6%目标任务,建立经济运行工作专班。"
                + "预计上半年全县GDP增长6.3%以上。", null).observations();
        assertEquals(1, summary.size(), summary::toString);
        assertEquals("6.3", summary.get(0).growthRate().toPlainString());
        assertEquals("6", Units.strip(summary.get(0).target().growth().value()).toPlainString());

        ParsedObservation transfer = of(parser.parse("一季度,全省农牧区劳动力转移就业33万人次,增长12.5%。", null).observations(),
                "RURAL_LABOUR_TRANSFER");
        assertEquals("33", transfer.value().toPlainString());
        assertEquals("万人次", transfer.unit());

        assertEquals("87.69", of(parser.parse("截止9月底,全旗固定资产投资完成75.33亿元,同比增长2.1%,完成预计目标的87.69%。", null)
                .observations(), "FIXED_ASSET_INVESTMENT").completionPercent().toPlainString());
    }

    /** The review of the twenty-second round's notice rules (batches nr, nt): each case where a first draft read worse. */
    @Test
    void shouldKeepTheTwentySecondRoundsNoticeRulesToTheirCases() {
        // a town's or a zone's 分别 list stays the part's; averages over two years are no growths
        List<ParsedObservation> town = parser.parse("××县2023年上半年经济运行情况\n上半年,全县规上工业增加值增长7.1%,固定资产投资增长6.2%。"
                + "城关镇规上工业增加值、固定资产投资、工业用电量分别增长12.5%、15.3%、9.8%。", null).observations();
        assertEquals("6.2", of(town, "FIXED_ASSET_INVESTMENT").growthRate().toPlainString(), town::toString);
        assertTrue(parser.parse("××市2024年一季度经济运行情况\n一季度,全市地区生产总值、规上工业增加值、工业用电量两年平均分别增长5.2%、"
                + "6.1%、7.3%。", null).observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRIAL_VALUE_ADDED")));
        // gaps of a part, of the province, of another period imply no target of the region's figures
        for (String other : List.of("其中,高新区规上工业增加值、固定资产投资增速分别高于年度目标3、5个百分点。",
                "全省规上工业增加值、固定资产投资增速分别低于年度目标0.8、1.5个百分点。",
                "一季度,全县规上工业增加值、固定资产投资增速分别低于年度目标1.2、2.1个百分点。")) {
            List<ParsedObservation> read = parser.parse("××县2024年上半年经济运行情况\n上半年,全县规上工业增加值增长7.5%,固定资产投资增长9.5%。"
                    + other, null).observations();
            assertTrue(read.stream().allMatch(o -> o.target() == null), read::toString);
        }
        // a total named in the notice keeps the budget revenue what it says
        List<ParsedObservation> revenues = parser.parse("××县2023年1-9月经济运行\n1-9月,全县财政收入完成18.6亿元,增长5.2%;一般公共预算收入"
                + "完成11.2亿元,增长4.3%。实现地方一般公共预算收入10.1亿元。", null).observations();
        assertEquals("18.6", of(revenues, "FISCAL_REVENUE").value().toPlainString(), revenues::toString);
        // a county's news naming a town's 全镇 once is the county's
        assertTrue(parser.parse("新闻:我县上半年经济稳中向好\n上半年,我县地区生产总值完成66.1亿元,增长6.3%。石桥镇全镇规上工业总产值完成12.3亿元,"
                + "增长20.5%。", null).observations().stream().noneMatch(o -> o.indicatorCode().equals("INDUSTRIAL_GROSS_OUTPUT")));
        // a table of shares (构成) gives nothing
        assertTrue(parser.parse("2018年1-4月主要指标进度数据\n3、第三产业增加值构成 3月 1-3月累计 累计增长%\n运输仓储邮政业 —— 3 ——\n"
                + "批发和零售业 —— 8.27 ——\n", null).observations().isEmpty());
        // training of the rural labour is no transfer
        List<ParsedObservation> jobs = parser.parse("××县2024年上半年就业工作\n上半年,全县开展农村劳动力转移就业技能培训2.1万人次,"
                + "农村劳动力转移就业1.5万人。", null).observations();
        assertEquals("1.5", of(jobs, "RURAL_LABOUR_TRANSFER").value().toPlainString(), jobs::toString);
    }

    /**
     * The twenty-third blind round's notice forms (batch nv): a list of names and figures one a line with no stops (nv10),
     * a period named in a paragraph of a half-year release (nv03), a | table's header broken over lines (nv08), a change
     * against last month between a figure and its completion of a 考核目标 (nv09), a source's lead before the figures.
     */
    @Test
    void shouldReadTheTwentyThirdRoundsNoticeForms() {
        List<ParsedObservation> list = parser.parse("1-8月经济发展主要指标一览\n城镇居民人均可支配收入 19458元,同比增长8.6%\n"
                + "全社会固定资产投资 3077.2亿元,同比增长3.5%\n社会消费品零售额 3937.9亿元,同比增长16.2%\n规模以上工业增加值 同比增长15.5%\n",
                null).observations();
        assertEquals(4, list.size(), list::toString);
        assertEquals("3937.9", of(list, "RETAIL_SALES").value().toPlainString());

        List<ParsedObservation> half = parser.parse("新疆上半年生产总值同比增长9.9%\n\n工业生产稳定增长,全区规模以上工业企业增加值比上年同期增长11.4%;"
                + "1—5月,全区规模以上工业实现营业收入5357.80亿元,增长30.6%。\n\n消费市场持续改善,全区实现社会消费品零售总额1609.8亿元,"
                + "比上年同期增长19.8%。", null).observations();
        assertEquals(ReportingPeriod.H1, of(half, "RETAIL_SALES").period(), half::toString);

        List<ParsedObservation> table = parser.parse("统计月报 2015年3月\n| 项 目 名 称 | 计算 单位 |\n3月 | 1-3月 累计 |\n"
                + "累计比上年同期增长(%) | 结构(%) |\n| 一、社会消费品零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |\n"
                + "| 三、限额以上批零企业商品销售总额 | 万元 | 300310 | 891502 | -1.0 | |\n", null).observations();
        assertEquals("117.385", of(table, "RETAIL_SALES").value().toPlainString(), table::toString);
        assertEquals("2", of(table, "RETAIL_SALES").growthRate().toPlainString());
        assertEquals("-1", of(table, "WHOLESALE_RETAIL_SALES").growthRate().toPlainString());

        ParsedObservation industry = of(parser.parse("1-10月,全市规模以上工业实现增加值139.4亿元,环比扩大4.1亿元,完成考核目标170亿元的82%,"
                + "同比增长18.5%。", null).observations(), "INDUSTRIAL_VALUE_ADDED");
        assertEquals("18.5", industry.growthRate().toPlainString());
        assertEquals("82", industry.completionPercent().toPlainString());
    }
}
