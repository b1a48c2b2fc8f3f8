package org.duban.indicators.target;

/** How a target's number is meant (named so as not to clash with java.util.Comparator). */
public enum TargetComparator {
    /** 左右: within a tolerance, and never a failure on the good side. */
    ABOUT("左右"),
    /** 以上, 不低于. */
    AT_LEAST("以上"),
    /** 以内, 控制在, 不超过. */
    AT_MOST("以内"),
    /** 下降…以上: the value is a negative growth that must be reached or passed. */
    DECREASE_AT_LEAST("下降…以上"),
    /** 与…同步: grow at least as fast as another indicator. */
    IN_STEP_WITH("同步"),
    /** A bare number (增长10%, 达到581亿元): to be reached, in the indicator's good direction. */
    EXACT(""),
    /** 6%—6.5%: a range; met once its end on the bad side is reached (6 for a growth, the upper end for a cap). */
    RANGE("区间"),
    /** 增速高于全省平均水平: the growth must beat the average of the region above (a relative target). */
    ABOVE_REFERENCE("高于平均水平"),
    /** No number to compare with (全面完成节能减排任务). */
    QUALITATIVE("定性");

    private final String wording;

    TargetComparator(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }
}
