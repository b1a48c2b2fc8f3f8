package org.duban.tasks.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One region's tasks for one year, built from one report's decomposition document. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    /** The years a plan can be of: a Government Work Report's year, 2000–2100 (a typed 3026 for 2026 is refused). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public int year;

    @Column(nullable = false)
    public String title;

    @Column(name = "doc_title")
    public String docTitle;

    @Column(name = "doc_number")
    public String docNumber;

    @Column(name = "doc_issue_date")
    public LocalDate docIssueDate;

    @Column(name = "doc_url")
    public String docUrl;

    /** The issuing office (发文机关) as the document names it, or null. */
    @Column(name = "doc_issuer")
    public String docIssuer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    /** JSON object marker → meaning, e.g. {"▲":"全国性重点工作"}. */
    @Column(name = "marker_legend", nullable = false)
    public String markerLegend = "{}";

    /** Deadline for units to submit their work plans (办理方案). */
    @Column(name = "work_plan_due")
    public LocalDate workPlanDue;

    @Column(name = "deadline_q1")
    public LocalDate deadlineQ1;

    @Column(name = "deadline_h1")
    public LocalDate deadlineH1;

    @Column(name = "deadline_q3")
    public LocalDate deadlineQ3;

    @Column(name = "deadline_annual")
    public LocalDate deadlineAnnual;

    /** SHA-256 of the imported text: the same document imported twice is the same plan. */
    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "source_format")
    public String sourceFormat;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    public LocalDate deadline(ReportingPeriod period) {
        LocalDate d = switch (period) {
            case Q1 -> deadlineQ1;
            case H1 -> deadlineH1;
            case Q3 -> deadlineQ3;
            case ANNUAL -> deadlineAnnual;
        };
        return d != null ? d : period.defaultDeadline(year);
    }
}
