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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tasks: create by hand, change who answers for them (with version), move their status, and query them. */
@Path("/api/tasks/tasks")
@Tag(name = "task", description = "任务及其责任矩阵 / Tasks and their responsibility matrix")
public class TaskResource {
    private final TaskService tasks;
    private final TaskViewCache reads;
    private final WorkPlanService workPlans;
    private final Caller caller;

    public TaskResource(TaskService tasks, TaskViewCache reads, WorkPlanService workPlans, Caller caller) {
        this.tasks = tasks;
        this.reads = reads;
        this.workPlans = workPlans;
        this.caller = caller;
    }

    /** A lead or responsible unit (or a member of a responsible group) drafts its 办理方案 for the task. */
    @POST
    @Path("{id}/work-plans")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createWorkPlan", summary = "起草办理方案 / Draft a work plan",
            description = "牵头或责任单位（或责任单位组成员）为任务起草办理方案。 / "
                    + "A lead or responsible unit (or a member of a responsible group) drafts its 办理方案 for the task.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WorkPlanView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response createWorkPlan(@PathParam("id") long id, @Valid @NotNull CreateWorkPlan request) {
        WorkPlanView wp = workPlans.create(id, request, caller.writeScope());
        return Responses.created("/api/tasks/work-plans/" + wp.id(), wp);
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createTask", summary = "新增任务 / Create a task",
            description = "在计划中新增一项任务及其责任领导与单位。 / Adds a task to a plan with its leaders and units.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TaskView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull CreateTask request) {
        caller.requireRegion(request.regionCode());
        TaskView task = tasks.create(request);
        return Responses.created("/api/tasks/tasks/" + task.id(), task);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "getTask", summary = "任务详情 / Get a task",
            description = "一项任务及其责任矩阵。 / One task with its responsibility matrix.")
    @APIResponse(responseCode = "200", description = "任务 / The task",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TaskView.class)))
    public TaskViewCache.TaskJson get(@PathParam("id") long id) {
        return reads.read(id, caller.readScope());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateTask", summary = "修改任务 / Update a task",
            description = "修改任务内容与责任；需带版本。 / Changes the task and its responsibilities; needs its version.")
    public TaskView update(@PathParam("id") long id, @Valid @NotNull UpdateTask request) {
        return tasks.update(id, request, caller.writeScope());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "changeTaskStatus", summary = "变更任务状态 / Change a task's status",
            description = "如完成、暂缓、取消。 / E.g. completed, suspended, cancelled.")
    public TaskView changeStatus(@PathParam("id") long id, @Valid @NotNull ChangeStatus request) {
        return tasks.changeStatus(id, request, caller.writeScope());
    }

    /** Filters: planId, year, sectionId (with its subsections), sectionKind, status, marker, leader, unitId, q, indicatorCode. */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "listTasks", summary = "任务列表 / List tasks",
            description = "按计划、年度、章节、状态、标记、领导、单位、关键词、指标筛选任务。 / "
                    + "Filters: planId, year, sectionId (with its subsections), sectionKind, status, marker, leader, "
                    + "unitId, q, indicatorCode.")
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
