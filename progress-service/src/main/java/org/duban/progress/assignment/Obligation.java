package org.duban.progress.assignment;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit owes for one task on one stretch of being assigned: a report for each period whose effective deadline
 * falls while it is assigned, by that deadline.
 *
 * @param assignedFrom  first day assigned; null when named from the task's first announcement
 * @param assignedUntil first day no longer assigned; null while assigned
 */
public record Obligation(
        String taskId, String taskNumber, String taskTitle, String unitId, String unitName, String role,
        String regionCode, int year, List<Due> periods, LocalDate assignedFrom, LocalDate assignedUntil) {

    public record Due(String period, LocalDate deadline) {}
}
