package org.duban.tasks.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.concurrency.Versioned;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.SectionKind;

/** Requests and views of tasks. Units are named as documents name them; the directory resolves the names. */
public final class TaskDtos {
    private TaskDtos() {}

    public record QuantTarget(@NotBlank @Size(max = 200) String metric, @DecimalMax("1e15") BigDecimal value,
            @Size(max = 20) String unit,
            @NotNull @Pattern(regexp = "ABOUT|AT_LEAST|AT_MOST|IN_STEP_WITH|EXACT|RANGE|DECREASE_AT_LEAST",
                    message = "must be ABOUT, AT_LEAST, AT_MOST, IN_STEP_WITH, EXACT, RANGE or DECREASE_AT_LEAST / 比较方式无效")
            String comparator) {}

    /** A task entered by hand; without planId it joins the region's plan of hand-entered tasks for the year. */
    public record CreateTask(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字")
            String regionCode,
            @NotNull @Min(Plan.FIRST_YEAR) @Max(Plan.LAST_YEAR) Integer year,
            Long planId,
            Long sectionId,
            @NotBlank @Size(max = 20) String number,
            @NotBlank @Size(max = 4000) String title,
            @Size(max = 4) List<@Pattern(regexp = "[▲●■★◆]", message = "must be one of ▲ ● ■ ★ ◆ / 标记无效") String> markers,
            @Size(max = 1000) String targetText,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> leaders,
            @Size(max = 100) String coordinator,
            @NotBlank @Size(max = 200) String leadUnit,
            @Size(max = 10) List<@NotBlank @Size(max = 200) String> leadUnits,
            @Size(max = 200) String leadPerson,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> responsibleUnits,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> relatedUnits,
            LocalDate dueDate,
            @Size(max = 10) List<@Valid @NotNull QuantTarget> quantTargets,
            @Size(max = 100) String indicatorCode) {}

    /**
     * Replaces what a task says and who answers for it; {@code version} is the one read (stale → 409).
     * {@code effectiveDate}: the day a change of who answers for the task holds from (自…起), within the plan's year;
     * without it the change holds from the day it is made. Sent on with the task-updated event, where
     * progress-service dates the assignment history by it (who owed a period = who was assigned on its deadline).
     */
    public record UpdateTask(
            Long sectionId,
            @NotBlank @Size(max = 20) String number,
            @NotBlank @Size(max = 4000) String title,
            @Size(max = 4) List<@Pattern(regexp = "[▲●■★◆]", message = "must be one of ▲ ● ■ ★ ◆ / 标记无效") String> markers,
            @Size(max = 1000) String targetText,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> leaders,
            @Size(max = 100) String coordinator,
            @Size(max = 200) String leadUnit,
            @Size(max = 10) List<@NotBlank @Size(max = 200) String> leadUnits,
            @Size(max = 200) String leadPerson,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> responsibleUnits,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> relatedUnits,
            LocalDate dueDate,
            @Size(max = 10) List<@Valid @NotNull QuantTarget> quantTargets,
            @Size(max = 100) String indicatorCode,
            LocalDate effectiveDate,
            @Min(0) Integer version) {}

    public record ChangeStatus(@NotNull TaskStatus status, @Min(0) Integer version) {}

    /** A unit or group on a task; {@code group} true for 各街道 and the like. */
    public record UnitLink(Long id, String name, boolean group, String note) {}

    public record TaskView(Long id, Long planId, String regionCode, int year, String number, String label, String title,
            Long sectionId, List<String> sectionPath, SectionKind sectionKind, List<String> markers, String targetText,
            TaskStatus status, LocalDate dueDate, List<String> leaders, String coordinator, UnitLink leadUnit,
            List<UnitLink> leadUnits, String leadPerson, List<UnitLink> responsibleUnits, List<UnitLink> relatedUnits,
            List<QuantTarget> quantTargets, String indicatorCode, int version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, Long carriedFromTaskId) implements Versioned {
        /** The row's version, sent as the ETag (platform {@code EntityTags}). */
        @Override
        public long lockVersion() {
            return version;
        }
    }

    /** A task as one unit sees it: its role (LEAD, RESPONSIBLE, RELATED) and the group it came through, if any. */
    public record UnitTaskView(UnitRole role, String viaGroup, TaskView task) {}

    public record SectionCount(Long sectionId, String label, String title, int level, SectionKind kind, long total,
            java.util.Map<String, Long> byStatus) {}

    public record UnitCount(Long unitId, String name, long lead, long responsible, long related, long total) {}

    public record PlanCounts(Long planId, long total, java.util.Map<String, Long> byStatus, List<SectionCount> sections,
            List<UnitCount> units) {}
}
