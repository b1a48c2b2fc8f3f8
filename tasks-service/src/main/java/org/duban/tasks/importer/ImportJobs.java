package org.duban.tasks.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.duban.platform.journal.SystemActor;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.tasks.importer.ImportDtos.Committed;
import org.duban.tasks.importer.ImportDtos.ImportRequest;
import org.duban.tasks.importer.ImportDtos.JobView;
import org.jboss.logging.Logger;

/**
 * Imports that run in the background and say how far they are (issue 10: long imports report progress instead of
 * holding one request open). A job is stored with its request (QUEUED), run one at a time on the import worker
 * (RUNNING, its percentage updated as tasks are written), and ends DONE — in the same transaction as the import it
 * made, so a crash leaves either both or neither — or FAILED with the problem a synchronous import would have
 * answered. Jobs not finished when the service stopped are run again at start-up (imports are idempotent by hash).
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final ImportService imports;
    private final ObjectMapper mapper;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "duban-import-jobs");
        t.setDaemon(true);
        return t;
    });

    /**
     * The job's own stored JSON (its request, its problem) is written and read back by a plain mapper: it is this
     * service's data, not a client's input, so the API's strict input rules (no explicit nulls…) do not apply to it.
     */
    public ImportJobs(ImportService imports) {
        this.imports = imports;
        this.mapper = new ObjectMapper().findAndRegisterModules();
    }

    /**
     * The callers' bearer tokens of jobs not yet run, in memory only (never stored): a job asks indicators-service with
     * its caller's token; a job run again after a restart has none and commits without indicator links, warned.
     */
    private final Map<Long, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Stores the job (QUEUED) and hands it to the worker; answers its view.
     *
     * @param authorization the caller's bearer token, for indicators-service, or null
     */
    public JobView submit(ImportRequest request, String requestedBy, String authorization) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.regionCode = request.regionCode();
            job.state = ImportJob.State.QUEUED;
            job.request = json(request);
            job.requestedBy = requestedBy;
            job.createdAt = OffsetDateTime.now();
            job.updatedAt = job.createdAt;
            job.persist();
            return job.id;
        });
        if (authorization != null) {
            tokens.put(id, authorization);
        }
        worker.submit(() -> run(id));
        return view(id, null);
    }

    /** A job as its status URL answers it; 404 unknown, 403 another region's. */
    public JobView view(long id, ReadScope scope) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                throw ProblemException.notFound("import job", id);
            }
            if (scope != null) {
                scope.requireRegion(job.regionCode);
            }
            Object problem = null;
            if (job.problem != null) {
                try {
                    problem = mapper.readTree(job.problem);
                } catch (JsonProcessingException e) {
                    problem = job.problem;
                }
            }
            return new JobView(job.id, job.regionCode, job.state.name(), job.percent, job.tasksDone, job.tasksTotal,
                    job.importId, job.planId, job.created, problem, "/api/tasks/imports/jobs/" + job.id, job.createdAt,
                    job.updatedAt);
        });
    }

    void onStart(@Observes StartupEvent start) {
        List<Long> open = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>list("state in ?1",
                List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING)).stream().map(j -> j.id).toList());
        open.forEach(id -> worker.submit(() -> run(id)));
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run(long id) {
        String authorization = tokens.remove(id);
        ImportRequest request;
        try {
            request = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = ImportJob.findById(id);
                if (job == null || job.state == ImportJob.State.DONE || job.state == ImportJob.State.FAILED) {
                    return null;
                }
                job.state = ImportJob.State.RUNNING;
                job.percent = Math.max(job.percent, 1);
                job.updatedAt = OffsetDateTime.now();
                return mapper.readValue(job.request, ImportRequest.class);
            });
        } catch (RuntimeException e) {
            fail(id, 500, "unexpected", "the job's request could not be read again / 任务请求无法读取", List.of());
            LOG.errorf(e, "import job %d: request unreadable", id);
            return;
        }
        if (request == null) {
            return;
        }
        try {
            SystemActor.run("import-job " + id, () -> QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
                Committed c = imports.commit(request, (done, total) -> progress(id, done, total), authorization);
                ImportJob.update("state = ?1, percent = 100, importId = ?2, planId = ?3, created = ?4, request = null,"
                        + " updatedAt = ?5 where id = ?6", ImportJob.State.DONE, c.importId(), c.planId(), c.created(),
                        OffsetDateTime.now(), id);
                return c;
            }));
        } catch (ProblemException e) {
            fail(id, e.status(), e.slug(), e.getMessage(), e.violations());
        } catch (RuntimeException e) {
            LOG.errorf(e, "import job %d failed", id);
            fail(id, 500, "unexpected", "the import failed unexpectedly; it can be submitted again / 导入意外失败,可重新提交", List.of());
        }
    }

    /** Writing tasks is 5–95 % of the job; each step is its own short transaction, seen at once by the status URL. */
    private void progress(long id, int done, int total) {
        int percent = total == 0 ? 95 : 5 + (int) (90L * done / total);
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("percent = ?1, tasksDone = ?2, tasksTotal = ?3, updatedAt = ?4"
                + " where id = ?5", percent, done, total, OffsetDateTime.now(), id));
    }

    private void fail(long id, int status, String slug, String detail, List<org.duban.platform.problem.Problem.Violation> violations) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", status);
        problem.put("type", slug);
        problem.put("detail", detail);
        problem.put("violations", violations);
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("state = ?1, problem = ?2, request = null, updatedAt = ?3"
                + " where id = ?4", ImportJob.State.FAILED, json(problem), OffsetDateTime.now(), id));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
