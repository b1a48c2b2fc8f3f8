package org.duban.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.duban.platform.security.VerifiedTokens;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The platform's {@link VerifiedTokens} is the parser in use (the door's and SmallRye JWT's own validator take it):
 * a token verified once is taken again without a second RSA verification, and an expired or foreign one is still
 * refused ({@code AuthenticationTest}).
 */
@QuarkusTest
class VerifiedTokensInUseTest {
    @Inject
    JWTParser parser;

    @Test
    void shouldParseBearerTokensThroughThePlatformsCache() {
        assertInstanceOf(VerifiedTokens.class, parser);
        String token = TestTokens.admin();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/auth/me").then().statusCode(200);
        }
    }
}
