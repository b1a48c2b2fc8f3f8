package org.duban.progress.report;

/** Lifecycle of one version of a progress report (完成情况). */
public enum ReportStatus {
    /** being written by the unit's reporter. */
    DRAFT,
    /** approved by the unit head (审定) and so submitted to the supervision office. */
    SUBMITTED,
    /** accepted by the office: locked. */
    ACCEPTED,
    /** returned by the office with a reason; revised as a new version. */
    RETURNED,
    /** taken over from an imported completion table: counts as accepted. */
    IMPORTED;

    public boolean locked() {
        return this == ACCEPTED || this == IMPORTED;
    }

    public boolean received() {
        return this != DRAFT;
    }
}
