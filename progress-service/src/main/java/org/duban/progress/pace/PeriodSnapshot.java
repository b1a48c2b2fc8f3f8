package org.duban.progress.pace;

import java.util.List;
import org.duban.progress.assignment.AssignmentSpan;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.CalendarEntry;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.report.Report;

/**
 * Where one plan stands for one period at one moment: for every live task, every unit that owes a report (assigned on the period's effective deadline),
 * what it has sent, whether it is overdue, and the task's pace. Tables, notices, completeness and the
 * assessment are all read off this one picture, so they cannot disagree.
 */
public record PeriodSnapshot(String planId, int year, CalendarEntry entry, boolean deadlinePassed, List<TaskState> tasks) {

    /**
     * @param latest     the unit's latest version (any status), or null
     * @param shown      the latest version whose content counts (submitted, accepted or imported), or null
     * @param received   the unit has submitted (or been imported) at least once
     * @param timeliness of the first submission; null if nothing was received
     * @param overdue    nothing received and the deadline (or its 补报 date) has passed
     */
    public record UnitState(AssignmentSpan assignment, Report latest, Report shown, boolean received, Timeliness timeliness,
            boolean overdue, boolean acceptedFirstTime, boolean excused) {
    }

    /** @param chosen the report whose text stands for the task: consolidated, else lead unit's, else any */
    public record TaskState(TaskView task, List<UnitState> units, Report chosen, String progressText, PaceResult pace) {
    }
}
