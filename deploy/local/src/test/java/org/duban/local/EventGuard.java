package org.duban.local;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Carried by every end-to-end test (registered through JUnit's extension auto-detection): after each
 * scenario, every service's events must settle within 60 s: no dead letters, no unhandled events, no
 * consumer stalled or lagging, no outbox row unsent. A silent failure of the event backbone fails the
 * scenario that caused it.
 */
public class EventGuard implements AfterEachCallback {
    private static final List<String> SERVICES = List.of("tasks", "progress", "indicators");

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        if (!RunningSuite.started()) {
            return;
        }
        String admin = RunningSuite.token(List.of("ADMIN"), null, null);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String problem;
        do {
            problem = null;
            for (String service : SERVICES) {
                String url = RunningSuite.get().service(service + "-service").baseUrl();
                JsonPath status = given().baseUri(url).auth().oauth2(admin).when().get("/api/" + service + "/events/status")
                        .then().extract().jsonPath();
                String why = unsettled(status);
                if (why != null) {
                    problem = service + "-service: " + why + " " + status.prettify();
                    break;
                }
            }
            if (problem == null) {
                return;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("events did not settle after " + context.getDisplayName() + ": " + problem);
    }

    private static String unsettled(JsonPath s) {
        if (s.get("deadLetters") == null) {
            return "no status";
        }
        if (s.getLong("deadLetters") != 0) {
            return "dead letters";
        }
        if (s.getLong("unhandled") != 0) {
            return "unhandled events";
        }
        if (s.getLong("outboxPending") != 0) {
            return "outbox rows unsent";
        }
        if (s.get("consumer.stalledSince") != null) {
            return "consumer stalled";
        }
        if (s.getLong("consumer.lag") != 0) {
            return "consumer lag";
        }
        return null;
    }
}
