package org.duban.tasks.workplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.duban.platform.journal.JournalRegion;

/** A unit's 办理方案 for one task, in the template the plan's notice prescribes. */
@Entity
@JournalRegion(query = "select region_code from task where id = ?", from = "taskId")
@Table(name = "work_plan")
public class WorkPlan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false)
    public Long taskId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    /** 总责任人 */
    @Column(name = "overall_responsible")
    public String overallResponsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkPlanStatus status = WorkPlanStatus.DRAFT;

    @Column(name = "return_reason")
    public String returnReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_plan_item", joinColumns = @JoinColumn(name = "work_plan_id"))
    @OrderColumn(name = "position")
    public List<WorkPlanItem> items = new ArrayList<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
