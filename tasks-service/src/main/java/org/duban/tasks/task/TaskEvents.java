package org.duban.tasks.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data of tasks-service's task events (documented in the module README). */
final class TaskEvents {
    static final String TASK_ASSIGNED = "duban.tasks.task-assigned.v1";

    private TaskEvents() {}

    static Map<String, Object> snapshot(Task task) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", String.valueOf(task.id));
        data.put("regionCode", task.regionCode);
        data.put("year", task.year);
        data.put("number", task.number);
        data.put("title", task.title);
        data.put("version", task.version);
        data.put("leadUnit", unit(task.leadUnit));
        data.put("responsibleUnits", task.responsibleUnitList().stream().map(TaskEvents::unit).toList());
        data.put("relatedUnits", List.of());
        return data;
    }

    private static Map<String, Object> unit(String name) {
        return Map.of("id", name, "name", name);
    }
}
