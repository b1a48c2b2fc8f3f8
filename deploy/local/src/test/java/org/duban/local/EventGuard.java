package org.duban.local;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
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
    private static final List<String> SERVICES = List.of("tasks", "progress", "indicators", "gateway");

    @Override
    public void afterEach(ExtensionContext context) {
        if (!RunningSuite.started()) {
            return;
        }
        String admin = RunningSuite.token(List.of("ADMIN"), null, null);
        String[] problem = {null};
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                problem[0] = firstUnsettled(admin);
                return problem[0] == null;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("events did not settle after " + context.getDisplayName() + ": " + problem[0]);
        }
    }

    /** The first service whose events have not settled, with why and its status; null when all have. */
    private static String firstUnsettled(String admin) {
        for (String service : SERVICES) {
            // the gateway consumes too (notifications, e-mail, webhooks); its operator API is /api/gateway/inbox
            boolean gateway = service.equals("gateway");
            String url = RunningSuite.get().service(gateway ? "gateway" : service + "-service").baseUrl();
            JsonPath status = given().baseUri(url).auth().oauth2(admin)
                    .when().get(gateway ? "/api/gateway/inbox/status" : "/api/" + service + "/events/status")
                    .then().extract().jsonPath();
            String why = unsettled(status);
            if (why != null) {
                return service + "-service: " + why + " " + status.prettify();
            }
        }
        return null;
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
