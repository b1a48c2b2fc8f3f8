package org.duban.gateway.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.duban.gateway.auth.UserDtos.CreateUserRequest;
import org.duban.gateway.auth.UserDtos.UserView;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/gateway/users}: the embedded user store, for administrators (not used with an OIDC provider). */
@Path("/api/gateway/users")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "users", description = "Users of the embedded login / 用户")
public class UserResource {
    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @POST
    @Operation(summary = "Add a user / 新增用户")
    public Response create(@Valid @NotNull CreateUserRequest request) {
        UserView user = users.create(request);
        return Responses.created("/api/gateway/users/" + user.login(), user);
    }

    @GET
    @Operation(summary = "List users / 用户列表")
    public Page<UserView> list(@Valid @BeanParam PageQuery page) {
        return users.list(page);
    }

    @DELETE
    @Path("{login}")
    @Operation(summary = "Disable a user: they can no longer log in / 停用用户")
    public UserView disable(@PathParam("login") String login) {
        return users.disable(login);
    }
}
