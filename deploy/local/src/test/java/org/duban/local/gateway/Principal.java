package org.duban.local.gateway;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.local.RunningSuite;

/** Who calls in the role matrix: every role of the region, nobody, and three kinds of tokens that must not work. */
enum Principal {
    ANONYMOUS(null, null, null),
    EXPIRED("SUPERVISOR", RunningSuite.REGION, null),
    OTHER_KEY("ADMIN", null, null),
    OTHER_REGION("SUPERVISOR", "110101", null),
    SUPERVISOR("SUPERVISOR", RunningSuite.REGION, null),
    UNIT_REPORTER("UNIT_REPORTER", RunningSuite.REGION, "1"),
    UNIT_HEAD("UNIT_HEAD", RunningSuite.REGION, "1"),
    LEADER("LEADER", RunningSuite.REGION, null),
    STATISTICIAN("STATISTICIAN", RunningSuite.REGION, null),
    ADMIN("ADMIN", null, null),
    SYSTEM("SYSTEM", null, null);

    static final String LEADER_NAME = "张副区长";

    final String role;
    final String region;
    final String unit;
    private String token;

    Principal(String role, String region, String unit) {
        this.role = role;
        this.region = region;
        this.unit = unit;
    }

    boolean invalid() {
        return this == EXPIRED || this == OTHER_KEY || this == OTHER_REGION;
    }

    /** The bearer token, or null for ANONYMOUS. */
    synchronized String token() {
        if (this == ANONYMOUS) {
            return null;
        }
        if (token == null) {
            token = sign();
        }
        return token;
    }

    private String sign() {
        Map<String, Object> claims = new LinkedHashMap<>();
        String login = "matrix-" + name().toLowerCase();
        claims.put("iss", "duban");
        claims.put("sub", login);
        claims.put("upn", login);
        claims.put("groups", List.of(role));
        if (region != null) {
            claims.put("region", region);
        }
        if (unit != null) {
            claims.put("unit", unit);
        }
        if (this == LEADER) {
            claims.put("name", LEADER_NAME);
        }
        Instant now = Instant.now();
        boolean expired = this == EXPIRED;
        claims.put("iat", (expired ? now.minusSeconds(7200) : now).getEpochSecond());
        claims.put("exp", (expired ? now.minusSeconds(3600) : now.plusSeconds(4 * 3600)).getEpochSecond());
        return Jwt.claims(claims).sign(this == OTHER_KEY ? freshKey() : RunningSuite.signingKey());
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
