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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/gateway/dashboards/**}: what a front end needs in one call, gathered from the services
 * with the caller's token. Each part of an answer carries its own status, so a service that is down
 * makes its part {@code unavailable} and nothing else.
 */
@Path("/api/gateway/dashboards")
@Tag(name = "dashboards", description = "One-call views for front ends / 看板")
public class DashboardResource {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PERIOD = "Q1|H1|Q3|ANNUAL";

    private final ServiceCalls calls;
    private final Caller caller;

    public DashboardResource(ServiceCalls calls, Caller caller) {
        this.calls = calls;
        this.caller = caller;
    }

    @GET
    @Path("plans/{planId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN, Roles.SYSTEM})
    @Operation(summary = "A plan's overview for a period: lights per section, completeness, status counts over the office's"
            + " base, indicator verdicts / 方案总览")
    public Uni<ObjectNode> planOverview(@PathParam("planId") @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String planId,
            @QueryParam("period") @Pattern(regexp = PERIOD) String period,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId) {
        String p = period != null ? period : ReportingPeriods.current(LocalDate.now(ZONE));
        Uni<ServiceAnswer> plan = calls.get("tasks", "/api/tasks/plans/" + planId, authorization, requestId);
        Uni<ServiceAnswer> tasks = calls.get("tasks", "/api/tasks/plans/" + planId + "/tasks?pageSize=1000", authorization, requestId);
        Uni<ServiceAnswer> pace = calls.get("progress", "/api/progress/plans/" + planId + "/pace?pageSize=1000&period=" + p,
                authorization, requestId);
        Uni<ServiceAnswer> completeness = calls.get("progress",
                "/api/progress/plans/" + planId + "/completeness?groupBy=UNIT&pageSize=1000&period=" + p, authorization, requestId);
        Uni<ServiceAnswer> statusCounts = calls.get("progress", "/api/progress/plans/" + planId + "/status-counts?period=" + p,
                authorization, requestId);
        return Uni.combine().all().unis(plan, tasks, pace, completeness, statusCounts).asTuple().flatMap(parts -> {
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
            return board.map(indicators -> PlanOverviewAssembler.assemble(planId, p, planAnswer, parts.getItem2(), parts.getItem3(),
                    parts.getItem4(), parts.getItem5(), indicators));
        });
    }

    @GET
    @Path("units/{unitId}/todo")
    @RolesAllowed({Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SUPERVISOR, Roles.ADMIN, Roles.SYSTEM})
    @Operation(summary = "A unit's to-do list: reports owed, deadlines, returned reports / 单位待办")
    public Uni<ObjectNode> unitTodo(@PathParam("unitId") @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String unitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId) {
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
    @Operation(summary = "The caller's unit's to-do list / 本单位待办")
    public Uni<ObjectNode> myTodo(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId) {
        if (caller.unitId() == null) {
            throw ProblemException.forbidden("your token names no unit / 令牌中没有单位");
        }
        return unitTodo(caller.unitId(), year, authorization, requestId);
    }

    @GET
    @Path("leaders/{name}/tasks")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.SYSTEM, Roles.LEADER})
    @Operation(summary = "The tasks a leader answers for, with their lights / 领导分管任务")
    public Uni<ObjectNode> leaderTasks(@PathParam("name") @NotBlank @Size(max = 50) String name,
            @QueryParam("period") @Pattern(regexp = PERIOD) String period,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId) {
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
    @Operation(summary = "The calling leader's tasks / 本人分管任务")
    public Uni<ObjectNode> myTasks(@QueryParam("period") @Pattern(regexp = PERIOD) String period,
            @HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId) {
        return leaderTasks(caller.name(), period, authorization, requestId);
    }
}
