package org.duban.tasks.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.ReportingPeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the import API. */
public final class ImportDtos {
    private ImportDtos() {}

    /**
     * PLAN_TEXT: a decomposition plan as text; DOCUMENT: a decomposition plan as any file (DOCX, XLSX, XLS, a saved
     * HTML page, CSV, text in UTF-8 or GBK — the type is read from the bytes); TABLE_*: a completion table (一览表).
     */
    public enum Format {
        PLAN_TEXT,
        DOCUMENT,
        /** a Government Work Report (政府工作报告), any file type: drafted into a plan by {@link ReportReader} */
        REPORT,
        TABLE_TEXT,
        TABLE_CSV,
        TABLE_XLSX;

        boolean isTable() {
            return this != PLAN_TEXT && this != DOCUMENT && this != REPORT;
        }
    }

    /**
     * A document to import: {@code text} for the text and CSV formats, {@code contentBase64} for XLSX, DOCUMENT (or any).
     * {@code fileName} and {@code contentType} (with a charset, "text/plain; charset=GBK") say what the bytes are
     * when the bytes alone do not (CSV, HTML, a declared charset). For a plan (PLAN_TEXT, DOCUMENT), the office may
     * choose {@code firstListedLeads} (the first unit listed leads where the document names no lead) and send
     * {@code corrections} of single tasks' units; the preview shows the result, the commit stores it.
     * {@code year} and {@code period} fill in what the document does not say (a CSV has no title).
     * {@code publish} defaults to false for a plan (review it first) and true for a completion table
     * (its progress belongs to a plan already in force).
     */
    public record ImportRequest(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字")
            String regionCode,
            @NotNull @Pattern(regexp = "PLAN_TEXT|DOCUMENT|REPORT|TABLE_TEXT|TABLE_CSV|TABLE_XLSX",
                    message = "must be PLAN_TEXT, DOCUMENT, REPORT, TABLE_TEXT, TABLE_CSV or TABLE_XLSX / 格式无效") String format,
            @Size(max = 10_000_000) String text,
            @Size(max = 14_000_000) String contentBase64,
            @Min(Plan.FIRST_YEAR) @Max(Plan.LAST_YEAR) Integer year,
            @Pattern(regexp = "Q1|H1|Q3|ANNUAL", message = "must be Q1, H1, Q3 or ANNUAL / 报告期无效") String period,
            @Size(max = 500) String title,
            @Size(max = 1000) @Pattern(regexp = "^(https?://.*)?$", message = "must be an http(s) URL / 须为网址") String documentUrl,
            Boolean publish,
            @Size(max = 255) String fileName,
            @Size(max = 200) String contentType,
            Boolean firstListedLeads,
            @Size(max = 10_000) List<@Valid @NotNull TaskCorrection> corrections) {

        /** The request as it came, with the office's corrections of the preview. */
        public ImportRequest(String regionCode, String format, String text, String contentBase64, Integer year, String period,
                String title, String documentUrl, Boolean publish, String fileName, String contentType) {
            this(regionCode, format, text, contentBase64, year, period, title, documentUrl, publish, fileName, contentType,
                    null, null);
        }

        public Format formatValue() {
            return Format.valueOf(format);
        }

        public ReportingPeriod periodValue() {
            return period == null ? null : ReportingPeriod.valueOf(period);
        }
    }

    /**
     * The office's correction of one previewed task's matrix, committed with the document: {@code index} is the task's
     * 1-based position in the preview's order; a list left out (null) keeps what was read, an empty one clears it.
     * Units are names, as in the task API. {@code indicatorCode} links the task to an indicator of indicators-service's
     * catalog instead of the one the preview suggested ({@code ""}: to none); left out (null) the suggestion stands. It
     * is left out of the choices' hash when null, so corrections made before it existed hash as they did.
     */
    public record TaskCorrection(
            @NotNull @Min(1) Integer index,
            @Size(max = 10) List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_NAME, message = UNIT_NAME_MESSAGE) String> leadUnits,
            @Size(max = 100) List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_NAME, message = UNIT_NAME_MESSAGE) String> responsibleUnits,
            @Size(max = 100) List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_NAME, message = UNIT_NAME_MESSAGE) String> relatedUnits,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "关联的指标代码(指标目录,如 GDP);空字符串为不关联;不填则采用预览建议 / The indicator of the catalog to link"
                    + " (GDP); \"\" for none; left out, the preview's suggestion is kept")
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_]*", message = "must be an indicator code of the catalog (GDP) or empty"
                    + " / 须为指标目录中的指标代码或空") String indicatorCode) {

        /** A correction of units only. */
        public TaskCorrection(Integer index, List<String> leadUnits, List<String> responsibleUnits, List<String> relatedUnits) {
            this(index, leadUnits, responsibleUnits, relatedUnits, null);
        }
    }

    /** One unit per item: no list separators (, ;) and no markup (<>) inside a corrected unit's name (、 only in a group). */
    static final String UNIT_NAME = "[^,，;；<>\\n]+";
    static final String UNIT_NAME_MESSAGE = "one unit per item, without , ; or < > / 每项填写一个单位名称";

    /** What a preview answers: the parsed plan and its warnings; nothing was stored. */
    public record Preview(Format format, String sourceHash, Long existingPlanId, int taskCount, int warningCount,
            Map<WarningCode, Long> warningsByCode, ParsedPlan plan) {}

    /**
     * An import job as its status URL answers it: {@code state} QUEUED, RUNNING, DONE or FAILED; {@code percent} 0–100;
     * {@code tasksDone}/{@code tasksTotal} as written so far; once DONE the import and plan ({@code created} false when
     * the document had been imported before); once FAILED the problem ({status, type, detail, violations}).
     */
    public record JobView(Long id, String regionCode, String state, int percent, int tasksDone, int tasksTotal, Long importId,
            Long planId, Boolean created,
            @Schema(ref = "Problem", description = "失败时的错误 / The problem once FAILED") Object problem, String statusUrl,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    /** What a commit answers; {@code created} false when the same document had been imported before. */
    public record Committed(Long importId, Long planId, boolean created, Format format, int taskCount, int warningCount,
            int progressEvents, OffsetDateTime createdAt) {}
}
