package org.duban.progress.fuzz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.duban.platform.event.ConsumerStatus;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.RecordedEvents;
import org.duban.testing.RecordedEvents.Recorded;
import org.duban.testing.TestTokens;
import org.duban.testing.fuzz.Fuzzer;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, fuzz: every operation of progress-service's OpenAPI document gets generated requests (hostile bodies,
 * fields, parameters, callers); no answer is a 5xx, every error is problem+json, and no refused write leaves anything
 * in the database. Count and seed: {@code -Dduban.fuzz.requests}, {@code -Dduban.fuzz.seed}.
 *
 * <p>So that requests reach real plans, tasks and units, tasks-service's recorded small completion table is replayed
 * first (in a region of the fuzz's own). The fuzz starts once the consumer has caught up: from then on no event
 * arrives (nothing else publishes to the consumed topics in this module's test run), so the inbox and the read
 * models it feeds are fingerprinted like every other table.
 */
@QuarkusTest
class FuzzTest {
    private static final String REGION = "469902";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ConsumerStatus consumer;

    @Test
    void shouldAnswerEveryGeneratedRequestWithoutA5xxAsProblemJsonAndStoreNothingWhenRefused() {
        RecordedEvents.Replay table = RecordedEvents.replay("tasks-service", "completion-table-small");
        String recordedRegion = table.ofType("duban.tasks.plan-published.v1").get(0).data().path("regionCode").asText();
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        for (Recorded e : table.events()) {
            Recorded moved = new Recorded(e.topic(), e.key(), e.type(), inRegion(e, recordedRegion));
            kafka.send(moved.topic(), moved.key(), moved.cloudEvent("/duban/tasks-service"));
        }
        String planId = table.ofType("duban.tasks.plan-published.v1").get(0).data().path("planId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth().oauth2(TestTokens.supervisor(REGION)).when()
                        .get("/api/progress/plans/" + planId + "/calendar").statusCode() == 200 && consumer.lag() == 0);

        Fuzzer.of("progress-service", root, dataSource).region(REGION)
                .skip("the official working-day schedule is national and shared by every test of this module: a generated"
                        + " ADMIN write that passes would move other tests' deadlines; WorkingDaysApiTest covers its refusals",
                        op -> op.method().equals("PUT") && op.path().startsWith("/api/progress/working-days/"))
                .run().assertClean();
    }

    private static com.fasterxml.jackson.databind.JsonNode inRegion(Recorded e, String recordedRegion) {
        try {
            return MAPPER.readTree(e.data().toString().replace("\"" + recordedRegion + "\"", "\"" + REGION + "\""));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
