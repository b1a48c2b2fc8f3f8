package org.duban.progress.pace;

/** Pace of a task against the share of the year elapsed (序时进度). */
public enum PaceStatus {
    BEHIND,
    ON_PACE,
    AHEAD,
    COMPLETED,
    /** no figure and no self-assessment to judge from (无数据). */
    UNKNOWN
}
