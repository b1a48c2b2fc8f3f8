package org.duban.progress.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.calendar.CalendarDtos.WorkingDaysUpdate;
import org.duban.progress.calendar.CalendarDtos.WorkingDaysView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The official working-day schedule (国务院节假日安排), one year at a time: read by everyone signed in, kept current by
 * ADMIN. It is national: no region scope.
 */
@Path("/api/progress/working-days")
@Tag(name = "working-days", description = "法定工作日（节假日与调休） / Official working days (holidays and 调休)")
public class WorkingDaysResource {

    private final OfficialSchedule schedule;
    private final Caller caller;

    public WorkingDaysResource(OfficialSchedule schedule, Caller caller) {
        this.schedule = schedule;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "listWorkingDayYears", summary = "工作日年度列表 / List working-day years",
            description = "已有的年度工作日安排（国务院节假日与调休）。 / The years whose working days are known (the State Council's holidays "
                    + "and 调休).")
    public Page<WorkingDaysView> years(@Valid @BeanParam PageQuery page) {
        return Page.ofList(schedule.years(), page);
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "getWorkingDays", summary = "年度工作日 / Get a year's working days",
            description = "一年的节假日与调休上班日。 / A year's holidays and make-up working days.")
    public WorkingDaysView year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return schedule.year(year);
    }

    /** Adds or replaces a year's schedule (a new notice, a late change); an existing year needs its version. */
    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putWorkingDays", summary = "设置年度工作日 / Set a year's working days",
            description = "新增或替换一年的工作日安排（新通知、临时调整）；已有年度需带版本。 / "
                    + "Adds or replaces a year's schedule (a new notice, a late change); an existing year needs its "
                    + "version.")
    public WorkingDaysView update(@PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull WorkingDaysUpdate update) {
        return schedule.update(year, update, caller.login());
    }
}
