package org.duban.gateway.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 3 against real HTTP receivers started here: an urging reaches a subscribed system as a CloudEvent
 * signed as Standard Webhooks says; a receiver that fails three times and then succeeds gets the event once
 * successfully, the log showing four attempts; the event arriving again adds no delivery; a receiver that always
 * fails gets its subscription disabled and the administrators told; a delivery can be replayed.
 */
@QuarkusTest
class WebhookTest {
    private static final String REGION = "420102";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a receiver got: the headers that matter and the body. */
    record Received(String id, String timestamp, String signature, String contentType, String body) {
    }

    /** Starts a receiver that answers {@code failures} times 500, then 204. */
    private static HttpServer receiver(int failures, List<Received> got) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            got.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), exchange.getRequestHeaders().getFirst("Content-Type"), body));
            exchange.sendResponseHeaders(calls.incrementAndGet() <= failures ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static Map<String, Object> subscribe(String name, HttpServer server, String type) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "regionCode", REGION,
                        "eventTypes", List.of(type)))
                .when().post("/api/gateway/webhooks").then().statusCode(201).extract().jsonPath().getMap("$");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDeliverSignedEventsRetryDisableAndReplay() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String type = "duban.progress.unit-urged.v1";
        List<Received> flaky = new CopyOnWriteArrayList<>();
        List<Received> broken = new CopyOnWriteArrayList<>();
        HttpServer flakyServer = receiver(3, flaky);
        HttpServer brokenServer = receiver(Integer.MAX_VALUE, broken);
        try {
            Map<String, Object> a = subscribe("OA-" + run, flakyServer, type);
            String secret = (String) a.get("secret");
            assertTrue(secret.startsWith("whsec_"), "a Standard Webhooks secret, shown once");
            String subscription = (String) ((Map<String, Object>) a.get("webhook")).get("id");
            Map<String, Object> b = subscribe("broken-" + run, brokenServer, type);
            String brokenId = (String) ((Map<String, Object>) b.get("webhook")).get("id");

            String eventId = "urged-" + run;
            String event = """
                    {"specversion":"1.0","id":"%s","source":"/duban/progress-service","type":"%s","subject":"task-%s",
                     "time":"2026-04-11T09:00:00+08:00","datacontenttype":"application/json",
                     "data":{"ledgerId":"l","taskId":"task-%s","taskNumber":"7","taskTitle":"实际利用外资","regionCode":"%s",
                             "unit":{"id":"u-%s","name":"区商务局"},"period":"Q1","deadline":"2026-04-10","level":"RED",
                             "daysOverdue":9,"note":"请立即报送","actor":"system"}}""".formatted(eventId, type, run, run, REGION, run);
            KafkaTestClient.forTestBroker().send("duban.progress.v1", "task-" + run, event);

            // failed three times, then delivered: the event once successfully, every attempt the same message; a
            // delivered delivery is never claimed again, so once the log says DELIVERED the receiver has had them all
            Awaitility.await().atMost(WAIT).until(() -> "DELIVERED".equals(given().auth().oauth2(TestTokens.admin())
                    .when().get("/api/gateway/webhooks/" + subscription + "/deliveries").then().extract().path("items[0].status")));
            assertEquals(4, flaky.size(), "three failures and one success, nothing after it");
            for (Received r : flaky) {
                assertEquals(eventId, r.id(), "webhook-id is the event's, the same on every retry");
                assertTrue(r.contentType().startsWith("application/cloudevents+json"));
                assertTrue(WebhookSignature.verify(secret, r.id(), Long.parseLong(r.timestamp()), r.body(), r.signature()),
                        "the receiver can verify the signature");
                assertFalse(WebhookSignature.verify(secret, r.id(), Long.parseLong(r.timestamp()), r.body().replace("RED", "BLUE"),
                        r.signature()), "a changed body does not verify");
            }
            JsonNode body = JSON.readTree(flaky.get(3).body());
            assertEquals(type, body.path("type").asText());
            assertEquals("RED", body.path("data").path("level").asText());

            // the log: one delivery, four attempts, delivered
            given().auth().oauth2(TestTokens.admin()).when().get("/api/gateway/webhooks/" + subscription + "/deliveries")
                    .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(4)).body("items[0].lastStatus", equalTo(204));

            // the same event again (a redelivery): no second delivery
            KafkaTestClient.forTestBroker().send("duban.progress.v1", "task-" + run, event);
            String marker = event.replace(eventId, "marker-" + run);
            KafkaTestClient.forTestBroker().send("duban.progress.v1", "task-" + run, marker);
            Awaitility.await().atMost(WAIT).until(() -> flaky.stream().anyMatch(r -> r.id().equals("marker-" + run)));
            assertEquals(4, flaky.stream().filter(r -> r.id().equals(eventId)).count(), "the redelivered event was not sent again");

            // a burst of events, applied in one batch (one transaction reads the subscriptions once): each delivered once
            List<String> burst = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                burst.add("burst-" + i + "-" + run);
                KafkaTestClient.forTestBroker().send("duban.progress.v1", "task-" + run, event.replace(eventId, burst.get(i)));
            }
            Awaitility.await().atMost(WAIT).until(() -> burst.stream().allMatch(id -> flaky.stream().anyMatch(r -> r.id().equals(id))));
            for (String id : burst) {
                assertEquals(1, flaky.stream().filter(r -> r.id().equals(id)).count(), id + " delivered once");
            }

            // the receiver that always fails: disabled after four failures in a row, the administrators told
            Awaitility.await().atMost(WAIT).until(() -> !given().auth().oauth2(TestTokens.admin()).queryParam("pageSize", 100)
                    .when().get("/api/gateway/webhooks").then().extract().jsonPath()
                    .<Boolean>get("items.find { it.id == '" + brokenId + "' }.enabled"));
            int brokenCalls = broken.size();
            given().auth().oauth2(TestTokens.admin()).queryParam("pageSize", 100).when().get("/api/gateway/notifications")
                    .then().statusCode(200).body("items.findAll { it.kind == 'WEBHOOK_DISABLED' }.title.join(' ')",
                            org.hamcrest.Matchers.containsString("broken-" + run));

            // replay: the delivered event is sent once more
            String delivery = given().auth().oauth2(TestTokens.admin()).when().get("/api/gateway/webhooks/" + subscription + "/deliveries")
                    .then().extract().path("items.find { it.eventId == '" + eventId + "' }.id");
            int before = flaky.size();
            given().auth().oauth2(TestTokens.admin()).when().post("/api/gateway/webhooks/deliveries/" + delivery + "/replay")
                    .then().statusCode(200).body("status", equalTo("PENDING"));
            Awaitility.await().atMost(WAIT).until(() -> flaky.size() == before + 1);
            assertEquals(eventId, flaky.get(before).id());
            // dispatch rounds have run since the broken subscription was disabled (the replay went out): it got nothing
            assertEquals(brokenCalls, broken.size(), "a disabled subscription is sent nothing");

            // who may manage them
            given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/gateway/webhooks").then().statusCode(403);
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("name", "x", "url", "ftp://example.com/x", "eventTypes", List.of(type)))
                    .when().post("/api/gateway/webhooks").then().statusCode(400).contentType("application/problem+json");
        } finally {
            flakyServer.stop(0);
            brokenServer.stop(0);
        }
    }
}
