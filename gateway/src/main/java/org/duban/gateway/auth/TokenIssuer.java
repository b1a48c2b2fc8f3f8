package org.duban.gateway.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Signs the suite's tokens with smallrye.jwt.sign.key.location: issuer, groups, region, unit, name,
 * upn — the claims every service reads through {@code Caller}.
 */
@ApplicationScoped
public class TokenIssuer {
    private final AuthConfig config;

    public TokenIssuer(AuthConfig config) {
        this.config = config;
    }

    /** A signed token and when it expires. */
    public record Issued(String token, Instant expiresAt) {}

    public Issued issue(String login, Set<String> roles, String regionCode, String unitId, String name, Duration lifetime) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer()).upn(login).subject(login).groups(roles)
                .issuedAt(now).expiresAt(expiresAt);
        if (regionCode != null) {
            claims.claim("region", regionCode);
        }
        if (unitId != null) {
            claims.claim("unit", unitId);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        return new Issued(claims.sign(), expiresAt);
    }
}
