package org.duban.tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.platform.event.Outbox;

/** Writes tasks-service's task events to the outbox (data documented in the module README). */
@ApplicationScoped
public class TaskEvents {
    public static final String TASK_ASSIGNED = "duban.tasks.task-assigned.v1";
    public static final String TASK_UPDATED = "duban.tasks.task-updated.v1";
    public static final String TASK_CANCELLED = "duban.tasks.task-cancelled.v1";

    private final Outbox outbox;
    private final TaskViews views;

    public TaskEvents(Outbox outbox, TaskViews views) {
        this.outbox = outbox;
        this.views = views;
    }

    /** One snapshot event per task, reading names once for the batch. Tasks must be flushed (version current). */
    public void publish(String type, List<Task> tasks) {
        TaskViews.Context context = views.context(tasks);
        for (Task t : tasks) {
            outbox.publish(type, String.valueOf(t.id), views.snapshot(t, context));
        }
    }

    public void cancelled(Task t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", String.valueOf(t.id));
        data.put("planId", t.planId == null ? null : String.valueOf(t.planId));
        data.put("version", t.version);
        outbox.publish(TASK_CANCELLED, String.valueOf(t.id), data);
    }
}
