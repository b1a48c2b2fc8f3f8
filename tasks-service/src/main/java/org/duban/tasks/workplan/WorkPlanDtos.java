package org.duban.tasks.workplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.concurrency.Versioned;

/** Requests and views of work plans (办理方案). */
public final class WorkPlanDtos {
    private WorkPlanDtos() {}

    public record Item(@NotBlank @Size(max = 4000) String content, LocalDate deadline,
            @Size(max = 100) String leaderInCharge, @Size(max = 200) String responsibleSection) {}

    public record CreateWorkPlan(@NotNull Long unitId, @Size(max = 100) String overallResponsible,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items) {}

    public record UpdateWorkPlan(@Size(max = 100) String overallResponsible,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items, @Min(0) Integer version) {}

    public record Decision(@Min(0) Integer version) {}

    public record Return(@NotBlank @Size(max = 2000) String reason, @Min(0) Integer version) {}

    /** {@code late} when it was submitted after the plan's deadline for work plans. */
    public record WorkPlanView(Long id, Long taskId, String taskNumber, String taskTitle, Long planId, Long unitId,
            String unitName, String overallResponsible, WorkPlanStatus status, String returnReason, List<Item> items,
            LocalDate submissionDue, boolean late, OffsetDateTime submittedAt, OffsetDateTime decidedAt, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) implements Versioned {
        /** The row's version, sent as the ETag (platform {@code EntityTags}). */
        @Override
        public long lockVersion() {
            return version;
        }
    }

    public record Template(String title, List<String> headerFields, List<String> columns, LocalDate submissionDue) {}
}
