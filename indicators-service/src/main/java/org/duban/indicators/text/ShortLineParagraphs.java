package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A release laid out for a phone: each paragraph an indicator's name on a line of its own and each of its figures on the
 * next short lines ("全市生产总值(GDP)" / "446.38亿元" / "同比增长8.3%" / "比全省高0.6个百分点" — a city's 上半年 经济运行
 * 成绩单 on WeChat, batch mh's mh03, where every figure was read as a figure without a name). Such a paragraph is written
 * back as one sentence: "全市生产总值(GDP)446.38亿元,同比增长8.3%,比全省高0.6个百分点。"
 *
 * <p>The shape is strict, because short lines are also headlines, rankings, lists of districts or projects, infographics
 * with the figure above its label and hotlines (the review of batch mi's rules found each of them read as the first
 * line's figures): a paragraph (lines between blank lines, each at most {@value #SHORT} characters, none laid out in
 * columns, none ending a sentence, none numbered) is rejoined only when it is
 * <ol>
 * <li>the months it covers, optionally ("1至6月");</li>
 * <li>the name, on one line or two (a name split: "城镇常住居民" / "人均可支配收入"; not a second line opening with 其中,
 * which is a part);</li>
 * <li>then only lines of the name's figures: each starts with a number or with the words of a figure (同比, 增长, 完成,
 * 比全省, 居…) — a line that starts with another name is another indicator's figure. A part after them (其中限额以上 /
 * 零售额71.40亿元) ends the sentence and stays as it was.</li>
 * </ol>
 * Anything else is kept as it is.
 */
public final class ShortLineParagraphs {
    /** The longest line of such a paragraph, in characters. */
    static final int SHORT = 24;
    private static final Pattern FIGURE = Pattern.compile("\\d");
    private static final Pattern COLUMNS = Pattern.compile("\\t| {2,}|\u3000{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;;!!??]\\s*$");
    /** The months a paragraph may open with ("1至6月" over "全市固定资产投资" / "完成236.14亿元"): when, not a figure. */
    // (with its year: "2023年1-11月" over "全省规模以上工业增加值" / "同比增长5.5%", a province's card post, batch ni's ni10)
    private static final Pattern MONTHS = Pattern.compile("^(?:\\d{4}年)?\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}月(?:份)?$");
    /**
     * An image's placeholder left on its own line ("图片", "[图片]"): a card post's paragraphs are parted by their pictures,
     * not by blank lines (ni10) — read as a blank line.
     */
    private static final Pattern IMAGE_LINE = Pattern.compile("^\\s*[\\[【(]?(?:图片|图)[\\]】)]?\\s*$");
    /** A numbered item ("1.地区生产总值增长5.8%") or a telephone number: no figure of a name above it. */
    private static final Pattern NOT_A_FIGURE = Pattern.compile("^\\d{1,2}[.、.]\\D|\\d{3,4}-\\d{7,8}");
    /** How a line of the name's figures starts: a number, or the words a figure is said with. */
    private static final Pattern FIGURE_LINE = Pattern.compile("^(?:[-+]?\\d|同比|环比|比上年|比去年|较上年|比|较|增长|增速|增幅|"
            + "下降|降低|回落|上涨|涨幅|提高|完成|实现|累计|达到|达(?=\\d)|占|超|高于|低于|快于|慢于|(?:位)?居(?=全|第|前|首|同)"
            + "|排(?=名|全|第|前|位)|列(?=全|第|前))");
    private static final Pattern PART = Pattern.compile("^其中");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[,,、]+$");

    private ShortLineParagraphs() {
    }

    /** {@code text} with every phone-layout paragraph written as one sentence ending in 。; other lines unchanged. */
    public static String rejoin(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length());
        List<String> paragraph = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || IMAGE_LINE.matcher(line).matches()) {
                flush(paragraph, out);
                out.append(line).append('\n');
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, out);
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    private static void flush(List<String> paragraph, StringBuilder out) {
        int end = paragraph.isEmpty() ? -1 : phoneLayoutEnd(paragraph);
        if (end > 0) {
            StringBuilder sentence = new StringBuilder();
            for (String line : paragraph.subList(0, end)) {
                String l = TRAILING_COMMA.matcher(line.strip()).replaceAll("");
                boolean figure = FIGURE.matcher(l).find() && !MONTHS.matcher(l).matches();
                sentence.append(l).append(figure ? "," : "");
            }
            out.append(TRAILING_COMMA.matcher(sentence).replaceAll("")).append("。\n");
            paragraph.subList(end, paragraph.size()).forEach(l -> out.append(l).append('\n'));
        } else {
            paragraph.forEach(l -> out.append(l).append('\n'));
        }
        paragraph.clear();
    }

    /** How many lines of the paragraph make the name and its figures, or -1 when it is not laid out so. */
    private static int phoneLayoutEnd(List<String> paragraph) {
        List<String> lines = paragraph.stream().map(String::strip).toList();
        for (String l : lines) {
            if (l.length() > SHORT || COLUMNS.matcher(l).find() || SENTENCE_END.matcher(l).find()
                    || NOT_A_FIGURE.matcher(l).find()) {
                return -1;
            }
        }
        int i = lines.size() > 0 && MONTHS.matcher(lines.get(0)).matches() ? 1 : 0;
        int names = 0;
        while (i < lines.size() && !FIGURE.matcher(lines.get(i)).find() && !FIGURE_LINE.matcher(lines.get(i)).lookingAt()) {
            if (names > 0 && PART.matcher(lines.get(i)).lookingAt()) {
                return -1; // "社会消费品零售总额" / "其中:网上零售额" / "增长25.6%": the part's figure
            }
            names++;
            i++;
        }
        if (names == 0 || names > 2) {
            return -1;
        }
        int figures = 0;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            if (PART.matcher(l).lookingAt() && figures > 0) {
                break; // a part after the figures: the sentence ends before it
            }
            if (!FIGURE_LINE.matcher(l).lookingAt()) {
                return -1; // another name, a ranking's region, a label under its figure
            }
            figures += FIGURE.matcher(l).find() ? 1 : 0;
        }
        return figures > 0 ? i : -1;
    }
}
