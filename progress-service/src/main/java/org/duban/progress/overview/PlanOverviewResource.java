package org.duban.progress.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.duban.platform.openapi.ApiDocumentFilter;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.completeness.CompletenessService;
import org.duban.progress.counting.CountingDtos.CountsView;
import org.duban.progress.counting.CountingService;
import org.duban.progress.pace.PaceResource.TaskPace;
import org.duban.progress.pace.PeriodSnapshot;
import org.duban.progress.pace.PeriodSnapshotService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plan's period at a glance, for the gateway's plan dashboard: every task's light, the completeness per unit and the
 * status counts, all three from one {@link PeriodSnapshot} — the same figures as {@code /pace}, {@code /completeness}
 * and {@code /status-counts}, which would each build the snapshot again (issue 14: the dashboard built it three times).
 */
@Path("/api/progress/plans/{planId}/overview")
@Tag(name = "pace", description = "红黄绿灯预警 / Status lights against time")
public class PlanOverviewResource {

    /**
     * The three parts of one period.
     *
     * @param pace every task of the plan with its light (as {@code GET …/pace}, unpaged, in the plan's order)
     * @param completeness reports owed and received per unit (as {@code GET …/completeness?groupBy=UNIT}, unpaged)
     * @param statusCounts the period's tasks by category over the office's base (as {@code GET …/status-counts})
     */
    public record PeriodOverview(String planId, String period, List<TaskPace> pace, List<CompletenessService.Row> completeness,
            CountsView statusCounts) {
    }

    private final PeriodSnapshotService snapshots;
    private final CompletenessService completeness;
    private final CountingService counting;
    private final PlanDirectory plans;
    private final Caller caller;

    public PlanOverviewResource(PeriodSnapshotService snapshots, CompletenessService completeness, CountingService counting,
            PlanDirectory plans, Caller caller) {
        this.snapshots = snapshots;
        this.completeness = completeness;
        this.counting = counting;
        this.plans = plans;
        this.caller = caller;
    }

    /** 404 problem for an unknown plan, 422 for a period its calendar lacks, 403 for another region's plan, 400 for a malformed period. */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    @Extension(name = ApiDocumentFilter.PERIOD_IN_CALENDAR, value = "true")
    @Operation(operationId = "getPeriodOverview", summary = "计划某期总览 / A plan's period at a glance",
            description = "一次给出每项任务的红黄绿灯、按单位的报送完整度和状态统计(与 pace、completeness、status-counts 的数字相同，只算一次)。 / "
                    + "Every task's light, completeness per unit and the status counts in one answer — the same figures as "
                    + "pace, completeness and status-counts, computed once.")
    public PeriodOverview overview(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period) {
        PlanDirectory.PlanInfo plan = plans.require(planId);
        caller.requireRegion(plan.regionCode());
        PeriodSnapshot snapshot = snapshots.snapshot(plan, period);
        return new PeriodOverview(planId, snapshot.entry().period().code(), snapshot.tasks().stream().map(TaskPace::of).toList(),
                completeness.completeness(snapshot, CompletenessService.GroupBy.UNIT), counting.counts(snapshot));
    }
}
