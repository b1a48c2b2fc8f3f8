package org.duban.progress.calendar;

/** How a submission relates to its deadline. */
public enum Timeliness {
    /** submitted by the end of the effective deadline day. */
    ON_TIME,
    /** after the deadline but within a 补报 exception granted by the office. */
    LATE_EXCUSED,
    /** after the deadline without an exception. */
    LATE
}
