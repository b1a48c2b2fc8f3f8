package org.duban.tasks.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemException;
import org.duban.tasks.importer.document.TextDecoder;
import org.duban.tasks.importer.document.UnsupportedFileException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.duban.tasks.importer.ImportDtos.Committed;
import org.duban.tasks.importer.ImportDtos.Format;
import org.duban.tasks.importer.ImportDtos.ImportRequest;
import org.duban.tasks.importer.ImportDtos.Preview;
import org.duban.tasks.plan.ReportingPeriod;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Imports: {@code POST /api/tasks/imports/preview} (nothing stored) then {@code POST /api/tasks/imports}
 * (commit; 201 with the new plan, 200 when the same document was imported before). Either as JSON
 * ({@link ImportRequest}), as the raw document (text/plain, text/csv, text/html, DOCX, XLSX, XLS bytes) with query
 * parameters, or as a multipart form upload (part {@code file}; format defaults to DOCUMENT).
 */
@Path("/api/tasks/imports")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "importer", description = "导入分解方案、完成情况表与政府工作报告 / Imports of decomposition plans, completion tables and reports")
public class ImportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLS = "application/vnd.ms-excel";

    private final ImportService imports;
    private final ImportJobs jobs;
    private final Caller caller;
    private final JsonWebToken token;

    public ImportResource(ImportService imports, ImportJobs jobs, Caller caller, JsonWebToken token) {
        this.imports = imports;
        this.jobs = jobs;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewImport", summary = "预览导入 / Preview an import",
            description = "读取分解方案、完成情况表或政府工作报告，返回解析结果与警告，不保存；可用JSON、原始文件（查询参数说明）或 multipart 表单（file 字段）。 / Reads a "
                    + "decomposition plan, completion table or report and answers what was read with warnings; nothing is "
                    + "stored. As JSON, as the raw document (query parameters) or as a multipart form (part file).")
    public Preview preview(@Valid @NotNull ImportRequest request) {
        caller.requireRegion(request.regionCode());
        return imports.preview(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commitImport", summary = "导入 / Import a document",
            description = "导入并生成计划：新文档201，同一文档已导入过则200（同一结果）。 / Imports and makes the plan: 201 for a new document, 200 "
                    + "with the same result when the document was imported before.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Committed.class)))
    @APIResponse(responseCode = "200", description = "同一文档已导入过，返回原结果 / The same document was imported before: its result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Committed.class)))
    public Response commit(@Valid @NotNull ImportRequest request) {
        caller.requireRegion(request.regionCode());
        return answer(imports.commit(request));
    }

    @POST
    @Path("preview")
    // PDF, .doc and ZIP are taken too, so that the reader answers why it cannot read them (save as .docx …)
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM, XLSX, DOCX, XLS,
            "application/pdf", "application/msword", "application/zip", "application/x-zip-compressed"})
    @Operation(operationId = "previewImport", summary = "预览导入 / Preview an import",
            description = "读取分解方案、完成情况表或政府工作报告，返回解析结果与警告，不保存；可用JSON、原始文件（查询参数说明）或 multipart 表单（file 字段）。 / Reads a "
                    + "decomposition plan, completion table or report and answers what was read with warnings; nothing is "
                    + "stored. As JSON, as the raw document (query parameters) or as a multipart form (part file).")
    public Preview previewRaw(byte[] body, @QueryParam("regionCode") String regionCode,
            @Parameter(description = "文档格式：PLAN_TEXT、DOCUMENT、REPORT、TABLE_TEXT、TABLE_CSV、TABLE_XLSX / The document's format")
            @QueryParam("format") Format format,
            @QueryParam("year") Integer year, @QueryParam("period") ReportingPeriod period,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        ImportRequest request = raw(body, regionCode, format, year, period, null, null, fileName, contentType);
        caller.requireRegion(request.regionCode());
        return imports.preview(request);
    }

    @POST
    // PDF, .doc and ZIP are taken too, so that the reader answers why it cannot read them (save as .docx …)
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM, XLSX, DOCX, XLS,
            "application/pdf", "application/msword", "application/zip", "application/x-zip-compressed"})
    @Operation(operationId = "commitImport", summary = "导入 / Import a document",
            description = "导入并生成计划：新文档201，同一文档已导入过则200（同一结果）。 / Imports and makes the plan: 201 for a new document, 200 "
                    + "with the same result when the document was imported before.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Committed.class)))
    @APIResponse(responseCode = "200", description = "同一文档已导入过，返回原结果 / The same document was imported before: its result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Committed.class)))
    public Response commitRaw(byte[] body, @QueryParam("regionCode") String regionCode,
            @Parameter(description = "文档格式：PLAN_TEXT、DOCUMENT、REPORT、TABLE_TEXT、TABLE_CSV、TABLE_XLSX / The document's format")
            @QueryParam("format") Format format,
            @QueryParam("year") Integer year, @QueryParam("period") ReportingPeriod period,
            @QueryParam("title") String title, @QueryParam("publish") Boolean publish,
            @QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        ImportRequest request = raw(body, regionCode, format, year, period, title, publish, fileName, contentType);
        caller.requireRegion(request.regionCode());
        return answer(imports.commit(request));
    }

    /** The file as a browser form sends it: part {@code file} (its name and type kept), the rest as form fields. */
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "previewImport", summary = "预览导入 / Preview an import",
            description = "读取分解方案、完成情况表或政府工作报告，返回解析结果与警告，不保存；可用JSON、原始文件（查询参数说明）或 multipart 表单（file 字段）。 / Reads a "
                    + "decomposition plan, completion table or report and answers what was read with warnings; nothing is "
                    + "stored. As JSON, as the raw document (query parameters) or as a multipart form (part file).")
    public Preview previewUpload(@RestForm("file") FileUpload file, @RestForm String regionCode, @RestForm String format,
            @RestForm String year, @RestForm String period) {
        ImportRequest request = upload(file, regionCode, format, year, period, null, null);
        caller.requireRegion(request.regionCode());
        return imports.preview(request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "commitImport", summary = "导入 / Import a document",
            description = "导入并生成计划：新文档201，同一文档已导入过则200（同一结果）。 / Imports and makes the plan: 201 for a new document, 200 "
                    + "with the same result when the document was imported before.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Committed.class)))
    @APIResponse(responseCode = "200", description = "同一文档已导入过，返回原结果 / The same document was imported before: its result",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Committed.class)))
    public Response commitUpload(@RestForm("file") FileUpload file, @RestForm String regionCode, @RestForm String format,
            @RestForm String year, @RestForm String period, @RestForm String title, @RestForm String publish) {
        ImportRequest request = upload(file, regionCode, format, year, period, title, publish);
        caller.requireRegion(request.regionCode());
        return answer(imports.commit(request));
    }

    /**
     * A long import in the background: 202 with the job and its status URL ({@code Location}); the same request body
     * as a commit. {@code GET /jobs/{id}} answers the state and percentage, then the plan made.
     */
    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitImportJob", summary = "后台导入 / Import in the background",
            description = "后台导入较大的文档：202，返回作业及其状态地址（Location）。 / A long import in the background: 202 with the job and its "
                    + "status URL (Location).")
    @APIResponse(responseCode = "202", description = "已受理，作业在后台进行 / Accepted: the job runs in the background",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportDtos.JobView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response submitJob(@Valid @NotNull ImportRequest request) {
        caller.requireRegion(request.regionCode());
        return accepted(jobs.submit(request, caller.name(), token.getRawToken()));
    }

    @POST
    @Path("jobs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "submitImportJob", summary = "后台导入 / Import in the background",
            description = "后台导入较大的文档：202，返回作业及其状态地址（Location）。 / A long import in the background: 202 with the job and its "
                    + "status URL (Location).")
    @APIResponse(responseCode = "202", description = "已受理，作业在后台进行 / Accepted: the job runs in the background",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportDtos.JobView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response submitJobUpload(@RestForm("file") FileUpload file, @RestForm String regionCode, @RestForm String format,
            @RestForm String year, @RestForm String period, @RestForm String title, @RestForm String publish) {
        ImportRequest request = upload(file, regionCode, format, year, period, title, publish);
        caller.requireRegion(request.regionCode());
        return accepted(jobs.submit(request, caller.name(), token.getRawToken()));
    }

    @GET
    @Path("jobs/{id}")
    @Operation(operationId = "getImportJob", summary = "导入作业状态 / Get an import job",
            description = "作业状态与进度，完成后含生成的计划。 / The job's state and percentage, then the plan made.")
    public ImportDtos.JobView job(@PathParam("id") long id) {
        return jobs.view(id, caller.readScope());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "导入结果 / Get an import",
            description = "一次导入的结果。 / What one import made.")
    public Committed get(@PathParam("id") long id) {
        return imports.get(id, caller.readScope());
    }

    /** The document as it was imported, byte for byte, with the type it came with (text as UTF-8). */
    @GET
    @Path("{id}/original")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadImportOriginal", summary = "下载导入原件 / Download the imported document",
            description = "原样下载导入的文档及其原类型（文本为UTF-8）。 / "
                    + "The document as it was imported, byte for byte, with the type it came with (text as UTF-8).")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = {@Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.ms-excel",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "附件及文件名 / attachment with the file name",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response original(@PathParam("id") long id) {
        ImportService.Original o = imports.original(id, caller.readScope());
        return Response.ok(o.bytes()).type(o.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(o.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private static Response accepted(ImportDtos.JobView job) {
        return Responses.accepted(job.statusUrl(), job);
    }

    private static Response answer(Committed c) {
        if (!c.created()) {
            return Response.ok(c).build();
        }
        return Responses.created("/api/tasks/imports/" + c.importId(), c);
    }

    private static ImportRequest upload(FileUpload file, String regionCode, String format, String year, String period,
            String title, String publish) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "a multipart import needs the document in the part 'file' / 请在file字段上传文件");
        }
        Format f;
        try {
            f = format == null || format.isBlank() ? Format.DOCUMENT : Format.valueOf(format);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("format", "must be PLAN_TEXT, DOCUMENT, REPORT, TABLE_TEXT, TABLE_CSV or TABLE_XLSX / 格式无效");
        }
        ReportingPeriod p;
        try {
            p = period == null || period.isBlank() ? null : ReportingPeriod.valueOf(period);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", "must be Q1, H1, Q3 or ANNUAL / 报告期无效");
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return raw(body, regionCode, f, formYear(year), p, title, formBoolean("publish", publish), file.fileName(),
                file.contentType());
    }

    /** A form field year: absent, or four digits (as JSON and the query parameter are read), else 400 naming it. */
    private static Integer formYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw ProblemException.invalid("year", "must be a year such as 2024 / 年度应为四位数字");
        }
        return Integer.valueOf(year.strip());
    }

    /** A form field flag: absent, true or false, else 400 naming it (never silently false). */
    private static Boolean formBoolean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "must be true or false / 须为true或false");
        };
    }

    private static ImportRequest raw(byte[] body, String regionCode, Format format, Integer year, ReportingPeriod period,
            String title, Boolean publish, String fileName, String contentType) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw ProblemException.invalid("regionCode", "must be a 6-digit administrative division code / 行政区划代码应为6位数字");
        }
        if (format == null) {
            throw ProblemException.invalid("format", "is required: PLAN_TEXT, DOCUMENT, REPORT, TABLE_TEXT, TABLE_CSV or TABLE_XLSX / 须指定格式");
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "the document is empty / 文档为空");
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100 / 年度无效");
        }
        if (fileName != null && fileName.length() > 255) {
            throw ProblemException.invalid("fileName", "at most 255 characters / 文件名过长");
        }
        String p = period == null ? null : period.name();
        if (format == Format.PLAN_TEXT || format == Format.TABLE_TEXT || format == Format.TABLE_CSV) {
            // text is decoded by its declared or detected charset (GBK from a Windows machine too), never assumed UTF-8
            String text;
            try {
                text = TextDecoder.decode(body, contentType).text();
            } catch (UnsupportedFileException e) {
                throw new ProblemException(415, "unsupported-media-type", "body: " + e.getMessage(),
                        List.of(new Problem.Violation("body", e.getMessage())));
            }
            return new ImportRequest(regionCode, format.name(), text, null, year, p, title, null, publish, fileName, contentType);
        }
        return new ImportRequest(regionCode, format.name(), null, Base64.getEncoder().encodeToString(body), year, p, title,
                null, publish, fileName, contentType);
    }
}
