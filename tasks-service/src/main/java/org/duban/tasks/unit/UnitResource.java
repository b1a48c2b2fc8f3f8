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
import org.duban.tasks.unit.UnitDtos.ContactsUpdate;
import org.duban.tasks.unit.UnitDtos.ContactsView;
import org.duban.tasks.unit.UnitDtos.CreateUnit;
import org.duban.tasks.unit.UnitDtos.MergeUnits;
import org.duban.tasks.unit.UnitDtos.UnitView;
import org.duban.tasks.unit.UnitDtos.UpdateUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The unit directory, and "what must this unit do". */
@Path("/api/tasks/units")
@Tag(name = "unit", description = "单位目录：单位、单位组、人员 / The unit directory: units, groups, people")
public class UnitResource {

    private final UnitService units;
    private final TaskQueries queries;
    private final TaskService tasks;
    private final UnitContactService contacts;
    private final Caller caller;

    public UnitResource(UnitService units, TaskQueries queries, TaskService tasks, UnitContactService contacts, Caller caller) {
        this.units = units;
        this.contacts = contacts;
        this.queries = queries;
        this.tasks = tasks;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "createUnit", summary = "新增单位 / Create a unit",
            description = "向地区的单位目录新增单位。 / Adds a unit to the region's directory.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull CreateUnit request) {
        caller.requireRegion(request.regionCode());
        UnitView unit = units.create(request);
        return Responses.created("/api/tasks/units/" + unit.id(), unit);
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "listUnits", summary = "单位列表 / List units",
            description = "地区的单位目录，可按关键词与类别筛选。 / The region's unit directory, filtered by text and kind.")
    public Page<UnitView> list(@QueryParam("regionCode") String regionCode, @QueryParam("q") String q,
            @QueryParam("kind") String kindParam,
            @Parameter(description = "包括已并入其他单位的单位 / Include units merged into another")
            @QueryParam("includeMerged") @DefaultValue("false") boolean includeMerged,
            @Valid @BeanParam PageQuery page) {
        UnitKind kind = Params.enumValue(UnitKind.class, kindParam, "kind");
        return units.list(region(regionCode), q, kind, includeMerged, page);
    }

    /** The unit a name or alias means: 商务局, 区商务局 and 招商局 all answer 区商务局. */
    @GET
    @Path("resolve")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "resolveUnit", summary = "按名称识别单位 / Resolve a unit by name",
            description = "按名称或简称识别单位：商务局、区商务局、招商局都得到区商务局。 / "
                    + "The unit a name or alias means: 商务局, 区商务局 and 招商局 all answer 区商务局.")
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
    @Operation(operationId = "getUnit", summary = "单位详情 / Get a unit",
            description = "一个单位及其别名。 / One unit with its aliases.")
    public UnitView get(@PathParam("id") long id) {
        UnitView unit = units.get(id);
        caller.requireRegion(unit.regionCode());
        return unit;
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateUnit", summary = "修改单位 / Update a unit",
            description = "修改名称、别名、类别。 / Changes its name, aliases and kind.")
    public UnitView update(@PathParam("id") long id, @Valid @NotNull UpdateUnit request) {
        return units.update(id, request, caller.writeScope());
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.SYSTEM})
    @Operation(operationId = "getUnitContacts", summary = "单位联系人 / A unit's contacts",
            description = "接收本单位报送提醒、逾期和催办邮件的人员(填报人、负责人、联络员)。仅督查室和本单位可见。"
                    + " / The people the unit's reminders, overdue notices and urgings are e-mailed to (reporters, head,"
                    + " liaison). Only the office and the unit itself see them.")
    public ContactsView contacts(@PathParam("id") long id) {
        return contacts.list(id, caller);
    }

    @PUT
    @Path("{id}/contacts")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.UNIT_HEAD})
    @Operation(operationId = "replaceUnitContacts", summary = "维护单位联系人 / Replace a unit's contacts",
            description = "以给出的名单替换单位联系人(按顺序;空名单即全部删除),带单位版本号。单位负责人可维护本单位的联系人。"
                    + " 变更以 unit-contacts-changed 事件通知网关的邮件发送。 / Replaces the unit's contacts with the list"
                    + " given (in order; empty removes them all), with the unit's version. A unit head keeps their own"
                    + " unit's. The change reaches the gateway's e-mail as a unit-contacts-changed event.")
    public ContactsView replaceContacts(@PathParam("id") long id, @Valid @NotNull ContactsUpdate request) {
        return contacts.replace(id, request, caller);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "deleteUnit", summary = "删除单位 / Delete a unit",
            description = "删除未被任务引用的单位。 / Deletes a unit no task names.")
    @APIResponse(responseCode = "204", description = "已删除 / Done, nothing to answer")
    public Response delete(@PathParam("id") long id) {
        units.delete(id, caller.writeScope());
        return Response.noContent().build();
    }

    /** Merges unit {@code sourceId} into this one; tasks of published plans that named it are re-announced. */
    @POST
    @Path("{id}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "mergeUnits", summary = "合并单位 / Merge units",
            description = "将单位 sourceId 并入本单位；点名它的已发布计划的任务会重新通知。 / "
                    + "Merges unit `sourceId` into this one; tasks of published plans that named it are re-announced.")
    public UnitView merge(@PathParam("id") long id, @Valid @NotNull MergeUnits request) {
        return tasks.mergeUnits(id, request.sourceId(), caller.writeScope());
    }

    /** Every task where the unit is lead, responsible or related (also through a group), with the role. */
    @GET
    @Path("{id}/tasks")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "listUnitTasks", summary = "单位的任务 / List a unit's tasks",
            description = "单位作为牵头、责任或配合单位（含通过单位组）的全部任务及其角色。 / "
                    + "Every task where the unit is lead, responsible or related (also through a group), with the role.")
    public Page<UnitTaskView> tasks(@PathParam("id") long id,
            @Parameter(description = "单位在任务中的角色：LEAD 牵头、RESPONSIBLE 责任、RELATED 配合 / The unit's role in the task")
            @QueryParam("role") String roleParam,
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
