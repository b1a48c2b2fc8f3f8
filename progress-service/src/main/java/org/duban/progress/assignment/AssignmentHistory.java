package org.duban.progress.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the assignment history ({@link AssignmentSpan}) beside the current matrix ({@link Assignment}): the only
 * place spans are opened and closed, so the "who owed P" rule has one source.
 */
public final class AssignmentHistory {

    private AssignmentHistory() {
    }

    /**
     * Brings the task's spans in line with the units now named.
     *
     * @param named     the task's units after the change (one row per unit)
     * @param initial   the task's first announcement: units named now are assigned from the start of the year
     * @param effective the day the change takes effect (Asia/Shanghai); units added are assigned from it, units no
     *                  longer named are not assigned on it
     */
    static void apply(TaskView task, Collection<Assignment> named, boolean initial, LocalDate effective) {
        List<AssignmentSpan> spans = AssignmentSpan.list("taskId", task.taskId);
        Map<String, AssignmentSpan> open = new HashMap<>();
        for (AssignmentSpan s : spans) {
            if (s.open()) {
                open.put(s.unitId, s);
            }
            s.describe(task);
        }
        for (Assignment a : named) {
            AssignmentSpan s = open.remove(a.key.unitId());
            if (s == null) {
                s = reopened(spans, a.key.unitId(), effective);
            }
            if (s == null) {
                s = start(task, a, initial ? null : effective);
                s.persist();
            }
            s.unitName = a.unitName;
            s.role = a.role;
        }
        for (AssignmentSpan gone : open.values()) {
            if (initial) {
                // a placeholder's unit (from imported progress) the announcement does not name was never assigned
                gone.delete();
                continue;
            }
            // never before the span began: an edit stamped earlier than the one that added the unit ends it at once
            gone.until = gone.from != null && gone.from.isAfter(effective) ? gone.from : effective;
        }
    }

    /**
     * The unit's latest ended stretch when it ends on or after the day it is named again: the removal is undone
     * (one stretch, never two that overlap), else null.
     */
    private static AssignmentSpan reopened(List<AssignmentSpan> spans, String unitId, LocalDate effective) {
        AssignmentSpan latest = null;
        for (AssignmentSpan s : spans) {
            if (s.unitId.equals(unitId) && !s.open() && (latest == null || s.until.isAfter(latest.until))) {
                latest = s;
            }
        }
        if (latest == null || latest.until.isBefore(effective)) {
            return null;
        }
        latest.until = null;
        if (latest.from != null && latest.from.isAfter(effective)) {
            latest.from = effective;
        }
        // an earlier stretch the reopened one now reaches into is folded into it: never two that overlap
        for (AssignmentSpan s : spans) {
            if (s != latest && s.unitId.equals(unitId) && !s.open() && (latest.from == null || !s.until.isBefore(latest.from))) {
                latest.from = s.from == null || (latest.from != null && s.from.isBefore(latest.from)) ? s.from : latest.from;
                s.delete();
            }
        }
        return latest;
    }

    /**
     * A unit known only from imported progress, before the task's own event: it leads the placeholder task and is
     * assigned from the start; the task's first real event (version 1 or later) then sets the matrix.
     */
    public static void placeholder(TaskView task, String unitId, String unitName) {
        Assignment a = new Assignment();
        a.key = new Assignment.Key(task.taskId, unitId);
        a.unitName = unitName;
        a.role = Assignment.Role.LEAD;
        a.describe(task);
        a.taskVersion = 0;
        a.persist();
        if (AssignmentSpan.count("taskId = ?1 and unitId = ?2 and until is null", task.taskId, unitId) == 0) {
            start(task, a, null).persist();
        }
    }

    /** A cancelled task owes nothing: its history goes with it, as its current rows do. */
    static void dropTask(String taskId) {
        AssignmentSpan.delete("taskId", taskId);
    }

    private static AssignmentSpan start(TaskView task, Assignment a, LocalDate from) {
        AssignmentSpan s = new AssignmentSpan();
        s.id = UUID.randomUUID().toString();
        s.taskId = task.taskId;
        s.unitId = a.key.unitId();
        s.unitName = a.unitName;
        s.role = a.role;
        s.from = from;
        s.describe(task);
        return s;
    }
}
