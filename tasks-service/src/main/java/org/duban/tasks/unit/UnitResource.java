package org.duban.tasks.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.duban.tasks.Params;
import org.duban.tasks.task.TaskDtos.UnitTaskView;
import org.duban.tasks.task.TaskQueries;
import org.duban.tasks.task.TaskService;
import org.duban.tasks.task.TaskStatus;
import org.duban.tasks.task.UnitRole;
import org.duban.tasks.unit.UnitDtos.CreateUnit;
import org.duban.tasks.unit.UnitDtos.MergeUnits;
import org.duban.tasks.unit.UnitDtos.UnitView;
import org.duban.tasks.unit.UnitDtos.UpdateUnit;

/** The unit directory, and "what must this unit do". */
@Path("/api/tasks/units")
public class UnitResource {

    private final UnitService units;
    private final TaskQueries queries;
    private final TaskService tasks;
    private final Caller caller;

    public UnitResource(UnitService units, TaskQueries queries, TaskService tasks, Caller caller) {
        this.units = units;
        this.queries = queries;
        this.tasks = tasks;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateUnit request) {
        caller.requireRegion(request.regionCode());
        UnitView unit = units.create(request);
        return Responses.created("/api/tasks/units/" + unit.id(), unit);
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public Page<UnitView> list(@QueryParam("regionCode") String regionCode, @QueryParam("q") String q,
            @QueryParam("kind") String kindParam, @QueryParam("includeMerged") @DefaultValue("false") boolean includeMerged,
            @Valid @BeanParam PageQuery page) {
        UnitKind kind = Params.enumValue(UnitKind.class, kindParam, "kind");
        return units.list(region(regionCode), q, kind, includeMerged, page);
    }

    /** The unit a name or alias means: 商务局, 区商务局 and 招商局 all answer 区商务局. */
    @GET
    @Path("resolve")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public UnitView resolve(@QueryParam("regionCode") String regionCode, @QueryParam("name") String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "must not be blank / 名称不能为空");
        }
        String region = region(regionCode);
        if (region == null) {
            throw ProblemException.invalid("regionCode", "is required / 须指定地区");
        }
        return units.resolve(region, name).map(UnitView::of)
                .orElseThrow(() -> ProblemException.notFound("unit named", name));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public UnitView get(@PathParam("id") long id) {
        UnitView unit = units.get(id);
        caller.requireRegion(unit.regionCode());
        return unit;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public UnitView update(@PathParam("id") long id, @Valid @NotNull UpdateUnit request) {
        caller.requireRegion(units.get(id).regionCode());
        return units.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response delete(@PathParam("id") long id) {
        caller.requireRegion(units.get(id).regionCode());
        units.delete(id);
        return Response.noContent().build();
    }

    /** Merges unit {@code sourceId} into this one; tasks of published plans that named it are re-announced. */
    @POST
    @Path("{id}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public UnitView merge(@PathParam("id") long id, @Valid @NotNull MergeUnits request) {
        caller.requireRegion(units.get(id).regionCode());
        return tasks.mergeUnits(id, request.sourceId());
    }

    /** Every task where the unit is lead, responsible or related (also through a group), with the role. */
    @GET
    @Path("{id}/tasks")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public Page<UnitTaskView> tasks(@PathParam("id") long id, @QueryParam("role") String roleParam,
            @QueryParam("planId") Long planId, @QueryParam("year") Integer year, @QueryParam("status") String statusParam,
            @Valid @BeanParam PageQuery page) {
        TaskStatus status = Params.enumValue(TaskStatus.class, statusParam, "status");
        UnitRole role = Params.enumValue(UnitRole.class, roleParam, "role");
        return queries.forUnit(caller.readScope(), id, role, planId, year, status, page);
    }

    private String region(String requested) {
        return caller.allRegions() ? requested : caller.regionCode();
    }
}
