package org.duban.progress.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reports units owe. A unit sees its own; the office, leaders and admins see their region. */
@Path("/api/progress/obligations")
@Tag(name = "obligation", description = "填报义务 / What units must report")
public class ObligationResource {
    private final ObligationService obligations;
    private final Caller caller;

    public ObligationResource(ObligationService obligations, Caller caller) {
        this.obligations = obligations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SYSTEM})
    @Operation(operationId = "listObligations", summary = "填报义务 / List reporting obligations",
            description = "单位在各报告期应报的任务及截止时间。 / What a unit must report each period, with the deadlines.")
    public Page<Obligation> list(@QueryParam("unitId") String unitId, @QueryParam("regionCode") String regionCode,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "also the stretches that ended (units taken off a task), with the periods they owed")
            @QueryParam("ended") @DefaultValue("false") boolean ended,
            @Valid @BeanParam PageQuery page) {
        boolean unitRole = !caller.hasAny(Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM);
        String unit = unitRole ? caller.unitId() : unitId;
        if (unitRole && unitId != null) {
            caller.requireUnit(unitId);
        }
        String region = caller.allRegions() ? regionCode : caller.regionCode();
        return obligations.list(region, unit, year, ended, page);
    }
}
