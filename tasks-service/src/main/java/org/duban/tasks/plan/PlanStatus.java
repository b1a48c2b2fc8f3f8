package org.duban.tasks.plan;

/** DRAFT (being prepared, nobody notified) → PUBLISHED (units learn their tasks) → ARCHIVED (the year is over). */
public enum PlanStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
