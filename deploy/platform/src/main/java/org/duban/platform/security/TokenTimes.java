package org.duban.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Fails closed on a signed token whose times make no sense (issue 12): issued in the future beyond the allowed
 * clock skew ({@code iat} months ahead), or without an {@code iat}. The lifetime limit ({@code exp − iat} at most
 * {@code smallrye.jwt.time-to-live} seconds, default 12 h, so a token good for a century is refused) is
 * SmallRye JWT's own check. Either answers 401 problem+json.
 */
@ApplicationScoped
public class TokenTimes implements SecurityIdentityAugmentor {

    private final Clock clock;
    private final Duration skew;

    @Inject
    public TokenTimes(@ConfigProperty(name = "duban.security.token.clock-skew", defaultValue = "PT60S") Duration skew) {
        this(Clock.systemUTC(), skew);
    }

    TokenTimes(Clock clock, Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problem(jwt.getIssuedAtTime(), clock.instant().getEpochSecond());
        return problem == null ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(new AuthenticationFailedException(problem));
    }

    /** Why a token issued at {@code issuedAt} (epoch seconds, 0 when absent) is refused at {@code now}, or null. */
    String problem(long issuedAt, long now) {
        if (issuedAt <= 0) {
            return "token has no issue time (iat)";
        }
        if (issuedAt > now + skew.toSeconds()) {
            return "token issued in the future";
        }
        return null;
    }
}
