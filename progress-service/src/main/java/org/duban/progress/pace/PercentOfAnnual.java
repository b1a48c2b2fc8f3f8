package org.duban.progress.pace;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds or computes the % of the annual task: either quoted in the report text as the seed documents do
 * ("占年度任务的114.5%", "占年度计划19.2%", "完成目标任务的32.30%", "占预算任务的30.7%"), or computed from
 * a cumulative figure against its annual target.
 */
public final class PercentOfAnnual {

    private static final Pattern QUOTED = Pattern.compile(
            "(?:占|完成)[^,,。;;]{0,10}?(?:任务|目标|计划)的?\\s*(\\d+(?:\\.\\d+)?)\\s*[%%℅]");

    private PercentOfAnnual() {
    }

    /** The first "% of the annual task" quoted in the text. */
    public static OptionalDouble quotedIn(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        Matcher m = QUOTED.matcher(text);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /**
     * actual / target × 100 for a cumulative quantity (investment, output, households). For a ceiling
     * ("控制在4%以内", comparator AT_MOST) a share makes no sense and nothing is returned.
     */
    public static Optional<Double> fromFigure(double actual, double annualTarget, String comparator) {
        if ("AT_MOST".equals(comparator) || annualTarget <= 0 || actual < 0) {
            return Optional.empty();
        }
        return Optional.of(Math.round(actual / annualTarget * 1000.0) / 10.0);
    }
}
