package org.duban.progress.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.duban.platform.journal.NotJournaled;

/** One unit that owes reports for one task: this service's copy of tasks-service's responsibility matrix. */
@Entity
@NotJournaled("read model: copied from tasks-service's task events, journaled there")
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    public enum Role { LEAD, RESPONSIBLE }

    @Embeddable
    public record Key(@Column(name = "task_id") String taskId, @Column(name = "unit_id") String unitId) implements Serializable {}

    @EmbeddedId
    public Key key;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

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

    /** The task's version when this row was written; older events never overwrite newer ones. */
    @Column(name = "task_version", nullable = false)
    public int taskVersion;
}
