package org.duban.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.duban.indicators.Seeds;
import org.duban.indicators.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

class TargetParserTest {

    private final TargetParser parser = new TargetParser(CatalogLoader.loadDefault(),
            new TargetParser.Options(new BigDecimal("0.5"), new BigDecimal("2")));

    @Test
    void shouldReadEveryComparatorOfTheCountyParagraph() {
        TargetParseResult result = parser.parse(Seeds.fixture("county-targets.txt"));

        assertEquals(List.of(), result.warnings());
        List<Target> t = result.targets();
        assertEquals(10, t.size(), t::toString);
        assertBound(t.get(0).growth(), TargetComparator.ABOUT, "8", "%");
        assertEquals(0, new BigDecimal("0.5").compareTo(t.get(0).growth().tolerance()));
        assertBound(t.get(0).level(), TargetComparator.EXACT, "320", "亿元");
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE", t.get(1).indicatorCode());
        assertBound(t.get(1).growth(), TargetComparator.AT_LEAST, "5", "%");
        assertEquals("URBAN_UNEMPLOYMENT_RATE", t.get(2).indicatorCode());
        assertBound(t.get(2).level(), TargetComparator.AT_MOST, "4", "%");
        assertNull(t.get(2).growth(), "a rate's percentage is its value, not a growth");
        assertEquals("CPI", t.get(3).indicatorCode());
        assertBound(t.get(3).level(), TargetComparator.ABOUT, "3", "%");
        assertEquals(0, new BigDecimal("0.5").compareTo(t.get(3).level().tolerance()),
                "a percentage's tolerance is in percentage points");
        assertEquals(0, new BigDecimal("6.4").compareTo(
                parser.parse("地区生产总值达到320亿元左右").targets().get(0).level().tolerance()), "2 % of 320");
        assertEquals("ENERGY_INTENSITY", t.get(4).indicatorCode());
        assertBound(t.get(4).growth(), TargetComparator.DECREASE_AT_LEAST, "-3", "%");
        assertEquals("NEW_URBAN_JOBS", t.get(5).indicatorCode());
        assertBound(t.get(5).level(), TargetComparator.AT_LEAST, "1.2", "万人");
        assertEquals("URBAN_PER_CAPITA_INCOME", t.get(6).indicatorCode());
        assertBound(t.get(6).growth(), TargetComparator.EXACT, "8", "%");
        assertEquals("RURAL_PER_CAPITA_INCOME", t.get(7).indicatorCode());
        assertBound(t.get(7).growth(), TargetComparator.EXACT, "9", "%");
        assertEquals(TargetComparator.IN_STEP_WITH, t.get(8).comparator());
        assertEquals("GDP", t.get(8).growth().referenceCode());
        assertTrue(t.get(9).qualitative());
        assertEquals("全面完成省市下达的各项任务", t.get(9).subject());
    }

    @Test
    void shouldWarnAboutEveryFragmentItCannotRead() {
        TargetParseResult result = parser.parse(Seeds.fixture("county-targets-damaged.txt"));

        List<String> fragments = result.warnings().stream().map(ParseWarning::fragment).toList();
        assertEquals(4, result.warnings().size(), result.warnings()::toString);
        assertTrue(fragments.contains("5亿元"), "亿元 is not a unit of 外贸进出口总额 (亿美元)");
        assertTrue(fragments.stream().anyMatch(f -> f.contains("分别达到4.2万元")), "two indicators, one value");
        assertTrue(fragments.contains("7%"), "a second growth target for one indicator");
        assertTrue(fragments.contains("12.5亿元"), "a figure without an indicator");
        Target fiscal = result.targets().stream().filter(x -> "FISCAL_REVENUE".equals(x.indicatorCode()))
                .findFirst().orElseThrow();
        assertBound(fiscal.growth(), TargetComparator.EXACT, "6", "%");
        assertTrue(fiscal.notes().get(0).contains("财政收入") && fiscal.notes().get(0).contains("一般公共预算收入"),
                fiscal.notes()::toString);
    }

    @Test
    void shouldNormaliseUnitsToTheIndicatorUnitAndSayWhenTheUnitWasMissing() {
        TargetParseResult result = parser.parse("城镇居民、农村居民人均可支配收入分别达到3.1万元、1.7万");

        assertEquals(List.of(), result.warnings());
        assertBound(result.targets().get(0).level(), TargetComparator.EXACT, "31000", "元");
        assertBound(result.targets().get(1).level(), TargetComparator.EXACT, "17000", "元");
        assertTrue(result.targets().get(1).notes().stream().anyMatch(n -> n.contains("单位缺失")));
        assertFalse(result.targets().get(0).notes().stream().anyMatch(n -> n.contains("单位缺失")));
    }

    @Test
    void shouldTreatModifierAfterTheNumberAsStrongerThanTheVerbBefore() {
        Target target = parser.parse("城镇登记失业率控制在4.5%左右").targets().get(0);
        assertEquals(TargetComparator.ABOUT, target.comparator());
        assertEquals(TargetComparator.AT_MOST, parser.parse("城镇登记失业率不超过4.5%").targets().get(0).comparator());
        assertEquals(TargetComparator.AT_LEAST, parser.parse("地区生产总值增长不低于7%").targets().get(0).comparator());
    }

    @Test
    void shouldKeepRangeTargetsAsWrittenWithBothEnds() {
        TargetParseResult result = parser.parse("地区生产总值增长6.5%-7%;居民消费价格涨幅2%—3%;单位GDP能耗下降3%~4%");
        assertEquals(List.of(), result.warnings());
        Bound gdp = result.targets().get(0).growth();
        assertBound(gdp, TargetComparator.RANGE, "7", "%");
        assertEquals(0, new BigDecimal("6.5").compareTo(gdp.from()));
        assertEquals("增长6.5%—7%", result.targets().get(0).describe());
        Bound cpi = result.targets().get(1).level();
        assertBound(cpi, TargetComparator.RANGE, "3", "%");
        assertEquals(0, new BigDecimal("2").compareTo(cpi.from()));
        Bound energy = result.targets().get(2).growth();
        assertBound(energy, TargetComparator.RANGE, "-4", "%");
        assertEquals(0, new BigDecimal("-3").compareTo(energy.from()));
    }

    @Test
    void shouldReadAChangeInPercentagePointsAsTheRateChangeItIs() {
        Target urbanisation = parser.parse("常住人口城镇化率提高1.5个百分点").targets().get(0);
        assertBound(urbanisation.level(), TargetComparator.EXACT, "1.5", "个百分点");
        assertEquals(null, urbanisation.growth());
    }

    @Test
    void shouldDescribeTargetsInTheWordsOfTheReports() {
        List<Target> targets = parser.parse("地区生产总值增长7.8%左右,达到581亿元;单位GDP能耗下降3%以上").targets();
        assertEquals("增长7.8%左右,达到581亿元", targets.get(0).describe());
        assertEquals("下降3%以上", targets.get(1).describe());
    }

    static void assertBound(Bound bound, TargetComparator comparator, String value, String unit) {
        assertEquals(comparator, bound.comparator(), bound::toString);
        assertEquals(0, new BigDecimal(value).compareTo(bound.value()), bound::toString);
        assertEquals(unit, bound.unit());
    }

    /**
     * Batch f and its review: a group's title (经济增长目标。) and an area's heading words before its figures set no
     * target; a title-like clause with a verb in it is a target; 把…目标定为… with no reasons after it is a target, with
     * reasons it ends the targets.
     */
    @Test
    void shouldTellGroupTitlesAndReasonsFromTargets() {
        List<String> subjects = parser.parse("2008年全市经济社会发展的主要预期目标是:\n(一)经济增长目标。全市生产总值增长13%。\n"
                + "(四)资源环境目标。全面完成节能减排目标;能耗强度完成省下达目标。").targets().stream().map(Target::subject).toList();
        assertEquals(List.of("地区生产总值", "全面完成节能减排目标", "能耗强度完成省下达目标"), subjects.stream()
                .map(x -> x.startsWith("生产总值") || x.equals("地区生产总值") ? "地区生产总值" : x).toList(), subjects::toString);

        List<Target> led = parser.parse("主要预期目标是:一是经济运行稳中有进,地区生产总值增长6.5%;四是生态环境持续改善,"
                + "单位地区生产总值能耗降低3%。").targets();
        assertEquals(List.of("GDP", "ENERGY_INTENSITY"), led.stream().map(Target::indicatorCode).toList(), led::toString);

        List<Target> stated = parser.parse("主要预期目标是:把地区生产总值增长目标定为8%左右;城镇登记失业率控制在4%以内。").targets();
        assertEquals(2, stated.size(), stated::toString);
        List<Target> reasoned = parser.parse("主要预期目标是:地区生产总值增长9%左右;城镇登记失业率控制在4.2%以内。\n"
                + "把经济增长预期目标定为9%左右,比去年实际增速低3.2个百分点,主要是为了引导各方面把工作重点放到转变经济发展方式上来。")
                .targets();
        assertEquals(List.of("GDP", "URBAN_UNEMPLOYMENT_RATE"), reasoned.stream().map(Target::indicatorCode).toList(),
                reasoned::toString);
    }

    /** The review of batch l's change: a review of last year's targets is no introduction; an unpaired 分别 of words stays. */
    @Test
    void shouldKeepTheTargetsTheBatchLRulesMustNotTouch() {
        List<Target> t = parser.parse("2015年,全省经济运行总体平稳,主要预期目标完成情况见附表1。地区生产总值增长8.1%。\n"
                + "2016年全省经济社会发展的主要预期目标是:地区生产总值增长7.5%左右;城镇登记失业率控制在4.5%以内。").targets();
        assertEquals(List.of("7.5", "4.5"), t.stream().map(x -> (x.growth() != null ? x.growth() : x.level()).value().toPlainString())
                .toList(), t::toString);
        List<Target> words = parser.parse("主要预期目标是:单位生产总值能耗和主要污染物排放总量分别完成省下达的年度目标。").targets();
        assertFalse(words.isEmpty(), "a 分别 clause of words is a target: " + words);
    }

    /**
     * A break-it trial (2026-12-02): 8,000 targets in one sentence without a full stop each quoted the whole sentence,
     * an answer of about 2 GB that ran the gateway out of memory. Each target now quotes an excerpt.
     */
    @Test
    void shouldQuoteAnExcerptOfALongSentenceNotTheWholeOfIt() {
        List<Target> t = parser.parse("主要预期目标为:" + "地区生产总值增长6%左右,".repeat(2000)).targets();
        assertFalse(t.isEmpty());
        assertTrue(t.stream().allMatch(x -> x.sourceText().length() <= 301), () -> t.get(0).sourceText().length() + " characters");
    }

    /** The same break-it trial: one target stated thousands of times is one target and a warning saying how often. */
    @Test
    void shouldKeepATargetStatedAgainOnceAndSaySo() {
        TargetParseResult result = parser.parse("主要预期目标为:" + "地区生产总值增长6%左右,".repeat(2000) + "城镇登记失业率控制在4.5%以内。");
        assertEquals(List.of("GDP", "URBAN_UNEMPLOYMENT_RATE"), result.targets().stream().map(Target::indicatorCode).toList());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("重复出现2000次")), result.warnings()::toString);
        // two different figures for one indicator are both kept, for the office to choose
        assertEquals(2, parser.parse("主要预期目标为:地区生产总值增长6%左右;地区生产总值增长6.5%左右。").targets().size());
    }

    /** And: a change verb before a number without its unit is not read as a level in the indicator's unit. */
    @Test
    void shouldWarnOfAChangeWhoseUnitIsLostNotReadItAsALevel() {
        TargetParseResult gdp = parser.parse("主要预期目标为:地区生产总值增长60750,城镇化率提高1.2。");
        assertTrue(gdp.targets().stream().noneMatch(t -> t.level() != null || t.growth() != null), gdp.targets()::toString);
        assertEquals(2, gdp.warnings().stream().filter(w -> w.message().contains("缺少单位")).count(), gdp.warnings()::toString);
        // with its unit, or as a level (达到), it reads as before
        assertEquals("60750", parser.parse("地区生产总值达到60750亿元。").targets().get(0).level().value().toPlainString());
        assertEquals("1.2", parser.parse("城镇化率提高1.2个百分点。").targets().get(0).level().value().toPlainString());
    }

    /**
     * The review of batch ma/mc's rules (2026-12-02): text after a target table is no target; a growth column before
     * the target's is last year's; a tab-indented row under a plain header is a row; a list typed one target a line is
     * not a wrapped paragraph; an area's words ending a list are a target.
     */
    @Test
    void shouldKeepWhatTheReviewOfBatchesMaAndMcFoundBroken() {
        List<Target> after = parser.parse("主要预期目标如下表:\n\n指标\n单位\n2026年目标\n地区生产总值\n亿元\n530\n一般公共预算收入\n亿元\n45\n\n"
                + "2025年全县地区生产总值增长6.2%,一般公共预算收入增长4%。").targets();
        assertEquals(2, after.size(), after::toString);
        List<Target> chapter = parser.parse("主要预期目标如下表:\n指标\t单位\t2026年目标\n地区生产总值\t亿元\t530\n一般公共预算收入\t亿元\t45\n"
                + "二、重点工作\n2025年全县地区生产总值增长6.2%,一般公共预算收入增长4%。").targets();
        assertEquals(2, chapter.size(), chapter::toString);
        List<Target> lastYear = parser.parse("主要预期目标如下表:\n| 指标 | 单位 | 2025年完成 | 比上年增长(%) | 2026年目标 |\n| --- | --- | --- | --- | --- |\n"
                + "| 地区生产总值 | 亿元 | 500 | 6.5 | 530 |\n| 进出口总额 | 亿元 | 12.5 | -8.2 | — |\n").targets();
        assertEquals(1, lastYear.size(), lastYear::toString);
        assertEquals(null, lastYear.get(0).growth());
        List<Target> indented = parser.parse("2026年主要预期目标:\n指标\t单位\t2026年目标\n地区生产总值\t亿元\t530\n\t其中:增速\t%\t6左右\n"
                + "一般公共预算收入\t亿元\t45\n城镇登记失业率\t%\t≤4.5\n").targets();
        assertEquals(3, indented.size(), indented::toString);
        assertEquals("6", indented.get(0).growth().value().toPlainString());
        List<Target> lines = parser.parse("2026年主要预期目标:\n地区生产总值达到1235.6亿元增长6.5%左右力争7%\n城镇常住居民人均可支配收入增长与经济增长同步\n"
                + "农村常住居民人均可支配收入增长与经济增长同步\n单位地区生产总值能耗完成市下达的节能减排任务\n城镇登记失业率控制在4.5%以内").targets();
        assertEquals(5, lines.size(), lines::toString);
        List<Target> ending = parser.parse("今年主要预期目标是:一是地区生产总值增长6%左右;二是一般公共预算收入增长5%;三是生态环境质量持续改善。"
                + "四是人民生活水平不断提高。").targets();
        assertEquals(4, ending.size(), ending::toString);
    }

    /** The second review (2026-12-02): 约束性指标 introduces nothing over the targets before it; 力争到 the year itself stays. */
    @Test
    void shouldKeepTheTargetsBeforeABindingListAndOfTheYearItself() {
        assertEquals(3, parser.parse("2025年全县经济社会发展的预期性指标:地区生产总值增长6%,固定资产投资增长8%。约束性指标为:单位地区生产总值能耗"
                + "下降3%。").targets().size());
        assertEquals(4, parser.parse("2025年经济社会发展主要预期目标是:地区生产总值增长6%左右;规模以上工业增加值增长7%;力争到2025年底,城镇新增就业"
                + "1.2万人,城镇登记失业率控制在4%以内。").targets().size());
        assertEquals(2, parser.parse("2019年新区经济社会发展的主要预期目标是:地区生产总值增长9%;固定资产投资增长15%. 力争到2020年, 新区地区生产总值"
                + "突破800亿元.").targets().size());
        // the binding list first, then the predictive one (a break-it trial): both are the year's targets
        assertEquals(6, parser.parse("约束性指标:单位地区生产总值能耗下降3%,化学需氧量、氨氮排放量分别下降2%和2.5%,空气质量优良天数比例达到88%以上。"
                + "预期性指标:森林覆盖率达到62.5%,常住人口城镇化率提高1.2个百分点。").targets().size());
        // a plan period's end after the year's targets is a later goal
        assertEquals(2, parser.parse("2025年全县经济社会发展的主要预期目标是:地区生产总值增长6%,一般公共预算收入增长5%。“十五五”期末,全县地区"
                + "生产总值达到500亿元。").targets().size());
    }

    /** A break-it trial's invented targets: a gap to another region or year, and the income ratio, are no incomes or levels. */
    @Test
    void shouldNotTurnAGapOrARatioIntoATarget() {
        List<Target> t = parser.parse("主要预期目标是:地区生产总值增长6%,高于全省平均水平1个百分点;固定资产投资增长10%,比去年提高2个百分点;"
                + "城乡居民收入比由2.1缩小到2.05;城镇化率提高1.2个百分点。").targets();
        assertEquals(4, t.size(), t::toString);
        assertEquals(null, t.get(0).level());
        assertEquals("全省平均水平", t.get(0).aboveReference());
        assertEquals(null, t.get(1).level());
        assertEquals(null, t.get(2).indicatorCode());
        assertEquals("2.05", t.get(2).level().value().toPlainString());
        assertEquals("1.2", t.get(3).level().value().toPlainString());
    }

    /** Batch me (2026-12-02, blind): the rules its ten paragraphs called for, each on its own. */
    @Test
    void shouldReadTheThirdRoundsForms() {
        // a CPI index with its percent sign: the rise
        Target cpi = parser.parse("主要预期目标是:居民消费价格总指数控制在104%以内。").targets().get(0);
        assertEquals("CPI", cpi.indicatorCode());
        assertBound(cpi.level(), TargetComparator.AT_MOST, "4", "%");
        // figures in words before a unit and after a verb of target
        List<Target> words = parser.parse("主要预期目标是:城镇新增就业一点五万人以上,居民消费价格指数控制在一百零三以内。").targets();
        assertBound(words.get(0).level(), TargetComparator.AT_LEAST, "1.5", "万人");
        assertBound(words.get(1).level(), TargetComparator.AT_MOST, "3", "%");
        // a share of the city without 比重, its numerator by its modern name; never the indicator's own growth
        Target share = parser.parse("全年主要预期目标是:一般预算收入占全市32.5%。").targets().get(0);
        assertNull(share.indicatorCode());
        assertEquals("一般公共预算收入占全市比重", share.subject());
        assertBound(share.level(), TargetComparator.EXACT, "32.5", "%");
        List<Target> runTogether = parser.parse("主要预期目标是:实际利用外资1.2亿美元规模工业应税销售占全市13%。").targets();
        assertNull(runTogether.get(0).growth(), "13 % is a share of something else, not the growth of 实际利用外资");
        // a target set later is none; 由负转平 is a growth of 0
        TargetParseResult later = parser.parse("主要预期指标是:全社会固定资产投资增长目标根据新的统计口径另行确定,一般公共预算收入增速由负转平。");
        assertEquals(1, later.targets().size(), later.targets()::toString);
        assertBound(later.targets().get(0).growth(), TargetComparator.EXACT, "0", "%");
        assertTrue(later.warnings().stream().anyMatch(w -> w.fragment().contains("另行确定")));
        // the work for the targets after them is no target
        assertEquals(1, parser.parse("主要预期目标是:地区生产总值增长13%。为确保完成各项目标,该镇将提升城镇环境,全面提升民生水平。")
                .targets().size());
        // a level with its growth on an indicator outside the catalog
        Target output = parser.parse("主要预期目标是:工业总产值力争达到23亿元,增长12%。").targets().get(0);
        assertEquals("工业总产值", output.subject());
        assertBound(output.level(), TargetComparator.EXACT, "23", "亿元");
        assertBound(output.growth(), TargetComparator.EXACT, "12", "%");
    }


    /** What the review of batch me's rules found them breaking (72 inputs run on the old and new readers). */
    @Test
    void shouldKeepWhatTheReviewOfBatchMeFoundBroken() {
        // a 约束性 block after "上述指标为预期性指标" is read
        List<Target> binding = parser.parse("主要预期目标是:社会消费品零售总额增长15%。上述指标为预期性指标,约束性指标是:单位生产总值能耗"
                + "降低4.2%,化学需氧量和二氧化硫排放量分别减少2%和2.5%。").targets();
        assertTrue(binding.stream().anyMatch(t -> "ENERGY_INTENSITY".equals(t.indicatorCode())), binding::toString);
        // last year's figure explained between targets does not end them
        List<Target> explained = parser.parse("主要预期目标是:\n(一)经济增长。预期全市地区生产总值增长6%左右。上年我市地区生产总值增长6.3%。\n"
                + "(二)投资。全社会固定资产投资增长8%。\n(三)消费。社会消费品零售总额增长7%。").targets();
        assertTrue(explained.stream().anyMatch(t -> "RETAIL_SALES".equals(t.indicatorCode())), explained::toString);
        // targets before a work list in the same sentence stay; 要确保完成全年目标 and 围绕各项目标 introduce targets
        assertEquals(2, parser.parse("主要预期目标是:全年要确保全社会固定资产投资增长20%、社会消费品零售总额增长14%,重点抓好以下几个方面工作:"
                + "一是抓项目。").targets().size());
        assertEquals(2, parser.parse("要确保完成全年目标,规模以上工业增加值增长10%以上,全社会固定资产投资增长15%。").targets().stream()
                .filter(t -> t.indicatorCode() != null).count());
        assertEquals(2, parser.parse("主要预期目标是:地区生产总值增长7%。2021年指标体系新增两项指标:数字经济核心产业增加值占地区生产总值"
                + "比重达到8%。").targets().size());
        // a note in brackets, a definition in brackets, a label that is the indicator
        Target energy = parser.parse("主要预期目标是:单位生产总值能耗下降4%(分县区指标另行下达)。").targets().get(0);
        assertBound(energy.growth(), TargetComparator.EXACT, "-4", "%");
        Target air = parser.parse("主要预期目标是:空气质量优良天数比例(优良天数占全年有效监测天数)达到85%。").targets().get(0);
        assertEquals("85", air.level().value().toPlainString());
        List<Target> labelled = parser.parse("主要预期目标是:\n(一)GDP.增长6%以上.\n(三)居民消费价格.涨幅控制在3%左右.\n").targets();
        assertEquals(List.of("GDP", "CPI"), labelled.stream().map(Target::indicatorCode).toList());
        // last year's review is not introduced by 主要预期指标完成情况如下:
        assertEquals(1, parser.parse("过去一年,主要预期指标完成情况如下:地区生产总值增长7.2%。2017年主要预期目标是:地区生产总值增长7%左右。")
                .targets().size());
        // figures in words only where they are figures; a share after a growth is the subject's share, never GDP's growth
        List<Target> named = parser.parse("主要预期目标是:培育百亿元企业3家;新开工十亿元以上重大项目15个;城镇新增就业三五万人。").targets();
        assertEquals("培育百亿元企业", named.get(0).subject());
        assertBound(named.get(0).level(), TargetComparator.EXACT, "3", "家");
        assertNull(named.get(2).level(), "三五万人 is an estimate");
        List<Target> share = parser.parse("主要预期目标是:服务业增加值增长9%,占地区生产总值比重提高到47%。").targets();
        assertTrue(share.stream().noneMatch(t -> "GDP".equals(t.indicatorCode())), share::toString);
        assertEquals("服务业增加值占地区生产总值比重", share.get(1).subject());
        // a unit the cell list does not know, and a dash, in a table one cell a line: no wrapped name, the rows go on
        List<Target> annex = parser.parse("附表 2026年主要指标\n指标名称\n单位\n2025年预计\n2026年目标\n属性\n规模以上工业增加值增速\n%\n6.1\n6\n"
                + "预期性\n新型储能装机规模\n万千瓦\n—\n50\n预期性\n城镇新增就业\n万人\n8.3\n8\n预期性\n").targets();
        assertTrue(annex.stream().anyMatch(t -> "NEW_URBAN_JOBS".equals(t.indicatorCode())), annex::toString);
    }


    /** Batch mg (2026-12-02, blind, fourth round): the table layouts and wordings it called for. */
    @Test
    void shouldReadTheFourthRoundsForms() {
        // a two-column pipe table without its opening pipe, its title spaced
        List<Target> pipes = parser.parse("主要预期目标如下:\n指 标 | 2025年目标 |\n地区生产总值 | 增长7%左右 |\n招商引资到位资金 | 560亿元,增长5% |\n").targets();
        assertEquals("招商引资到位资金", pipes.get(1).subject());
        assertBound(pipes.get(1).level(), TargetComparator.EXACT, "560", "亿元");
        // a 类别 cell spanning its group's rows, laid out with spaces
        List<Target> spanned = parser.parse("附表\n类别        序号  指标                  单位     2024年预计    2025年目标   属性\n"
                + "经济发展    1     地区生产总值增速      %        5.2           5.5          预期性\n"
                + "            2     固定资产投资增速      %        -3.4          3左右        预期性\n").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT"), spanned.stream().map(Target::indicatorCode).toList());
        assertBound(spanned.get(1).growth(), TargetComparator.ABOUT, "3", "%");
        // urban and rural named apart; the kinds of indicators set nothing; 好转 makes a target
        List<Target> words = parser.parse("建议2023年主要预期目标为:城镇、牧区常住居民人均可支配收入增长与经济增长基本同步,生态环境进一步好转。"
                + "其中约束性指标确保完成,预期性指标力争完成。").targets();
        assertEquals(3, words.size(), words::toString);
        assertEquals("URBAN_PER_CAPITA_INCOME", words.get(0).indicatorCode());
        assertEquals("RURAL_PER_CAPITA_INCOME", words.get(1).indicatorCode());
        assertEquals("生态环境进一步好转", words.get(2).subject());
        // what the review of these rules found them breaking
        assertTrue(parser.parse("主要预期目标是:地区生产总值增长6%;单位地区生产总值能耗、主要污染物排放总量等约束性指标完成省下达任务。")
                .targets().stream().anyMatch(t -> "ENERGY_INTENSITY".equals(t.indicatorCode())), "a binding target is no pledge");
        assertEquals(1, parser.parse("主要预期目标是:地区生产总值增长8%以上,随着疫情防控形势持续好转,发展后劲明显增强。").targets().size());
        List<Target> indented = parser.parse("主要预期目标如下:\n指标        单位     2025年目标\n地区生产总值增速   %     6左右\n"
                + "　　此外,全年粮食产量稳定在 80万吨以上。").targets();
        assertTrue(indented.stream().anyMatch(t -> "GRAIN_OUTPUT".equals(t.indicatorCode())), indented::toString);
        assertEquals(1, parser.parse("主要预期目标是:\n——全面完成2025年省下达的节能减排指标\n").targets().size());
        assertTrue(parser.parse("主要预期目标是:城镇和农村居民人均可支配收入比缩小到2.2。").targets().stream()
                .noneMatch(t -> "URBAN_PER_CAPITA_INCOME".equals(t.indicatorCode())), "a ratio of the two incomes is neither");
    }

    /** The fifth blind round (batch mi): what it found the reader missing, each in the document's words. */
    @Test
    void shouldReadTheFifthRoundsForms() {
        // a share of GDP written 相当于…的比例; two rates sharing one value with no 分别; 城、乡 for urban then rural
        List<Target> shares = parser.parse("今年预期目标:\n■全社会研发经费支出相当于全市生产总值的比例保持在4%左右,"
                + "城镇调查失业率和登记失业率稳定在4.3%左右,城、乡居民人均可支配收入分别增长8%、9%\n").targets();
        assertEquals(List.of("RD_INTENSITY", "SURVEYED_UNEMPLOYMENT_RATE", "URBAN_UNEMPLOYMENT_RATE", "URBAN_PER_CAPITA_INCOME",
                "RURAL_PER_CAPITA_INCOME"), shares.stream().map(Target::indicatorCode).toList(), shares::toString);
        assertBound(shares.get(0).level(), TargetComparator.ABOUT, "4", "%");
        assertBound(shares.get(2).level(), TargetComparator.ABOUT, "4.3", "%");
        assertBound(shares.get(4).growth(), TargetComparator.EXACT, "9", "%");
        // several indicators in step with GDP, 城乡 among them
        List<Target> inStep = parser.parse("主要预期目标是:财政收入和城乡居民人均可支配收入与地区生产总值同步增长。").targets();
        assertEquals(List.of("FISCAL_REVENUE", "URBAN_PER_CAPITA_INCOME", "RURAL_PER_CAPITA_INCOME"),
                inStep.stream().map(Target::indicatorCode).toList(), inStep::toString);
        assertTrue(inStep.stream().allMatch(t -> t.growth().comparator() == TargetComparator.IN_STEP_WITH));
        // names outside the catalog, each with its own 增幅, after 力争
        List<Target> own = parser.parse("主要预期目标是:力争固定资产投资增幅16%以上、规上工业产值增幅13%以上、限上社零额同比增长15%以上。").targets();
        assertEquals(List.of("固定资产投资", "规上工业产值", "限上社零额"), own.stream().map(Target::subject).toList());
        assertBound(own.get(1).growth(), TargetComparator.AT_LEAST, "13", "%");
        // a heading over bulleted targets ends last year's bullets before it; the reasons for a target end the list
        List<Target> bullets = parser.parse("■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n●粮食总产达到557亿斤\n"
                + "■ 2025年经济社会发展的主要预期目标\n●经济增长5.5%左右\n●城镇新增就业70万人以上\n").targets();
        assertEquals(2, bullets.size(), bullets::toString);
        assertBound(bullets.get(0).growth(), TargetComparator.ABOUT, "5.5", "%");
        assertEquals(1, parser.parse("主要预期目标是:地区生产总值增长10%。\n确定10%的增长目标,是广泛听取意见后决定的,"
                + "GDP必须保持10%的年均增长水平。").targets().size());
        // a target set by a new statistical scope is none this year; a growth on the same basis is a growth
        TargetParseResult later = parser.parse("主要预期指标是:全社会固定资产投资增长目标根据新的统计口径设置,一般公共预算收入同口径增长9%。");
        assertEquals(List.of("GENERAL_PUBLIC_BUDGET_REVENUE"), later.targets().stream().map(Target::indicatorCode).toList());
        assertTrue(later.warnings().stream().anyMatch(w -> w.fragment().contains("口径设置")), later::toString);
        // no figure: one income's growth against the other's; 协调发展 closing a list
        assertEquals(2, parser.parse("主要预期目标是:力争农村居民可支配收入增速快于城镇居民,社会事业协调发展。").targets().size());
        // what 包括 enumerates, up to what is to be done with it, is one clause
        List<Target> binding = parser.parse("约束性指标是:环境质量方面,包括设区市细颗粒物(PM2.5)浓度下降比例,设区市城市空气质量优良天数比例,"
                + "达到或好于Ⅲ类水体比例,完成国家下达任务。").targets();
        assertEquals(1, binding.size(), binding::toString);
        assertTrue(binding.get(0).subject().startsWith("包括") && binding.get(0).subject().endsWith("完成国家下达任务"), binding::toString);
        // what stays as it was: a list of names with a bound and no figure is one qualitative target
        assertEquals(1, parser.parse("主要预期目标是:化学需氧量、二氧化硫排放总量控制在自治区下达指标以内。").targets().size());
    }

    /** What the review of batch mi's rules found them breaking, each kept as it should read. */
    @Test
    void shouldKeepWhatTheReviewOfBatchMiFoundBroken() {
        // 同 before 同步 after two names: it threw, and the whole document was lost
        List<Target> same = parser.parse("今年主要预期目标是:地区生产总值增长7%左右;一般公共预算收入和财政总收入同经济增长同步;城镇新增就业1万人。").targets();
        assertEquals(4, same.size(), same::toString);
        // a bulleted list goes on past a group heading and a wrapped item
        List<Target> groups = parser.parse("主要预期目标是:\n●地区生产总值增长6.5%左右\n社会民生\n●城镇新增就业1500人\n").targets();
        assertEquals(2, groups.size(), groups::toString);
        // the year's heading, not last year's; a plan's five-year goals are not the year's
        List<Target> plan = parser.parse("一、2024年计划执行情况\n2024年主要预期目标\n(一)地区生产总值增长5.3%,低于预期目标0.7个百分点。\n"
                + "二、2025年主要预期目标\n(一)地区生产总值增长5.5%左右。(二)城镇新增就业1.2万人。\n").targets();
        assertEquals(2, plan.size(), plan::toString);
        assertBound(plan.get(0).growth(), TargetComparator.ABOUT, "5.5", "%");
        List<Target> fiveYear = parser.parse("“十四五”时期主要目标\n■地区生产总值年均增长6.5%\n2021年主要预期目标是:地区生产总值增长7%以上。").targets();
        assertEquals(1, fiveYear.size(), fiveYear::toString);
        // a reason inside a numbered item leaves the items after it; 确定目标是: introduces targets
        assertTrue(parser.parse("主要预期目标是:\n1.地区生产总值增长6%左右。确定6%的增长目标,既考虑了需要也考虑了可能。\n2.城镇新增就业1.2万人。\n")
                .targets().stream().anyMatch(t -> "NEW_URBAN_JOBS".equals(t.indicatorCode())));
        // a target set to a figure by a new scope is a target
        assertTrue(parser.parse("主要预期目标是:固定资产投资增长目标根据新的统计口径设定为8%。").targets().stream()
                .anyMatch(t -> "FIXED_ASSET_INVESTMENT".equals(t.indicatorCode())));
        // one amount or one change in points after two names is not each one's
        assertEquals(List.of("URBANISATION_RATE"), parser.parse("主要预期目标是:常住人口城镇化率和户籍人口城镇化率提高1个百分点。")
                .targets().stream().map(Target::indicatorCode).toList());
        // a second growth of the same indicator is no name of its own
        assertEquals(1, parser.parse("主要预期目标是:居民人均可支配收入增长7%、实际增长5%。").targets().size());
        // 协调发展 in narrative is no target
        assertEquals(1, parser.parse("主要预期目标是:地区生产总值增长7%左右,坚持经济与生态协调发展。").targets().size());
        // half-width commas in a text of half-width commas part values
        assertTrue(parser.parse("主要预期目标是:三次产业增加值分别达到120,135,148亿元。").targets().stream()
                .noneMatch(t -> t.level() != null && t.level().value().compareTo(new BigDecimal("1000")) > 0));
        // ▲ before a photo's caption is no bullet; a definition in brackets keeps the name it defines
        List<Target> caption = parser.parse("主要预期目标是:地区生产总值增长6%。\n▲2024年全区地区生产总值增长5.3%\n").targets();
        assertEquals(1, caption.stream().filter(t -> "GDP".equals(t.indicatorCode())).count(), caption::toString);
        assertEquals(List.of("RD_INTENSITY"), parser.parse("主要预期目标是:研发投入强度(全社会研发经费支出相当于全市生产总值的比例)达到3.2%。")
                .targets().stream().map(Target::indicatorCode).toList());
    }

    /** The sixth blind round (batch mk): what it found the reader missing. */
    @Test
    void shouldReadTheSixthRoundsForms() {
        // below the survey's threshold is no indicator of the catalog; 超 before a figure is at least it
        List<Target> town = parser.parse("2022年全镇经济社会主要预期目标是:规下工业增加值增长15%,一般公共预算收入超7800万元,安全生产平稳可控。")
                .targets();
        assertEquals("规下工业增加值", town.get(0).subject(), town::toString);
        assertNull(town.get(0).indicatorCode());
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE", town.get(1).indicatorCode());
        assertEquals(TargetComparator.AT_LEAST, town.get(1).level().comparator());
        assertEquals("安全生产平稳可控", town.get(2).subject());
        // 能源消耗 is 能耗; a name before 能耗 is the energy per unit of it
        List<Target> energy = parser.parse("今年全省地区生产总值预期增长12%,单位地区生产总值能源消耗降低6%,规模以上工业产值能耗下降5%。").targets();
        assertEquals("ENERGY_INTENSITY", energy.get(1).indicatorCode(), energy::toString);
        assertBound(energy.get(1).growth(), TargetComparator.EXACT, "-6", "%");
        assertTrue(energy.stream().noneMatch(t -> "INDUSTRIAL_GROSS_OUTPUT".equals(t.indicatorCode())), energy::toString);
        assertTrue(parser.parse("主要预期目标是:单位工业增加值能源消耗下降18%。").targets().stream()
                .noneMatch(t -> "INDUSTRIAL_VALUE_ADDED".equals(t.indicatorCode())), "energy per unit of it is not it");
        // 城市居民 is the older name of urban residents, never all residents (a city's 2013 report, batch mn's mn01, pending)
        assertEquals("URBAN_PER_CAPITA_INCOME", parser.parse("主要预期目标是:城市居民人均可支配收入增长10%。").targets().get(0).indicatorCode());
        // a ceiling written 不超 stays a ceiling
        assertEquals(TargetComparator.AT_MOST, parser.parse("主要预期目标是:居民消费价格涨幅不超3%。").targets().get(0).level().comparator());
        // a verb and 目标 without a figure after it introduce nothing: last year's figures after it are no targets
        assertEquals(1, parser.parse("全会明确了今年的发展目标,全市上下要咬定目标不放松。去年地区生产总值增长6.1%。"
                + "今年主要预期目标:地区生产总值增长6%以上。").targets().size());
        // a verb that sets the targets, then a comma, introduces them: last year's results before it give none
        List<Target> set = parser.parse("2022年,全州实现地区生产总值53.62亿元,同比增长2.7%。全州划定发展预期目标,地区生产总值增长3%;"
                + "社会消费品零售总额增长7%。").targets();
        assertEquals(2, set.size(), set::toString);
        assertBound(set.get(0).growth(), TargetComparator.EXACT, "3", "%");
    }

    /** The seventh and eighth blind rounds (batches mn, mp) and the review of their rules. */
    /** Forms of the ninth round (batch mr, BATCH-mr-ms.md), each as the statistician reads it. */
    @Test
    void shouldReadTheNinthRoundsForms() {
        // 预期目标是 after the region introduces the list, so last year's and the news page's figures give none; 可比增长
        List<Target> zone = parser.parse("双引擎助推09××\n昨天,××经济技术开发区召开区情通报会。今年,开发区预期目标是地区生产总值"
                + "实现1200亿元,可比增长18%以上。工业总产值完成4200亿元,增长12.6%以上。\n\n力争在“十一五”末,形成千亿级规模的产业群。")
                .targets();
        assertEquals(List.of("GDP", "INDUSTRY_GROSS_OUTPUT"), zone.stream().map(Target::indicatorCode).toList(), zone::toString);
        assertEquals(0, zone.get(0).growth().value().compareTo(new BigDecimal("18")));
        assertEquals(TargetComparator.AT_LEAST, zone.get(0).growth().comparator());
        // …not "经济增长预期目标为7%左右": the subject before it stays the target's
        assertEquals("GDP", parser.parse("全市经济增长预期目标为7%左右。").targets().get(0).indicatorCode());
        // the names of a 分别 list in "在…方面"; the trailing 以上 on each value
        List<Target> areas = parser.parse("在固定资产投资、社会消费品零售总额、进出口方面,分别保持增长20%、13%和14%以上。").targets();
        assertEquals(List.of("FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "FOREIGN_TRADE"),
                areas.stream().map(Target::indicatorCode).toList(), areas::toString);
        assertEquals(TargetComparator.AT_LEAST, areas.get(2).growth().comparator());
        // 内资 after 外资 under one verb is 实际利用内资
        List<Target> capital = parser.parse("确保实际利用外资10207万美元、内资118亿元;").targets();
        assertEquals("DOMESTIC_INVESTMENT_USED", capital.get(1).indicatorCode(), capital::toString);
        // 全年 is no word of an uncatalogued name, but a qualitative clause keeps it
        assertEquals("接待游客人数", parser.parse("全年接待游客人数超过5000万人次").targets().get(0).subject());
        assertEquals("全年不发生较大以上安全生产事故", parser.parse("主要预期目标是:全年不发生较大以上安全生产事故。").targets().get(0)
                .subject());
        // an uncatalogued 净增 in 亿元 is an increase by an amount: warned, not a level
        TargetParseResult increase = parser.parse("工业开票销售净增150亿元。");
        assertEquals(List.of(), increase.targets());
        assertTrue(increase.warnings().stream().anyMatch(w -> w.message().contains("增加的数额")), increase::toString);
        // a list of constraint indicators and the task for them are one qualitative target
        List<Target> constraint = parser.parse("今年,人口自然增长率、万元GDP能耗和主要污染物排放总量削减率等约束性指标,确保完成省政府下达的任务。")
                .targets();
        assertEquals(1, constraint.size(), constraint::toString);
        assertTrue(constraint.get(0).subject().endsWith("约束性指标,确保完成省政府下达的任务"));
    }

    /** The tenth blind round (batch mt): page noise and old names. */
    @Test
    void shouldReadTheTenthRoundsForms() {
        // a reading in pinyin after a character is the page's ruby; ⒋2 is 4.2
        List<Target> glossed = parser.parse("主要预期目标是:地区(qū)生产(chǎn)总值增长10%,城镇登记失业率控制在⒋2%以内。").targets();
        assertEquals(List.of("GDP", "URBAN_UNEMPLOYMENT_RATE"), glossed.stream().map(Target::indicatorCode).toList(), glossed::toString);
        assertEquals(0, glossed.get(1).level().value().compareTo(new BigDecimal("4.2")));
        // 人均纯收入 is rural; 全年实现 before an uncatalogued name is no word of it; 一般财政预算收入
        List<Target> town = parser.parse("今年,全年实现工农业总产值3.36亿元,增长14%,人均纯收入达到4936元,全年完成一般财政预算收入2.2亿元。")
                .targets();
        assertEquals("工农业总产值", town.get(0).subject(), town::toString);
        assertEquals("RURAL_PER_CAPITA_INCOME", town.get(1).indicatorCode());
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE", town.get(2).indicatorCode());
        // (the review: 城镇居民人均纯收入 is not rural; ⒈ before a year numbers an item; 粮豆薯 names grain, not its output)
        assertEquals(null, parser.parse("城镇居民人均纯收入增长8%。").targets().get(0).indicatorCode());
        assertEquals(List.of("GDP", "GENERAL_PUBLIC_BUDGET_REVENUE"), parser.parse("⒈2024年地区生产总值增长6%左右;⒉一般公共预算收入增长5%。")
                .targets().stream().map(Target::indicatorCode).toList());
        assertEquals("GRAIN_SOWN_AREA", parser.parse("粮豆薯播种面积稳定在1.4亿亩。").targets().get(0).indicatorCode());
    }

    /** The review of the ninth round's target rules: each case one of its rules took too far. */
    @Test
    void shouldKeepTheNinthRoundsTargetRulesToTheirCases() {
        // only a verbless list "…等指标" takes the task after it; a target with its verb stays one of its own
        assertEquals(2, parser.parse("生态环境质量达到省考核指标,全面完成省下达的河长制工作任务。").targets().size());
        assertEquals(3, parser.parse("1.地区生产总值增长6.5%左右。2.单位地区生产总值能耗等约束性指标。3.确保完成省下达的节能减排任务。")
                .targets().size());
        // last year's target and what became of it introduce nothing: the year's list is read
        for (String review : List.of("去年预期目标是地区生产总值增长7.5%,实际增长6.8%,未完成预期目标。",
                "年初,高新区预期目标为规模以上工业增加值增长12%,后因疫情影响调整为8%。",
                "全市预期目标为全省设区市中靠前位次。")) {
            List<Target> year = parser.parse(review + "今年主要预期目标为:地区生产总值增长7%左右,固定资产投资增长10%。").targets();
            assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT"), year.stream().map(Target::indicatorCode).toList(), year::toString);
            assertEquals(0, year.get(0).growth().value().compareTo(new BigDecimal("7")), review);
        }
        // "在一、二、三产业方面" names no indicator; 全年龄段 is no 全年
        assertEquals(List.of("GDP"), parser.parse("在一、二、三产业方面,分别增长3.5%、8%和9%;地区生产总值增长7.5%。").targets().stream()
                .map(Target::indicatorCode).toList());
        assertEquals("全年龄段人口健康素养水平", parser.parse("全年龄段人口健康素养水平达到25%。").targets().get(0).subject());
    }

    @Test
    void shouldReadTheSeventhAndEighthRoundsForms() {
        // a list on its introduction's line closed by 等 ends there: the year's work and last year's results after it give none
        List<Target> closed = parser.parse("2020年经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,城镇登记失业率4.5%以内,"
                + "现行标准下剩余的农村贫困人口全部脱贫、贫困县全部摘帽等。\n××介绍了2020年的工作重点。一是高举法治旗帜,坚决维护社会稳定;"
                + "二是坚决打好三大攻坚战。\n回顾2019年,预计全年实现一般公共预算收入1577.3亿元,增长3%;社会消费品零售总额增长6%左右。")
                .targets();
        assertEquals(3, closed.size(), closed::toString);
        assertEquals("现行标准下剩余的农村贫困人口全部脱贫、贫困县全部摘帽", closed.get(2).subject());
        // …but targets on the next line go on (the review: 约束性指标 after 等。), and 中等 closes nothing
        assertEquals(3, parser.parse("主要预期目标是:地区生产总值增长7%,社会消费品零售总额增长9%等。\n"
                + "约束性指标:单位地区生产总值能耗下降3%。").targets().size());
        assertEquals(2, parser.parse("主要预期目标是:地区生产总值增长7%,教育现代化水平保持全省中等。\n"
                + "农村居民人均可支配收入增长8%。").targets().stream().filter(t -> t.indicatorCode() != null).count());
        // a news subheading is no wrapped line: the work after it gives none; a two-column target line is no subheading
        assertEquals(2, parser.parse("政府工作报告明确了2006年的预期目标:生产总值增长11.0%以上,城镇居民可支配收入增长8.0%。\n"
                + "强化“三农”工作 推进社会主义新农村建设\n报告指出,种植业标准化达到1.2亿亩,规模化养殖业比重达到65.0%。")
                .targets().size());
        assertEquals("URBAN_PER_CAPITA_INCOME", parser.parse("主要预期目标是:城镇居民可支配收入增长8.0%。").targets().get(0).indicatorCode());
        assertEquals(2, parser.parse("主要预期目标:\n节能减排 完成省下达任务\n居民收入 与经济增长同步\n").targets().size());
        // a line that opens the year's work ends the targets; 主要预期发展指标是 introduces them
        assertEquals(1, parser.parse("2009年经济社会发展的主要预期目标:全省生产总值增长9%。\n"
                + "2009年政府工作的4大重点是:以扩大内需为重点,促进经济平稳较快发展;以保障和改善民生为重点,增加城乡居民收入。")
                .targets().size());
        List<Target> zone = parser.parse("2013年××高新区地区生产总值实现928亿元,同比增长15.9%。\n部署2014年主要预期发展指标是:"
                + "地区生产总值实现1050亿元,全口径财政收入、一般预算财政收入分别实现500亿元、100亿元。").targets();
        assertEquals(List.of("GDP", "FISCAL_REVENUE", "GENERAL_PUBLIC_BUDGET_REVENUE"),
                zone.stream().map(Target::indicatorCode).toList(), zone::toString);
        // 报告建议: introduces targets only when figures of targets follow it; the condition before a target is none
        List<Target> proposed = parser.parse("预计全市实现生产总值1.2万亿元,增长13.3%。\n报告建议:2008年全市经济在优化结构、提高效益的"
                + "基础上,生产总值增长10%左右,开工建设经济适用房400万平方米左右。").targets();
        assertEquals(2, proposed.size(), proposed::toString);
        assertBound(proposed.get(0).growth(), TargetComparator.ABOUT, "10", "%");
        assertEquals("开工建设经济适用房", proposed.get(1).subject());
        assertEquals(1, parser.parse("报告建议:进一步深化改革开放,着力保障和改善民生。\n\n今年全市主要预期目标是:地区生产总值增长9%。")
                .targets().size());
        // the 的 before an uncatalogued figure is no word of its name
        assertEquals("灾后重建主要目标任务", parser.parse("主要预期目标:全省生产总值增长9%,完成灾后重建主要目标任务的72%。")
                .targets().get(1).subject());
    }

    /** The eleventh round's target forms (BATCH-mv-mw.md), each with the wrong reading it had. */
    @Test
    void shouldReadTheEleventhRoundsTargetForms() {
        // 主要预期目标建议为 introduces the list: last year's 1195.6亿元 and the attendance before it are no targets (mv08)
        List<Target> proposed = parser.parse("大会实到代表388人,缺席33人。全市实现生产总值1195.6亿元、增长10%。\n"
                + "主要预期目标建议为地区生产总值增长8.5%,城镇新增就业2.25万人。").targets();
        assertEquals(List.of("GDP", "NEW_URBAN_JOBS"), proposed.stream().map(Target::indicatorCode).toList(), proposed::toString);
        // a kind of economy is not the economy (mv04: 新经济增长20%以上 was GDP growth)
        List<Target> kinds = parser.parse("主要预期目标是:地区生产总值增长7.5%以上,新经济增长20%以上,数字经济增长15%。").targets();
        assertEquals(1, kinds.stream().filter(t -> "GDP".equals(t.indicatorCode())).count(), kinds::toString);
        assertBound(kinds.get(0).growth(), TargetComparator.AT_LEAST, "7.5", "%");
        assertEquals("新经济", kinds.get(1).subject());
        // 全港货物吞吐量 is the port's cargo throughput; G D P spaced out on the page is GDP (mv03)
        List<Target> port = parser.parse("2016年经济社会发展的预期目标:G DP同比增长10%,全港货物吞吐量增长6%。").targets();
        assertEquals(List.of("GDP", "PORT_CARGO_THROUGHPUT"), port.stream().map(Target::indicatorCode).toList(), port::toString);
        // a rate better lower, stated bare, is a ceiling (mv05's 确定的CPI是3%); a growth stated bare stays exact
        List<Target> bare = parser.parse("主要预期目标是:CPI是3%,城镇登记失业率4.5%,地区生产总值增长8%。").targets();
        assertBound(bare.get(0).level(), TargetComparator.AT_MOST, "3", "%");
        assertBound(bare.get(1).level(), TargetComparator.AT_MOST, "4.5", "%");
        assertBound(bare.get(2).growth(), TargetComparator.EXACT, "8", "%");
        // a page that lost a count before 家以上 is told, naming the clause (mv04); 亿元以上项目 is a name, not a loss
        TargetParseResult lost = parser.parse("主要预期目标是:新增“四上”企业家以上、商事主体1.3万户以上,新开工亿元以上项目50个。");
        assertEquals(1, lost.warnings().stream().filter(w -> w.message().contains("数字疑似缺失")).count(), lost::toString);
        assertTrue(lost.warnings().stream().anyMatch(w -> w.fragment().contains("企业家以上")), lost::toString);
        // targets in a news lead before the report's own list are named for the office, not read; last year's are not named
        TargetParseResult lead = parser.parse("报告又提出今(2024)年经济社会发展的各项预期目标,包括预期今年GDP增长6%,外贸进出口总额增长2%等。\n"
                + "去年预期目标是增长5%,实际增长3.8%。\n今年经济社会发展的主要预期目标是:地区生产总值增长6%;社会消费品零售总额增长6%。");
        assertEquals(2, lead.targets().size(), lead::toString);
        List<ParseWarning> earlier = lead.warnings().stream().filter(w -> w.message().contains("引言")).toList();
        assertEquals(1, earlier.size(), lead::toString);
        assertTrue(earlier.get(0).fragment().contains("外贸进出口总额增长2%"), earlier::toString);
        // an interview around a target: a question and the words of an argument before a figure are no targets (mv05)
        TargetParseResult interview = parser.parse("工作报告提出,2015年,我市GDP增长10%左右。将怎样来实现这个目标?按照前4年的增速,"
                + "2015年,必须实现9.5%以上增长,才能完成12.5%的年均增长目标。");
        assertEquals(List.of("GDP"), interview.targets().stream().map(Target::indicatorCode).toList(), interview::toString);
        assertTrue(interview.warnings().stream().anyMatch(w -> w.fragment().contains("9.5%")), interview::toString);
        // without an introduction nothing is named so
        assertTrue(parser.parse("地区生产总值增长6%,预期目标包括外贸增长2%。").warnings().stream()
                .noneMatch(w -> w.message().contains("引言")));
    }

    /** The review of the eleventh round's target rules (210 inputs, 5 kinds worse): each case a rule took too far. */
    @Test
    void shouldKeepTheEleventhRoundsTargetRulesToTheirCases() {
        // 新 of a city's name is no kind of economy; a railway's or an airport's tonnage and containers are no port cargo
        assertEquals("GDP", parser.parse("阜新经济总量突破700亿元。").targets().get(0).indicatorCode());
        List<Target> freight = parser.parse("主要预期目标是:港口吞吐量达到100万标箱,铁路货物吞吐量1000万吨,货物周转量达到100亿吨公里。")
                .targets();
        assertTrue(freight.stream().allMatch(t -> t.indicatorCode() == null), freight::toString);
        assertEquals(List.of("万标箱", "万吨", "亿吨公里"), freight.stream().map(t -> t.level().unit()).toList(), freight::toString);
        // a rate raised or held to its figure is no ceiling
        List<Target> births = parser.parse("主要预期目标是:人口出生率提高到9‰,人口自然增长率达到3‰。").targets();
        assertBound(births.get(0).level(), TargetComparator.EXACT, "9", "‰");
        assertBound(births.get(1).level(), TargetComparator.EXACT, "3", "‰");
        // a count in Chinese numerals is a figure; spaced PM 2.5 is PM2.5
        assertTrue(parser.parse("主要预期目标是:新建项目一个以上、培育企业十家以上,城镇新增就业1万人。").warnings().stream()
                .noneMatch(w -> w.message().contains("数字疑似缺失")));
        assertEquals("PM25_CONCENTRATION", parser.parse("主要预期目标是:P M 2.5平均浓度控制在35微克/立方米以内。").targets().get(0)
                .indicatorCode());
        // a review sentence before the introduction is no earlier statement of targets
        assertTrue(parser.parse("2023年,全市上下紧扣年初预期目标,地区生产总值增长6.1%。今年以来,我们围绕年度预期目标,固定资产投资增长5.8%。\n"
                + "今年主要预期目标是:地区生产总值增长6%。").warnings().stream().noneMatch(w -> w.message().contains("引言")));
        // a figureless clause outside the catalog stays a target in a text with no introduction (a bare list is common:
        // the review found fifteen such lists losing 生态环境质量持续改善 to a rule that wanted a word of a goal); the work
        // under a work heading is what gives nothing
        List<Target> bare = parser.parse("地区生产总值增长6%;粮食生产稳定;生态环境质量持续改善。").targets();
        assertEquals(3, bare.size(), bare::toString);
        List<Target> digest = parser.parse("2010年8大工作重点\n■不断优化投资结构,努力保持投资持续增长\n■大力保障和改善民生,保持社会和谐稳定\n"
                + "今年GDP增长10%。").targets();
        assertEquals(List.of("GDP"), digest.stream().map(Target::indicatorCode).toList(), digest::toString);
        assertEquals(2, parser.parse("主要预期目标是:地区生产总值增长6%,保持社会和谐稳定。").targets().size());
    }

    /** The twelfth blind round's target forms (batch mx, BATCH-mx-my.md), each with the wrong reading it had. */
    @Test
    void shouldReadTheTwelfthRoundsTargetForms() {
        // a forum's anti-copy noise glued to the figures is no figure (mx02)
        List<Target> forum = parser.parse("2013预期目标; P1 |( q\" ~6 S( i\n●力争全市地区生产总值增长14%以上,力争达296亿元7 M& T\" a+ {* Q3 b( I7 J' D\n"
                + "●城镇居民人均可支配收入增长15%以上4 t% ~; K3 G, O\n").targets();
        assertBound(forum.get(0).level(), TargetComparator.EXACT, "296", "亿元");
        assertBound(forum.get(1).growth(), TargetComparator.AT_LEAST, "15", "%");
        assertEquals(2, forum.size(), forum::toString);
        // last year's figure a target is set against, the year's work list, last year's results and the economy's stage
        // give nothing (mv01)
        List<Target> digest = parser.parse("昨日,省长作报告时说,我省处于经济发展上升期、西部经济发展高地奠基期。\n2010年8大工作重点\n"
                + "■全面推进灾后恢复重建,基本完成目标任务\n■大力保障和改善民生,保持社会和谐稳定\n与去年的政府工作报告提出的全省生产总值增长9%"
                + "相比,今年GDP的增长挑战10%。CPI涨幅控制从去年的5%左右,下降到3%左右。\n去年:全社会固定资产投资12020.7亿元,增长58.1%。")
                .targets();
        assertEquals(List.of("GDP", "CPI"), digest.stream().map(Target::indicatorCode).toList(), digest::toString);
        assertBound(digest.get(0).growth(), TargetComparator.EXACT, "10", "%");
        assertBound(digest.get(1).level(), TargetComparator.ABOUT, "3", "%");
        // industries named alone before their growth are their value added (mx05); 公共预算总收入 is the total (mx01)
        List<Target> industries = parser.parse("2008年预期全省生产总值增长11%,其中农业预期增长4%,第二产业增长13.5%,第三产业增长11.5%。"
                + "公共预算总收入增长7%。").targets();
        assertEquals(List.of("农业增加值", "第二产业增加值", "第三产业增加值"), industries.subList(1, 4).stream().map(Target::subject)
                .toList(), industries::toString);
        assertEquals("FISCAL_REVENUE", industries.get(4).indicatorCode(), industries::toString);
        // a conjunction opening a clause is no word of it (mx08)
        assertEquals("在全省率先实现脱贫奔小康目标", parser.parse("主要预期目标是:城镇新增就业13万人,并在全省率先实现脱贫奔小康目标。")
                .targets().get(1).subject());
    }

    /** The review of the twelfth round's target rules (82 inputs, 13 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheTwelfthRoundsTargetRulesToTheirCases() {
        // the noise goes, the comma after it stays: two clauses, not one
        List<Target> forum = parser.parse("2013年全市主要预期目标:地区生产总值增长12%以上4 t% ~; K3 G, O,全社会固定资产投资力争达296亿元"
                + "7 M& T\\\" a+ {* Q3 b( I7 J' D,社会消费品零售总额增长15%。").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES"), forum.stream().map(Target::indicatorCode).toList(),
                forum::toString);
        assertBound(forum.get(2).growth(), TargetComparator.EXACT, "15", "%");
        // a work heading over a list of figures is over targets; a 去年: line keeps what it says of this year
        assertEquals(3, parser.parse("2024年重点任务\n1.地区生产总值增长6%左右。\n2.固定资产投资增长10%以上。\n3.社会消费品零售总额增长8%。")
                .targets().size());
        List<Target> digest = parser.parse("去年:地区生产总值增长8.1%;今年目标:地区生产总值增长7.5%左右,固定资产投资增长10%。").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT"), digest.stream().map(Target::indicatorCode).toList(), digest::toString);
        assertBound(digest.get(0).growth(), TargetComparator.ABOUT, "7.5", "%");
        // 经济增长水平 is still the reference of 同步; last year's figure with no figure of this year after it stays
        List<Target> inStep = parser.parse("今年全区经济社会发展的预期目标是:经济增长7.5%左右,与全省经济增长水平保持同步;社会消费品零售总额增长9%。")
                .targets();
        assertBound(inStep.get(0).growth(), TargetComparator.ABOUT, "7.5", "%");
        assertBound(parser.parse("主要预期目标是:居民消费价格涨幅与去年的3%左右相比保持稳定。").targets().get(0).level(),
                TargetComparator.ABOUT, "3", "%");
        // 其中新经济, 创新经济: kinds of economy too
        List<Target> kinds = parser.parse("主要预期目标是:经济增长5.5%左右,其中新经济增长20%,创新经济增长12%。").targets();
        assertEquals(1, kinds.stream().filter(t -> "GDP".equals(t.indicatorCode())).count(), kinds::toString);
    }

    /** The thirteenth blind round (batch mz, eight paragraphs nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheThirteenthRoundsTargetForms() {
        // 万元地区生产总值综合能耗 is the energy intensity (mz01, traditional characters with the mirror's pinyin)
        List<Target> energy = parser.parse("2016年全市經濟發展預期目標\n地區(qū)生產(chǎn)總值增長6.5~7%;萬元地區(qū)生產(chǎn)總值綜合能耗降低3.5%。")
                .targets();
        assertEquals(List.of("GDP", "ENERGY_INTENSITY"), energy.stream().map(Target::indicatorCode).toList(), energy::toString);
        assertBound(energy.get(1).growth(), TargetComparator.EXACT, "-3.5", "%");
        // a fall by an amount keeps its verb in the name, and 万 after a name of people is 万人 (mz03)
        Target poor = parser.parse("主要预期目标建议为:地区生产总值增长8.5%左右,农村贫困人口减少130万,居民收入增长与经济增长基本同步。")
                .targets().get(1);
        assertEquals("农村贫困人口减少", poor.subject());
        assertBound(poor.level(), TargetComparator.EXACT, "130", "万人");
        // (a fall to a level is the level of the indicator itself)
        assertEquals("农村贫困人口", parser.parse("主要预期目标是:农村贫困人口减少到5万人以下。").targets().get(0).subject());
        // ‰ typed as %0 (mz04); 完成上述目标 ends the list
        List<Target> region = parser.parse("今年全区经济社会发展的主要预期目标是:人口自然增长率控制在6%0以内,城镇登记失业率控制在4.2%以内。"
                + "完成上述目标,必须坚持科学发展。").targets();
        assertEquals(2, region.size(), region::toString);
        assertBound(region.get(0).level(), TargetComparator.AT_MOST, "6", "‰");
        assertBound(parser.parse("主要预期目标是:城镇登记失业率控制在4%以内。").targets().get(0).level(), TargetComparator.AT_MOST, "4", "%");
        // 规模以上工业增长8% is its value added; 拉动规模以上工业增长 is a contribution, no target
        List<Target> industry = parser.parse("主要预期目标是:地区生产总值增长7%,规模以上工业增长8%左右,规上工业增长率保持9%。").targets();
        assertEquals("INDUSTRIAL_VALUE_ADDED", industry.get(1).indicatorCode(), industry::toString);
        assertBound(industry.get(1).growth(), TargetComparator.ABOUT, "8", "%");
        // a heading line of the year's targets over a line of targets: the five-year goals before it are not read (mz01)
        List<Target> year = parser.parse("未来五年的主要目标\n经济保持中高速增长,林木覆盖率进一步提高。\n2016年全市经济发展预期目标\n"
                + "地区生产总值增长6.5~7%;固定资产投资增长6%左右。").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT"), year.stream().map(Target::indicatorCode).toList(), year::toString);
    }

    /** The review of the thirteenth round's target rules (570 inputs, 27 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheThirteenthRoundsTargetRulesToTheirCases() {
        // 规模以上工业 after 其中 is a part of what the clause before measured, not its value added
        for (String part : List.of("主要预期目标是:单位地区生产总值能耗下降3.2%,其中规模以上工业下降4%。",
                "主要预期目标是:全社会用电量增长6%,其中规上工业增长7%。")) {
            assertTrue(parser.parse(part).targets().stream().noneMatch(t -> "INDUSTRIAL_VALUE_ADDED".equals(t.indicatorCode())), part);
        }
        // a rate of deaths is no count of deaths
        assertTrue(parser.parse("主要预期目标是:生产安全事故死亡率下降3%。").targets().stream()
                .noneMatch(t -> "WORK_SAFETY_DEATHS".equals(t.indicatorCode())));
        // a heading without its year over last year's results, then the year's own introduction: the year's targets
        List<Target> plan = parser.parse(String.join("\n", "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
                "一、2023年计划执行情况", "主要预期目标", "全市地区生产总值增长5.3%,规模以上工业增加值增长6.1%,一般公共预算收入增长7.5%。",
                "二、2024年经济社会发展主要预期目标",
                "2024年全市经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,规模以上工业增加值增长6%,一般公共预算收入增长5%。"))
                .targets();
        assertEquals(3, plan.size(), plan::toString);
        assertBound(plan.get(0).growth(), TargetComparator.ABOUT, "5.5", "%");
        // a heading without its year under the year's own chapter introduces its targets
        List<Target> chapter = parser.parse(String.join("\n", "一、2023年计划执行情况", "(一)主要预期目标执行情况",
                "地区生产总值增长5.2%,一般公共预算收入增长8.1%。", "二、2024年计划", "(一)主要预期目标",
                "地区生产总值增长5.5%左右;一般公共预算收入增长5%。")).targets();
        assertEquals(2, chapter.size(), chapter::toString);
        assertBound(chapter.get(0).growth(), TargetComparator.ABOUT, "5.5", "%");
        // a heading of last year's targets, then an introduction of a later year: the later year's
        List<Target> later = parser.parse("2023年主要预期目标\n地区生产总值增长6%左右,一般公共预算收入增长7%。\n"
                + "2024年,全市经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,一般公共预算收入增长5%。").targets();
        assertEquals(2, later.size(), later::toString);
        assertBound(later.get(0).growth(), TargetComparator.ABOUT, "5.5", "%");
    }

    /** The fourteenth blind round (batch nb, eight paragraphs of 2003–2026 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheFourteenthRoundsTargetForms() {
        // amounts in Chinese words after a name, with 千; 多 before the unit is at least the figure (nb01, a wire copy)
        List<Target> wire = parser.parse("二00四年的主要預期目標是:國內生產總值二千零一十五億元人民幣,增長百分之九;全社會固定資產投資"
                + "一千二百億元,增長百分之二十;社會消費品零售總額四百六十多億元,增長百分之十;外貿進出口總額四十九點五億美元。").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "FOREIGN_TRADE"),
                wire.stream().map(Target::indicatorCode).toList(), wire::toString);
        assertBound(wire.get(0).level(), TargetComparator.EXACT, "2015", "亿元");
        assertBound(wire.get(0).growth(), TargetComparator.EXACT, "9", "%");
        assertBound(wire.get(1).level(), TargetComparator.EXACT, "1200", "亿元");
        assertBound(wire.get(2).level(), TargetComparator.AT_LEAST, "460", "亿元");
        assertBound(wire.get(3).level(), TargetComparator.EXACT, "49.5", "亿美元");
        // 出口交货值 is no 出口总额; 规模企业工业总产值 and 农民收入 are catalog names; a page's date and counter lines are no
        // targets (nb06, a town's news item)
        List<Target> town = parser.parse("洪畴镇召开十五届人代会四次会议\n2010-04-17 09:01:37\n阅读量:423\n来源:天台人才网 作者:天台人才网\n"
                + "今年,力争实现工业总产值21亿元,增长12%,其中规模企业工业总产值12亿元,增长15%;全社会出口交货值5.6亿元;农民收入增长10%以上。")
                .targets();
        assertEquals(Arrays.asList("INDUSTRY_GROSS_OUTPUT", "INDUSTRIAL_GROSS_OUTPUT", null, "RURAL_PER_CAPITA_INCOME"),
                town.stream().map(Target::indicatorCode).toList(), town::toString);
        assertEquals("全社会出口交货值", town.get(2).subject());
        assertBound(town.get(3).growth(), TargetComparator.AT_LEAST, "10", "%");
        // a gazetteer's text wrapped at a fixed width under its page address, introduced by "主要目标。" (nb02)
        List<Target> gazetteer = parser.parse(String.join("\n", "Original URL: http://lib.example.cn/bin/mse.exe?seachword=&K=g0&A=13&rec=69&run=13",
                "进展,经济市场化实现新突破,经济国际化开创新局面,促进全省经济持续快速健康",
                "发展,努力实现速度和结构、质量、效益相统一,经济发展和人口、资源、环境相协",
                "调,物质文明建设和精神文明建设全面推进。",
                "主要目标。国内生产总值增长10%,其中一、二、三产业分别增长3%、11%、",
                "11%;地方财政收入增长12%;全社会固定资产投资增长20%;社会消费品零售总额",
                "增长11%;居民消费价格指数上涨1%;外贸进出口总额增长13%,其中出口增长12",
                "%;实际利用外资增长20%;城镇居民人均可支配收入和农民人均纯收入分别增长8",
                "%和5%;城镇登记失业率控制在4%左右,")).targets();
        // (第一产业增加值 and 第二产业增加值 are outside the catalog, kept under their names)
        assertEquals(Arrays.asList("GDP", null, null, "TERTIARY_VALUE_ADDED", "GENERAL_PUBLIC_BUDGET_REVENUE",
                "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "CPI", "FOREIGN_TRADE", "EXPORTS", "ACTUAL_FOREIGN_INVESTMENT",
                "URBAN_PER_CAPITA_INCOME", "RURAL_PER_CAPITA_INCOME", "URBAN_UNEMPLOYMENT_RATE"),
                gazetteer.stream().map(Target::indicatorCode).toList(), gazetteer::toString);
        assertBound(gazetteer.get(9).growth(), TargetComparator.EXACT, "12", "%");
        assertBound(gazetteer.get(12).growth(), TargetComparator.EXACT, "5", "%");
        // a news lead's target not in the introduced list is read before it (nb08); one the list repeats is warned of
        List<Target> lead = parser.parse("報告提出,2026年經濟社會發展主要預期目標包括地區生產總值增長5%左右。\n"
                + "報告提出,2026年經濟社會發展主要預期目標是:一般公共預算收入增長4%左右,城鎮調查失業率控制在5%以內。").targets();
        assertEquals(List.of("GDP", "GENERAL_PUBLIC_BUDGET_REVENUE", "SURVEYED_UNEMPLOYMENT_RATE"),
                lead.stream().map(Target::indicatorCode).toList(), lead::toString);
        TargetParseResult repeated = parser.parse("報告提出,主要預期目標包括地區生產總值增長5%左右。\n"
                + "主要預期目標是:地區生產總值增長5%左右,一般公共預算收入增長4%左右。");
        assertEquals(2, repeated.targets().size(), repeated.targets()::toString);
        assertTrue(repeated.warnings().stream().anyMatch(w -> w.message().contains("before the introduction")), repeated.warnings()::toString);
    }

    /** The review of the fourteenth round's target rules (119 inputs, 26 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheFourteenthRoundsTargetRulesToTheirCases() {
        // a project's capacity or size in words is no target; a figure written digit by digit is its digits
        List<Target> projects = parser.parse("主要预期目标是:全社会固定资产投资增长18%,开工建设三百万吨钢铁基地和一百二十万吨乙烯工程;"
                + "加快建设三十万人口规模的滨江新城;国内生产总值一〇八点二亿元。").targets();
        assertEquals(List.of("FIXED_ASSET_INVESTMENT", "GDP"), projects.stream().map(Target::indicatorCode).toList(), projects::toString);
        assertBound(projects.get(1).level(), TargetComparator.EXACT, "108.2", "亿元");
        // a level in words before 元 is read beside the rise by an amount after it
        TargetParseResult income = parser.parse("主要预期目标是:农民人均纯收入三千二百元,增加二百元。");
        assertBound(income.targets().get(0).level(), TargetComparator.EXACT, "3200", "元");
        assertTrue(income.warnings().stream().anyMatch(w -> w.fragment().equals("200元")), income.warnings()::toString);
        // training of rural labour is no labour moved out
        assertTrue(parser.parse("主要预期目标是:农村劳动力转移培训3万人次;农村劳动力转移输出8万人。").targets().stream()
                .filter(t -> "RURAL_LABOUR_TRANSFER".equals(t.indicatorCode())).count() == 1);
        // the nation's targets quoted before the region's introduction stay unread, and warned of
        TargetParseResult nation = parser.parse("中央经济工作会议明确,今年主要预期目标包括城镇调查失业率控制在5.5%左右。结合我区实际,2024年全区"
                + "经济社会发展的主要预期目标是:地区生产总值增长6%;一般公共预算收入增长5%。");
        assertEquals(List.of("GDP", "GENERAL_PUBLIC_BUDGET_REVENUE"), nation.targets().stream().map(Target::indicatorCode).toList(),
                nation.targets()::toString);
        assertTrue(nation.warnings().stream().anyMatch(w -> w.message().contains("before the introduction")));
    }

    /** The fifteenth blind round (batch nd, eight paragraphs of 2011–2024 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheFifteenthRoundsTargetForms() {
        // a mirror that writes a comma before most marks, and a shared head before a name's own verb (nd01)
        List<Target> mirror = parser.parse("2011年北京市經濟社會發展的主要目標是:地區生產總值增長8%,;單位地區生產總值能耗和二氧化碳排放量均"
                + "下降3.5%,、水耗下降4%。").targets();
        assertEquals(List.of("GDP", "ENERGY_INTENSITY", "CARBON_INTENSITY", "WATER_INTENSITY"),
                mirror.stream().map(Target::indicatorCode).toList(), mirror::toString);
        assertBound(mirror.get(3).growth(), TargetComparator.EXACT, "-4", "%");
        // a reporter's comparison of the targets with last year's and other cities' ends the list (nd02)
        List<Target> news = parser.parse("报告定下2023年泉州发展目标:全市生产总值增长6.5%左右,固定资产投资增长8%。\n"
                + "相较于2022年政府工作报告中提出的目标,2023年泉州全市GDP增速目标下调0.5-1个百分点,24座万亿GDP城市中,已有12座"
                + "公布2023年GDP增长目标,数值在5.5%-7%之间,合肥、宁波下调1.5个百分点。").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT"), news.stream().map(Target::indicatorCode).toList(), news::toString);
        // clauses parted by the small form ﹔, and level with last year named by its year or as 上年度 (nd03, nd06)
        List<Target> district = parser.parse("2024年湟中區經濟發展的主要預期目標是:地區生產總值增長6%左右,固定資產投資與上年度持平"
                + "﹔糧食總產量保持在10.42萬噸以上﹔湟水河出境斷面水質完成市定目標。").targets();
        assertEquals(Arrays.asList("GDP", "FIXED_ASSET_INVESTMENT", "GRAIN_OUTPUT", null),
                district.stream().map(Target::indicatorCode).toList(), district::toString);
        assertBound(district.get(1).growth(), TargetComparator.EXACT, "0", "%");
        assertBound(district.get(2).level(), TargetComparator.AT_LEAST, "10.42", "万吨");
        List<Target> street = parser.parse("2024年,洛江区双阳街道定下新目标!\n新的一年,经济社会发展主要预期目标是:地方级税收比增5%,固定资产投资方面与2023年持平,"
                + "限上批零住餐方面比增5%。").targets();
        assertEquals(List.of("地方级税收", "固定资产投资", "限上批零住餐"), street.stream().map(Target::subject).toList(), street::toString);
        assertBound(street.get(1).growth(), TargetComparator.EXACT, "0", "%");
        // a numbered heading with no colon introduces the targets under it; the guiding principles above are none (nd04)
        List<Target> plan = parser.parse(String.join("\n", "一、经济社会发展的总体要求",
                "坚持稳中求进工作总基调,继续做好“六稳”“六保”工作,保持经济运行在合理区间,保持社会大局稳定。",
                "二、经济社会发展的主要预期目标",
                "生产总值增长8.5%以上,规模以上工业增加值增长9%以上,全面完成省上下达的绿色低碳发展指标。",
                "三、经济社会发展的主要任务", "(一)坚持扩大内需战略基点,保持经济运行在合理区间。")).targets();
        assertEquals(Arrays.asList("GDP", "INDUSTRIAL_VALUE_ADDED", null), plan.stream().map(Target::indicatorCode).toList(),
                plan::toString);
        // a heading alone over a line of figures; 均 over names partly outside the catalog; R&D; incomes "保持同步增长" (nd05)
        List<Target> zone = parser.parse(String.join("\n", "第14版:今日开发区·特别报道", "", "2024年目标任务", "",
                "实现GDP增速6.2%以上;固定资产投资、工业投资、服务业投资均增长12%左右;全社会R&D经费投入强度增长3.35%。"
                        + "城乡居民收入保持同步增长。",
                "", "全力打好“六新两优”发展组合拳", "", "●二是优化政务服务", "", "●三是提升平台层级")).targets();
        assertEquals(Arrays.asList("GDP", "FIXED_ASSET_INVESTMENT", null, null, "RD_INTENSITY", "URBAN_PER_CAPITA_INCOME",
                "RURAL_PER_CAPITA_INCOME"), zone.stream().map(Target::indicatorCode).toList(), zone::toString);
        assertEquals(List.of("工业投资", "服务业投资"), List.of(zone.get(2).subject(), zone.get(3).subject()));
        assertBound(zone.get(3).growth(), TargetComparator.ABOUT, "12", "%");
        assertBound(zone.get(4).level(), TargetComparator.EXACT, "3.35", "%");
        assertEquals(TargetComparator.IN_STEP_WITH, zone.get(6).growth().comparator());
        assertEquals("GDP", zone.get(6).growth().referenceCode());
    }

    /** The review of the fifteenth round's target rules (117 inputs, 16 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheFifteenthRoundsTargetRulesToTheirCases() {
        // 规模上 is prose about size before anything but 工业 or 服务业
        assertEquals(List.of("INDUSTRIAL_VALUE_ADDED"), parser.parse("主要预期目标是:规模上工业增加值增长8%。我县工业在规模上企业仍偏小。")
                .targets().stream().map(Target::indicatorCode).toList());
        // under a heading, one target a paragraph with blank lines between: every one of them
        List<Target> paragraphs = parser.parse("2024年主要目标\n\n地区生产总值增长6%左右。\n\n规模以上工业增加值增长7%。\n\n"
                + "固定资产投资增长8%。\n\n城镇新增就业1.1万人。\n").targets();
        assertEquals(List.of("GDP", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT", "NEW_URBAN_JOBS"),
                paragraphs.stream().map(Target::indicatorCode).toList(), paragraphs::toString);
        // a line that sets a target itself while naming another plan's targets is no reporter's comparison
        List<Target> aligned = parser.parse("2025年全市主要预期目标:\n地区生产总值增长6%左右;\n与“十四五”规划目标相衔接,研发经费投入强度"
                + "调高至2.6%;\n一般公共预算收入增长4%;\n城镇调查失业率控制在5.5%以内。").targets();
        assertEquals(List.of("GDP", "RD_INTENSITY", "GENERAL_PUBLIC_BUDGET_REVENUE", "SURVEYED_UNEMPLOYMENT_RATE"),
                aligned.stream().map(Target::indicatorCode).toList(), aligned::toString);
        // 持平 with the report's own year, or said of a rate, is no growth of 0
        List<Target> level = parser.parse("2023年主要预期目标:地区生产总值增长6%左右;粮食播种面积与2023年持平;城镇登记失业率与上年度持平;"
                + "粮食产量与2022年基本持平。").targets();
        assertEquals(Arrays.asList(true, true, false), level.subList(1, 4).stream().map(Target::qualitative).toList(), level::toString);
        assertEquals(null, level.get(2).level(), level::toString);
        assertBound(level.get(3).growth(), TargetComparator.EXACT, "0", "%");
        // items numbered in square brackets
        assertEquals(4, parser.parse("2025年主要预期目标\n[1]地区生产总值增长6%左右;[2]一般公共预算收入增长5%;[3]城镇调查失业率控制在"
                + "5.5%以内;[4]居民消费价格涨幅2%左右。").targets().size());
    }

    /** The sixteenth blind round (batch nf, eight paragraphs of 2007–2026 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheSixteenthRoundsTargetForms() {
        // a wire copy with pinyin after characters, a space inside the brackets; a year half in numerals (nf02)
        List<Target> wire = parser.parse("今年上海經濟社會發(fā)展的主要指標安排是生產(chǎn)總值增長百分之九以上,全社會(huì )研究與發展經費支出"
                + "占全市生產總值的比例達到百分之二點六左右。此前,上海已經連續十五年保持兩位數增長,其中二00六年上海生產總值達到一萬億元。")
                .targets();
        assertEquals("研发经费投入占地区生产总值比重", wire.get(1).subject(), wire::toString);
        assertTrue(wire.stream().noneMatch(t -> t.level() != null && t.level().value().signum() == 0), wire::toString);
        // 保6争7: at least 6 kept, 7 striven for; a target of some of the region's counties is none of the region's (nf03)
        List<Target> prefecture = parser.parse("今年凉山州经济社会发展的主要预期目标是:地区生产总值增速“保6争7”,其中安宁河谷县市增速高于全省平均"
                + "水平;城乡居民人均可支配收入分别增长6%、9.6%左右,其中脱贫县农村居民人均可支配收入增速高于全国平均水平。").targets();
        assertEquals(List.of("GDP", "URBAN_PER_CAPITA_INCOME", "RURAL_PER_CAPITA_INCOME"),
                prefecture.stream().map(Target::indicatorCode).toList(), prefecture::toString);
        assertBound(prefecture.get(0).growth(), TargetComparator.AT_LEAST, "6", "%");
        // progress of a reform and risks held closing a 盟's plan list, each a target of its own (nf05)
        List<Target> league = parser.parse("主要预期目标是:地区生产总值增长7.5%左右;城镇登记失业率控制在3.6%以内;供给侧结构性改革取得实质性进展;"
                + "有效防控金融财政风险,政府债务化解完成年度任务。").targets();
        assertEquals(List.of("供给侧结构性改革取得实质性进展", "有效防控金融财政风险", "政府债务化解完成年度任务"),
                league.subList(2, 5).stream().map(Target::subject).toList(), league::toString);
        // a year and an ordinal inside the words before a target named; 经济成长率 is GDP growth (nf07)
        List<Target> digest = parser.parse("北京市第16届人民代表大会第2次会议周日开幕,北京市长殷勇在政府工作报告中提到2024年全北京市经济成长率目标为"
                + "“5%左右”、城镇调查失业率控制在5%。").targets();
        assertEquals(List.of("GDP", "SURVEYED_UNEMPLOYMENT_RATE"), digest.stream().map(Target::indicatorCode).toList(),
                digest::toString);
        assertBound(digest.get(0).growth(), TargetComparator.ABOUT, "5", "%");
        // two industries sharing one 增加值 under 分别, the first outside the catalog (an old fault)
        List<Target> industries = parser.parse("2024年主要预期目标:第二、第三产业增加值分别增长6%和7%左右。").targets();
        assertEquals(List.of("第二产业增加值", "第三产业增加值"), industries.stream().map(Target::subject).toList(), industries::toString);
        assertBound(industries.get(1).growth(), TargetComparator.ABOUT, "7", "%");
        // names outside the catalog under 分别 keep the tail they share with the last one: left to the warning
        TargetParseResult shares = parser.parse("主要预期目标是:对全市项目招引、重大项目开工、重大项目竣工贡献度分别达到25%、40%、20%。");
        assertTrue(shares.targets().stream().noneMatch(t -> "重大项目开工".equals(t.subject())), shares::toString);
        // a reporter's comparison of a target with last year's after the list (nd02's next line)
        List<Target> compared = parser.parse("报告定下2023年泉州发展目标:全市生产总值增长6.5%左右。\n泉州市2023年社会消费品零售总额增长目标(7%)"
                + "与上年(7-7.5%)比略有下调,而固定资产投资增长目标则较上年有所上调,分别上调0.7个百分点、1.5个百分点。").targets();
        assertEquals(List.of("GDP"), compared.stream().map(Target::indicatorCode).toList(), compared::toString);
    }

    /** The seventeenth blind round (batch nh, eight paragraphs of 2015–2026 nobody here had seen): each form it brought. */
    @Test
    void shouldReadTheSeventeenthRoundsTargetForms() {
        // 保持正增长 is a growth of at least 0; a verb alone before a catalog name stays the clause's (nh03)
        List<Target> district = parser.parse("经济社会发展主要预期目标是:地区生产总值增长5.6%以上,一般公共预算收入、固定资产投资保持正增长,"
                + "完成能耗强度降低和煤炭消费压减任务。").targets();
        assertEquals(List.of("GDP", "GENERAL_PUBLIC_BUDGET_REVENUE", "FIXED_ASSET_INVESTMENT", "ENERGY_INTENSITY"),
                district.stream().map(Target::indicatorCode).toList(), district::toString);
        assertBound(district.get(2).growth(), TargetComparator.AT_LEAST, "0", "%");
        assertEquals("完成能耗强度降低和煤炭消费压减任务", district.get(3).subject());
        // what a figure leaves out, in brackets after a name outside the catalog, is no word of its name (nh04)
        List<Target> county = parser.parse("2023年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算支出(扣除2022年灾后恢复重建"
                + "专项资金支出外)增长3%以上。").targets();
        assertEquals("一般公共预算支出", county.get(1).subject(), county::toString);
        // a share written out to the catalog's name is the catalog's indicator; its whole as 国内生产总值; 占比 (nh06, nf02)
        List<Target> plan = parser.parse("主要预期目标:研发支出占国内生产总值比重达到3.4%左右,空气质量优良天数占比达到88%,全社会研究与发展经费支出"
                + "占全市生产总值的比例达到2.6%。").targets();
        assertEquals(List.of("RD_INTENSITY", "GOOD_AIR_QUALITY_DAYS", "RD_INTENSITY"),
                plan.stream().map(Target::indicatorCode).toList(), plan::toString);
    }

    /** The review of the sixteenth round's target rules (131 inputs, 15 worse): each case a rule took too far. */
    @Test
    void shouldKeepTheSixteenthRoundsTargetRulesToTheirCases() {
        // 其中城镇… is the region's urban income, no part of its places
        List<Target> incomes = parser.parse("主要预期目标:地区生产总值增长6.5%左右;城乡居民收入增长与经济增长同步,其中城镇居民人均可支配收入增长6%,"
                + "农村居民人均可支配收入增长7.5%。").targets();
        assertTrue(incomes.stream().anyMatch(t -> "URBAN_PER_CAPITA_INCOME".equals(t.indicatorCode()) && t.growth() != null
                && t.growth().value() != null && t.growth().value().compareTo(new BigDecimal("6")) == 0), incomes::toString);
        // a line that sets the target after comparing it with last year's is no reporter's comparison
        List<Target> set = parser.parse("2024年全市主要预期目标是:\n1.地区生产总值增长5.5%左右;\n2.一般公共预算收入增长4%;\n"
                + "3.居民人均可支配收入增长目标比上年调低,为6%左右;\n4.城镇调查失业率控制在5.5%左右。").targets();
        assertTrue(set.stream().anyMatch(t -> "PER_CAPITA_DISPOSABLE_INCOME".equals(t.indicatorCode())), set::toString);
        // a year after 到 is a horizon: a later year's goal is no target of this year's GDP level
        List<Target> horizon = parser.parse("报告提出,到2025年全市地区生产总值目标突破1000亿元,今年地区生产总值增长7%左右。").targets();
        assertTrue(horizon.stream().noneMatch(t -> "GDP".equals(t.indicatorCode()) && t.level() != null), horizon::toString);
        // 保…争… only after a word of growth: an output to keep is no growth
        List<Target> grain = parser.parse("主要预期目标:粮食产量保50争55万吨。").targets();
        assertTrue(grain.stream().noneMatch(t -> t.growth() != null), grain::toString);
        // 提前两个月 is ahead of time, no months
        assertTrue(parser.parse("主要预期目标:地区生产总值增长6%;力争比原计划提前两个月完成“十四五”规划主要指标。").targets().stream()
                .anyMatch(t -> t.subject().contains("提前两个月")));
    }

    /** The reviews of the seventeenth and eighteenth rounds' target rules, and the nineteenth blind round (batch nl). */
    @Test
    void shouldKeepTheSeventeenthAndEighteenthRoundsTargetRulesToTheirCasesAndReadTheNineteenthsForms() {
        // a bracket inside a name says it is another figure; a unit in brackets stays (the review of round 17)
        List<Target> brackets = parser.parse("主要预期目标:规模以上工业(不含电力行业)增加值增长8%,能源消费总量(万吨标准煤)控制在520以内。")
                .targets();
        assertEquals(Arrays.asList(null, null), brackets.stream().map(Target::indicatorCode).toList(), brackets::toString);
        assertEquals("能源消费总量(万吨标准煤)", brackets.get(1).subject());
        // a level above the nation's is no growth above it; 城乡 incomes keep the relative target they carry (round 18)
        List<Target> levels = parser.parse("主要预期目标是:人均地区生产总值高于全国水平;城乡居民人均可支配收入增速高于全市水平、快于经济增长速度。")
                .targets();
        assertTrue(levels.get(0).qualitative(), levels::toString);
        assertEquals("全市平均水平", levels.get(1).aboveReference(), levels::toString);
        // round 19: clauses a list item parts by a space; 万亿斤; R&D 占比 is its share of GDP; the same number twice
        // under 分别 with a bound on the second only (nl04, nl01, nl05)
        List<Target> nation = parser.parse("主要预期目标是:\n   四、进出口量稳质升 国际收支基本平衡;\n   七、粮食产量保持在1.3万亿斤以上;"
                + "\n   八、进出口总额增长12%左右,研发投入占比达到2.4%。").targets();
        assertEquals(Arrays.asList("FOREIGN_TRADE", null, "GRAIN_OUTPUT", "FOREIGN_TRADE", "RD_INTENSITY"),
                nation.stream().map(Target::indicatorCode).toList(), nation::toString);
        assertEquals("65000", nation.get(2).level().value().toPlainString());
        List<Target> incomes = parser.parse("主要预期目标:城乡居民人均可支配收入分别增长8%和8%以上。").targets();
        assertEquals(List.of(TargetComparator.EXACT, TargetComparator.AT_LEAST),
                incomes.stream().map(t -> t.growth().comparator()).toList(), incomes::toString);
    }

    @Test
    void shouldReadTheTwentiethRoundsTargetForms() {
        // a threshold reached is a floor; a network's density keeps its unit; 万个 is a count with its bound; a ratio is
        // told, never read as a level of its numerator (no02, no14, mr03)
        TargetParseResult year = parser.parse("主要预期目标是:地区生产总值增长6%左右、奋力站上3000亿元大台阶,城镇新增就业岗位10万个以上,"
                + "铁路网密度达到507公里/万平方公里,中心区城乡居民收入差距控制在2.2∶1以内,人均期望寿命达到79岁,"
                + "PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3。");
        List<Target> targets = year.targets();
        assertEquals(Arrays.asList("GDP", "NEW_URBAN_JOB_POSTS", null, "LIFE_EXPECTANCY", "PM25_CONCENTRATION", "PM10_CONCENTRATION"),
                targets.stream().map(Target::indicatorCode).toList(), targets::toString);
        assertEquals(TargetComparator.AT_LEAST, targets.get(0).level().comparator());
        assertEquals(TargetComparator.AT_LEAST, targets.get(1).level().comparator());
        assertEquals("万个", targets.get(1).level().unit());
        assertEquals("公里/万平方公里", targets.get(2).level().unit());
        assertEquals("微克/立方米", targets.get(5).level().unit());
        assertTrue(year.warnings().stream().anyMatch(w -> w.fragment().equals("中心区城乡居民收入差距控制在2.2∶1以内")),
                year.warnings()::toString);
        // a target set by another level, 确保 kept in a clause it leads; 收入比 before a year is no income ratio (no04, no02, no10)
        List<Target> clauses = parser.parse("主要预期目标是:生态环境指标以国家下达任务为准,确保粮食播种面积和产量稳定,"
                + "实现地区生产总值和城乡居民人均收入比2010年翻一番。").targets();
        assertEquals(List.of("生态环境指标以国家下达任务为准", "确保粮食播种面积和产量稳定", "实现地区生产总值和城乡居民人均收入比2010年翻一番"),
                clauses.stream().map(Target::subject).toList());
        // a change since a base year long before is no year's growth: the clause is kept and told (no14)
        TargetParseResult since = parser.parse("2024年主要预期目标是:单位GDP能耗较2017年下降10%,单位地区生产总值能耗比2023年下降3%。");
        assertEquals(Arrays.asList(true, false), since.targets().stream().map(Target::qualitative).toList(), since.targets()::toString);
        assertEquals("单位GDP能耗较2017年下降10%", since.targets().get(0).subject());
                // a goals heading over nicknamed lines introduces them; the nickname is no part of the name (no10)
        List<Target> nicknamed = parser.parse("阿拉善未来五年经济社会发展的“顶层设计”\n\n   “十三五”发展目标\n\n   “两个高于”—— 经济增长速度"
                + "高于全区平均水平\n\n   实现“十三五”发展目标需坚持什么?").targets();
        assertEquals(1, nicknamed.size(), nicknamed::toString);
        assertEquals("全区平均水平", nicknamed.get(0).aboveReference());
    }

    /** The review of the twentieth round's rules: each case where a first draft read worse than before. */
    @Test
    void shouldKeepTheTwentiethRoundsTargetRulesToTheirCases() {
        // a ratio of the urban and rural incomes against 1 stays 城乡收入倍差; a doubling on a base year is no ratio
        List<Target> ratio = parser.parse("主要预期目标是:地区生产总值增长6%,城乡居民人均可支配收入比控制在2.3:1以内;城乡居民收入比2020年"
                + "的2.5缩小到2.3。").targets();
        assertEquals(List.of("地区生产总值", "城乡收入倍差", "城乡收入倍差"), ratio.stream().map(Target::subject).map(
                t -> t.replace("缩小到", "")).toList(), ratio::toString);
        assertEquals(TargetComparator.AT_MOST, ratio.get(1).level().comparator());
        // a note on the counties' targets is no target of the region; 单一产业 is no sector; 1.5万个 market entities count as 户
        List<Target> notes = parser.parse("主要预期目标建议为:地区生产总值增长7%左右;新增市场主体1.5万个。各县(市、区)目标以市政府确定的任务为准。"
                + "单一产业增加值占比不超过40%。").targets();
        assertEquals(List.of("地区生产总值", "新增市场主体", "单一产业增加值占比"), notes.stream().map(Target::subject).toList(),
                notes::toString);
        assertEquals("15000", notes.get(1).level().value().toPlainString());
    }

    @Test
    void shouldReadTheTwentyFirstRoundsTargetForms() {
        // a colon ending its line over one target a paragraph (nq05)
        List<Target> digest = parser.parse("  主要预期目标:\n\n  地区生产总值增长8%\n\n  规模以上工业增加值增长8.5%\n\n  固定资产投资增长9%\n\n"
                + "  先进制造业\n\n  数字经济增加值增长15%以上").targets();
        assertEquals(List.of("GDP", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT"),
                digest.stream().map(Target::indicatorCode).toList(), digest::toString);
        // a revision's size in brackets is no target; 限额以上社会消费品零售总额 is a part; 利用外资 is the used, 合同利用外资 not (nq06)
        List<Target> zone = parser.parse("该区计划:力争国内生产总值增长12%以上(调增2个百分点);利用外资增长20%(调增10个百分点);"
                + "限上社会消费品零售总额增长56%(调增38个百分点);合同利用外资增长10%。").targets();
        assertEquals(Arrays.asList("GDP", "ACTUAL_FOREIGN_INVESTMENT", null, null), zone.stream().map(Target::indicatorCode).toList(),
                zone::toString);
        assertNull(zone.get(0).level(), zone::toString);
        assertEquals("限额以上社会消费品零售总额", zone.get(2).subject());
        // indicators carried out as the state asks; 促稳提质; a bullet's item broken over a blank line between bullets (nq08, nq03)
        TargetParseResult bullets = parser.parse("2023年主要预期目标\n  ●外贸外资促稳提质\n\n  ●全面完成国家下达的节能减排降碳\n\n"
                + "  约束性指标和环境质量改善目标\n\n  ●生态环境质量、能源、水资源等指标按国家要求落实\n\n  ●粮食产能稳定在1100亿斤以上\n\n"
                + "  ●城镇调查失业率控制在5.5%以内\n\n  ●全面完成省下达的节能降耗\n\n  约束性目标\n\n  重点抓好十个方面工作");
        assertEquals(List.of("外贸外资促稳提质", "全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标",
                "生态环境质量、能源、水资源等指标按国家要求落实"), bullets.targets().stream().limit(3).map(Target::subject).toList(),
                bullets.targets()::toString);
        assertTrue(bullets.warnings().stream().anyMatch(w -> w.fragment().equals("全面完成省下达的节能降耗约束性目标")),
                bullets.warnings()::toString);
    }

    /** The review of the twenty-first round's rules: each case where a first draft read worse than before. */
    @Test
    void shouldKeepTheTwentyFirstRoundsTargetRulesToTheirCases() {
        // last year's result after a one-target-a-line list is no target; a revised target in brackets is kept for its warning
        TargetParseResult list = parser.parse("2024年主要预期目标:\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n\n2023年全市地区生产总值"
                + "增长5.1%\n\n今年,我们将重点抓好以下工作。");
        assertEquals(2, list.targets().size(), list.targets()::toString);
        TargetParseResult revised = parser.parse("主要预期目标调整为:地区生产总值增长8%左右(下调为7%左右)。");
        assertTrue(revised.warnings().stream().anyMatch(w -> w.fragment().contains("7%")), revised.warnings()::toString);
        // a note on how targets are set, and a remark after a list, are no targets
        List<Target> notes = parser.parse("主要预期目标是:地区生产总值增长6%左右;单位地区生产总值能耗下降3%左右,具体指标以省下达为准。")
                .targets();
        assertEquals(List.of("地区生产总值", "单位地区生产总值能耗"), notes.stream().map(Target::subject).toList(), notes::toString);
        List<Target> remark = parser.parse("2024年主要预期目标\n\n■地区生产总值增长6%左右\n\n■城乡居民收入增长与经济增长同步\n\n"
                + "上述目标综合考虑了各方面因素\n\n■城镇调查失业率5.5%以内").targets();
        assertEquals(List.of("地区生产总值", "城镇居民人均可支配收入", "农村居民人均可支配收入"),
                remark.stream().map(Target::subject).toList(), remark::toString);
    }

    /**
     * The twenty-second blind round's target forms (batch ns): items ending with a semicolon over blank lines (ns07), the
     * non-public economy's share (ns02), a district's own-level revenue (ns03), a big5 gateway's
     * Taiwan words and last year's level held, a relative target's margin noted (ns04).
     */
    @Test
    void shouldReadTheTwentySecondRoundsTargetForms() {
        TargetParseResult national = parser.parse("政府工作报告提出,今年发展主要预期目标是:\n\n国内生产总值增长5.5%左右;\n\n"
                + "城镇新增就业1100万人以上,城镇调查失业率全年控制在5.5%以内;\n\n居民收入增长与经济增长基本同步;\n\n"
                + "生态环境质量持续改善。\n\n关键词:");
        assertEquals(List.of("GDP", "NEW_URBAN_JOBS", "SURVEYED_UNEMPLOYMENT_RATE", "PER_CAPITA_DISPOSABLE_INCOME"),
                national.targets().stream().limit(4).map(Target::indicatorCode).toList(), national.targets()::toString);
        assertEquals("生态环境质量持续改善", national.targets().get(4).subject());

        assertEquals("NON_PUBLIC_ECONOMY_SHARE", parser.parse("主要预期目标:非公经济占GDP比重达到53%。").targets().get(0)
                .indicatorCode());
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE", parser.parse("预期目标是,地区生产总值同比增长7%,区本级财政收入同比增长7.2%。")
                .targets().get(1).indicatorCode());


        List<Target> big5 = parser.parse("主要預期目標:財政收入保持上年水準;城鎮常住居民每人平均可支配收入高於全國平均水準;"
                + "農村常住居民每人平均可支配收入高於全國平均水準0.5個百分點以上。").targets();
        assertEquals(BigDecimal.ZERO, big5.get(0).growth().value().stripTrailingZeros());
        assertEquals("FISCAL_REVENUE", big5.get(0).indicatorCode());
        assertEquals(List.of("URBAN_PER_CAPITA_INCOME", "RURAL_PER_CAPITA_INCOME"),
                big5.stream().skip(1).map(Target::indicatorCode).toList(), big5::toString);
        assertEquals("全国平均水平", big5.get(2).aboveReference());
        assertTrue(big5.get(2).notes().stream().anyMatch(n -> n.contains("0.5个百分点以上")), big5.get(2).notes()::toString);
        // a rate held at last year's level keeps its clause
        assertTrue(parser.parse("主要预期目标:城镇登记失业率保持上年水平。").targets().get(0).qualitative());
    }

    /** The review of the twenty-second round's target rules (batch ns): each case where a first draft read worse. */
    @Test
    void shouldKeepTheTwentySecondRoundsTargetRulesToTheirCases() {
        // a careless last semicolon does not carry last year's results, a five-year goal or a year's sentence into the list
        for (String after : List.of("2023年,全县地区生产总值增长5.2%,一般公共预算收入下降3.1%。", "“十四五”时期,全县地区生产总值年均增长6.5%左右;",
                "去年,全县地区生产总值增长4.9%,一般公共预算收入增长6.2%。")) {
            List<Target> read = parser.parse("2024年全县经济社会发展的主要预期目标是:\n\n地区生产总值增长6.5%左右;\n\n一般公共预算收入增长5%;\n\n"
                    + after).targets();
            assertEquals(2, read.size(), read::toString);
        }
        // a park's 分别 list gives the county no second target
        List<Target> park = parser.parse("××县2024年主要预期目标:全县地区生产总值增长6.5%,固定资产投资增长8%;工业园区规上工业增加值、"
                + "固定资产投资、工业用电量分别增长12%、15%、10%。").targets();
        assertEquals(1, park.stream().filter(t -> "FIXED_ASSET_INVESTMENT".equals(t.indicatorCode())).count(), park::toString);
        // a city's or a county's own level (市本级, 县本级) is no second budget revenue
        List<Target> ownLevel = parser.parse("2024年主要预期目标:全市一般公共预算收入增长6%,市本级财政收入增长5%;地区生产总值增长5.5%。").targets();
        assertEquals(1, ownLevel.stream().filter(t -> "GENERAL_PUBLIC_BUDGET_REVENUE".equals(t.indicatorCode())).count(),
                ownLevel::toString);
        // a growth rate, an intensity or a share held at last year's level keeps its clause
        for (String held : List.of("固定资产投资增速保持上年水平", "研发经费投入强度保持上年水平", "经济增速保持上年水平")) {
            Target t = parser.parse("主要预期目标:" + held + "。").targets().get(0);
            assertTrue(t.qualitative(), t::toString);
        }
        // person-times for a count of people are no target of the indicator, and said (the seed plan's "城镇新增就业不少于2.5
        // 万人次" must link no task to 城镇新增就业)
        TargetParseResult transfer = parser.parse("2024年主要预期目标:农牧区劳动力转移就业25万人次以上。");
        assertTrue(transfer.targets().stream().noneMatch(t -> t.level() != null), transfer.targets()::toString);
        assertTrue(transfer.warnings().stream().anyMatch(w -> w.fragment().contains("25万人次")), transfer.warnings()::toString);
    }

    /**
     * The twenty-third blind round's target forms (batch nu): a headline's subjectless figures before the report's own
     * introduction (nu03), groups of targets under "——关于…类目标(n个)。" (nu08), names apart by commas before 均 (nu08),
     * a name outside the catalog listed before a catalog name and the purpose with its year before them (nu05).
     */
    @Test
    void shouldReadTheTwentyThirdRoundsTargetForms() {
        List<Target> zone = parser.parse("兰州新区今年GDP增长预期目标:确保22%,力争30%\n\n近日确定了2020年地区生产总值预期目标:确保增长22%,"
                + "力争增长30%。\n\n今年经济社会发展的主要预期目标确定为:“地区生产总值确保增长22%,力争增长30%;固定资产投资确保增长32%,"
                + "力争增长40%”").targets();
        assertEquals(List.of("GDP", "FIXED_ASSET_INVESTMENT"), zone.stream().map(Target::indicatorCode).toList(), zone::toString);

        List<Target> groups = parser.parse("2020年我市国民经济和社会发展主要目标是:\n\n——关于经济发展类目标(13个)。地区生产总值力争增长7.5%左右;"
                + "固定资产投资增长10%以上,其中交通投资,生态环保、城市更新和水利设施投资,民间项目投资均增长12%以上。\n\n"
                + "——关于质量效益类目标(12个)。研究与试验发展经费投入强度达到2.0%;不良贷款率控制在1.3%以内。").targets();
        assertEquals(List.of("地区生产总值", "固定资产投资", "交通投资", "生态环保、城市更新和水利设施投资", "民间项目投资",
                "研究与试验发展经费投入强度", "不良贷款率"), groups.stream().map(Target::subject).toList(), groups::toString);
        assertEquals("RD_INTENSITY", groups.get(5).indicatorCode());

        List<Target> town = parser.parse("为全面实现2013年农业总产值增长10%以上,可用财力、农民人均纯收入增长20%以上,人口自然增长率控制在4.5‰以内的目标"
                + "进一步统一思想。").targets();
        assertEquals(List.of("农业总产值", "可用财力", "农民人均纯收入", "人口自然增长率"),
                town.stream().limit(4).map(Target::subject).toList(), town::toString);
        // a head of whom or what the name counts is no name of its own (the review of this round's rule)
        List<Target> heads = parser.parse("主要目标:城镇居民、农民人均纯收入增长10%;农业、规模以上工业增加值增长8%。").targets();
        assertEquals(List.of("农民人均纯收入", "规模以上工业增加值"), heads.stream().map(Target::subject).toList(), heads::toString);
    }
}
