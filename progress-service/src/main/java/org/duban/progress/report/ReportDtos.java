package org.duban.progress.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.concurrency.Versioned;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.pace.PaceStatus;

/** Request and answer bodies of the report endpoints. */
public final class ReportDtos {

    /** Longest 完成情况 accepted; the longest row of the seed table is about 600 characters. */
    public static final int NARRATIVE_MAX = 5000;
    public static final int ISSUES_MAX = 2000;

    private ReportDtos() {
    }

    public record Figure(
            @NotBlank @Size(max = 100) String name,
            @NotNull BigDecimal value,
            @Size(max = 20) String unit) {
    }

    public record ReportDraft(
            @NotBlank @Size(max = 64) String taskId,
            @Size(max = 64) String unitId,
            @NotBlank @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @NotBlank @Size(max = NARRATIVE_MAX, message = "must be at most " + NARRATIVE_MAX + " characters / 完成情况不得超过" + NARRATIVE_MAX + "字") String narrative,
            @Size(max = 50) List<@Valid @NotNull Figure> figures,
            @DecimalMin(value = "0", message = "must not be negative / 不能为负数") @DecimalMax("1000") BigDecimal percentOfAnnual,
            PaceStatus selfAssessedStatus,
            @Size(max = ISSUES_MAX) String issuesRaised,
            boolean consolidated) {
    }

    public record ReportEdit(
            @Min(0) Long lockVersion,
            @NotBlank @Size(max = NARRATIVE_MAX, message = "must be at most " + NARRATIVE_MAX + " characters / 完成情况不得超过" + NARRATIVE_MAX + "字") String narrative,
            @Size(max = 50) List<@Valid @NotNull Figure> figures,
            @DecimalMin(value = "0", message = "must not be negative / 不能为负数") @DecimalMax("1000") BigDecimal percentOfAnnual,
            PaceStatus selfAssessedStatus,
            @Size(max = ISSUES_MAX) String issuesRaised,
            boolean consolidated) {
    }

    public record ReportReturnBody(@NotBlank @Size(max = 2000) String reason) {
    }

    public record ReportView(String id, String taskId, String planId, String unitId, String unitName, String period,
            int year, int version, ReportStatus status, String narrative, List<Figure> figures, BigDecimal percentOfAnnual,
            PaceStatus selfAssessedStatus, String issuesRaised, boolean consolidated, Timeliness timeliness,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime submittedAt,
            String approvedBy, String reviewedBy, OffsetDateTime reviewedAt, String returnReason, long lockVersion) implements Versioned {
    }

    public record TransitionView(String reportId, int version, String action, String fromStatus, String toStatus,
            String actor, OffsetDateTime at, String note) {
    }

    public record History(List<ReportView> versions, List<TransitionView> transitions) {
    }

    public record DiffView(String reportId, int fromVersion, int toVersion, boolean changed, List<TextDiff.Change> changes,
            String unified) {
    }
}
