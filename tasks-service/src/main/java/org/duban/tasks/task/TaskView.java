package org.duban.tasks.task;

import java.time.OffsetDateTime;
import java.util.List;

/** A task as the API shows it. */
public record TaskView(
        Long id, String regionCode, int year, String number, String title, String leadUnit,
        List<String> responsibleUnits, int version, OffsetDateTime createdAt) {

    static TaskView of(Task task) {
        return new TaskView(task.id, task.regionCode, task.year, task.number, task.title, task.leadUnit,
                task.responsibleUnitList(), task.version, task.createdAt);
    }
}
