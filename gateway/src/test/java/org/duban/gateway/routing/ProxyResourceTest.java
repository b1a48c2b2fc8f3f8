package org.duban.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duban.infra.Ports;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway against a stand-in tasks service (a bare HTTP server that echoes what reached it), a
 * progress service that is not running at all, and an indicators service that takes every request and
 * drops the connection without an answer (counting what reached it).
 */
@QuarkusTest
@TestProfile(ProxyResourceTest.Profile.class)
class ProxyResourceTest {
    // JUnit and Quarkus load this class in two class loaders: keep the ports in system properties so both agree
    static final int UPSTREAM_PORT = port("duban.test.upstream-port");
    // port 1: nothing listens there, and no connection can take it as its own local port. A free port picked at random
    // could be listened on later by another component of the test run, or be the ephemeral port a connection to itself
    // gets (a loopback self-connect): either way the call hung until the timeout and the test saw 504 (CI, 2026-12-02)
    static final int DEAD_PORT = 1;
    static final int DROPPING_PORT = port("duban.test.dropping-port");
    private static final AtomicInteger DROPPED = new AtomicInteger();
    static final int MAX_ANSWER = 1 << 20;
    /** Connections of the stand-in that closed while it was still sending an endless or oversized answer. */
    private static final AtomicInteger CUT_OFF = new AtomicInteger();
    /** Endless answers the stand-in has begun to send. */
    private static final AtomicInteger ENDLESS_STARTED = new AtomicInteger();
    private static Vertx vertx;
    private static HttpServer upstream;
    private static HttpServer dropping;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("duban.services.tasks-service.url", "http://127.0.0.1:" + UPSTREAM_PORT,
                    "duban.services.progress-service.url", "http://127.0.0.1:" + DEAD_PORT,
                    "duban.services.indicators-service.url", "http://127.0.0.1:" + DROPPING_PORT,
                    "duban.gateway.timeout", "2s",
                    "duban.gateway.max-answer-size", String.valueOf(MAX_ANSWER),
                    // an open circuit stays open for the whole test, however slowly the machine gets through it
                    "duban.gateway.circuit-breaker.delay", "10m");
        }
    }

    private static int port(String key) {
        return Integer.parseInt((String) System.getProperties().computeIfAbsent(key, k -> String.valueOf(Ports.free())));
    }

    @BeforeAll
    static void startUpstream() throws Exception {
        vertx = Vertx.vertx();
        upstream = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().endsWith("/slow")) {
                return;
            }
            if (request.path().endsWith("/huge") || request.path().endsWith("/huge-announced") || request.path().endsWith("/endless")) {
                sendWithoutEnd(request);
                return;
            }
            request.response().setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json")
                    // what every real service sends (platform configuration)
                    .putHeader("X-Frame-Options", "DENY").putHeader("X-Content-Type-Options", "nosniff")
                    .end("{\"method\":\"" + request.method() + "\",\"uri\":\"" + request.uri() + "\",\"auth\":\""
                            + request.getHeader("Authorization") + "\",\"requestId\":\"" + request.getHeader("X-Request-Id")
                            + "\",\"acceptEncoding\":\"" + request.getHeader("Accept-Encoding")
                            + "\",\"deadline\":\"" + request.getHeader("X-Duban-Timeout-Ms")
                            + "\",\"body\":" + (body.length() == 0 ? "null" : body.toString()) + "}");
        })).listen(UPSTREAM_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        dropping = vertx.createHttpServer().requestHandler(request -> {
            DROPPED.incrementAndGet();
            request.connection().close();
        }).listen(DROPPING_PORT, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /**
     * /huge: 3 MiB in 64 KiB chunks, then nothing more and no end; /huge-announced: Content-Length 3 MiB, 64 KiB sent,
     * then nothing; /endless: a byte every 50 ms for ever. Each counts its connection's close in {@link #CUT_OFF}.
     */
    private static void sendWithoutEnd(io.vertx.core.http.HttpServerRequest request) {
        var response = request.response().putHeader("Content-Type", "application/json");
        response.closeHandler(ignored -> CUT_OFF.incrementAndGet());
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        if (request.path().endsWith("/endless")) {
            ENDLESS_STARTED.incrementAndGet();
            response.setChunked(true);
            vertx.setPeriodic(50, timer -> {
                if (response.closed()) {
                    vertx.cancelTimer(timer);
                } else {
                    response.write(" ");
                }
            });
        } else if (request.path().endsWith("/huge-announced")) {
            response.putHeader("Content-Length", String.valueOf(3 * MAX_ANSWER)).write(io.vertx.core.buffer.Buffer.buffer(chunk));
        } else {
            response.setChunked(true);
            for (int i = 0; i < 3 * MAX_ANSWER / chunk.length; i++) {
                response.write(io.vertx.core.buffer.Buffer.buffer(chunk));
            }
        }
    }

    @AfterAll
    static void stopUpstream() throws Exception {
        upstream.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        dropping.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close();
    }

    @Test
    void shouldForwardMethodPathQueryBodyAndTokenUnchanged() {
        String token = TestTokens.supervisor("420102");
        given().header("Authorization", "Bearer " + token).header("X-Request-Id", "req-1")
                .contentType("application/json").body("{\"title\":\"任务\"}")
                .queryParam("x", 1).queryParam("y", "任")
                .when().post("/api/tasks/tasks")
                .then().statusCode(201)
                .header("X-Request-Id", "req-1")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/tasks/tasks?x=1&y=%E4%BB%BB"))
                .body("auth", equalTo("Bearer " + token))
                .body("body.title", equalTo("任务"));
    }

    /**
     * The service is told how long the gateway still waits (its 2 s timeout less 500 ms for the way back), so that it
     * rolls back what it would store after the gateway had answered 504; a client that waits less is believed, one
     * that claims more or sends nonsense is not.
     */
    @Test
    void shouldTellTheServiceHowLongTheGatewayWaits() {
        String token = TestTokens.supervisor("420102");
        given().header("Authorization", "Bearer " + token).when().get("/api/tasks/units")
                .then().statusCode(200).body("deadline", equalTo("1500"));
        given().header("Authorization", "Bearer " + token).header("X-Duban-Timeout-Ms", "700").when().get("/api/tasks/units")
                .then().statusCode(200).body("deadline", equalTo("700"));
        given().header("Authorization", "Bearer " + token).header("X-Duban-Timeout-Ms", "60000").when().get("/api/tasks/units")
                .then().statusCode(200).body("deadline", equalTo("1500"));
        given().header("Authorization", "Bearer " + token).header("X-Duban-Timeout-Ms", "soon").when().get("/api/tasks/units")
                .then().statusCode(200).body("deadline", equalTo("1500"));
    }

    @Test
    void shouldSendEachSecurityHeaderOnceOnAForwardedAnswer() {
        var headers = given().when().get("/api/tasks/units").then().statusCode(200).extract().headers();
        for (String name : new String[] {"X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"}) {
            org.junit.jupiter.api.Assertions.assertEquals(1, headers.getValues(name).size(), name + ": " + headers.getValues(name));
        }
    }

    /** The gateway gzips what it answers for a client that accepts it; the hop to the service stays uncompressed. */
    @Test
    void shouldGzipJsonForAClientThatAcceptsIt() {
        given().header("Accept-Encoding", "gzip").when().get("/api/tasks/units")
                .then().statusCode(200).header("Content-Encoding", "gzip").body("acceptEncoding", equalTo("null"));
        given().header("Accept-Encoding", "gzip").when().get("/api/gateway/openapi.json")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }

    @Test
    void shouldAddARequestIdWhenTheCallerSentNone() {
        given().when().get("/api/tasks/units").then().statusCode(200).body("requestId", notNullValue())
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void shouldAnswer503ProblemWhenTheServiceIsDown() {
        given().when().get("/api/progress/obligations")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
    }

    @Test
    void shouldRefuseAnInvalidTokenAtTheDoorWithoutCallingTheService() {
        given().header("Authorization", "Bearer abc").when().get("/api/tasks/units")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldOpenTheCircuitOfAServiceThatKeepsFailingAndAnswer503WithoutCallingIt() {
        String type = null;
        for (int i = 0; i < 15 && !String.valueOf(type).endsWith("circuit-open"); i++) {
            type = given().when().get("/api/indicators/board").then().statusCode(503)
                    .contentType("application/problem+json").extract().path("type");
        }
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(type).endsWith("circuit-open"), "last problem type: " + type);
        int reached = DROPPED.get();
        org.junit.jupiter.api.Assertions.assertTrue(reached >= 10, "the circuit opened after the failures it counted: " + reached);
        given().when().get("/api/indicators/board").then().statusCode(503).header("Retry-After", notNullValue())
                .body("type", org.hamcrest.Matchers.endsWith("circuit-open"));
        given().contentType("application/json").body("{}").when().post("/api/indicators/observations").then().statusCode(503)
                .body("type", org.hamcrest.Matchers.endsWith("circuit-open"));
        org.junit.jupiter.api.Assertions.assertEquals(reached, DROPPED.get(), "an open circuit sends nothing to the service");
        given().auth().oauth2(org.duban.testing.TestTokens.admin()).when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("duban_gateway_circuit_state{service=\"indicators\"} 1.0"));
    }

    @Test
    void shouldAnswer504ProblemWhenTheServiceDoesNotAnswerInTime() {
        given().when().get("/api/tasks/slow")
                .then().statusCode(504).contentType("application/problem+json");
    }

    /** A client that waits less than the gateway (2 s here) gets its 504 when its own wait is over, not the gateway's. */
    @Test
    void shouldStopWaitingWhenTheClientsOwnWaitIsOver() {
        long started = System.nanoTime();
        given().header("X-Duban-Timeout-Ms", "300").when().get("/api/tasks/slow")
                .then().statusCode(504).contentType("application/problem+json");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(tookMillis < 1900, "answered after " + tookMillis + " ms: the gateway waited its own 2 s");
    }

    @Test
    void shouldAnswer404ProblemForPathsNoServiceOwns() {
        given().when().get("/api/nothing/here").then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * An answer longer than the gateway passes on is cut off at once — 502 problem+json, not a 504 after the idle
     * timeout, not the gateway's memory — and the service's connection is closed; the gateway goes on answering.
     * (A 280 KB preview once made an answer of about 2 GB and ran the gateway out of memory.)
     */
    @Test
    void shouldCutOffAnAnswerLongerThanTheGatewayPassesOn() {
        int before = CUT_OFF.get();
        for (String path : new String[] {"/api/tasks/huge", "/api/tasks/huge-announced"}) {
            given().when().get(path).then().statusCode(502).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("upstream-answer-too-large"))
                    .body("instance", equalTo(path));
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> CUT_OFF.get() >= before + 2);
        given().when().get("/api/tasks/units").then().statusCode(200);
    }

    /** A client that leaves stops the service's answer too: the gateway does not go on reading it for nobody. */
    @Test
    void shouldCloseTheServiceConnectionWhenTheClientLeaves() throws Exception {
        int before = CUT_OFF.get();
        int started = ENDLESS_STARTED.get();
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (java.net.Socket client = new java.net.Socket("127.0.0.1", port)) {
            client.getOutputStream().write("GET /api/tasks/endless HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            // the client leaves once the service is answering
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> ENDLESS_STARTED.get() > started);
        }
        // the stand-in keeps sending, so no idle timeout would ever end this upstream call: only the client's leaving can
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> CUT_OFF.get() >= before + 1);
    }
}
