package org.duban.tasks.task;

/** Where a task stands. CLOSED and CANCELLED are final. */
public enum TaskStatus {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    CLOSED,
    CANCELLED;

    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
