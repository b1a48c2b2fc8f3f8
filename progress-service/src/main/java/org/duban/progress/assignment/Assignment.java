package org.duban.progress.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.duban.platform.journal.NotJournaled;

/** One unit that owes reports for one task: this service's copy of tasks-service's responsibility matrix. */
@Entity
@NotJournaled("read model: copied from tasks-service's task events, journaled there")
@Table(name = "assignment")
public class Assignment extends AssignedUnit {

    public enum Role { LEAD, RESPONSIBLE }

    @Embeddable
    public record Key(@Column(name = "task_id") String taskId, @Column(name = "unit_id") String unitId) implements Serializable {}

    @EmbeddedId
    public Key key;

    /** The task's version when this row was written; older events never overwrite newer ones. */
    @Column(name = "task_version", nullable = false)
    public int taskVersion;
}
