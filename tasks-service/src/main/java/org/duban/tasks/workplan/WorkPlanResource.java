package org.duban.tasks.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.tasks.Params;
import org.duban.tasks.workplan.WorkPlanDtos.Decision;
import org.duban.tasks.workplan.WorkPlanDtos.Return;
import org.duban.tasks.workplan.WorkPlanDtos.UpdateWorkPlan;
import org.duban.tasks.workplan.WorkPlanDtos.WorkPlanView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Work plans: units draft and submit theirs; the supervision office approves or returns them (created under /api/tasks/tasks/{id}/work-plans). */
@Path("/api/tasks/work-plans")
@Tag(name = "work-plan", description = "办理方案 / Work plans")
public class WorkPlanResource {
    private final WorkPlanService workPlans;
    private final Caller caller;

    public WorkPlanResource(WorkPlanService workPlans, Caller caller) {
        this.workPlans = workPlans;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SYSTEM})
    @Operation(operationId = "listWorkPlans", summary = "办理方案列表 / List work plans",
            description = "按计划、任务、单位与状态筛选。 / Filtered by plan, task, unit and status.")
    public Page<WorkPlanView> list(@QueryParam("regionCode") String regionCode, @QueryParam("planId") Long planId,
            @QueryParam("taskId") Long taskId, @QueryParam("unitId") Long unitId,
            @QueryParam("status") String statusParam, @Valid @BeanParam PageQuery page) {
        WorkPlanStatus status = Params.enumValue(WorkPlanStatus.class, statusParam, "status");
        return workPlans.list(caller.readScope(), regionCode, planId, taskId, unitId, status, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SYSTEM})
    @Operation(operationId = "getWorkPlan", summary = "办理方案详情 / Get a work plan",
            description = "一份办理方案。 / One work plan.")
    public WorkPlanView get(@PathParam("id") long id) {
        return workPlans.get(id, caller.readScope());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateWorkPlan", summary = "修改办理方案 / Update a work plan",
            description = "修改草稿或被退回的办理方案。 / Edits a draft or returned work plan.")
    public WorkPlanView update(@PathParam("id") long id, @Valid @NotNull UpdateWorkPlan request) {
        return workPlans.update(id, request, caller.writeScope());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "submitWorkPlan", summary = "报送办理方案 / Submit a work plan",
            description = "单位报送督查室审核。 / The unit submits it to the office.")
    public WorkPlanView submit(@PathParam("id") long id, @Valid @NotNull Decision request) {
        return workPlans.submit(id, request.version(), caller.writeScope());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "approveWorkPlan", summary = "审核通过办理方案 / Approve a work plan",
            description = "督查室审核通过。 / The office approves it.")
    public WorkPlanView approve(@PathParam("id") long id, @Valid @NotNull Decision request) {
        return workPlans.approve(id, request.version(), caller.writeScope());
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "returnWorkPlan", summary = "退回办理方案 / Return a work plan",
            description = "督查室说明理由退回。 / The office returns it with a reason.")
    public WorkPlanView returnToUnit(@PathParam("id") long id, @Valid @NotNull Return request) {
        return workPlans.returnToUnit(id, request.reason(), request.version(), caller.writeScope());
    }
}
