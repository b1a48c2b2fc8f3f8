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

/** One committed import: which document (by hash) became which plan. Re-importing it finds this row. */
@Entity
@NotJournaled("technical: which document became which plan, for idempotent re-imports; the plan, sections and "
        + "tasks it created are journaled")
@Table(name = "import_record")
public class ImportRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String format;

    @Column(name = "source_hash", nullable = false)
    public String sourceHash;

    /** SHA-256 of the office's choices at commit (year, period, title, lead rule, corrections); null before V5. */
    @Column(name = "choices_hash")
    public String choicesHash;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "task_count", nullable = false)
    public int taskCount;

    @Column(name = "warning_count", nullable = false)
    public int warningCount;

    @Column(name = "progress_events", nullable = false)
    public int progressEvents;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The document's bytes as uploaded (text as UTF-8): the original of what the stored tasks leave out. */
    @Column(name = "original")
    public byte[] original;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;
}
