package org.duban.tasks.task;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.event.Outbox;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;

/** Creates and reads tasks; every assignment leaves an event in the outbox in the same transaction. */
@ApplicationScoped
@Transactional
public class TaskService {
    private final Outbox outbox;

    public TaskService(Outbox outbox) {
        this.outbox = outbox;
    }

    public TaskView create(CreateTaskRequest request) {
        Task task = new Task();
        task.regionCode = request.regionCode();
        task.year = request.year();
        task.number = request.number().trim();
        task.title = request.title().trim();
        task.leadUnit = request.leadUnit().trim();
        List<String> responsible = request.responsibleUnits() == null ? List.of()
                : request.responsibleUnits().stream().map(String::trim).distinct().toList();
        task.responsibleUnits = String.join("\n", responsible);
        task.createdAt = OffsetDateTime.now();
        task.persistAndFlush();
        outbox.publish(TaskEvents.TASK_ASSIGNED, String.valueOf(task.id), TaskEvents.snapshot(task));
        return TaskView.of(task);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView get(long id) {
        Task task = Task.findById(id);
        if (task == null) {
            throw ProblemException.notFound("task", id);
        }
        return TaskView.of(task);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaskView> list(String regionCode, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, java.util.Map.of("id", "id", "number", "number", "year", "year"), Sort.by("id"));
        var query = regionCode == null ? Task.<Task>findAll(sort) : Task.<Task>find("regionCode", sort, regionCode);
        return Page.of(query, page, TaskView::of);
    }
}
