package org.duban.indicators.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Signed tokens whose times make no sense are refused like forged ones (issue 12): issued months ahead, or
 * valid for a century. A token of normal shape still works.
 */
@QuarkusTest
class TokenTimesHttpTest {
    private static final String REGION = "420102";

    /** Signed with the suite's key by SmallRye JWT Build; iat and exp given are kept as they are. */
    private static String signed(Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "duban");
        claims.put("sub", "token-times");
        claims.put("upn", "token-times");
        claims.put("groups", List.of("STATISTICIAN"));
        claims.put("region", REGION);
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        return Jwt.claims(claims).sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    @Test
    void shouldRefuseATokenIssuedMonthsAhead() {
        Instant ahead = Instant.now().plus(Duration.ofDays(90));
        given().auth().oauth2(signed(ahead, ahead.plus(Duration.ofHours(1))))
                .queryParam("regionCode", REGION).when().get("/api/indicators/targets")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldRefuseATokenValidForACentury() {
        Instant now = Instant.now();
        given().auth().oauth2(signed(now, now.plus(Duration.ofDays(36_500))))
                .queryParam("regionCode", REGION).when().get("/api/indicators/targets")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldAcceptATokenOfNormalShape() {
        Instant now = Instant.now();
        given().auth().oauth2(signed(now, now.plus(Duration.ofHours(8))))
                .queryParam("regionCode", REGION).when().get("/api/indicators/targets")
                .then().statusCode(200);
    }
}
