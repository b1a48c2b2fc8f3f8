package org.duban.progress.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.duban.platform.journal.JournalRegion;
import org.duban.platform.journal.JournalType;

/** One line of the supervision ledger (督办台账) for a task, unit and period. */
@Entity
@JournalType("urging")
@JournalRegion(query = "select region_code from task_view where task_id = ?", from = "taskId")
@Table(name = "urging")
public class UrgingEntry extends PanacheEntityBase {

    public enum Kind { REMINDER_BEFORE, OVERDUE, URGED }

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public UrgingLevel level;

    @Column(name = "days_overdue")
    public Integer daysOverdue;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    public String note;
}
