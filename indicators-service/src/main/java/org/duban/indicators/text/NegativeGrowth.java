package org.duban.indicators.text;

import java.util.regex.Pattern;

/**
 * A fall written as a growth: "比上年同期增长-8.7%" (a county's half-year 统一核算 release, 2024), "规模工业增加值负增长7.3%"
 * (a city's monthly 经济运行简况, 2020), "增速为-2.5%". Statistics bureaus print a fall both ways; the readers know one
 * way, 下降x%, so both are written that way before anything is read (batch o: 增长-3.7% and 负增长2.3% were read as
 * rises, silently).
 */
public final class NegativeGrowth {

    /** 负增长7.3%, 负增长 7.3%. */
    private static final Pattern NEGATIVE_WORD = Pattern.compile("负增长 ?(?=\\d)");
    /**
     * 增长-8.7%, 增速为-2.5%, 增幅 −1.2%: a minus sign right after a word of growth, in running text (a tab or a line
     * break between them is a table's cell boundary, which {@code TargetTable} and {@code NoticeTable} read).
     */
    // (and 上涨: "居民消费价格同比上涨-0.3%" — a break-it trial after round 39, read as a rise; not 涨幅为-1.5%, a level
    // whose sign QuantityReader keeps)
    private static final Pattern MINUS_AFTER_GROWTH = Pattern.compile("(?:增长|增速|增幅|上涨)(?:为|是)? ?[-−–] ?(?=\\d)");
    /**
     * 同比-3.5%, 比上年-2.1%, 环比−0.4%: a minus sign right after the comparison itself, as statistics tables print a fall
     * (the growth was read as a rise of 3.5 %, silently — a break-it trial, 2026-12-05); the comparison stays.
     */
    private static final Pattern MINUS_AFTER_COMPARISON = Pattern.compile("(同比|环比|(?:比|较)(?:上年|去年|上月)(?:同期)?)"
            + "(?:为|是)? ?[-−–] ?(?=\\d)");

    private NegativeGrowth() {
    }

    /** {@code text} with every fall written as a growth rewritten as 下降x%. */
    public static String asFall(String text) {
        String falls = MINUS_AFTER_GROWTH.matcher(NEGATIVE_WORD.matcher(text).replaceAll("下降")).replaceAll("下降");
        return MINUS_AFTER_COMPARISON.matcher(falls).replaceAll("$1下降");
    }
}
