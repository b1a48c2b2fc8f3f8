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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/gateway/users}: the embedded user store, for administrators (not used with an OIDC provider). */
@Path("/api/gateway/users")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "users", description = "内置登录的用户 / Users of the embedded login")
public class UserResource {
    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @POST
    @Operation(operationId = "createUser", summary = "新增用户 / Add a user",
            description = "内置登录的用户；密码至少10位，只保存bcrypt摘要。 / A user of the embedded login; the password (at least 10 "
                    + "characters) is kept as a bcrypt hash only.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull CreateUserRequest request) {
        UserView user = users.create(request);
        return Responses.created("/api/gateway/users/" + user.login(), user);
    }

    @GET
    @Operation(operationId = "listUsers", summary = "用户列表 / List users",
            description = "内置登录的全部用户。 / Every user of the embedded login.")
    public Page<UserView> list(@Valid @BeanParam PageQuery page) {
        return users.list(page);
    }

    @DELETE
    @Path("{login}")
    @Operation(operationId = "disableUser", summary = "停用用户 / Disable a user",
            description = "停用后不能再登录。 / They can no longer log in.")
    public UserView disable(@PathParam("login") String login) {
        return users.disable(login);
    }
}
