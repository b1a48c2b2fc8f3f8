package org.duban.tasks.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The importer's provisional reading of an expected target's figure: "增长7.8%左右" ABOUT, "6%以上" AT_LEAST,
 * "4%以内" AT_MOST, "与经济发展同步增长" IN_STEP_WITH, a plain "增长10%" or "达到678亿元" AT_LEAST. Texts without a
 * figure give no target; the text itself is always kept.
 * <p>
 * The reading that counts is indicators-service's target grammar ({@code POST /api/indicators/targets/preview}), which
 * {@link IndicatorLinker} asks during every plan preview and commit and whose figures replace these (it reads 增10% as
 * EXACT and 1.7万 of an income as 17000 元, in the indicator's unit). This reader is kept only because the parsers
 * ({@link PlanParser}, {@link ReportReader}) read a document without a network call, and for when that grammar cannot be
 * asked: then the figures of a plan previewed or committed while indicators-service is down or slow are this reader's
 * (the preview says so with {@link WarningCode#INDICATOR_LINK_UNAVAILABLE}), and so is the
 * {@link WarningCode#UNREAD_TARGET} warning of a report's target; once the grammar answers, both are replaced.
 */
public final class TargetTextParser {
    private static final Pattern FIGURE = Pattern.compile(
            "(?<metric>[\\u4e00-\\u9fffA-Za-z“”]{1,40}?)(?<verb>增长|达到|控制在|提高到|下降|突破|新增|超过)?"
                    + "(?<value>\\d+(?:\\.\\d+)?)(?<unit>%|‰|个百分点|万亿元|亿美元|万美元|亿元|万元|元|万人次|万人|人次|人|万吨|吨|万亩|亩|万平方米|平方米|平方公里|公里"
                    + "|个|项|家|件|所|座|条|辆|套|户|张|处|台|岁|万(?![\\u4e00-\\u9fff]))"
                    + "(?<qual>左右|以上|以内|以下)?");
    private static final Pattern IN_STEP = Pattern.compile("(?:(?<![\\u4e00-\\u9fff])|\\G)(?<metric>[\\u4e00-\\u9fff]+?)与(?<other>[\\u4e00-\\u9fff]{1,30}?)同步");

    private TargetTextParser() {}

    public static List<QuantTarget> parse(String text) {
        List<QuantTarget> targets = new ArrayList<>();
        if (text == null) {
            return targets;
        }
        Matcher step = IN_STEP.matcher(text);
        if (step.find()) {
            targets.add(new QuantTarget(step.group("metric"), null, null, "IN_STEP_WITH"));
            return targets;
        }
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String verb = m.group("verb") == null ? "" : m.group("verb");
            String qual = m.group("qual");
            String comparator = qual == null ? ("控制在".equals(verb) ? "AT_MOST" : "AT_LEAST")
                    : switch (qual) {
                        case "左右" -> "ABOUT";
                        case "以内", "以下" -> "AT_MOST";
                        default -> "AT_LEAST";
                    };
            String metric = (m.group("metric").replaceAll("^[,,、;;]", "") + verb).trim();
            targets.add(new QuantTarget(metric, new BigDecimal(m.group("value")), m.group("unit"), comparator));
        }
        return targets;
    }
}
