package org.duban.progress.completeness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.duban.platform.openapi.ApiDocumentFilter;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Completeness and timeliness of a period's reports (应报 / 已报 / 按时 / 迟报 / 未报). */
@Path("/api/progress/plans/{planId}/completeness")
@Tag(name = "completeness", description = "报送完整度 / How complete the reporting is")
public class CompletenessResource {

    private final CompletenessService completeness;
    private final PlanDirectory plans;
    private final Caller caller;

    public CompletenessResource(CompletenessService completeness, PlanDirectory plans, Caller caller) {
        this.completeness = completeness;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "getCompleteness", summary = "报送完整度 / Reporting completeness",
            description = "某期应报、已报、已审核的数量与比例，可按单位或章节分组。 / Reports owed, received and accepted in a period, with shares, "
                    + "grouped by unit or section.")
    public Page<CompletenessService.Row> get(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @Parameter(description = "分组：UNIT 按单位、SECTION 按章节、PLAN 整个计划 / Group by UNIT, SECTION or PLAN")
            @QueryParam("groupBy") @DefaultValue("UNIT") @Pattern(regexp = "(?i)unit|section|plan",
                    message = "must be UNIT, SECTION or PLAN / 分组方式无效") String groupBy,
            @Valid @BeanParam PageQuery page) {
        caller.requireRegion(plans.require(planId).regionCode());
        CompletenessService.GroupBy by = CompletenessService.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
        return Page.ofList(completeness.completeness(planId, period, by), page);
    }
}
