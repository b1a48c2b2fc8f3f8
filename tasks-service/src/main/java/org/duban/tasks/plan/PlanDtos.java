package org.duban.tasks.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.duban.platform.concurrency.Versioned;

/** Requests and views of plans and their sections. */
public final class PlanDtos {
    private PlanDtos() {}

    /** The document a plan was built from: title, number like 岸政办〔2019〕1号, issue date, URL, issuing office (发文机关). */
    public record SourceDocument(@Size(max = 500) String title, @Size(max = 100) String number, LocalDate issueDate,
            @Size(max = 1000) @Pattern(regexp = "^(https?://.*)?$", message = "must be an http(s) URL / 须为网址") String url,
            @Size(max = 200) String issuer) {}

    public record CreatePlan(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字")
            String regionCode,
            @NotNull @Min(Plan.FIRST_YEAR) @Max(Plan.LAST_YEAR) Integer year,
            @NotBlank @Size(max = 500) String title,
            @Valid SourceDocument document,
            @Size(max = 10) Map<@Pattern(regexp = "[▲●■★◆]", message = "must be one of ▲ ● ■ ★ ◆ / 标记无效") String,
                    @NotBlank @Size(max = 200) String> markerLegend,
            LocalDate workPlanDue,
            Map<@NotNull ReportingPeriod, @NotNull LocalDate> deadlines) {}

    public record UpdatePlan(
            @NotBlank @Size(max = 500) String title,
            @Valid SourceDocument document,
            @Size(max = 10) Map<@Pattern(regexp = "[▲●■★◆]", message = "must be one of ▲ ● ■ ★ ◆ / 标记无效") String,
                    @NotBlank @Size(max = 200) String> markerLegend,
            LocalDate workPlanDue,
            Map<@NotNull ReportingPeriod, @NotNull LocalDate> deadlines,
            @Min(0) Integer version) {}

    /** Publish or archive: the version read (stale → 409). */
    public record Transition(@Min(0) Integer version) {}

    public record CreateSection(Long parentId, @NotBlank @Size(max = 20) String label, @NotBlank @Size(max = 500) String title,
            SectionKind kind) {}

    public record SectionView(Long id, Long parentId, String label, String title, int level, SectionKind kind,
            Integer declaredCount, long taskCount, List<SectionView> children) {}

    public record PlanView(Long id, String regionCode, int year, String title, SourceDocument document, PlanStatus status,
            Map<String, String> markerLegend, LocalDate workPlanDue, Map<ReportingPeriod, LocalDate> deadlines,
            String sourceFormat, long taskCount, List<SectionView> sections, int version, OffsetDateTime createdAt,
            OffsetDateTime publishedAt, OffsetDateTime archivedAt) implements Versioned {
        /** The row's version, sent as the ETag (platform {@code EntityTags}). */
        @Override
        public long lockVersion() {
            return version;
        }
    }
}
