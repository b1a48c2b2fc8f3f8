package org.duban.indicators.observation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全县完成工业增加值31.4亿元,同比增长11.1%,其中,规上企业增长11.3%,规下企业增长10.5%" (a county's 1-10月 经济运行,
 * 2012, batch x's x08): when a sentence splits 工业增加值 into 规上企业 and 规下企业, the bare 工业增加值 is all industry
 * — not the 规模以上工业增加值 it names elsewhere (the catalog takes it as a synonym) — and the 规上 part is the figure
 * of 规模以上工业增加值. Before the sentence is read, the all-industry figure is named 全部工业增加值 (the catalog's
 * INDUSTRY_VALUE_ADDED since batch nk: it had been taken out and warned of, outside the catalog) and the part is
 * written 规模以上工业增加值; 31.4 was recorded as 规上, silently, and 11.3 was lost.
 */
final class AllIndustry {

    private static final Pattern BARE = Pattern.compile("(?<!规上|规模以上|规模|全部)工业增加值");
    private static final Pattern ABOVE_SIZE_PART = Pattern.compile("(其中[,,]?\\s*)规(?:上|模以上)(?:工业)?企业(?:增加值)?(?=[^,,;;。]*?(?:增长|下降))");
    /**
     * "1-9月实现工业增加值1.7亿元,其中:规模以上工业实现总产值4.1亿元、增加值1.3亿元" (a county's 2007 release, batch mq's
     * mq01): a 其中 that goes on with the industry above designated size makes the bare 工业增加值 before it all industry's;
     * the part names its own figures.
     */
    private static final Pattern INDUSTRY_FIGURE = Pattern.compile("增加值|总产值|产值");
    private static final Pattern OTHER_BETWEEN = Pattern.compile("[;;]|总额|投资|收入|总值|产值|消费|进出口");
    private static final Pattern ABOVE_SIZE_INDUSTRY = Pattern.compile("其中[,,::]?\\s*(?=规(?:上|模以上)工业)");

    /**
     * "第二产业增加值65585万元,同比增长9.5%,其中工业增加值完成40653万元,同比增长13.5%" (a county's 2015 统计公报, batch
     * mu's mu09): the industry inside the secondary sector is all industry, not the 规模以上 figure.
     */
    // (or the sector named without 增加值 before its figure: "第二产业314601万元,同比增长11.7%,其中工业增加值201119万元" in a
    // county's 2016 统计公报, batch os's os06)
    private static final Pattern SECONDARY_PART = Pattern.compile("(?<=第二产业(?:增加值|(?=\\d))[^。;;]{0,60}?[,,]\\s{0,3}其中[,,::]?\\s{0,3})"
            + "(?<!规上|规模以上|规模|全部)工业增加值");

    /**
     * Where a sentence ends: after 。, unless the next one opens with 其中 and 规模以上工业增加值 itself (not a part of it,
     * "其中,规上工业高技术制造业增加值…", nor its output — the review of batch nj/nk's rules).
     */
    private static final String NEXT_SENTENCE = "(?<=。)(?!\\s*其中[,,::]?\\s*(?:全[市县区省])?规(?:模以上|上)工业(?:企业)?(?:实现|完成)?增加值)";

    private AllIndustry() {
    }

    /**
     * {@code text} with each sentence that splits 工业增加值 by size rewritten as above; a sentence opening with 其中 goes on
     * from the one before it ("全年工业增加值比上年增长6.3%。其中,规模以上工业增加值增长7.2%", a county's 2022 统计公报, batch
     * nk's nk04).
     */
    static String named(String text) {
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split(NEXT_SENTENCE)) {
            Matcher secondary = SECONDARY_PART.matcher(sentence);
            if (secondary.find()) {
                sentence = sentence.substring(0, secondary.start()) + "全部" + sentence.substring(secondary.start());
            }
            Matcher part = ABOVE_SIZE_PART.matcher(sentence);
            Matcher bare = BARE.matcher(sentence);
            Matcher industry = ABOVE_SIZE_INDUSTRY.matcher(sentence);
            if (part.find() && bare.find() && bare.start() < part.start()) {
                sentence = sentence.substring(0, bare.start()) + "全部" + sentence.substring(bare.start(), part.start())
                        + part.group(1) + "规模以上工业增加值" + sentence.substring(part.end());
            } else if (industry.find() && bare.reset().find() && bare.start() < industry.start()
                    && INDUSTRY_FIGURE.matcher(sentence.substring(industry.end())).find()
                    // only the bare figure's own clause before its 其中: no other indicator between (the review of batch mq)
                    && !OTHER_BETWEEN.matcher(sentence.substring(bare.end(), industry.start())).find()) {
                sentence = sentence.substring(0, bare.start()) + "全部" + sentence.substring(bare.start());
            }
            out.append(sentence);
        }
        return out.toString();
    }
}
