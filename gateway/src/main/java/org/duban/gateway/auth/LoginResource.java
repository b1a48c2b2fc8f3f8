package org.duban.gateway.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/auth/login}: a login and password in, a bearer token out. */
@Path("/api/auth/login")
@Tag(name = "auth", description = "Log in / 登录")
public class LoginResource {
    private final LoginService logins;

    public LoginResource(LoginService logins) {
        this.logins = logins;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in and get a bearer token / 登录获取令牌",
            description = "Answers 401 problem+json for a wrong login or password.")
    public LoginResponse login(@Valid @NotNull LoginRequest request) {
        return logins.login(request);
    }
}
