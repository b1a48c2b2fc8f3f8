package org.duban.gateway.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import io.quarkus.security.Authenticated;
import java.util.Set;
import org.duban.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/auth/me}: what the gateway reads from the caller's token, for a front end to show. */
@Path("/api/auth/me")
@Tag(name = "auth", description = "登录与令牌 / Login and tokens")
public class MeResource {
    private final Caller caller;

    public MeResource(Caller caller) {
        this.caller = caller;
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
}
