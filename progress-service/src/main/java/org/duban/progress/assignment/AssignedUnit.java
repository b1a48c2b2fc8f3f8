package org.duban.progress.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * What the current matrix ({@link Assignment}) and the assignment history ({@link AssignmentSpan}) both say of a
 * unit on a task: its name and role, and the task's plan, region, year, number and title as last announced.
 */
@MappedSuperclass
public abstract class AssignedUnit extends PanacheEntityBase {

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Assignment.Role role;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "task_number")
    public String taskNumber;

    @Column(name = "task_title")
    public String taskTitle;

    /** The task's plan (or "regionCode:year" when the task event names none). */
    @Column(name = "plan_id")
    public String planId;

    /** Copies the task's plan, region, year, number and title as last announced. */
    void describe(TaskView task) {
        planId = task.planId;
        regionCode = task.regionCode;
        year = task.year;
        taskNumber = task.number;
        taskTitle = task.title;
    }
}
