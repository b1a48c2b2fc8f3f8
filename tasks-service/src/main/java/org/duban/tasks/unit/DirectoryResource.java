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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Unit groups (/api/tasks/unit-groups) and people (/api/tasks/people). */
@Path("/api/tasks")
@Tag(name = "unit", description = "单位目录：单位、单位组、人员 / The unit directory: units, groups, people")
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
    @Operation(operationId = "createUnitGroup", summary = "新增单位组 / Create a unit group",
            description = "如“各街道”，作为一个责任单位。 / Such as 各街道, named as one responsible unit.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GroupView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response createGroup(@Valid @NotNull CreateGroup request) {
        caller.requireRegion(request.regionCode());
        GroupView g = directory.createGroup(request);
        return Responses.created("/api/tasks/unit-groups/" + g.id(), g);
    }

    @GET
    @Path("unit-groups")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "listUnitGroups", summary = "单位组列表 / List unit groups",
            description = "地区的单位组。 / The region's unit groups.")
    public Page<GroupView> groups(@QueryParam("regionCode") String regionCode, @Valid @BeanParam PageQuery page) {
        return directory.listGroups(caller.allRegions() ? regionCode : caller.regionCode(), page);
    }

    @GET
    @Path("unit-groups/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "getUnitGroup", summary = "单位组详情 / Get a unit group",
            description = "一个单位组及其成员。 / One group with its members.")
    public GroupView group(@PathParam("id") long id) {
        GroupView g = directory.getGroup(id);
        caller.requireRegion(g.regionCode());
        return g;
    }

    @PUT
    @Path("unit-groups/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateUnitGroup", summary = "修改单位组 / Update a unit group",
            description = "修改名称与成员。 / Changes its name and members.")
    public GroupView updateGroup(@PathParam("id") long id, @Valid @NotNull UpdateGroup request) {
        return directory.updateGroup(id, request, caller.writeScope());
    }

    @POST
    @Path("people")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createPerson", summary = "新增人员 / Add a person",
            description = "责任领导、协管责任人或单位责任人。 / A leader, coordinator or a unit's person.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response createPerson(@Valid @NotNull CreatePerson request) {
        caller.requireRegion(request.regionCode());
        PersonView p = directory.createPerson(request);
        return Responses.created("/api/tasks/people/" + p.id(), p);
    }

    @GET
    @Path("people")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "listPeople", summary = "人员列表 / List people",
            description = "按单位与姓名筛选。 / Filtered by unit and name.")
    public Page<PersonView> people(@QueryParam("regionCode") String regionCode, @QueryParam("unitId") Long unitId,
            @QueryParam("name") String name, @Valid @BeanParam PageQuery page) {
        return directory.listPeople(caller.allRegions() ? regionCode : caller.regionCode(), unitId, name, page);
    }

    @GET
    @Path("people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "getPerson", summary = "人员详情 / Get a person",
            description = "一个人员。 / One person.")
    public PersonView person(@PathParam("id") long id) {
        PersonView p = directory.getPerson(id);
        caller.requireRegion(p.regionCode());
        return p;
    }

    @PUT
    @Path("people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updatePerson", summary = "修改人员 / Update a person",
            description = "修改姓名、职务、单位。 / Changes the name, post and unit.")
    public PersonView updatePerson(@PathParam("id") long id, @Valid @NotNull UpdatePerson request) {
        return directory.updatePerson(id, request, caller.writeScope());
    }

    @DELETE
    @Path("people/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "deletePerson", summary = "删除人员 / Delete a person",
            description = "删除一个人员。 / Deletes a person.")
    @APIResponse(responseCode = "204", description = "已删除 / Done, nothing to answer")
    public Response deletePerson(@PathParam("id") long id) {
        directory.deletePerson(id, caller.writeScope());
        return Response.noContent().build();
    }
}
