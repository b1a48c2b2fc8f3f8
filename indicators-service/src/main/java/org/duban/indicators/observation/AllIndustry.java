package org.duban.indicators.observation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "全县完成工业增加值31.4亿元,同比增长11.1%,其中,规上企业增长11.3%,规下企业增长10.5%" (a county's 1-10月 经济运行,
 * 2012, batch x's x08): when a sentence splits 工业增加值 into 规上企业 and 规下企业, the bare 工业增加值 is all industry
 * — not the 规模以上工业增加值 it names elsewhere (the catalog takes it as a synonym) — and the 规上 part is the figure
 * of 规模以上工业增加值. Before the sentence is read, the all-industry figures are taken out (the reader warns of
 * them: outside the catalog) and the part is written 规模以上工业增加值; 31.4 was recorded as 规上, silently, and 11.3
 * was lost.
 */
final class AllIndustry {

    private static final Pattern BARE = Pattern.compile("(?<!规上|规模以上|规模|全部)工业增加值");
    private static final Pattern ABOVE_SIZE_PART = Pattern.compile("(其中[,,]?\\s*)规(?:上|模以上)(?:工业)?企业(?:增加值)?(?=[^,,;;。]*?(?:增长|下降))");

    private AllIndustry() {
    }

    /** A text with the all-industry figures taken out, and those figures (empty when there were none). */
    record Split(String text, java.util.List<String> allIndustry) {
    }

    /** {@code text} with each sentence that splits 工业增加值 by size rewritten as above. */
    static Split split(String text) {
        StringBuilder out = new StringBuilder();
        java.util.List<String> taken = new java.util.ArrayList<>();
        for (String sentence : text.split("(?<=。)")) {
            Matcher part = ABOVE_SIZE_PART.matcher(sentence);
            Matcher bare = BARE.matcher(sentence);
            if (part.find() && bare.find() && bare.start() < part.start()) {
                taken.add(sentence.substring(bare.start(), part.start()).replaceFirst("[,,]$", ""));
                sentence = sentence.substring(0, bare.start()) + "规模以上工业增加值" + sentence.substring(part.end());
            }
            out.append(sentence);
        }
        return new Split(out.toString(), taken);
    }
}
