package org.duban.indicators.target;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.duban.indicators.region.RegionAccess;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Expected targets per region and year: read from report text (preview, then commit), listed, removed. */
@Path("/api/indicators/targets")
@Tag(name = "target", description = "预期目标 / The report's expected targets")
public class TargetResource {
    private final TargetService targets;
    private final RegionAccess access;

    public TargetResource(TargetService targets, RegionAccess access) {
        this.targets = targets;
        this.access = access;
    }

    @POST
    @Path("preview")
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "previewTargets", summary = "预览预期目标 / Preview targets",
            description = "从政府工作报告的主要预期目标文本中读出的目标，不保存。超过5,000字的长文本同时最多读取两篇，再多一篇即答503（reading-busy，带Retry-After）。 / The targets read from the report's "
                    + "expected-targets text; nothing is stored. Texts over 5,000 characters are read two at a time; one more answers 503 (reading-busy) with Retry-After at once.")
    public TargetPreview preview(@Valid @NotNull TargetTextRequest request) {
        access.require(request.regionCode());
        return targets.preview(request);
    }

    @POST
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    @Operation(operationId = "commitTargets", summary = "保存预期目标 / Store targets",
            description = "保存读出的目标，返回保存的全部目标。超过5,000字的长文本同时最多读取两篇，再多一篇即答503（reading-busy，带Retry-After）。 / Stores the targets read; answers every target stored."
                    + " Texts over 5,000 characters are read two at a time; one more answers 503 (reading-busy) with Retry-After at once.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TargetView.class)))
    public Response commit(@Valid @NotNull TargetTextRequest request) {
        access.require(request.regionCode());
        List<TargetView> stored = targets.commit(request, access.login());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "listTargets", summary = "预期目标列表 / List targets",
            description = "按地区、指标与年度筛选。 / Filtered by region, indicator and year.")
    public Page<TargetView> list(
            @QueryParam("regionCode") @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits / 应为6位数字")
            String regionCode,
            @QueryParam("year") @Min(1949) @Max(2100) Integer year,
            @QueryParam("indicator") @Pattern(regexp = "[A-Za-z0-9_]{1,64}") String indicator,
            @Valid @BeanParam PageQuery page) {
        access.require(regionCode);
        return targets.list(regionCode, year, indicator == null ? null : indicator.toUpperCase(), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getTarget", summary = "预期目标详情 / Get a target",
            description = "一个预期目标及其语法解析结果。 / One expected target as read.")
    public TargetView get(@PathParam("id") UUID id) {
        TargetView target = targets.get(id);
        access.require(target.regionCode());
        return target;
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    @Operation(operationId = "deleteTarget", summary = "删除预期目标 / Delete a target",
            description = "删除一个预期目标。 / Deletes one target.")
    @APIResponse(responseCode = "204", description = "已删除 / Done, nothing to answer")
    public Response delete(@PathParam("id") UUID id) {
        access.require(targets.get(id).regionCode());
        targets.delete(id);
        return Response.noContent().build();
    }
}
