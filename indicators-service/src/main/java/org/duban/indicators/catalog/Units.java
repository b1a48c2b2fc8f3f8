package org.duban.indicators.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units of the reports and how they convert: 3.1万元 is 31000 元, 581亿元 stays 581 亿元 when the indicator is
 * kept in 亿元. A bare 万 or 亿 (the seed report writes "1.7万") is a multiplier that takes the indicator's unit.
 * Grain is often counted in 斤 (市斤, 0.5 kg: 100亿斤 is 500万吨, GB 3101 / 国务院《关于在我国统一实行法定计量单位的命令》
 * keeps the 市斤 in daily use); a life expectancy is written in 岁 or 年 (78.5年).
 */
public final class Units {
    /**
     * The unit printed in a table's name cell when the table has no 单位 column: "实际利用外资(万美元)", "地区生产总值(亿元)",
     * "规模以上工业增加值增速(%)" (a district's 1—5月 目标任务完成情况表, batch z's z04: 1860 万美元 was read as 1860
     * 亿美元, silently; a city's plan table, batch mc's mc05). Group 1 the name, group 2 the unit.
     */
    public static final java.util.regex.Pattern NAME_WITH_UNIT = java.util.regex.Pattern.compile("^(.+?)\\(([^()]{1,6})\\)$");


    /**
     * A unit as a dimension and its size in the dimension's base unit (亿元: 10^8 元; 万斤: 5 吨); a multiplier alone
     * (万, 亿) has no dimension.
     */
    public record Unit(String symbol, String dimension, BigDecimal factor) {
        public boolean isMultiplierOnly() {
            return dimension == null;
        }
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();
    private static final String COUNT = "COUNT";
    /**
     * What 个 (and 万个) may count besides itself: "新增市场主体1.26万个" is 12,600 户 (the review of batch no's rules: once 万个
     * was a unit of its own, the figure was refused for its 户).
     */
    private static final java.util.Set<String> COUNTED_AS = java.util.Set.of("HOUSEHOLD", "ENTERPRISE", "DWELLING");

    static {
        money("元", "CNY");
        money("美元", "USD");
        scaled("人", "PERSON");
        scaled("人次", "PERSON_TIME");
        scaled("吨标准煤", "TCE");
        scaled("吨", "TONNE");
        scaled("亩", "MU");
        scaled("平方米", "SQUARE_METRE");
        scaled("户", "HOUSEHOLD");
        scaled("家", "ENTERPRISE");
        scaled("套", "DWELLING");
        add("吨标准煤/万元", "TCE_PER_10K_CNY", 0);
        add("%", "PERCENT", 0);
        add("‰", "PERMILLE", 0);
        add("吨/万元", "TONNE_PER_10K_CNY", 0);
        // labour productivity per person employed: "全员劳动生产率达到11.8万元/人" (a province's 2019 plan, batch ox's ox04, read as
        // 11.8万元)
        add("元/人", "CNY_PER_PERSON", 0);
        add("万元/人", "CNY_PER_PERSON", 4);
        add("立方米/万元", "CUBIC_METRE_PER_10K_CNY", 0);
        add("岁", "YEAR_OF_AGE", 0);
        add("年", "YEAR_OF_AGE", 0);
        UNITS.put("斤", new Unit("斤", "TONNE", new BigDecimal("0.0005")));
        UNITS.put("公斤", new Unit("公斤", "TONNE", new BigDecimal("0.001")));
        // 粮食总产量不低于3.6亿公斤 (a county's 2021 report, batch w's w08): read as 3.6亿 of the indicator's 万吨, 36000万吨
        UNITS.put("万公斤", new Unit("万公斤", "TONNE", new BigDecimal("10")));
        UNITS.put("亿公斤", new Unit("亿公斤", "TONNE", new BigDecimal("100000")));
        UNITS.put("万斤", new Unit("万斤", "TONNE", new BigDecimal("5")));
        UNITS.put("亿斤", new Unit("亿斤", "TONNE", new BigDecimal("50000")));
        // the nation's grain, "粮食产量保持在1.3万亿斤以上" (its 2021 targets in a news copy, batch nl's nl04: read as 1.3万吨)
        UNITS.put("万亿斤", new Unit("万亿斤", "TONNE", new BigDecimal("500000000")));
        // areas in hectares, 15 亩 each (全市粮食播种面积232.2千公顷, batch mo's mo07; 粮食作物种植面积12981公顷, batch mu's mu09)
        UNITS.put("公顷", new Unit("公顷", "MU", new BigDecimal("15")));
        UNITS.put("千公顷", new Unit("千公顷", "MU", new BigDecimal("15000")));
        UNITS.put("万公顷", new Unit("万公顷", "MU", new BigDecimal("150000")));
        scaled("公里", "KILOMETRE");
        // freight and passenger turnover, containers: units of their own, so that 100亿吨公里 is no 100亿吨 and 100万标箱 no
        // figure in 万吨 (the review of batch mv's rules)
        scaled("吨公里", "TONNE_KILOMETRE");
        scaled("人公里", "PASSENGER_KILOMETRE");
        scaled("标箱", "TEU");
        add("件", "COUNT", 0);
        add("起", "OCCURRENCE", 0);
        add("微克/立方米", "MICROGRAM_PER_CUBIC_METRE", 0);
        // a network's density: "铁路网密度达到507公里/万平方公里,高速公路密度达到5公里/百平方公里" (a regional plan's 2025
        // goals, batch no's no14) — read as 507公里 and 5公里 before; 5公里/百平方公里 is 500公里/万平方公里
        add("公里/万平方公里", "KILOMETRE_PER_AREA", 0);
        add("公里/百平方公里", "KILOMETRE_PER_AREA", 2);
        add("公里/平方公里", "KILOMETRE_PER_AREA", 4);
        add("个百分点", "PERCENTAGE_POINT", 0);
        add("个月", "MONTH", 0);
        add("天", "DAY", 0); // 空气质量优良天数为159天 (batch mj's mj03)
        add("个", "COUNT", 0);
        // "城镇新增就业岗位10万个以上" (a city's 2008 targets, batch mr's mr03): 10万 read alone, 个以上 left, and the 以上 lost
        add("万个", "COUNT", 4);
        add("项", "COUNT", 0);
        // ("新建公办幼儿园100所" — a province's 2017 aims, round 63's qx04, whose 所 was dropped)
        add("所", "COUNT", 0);
        add("座", "COUNT", 0);
        // a forestry plan's trees and timber: "义务植树50万株", "森林采伐限额控制12.65万立方米以内" (a county forestry bureau's 2017
        // plan, round 70's rl06, read as 50万 and 12.65万)
        scaled("株", "PLANT");
        // (a plain 立方米 before the catalog's 立方米/万元 of water per unit of GDP, "…用水量下降到45立方米", is read in the
        // indicator's unit: TargetParser — the reviews of rounds 70 and 72)
        // (and farm machinery's power: "农机总动力达到2770万千瓦" — a province's farm work meeting, round 72's rp05, read as 2770万)
        scaled("千瓦", "KILOWATT");
        scaled("千瓦时", "KILOWATT_HOUR"); // (not 万千瓦 and a stray 时: "全社会用电量达到50亿千瓦时")
        scaled("立方米", "CUBIC_METRE");
        UNITS.put("万", new Unit("万", null, BigDecimal.TEN.pow(4)));
        UNITS.put("亿", new Unit("亿", null, BigDecimal.TEN.pow(8)));
    }

    private Units() {
    }

    private static void money(String base, String dimension) {
        add(base, dimension, 0);
        add("万" + base, dimension, 4);
        add("亿" + base, dimension, 8);
        add("万亿" + base, dimension, 12);
    }

    private static void scaled(String base, String dimension) {
        add(base, dimension, 0);
        add("万" + base, dimension, 4);
        add("亿" + base, dimension, 8);
    }

    private static void add(String symbol, String dimension, int power) {
        UNITS.put(symbol, new Unit(symbol, dimension, BigDecimal.ONE.scaleByPowerOfTen(power)));
    }

    /** Whether {@code symbol} is a unit with a dimension (亿元, 万人, 千公顷, ‰), not a bare 万 or 亿 nor an unknown word. */
    public static boolean isMeasure(String symbol) {
        return parse(symbol).filter(unit -> !unit.isMultiplierOnly()).isPresent();
    }

    public static Optional<Unit> parse(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String s = symbol.trim().replace('%', '%');
        return Optional.ofNullable(UNITS.get(s));
    }

    /** Every unit symbol, longest first, for building patterns that read a number and its unit. */
    public static List<String> symbolsLongestFirst() {
        return UNITS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * {@code value} in {@code from} expressed in {@code to}; empty when the dimensions differ (亿美元 to 元, % to
     * 亿元). A multiplier alone (万) or no unit at all takes the dimension of {@code to}.
     */
    public static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        Optional<Unit> target = parse(to);
        if (target.isEmpty() || target.get().isMultiplierOnly()) {
            return Optional.empty();
        }
        if (from == null || from.isBlank()) {
            return Optional.of(value);
        }
        Optional<Unit> source = parse(from);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (!source.get().isMultiplierOnly() && !source.get().dimension().equals(target.get().dimension())
                && !(COUNT.equals(source.get().dimension()) && COUNTED_AS.contains(target.get().dimension()))) {
            return Optional.empty();
        }
        return Optional.of(strip(value.multiply(source.get().factor())
                .divide(target.get().factor(), java.math.MathContext.DECIMAL64)));
    }

    /** Whether the unit is an amount of money (元, 万元, 亿美元 …). */
    public static boolean isMoney(String symbol) {
        return parse(symbol).map(u -> "CNY".equals(u.dimension()) || "USD".equals(u.dimension())).orElse(false);
    }

    /**
     * Whether {@code unit} counts times of what the indicator counts: 万人次 for an indicator in 万人, 人次 for one in 人
     * (person-times, batch nt's nt05: no count of people — a notice's figure is kept as printed; a target is only warned,
     * so that "城镇新增就业不少于2.5万人次" links no task to 城镇新增就业).
     */
    public static boolean isCountOfTimes(String unit, String indicatorUnit) {
        return unit != null && indicatorUnit != null && unit.equals(indicatorUnit + "次");
    }

    public static boolean sameDimension(String a, String b) {
        Optional<Unit> ua = parse(a);
        Optional<Unit> ub = parse(b);
        return ua.isPresent() && ub.isPresent() && ua.get().dimension() != null
                && ua.get().dimension().equals(ub.get().dimension());
    }

    /** Growth beyond ±1000 % (or a rate, a share or a change in points beyond 1000) is a typing error in these reports. */
    private static final BigDecimal MAX_GROWTH = new BigDecimal("1000");
    /** No figure of a county or city reaches 10^15 (in the unit given or the indicator's); the columns hold 10^18. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("1E15");
    /** No amount reaches 10^17 of its base unit (元, 人, 吨): the nation's GDP is some 1.3 × 10^14 元. */
    private static final BigDecimal MAX_BASE_VALUE = new BigDecimal("1E17");

    /**
     * Whether {@code value} in {@code unit} is a figure these reports can hold: at most {@link #MAX_GROWTH} for a rate
     * (%, ‰, 个百分点), at most {@link #MAX_VALUE} in absolute value otherwise ("地区生产总值达到1e26亿元" in a break-it trial of
     * 2026-12-05 passed the preview and failed only at the commit).
     */
    public static boolean plausible(BigDecimal value, String unit) {
        if (value == null) {
            return true;
        }
        boolean rate = unit != null && (unit.contains("%") || unit.contains("%") || unit.contains("‰") || unit.contains("百分点"));
        if (rate) {
            return value.abs().compareTo(MAX_GROWTH) <= 0;
        }
        // (in the unit's base: 999999999999999亿元 is 10^23 元 — break-it trial of 2026-12-05, stored)
        BigDecimal factor = parse(unit).map(Unit::factor).orElse(BigDecimal.ONE);
        return value.abs().compareTo(MAX_VALUE) <= 0 && value.abs().multiply(factor).compareTo(MAX_BASE_VALUE) <= 0;
    }

    /** Like {@link #strip(BigDecimal)}, for columns that may be empty. */
    public static BigDecimal stripOrNull(BigDecimal value) {
        return value == null ? null : strip(value);
    }

    public static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
