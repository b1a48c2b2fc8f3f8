package org.duban.tasks.task;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.duban.platform.concurrency.Versioned;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.tasks.task.TaskDtos.TaskView;

/**
 * A task's read answered from the JSON kept on its row (issue 14: a task read made two statements — the task with its
 * collections, then its unit, group and section names — and built and serialised the view each time; a kept view is
 * one statement and no serialisation). The view is kept while the task row is at the version it was built from and
 * its region's directory stamp has not moved; the database forgets it on every change that could alter it
 * ({@code V10__task_view_cache.sql}: triggers on the task row, its collections, units, unit groups and sections), so
 * no code path can leave a stale view, and a view built while a write changed the task is not kept (its generation
 * moved on). A missing or forgotten view is built by {@link TaskService#get(long, ReadScope)},
 * answered, and kept for the next read.
 */
@ApplicationScoped
public class TaskViewCache {

    /** A task's read as the JSON it answers: the body as kept, and the row's version for the ETag. */
    public record TaskJson(@JsonValue RawValue body, long lockVersion) implements Versioned {
    }

    private final TaskService tasks;
    private final EntityManager em;
    private final ObjectMapper json;

    public TaskViewCache(TaskService tasks, EntityManager em, ObjectMapper json) {
        this.tasks = tasks;
        this.em = em;
        this.json = json;
    }

    /**
     * One task as {@code scope} may see it, as JSON ({@link TaskView}'s shape).
     *
     * @throws ProblemException 404 when there is no such task or it belongs to a draft plan the caller may not see,
     *                          403 when it is in another region
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskJson read(long id, ReadScope scope) {
        // the scope's facts and the kept view, valid or null, in one statement; the stamp is read before any name is,
        // so a view built from names renamed meanwhile is kept under the older stamp and built again by the next read
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.region_code, p.status, t.version,"
                + " case when t.view_version = t.version and t.view_stamp = coalesce(s.stamp, 0) then t.view_json end,"
                + " coalesce(s.stamp, 0), t.view_gen from task t left join plan p on p.id = t.plan_id"
                + " left join task_view_stamp s on s.region_code = t.region_code where t.id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("task", id);
        }
        Object[] row = rows.get(0);
        if (!scope.drafts() && "DRAFT".equals(row[1])) {
            throw ProblemException.notFound("task", id);
        }
        scope.requireRegion((String) row[0]);
        if (row[3] != null) {
            return new TaskJson(new RawValue((String) row[3]), ((Number) row[2]).longValue());
        }
        TaskView view = tasks.get(id, scope);
        String body = write(view);
        keep(id, view.version(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), body);
        return new TaskJson(new RawValue(body), view.version());
    }

    private String write(TaskView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task view " + view.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * Keeps {@code body} as the view of task {@code id} at {@code version} under {@code stamp} — only while the row is
     * still at that version and generation {@code gen} (nothing forgot its view while it was built), only when it does
     * not hold that view already (a write of the same view would read, to the row's trigger, as a change of the task),
     * and only when no writer holds the row: a read never waits for a write. Best effort: the read was answered
     * whether the view is kept or not.
     */
    private void keep(long id, int version, long stamp, long gen, String body) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update task set view_json = :body,"
                    + " view_version = :version, view_stamp = :stamp where id = (select id from task where id = :id"
                    + " and version = :version and view_gen = :gen and (view_json is null or view_version is distinct from"
                    + " :version or view_stamp is distinct from :stamp) for update skip locked)")
                    .setParameter("body", body).setParameter("version", version).setParameter("stamp", stamp)
                    .setParameter("gen", gen).setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf(e, "task %d: its view was answered but not kept", id);
        }
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TaskViewCache.class);
}
