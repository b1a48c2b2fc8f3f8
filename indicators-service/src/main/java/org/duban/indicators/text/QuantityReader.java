package org.duban.indicators.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duban.indicators.catalog.Units;

/**
 * Reads the numbers of a phrase with what stands around them: the words before ("增长", "控制在", "不低于"), the
 * unit after ("亿元", "%", a bare "万") and the modifier after that ("左右", "以上", "以内").
 */
public final class QuantityReader {

    /**
     * One number as written (约6%, 6%上下 and 6%左右 all say "about"). {@code lead} is the text between the previous number and this one; {@code low} is the
     * lower end of a range ("增长6.5%-7%", "6.5-7%") whose upper end is {@code number}, else null.
     */
    public record Quantity(int start, int end, String lead, String prefix, BigDecimal low, BigDecimal number,
            String unit, String suffix, String text) {

        public boolean isRange() {
            return low != null;
        }

        public boolean isPercent() {
            return "%".equals(unit);
        }

        /** The lead says the figure goes down (下降3.5%). */
        public boolean isDecrease() {
            return DECREASE.matcher(lead).find();
        }

        /** The lead names a growth (增长, 增, 提高, 上涨) or decrease. */
        public boolean hasGrowthVerb() {
            return GROWTH.matcher(lead).find() || isDecrease();
        }
    }

    /**
     * Words of a fall. 下降到/降低至 x is a level to reach, not a fall by x (PM2.5平均浓度下降到42微克/立方米以内 is at most
     * 42), so a verb followed by 到 or 至 is none.
     */
    private static final Pattern DECREASE = Pattern.compile("(?:下降|减少|降低|回落|下调|压减|削减)(?![到至])");
    /** Words of a rise; as with a fall, 提高到/提升至 x is a level to reach (税收收入占比提高到75%以上), not a rise by x. */
    private static final Pattern GROWTH = Pattern.compile("(?:增长|增幅|增速|增|提高|提升|上涨|上升|涨)(?![到至])");
    private static final Pattern QUANTITY;
    /** The low end of a range; the lookahead wants a unit on the high end, so "1-3月" is no range. */
    private static final Pattern RANGE;
    private static final Pattern DATE_AFTER = Pattern.compile("^(年|月|日|号|季度|周岁)");
    /** Counties or towns counted in a name: "安宁河6县(市)基本与全省平均水平持平" (a prefecture's 2020 aims, batch oa's oa04). */
    private static final Pattern PLACES_AFTER = Pattern.compile("^(?:县\\(市\\)|县\\(市、区\\)|县\\(区\\)|镇\\(街道\\))");
    /** What follows the first month of a range of months: a dash and the last month, "~4月", "至11月", "—3季度". */
    /**
     * A minus sign before a level, after the verb that sets it: "控制在-4.5%以内", "为-1.2%" (a fall written as a growth,
     * 增长-3%, is a 下降 already: {@code NegativeGrowth}); group 2 the verb when it is one a quantity's prefix names.
     */
    private static final Pattern MINUS_BEFORE = Pattern.compile("(保持在|稳定在|为|是|达到|降至|降到|(控制在|不超过|不低于|低于|高于))"
            + "\\s?[-−]\\s?$");
    /** What makes the number after it a place: 第 (an ordinal), a region's 前 (its first so many: 全市前5). */
    private static final Pattern RANK_BEFORE = Pattern.compile("(?:第|(?:全国|全省|全市|全州|全区|全县|全盟)前)\\h?$");
    private static final Pattern MONTHS_AFTER = Pattern.compile("(?<!\\s)\\s*+[-—–~～至到]\\s*+\\d{1,2}\\s*+(?:月|季度)");

    static {
        String units = Units.symbolsLongestFirst().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // (超 alone before a number: "一般公共预算收入超7800万元", a town's 2022 targets, batch mk's mk08)
        // (not 不超 / 未超 / 不得超: a ceiling — the review of batch mk's rules)
        // (a threshold reached: "奋力站上3000亿元大台阶", "迈上千亿台阶", "跨过…大关" — a city's 2025 targets, batch no's no02)
        QUANTITY = Pattern.compile("(?:(?<!\\s)|(?=\\S))(不低于|不少于|不超过|不超|不高于|不大于|不小于|控制在|超过|(?<![不未得])超|突破|"
                + "站上|迈上|登上|跨上|迈过|跨过|高于|低于|少于|约)?\\s*"
                + "(\\d+(?:\\.\\d+)?)\\s*(" + units + ")?\\s*(左右|上下|以上|以内|以下)?");
        RANGE = Pattern.compile("(?<![\\d.])(\\d++(?:\\.\\d++)?)\\s*(%|万|亿)?\\s*[-—–~～至到]\\s*(?=\\d+(?:\\.\\d+)?\\s*(" + units
                + "))");
    }

    private record RangeLow(int start, BigDecimal low) {
    }

    private QuantityReader() {
    }

    /** The quantities of {@code text}, skipping dates and years (2019年, 1-3月). */
    /** Whether {@code at} is inside a book title mark 《…》 (its opening before it, unclosed). */
    private static boolean insideTitle(String text, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= 0 && text.lastIndexOf('》', at) < open && text.indexOf('》', at) >= 0;
    }

    public static List<Quantity> read(String text) {
        List<Quantity> quantities = new ArrayList<>();
        Map<Integer, RangeLow> rangesByHighStart = new HashMap<>();
        Set<Integer> rangeStarts = new HashSet<>();
        Matcher r = RANGE.matcher(text);
        while (r.find()) {
            // "4万—4.5万人": the low end's 万 is the high end's unit
            rangesByHighStart.put(r.end(), new RangeLow(r.start(), new BigDecimal(r.group(1))));
            rangeStarts.add(r.start());
        }
        Matcher m = QUANTITY.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            if (insideTitle(text, m.start(2))) {
                continue; // "落实《福建省实施〈中国制造2025〉行动计划》": a figure of a document's title, no quantity (oa01)
            }
            if (rangeStarts.contains(m.start(2))) {
                continue; // the low end of a range, read with its high end
            }
            if (m.group(1) == null && RANK_BEFORE.matcher(text.substring(Math.max(0, m.start(2) - 4), m.start(2))).find()) {
                // "增速全市第2", "全市前5": a place among others, never an amount (a break-it trial after round 39 stored
                // 2亿元 of 规上工业增加值 from a target of rank, and a notice's GDP of 3亿元)
                continue;
            }
            if ("年".equals(m.group(3)) && m.group(2).indexOf('.') < 0) {
                continue; // 2019年, 2016-2020年, 3年内: a year or a duration; only 78.5年 (a life expectancy) is a quantity
            }
            RangeLow range = rangesByHighStart.get(m.start(2));
            if (range != null) {
                String prefix = m.group(1) == null ? "" : m.group(1);
                quantities.add(new Quantity(range.start(), m.end(), text.substring(previousEnd, range.start()), prefix,
                        range.low(), new BigDecimal(m.group(2)), m.group(3), m.group(4) == null ? "" : m.group(4),
                        text.substring(range.start(), m.end()).trim()));
                previousEnd = m.end();
                continue;
            }
            String unit = m.group(3);
            if (unit == null && (DATE_AFTER.matcher(text).region(m.end(2), text.length()).lookingAt()
                    || PLACES_AFTER.matcher(text).region(m.end(2), text.length()).lookingAt())) {
                continue;
            }
            if (unit == null && m.end(2) < text.length() && (text.charAt(m.end(2)) == '-'
                    || MONTHS_AFTER.matcher(text).region(m.end(2), text.length()).lookingAt())) {
                // the first half of a range of months, with any dash: 1-3月, 1~4月 (a 高新区's 1~4月 analysis, batch mw's
                // mw05, read 1亿元 of every indicator), 1至4月
                continue;
            }
            String prefix = m.group(1) == null ? "" : m.group(1);
            String lead = text.substring(previousEnd, m.start());
            Matcher minus = MINUS_BEFORE.matcher(lead);
            BigDecimal number = new BigDecimal(m.group(2));
            if (prefix.isEmpty() && minus.find()) {
                // "控制在-4.5%以内": a level below zero keeps its sign and the verb before it (a break-it trial, where the
                // sign was dropped: a ceiling of +4.5 %)
                number = number.negate();
                boolean prefixWord = minus.group(2) != null;
                prefix = prefixWord ? minus.group(2) : "";
                lead = lead.substring(0, prefixWord ? minus.start(2) : minus.end(1));
            }
            quantities.add(new Quantity(m.start(), m.end(), lead, prefix, null, number, unit,
                    m.group(4) == null ? "" : m.group(4), m.group().trim()));
            previousEnd = m.end();
        }
        return quantities;
    }
}
