package org.duban.progress.pace;

/**
 * The configurable pace and light rules. Margins are in percentage points of the annual task.
 *
 * <ul>
 *   <li>COMPLETED: the task is marked completed, or its figures reach {@code 100%} of the annual task.</li>
 *   <li>BEHIND: actual % &lt; expected % − {@code behindMarginPoints} (expected % = share of the year elapsed × 100).</li>
 *   <li>AHEAD: actual % ≥ expected % + {@code aheadMarginPoints}.</li>
 *   <li>ON_PACE otherwise; without a figure, the unit's self-assessed status is used, else UNKNOWN.</li>
 *   <li>RED: the report is overdue, or the task is BEHIND.</li>
 *   <li>AMBER: on pace but below the expected % (if {@code lagIsAmber}), submitted late without a 补报
 *       exception (if {@code lateIsAmber}), or UNKNOWN (if {@code unknownIsAmber}).</li>
 *   <li>GREEN otherwise.</li>
 * </ul>
 */
public record PaceRules(double behindMarginPoints, double aheadMarginPoints, boolean lagIsAmber, boolean lateIsAmber,
        boolean unknownIsAmber) {

    public PaceRules {
        if (behindMarginPoints < 0 || aheadMarginPoints < 0) {
            throw new IllegalArgumentException("margins must not be negative");
        }
    }

    public static PaceRules defaults() {
        return new PaceRules(5.0, 10.0, true, true, true);
    }
}
