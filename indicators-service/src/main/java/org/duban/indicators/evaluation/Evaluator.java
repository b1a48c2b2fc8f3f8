package org.duban.indicators.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorKind;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.target.Bound;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.TargetComparator;

/**
 * Compares a figure with its target.
 *
 * <ul>
 * <li>Growth targets compare the growth rate (year to date against the year's target) in every period.</li>
 * <li>Amount targets (581亿元) compare, in-year, the share of the annual value already done with the share of the
 * year elapsed, or with the indicator's seasonal {@link PaceProfile}; at year end the value itself.</li>
 * <li>Rates and levels compare the value itself.</li>
 * <li>AT_MOST targets, and bare or ABOUT targets of indicators where lower is better, invert the comparison.</li>
 * <li>ABOUT allows a tolerance on the bad side; being on the good side is never a failure.</li>
 * </ul>
 * In-year shortfalls are BEHIND_PACE; NOT_MET is kept for the ANNUAL figure. With both a growth and a level
 * target the worse verdict wins, and the rule lists both comparisons; so with two growth bounds (增长8%,与经济增长基本
 * 同步: the figure against 8 % and against the growth of GDP).
 */
public final class Evaluator {

    public record Options(BigDecimal aboutGrowthPoints, BigDecimal aboutLevelPercent, PaceProfile defaultProfile,
            Map<String, PaceProfile> profiles) {

        public Options {
            profiles = Map.copyOf(profiles);
        }

        public static Options defaults() {
            return new Options(new BigDecimal("0.5"), new BigDecimal("1"), PaceProfile.linear(), Map.of());
        }

        PaceProfile profileFor(String indicatorCode) {
            return profiles.getOrDefault(indicatorCode, defaultProfile);
        }
    }

    private final Options options;

    public Evaluator(Options options) {
        this.options = options;
    }

    public Evaluator() {
        this(Options.defaults());
    }

    /**
     * @param referenceGrowth for IN_STEP_WITH targets, the growth of the reference indicator in the same region and
     *                        period; null when not known
     */
    public Evaluation evaluate(Indicator indicator, Target target, Actual actual, BigDecimal referenceGrowth) {
        if (target == null) {
            return new Evaluation(Verdict.NO_TARGET, "没有目标 / no target for this indicator and year", null);
        }
        String targetText = target.describe();
        if (target.qualitative()) {
            return new Evaluation(Verdict.NO_TARGET, "定性目标,不作数值比较 / qualitative target", targetText);
        }
        boolean annual = actual.period().isAnnual();
        List<String> rules = new ArrayList<>();
        Verdict verdict = null;
        if (actual.growthRate() == null && !target.growthBounds().isEmpty()) {
            rules.add("无增速,不比较增速目标 / no growth rate recorded");
        }
        // 增长8%,与经济增长基本同步: two growth bounds, each compared; the worse verdict wins
        for (Bound growth : actual.growthRate() == null ? List.<Bound>of() : target.growthBounds()) {
            if (growth.comparator() == TargetComparator.IN_STEP_WITH) {
                if (referenceGrowth == null) {
                    rules.add("参照指标" + growth.referenceCode() + "尚无增速 / no growth of " + growth.referenceCode()
                            + " yet");
                } else {
                    Bound reference = new Bound(TargetComparator.ABOUT, referenceGrowth, "%", null,
                            options.aboutGrowthPoints());
                    boolean ok = holds(actual.growthRate(), reference, indicator.higherIsBetter());
                    Verdict v = ok ? Verdict.MET : shortfall(annual);
                    rules.add("同步 in step: 增速 growth " + pct(actual.growthRate()) + " vs " + growth.referenceCode()
                            + " " + pct(referenceGrowth) + " (±" + plain(options.aboutGrowthPoints()) + ") → " + v);
                    verdict = Verdict.worse(verdict, v);
                }
            } else {
                boolean ok = holds(actual.growthRate(), growth, indicator.higherIsBetter());
                Verdict v = ok ? Verdict.MET : shortfall(annual);
                rules.add("增速 growth " + pct(actual.growthRate()) + " " + compare(actual.growthRate(), growth.value()) + " "
                        + pct(growth.value()) + " (要求 required " + relation(growth, indicator) + ", " + growth.comparator()
                        + ") → " + v);
                verdict = Verdict.worse(verdict, v);
            }
        }
        Bound level = target.level();
        if (level != null) {
            Optional<BigDecimal> value = actual.value() == null ? Optional.empty()
                    : Units.convert(actual.value(), actual.unit(), level.unit());
            if (value.isEmpty()) {
                rules.add(actual.value() == null ? "无数值,不比较数值目标 / no value recorded"
                        : "单位不可比 / units not comparable: " + actual.unit() + " vs " + level.unit());
            } else if (indicator.kind() == IndicatorKind.CUMULATIVE_AMOUNT && !annual
                    && level.value().signum() > 0) {
                Verdict v = pace(indicator, level, value.get(), actual, rules);
                verdict = Verdict.worse(verdict, v);
            } else {
                boolean ok = holds(value.get(), level, indicator.higherIsBetter());
                Verdict v = ok ? Verdict.MET : shortfall(annual);
                rules.add("数值 value " + plain(value.get()) + level.unit() + " " + compare(value.get(), level.value()) + " "
                        + plain(level.value()) + level.unit() + " (要求 required " + relation(level, indicator) + ", "
                        + level.comparator() + ") → " + v);
                verdict = Verdict.worse(verdict, v);
            }
        }
        if (target.aboveReference() != null) {
            rules.add("相对目标:增速高于" + target.aboveReference() + ",该平均水平未在本系统记录,不作比较 / relative target: "
                    + "the average it must beat is not recorded here, not compared");
        }
        if (verdict == null) {
            return new Evaluation(Verdict.NO_TARGET, "目标与实际不可比 / target and figure not comparable: "
                    + String.join("; ", rules), targetText);
        }
        return new Evaluation(verdict, String.join("; ", rules), targetText);
    }

    private Verdict pace(Indicator indicator, Bound level, BigDecimal value, Actual actual, List<String> rules) {
        BigDecimal aim = level.comparator() == TargetComparator.RANGE
                ? (isCap(level, indicator) ? level.value().max(level.from()) : level.value().min(level.from())) : level.value();
        double share = value.divide(aim, 6, RoundingMode.HALF_UP).doubleValue();
        double expected = options.profileFor(indicator.code()).expectedShare(actual.period());
        double slack = level.comparator() == TargetComparator.ABOUT
                ? expected * options.aboutLevelPercent().doubleValue() / 100
                : 0;
        boolean cap = isCap(level, indicator);
        boolean ok = cap ? share <= expected + slack : share >= expected - slack;
        Verdict v = ok ? Verdict.ON_PACE : Verdict.BEHIND_PACE;
        rules.add(String.format(Locale.ROOT, "进度 pace: %s/%s%s = %.1f%% %s 时间进度 year elapsed %.1f%% (%s, 要求 required %s) → %s",
                plain(value), plain(aim), level.unit(), share * 100,
                compare(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP),
                        BigDecimal.valueOf(expected * 100).setScale(1, RoundingMode.HALF_UP)),
                expected * 100, actual.period().code(), cap ? "≤" : "≥", v));
        return v;
    }

    private static Verdict shortfall(boolean annual) {
        return annual ? Verdict.NOT_MET : Verdict.BEHIND_PACE;
    }

    /** Whether the target works as an upper limit for this indicator. */
    private static boolean isCap(Bound bound, Indicator indicator) {
        return switch (bound.comparator()) {
            case AT_MOST, DECREASE_AT_LEAST -> true;
            case AT_LEAST -> false;
            default -> !indicator.higherIsBetter();
        };
    }

    private boolean holds(BigDecimal actual, Bound bound, boolean higherIsBetter) {
        BigDecimal v = bound.value();
        return switch (bound.comparator()) {
            case AT_LEAST -> actual.compareTo(v) >= 0;
            case AT_MOST, DECREASE_AT_LEAST -> actual.compareTo(v) <= 0;
            case ABOUT -> {
                BigDecimal tolerance = bound.tolerance() != null ? bound.tolerance()
                        : "%".equals(bound.unit()) ? options.aboutGrowthPoints()
                                : v.abs().multiply(options.aboutLevelPercent()).movePointLeft(2);
                yield higherIsBetter ? actual.compareTo(v.subtract(tolerance)) >= 0
                        : actual.compareTo(v.add(tolerance)) <= 0;
            }
            case EXACT -> higherIsBetter ? actual.compareTo(v) >= 0 : actual.compareTo(v) <= 0;
            // a range is met once its end on the bad side is reached: 6 of "增长6%—6.5%", the upper end of a cap
            case RANGE -> higherIsBetter ? actual.compareTo(v.min(bound.from())) >= 0 : actual.compareTo(v.max(bound.from())) <= 0;
            default -> false;
        };
    }

    /** The relation that holds between the figure and the target, as a fact: "8% < 9.5%", never "8% ≥ 9.5%". */
    private static String compare(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return c < 0 ? "<" : c > 0 ? ">" : "=";
    }

    /** What the target asks of the figure: at most (a cap, or lower is better) or at least. */
    private static String relation(Bound bound, Indicator indicator) {
        return isCap(bound, indicator) ? "≤" : "≥";
    }

    private static String pct(BigDecimal v) {
        return plain(v) + "%";
    }

    private static String plain(BigDecimal v) {
        return Units.strip(v).toPlainString();
    }
}
