package org.duban.progress.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** A plan's reporting calendar and its 补报 exceptions. */
@Path("/api/progress")
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
    public CalendarView calendar(@PathParam("planId") String planId) {
        caller.requireRegion(plans.require(planId).regionCode());
        return calendars.view(planId);
    }

    @PUT
    @Path("/plans/{planId}/calendar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CalendarView update(@PathParam("planId") String planId, @Valid @NotNull CalendarUpdate update) {
        caller.requireRegion(plans.require(planId).regionCode());
        return calendars.update(planId, update, caller.login());
    }

    @POST
    @Path("/plans/{planId}/late-grants")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response grant(@PathParam("planId") String planId, @Valid @NotNull GrantRequest request) {
        caller.requireRegion(plans.require(planId).regionCode());
        return Response.status(Response.Status.CREATED).entity(calendars.grantLateSubmission(planId, request, caller.login()))
                .build();
    }

    @GET
    @Path("/plans/{planId}/late-grants")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.ADMIN, Roles.SYSTEM})
    public Page<GrantView> grants(@PathParam("planId") String planId, @Valid @BeanParam PageQuery page) {
        caller.requireRegion(plans.require(planId).regionCode());
        return Page.ofList(calendars.grants(planId), page);
    }
}
