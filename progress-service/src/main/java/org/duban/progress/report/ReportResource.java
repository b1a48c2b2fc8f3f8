package org.duban.progress.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.ReadScope;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.duban.progress.assignment.Assignment;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.report.ReportDtos.DiffView;
import org.duban.progress.report.ReportDtos.History;
import org.duban.progress.report.ReportDtos.ReportDraft;
import org.duban.progress.report.ReportDtos.ReportEdit;
import org.duban.progress.report.ReportDtos.ReportView;
import org.duban.progress.report.ReportDtos.ReportReturnBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Progress reports. A unit's reporter drafts and edits, its head approves (审定 = submit), the
 * supervision office accepts or returns. Units see their own reports, and a lead unit sees its
 * co-units' reports on the tasks it leads.
 */
@Path("/api/progress")
@Tag(name = "report", description = "进展报告：起草、审定、审核、退回 / Progress reports: draft, approve, accept, return")
public class ReportResource {

    private static final String[] OFFICE = {Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM};

    private final ReportService reports;
    private final PlanDirectory plans;
    private final Caller caller;

    public ReportResource(ReportService reports, PlanDirectory plans, Caller caller) {
        this.reports = reports;
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @Path("/reports")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "createReport", summary = "起草进展报告 / Draft a progress report",
            description = "单位为任务的某一报告期起草报告。 / A unit drafts its report on a task for a period.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    @Transactional
    public Response create(@Valid @NotNull ReportDraft draft) {
        String unitId = draft.unitId() != null ? draft.unitId() : caller.unitId();
        caller.requireUnit(unitId);
        TaskView task = TaskView.findById(draft.taskId());
        if (task != null) {
            caller.requireRegion(task.regionCode);
        }
        ReportView created = reports.create(draft, unitId, caller.login());
        return Responses.created("/api/progress/reports/" + created.id(), created);
    }

    @PUT
    @Path("/reports/{id}")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "editReport", summary = "修改进展报告 / Edit a progress report",
            description = "修改草稿或被退回的报告；需带版本。 / Edits a draft or returned report; needs its version.")
    @Transactional
    public ReportView edit(@PathParam("id") String id, @Valid @NotNull ReportEdit edit) {
        requireOwnUnit(id);
        return reports.edit(id, edit, caller.login());
    }

    @POST
    @Path("/reports/{id}/approve")
    @RolesAllowed(Roles.UNIT_HEAD)
    @Operation(operationId = "approveReport", summary = "审定并报送 / Approve and submit a report",
            description = "单位负责人审定后报送督查室。 / The unit head approves; the report is submitted to the office.")
    @Transactional
    public ReportView approve(@PathParam("id") String id) {
        requireOwnUnit(id);
        return reports.approve(id, caller.login());
    }

    @POST
    @Path("/reports/{id}/accept")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "acceptReport", summary = "审核通过 / Accept a report",
            description = "督查室审核通过已报送的报告。 / The office accepts a submitted report.")
    @Transactional
    public ReportView accept(@PathParam("id") String id) {
        caller.requireRegion(reports.require(id).regionCode);
        return reports.accept(id, caller.login());
    }

    @POST
    @Path("/reports/{id}/return")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "returnReport", summary = "退回报告 / Return a report",
            description = "督查室说明理由退回报告。 / The office returns a report with a reason.")
    @Transactional
    public ReportView returnReport(@PathParam("id") String id, @Valid @NotNull ReportReturnBody body) {
        caller.requireRegion(reports.require(id).regionCode);
        return reports.returnReport(id, body.reason(), caller.login());
    }

    @POST
    @Path("/reports/{id}/revise")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "reviseReport", summary = "修订报告 / Revise a report",
            description = "在已报送的报告基础上起草新版本。 / Starts a new version from a submitted report.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    @Transactional
    public Response revise(@PathParam("id") String id) {
        requireOwnUnit(id);
        ReportView revised = reports.revise(id, caller.login());
        return Responses.created("/api/progress/reports/" + revised.id(), revised);
    }

    @GET
    @Path("/reports/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "getReport", summary = "进展报告详情 / Get a progress report",
            description = "一份进展报告。 / One progress report.")
    public ReportView get(@PathParam("id") String id) {
        requireReadable(reports.require(id));
        return reports.get(id);
    }

    @GET
    @Path("/reports/{id}/history")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "getReportHistory", summary = "报告历史 / A report's history",
            description = "报告的各个版本与状态变化。 / The report's versions and status changes.")
    public History history(@PathParam("id") String id) {
        requireReadable(reports.require(id));
        return reports.history(id);
    }

    @GET
    @Path("/reports/{id}/diff")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "diffReport", summary = "报告版本比较 / Compare report versions",
            description = "与上一版本或指定版本的逐字段差异。 / Field by field changes against the previous or a given version.")
    public DiffView diff(@PathParam("id") String id,
            @Parameter(description = "对比的版本号（缺省为上一版本） / The version to compare with (the previous one when absent)")
            @QueryParam("against") @Min(1) Integer against) {
        requireReadable(reports.require(id));
        return reports.diff(id, against);
    }

    @GET
    @Path("/reports")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "listReports", summary = "进展报告列表 / List progress reports",
            description = "按计划、任务、单位、报告期、状态筛选。 / Filtered by plan, task, unit, period and status.")
    public Page<ReportView> list(@QueryParam("planId") String planId, @QueryParam("taskId") String taskId,
            @QueryParam("unitId") String unitId,
            @QueryParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @QueryParam("status") ReportStatus status,
            @Parameter(description = "只看每个任务、单位、报告期的当前版本 / Only the current version of each task, unit and period")
            @QueryParam("current") Boolean current, @Valid @BeanParam PageQuery page) {
        List<String> units = unitId == null ? null : List.of(unitId);
        if (!caller.hasAny(OFFICE)) {
            if (unitId != null && !unitId.equals(caller.unitId())) {
                // a lead unit may read its co-units' reports on a task it leads
                if (taskId == null || !leads(taskId)) {
                    throw ProblemException.forbidden("unit " + unitId + " is not your unit / 非本单位事项");
                }
            } else if (taskId == null || !leads(taskId)) {
                units = List.of(String.valueOf(caller.unitId()));
            }
        }
        return reports.list(caller.readScope(), planId, taskId, units, period, status, current == null || current, page);
    }

    /** Every unit's latest report on a task for a period: what the lead unit consolidates. */
    @GET
    @Path("/tasks/{taskId}/reports")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "listTaskReports", summary = "任务的各单位报告 / Reports on a task",
            description = "各单位就某任务某期的最新报告：牵头单位汇总所用。 / "
                    + "Every unit's latest report on a task for a period: what the lead unit consolidates.")
    public Page<ReportView> forTask(@PathParam("taskId") String taskId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @Valid @BeanParam PageQuery page) {
        TaskView task = plans.requireTask(taskId);
        caller.requireRegion(task.regionCode);
        if (!caller.hasAny(OFFICE) && !leads(taskId)) {
            throw ProblemException.forbidden("only the lead unit sees its co-units' reports / 仅牵头单位可查看协办单位报告");
        }
        return Page.ofList(reports.currentForTask(caller.readScope(), taskId, period), page);
    }

    private boolean leads(String taskId) {
        Assignment a = caller.unitId() == null ? null : Assignment.findById(new Assignment.Key(taskId, caller.unitId()));
        return a != null && a.role == Assignment.Role.LEAD;
    }

    private void requireOwnUnit(String id) {
        Report r = reports.require(id);
        caller.requireRegion(r.regionCode);
        if (!r.unitId.equals(caller.unitId())) {
            throw ProblemException.forbidden("report " + id + " belongs to another unit / 非本单位报告");
        }
    }

    private void requireReadable(Report r) {
        ReadScope scope = caller.readScope();
        scope.requireRegion(r.regionCode);
        // a co-unit's draft is its own until its head approves it: the lead unit sees it once submitted
        if (scope.seesUnit(r.unitId, r.status != ReportStatus.DRAFT && leads(r.taskId))) {
            return;
        }
        throw ProblemException.forbidden("report " + r.id + " belongs to another unit / 非本单位报告");
    }
}
