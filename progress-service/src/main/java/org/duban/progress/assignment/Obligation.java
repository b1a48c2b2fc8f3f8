package org.duban.progress.assignment;

import java.time.LocalDate;
import java.util.List;

/** What a unit owes for one task: a report for each period of the year, by its deadline. */
public record Obligation(
        String taskId, String taskNumber, String taskTitle, String unitId, String unitName, String role,
        String regionCode, int year, List<Due> periods) {

    public record Due(String period, LocalDate deadline) {}
}
