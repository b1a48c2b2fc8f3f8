package org.duban.progress.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.ReadScope;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.supervision.SupervisionDtos.LedgerLine;
import org.duban.progress.supervision.SupervisionDtos.SweepResult;
import org.duban.progress.supervision.SupervisionDtos.UrgeRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Run the sweep now, urge by hand, read the ledger. */
@Path("/api/progress/supervision")
@Tag(name = "supervision", description = "提醒、催办与督办台账 / Reminders, urging and the supervision ledger")
public class SupervisionResource {

    private final SupervisionService supervision;
    private final PlanDirectory plans;
    private final Caller caller;

    public SupervisionResource(SupervisionService supervision, PlanDirectory plans, Caller caller) {
        this.supervision = supervision;
        this.plans = plans;
        this.caller = caller;
    }

    @POST
    @Path("/sweeps")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "runSupervisionSweep", summary = "执行提醒与逾期检查 / Run the reminder and overdue sweep",
            description = "立即执行定时任务：截止前提醒、逾期标记。按工作日历今天为休息日的计划不发提醒和催办，其个数见 plansOnRestDay，"
                    + "下一个工作日的检查补发。 / Runs the scheduled sweep now: reminders before deadlines, overdue flags. Plans whose "
                    + "working-day calendar makes today a rest day get nothing today (counted in plansOnRestDay); the next working "
                    + "day's sweep sends it.")
    public SweepResult sweep() {
        return supervision.sweep(caller.login(), caller.scopeRegion());
    }

    @POST
    @Path("/urgings")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "urgeUnit", summary = "催办 / Urge a unit",
            description = "督查室就某任务某期催办单位，记入督办台账。 / The office urges a unit about a task and period; written to the ledger.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LedgerLine.class)))
    public Response urge(@Valid @NotNull UrgeRequest request) {
        caller.requireRegion(plans.requireNamedTask(request.taskId()).regionCode);
        LedgerLine line = supervision.urge(request.taskId(), request.unitId(), request.period(), request.note(), caller.login());
        return Response.status(Response.Status.CREATED).entity(line).build();
    }

    @GET
    @Path("/ledger")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "listLedger", summary = "督办台账 / Supervision ledger",
            description = "提醒、逾期、催办、补报的记录。 / Reminders, overdue flags, urgings and late grants.")
    public Page<LedgerLine> ledger(@QueryParam("planId") String planId, @QueryParam("taskId") String taskId,
            @QueryParam("unitId") String unitId,
            @QueryParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @QueryParam("kind") UrgingEntry.Kind kind, @Valid @BeanParam PageQuery page) {
        ReadScope scope = caller.readScope();
        if (!scope.office() && unitId != null && !unitId.equals(scope.unit())) {
            throw ProblemException.forbidden("unit " + unitId + " is not your unit / 非本单位事项");
        }
        if (planId != null) {
            scope.requireRegion(plans.require(planId).regionCode());
        }
        return supervision.ledger(scope, planId, taskId, unitId, period, kind, page);
    }
}
