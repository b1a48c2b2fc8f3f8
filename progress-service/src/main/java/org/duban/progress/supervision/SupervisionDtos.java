package org.duban.progress.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.duban.progress.calendar.CalendarDtos;

public final class SupervisionDtos {

    private SupervisionDtos() {
    }

    /**
     * What a sweep wrote: reminders, overdue flags and urgings, and how many of the plans swept have today as a rest day
     * in their calendar ({@code plansOnRestDay}: nothing is dated on a rest day, the next working day's sweep sends what
     * is due — a sweep by hand on a Sunday answered 0 with no word why, 2026-12-04).
     */
    public record SweepResult(OffsetDateTime at, int remindersSent, int overdueFlagged, int urged, int plansOnRestDay) {
    }

    public record UrgeRequest(
            @NotBlank @Size(max = 64) String taskId,
            @NotBlank @Size(max = 64) String unitId,
            @NotBlank @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @Size(max = 1000) String note) {
    }

    public record LedgerLine(String id, String taskId, String planId, String unitId, String unitName, String period,
            UrgingEntry.Kind kind, UrgingLevel level, String levelLabel, Integer daysOverdue, OffsetDateTime at, String actor,
            String note) {
        static LedgerLine of(UrgingEntry e) {
            return new LedgerLine(e.id, e.taskId, e.planId, e.unitId, e.unitName, e.period, e.kind, e.level,
                    e.level == null ? null : e.level.label(), e.daysOverdue, e.at, e.actor, e.note);
        }
    }
}
