package org.duban.tasks.importer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import org.duban.tasks.plan.ReportingPeriod;

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
        TABLE_TEXT,
        TABLE_CSV,
        TABLE_XLSX;

        boolean isTable() {
            return this != PLAN_TEXT && this != DOCUMENT;
        }
    }

    /**
     * A document to import: {@code text} for the text and CSV formats, {@code contentBase64} for XLSX, DOCUMENT (or any).
     * {@code fileName} and {@code contentType} (with a charset, "text/plain; charset=GBK") say what the bytes are
     * when the bytes alone do not (CSV, HTML, a declared charset).
     * {@code year} and {@code period} fill in what the document does not say (a CSV has no title).
     * {@code publish} defaults to false for a plan (review it first) and true for a completion table
     * (its progress belongs to a plan already in force).
     */
    public record ImportRequest(
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字")
            String regionCode,
            @NotNull @Pattern(regexp = "PLAN_TEXT|DOCUMENT|TABLE_TEXT|TABLE_CSV|TABLE_XLSX",
                    message = "must be PLAN_TEXT, DOCUMENT, TABLE_TEXT, TABLE_CSV or TABLE_XLSX / 格式无效") String format,
            @Size(max = 10_000_000) String text,
            @Size(max = 14_000_000) String contentBase64,
            @Min(2000) @Max(2100) Integer year,
            @Pattern(regexp = "Q1|H1|Q3|ANNUAL", message = "must be Q1, H1, Q3 or ANNUAL / 报告期无效") String period,
            @Size(max = 500) String title,
            @Size(max = 1000) @Pattern(regexp = "^(https?://.*)?$", message = "must be an http(s) URL / 须为网址") String documentUrl,
            Boolean publish,
            @Size(max = 255) String fileName,
            @Size(max = 200) String contentType) {

        public Format formatValue() {
            return Format.valueOf(format);
        }

        public ReportingPeriod periodValue() {
            return period == null ? null : ReportingPeriod.valueOf(period);
        }
    }

    /** What a preview answers: the parsed plan and its warnings; nothing was stored. */
    public record Preview(Format format, String sourceHash, Long existingPlanId, int taskCount, int warningCount,
            Map<WarningCode, Long> warningsByCode, ParsedPlan plan) {}

    /** What a commit answers; {@code created} false when the same document had been imported before. */
    public record Committed(Long importId, Long planId, boolean created, Format format, int taskCount, int warningCount,
            int progressEvents, OffsetDateTime createdAt) {}
}
