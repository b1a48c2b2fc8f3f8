package org.duban.tasks.task;

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
import jakarta.ws.rs.core.Response;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.duban.tasks.Params;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.task.TaskDtos.ChangeStatus;
import org.duban.tasks.task.TaskDtos.CreateTask;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UpdateTask;
import org.duban.tasks.workplan.WorkPlanDtos.CreateWorkPlan;
import org.duban.tasks.workplan.WorkPlanDtos.WorkPlanView;
import org.duban.tasks.workplan.WorkPlanService;

/** Tasks: create by hand, change who answers for them (with version), move their status, and query them. */
@Path("/api/tasks/tasks")
public class TaskResource {
    private final TaskService tasks;
    private final WorkPlanService workPlans;
    private final Caller caller;

    public TaskResource(TaskService tasks, WorkPlanService workPlans, Caller caller) {
        this.tasks = tasks;
        this.workPlans = workPlans;
        this.caller = caller;
    }

    /** A lead or responsible unit (or a member of a responsible group) drafts its 办理方案 for the task. */
    @POST
    @Path("{id}/work-plans")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SUPERVISOR, Roles.ADMIN})
    public Response createWorkPlan(@PathParam("id") long id, @Valid @NotNull CreateWorkPlan request) {
        caller.requireRegion(tasks.get(id).regionCode());
        caller.requireUnit(String.valueOf(request.unitId()));
        WorkPlanView wp = workPlans.create(id, request);
        return Responses.created("/api/tasks/work-plans/" + wp.id(), wp);
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateTask request) {
        caller.requireRegion(request.regionCode());
        TaskView task = tasks.create(request);
        return Responses.created("/api/tasks/tasks/" + task.id(), task);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public TaskView get(@PathParam("id") long id) {
        return tasks.get(id, caller.readScope());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public TaskView update(@PathParam("id") long id, @Valid @NotNull UpdateTask request) {
        caller.requireRegion(tasks.get(id).regionCode());
        return tasks.update(id, request);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public TaskView changeStatus(@PathParam("id") long id, @Valid @NotNull ChangeStatus request) {
        caller.requireRegion(tasks.get(id).regionCode());
        return tasks.changeStatus(id, request);
    }

    /** Filters: planId, year, sectionId (with its subsections), sectionKind, status, marker, leader, unitId, q, indicatorCode. */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public Page<TaskView> list(@QueryParam("regionCode") String regionCode, @QueryParam("planId") Long planId,
            @QueryParam("year") Integer year, @QueryParam("sectionId") Long sectionId,
            @QueryParam("sectionKind") String sectionKindParam, @QueryParam("status") String statusParam,
            @QueryParam("marker") String marker, @QueryParam("leader") String leader, @QueryParam("unitId") Long unitId,
            @QueryParam("q") String q, @QueryParam("indicatorCode") String indicatorCode,
            @Valid @BeanParam PageQuery page) {
        TaskStatus status = Params.enumValue(TaskStatus.class, statusParam, "status");
        SectionKind sectionKind = Params.enumValue(SectionKind.class, sectionKindParam, "sectionKind");
        return tasks.list(new TaskService.Filter(caller.readScope(), regionCode, planId, year, sectionId, sectionKind, status, marker, leader,
                unitId, q, indicatorCode), page);
    }
}
