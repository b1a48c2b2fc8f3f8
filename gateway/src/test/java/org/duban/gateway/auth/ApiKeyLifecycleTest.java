package org.duban.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** An API key is created (secret shown once), works in its scope, is stored hashed, and stops working when revoked. */
@QuarkusTest
class ApiKeyLifecycleTest {

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> create(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/gateway/api-keys").then().statusCode(201).extract();
    }

    @Test
    void shouldCreateUseAndRevokeAKey() {
        var created = create("{\"name\":\"统计局数据接口\",\"roles\":[\"STATISTICIAN\"],\"regionCode\":\"420102\"}");
        String id = created.path("id");
        String secret = created.path("key");
        org.junit.jupiter.api.Assertions.assertTrue(secret.startsWith("dbk_"));

        given().header("X-API-Key", secret).when().get("/api/auth/me")
                .then().statusCode(200)
                .body("login", equalTo("apikey:统计局数据接口"))
                .body("roles", containsInAnyOrder("STATISTICIAN"))
                .body("regionCode", equalTo("420102"));

        // the secret is never listed
        given().auth().oauth2(TestTokens.admin()).queryParam("pageSize", 1000).when().get("/api/gateway/api-keys")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.key", nullValue())
                .body("items.find { it.id == '" + id + "' }.active", equalTo(true));
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((ApiKey) ApiKey.findById(java.util.UUID.fromString(id))).secretHash);
        org.junit.jupiter.api.Assertions.assertNotEquals(secret, stored);
        org.junit.jupiter.api.Assertions.assertEquals(ApiKeySecrets.hash(secret), stored);

        given().auth().oauth2(TestTokens.admin()).when().delete("/api/gateway/api-keys/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        given().header("X-API-Key", secret).when().get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldNotLetAKeyActBeyondItsRoles() {
        String secret = create("{\"name\":\"只读\",\"roles\":[\"LEADER\"],\"regionCode\":\"420102\"}").path("key");
        given().header("X-API-Key", secret).when().get("/api/gateway/api-keys").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnUnknownKey() {
        given().header("X-API-Key", "dbk_" + "x".repeat(43)).when().get("/api/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldLetOnlyAdministratorsManageKeys() {
        given().auth().oauth2(TestTokens.supervisor("420102")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"roles\":[\"SYSTEM\"]}")
                .when().post("/api/gateway/api-keys").then().statusCode(403);
        given().when().get("/api/gateway/api-keys").then().statusCode(401);
    }

    @Test
    void shouldRejectUnknownRolesAndUnitRolesWithoutAUnit() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"roles\":[\"GOD\"],\"regionCode\":\"420102\"}")
                .when().post("/api/gateway/api-keys").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("roles"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"roles\":[\"UNIT_REPORTER\"],\"regionCode\":\"420102\"}")
                .when().post("/api/gateway/api-keys").then().statusCode(400)
                .body("violations.field", hasItem("unitId"));
    }

    @Test
    void shouldForwardTheExchangedTokenNotTheKeyToTheServices() {
        String secret = create("{\"name\":\"sys\",\"roles\":[\"SYSTEM\"]}").path("key");
        // no service runs in this test: the point is that the key was accepted at the door (503, not 401)
        given().header("X-API-Key", secret).when().get("/api/tasks/tasks")
                .then().statusCode(503).body("type", not(startsWith("x")));
    }
}
