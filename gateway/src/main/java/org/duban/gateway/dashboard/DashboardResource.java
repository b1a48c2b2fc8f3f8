package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/gateway/dashboards/**}: what a front end needs in one call, gathered from the services
 * with the caller's token. Each part of an answer carries its own status, so a service that is down
 * makes its part {@code unavailable} and nothing else.
 */
@Path("/api/gateway/dashboards")
@Tag(name = "dashboards", description = "看板：前端一次调用所需 / Dashboards: what a front end needs in one call")
public class DashboardResource {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PERIOD = org.duban.platform.input.PeriodCodes.PATTERN;

    private final ServiceCalls calls;
    private final Caller caller;

    public DashboardResource(ServiceCalls calls, Caller caller) {
        this.calls = calls;
        this.caller = caller;
    }

    @GET
    @Path("plans/{planId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getPlanOverview", summary = "计划总览 / Plan overview for a period",
            description = "各章节红黄绿灯、报送完整度、统计口径下的状态计数、指标评价；各部分各有状态，某服务不可用只影响其部分。 / Lights per section, completeness, status "
                    + "counts over the office's base and indicator verdicts; each part has its own status, so a service "
                    + "that is down costs only its part.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DashboardShapes.PlanOverview.class)))
    @APIResponse(responseCode = "422", description = "报告期不在该计划的填报日历中 / The period is not in the plan's reporting calendar")
    public Uni<ObjectNode> planOverview(@PathParam("planId") @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String planId,
            @QueryParam("period") @Pattern(regexp = PERIOD) String period,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId) {
        String p = period != null ? period : ReportingPeriods.current(LocalDate.now(ZONE));
        Uni<ServiceAnswer> plan = calls.get("tasks", "/api/tasks/plans/" + planId, authorization, requestId);
        Uni<ServiceAnswer> tasks = calls.get("tasks", "/api/tasks/plans/" + planId + "/tasks?pageSize=1000", authorization, requestId);
        // pace, completeness and status counts in one call: progress-service builds the period's snapshot once for the three
        Uni<ServiceAnswer> periodParts = calls.get("progress", "/api/progress/plans/" + planId + "/overview?period=" + p,
                authorization, requestId);
        return Uni.combine().all().unis(plan, tasks, periodParts).asTuple().flatMap(parts -> {
            ServiceAnswer planAnswer = parts.getItem1();
            if (planAnswer.status() == 404) {
                // tasks-service answered: there is no such plan (a service that is down still gives a partial overview)
                return Uni.createFrom().failure(ProblemException.notFound("plan", planId));
            }
            String region = planAnswer.ok() ? planAnswer.body().path("regionCode").asText(caller.regionCode()) : caller.regionCode();
            int year = planAnswer.ok() ? planAnswer.body().path("year").asInt(LocalDate.now(ZONE).getYear()) : LocalDate.now(ZONE).getYear();
            Uni<ServiceAnswer> board = region == null ? Uni.createFrom().item(new ServiceAnswer("indicators-service", 400, null))
                    : calls.get("indicators", "/api/indicators/board?pageSize=1000&regionCode=" + region + "&year=" + year + "&period=" + p,
                            authorization, requestId);
            ServiceAnswer overview = parts.getItem3();
            if (overview.status() == 422) {
                // progress-service answered: the plan's calendar has no such period — the request's fault, not a part's outage
                return Uni.createFrom().failure(ProblemException.unprocessable("period " + p + " is not in the reporting calendar of plan "
                        + planId + " / 报告期不在填报日历中"));
            }
            return board.map(indicators -> PlanOverviewAssembler.assemble(planId, p, planAnswer, parts.getItem2(),
                    overview.field("pace"), overview.field("completeness"), overview.field("statusCounts"), indicators));
        });
    }

    @GET
    @Path("units/{unitId}/todo")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SUPERVISOR, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getUnitTodo", summary = "单位待办 / A unit's to-do list",
            description = "应报而未报的报告、截止时间、被退回的报告；退回的在前，其余按截止时间。 / Reports owed, their deadlines, returned reports; returned "
                    + "first, then by deadline.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DashboardShapes.UnitTodo.class)))
    public Uni<ObjectNode> unitTodo(@PathParam("unitId") @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String unitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId) {
        caller.requireUnit(unitId);
        LocalDate today = LocalDate.now(ZONE);
        int y = year != null ? year : today.getYear();
        Uni<ServiceAnswer> obligations = calls.get("progress", "/api/progress/obligations?pageSize=1000&unitId=" + unitId + "&year=" + y,
                authorization, requestId);
        Uni<ServiceAnswer> reports = calls.get("progress", "/api/progress/reports?pageSize=1000&unitId=" + unitId, authorization, requestId);
        return Uni.combine().all().unis(obligations, reports).asTuple()
                .map(parts -> UnitTodoAssembler.assemble(unitId, parts.getItem1(), parts.getItem2(), today));
    }

    @GET
    @Path("my/todo")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD})
    @Operation(operationId = "getMyTodo", summary = "本单位待办 / The caller's unit's to-do list",
            description = "与单位待办相同，单位取自令牌。 / As the unit's to-do list, for the unit in your token.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DashboardShapes.UnitTodo.class)))
    public Uni<ObjectNode> myTodo(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId) {
        if (caller.unitId() == null) {
            throw ProblemException.forbidden("your token names no unit / 令牌中没有单位");
        }
        return unitTodo(caller.unitId(), year, authorization, requestId);
    }

    @GET
    @Path("leaders/{name}/tasks")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.SYSTEM, Roles.LEADER})
    @Operation(operationId = "getLeaderTasks", summary = "领导分管任务 / A leader's tasks with their lights",
            description = "领导作为责任领导的任务及其红黄绿灯；进展服务不可用时灯为 UNKNOWN。 / The tasks a leader answers for, with each task's light "
                    + "(UNKNOWN while progress-service is down).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DashboardShapes.LeaderTasks.class)))
    public Uni<ObjectNode> leaderTasks(@PathParam("name") @NotBlank @Size(max = 50) String name,
            @QueryParam("period") @Pattern(regexp = PERIOD) String period,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId) {
        if (caller.has(Roles.LEADER) && !caller.hasAny(Roles.SUPERVISOR, Roles.ADMIN, Roles.SYSTEM) && !name.equals(caller.name())) {
            throw ProblemException.forbidden("a leader reads their own tasks / 仅可查看本人分管任务");
        }
        String p = period != null ? period : ReportingPeriods.current(LocalDate.now(ZONE));
        return calls.get("tasks", "/api/tasks/tasks?pageSize=1000&leader=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                authorization, requestId).flatMap(tasks -> {
                    List<String> planIds = tasks.items().findValuesAsText("planId").stream().distinct()
                            .filter(id -> !id.isBlank() && !"null".equals(id)).limit(20).toList();
                    if (planIds.isEmpty()) {
                        return Uni.createFrom().item(LeaderTasksAssembler.assemble(name, p, tasks, List.of()));
                    }
                    List<Uni<ServiceAnswer>> paces = planIds.stream().map(planId -> calls.get("progress",
                            "/api/progress/plans/" + planId + "/pace?pageSize=1000&period=" + p, authorization, requestId)).toList();
                    return Uni.join().all(paces).andFailFast()
                            .map(answers -> LeaderTasksAssembler.assemble(name, p, tasks, answers));
                });
    }

    @GET
    @Path("my/tasks")
    @RolesAllowed(Roles.LEADER)
    @Operation(operationId = "getMyTasks", summary = "本人分管任务 / The calling leader's tasks",
            description = "与领导分管任务相同，姓名取自令牌。 / As a leader's tasks, for the name in your token.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DashboardShapes.LeaderTasks.class)))
    public Uni<ObjectNode> myTasks(@QueryParam("period") @Pattern(regexp = PERIOD) String period,
            @Parameter(hidden = true) @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId) {
        return leaderTasks(caller.name(), period, authorization, requestId);
    }
}
