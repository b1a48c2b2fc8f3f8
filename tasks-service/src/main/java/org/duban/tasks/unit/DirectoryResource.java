package org.duban.tasks.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.duban.tasks.unit.UnitDtos.CreateGroup;
import org.duban.tasks.unit.UnitDtos.CreatePerson;
import org.duban.tasks.unit.UnitDtos.GroupView;
import org.duban.tasks.unit.UnitDtos.PersonView;
import org.duban.tasks.unit.UnitDtos.UpdateGroup;
import org.duban.tasks.unit.UnitDtos.UpdatePerson;

/** Unit groups (/api/tasks/unit-groups) and people (/api/tasks/people). */
@Path("/api/tasks")
public class DirectoryResource {
    private final DirectoryService directory;
    private final Caller caller;

    public DirectoryResource(DirectoryService directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @POST
    @Path("unit-groups")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response createGroup(@Valid @NotNull CreateGroup request) {
        caller.requireRegion(request.regionCode());
        GroupView g = directory.createGroup(request);
        return Responses.created("/api/tasks/unit-groups/" + g.id(), g);
    }

    @GET
    @Path("unit-groups")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public Page<GroupView> groups(@QueryParam("regionCode") String regionCode, @Valid @BeanParam PageQuery page) {
        return directory.listGroups(caller.allRegions() ? regionCode : caller.regionCode(), page);
    }

    @GET
    @Path("unit-groups/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public GroupView group(@PathParam("id") long id) {
        GroupView g = directory.getGroup(id);
        caller.requireRegion(g.regionCode());
        return g;
    }

    @PUT
    @Path("unit-groups/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public GroupView updateGroup(@PathParam("id") long id, @Valid @NotNull UpdateGroup request) {
        caller.requireRegion(directory.getGroup(id).regionCode());
        return directory.updateGroup(id, request);
    }

    @POST
    @Path("people")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response createPerson(@Valid @NotNull CreatePerson request) {
        caller.requireRegion(request.regionCode());
        PersonView p = directory.createPerson(request);
        return Responses.created("/api/tasks/people/" + p.id(), p);
    }

    @GET
    @Path("people")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public Page<PersonView> people(@QueryParam("regionCode") String regionCode, @QueryParam("unitId") Long unitId,
            @QueryParam("name") String name, @Valid @BeanParam PageQuery page) {
        return directory.listPeople(caller.allRegions() ? regionCode : caller.regionCode(), unitId, name, page);
    }

    @GET
    @Path("people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public PersonView person(@PathParam("id") long id) {
        PersonView p = directory.getPerson(id);
        caller.requireRegion(p.regionCode());
        return p;
    }

    @PUT
    @Path("people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public PersonView updatePerson(@PathParam("id") long id, @Valid @NotNull UpdatePerson request) {
        caller.requireRegion(directory.getPerson(id).regionCode());
        return directory.updatePerson(id, request);
    }

    @DELETE
    @Path("people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response deletePerson(@PathParam("id") long id) {
        caller.requireRegion(directory.getPerson(id).regionCode());
        directory.deletePerson(id);
        return Response.noContent().build();
    }
}
