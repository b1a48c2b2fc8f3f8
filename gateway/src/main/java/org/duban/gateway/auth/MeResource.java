package org.duban.gateway.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.quarkus.security.Authenticated;
import java.util.Set;
import org.duban.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/auth/me}: what the gateway reads from the caller's token, for a front end to show;
 * {@code PUT /api/auth/me/password}: a person of the embedded login changes their own password.
 */
@Path("/api/auth/me")
@Tag(name = "auth", description = "登录与令牌 / Login and tokens")
public class MeResource {
    private final Caller caller;
    private final LoginService logins;

    public MeResource(Caller caller, LoginService logins) {
        this.caller = caller;
        this.logins = logins;
    }

    /** The caller's identity and scope. */
    public record Me(String login, Set<String> roles, String regionCode, String unitId, String name) {}

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "当前用户 / Who am I",
            description = "网关从您的令牌中读取的角色、地区、单位与姓名。 / The roles, region, unit and name the gateway reads from your token.")
    public Me me() {
        return new Me(caller.login(), caller.roles(), caller.regionCode(), caller.unitId(), caller.name());
    }

    /**
     * 204 once changed; 400 naming the field (current password wrong, new one too short or unchanged); 404 for a
     * caller without an embedded account; 429 while locked. Tokens already issued stay valid until they expire.
     */
    @PUT
    @Path("password")
    @Authenticated
    @Operation(operationId = "changeMyPassword", summary = "修改本人密码 / Change my password",
            description = "当前密码错误计入登录失败次数。 / A wrong current password counts as a failed login.")
    @APIResponse(responseCode = "204", description = "已修改 / Changed")
    public void changePassword(@Valid @NotNull PasswordChange change) {
        logins.changePassword(caller.login(), change);
    }
}
