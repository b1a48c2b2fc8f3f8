package org.duban.progress.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.BeanParam;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos.CalendarUpdate;
import org.duban.progress.calendar.CalendarDtos.CalendarView;
import org.duban.progress.calendar.CalendarDtos.GrantRequest;
import org.duban.progress.calendar.CalendarDtos.GrantView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's reporting calendar and its 补报 exceptions. */
@Path("/api/progress")
@Tag(name = "calendar", description = "报告期、填报时限与补报 / Reporting calendar, deadlines and late filing")
public class CalendarResource {

    private final CalendarService calendars;
    private final PlanDirectory plans;
    private final Caller caller;

    public CalendarResource(CalendarService calendars, PlanDirectory plans, Caller caller) {
        this.calendars = calendars;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Path("/plans/{planId}/calendar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getCalendar", summary = "报告日历 / Get a plan's reporting calendar",
            description = "计划各报告期的填报时限。 / The plan's deadline for each reporting period.")
    public CalendarView calendar(@PathParam("planId") String planId) {
        caller.requireRegion(plans.require(planId).regionCode());
        return calendars.view(planId);
    }

    @PUT
    @Path("/plans/{planId}/calendar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateCalendar", summary = "修改报告日历 / Change a plan's reporting calendar",
            description = "以所列报告期替换本计划的报告日历:未列出的报告期不再报送(如改为按月报送);只改一个截止日时请列出全部报告期。"
                    + "同一日期列两次按一次计。 / Replaces the plan's reporting calendar with the periods listed: a period not "
                    + "listed is no longer reported (a plan moved to monthly reports lists its months); to move one deadline, "
                    + "list every period with it. A day listed twice counts once.")
    public CalendarView update(@PathParam("planId") String planId, @Valid @NotNull CalendarUpdate update) {
        caller.requireRegion(plans.require(planId).regionCode());
        return calendars.update(planId, update, caller.login());
    }

    @DELETE
    @Path("/plans/{planId}/calendar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "resetCalendar", summary = "恢复默认报告日历 / Put a plan back on the default calendar",
            description = "删除计划自定的时限、放假与调休，恢复默认时限与国家工作日安排；补报许可保留。 / Drops the plan's own "
                    + "deadlines, holidays and make-up days: the default deadlines on the official schedule again; late-filing "
                    + "grants stay.")
    public CalendarView reset(@PathParam("planId") String planId) {
        caller.requireRegion(plans.require(planId).regionCode());
        return calendars.reset(planId, caller.login());
    }

    @POST
    @Path("/plans/{planId}/late-grants")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "grantLateFiling", summary = "准予补报 / Grant late filing",
            description = "准许某单位在截止后补报某期。 / Lets a unit file a period after its deadline.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantView.class)))
    public Response grant(@PathParam("planId") String planId, @Valid @NotNull GrantRequest request) {
        caller.requireRegion(plans.require(planId).regionCode());
        return Response.status(Response.Status.CREATED).entity(calendars.grantLateSubmission(planId, request, caller.login()))
                .build();
    }

    @GET
    @Path("/plans/{planId}/late-grants")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "listLateGrants", summary = "补报许可列表 / List late-filing grants",
            description = "计划的全部补报许可。 / Every late-filing grant of the plan.")
    public Page<GrantView> grants(@PathParam("planId") String planId, @Valid @BeanParam PageQuery page) {
        caller.requireRegion(plans.require(planId).regionCode());
        return Page.ofList(calendars.grants(planId), page);
    }
}
