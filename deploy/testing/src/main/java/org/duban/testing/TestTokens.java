package org.duban.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Signed tokens for tests, with the same key the services under test verify against. */
public final class TestTokens {
    private TestTokens() {}

    public static String of(Set<String> roles, String regionCode, String unitId) {
        return builder(roles, regionCode, unitId, "test-user").sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    public static JwtClaimsBuilder builder(Set<String> roles, String regionCode, String unitId, String login) {
        JwtClaimsBuilder claims = Jwt.issuer("duban").upn(login).subject(login).groups(roles)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofHours(1)));
        if (regionCode != null) {
            claims.claim("region", regionCode);
        }
        if (unitId != null) {
            claims.claim("unit", unitId);
        }
        return claims;
    }

    public static String supervisor(String regionCode) {
        return of(Set.of("SUPERVISOR"), regionCode, null);
    }

    public static String unitReporter(String regionCode, String unitId) {
        return of(Set.of("UNIT_REPORTER"), regionCode, unitId);
    }

    public static String unitHead(String regionCode, String unitId) {
        return of(Set.of("UNIT_HEAD"), regionCode, unitId);
    }

    public static String statistician(String regionCode) {
        return of(Set.of("STATISTICIAN"), regionCode, null);
    }

    public static String leader(String regionCode, String name) {
        return builder(Set.of("LEADER"), regionCode, null, name).claim("name", name)
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    public static String admin() {
        return of(Set.of("ADMIN"), null, null);
    }

    public static String system() {
        return of(Set.of("SYSTEM"), null, null);
    }

    /** A token that expired an hour ago. */
    public static String expired(Set<String> roles, String regionCode) {
        return builder(roles, regionCode, null, "expired-user")
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }
}
