package org.duban.progress.counting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.counting.CountingDtos.Classification;
import org.duban.progress.counting.CountingDtos.ClassificationView;
import org.duban.progress.counting.CountingDtos.CountsView;
import org.duban.progress.counting.CountingDtos.RuleUpdate;
import org.duban.progress.counting.CountingDtos.RuleView;

/** A plan's counting rule (统计口径), the office's per-task categories, and a period's status counts. */
@Path("/api/progress")
public class CountingResource {

    private final CountingService counting;
    private final PlanDirectory plans;
    private final Caller caller;

    public CountingResource(CountingService counting, PlanDirectory plans, Caller caller) {
        this.counting = counting;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Path("/plans/{planId}/counting")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
    public RuleView rule(@PathParam("planId") String planId) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.rule(planId);
    }

    @PUT
    @Path("/plans/{planId}/counting")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public RuleView update(@PathParam("planId") String planId, @Valid @NotNull RuleUpdate update) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.update(planId, update, caller.login());
    }

    @PUT
    @Path("/plans/{planId}/periods/{period}/classifications/{taskId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public ClassificationView classify(@PathParam("planId") String planId,
            @PathParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @PathParam("taskId") String taskId, @Valid @NotNull Classification body) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.classify(planId, period, taskId, body.category(), caller.login());
    }

    @DELETE
    @Path("/plans/{planId}/periods/{period}/classifications/{taskId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public void unclassify(@PathParam("planId") String planId,
            @PathParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @PathParam("taskId") String taskId) {
        caller.requireRegion(plans.require(planId).regionCode());
        counting.unclassify(planId, period, taskId);
    }

    /** The period's tasks by category, with shares of the base and the "expected to complete" figure. */
    @GET
    @Path("/plans/{planId}/status-counts")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
    public CountsView counts(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.counts(planId, period);
    }
}
