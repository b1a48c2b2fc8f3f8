package org.duban.progress.pace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.duban.platform.openapi.ApiDocumentFilter;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pace and status light (红黄绿灯) of every task of a plan for a period. */
@Path("/api/progress/plans/{planId}/pace")
@Tag(name = "pace", description = "红黄绿灯预警 / Status lights against time")
public class PaceResource {

    public record TaskPace(String taskId, String number, String title, String leadUnit, PaceStatus status, StatusLight light,
            double expectedPercent, Double actualPercent, List<String> reasons, List<String> overdueUnits) {

        /** One task's row of a period snapshot: its light, the shares expected and reported (%), the overdue units. */
        public static TaskPace of(PeriodSnapshot.TaskState t) {
            return new TaskPace(t.task().taskId, t.task().number, t.task().title, t.task().leadUnitName, t.pace().status(),
                    t.pace().light(), t.pace().expectedPercent(), t.pace().actualPercent(), t.pace().reasons(),
                    t.units().stream().filter(PeriodSnapshot.UnitState::overdue).map(u -> u.assignment().unitName).toList());
        }
    }

    private final PeriodSnapshotService snapshots;
    private final PlanDirectory plans;
    private final Caller caller;

    public PaceResource(PeriodSnapshotService snapshots, PlanDirectory plans, Caller caller) {
        this.snapshots = snapshots;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "getPace", summary = "红黄绿灯 / Status lights of a plan",
            description = "每项任务对照序时进度与报告的灯色及原因。 / Each task's light against time and its reports, with the reasons.")
    public Page<TaskPace> pace(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @Parameter(description = "只看某种灯：GREEN、AMBER、RED、NONE / Only tasks with this light")
            @QueryParam("light") StatusLight light, @Valid @BeanParam PageQuery page) {
        PlanDirectory.PlanInfo plan = plans.require(planId);
        caller.requireRegion(plan.regionCode());
        List<TaskPace> all = snapshots.snapshot(plan, period).tasks().stream()
                .map(TaskPace::of)
                .filter(p -> light == null || p.light() == light)
                .toList();
        return Page.ofList(all, page);
    }
}
