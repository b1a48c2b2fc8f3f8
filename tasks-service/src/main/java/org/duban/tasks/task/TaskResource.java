package org.duban.tasks.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;

@Path("/api/tasks/tasks")
public class TaskResource {
    private final TaskService tasks;
    private final Caller caller;

    public TaskResource(TaskService tasks, Caller caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(@Valid @NotNull CreateTaskRequest request) {
        caller.requireRegion(request.regionCode());
        TaskView task = tasks.create(request);
        return Response.created(URI.create("/api/tasks/tasks/" + task.id())).entity(task).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public TaskView get(@PathParam("id") long id) {
        TaskView task = tasks.get(id);
        caller.requireRegion(task.regionCode());
        return task;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    public Page<TaskView> list(@QueryParam("regionCode") String regionCode, @Valid @BeanParam PageQuery page) {
        String region = caller.allRegions() ? regionCode : caller.regionCode();
        return tasks.list(region, page);
    }
}
