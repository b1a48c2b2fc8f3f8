package org.duban.progress.counting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.duban.platform.journal.JournalRegion;

/** The office's category for one task in one period (研判结果), which wins over the category read off the pace. */
@Entity
@JournalRegion(query = "select region_code from plan_view where plan_id = ?", from = "planId")
@Table(name = "task_classification")
public class TaskClassification extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(nullable = false)
    public String period;

    @Column(name = "task_id", nullable = false)
    public String taskId;

    @Column(nullable = false)
    public String category;

    @Column(name = "classified_by", nullable = false)
    public String classifiedBy;

    @Column(name = "classified_at", nullable = false)
    public OffsetDateTime classifiedAt;
}
