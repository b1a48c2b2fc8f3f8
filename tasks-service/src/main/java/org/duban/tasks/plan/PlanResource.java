package org.duban.tasks.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.ReadScope;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.duban.tasks.Params;
import org.duban.tasks.plan.PlanDtos.CreatePlan;
import org.duban.tasks.plan.PlanDtos.CreateSection;
import org.duban.tasks.plan.PlanDtos.PlanView;
import org.duban.tasks.plan.PlanDtos.SectionView;
import org.duban.tasks.plan.PlanDtos.Transition;
import org.duban.tasks.plan.PlanDtos.UpdatePlan;
import org.duban.tasks.task.CarryOverService;
import org.duban.tasks.task.TaskDtos.PlanCounts;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskQueries;
import org.duban.tasks.task.TaskService;
import org.duban.tasks.task.TaskStatus;
import org.duban.tasks.workplan.WorkPlanDtos.Template;
import org.duban.tasks.workplan.WorkPlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plans, their sections, counts and tasks. Published plans are public documents: anyone may read them. */
@Path("/api/tasks/plans")
@Tag(name = "plan", description = "计划（目标任务分解方案）及其章节 / Plans (decomposition plans) and their sections")
public class PlanResource {
    private final PlanService plans;
    private final TaskService tasks;
    private final TaskQueries queries;
    private final WorkPlanService workPlans;
    private final PlanDocuments documents;
    private final CarryOverService carryOver;
    private final Caller caller;

    public PlanResource(PlanService plans, TaskService tasks, TaskQueries queries, WorkPlanService workPlans,
            PlanDocuments documents, CarryOverService carryOver, Caller caller) {
        this.plans = plans;
        this.tasks = tasks;
        this.queries = queries;
        this.workPlans = workPlans;
        this.documents = documents;
        this.carryOver = carryOver;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createPlan", summary = "新建计划 / Create a plan",
            description = "新建一个草稿计划。 / Creates a draft plan.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull CreatePlan request) {
        caller.requireRegion(request.regionCode());
        PlanView plan = plans.create(request);
        return Responses.created("/api/tasks/plans/" + plan.id(), plan);
    }

    /**
     * Anonymous callers see published and archived plans of any region (published only unless asked); signed-in
     * callers their region's, drafts only for the office ({@link ReadScope}).
     */
    @GET
    @PermitAll
    @Operation(operationId = "listPlans", summary = "计划列表 / List plans",
            description = "未登录者可见各地区已发布和已归档的计划（默认仅已发布）；登录者见本地区的，草稿仅督查室可见。 / "
                    + "Anonymous callers see published and archived plans of any region (published only unless asked); "
                    + "signed-in callers their region's, drafts only for the office (`ReadScope`).")
    public Page<PlanView> list(@QueryParam("regionCode") String regionCode, @QueryParam("year") Integer year,
            @QueryParam("status") String statusParam, @Valid @BeanParam PageQuery page) {
        PlanStatus status = Params.enumValue(PlanStatus.class, statusParam, "status");
        ReadScope scope = caller.readScope();
        if (scope.publicOnly() && status == null) {
            status = PlanStatus.PUBLISHED;
        }
        return plans.list(scope, regionCode, year, status, page);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPlan", summary = "计划详情 / Get a plan",
            description = "一个计划；草稿仅督查室可见。 / One plan; drafts only for the office.")
    public PlanView get(@PathParam("id") long id) {
        PlanView plan = plans.get(id);
        readable(plan);
        return plan;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updatePlan", summary = "修改计划 / Update a plan",
            description = "修改计划的标题、填报时限等。 / Changes the plan's title, deadlines and the like.")
    public PlanView update(@PathParam("id") long id, @Valid @NotNull UpdatePlan request) {
        return plans.update(id, request, caller.writeScope());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "deletePlan", summary = "删除草稿计划 / Delete a draft plan",
            description = "只有草稿可以删除。 / Only a draft can be deleted.")
    @APIResponse(responseCode = "204", description = "已删除 / Done, nothing to answer")
    public Response delete(@PathParam("id") long id) {
        plans.deleteDraft(id, caller.writeScope());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "publishPlan", summary = "发布计划 / Publish a plan",
            description = "发布后各单位收到其任务（事件）。 / Publishing tells every unit its tasks (events).")
    public PlanView publish(@PathParam("id") long id, @Valid @NotNull Transition request) {
        return plans.publish(id, request.version(), caller.writeScope());
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "archivePlan", summary = "归档计划 / Archive a plan",
            description = "年度结束后归档。 / Archives the plan after its year.")
    public PlanView archive(@PathParam("id") long id, @Valid @NotNull Transition request) {
        return plans.archive(id, request.version(), caller.writeScope());
    }

    @GET
    @Path("{id}/sections")
    @PermitAll
    @Operation(operationId = "listSections", summary = "计划章节 / List a plan's sections",
            description = "主要预期目标、重点工作、民生实事（每部分带其下级章节），按计划顺序分页。 / The plan's parts (targets, key work, "
                    + "livelihood), each with its subsections, in plan order, paged by part like every list.")
    public Page<SectionView> sections(@PathParam("id") long id, @Valid @BeanParam PageQuery page) {
        readable(plans.get(id));
        return Page.ofList(plans.sections(id), page);
    }

    @POST
    @Path("{id}/sections")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createSection", summary = "新增章节 / Add a section",
            description = "在计划中新增一个章节。 / Adds a section to the plan.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SectionView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response addSection(@PathParam("id") long id, @Valid @NotNull CreateSection request) {
        SectionView s = plans.addSection(id, request, caller.writeScope());
        return Responses.created("/api/tasks/plans/" + id + "/sections", s);
    }

    @GET
    @Path("{id}/tasks")
    @PermitAll
    @Operation(operationId = "listPlanTasks", summary = "计划的任务 / List a plan's tasks",
            description = "计划的任务，可按章节、状态、标记、领导、单位与关键词筛选。 / The plan's tasks, filtered by section, status, marker, leader, "
                    + "unit and text.")
    public Page<TaskView> tasks(@PathParam("id") long id, @QueryParam("sectionId") Long sectionId,
            @QueryParam("sectionKind") String sectionKindParam, @QueryParam("status") String statusParam,
            @QueryParam("marker") String marker, @QueryParam("leader") String leader, @QueryParam("unitId") Long unitId,
            @QueryParam("q") String q, @Valid @BeanParam PageQuery page) {
        TaskStatus status = Params.enumValue(TaskStatus.class, statusParam, "status");
        SectionKind sectionKind = Params.enumValue(SectionKind.class, sectionKindParam, "sectionKind");
        readable(plans.get(id));
        return tasks.list(new TaskService.Filter(caller.readScope(), null, id, null, sectionId, sectionKind, status, marker, leader, unitId, q,
                null), page);
    }

    @GET
    @Path("{id}/counts")
    @PermitAll
    @Operation(operationId = "getPlanCounts", summary = "计划统计 / Plan counts",
            description = "各章节与单位的任务数。 / Numbers of tasks per section and unit.")
    public PlanCounts counts(@PathParam("id") long id) {
        readable(plans.get(id));
        return queries.counts(id);
    }

    /** The 办理方案 form units fill in, with the plan's submission deadline. */
    @GET
    @Path("{id}/work-plan-template")
    @PermitAll
    @Operation(operationId = "getWorkPlanTemplate", summary = "办理方案模板 / Work plan template",
            description = "单位填写的办理方案表及计划规定的报送时限。 / "
                    + "The 办理方案 form units fill in, with the plan's submission deadline.")
    public Template template(@PathParam("id") long id) {
        readable(plans.get(id));
        return workPlans.template(id);
    }

    /**
     * Carries last year's unfinished tasks into this draft (结转任务): {@code {fromPlanId, taskIds?}}; each carried
     * task goes into the section 上年结转任务 with its text, targets, leaders and units, linked by
     * {@code carriedFromTaskId}. 404 unknown plan; 409 the plan is not a draft; 422 the source is not an earlier plan
     * of the region or a named task is not in it or is finished. Tasks already carried are listed, not carried again.
     */
    @POST
    @Path("{id}/carry-over")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "carryOverTasks", summary = "结转任务 / Carry over last year's tasks",
            description = "将上年未完成的任务结转到本草稿计划的“上年结转任务”章节，已结转的不再重复。 / "
                    + "Carries last year's unfinished tasks into this draft (结转任务): `{fromPlanId, taskIds?}`; each "
                    + "carried task goes into the section 上年结转任务 with its text, targets, leaders and units, linked by "
                    + "`carriedFromTaskId`. 404 unknown plan; 409 the plan is not a draft; 422 the source is not an "
                    + "earlier plan of the region or a named task is not in it or is finished. Tasks already carried are "
                    + "listed, not carried again.")
    public CarryOverService.CarriedOver carryOver(@PathParam("id") long id, @Valid @NotNull CarryOverService.CarryOver request) {
        return carryOver.carryOver(id, request, caller.writeScope());
    }

    /**
     * The plan issued as its decomposition notice (关于印发…责任分解方案的通知): head, points with the plan's deadlines,
     * the plan in its sections with each task's responsibilities, the 办理方案 form as 附件. {@code format=docx}
     * (default) or {@code txt} (UTF-8); the file is named after the plan (RFC 6266 {@code filename*}). Importing it
     * gives the plan back.
     */
    @GET
    @Path("{id}/document")
    @Produces({PlanDocx.MEDIA_TYPE, "text/plain"})
    @PermitAll
    @Operation(operationId = "downloadPlanDocument", summary = "下载分解方案通知 / Download the decomposition notice",
            description = "以“关于印发…责任分解方案的通知”下载计划（DOCX或文本）。 / "
                    + "The plan issued as its decomposition notice (关于印发…责任分解方案的通知): head, points with the plan's "
                    + "deadlines, the plan in its sections with each task's responsibilities, the 办理方案 form as 附件. "
                    + "`format=docx` (default) or `txt` (UTF-8); the file is named after the plan (RFC 6266 `filename*`). "
                    + "Importing it gives the plan back.")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary"))},
            headers = @Header(name = "Content-Disposition", description = "附件及文件名 / attachment with the file name",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response document(@PathParam("id") long id,
            @Parameter(description = "下载格式：docx 或 text / Download format: docx or text")
            @QueryParam("format") @DefaultValue("docx") @Pattern(regexp = "docx|txt", message = "must be docx or txt / 格式应为docx或txt")
            String format) {
        readable(plans.get(id));
        PlanDocument document = documents.document(id);
        boolean docx = format.equals("docx");
        Object body = docx ? PlanDocx.write(document) : document.text();
        return Response.ok(body).type(docx ? PlanDocx.MEDIA_TYPE : "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(
                        document.fileStem() + (docx ? ".docx" : ".txt"), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private void readable(PlanView plan) {
        if (plan.status() != PlanStatus.DRAFT) {
            return;
        }
        ReadScope scope = caller.readScope();
        if (!scope.drafts()) {
            // a draft is nobody's business but the office's yet: answer as if it did not exist
            throw ProblemException.notFound("plan", plan.id());
        }
        scope.requireRegion(plan.regionCode());
    }
}
