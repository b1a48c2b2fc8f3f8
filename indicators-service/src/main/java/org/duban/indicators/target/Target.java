package org.duban.indicators.target;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.catalog.Units;

/**
 * An expected target for one indicator and one year, as read from a report.
 *
 * @param indicatorCode null when the subject is not in the catalog (then the target is qualitative)
 * @param subject       the subject as the text names it
 * @param level         a value to reach by year end, in the indicator's unit, or null
 * @param growth        a year-on-year growth in %, or null
 * @param qualitative   nothing the evaluation can compare: a subject outside the catalog or no number at all
 * @param sourceText    the original sentence
 * @param notes         what the reader should know about how the text was read (which of two look-alike
 *                      indicators was chosen, a unit taken from the indicator)
 * @param aboveReference a relative target besides the others: the growth must beat this average ("全省平均水平",
 *                      "全市平均水平"), or these averages joined by 、 ("全市平均水平、全省平均水平"), or null
 * @param secondGrowth  a second growth bound written beside {@code growth} in the same statement, or null: the in-step
 *                      bound of "居民人均可支配收入增长8%,与经济增长基本同步" (a 2021 district report, corpus r04; a
 *                      county's 2025 report, s06; a city's 2025 report, u08), where {@code growth} is the 8 % — the
 *                      income must grow 8 % and keep pace with GDP, and both are evaluated
 */
public record Target(String indicatorCode, String subject, Bound level, Bound growth, boolean qualitative,
        String sourceText, List<String> notes, String aboveReference, Bound secondGrowth) {

    public Target {
        notes = List.copyOf(notes);
        sourceText = org.duban.indicators.text.ChineseText.excerpt(sourceText);
    }

    /** Whether every bound is a figure these reports can hold ({@link Bound#plausible}). */
    public boolean plausible() {
        return (level == null || level.plausible()) && (growth == null || growth.plausible())
                && (secondGrowth == null || secondGrowth.plausible());
    }

    public Target(String indicatorCode, String subject, Bound level, Bound growth, boolean qualitative,
            String sourceText, List<String> notes, String aboveReference) {
        this(indicatorCode, subject, level, growth, qualitative, sourceText, notes, aboveReference, null);
    }

    public Target(String indicatorCode, String subject, Bound level, Bound growth, boolean qualitative,
            String sourceText, List<String> notes) {
        this(indicatorCode, subject, level, growth, qualitative, sourceText, notes, null, null);
    }

    /** The same target with a relative part ("增速高于全省平均水平"). */
    public Target withAboveReference(String reference) {
        return new Target(indicatorCode, subject, level, growth, qualitative, sourceText, notes, reference, secondGrowth);
    }

    /** The growth bounds to evaluate, the first one first: {@code growth}, then {@code secondGrowth}, where set. */
    public List<Bound> growthBounds() {
        return java.util.stream.Stream.of(growth, secondGrowth).filter(java.util.Objects::nonNull).toList();
    }

    /** The bound that keeps pace with another indicator (IN_STEP_WITH), of either growth, or null. */
    public Bound inStepBound() {
        return growthBounds().stream().filter(b -> b.comparator() == TargetComparator.IN_STEP_WITH).findFirst()
                .orElse(null);
    }

    /** The headline comparator: the growth's if there is one, else the level's, else QUALITATIVE. */
    public TargetComparator comparator() {
        if (growth != null) {
            return growth.comparator();
        }
        if (level != null && !qualitative) {
            return level.comparator();
        }
        return aboveReference != null && !qualitative ? TargetComparator.ABOVE_REFERENCE : TargetComparator.QUALITATIVE;
    }

    /** The target in the words of the reports: "增长7.8%左右,达到581亿元". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (growth != null) {
            if (growth.comparator() == TargetComparator.IN_STEP_WITH) {
                text.append("与").append(growth.referenceCode()).append("同步增长");
            } else {
                BigDecimal v = growth.value();
                text.append(v.signum() < 0 ? "下降" : "增长");
                if (growth.comparator() == TargetComparator.RANGE) {
                    text.append(Units.strip(growth.from().abs()).toPlainString()).append("%—");
                }
                text.append(Units.strip(v.abs()).toPlainString()).append('%').append(suffix(growth.comparator()));
            }
        }
        if (secondGrowth != null && secondGrowth.comparator() == TargetComparator.IN_STEP_WITH) {
            text.append(",与").append(secondGrowth.referenceCode()).append("同步");
        }
        if (level != null) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            boolean points = "个百分点".equals(level.unit());
            // (a change in points is said as one: 提高0.1个百分点, not 达到0.1个百分点 — break-it trial)
            text.append(points ? (level.value().signum() < 0 ? "降低" : "提高")
                    : level.comparator() == TargetComparator.AT_MOST ? "控制在" : "达到");
            if (level.comparator() == TargetComparator.RANGE) {
                text.append(Units.strip(points ? level.from().abs() : level.from()).toPlainString()).append('—');
            }
            text.append(Units.strip(points ? level.value().abs() : level.value()).toPlainString()).append(level.unit())
                    .append(suffix(level.comparator()));
        }
        if (text.isEmpty()) {
            text.append(subject);
        }
        if (aboveReference != null) {
            text.append(",增速高于").append(aboveReference);
        }
        return text.toString();
    }

    private static String suffix(TargetComparator comparator) {
        return switch (comparator) {
            case ABOUT -> "左右";
            case AT_LEAST, DECREASE_AT_LEAST -> "以上";
            case AT_MOST -> "以内";
            default -> "";
        };
    }
}
