package org.duban.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * CORS only for the configured origins; 429 problem+json with Retry-After once a client has used up its bucket.
 * The bucket is small and refills so slowly here (5 requests, one more every 100 s) that how fast the machine
 * sends makes no difference: exactly 5 requests of a client pass, whether sent one by one or all at once.
 */
@QuarkusTest
@TestProfile(CorsAndRateLimitTest.Profile.class)
class CorsAndRateLimitTest {
    static final String ALLOWED = "https://duban.example.gov.cn";
    static final int CAPACITY = 5;
    static final double REFILL_PER_SECOND = 0.01;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the CORS tests below send two anonymous requests, well within a bucket of their own (the client address)
            return Map.of("duban.gateway.rate-limit.capacity", String.valueOf(CAPACITY),
                    "duban.gateway.rate-limit.refill-per-second", String.valueOf(REFILL_PER_SECOND));
        }
    }

    @TestHTTPResource("/api/auth/me")
    URI me;

    private static String tokenOfANewClient() {
        return TestTokens.builder(Set.of("SUPERVISOR"), "420102", null, "busy-" + UUID.randomUUID())
                .sign(TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    @Test
    void shouldAnswerAPreflightFromAConfiguredOrigin() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when().options("/api/tasks/tasks")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(ALLOWED));
        given().header("Origin", ALLOWED).when().get("/api/auth/me")
                .then().header("Access-Control-Allow-Origin", equalTo(ALLOWED));
    }

    @Test
    void shouldNotAllowAnOriginThatIsNotConfigured() {
        given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                .when().options("/api/tasks/tasks")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example.com").when().get("/api/gateway/asyncapi.yaml")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceOneClientHasUsedItsBucket() {
        String token = tokenOfANewClient();
        for (int i = 1; i <= CAPACITY; i++) {
            given().auth().oauth2(token).when().get("/api/auth/me").then().statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(CAPACITY))
                    .header("RateLimit-Remaining", String.valueOf(CAPACITY - i));
        }
        Response limited = given().auth().oauth2(token).when().get("/api/auth/me");
        Assertions.assertEquals("0", limited.header("RateLimit-Remaining"));
        Assertions.assertTrue(Long.parseLong(limited.header("RateLimit-Reset")) >= 1, "RateLimit-Reset");
        Assertions.assertEquals(429, limited.statusCode(), "request " + (CAPACITY + 1) + " of one client");
        limited.then().contentType("application/problem+json").body("status", equalTo(429));
        // the next token comes after 1 / refill = 100 s, less the moments the requests took
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        Assertions.assertTrue(retryAfter >= 1 && retryAfter <= 100, "Retry-After: " + retryAfter);
        given().auth().oauth2(token).when().get("/api/auth/me").then().statusCode(429);
        // another client is not affected
        given().auth().oauth2(tokenOfANewClient()).when().get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void shouldLetExactlyTheBucketThroughOfABurstSentAtOnce() throws Exception {
        String token = tokenOfANewClient();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(me).header("Authorization", "Bearer " + token).build();
        int burst = 4 * CAPACITY;
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            statuses.merge(response.get(60, TimeUnit.SECONDS).statusCode(), 1L, Long::sum);
        }
        Assertions.assertEquals(Map.of(200, (long) CAPACITY, 429, (long) (burst - CAPACITY)), statuses);
    }
}
