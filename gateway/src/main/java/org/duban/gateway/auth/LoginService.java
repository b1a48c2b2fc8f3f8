package org.duban.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.duban.platform.problem.ProblemException;

/** Checks a login against the user store and issues the token. */
@ApplicationScoped
public class LoginService {
    // compared against when the login is unknown, so that unknown logins take as long as wrong passwords
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password");

    private final TokenIssuer issuer;
    private final AuthConfig config;

    public LoginService(TokenIssuer issuer, AuthConfig config) {
        this.issuer = issuer;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LoginResponse login(LoginRequest request) {
        GatewayUser user = GatewayUser.findById(request.login().trim());
        String hash = user != null ? user.passwordHash : DUMMY_HASH;
        boolean matches = BcryptUtil.matches(request.password(), hash);
        if (user == null || !matches || !user.enabled) {
            throw new ProblemException(401, "login-failed", "wrong login or password / 用户名或密码错误", java.util.List.of());
        }
        Set<String> roles = RoleList.parse(user.roles);
        TokenIssuer.Issued issued = issuer.issue(user.login, roles, user.regionCode, user.unitId, user.displayName,
                config.tokenLifetime());
        return new LoginResponse(issued.token(), "Bearer", Duration.between(Instant.now(), issued.expiresAt()).toSeconds(),
                issued.expiresAt(), user.login, roles, user.regionCode, user.unitId, user.displayName);
    }
}
