package org.duban.indicators.target;

import java.math.BigDecimal;

/**
 * One comparison of a target: a level (581 亿元) or a growth (+10 %).
 *
 * @param value         the number; for growth a signed percentage (-3.5 for 下降3.5%); null for IN_STEP_WITH
 * @param unit          the indicator's unit for a level, "%" for a growth
 * @param referenceCode for IN_STEP_WITH, the indicator to keep pace with
 * @param tolerance     for ABOUT, how far on the bad side still counts, in the same unit as the value
 * @param from          for RANGE, the end written first ("增长6%—6.5%": 6, with {@code value} 6.5); signed like value
 */
public record Bound(TargetComparator comparator, BigDecimal value, String unit, String referenceCode,
        BigDecimal tolerance, BigDecimal from) {

    public Bound(TargetComparator comparator, BigDecimal value, String unit, String referenceCode, BigDecimal tolerance) {
        this(comparator, value, unit, referenceCode, tolerance, null);
    }

    /** "增长6%—6.5%", "6~6.5%": a range as written, {@code from} first. */
    public static Bound range(BigDecimal from, BigDecimal to, String unit) {
        return new Bound(TargetComparator.RANGE, to, unit, null, null, from);
    }

    public static Bound of(TargetComparator comparator, BigDecimal value, String unit) {
        return new Bound(comparator, value, unit, null, null);
    }

    /** Whether both ends are figures these reports can hold ({@link org.duban.indicators.catalog.Units#plausible}). */
    public boolean plausible() {
        return org.duban.indicators.catalog.Units.plausible(value, unit) && org.duban.indicators.catalog.Units.plausible(from, unit);
    }

    public static Bound inStepWith(String referenceCode) {
        return new Bound(TargetComparator.IN_STEP_WITH, null, "%", referenceCode, null);
    }
}
