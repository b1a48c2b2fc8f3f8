package org.duban.indicators.text;

import java.util.regex.Pattern;

/**
 * Words a statistics bureau puts between an indicator and its figure that change nothing in it:
 * <ul>
 * <li>"社会消费品零售总额8562.4亿元,同比名义增长11.1%", "全体居民人均可支配收入15862元,同比名义增长8.4%" (a province's
 * 前三季度 经济运行情况, batch x's x03): the nominal growth is the growth the corpus records (the real one, when printed,
 * comes after 扣除价格因素 and is a comparison); 名义 was read as the name of an indicator outside the catalog and the
 * growth was lost;</li>
 * <li>"全县500万元以上固定资产投资同比增长17.9%" (a county's 1-5月 主要经济指标完成情况, batch x's x04), "5000万元及以上
 * 固定资产投资": the statistical threshold of the investment survey is no figure of the indicator — its 500 was read
 * as the figure, with no name before it;</li>
 * <li>"规模以上工业总产值612.8亿元,比增10.4%", "外贸进出口总额245.3亿元,比增-2.6%", "同比增8.2%", "比降3.1%" (a
 * 高新区's 前三季度 经济运行情况, batch z's z05; Fujian and Guangdong bureaus write 比增 for 比上年同期增长): the
 * abbreviated growth is the growth; 比增 was read as no growth word at all and the growth was lost, silently;</li>
 * <li>"地区生产总值1287.46亿元,按不变价格计算(下同),同比增长6.1%" and "一般公共预算收入69.84亿元,同口径下降18.7%" (a district's
 * 前三季度 release, batch mj's mj01; "一般公共预算收入同口径增长9%" in a district's 2019 targets, batch mi's mi04): a
 * note that the basis holds for what follows, and a growth on the same basis, are the growth — both lost it;</li>
 * <li>"与去年同期相比增长14.9%" (batch mq's mq01), "比去年增长10.9%" (batch ng's ng04): the year-on-year growth in
 * words;</li>
 * <li>"地区生产总值实现1200亿元,可比增长18%以上" (a development zone's 2009 targets, batch mr's mr02): the growth at
 * comparable prices is the growth — 可比 was read as a name.</li>
 * </ul>
 */
public final class GrowthWording {

    // (and the real growth where it is the only one printed: "城镇居民人均可支配收入8839元,扣除价格上涨因素,实际增长9.49%", a
    // provincial capital's 1~3季度 news item, batch nk's nk09 — after a nominal one it is a second growth, warned)
    // (and at current prices, 现价: "完成GDP 115亿元,现价增长27.7%" — a county's 2008 results in its report, round 49's pw03)
    private static final Pattern NOMINAL = Pattern.compile("(?:名义|可比|实际|现价)(?=增长|下降|增速|增幅)");
    private static final Pattern THRESHOLD = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?(?:万|亿)?元(?:及|或)?以上(?:的)?(?=(?:全社会)?(?:固定资产)?投资)"
            // (and the size of firms above the designated size: "其中2000万元规模以上工业企业产值达99.6亿元", a town's news
            // item, batch mu's mu08)
            // (at a clause's start or after 其中 only: "全镇完成工业总产值38600万元规上企业产值…" is a figure — the review)
            + "|(?<=^|[,,;;。\\s]|其中)\\d++万元(?:及以上)?(?=规模以上|规上)");
    /**
     * The threshold in words: "限额以上固定资产投资完成7.4亿元" in a 旗's half-year plan report (batch pg's pg05) — the
     * investment survey's projects above 500万元, the investment itself where the text names no other; beside the whole
     * ("全社会固定资产投资8亿元,…,限额以上固定资产投资6.5亿元", ob02) it is a part and stays as written.
     */
    private static final Pattern LIMIT_IN_WORDS = Pattern.compile("(?:限额以上|限上)(?=固定资产投资)");
    private static final Pattern ANY_INVESTMENT = Pattern.compile("固定资产投资");
    /** The whole named otherwise: "全社会投资完成30亿元" before "限额以上固定资产投资…" (the review of round 41's rules). */
    private static final Pattern WHOLE_INVESTMENT = Pattern.compile("全社会(?:固定资产)?投资");

    /**
     * The firms above designated size by their definition: "全州年主营业务收入在500万元以上企业工业增加值26.29亿元" (a prefecture's
     * 2011 half year, batch od's od06; the threshold was 500万元 until 2011, 2000万元 since) — the value added of 规模以上工业;
     * the threshold was read as the figure or the name was lost.
     */
    // (the two thresholds only: 5000万元以上 firms are a part of them — the review)
    private static final Pattern DESIGNATED_SIZE = Pattern.compile("(?:年)?(?:主营业务收入|产品销售收入|销售收入)(?:在)?(?:500|2000)万元(?:及)?以上"
            + "(?:的)?(?:工业)?企业(?:工业)?(?=增加值|总产值|产值)");

    /** 比增x%, 比增-x%, 同比增x%: a growth written short (the minus is left for {@code NegativeGrowth}). */
    private static final Pattern SHORT_RISE = Pattern.compile("(同比|(?<![占])比)增(?=[ ]?[-−–]?\\d)");
    /** 比降x%, 比减x%, 同比降x%, 同比减x%: a fall written short. */
    private static final Pattern SHORT_FALL = Pattern.compile("(同比|(?<![占])比)(?:降|减)(?=[ ]?\\d)");

    /** "(下同)": the note that a basis holds below. */
    private static final Pattern LIKE_BELOW = Pattern.compile("[((]下同[))]");
    /** 同口径增长, 同口径下降: a growth on the same statistical basis, written as a year-on-year one. */
    // (and at comparable basis: "累计完成工业增加值29.47亿元,按可比口径计算同比增长23%", a county's 1-11月 news item,
    // batch ng's ng10 — read as a name, the growth lost)
    // (and 同口径比增长: "…529088万元(按属地统计口径,如无注明,下同),同口径比增长12.9%" — a district's 2006 公报, round 49's pw07)
    private static final Pattern SAME_BASIS = Pattern.compile("(?:按)?(?:同|可比)口径(?:计算)?(?:[,,]\\s*)?(?:同比|比)?(?=增长|下降|增幅|增速)");

    /**
     * "8.1350亿元,与去年同期相比增长14.9%" (a county's 2007 前三季度 release, batch mq's mq01): the growth over the same
     * months of last year said in words, which is 同比; the words were read as a name outside the catalog.
     */
    private static final Pattern YEAR_EARLIER = Pattern.compile("(?:与|和|同)(?:去年|上年)(?:同期)?相比(?:较)?[,,]?\\s*"
            + "(?=增长|下降|增幅|增速|上涨|减少)");

    /**
     * "全年全区实现生产总值257338万元,按可比价计算比去年增长10.9%" (a district's 2013 统计公报, batch ng's ng04): 比去年 is
     * 比上年 — the comparison was read as a name and the growth lost.
     */
    private static final Pattern LAST_YEAR = Pattern.compile("(?<=比|较)去年(?=(?:同期)?(?:增长|下降|增|降|上涨|减少))");

    /** "扣除价格上涨因素," before a growth: how it is computed, no word of a name (nk09). */
    private static final Pattern PRICE_ADJUSTED = Pattern.compile("扣除价格(?:上涨)?因素(?:后)?[,,]?\\s*+(?=(?:同比)?(?:实际)?(?:增长|下降))");

    private GrowthWording() {
    }

    /**
     * {@code text} without 名义 before a growth and without the threshold before an investment, and with a growth
     * written short (比增, 同比降) written out (同比增长, 下降).
     */
    public static String plain(String text) {
        String out = THRESHOLD.matcher(NOMINAL.matcher(PRICE_ADJUSTED.matcher(DESIGNATED_SIZE.matcher(text)
                .replaceAll("规模以上工业")).replaceAll("")).replaceAll("")).replaceAll("");
        java.util.regex.Matcher limit = LIMIT_IN_WORDS.matcher(out);
        if (limit.find() && ANY_INVESTMENT.matcher(out).results().count() == LIMIT_IN_WORDS.matcher(out).results().count()
                && !WHOLE_INVESTMENT.matcher(out).find()) {
            out = limit.replaceAll("");
        }
        out = SAME_BASIS.matcher(LIKE_BELOW.matcher(out).replaceAll("")).replaceAll("同比");
        out = LAST_YEAR.matcher(YEAR_EARLIER.matcher(out).replaceAll("同比")).replaceAll("上年");
        out = SHORT_RISE.matcher(out).replaceAll(m -> m.group(1).equals("同比") ? "同比增长" : "增长");
        return SHORT_FALL.matcher(out).replaceAll(m -> m.group(1).equals("同比") ? "同比下降" : "下降");
    }
}
