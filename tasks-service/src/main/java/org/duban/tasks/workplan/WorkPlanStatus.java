package org.duban.tasks.workplan;

/** DRAFT → SUBMITTED → APPROVED, or RETURNED (with a reason) and then edited and submitted again. */
public enum WorkPlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
