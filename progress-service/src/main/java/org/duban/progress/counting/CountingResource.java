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
import org.duban.platform.openapi.ApiDocumentFilter;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.counting.CountingDtos.Classification;
import org.duban.progress.counting.CountingDtos.ClassificationView;
import org.duban.progress.counting.CountingDtos.CountsView;
import org.duban.progress.counting.CountingDtos.RuleUpdate;
import org.duban.progress.counting.CountingDtos.RuleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's counting rule (统计口径), the office's per-task categories, and a period's status counts. */
@Path("/api/progress")
@Tag(name = "counting", description = "完成情况统计口径与分类 / Counting rules and task classifications")
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
    @Operation(operationId = "getCountingRule", summary = "统计口径 / Get a plan's counting rule",
            description = "完成情况的统计口径（基数与分类）。 / How tasks are counted (base and categories).")
    public RuleView rule(@PathParam("planId") String planId) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.rule(planId);
    }

    @PUT
    @Path("/plans/{planId}/counting")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateCountingRule", summary = "修改统计口径 / Change a plan's counting rule",
            description = "修改完成情况的统计口径。 / Changes how tasks are counted.")
    public RuleView update(@PathParam("planId") String planId, @Valid @NotNull RuleUpdate update) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.update(planId, update, caller.login());
    }

    @PUT
    @Path("/plans/{planId}/periods/{period}/classifications/{taskId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "classifyTask", summary = "设定任务分类 / Classify a task for a period",
            description = "督查室为某期的一项任务设定完成类别。 / The office sets a task's category for a period.")
    public ClassificationView classify(@PathParam("planId") String planId,
            @PathParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @PathParam("taskId") String taskId, @Valid @NotNull Classification body) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.classify(planId, period, taskId, body.category(), caller.login());
    }

    @DELETE
    @Path("/plans/{planId}/periods/{period}/classifications/{taskId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "unclassifyTask", summary = "取消任务分类 / Remove a task's classification",
            description = "恢复为按报告自动分类。 / Back to the category its reports give.")
    @APIResponse(responseCode = "204", description = "已删除 / Done, nothing to answer")
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
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "getStatusCounts", summary = "任务状态统计 / Task status counts",
            description = "某期任务按类别统计，含占基数的比例和“预计能完成”的数字。 / "
                    + "The period's tasks by category, with shares of the base and the \"expected to complete\" figure.")
    public CountsView counts(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period) {
        caller.requireRegion(plans.require(planId).regionCode());
        return counting.counts(planId, period);
    }
}
