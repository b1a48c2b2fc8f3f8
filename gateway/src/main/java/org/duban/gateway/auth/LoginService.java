package org.duban.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.duban.platform.problem.ProblemException;

/**
 * Checks a login against the user store and issues the token. Guessing is slowed per account (OWASP ASVS 2.2.1):
 * {@code duban.auth.lockout.max-failures} consecutive wrong passwords lock the account for
 * {@code duban.auth.lockout.duration}, during which every login answers 429 with {@code Retry-After}, the right
 * password included. A success clears the count. Unknown logins cost the same bcrypt check as known ones.
 */
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

    /**
     * @throws ProblemException 401 for a wrong login or password or a disabled account; {@link AccountLocked} (429)
     *         while the account is locked
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LoginResponse login(LoginRequest request) {
        String login = request.login().trim();
        GatewayUser user = GatewayUser.findById(login);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (user != null && user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            throw new AccountLocked(Duration.between(now, user.lockedUntil));
        }
        String hash = user != null ? user.passwordHash : DUMMY_HASH;
        boolean matches = BcryptUtil.matches(request.password(), hash);
        if (user != null && !matches) {
            recordFailure(login, now);
        }
        if (user == null || !matches || !user.enabled) {
            throw new ProblemException(401, "login-failed", "wrong login or password / 用户名或密码错误", List.of());
        }
        if (user.failedLogins > 0) {
            QuarkusTransaction.requiringNew().run(() -> GatewayUser.update("failedLogins = 0 where login = ?1", login));
        }
        Set<String> roles = RoleList.parse(user.roles);
        TokenIssuer.Issued issued = issuer.issue(user.login, roles, user.regionCode, user.unitId, user.displayName,
                config.tokenLifetime());
        return new LoginResponse(issued.token(), "Bearer", Duration.between(Instant.now(), issued.expiresAt()).toSeconds(),
                issued.expiresAt(), user.login, roles, user.regionCode, user.unitId, user.displayName);
    }

    /**
     * A person of the embedded login changes their own password: the current one must be right (a wrong one counts
     * towards the lockout like a failed login, so this is no side door for guessing), the new one differs from it.
     *
     * @throws ProblemException 404 when the caller has no account in the embedded store (API keys, OIDC logins);
     *         400 naming {@code currentPassword} when it is wrong or {@code newPassword} when it equals the current one;
     *         {@link AccountLocked} (429) while the account is locked
     */
    @Transactional
    public void changePassword(String login, PasswordChange change) {
        GatewayUser user = login == null ? null : GatewayUser.findById(login);
        if (user == null || !user.enabled) {
            throw new ProblemException(404, "no-account", "no password is kept here for this login (API key or single sign-on) "
                    + "/ 该账号不在本系统登录库中,无法在此修改密码", List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            throw new AccountLocked(Duration.between(now, user.lockedUntil));
        }
        if (!BcryptUtil.matches(change.currentPassword(), user.passwordHash)) {
            recordFailure(login, now);
            throw ProblemException.invalid("currentPassword", "the current password is wrong / 当前密码不正确");
        }
        if (change.currentPassword().equals(change.newPassword())) {
            throw ProblemException.invalid("newPassword", "the new password must differ from the current one / 新密码不能与当前密码相同");
        }
        user.passwordHash = BcryptUtil.bcryptHash(change.newPassword());
        user.failedLogins = 0;
    }

    /**
     * Counts a wrong password in its own transaction (the 401 that follows must not roll it back), atomically, so
     * that guesses sent in parallel are all counted; the one that reaches the limit locks the account.
     */
    private void recordFailure(String login, OffsetDateTime now) {
        QuarkusTransaction.requiringNew().run(() -> {
            GatewayUser.update("failedLogins = failedLogins + 1 where login = ?1", login);
            GatewayUser.update("lockedUntil = ?2, failedLogins = 0 where login = ?1 and failedLogins >= ?3", login,
                    now.plus(config.lockout().duration()), config.lockout().maxFailures());
        });
    }

    /** 429: the account is locked for {@code retryAfter} after too many failed logins. */
    public static final class AccountLocked extends ProblemException {
        private final Duration retryAfter;

        AccountLocked(Duration retryAfter) {
            super(429, "account-locked", "too many failed logins: this account is locked for " + seconds(retryAfter)
                    + " s / 登录失败次数过多,账号已临时锁定,请稍后再试", List.of());
            this.retryAfter = retryAfter;
        }

        /** Whole seconds until logins are taken again, at least 1. */
        public long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        private static long seconds(Duration d) {
            return Math.max(1, (d.toMillis() + 999) / 1000);
        }
    }
}
