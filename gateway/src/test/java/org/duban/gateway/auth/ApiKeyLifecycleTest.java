package org.duban.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duban.infra.Ports;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An API key is created (secret shown once), works in its scope, is stored hashed, stops working when
 * revoked, and is exchanged at the door: the tasks service (here a bare HTTP receiver that records what
 * reached it) sees the minted token, never the key.
 */
@QuarkusTest
@TestProfile(ApiKeyLifecycleTest.Profile.class)
class ApiKeyLifecycleTest {
    // JUnit and Quarkus load this class in two class loaders: keep the port in a system property so both agree
    static final int RECEIVER_PORT = port("duban.test.api-key-receiver-port");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Queue<Received> RECEIVED = new ConcurrentLinkedQueue<>();
    private static HttpServer receiver;

    /** The tasks service is the receiver; the other services stay where %test puts them (nowhere). */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("duban.services.tasks-service.url", "http://127.0.0.1:" + RECEIVER_PORT);
        }
    }

    /** One request as it reached the service; header names compared without case. */
    record Received(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static int port(String key) {
        return Integer.parseInt((String) System.getProperties().computeIfAbsent(key, k -> String.valueOf(Ports.free())));
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", RECEIVER_PORT), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            RECEIVED.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
            // what tasks-service answers to a list nobody has tasks in
            byte[] answer = "{\"pager\":{\"page\":1,\"pageSize\":50,\"total\":0,\"pageCount\":0},\"items\":[]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> create(String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/gateway/api-keys").then().statusCode(201).extract();
    }

    @Test
    void shouldCreateUseAndRevokeAKey() {
        var created = create("{\"name\":\"统计局数据接口\",\"roles\":[\"STATISTICIAN\"],\"regionCode\":\"420102\"}");
        String id = created.path("id");
        String secret = created.path("key");
        assertTrue(secret.startsWith("dbk_"));

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
        assertNotEquals(secret, stored);
        assertEquals(ApiKeySecrets.hash(secret), stored);

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
    void shouldForwardTheExchangedTokenNotTheKeyToTheServices() throws Exception {
        String name = "区发改局填报接口";
        String secret = create("{\"name\":\"" + name + "\",\"roles\":[\"UNIT_REPORTER\"],\"regionCode\":\"420102\",\"unitId\":\"1\"}")
                .path("key");
        String requestId = "api-key-forward-" + UUID.randomUUID();
        given().header("X-API-Key", secret).header("X-Request-Id", requestId).queryParam("unitId", 1)
                .when().get("/api/tasks/tasks")
                .then().statusCode(200).body("pager.total", equalTo(0));

        List<Received> reached = RECEIVED.stream().filter(r -> requestId.equals(r.header("X-Request-Id"))).toList();
        assertEquals(1, reached.size(), "exactly one request reached the tasks service: " + RECEIVED);
        Received upstream = reached.get(0);
        assertEquals("GET", upstream.method());
        assertEquals("/api/tasks/tasks?unitId=1", upstream.uri());

        // the service got a bearer token minted for the key ...
        String authorization = upstream.header("Authorization");
        assertNotNull(authorization, "no Authorization header reached the service: " + upstream.headers());
        assertTrue(authorization.startsWith("Bearer "), authorization);
        String jwt = authorization.substring("Bearer ".length());
        assertNotEquals(secret, jwt);
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "a JWT has header, payload and signature: " + jwt);
        assertEquals("RS256", decode(parts[0]).path("alg").asText());
        JsonNode claims = decode(parts[1]);
        assertEquals("duban", claims.path("iss").asText());
        assertEquals("apikey:" + name, claims.path("upn").asText());
        assertEquals(List.of("UNIT_REPORTER"), strings(claims.path("groups")));
        assertEquals("420102", claims.path("region").asText());
        assertEquals("1", claims.path("unit").asText());
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertTrue(lifetime > 0 && lifetime <= 300, "short-lived (duban.auth.api-key-token-lifetime=5m): " + lifetime + " s");
        // ... signed with the suite's key, so the services accept it like any other token
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(TestInfrastructure.jwtKeys().keyPair().getPublic());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "the token's signature does not verify");

        // and neither the X-API-Key header nor the secret went anywhere upstream
        assertNull(upstream.header("X-API-Key"), "the X-API-Key header reached the service");
        for (Received any : RECEIVED) {
            assertFalse(any.uri().contains(secret), "the secret is in an upstream URI: " + any.uri());
            assertFalse(any.body().contains(secret), "the secret is in an upstream body");
            any.headers().forEach((header, values) -> {
                assertFalse(header.equalsIgnoreCase("X-API-Key"), "X-API-Key forwarded in " + any);
                values.forEach(value -> assertFalse(value.contains(secret), "the secret is in upstream header " + header));
            });
        }
    }

    private static JsonNode decode(String base64url) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(base64url));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
