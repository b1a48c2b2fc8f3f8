package org.duban.indicators.observation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written with no name because the name stands just before, in a label or a cell of its own:
 * <ul>
 * <li>"城镇新增就业(第7项):1-11月新增2.6万人,完成年度目标的104%" (a city's 1-11月《政府工作报告》目标任务完成情况,
 * batch x's x02): the label is the indicator alone, the figures follow the colon;</li>
 * <li>a 目标任务 / 进展情况 table row whose progress cell says "1-8月完成21.3亿元,增长3.2%" under the task
 * "一般公共预算收入增长5%" (batch x's x07), also when the table comes one cell a line ("1" / "地区生产总值增长14%" /
 * "完成212.6亿元,增长13.2%", "达到18260元", "9.12‰": a prefecture's annual 目标任务完成情况, batch b's b06).</li>
 * </ul>
 * The name is written into the figures after their months: "1-11月城镇新增就业新增2.6万人"; a verb of foreign capital
 * arriving takes the name's place; "同比增长18.4%" opens with its growth (a 督查室 notice, batch mb's mb03) ("实际利用外资(第8项):实际到资2.96亿美元" → 实际利用外资2.96亿美元, batch l's l03).
 */
final class SubjectlessFigure {

    /** The months (or quarter) the figures open with, then a verb or a figure and no name. */
    private static final Pattern VERB_FIRST = Pattern.compile("^(预计|预估)?((?:\\d{1,2}\\s*[-—–~至]\\s*)?\\d{1,2}月(?:份|末|底)?|上半年|前三季度|一季度|全年)?"
            + "[,,]?\\s*(?:实际到资|实际到位|实际使用|到资|到位)?(?=(?:同比|比上年(?:同期)?)?(?:累计)?(?:完成|实现|新增|增长|下降|上涨|达到|为)?\\d"
            // a figure, not the months of one ("1-9月地区生产总值…" names its indicator after its months)
            + "(?!\\d?\\s*(?:[-—–~至]\\s*\\d{1,2}\\s*)?月))");
    /** Where the name of a task's wording ends: its first verb or figure (增长率 is a name: 人口自然增长率, b06). */
    private static final Pattern NAME_END = Pattern.compile("(?:(?:增长|下降|降低|提高)(?!率)|达到|完成|控制|稳定|突破|\\d)");

    private SubjectlessFigure() {
    }

    /** The name a wording opens with ("一般公共预算收入增长5%" → 一般公共预算收入), or the whole wording when it has no figure. */
    static String nameOf(String wording) {
        Matcher end = NAME_END.matcher(wording);
        return end.find() ? wording.substring(0, end.start()) : wording;
    }

    /** {@code figures} with {@code name} written in after its months, when they open with no name; else as they are. */
    static String withSubject(String name, String figures) {
        Matcher m = VERB_FIRST.matcher(figures);
        if (name.length() < 2 || !m.find()) {
            return figures;
        }
        // "城镇居民人均可支配收入(第11项):预计增长8.2%" (a 督查室 通报, batch mq's mq07): the estimate's word stays before
        return (m.group(1) == null ? "" : m.group(1)) + (m.group(2) == null ? "" : m.group(2)) + name + figures.substring(m.end());
    }
}
