package org.duban.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.duban.gateway.access.CallerInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/auth/login}: a login and password in, a bearer token out. */
@Path("/api/auth/login")
@Tag(name = "auth", description = "登录与令牌 / Login and tokens")
public class LoginResource {
    private final LoginService logins;

    public LoginResource(LoginService logins) {
        this.logins = logins;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "登录获取令牌 / Log in and get a bearer token",
            description = "错误的登录名或密码为401；连续失败后账户锁定期间为429并带 Retry-After。 / 401 for a wrong login or password; 429 with "
                    + "Retry-After while the account is locked after too many failed logins.")
    public LoginResponse login(@Valid @NotNull LoginRequest request, RoutingContext rc) {
        // the audit row of this attempt names the account tried, not just "anonymous"
        CallerInfo door = rc.get(CallerInfo.KEY);
        rc.put(CallerInfo.KEY, new CallerInfo("login:" + request.login().trim(), Set.of(), null, null,
                door != null ? door.rateKey() : null));
        return logins.login(request);
    }
}
