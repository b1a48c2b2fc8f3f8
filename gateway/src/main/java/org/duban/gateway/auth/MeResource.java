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
@Tag(name = "auth")
public class MeResource {
    private final Caller caller;

    public MeResource(Caller caller) {
        this.caller = caller;
    }

    /** The caller's identity and scope. */
    public record Me(String login, Set<String> roles, String regionCode, String unitId, String name) {}

    @GET
    @Authenticated
    @Operation(summary = "Who am I / 当前用户")
    public Me me() {
        return new Me(caller.login(), caller.roles(), caller.regionCode(), caller.unitId(), caller.name());
    }
}
