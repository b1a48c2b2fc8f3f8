package org.duban.indicators.observation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.duban.indicators.region.RegionAccess;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Figures per region and period: recorded one by one, imported from CSV or notice text, listed with history. */
@Path("/api/indicators/observations")
@Tag(name = "observation", description = "指标数据（实际数、预计数） / Indicator figures: actuals and estimates")
public class ObservationResource {

    private final ObservationService observations;
    private final RegionAccess access;

    public ObservationResource(ObservationService observations, RegionAccess access) {
        this.observations = observations;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    @Operation(operationId = "recordObservation", summary = "录入指标数据 / Record a figure",
            description = "录入一个地区某期的实际数或预计数。 / Records an actual or estimated figure of a region for a period.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObservationView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response record(@Valid @NotNull ObservationRequest request) {
        ObservationView recorded = observations.record(request);
        return Responses.created("/api/indicators/observations/" + recorded.id(), recorded);
    }

    @POST
    @Path("import/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    @Operation(operationId = "importObservationsCsv", summary = "CSV导入指标数据 / Import figures from CSV",
            description = "每行一个数据；返回导入与跳过的行。 / One figure a line; answers what was imported and what was skipped.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    public Response importCsv(@NotBlank @Size(max = 5_000_000) String csv) {
        return Response.status(Response.Status.CREATED).entity(observations.importCsv(csv)).build();
    }

    @POST
    @Path("import/notice/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "previewNoticeObservations", summary = "预览通报中的指标数据 / Preview the figures of a notice",
            description = "从统计通报文本中读出的数据，不保存。超过5,000字的长文本同时最多读取两篇，再多一篇即答503（reading-busy，带Retry-After）。 / The figures read from a statistics notice's text; "
                    + "nothing is stored. Texts over 5,000 characters are read two at a time; one more answers 503 (reading-busy) with Retry-After at once.")
    public NoticePreview previewNotice(@Valid @NotNull NoticeImportRequest request) {
        access.require(request.regionCode());
        return observations.previewNotice(request);
    }

    @POST
    @Path("import/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    @Operation(operationId = "importNoticeObservations", summary = "导入通报中的指标数据 / Import the figures of a notice",
            description = "保存从统计通报文本中读出的数据。超过5,000字的长文本同时最多读取两篇，再多一篇即答503（reading-busy，带Retry-After）。 / Stores the figures read from a statistics notice's text."
                    + " Texts over 5,000 characters are read two at a time; one more answers 503 (reading-busy) with Retry-After at once.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    public Response importNotice(@Valid @NotNull NoticeImportRequest request) {
        return Response.status(Response.Status.CREATED).entity(observations.importNotice(request)).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "listObservations", summary = "指标数据列表 / List figures",
            description = "按地区、指标、年度、报告期筛选；默认每期最新的一个。 / Filtered by region, indicator, year and period; the latest of each "
                    + "period unless the history is asked for.")
    public Page<ObservationView> list(
            @QueryParam("regionCode") @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits / 应为6位数字")
            String regionCode,
            @QueryParam("year") @Min(1949) @Max(2100) Integer year,
            @QueryParam("period") @Pattern(regexp = org.duban.platform.input.PeriodCodes.PATTERN) String period,
            @QueryParam("indicator") @Pattern(regexp = "[A-Za-z0-9_]{1,64}") String indicator,
            @Parameter(description = "包括每期的全部历史数据（不只最新） / Every figure of each period, not only the latest")
            @QueryParam("history") @DefaultValue("false") boolean history,
            @Valid @BeanParam PageQuery page) {
        access.require(regionCode);
        return observations.list(regionCode, year, period, indicator == null ? null : indicator.toUpperCase(),
                history, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getObservation", summary = "指标数据详情 / Get a figure",
            description = "一个指标数据。 / One recorded figure.")
    public ObservationView get(@PathParam("id") UUID id) {
        ObservationView view = observations.get(id);
        access.require(view.regionCode());
        return view;
    }
}
