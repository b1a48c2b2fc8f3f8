package org.duban.gateway.events;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The SSE stream delivers events to the callers whose scope they are in, and only to them. */
@QuarkusTest
class EventStreamTest {
    private static final String TOPIC = "duban.progress.v1";
    private static final String REGION = "420102";
    /** When the events happened: a fixed day of the 2019 plan (the stream does not look at it). */
    private static final String EVENT_TIME = "2019-04-08T02:00:00Z";
    /** Bound of every wait: generous, for a loaded 2-core machine; the waits end as soon as their condition holds. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/api/gateway/events")
    URL events;

    /** An open stream: every line it received. */
    record OpenStream(Queue<String> lines, java.util.stream.Stream<String> body) implements AutoCloseable {
        boolean saw(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }

        @Override
        public void close() {
            body.close();
        }
    }

    private OpenStream open(String token, boolean inQuery) throws Exception {
        return open(token, inQuery, null);
    }

    private OpenStream open(String token, boolean inQuery, String lastEventId) throws Exception {
        URI uri = inQuery ? URI.create(events + "?access_token=" + token) : events.toURI();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        if (!inQuery) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
        Assertions.assertEquals(200, response.statusCode());
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        OpenStream stream = new OpenStream(lines, response.body());
        Awaitility.await().atMost(WAIT).until(() -> stream.saw("stream-opened"));
        return stream;
    }

    /**
     * The gateway's consumer starts reading at the end of the topic, some time after the stream opened: send
     * probes until one of them reaches the stream, so that later events are certain to be read.
     */
    private static void awaitConsumerReading(KafkaTestClient kafka, OpenStream stream) {
        List<String> probes = new CopyOnWriteArrayList<>();
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (probes.stream().anyMatch(stream::saw)) {
                return true;
            }
            String probe = "probe-" + UUID.randomUUID();
            probes.add(probe);
            kafka.send(TOPIC, "report-1", event(probe, "duban.progress.report-drafted.v1", "12", REGION));
            return false;
        });
    }

    private static String event(String id, String type, String unitId, String region) {
        return """
                {"specversion":"1.0","id":"%s","source":"/duban/progress-service","type":"%s","subject":"report-1",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"reportId":1,"taskId":5,"regionCode":"%s","year":2019,"period":"Q1","unit":{"id":"%s","name":"区发改局"},
                         "status":"SUBMITTED","version":2}}""".formatted(id, type, EVENT_TIME, region, unitId);
    }

    /** Issue 18 item 4: a client that reconnects with Last-Event-ID gets exactly the events it missed, then the live ones. */
    @Test
    void shouldResumeAReconnectingStreamWithExactlyTheEventsItMissed() throws Exception {
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String before = "before-" + run;
        String seen = "seen-" + run;
        try (OpenStream first = open(TestTokens.supervisor(REGION), false)) {
            awaitConsumerReading(kafka, first);
            kafka.send(TOPIC, "report-1", event(before, "duban.progress.report-drafted.v1", "12", REGION));
            kafka.send(TOPIC, "report-1", event(seen, "duban.progress.report-submitted.v1", "12", REGION));
            Awaitility.await().atMost(WAIT).until(() -> first.saw(seen));
        }
        // missed while disconnected: one in the caller's region, one in another (not the supervisor's to see)
        String missed1 = "missed1-" + run;
        String elsewhere = "elsewhere-" + run;
        String missed2 = "missed2-" + run;
        kafka.send(TOPIC, "report-1", event(missed1, "duban.progress.report-accepted.v1", "12", REGION));
        kafka.send(TOPIC, "report-1", event(elsewhere, "duban.progress.report-accepted.v1", "12", "430621"));
        kafka.send(TOPIC, "report-1", event(missed2, "duban.progress.report-returned.v1", "12", REGION));
        // the gateway has read them once a later probe on the same key reaches a fresh stream
        try (OpenStream probe = open(TestTokens.admin(), false)) {
            awaitConsumerReading(kafka, probe);
        }
        try (OpenStream resumed = open(TestTokens.supervisor(REGION), false, seen)) {
            String live = "live-" + run;
            kafka.send(TOPIC, "report-1", event(live, "duban.progress.report-submitted.v1", "12", REGION));
            Awaitility.await().atMost(WAIT).until(() -> resumed.saw(live));
            List<String> ids = resumed.lines().stream().filter(l -> l.startsWith("id:")).map(l -> l.substring(3).strip())
                    .filter(id -> id.endsWith(run)).toList();
            Assertions.assertEquals(List.of(missed1, missed2, live), ids, "each missed event once, in order, then the live one");
            Assertions.assertTrue(resumed.saw("retry:"), "the stream states its reconnect delay");
        }
        // an id older than what the gateway keeps (or never seen): the stream says so first, then goes on live
        try (OpenStream gap = open(TestTokens.supervisor(REGION), false, "forgotten-" + run)) {
            Awaitility.await().atMost(WAIT).until(() -> gap.saw("duban.gateway.stream-gap"));
            Assertions.assertTrue(gap.saw("forgotten-" + run));
        }
    }

    @Test
    void shouldDeliverAReportSubmittedEventToTheSupervisorAndTheUnitButNotToAnotherUnit() throws Exception {
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        try (OpenStream supervisor = open(TestTokens.supervisor(REGION), false);
                OpenStream ownUnit = open(TestTokens.unitReporter(REGION, "12"), true);
                OpenStream otherUnit = open(TestTokens.unitReporter(REGION, "77"), false);
                OpenStream otherRegionAdmin = open(TestTokens.admin(), false)) {
            awaitConsumerReading(kafka, supervisor);

            String submitted = "submitted-" + UUID.randomUUID();
            kafka.send(TOPIC, "report-1", event(submitted, "duban.progress.report-submitted.v1", "12", REGION));
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> supervisor.saw(submitted));
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> ownUnit.saw(submitted));

            // same key, same partition: once unit 77 sees the later marker, it has passed over the earlier event
            String marker = "marker-" + UUID.randomUUID();
            kafka.send(TOPIC, "report-1", event(marker, "duban.progress.report-submitted.v1", "77", REGION));
            Awaitility.await().atMost(WAIT).until(() -> otherUnit.saw(marker));
            Assertions.assertFalse(otherUnit.saw(submitted), "unit 77 must not see unit 12's report");
            Awaitility.await().atMost(WAIT).until(() -> supervisor.saw(marker) && otherRegionAdmin.saw(marker));
            // and once unit 12 sees a still later event of its own, it has passed over unit 77's
            String closer = "closer-" + UUID.randomUUID();
            kafka.send(TOPIC, "report-1", event(closer, "duban.progress.report-returned.v1", "12", REGION));
            Awaitility.await().atMost(WAIT).until(() -> ownUnit.saw(closer));
            Assertions.assertFalse(ownUnit.saw(marker), "unit 12 must not see unit 77's report");
            Assertions.assertTrue(otherRegionAdmin.saw(submitted), "an administrator sees every region's events");
            Assertions.assertTrue(supervisor.lines().stream().anyMatch(line -> line.equals("event:duban.progress.report-submitted.v1")
                    || line.equals("event: duban.progress.report-submitted.v1")), "SSE event named by its type");
        }
    }

    @Test
    void shouldNotShowEventsOfAnotherRegion() throws Exception {
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        try (OpenStream supervisor = open(TestTokens.supervisor(REGION), false)) {
            String foreign = "foreign-" + UUID.randomUUID();
            String own = "own-" + UUID.randomUUID();
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
                kafka.send(TOPIC, "report-2", event(foreign, "duban.progress.report-submitted.v1", "12", "110101"));
                kafka.send(TOPIC, "report-2", event(own, "duban.progress.report-submitted.v1", "12", REGION));
                return supervisor.saw(own);
            });
            Assertions.assertFalse(supervisor.saw(foreign));
        }
    }

    @Test
    void shouldRefuseTheStreamWithoutAValidToken() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(events.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(401, anonymous.statusCode());
        HttpResponse<String> expired = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(events + "?access_token=" + TestTokens.expired(java.util.Set.of("SUPERVISOR"), REGION))).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(401, expired.statusCode());
    }

    @Test
    void shouldAcceptTheQueryTokenOnlyOnTheEventStream() throws Exception {
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(events.toString().replace("/api/gateway/events", "/api/auth/me") + "?access_token="
                        + TestTokens.supervisor(REGION))).build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(401, me.statusCode());
    }
}
