package org.duban.indicators.evaluation;

/** The outcome of comparing a figure with its target, worst first. */
public enum Verdict {
    /** The year is over and the target was missed. */
    NOT_MET,
    /** In-year: the figure falls short of what the target needs at this point of the year. */
    BEHIND_PACE,
    /** In-year: an amount is where the pace of the year says it should be. */
    ON_PACE,
    /** The comparison holds (growth, rate, or the year's amount). */
    MET,
    /** Nothing numeric to compare with. */
    NO_TARGET;

    /** The worse of two; NO_TARGET only wins over nothing. */
    static Verdict worse(Verdict a, Verdict b) {
        if (a == null || a == NO_TARGET) {
            return b;
        }
        if (b == null || b == NO_TARGET) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
