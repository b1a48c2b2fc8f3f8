package org.duban.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Login against the seeded demo users, and which tokens the gateway refuses at the door. */
@QuarkusTest
class AuthenticationTest {
    // %test.duban.auth.demo.password in application.properties
    static final String DEMO_PASSWORD = "test-demo-password";

    static String login(String login, String password) {
        return given().contentType(ContentType.JSON).body("{\"login\":\"%s\",\"password\":\"%s\"}".formatted(login, password))
                .when().post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void shouldIssueATokenWithRoleRegionAndUnitForADemoUser() {
        given().contentType(ContentType.JSON).body("{\"login\":\"reporter\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue())
                .body("expiresIn", greaterThan(3600))
                .body("roles", containsInAnyOrder("UNIT_REPORTER"))
                .body("regionCode", equalTo("420102"))
                .body("unitId", equalTo("1"));
    }

    @Test
    void shouldAcceptTheIssuedTokenAndReadItsClaims() {
        String token = login("supervisor", DEMO_PASSWORD);
        given().auth().oauth2(token).when().get("/api/auth/me")
                .then().statusCode(200)
                .body("login", equalTo("supervisor"))
                .body("roles", containsInAnyOrder("SUPERVISOR"))
                .body("regionCode", equalTo("420102"))
                .body("name", equalTo("区政府督查室"));
    }

    @Test
    void shouldAnswer401ProblemForAWrongPassword() {
        given().contentType(ContentType.JSON).body("{\"login\":\"supervisor\",\"password\":\"wrong\"}")
                .when().post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldAnswer401ProblemForAnUnknownLogin() {
        given().contentType(ContentType.JSON).body("{\"login\":\"nobody\",\"password\":\"" + DEMO_PASSWORD + "\"}")
                .when().post("/api/auth/login")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer400ProblemForALoginWithoutPassword() {
        given().contentType(ContentType.JSON).body("{\"login\":\"supervisor\"}")
                .when().post("/api/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldKeepPasswordsOnlyAsBcryptHashes() {
        String hash = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((GatewayUser) GatewayUser.findById("supervisor")).passwordHash);
        org.junit.jupiter.api.Assertions.assertTrue(hash.startsWith("$2"), "bcrypt hash expected");
        org.junit.jupiter.api.Assertions.assertFalse(hash.contains(DEMO_PASSWORD));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String expired = TestTokens.expired(Set.of("SUPERVISOR"), "420102");
        given().auth().oauth2(expired).when().get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(expired).when().get("/api/tasks/tasks")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        String forged = Jwt.issuer("duban").upn("mallory").subject("mallory").groups(Set.of("ADMIN"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).sign(other.getPrivate());
        given().auth().oauth2(forged).when().get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(forged).when().get("/api/gateway/audit")
                .then().statusCode(401);
        given().auth().oauth2(forged).when().delete("/api/tasks/tasks/1")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenOfARegionTheGatewayDoesNotServe() {
        String otherRegion = TestTokens.supervisor("110101");
        given().auth().oauth2(otherRegion).when().get("/api/auth/me")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(otherRegion).when().get("/api/tasks/tasks")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        String token = TestTokens.builder(Set.of("SUPERVISOR"), "420102", null, "someone").issuer("elsewhere")
                .sign(org.duban.testing.TestInfrastructure.jwtKeys().keyPair().getPrivate());
        given().auth().oauth2(token).when().get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void shouldAnswer401ToAnAnonymousCallOfAProtectedGatewayEndpoint() {
        given().when().get("/api/auth/me").then().statusCode(401);
        given().when().get("/api/gateway/audit").then().statusCode(401);
    }
}
