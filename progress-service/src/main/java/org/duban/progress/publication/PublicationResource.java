package org.duban.progress.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.duban.platform.openapi.ApiDocumentFilter;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.publication.PublicationService.PublicationView;
import org.duban.progress.publication.PublicationService.Rendered;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Completion tables and notices: live previews for the office, frozen publications for everyone. */
@Path("/api/progress")
@Tag(name = "publication", description = "完成情况一览表与通报 / Completion tables and notices")
public class PublicationResource {

    public record PublishRequest(
            @NotBlank @Size(max = 100) String planId,
            @NotBlank @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @NotNull Publication.Kind kind,
            @Size(max = 1000) String note,
            @Size(max = 60) String documentNumber,
            @Size(max = 200) String addressee,
            @Size(max = 100) String issuer,
            @Size(max = 50000) String body) {
    }

    private static final String FORMAT_PATTERN = "(?i)xlsx|csv|html|md|markdown";
    private static final String FORMAT_MESSAGE = "must be xlsx, csv, html or md / 格式无效";

    private final PublicationService publications;
    private final PlanDirectory plans;
    private final Caller caller;

    public PublicationResource(PublicationService publications, PlanDirectory plans, Caller caller) {
        this.publications = publications;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Path("/plans/{planId}/completion-table")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "downloadCompletionTable", summary = "下载完成情况一览表 / Download the completion table",
            description = "预览某期的完成情况一览表（种子文件的列），不发布。 / The period's completion table (the seed's columns) as it would be "
                    + "published; nothing is stored.")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "附件及文件名 / attachment with the file name",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response completionTable(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @Parameter(description = "下载格式：xlsx、csv、html、md（markdown） / Download format: xlsx, csv, html or md (markdown)")
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = FORMAT_PATTERN, message = FORMAT_MESSAGE) String format) {
        caller.requireRegion(plans.require(planId).regionCode());
        return download(publications.preview(planId, period, Publication.Kind.COMPLETION_TABLE, Notice.Head.DEFAULT,
                PublicationFormat.parse(format)));
    }

    @GET
    @Path("/plans/{planId}/notice")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "downloadNotice", summary = "下载通报 / Download the notice",
            description = "预览某期的通报，不发布。 / The period's notice as it would be published; nothing is stored.")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "附件及文件名 / attachment with the file name",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response notice(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @Parameter(description = "下载格式：xlsx、csv、html、md（markdown） / Download format: xlsx, csv, html or md (markdown)")
            @QueryParam("format") @DefaultValue("md") @Pattern(regexp = FORMAT_PATTERN, message = FORMAT_MESSAGE) String format,
            @Parameter(description = "文号，如 区督通〔2018〕3号；不填则不印 / The notice's document number; none when blank")
            @QueryParam("documentNumber") @Size(max = 60) String documentNumber,
            @Parameter(description = "主送机关，默认 各责任单位 / Addressees, default 各责任单位")
            @QueryParam("addressee") @Size(max = 200) String addressee,
            @Parameter(description = "落款，默认 政府督查室 / The issuer signing the notice, default 政府督查室")
            @QueryParam("issuer") @Size(max = 100) String issuer) {
        caller.requireRegion(plans.require(planId).regionCode());
        return download(publications.preview(planId, period, Publication.Kind.NOTICE,
                new Notice.Head(documentNumber, addressee, issuer), PublicationFormat.parse(format)));
    }

    @POST
    @Path("/publications")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "publish", summary = "发布一览表或通报 / Publish a completion table or notice",
            description = "固定某期的一览表或通报，之后可按任意格式下载。 / Fixes the period's table or notice; it can then be downloaded in any "
                    + "format.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicationView.class)))
    public Response publish(@Valid @NotNull PublishRequest request) {
        caller.requireRegion(plans.require(request.planId()).regionCode());
        PublicationView view = publications.publish(request.planId(), request.period(), request.kind(), request.note(),
                new Notice.Head(request.documentNumber(), request.addressee(), request.issuer()), request.body(), caller.login());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/publications")
    @PermitAll
    @Operation(operationId = "listPublications", summary = "发布记录 / List publications",
            description = "按计划、报告期与类别筛选。 / Filtered by plan, period and kind.")
    public Page<PublicationView> list(@QueryParam("planId") String planId,
            @QueryParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @QueryParam("kind") Publication.Kind kind, @Valid @BeanParam PageQuery page) {
        return publications.list(planId, period, kind, page);
    }

    @GET
    @Path("/publications/{id}")
    @PermitAll
    @Operation(operationId = "getPublication", summary = "发布记录详情 / Get a publication",
            description = "一次发布。 / One publication.")
    public PublicationView get(@PathParam("id") String id) {
        return publications.get(id);
    }

    @GET
    @Path("/publications/{id}/content")
    @PermitAll
    @Operation(operationId = "downloadPublication", summary = "下载已发布内容 / Download a publication",
            description = "已发布的一览表或通报，按所选格式。 / The published table or notice in the format asked for.")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "附件及文件名 / attachment with the file name",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response content(@PathParam("id") String id,
            @Parameter(description = "下载格式：xlsx、csv、html、md（markdown） / Download format: xlsx, csv, html or md (markdown)")
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = FORMAT_PATTERN, message = FORMAT_MESSAGE) String format) {
        return download(publications.render(id, PublicationFormat.parse(format)));
    }

    private static Response download(Rendered r) {
        if (r.body() == null) {
            throw ProblemException.notFound("document", r.fileName());
        }
        return Response.ok(r.body()).type(r.format().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(r.title(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
