package org.duban.tasks.importer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.duban.platform.journal.NotJournaled;

/**
 * An import run in the background: QUEUED → RUNNING (with its percentage) → DONE (the import and plan it made) or
 * FAILED (the problem a synchronous import would have answered). The request is kept until the job is done.
 */
@Entity
@NotJournaled("technical: the progress of one import; the plan, sections and tasks it creates are journaled")
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    /** Where a job is. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;

    @Column(nullable = false)
    public int percent;

    @Column(name = "tasks_done", nullable = false)
    public int tasksDone;

    @Column(name = "tasks_total", nullable = false)
    public int tasksTotal;

    /** The ImportRequest as JSON; cleared once the job is done or failed. */
    public String request;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "import_id")
    public Long importId;

    @Column(name = "plan_id")
    public Long planId;

    /** false when the document had been imported before (the existing plan is answered). */
    public Boolean created;

    /** The problem+json a synchronous import would have answered, for a FAILED job. */
    public String problem;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
