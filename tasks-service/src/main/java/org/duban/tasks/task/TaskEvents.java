package org.duban.tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
        publish(type, tasks, null);
    }

    /**
     * As {@link #publish(String, List)}, with {@code effectiveDate} (when not null) in each event's data: the day the
     * change holds from, as the office stated it.
     */
    public void publish(String type, List<Task> tasks, LocalDate effectiveDate) {
        publish(type, tasks, effectiveDate, views.eventContext(tasks));
    }

    /**
     * As {@link #publish(String, List, LocalDate)}, with names already read ({@link TaskViews#eventContext}): a write
     * that answers with the task's view reads them once for both.
     */
    public void publish(String type, List<Task> tasks, LocalDate effectiveDate, TaskViews.Context context) {
        List<Outbox.Entry> events = new java.util.ArrayList<>(tasks.size());
        for (Task t : tasks) {
            Map<String, Object> data = views.snapshot(t, context);
            if (effectiveDate != null) {
                data.put("effectiveDate", effectiveDate.toString());
            }
            events.add(new Outbox.Entry(String.valueOf(t.id), data));
        }
        outbox.publishAll(type, events); // one batch for a plan's thousand tasks
    }

    public void cancelled(Task t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", String.valueOf(t.id));
        data.put("planId", t.planId == null ? null : String.valueOf(t.planId));
        data.put("version", t.version);
        outbox.publish(TASK_CANCELLED, String.valueOf(t.id), data);
    }
}
