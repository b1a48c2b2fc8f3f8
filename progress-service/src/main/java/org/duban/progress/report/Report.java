package org.duban.progress.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.pace.PaceStatus;

/** One version of a unit's progress report (完成情况) on one task for one period. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "task_id", nullable = false)
    public String taskId;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(name = "unit_name")
    public String unitName;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public int year;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** 1 for the first version; a revision after a return is the next number. */
    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(nullable = false)
    public String narrative;

    /**
     * The figures reported ({name, value, unit}), stored as a {@code jsonb} array (V8): written and read by Hibernate's
     * JSON mapping, queryable in SQL ({@code figures->0->>'name'}); null when none were given.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<ReportDtos.Figure> figures;

    @Column(name = "percent_of_annual")
    public BigDecimal percentOfAnnual;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_status")
    public PaceStatus selfStatus;

    @Column(name = "issues_raised")
    public String issuesRaised;

    @Column(nullable = false)
    public boolean consolidated;

    @Enumerated(EnumType.STRING)
    public Timeliness timeliness;

    @Column(name = "import_id")
    public String importId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "return_reason")
    public String returnReason;

    /** Optimistic lock: an edit carrying an older value answers 409. */
    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public boolean received() {
        return status.received();
    }
}
