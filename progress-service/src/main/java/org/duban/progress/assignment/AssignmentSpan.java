package org.duban.progress.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.duban.platform.journal.NotJournaled;

/**
 * One stretch of time a unit was assigned to a task (assignment history), kept from tasks-service's task events.
 * The rule every count in this service follows (issue 13, "who owed P"): <b>a unit owes period P if it is
 * assigned on P's effective deadline</b> — {@link #owesOn(LocalDate)}. A unit named when the task was first
 * announced is assigned from the start ({@code from} null); one added later from the day of the change; one
 * taken off is no longer assigned from that day ({@code until}), so it still owes the periods whose deadline
 * came before, and may still file later ones, but is never counted missing for them.
 */
@Entity
@NotJournaled("read model: copied from tasks-service's task events, journaled there")
@Table(name = "assignment_span")
public class AssignmentSpan extends AssignedUnit {

    @Id
    public String id;

    @Column(name = "task_id", nullable = false)
    public String taskId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    /** First day assigned; null = from the task's first announcement (owes every period of the year). */
    @Column(name = "assigned_from")
    public LocalDate from;

    /** First day no longer assigned; null = still assigned. */
    @Column(name = "assigned_until")
    public LocalDate until;

    /** Whether the unit is assigned on {@code day} (and so owes a period whose effective deadline is that day). */
    public boolean owesOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (until == null || until.isAfter(day));
    }

    public boolean open() {
        return until == null;
    }
}
