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

/** Expected targets per region and year: read from report text (preview, then commit), listed, removed. */
@Path("/api/indicators/targets")
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
    public TargetPreview preview(@Valid @NotNull TargetTextRequest request) {
        access.require(request.regionCode());
        return targets.preview(request);
    }

    @POST
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    public Response commit(@Valid @NotNull TargetTextRequest request) {
        access.require(request.regionCode());
        List<TargetView> stored = targets.commit(request, access.login());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
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
    public TargetView get(@PathParam("id") UUID id) {
        TargetView target = targets.get(id);
        access.require(target.regionCode());
        return target;
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id) {
        access.require(targets.get(id).regionCode());
        targets.delete(id);
        return Response.noContent().build();
    }
}
