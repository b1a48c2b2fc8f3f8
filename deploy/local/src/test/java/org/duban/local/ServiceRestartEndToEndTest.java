package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.duban.infra.ServiceProcess;
import org.junit.jupiter.api.Test;

/**
 * A service whose JVM ends on its own — a crash, or {@code -XX:+ExitOnOutOfMemoryError} — is started again by the
 * suite's supervision (the run command's, as the kubelet does in a cluster), and answers again through the gateway.
 */
class ServiceRestartEndToEndTest {
    @Test
    void shouldStartAgainAServiceWhoseJvmEndedOnItsOwn() {
        ServiceProcess indicators = RunningSuite.get().service("indicators-service");
        long before = indicators.pid();
        // what the JVM's own exit looks like from outside: the process is gone, nobody asked the suite to stop it
        ProcessHandle.of(before).orElseThrow().destroyForcibly();
        Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                .until(() -> indicators.pid() != before && indicators.pid() > 0 && ready(indicators));
        assertNotEquals(before, indicators.pid());
        assertEquals(200, given().auth().oauth2(RunningSuite.token(java.util.List.of("STATISTICIAN"), RunningSuite.REGION, null)).when()
                .get(RunningSuite.gateway() + "/api/indicators/catalog").then().extract().statusCode());
    }

    private static boolean ready(ServiceProcess service) {
        try {
            return given().when().get(service.baseUrl() + "/q/health/ready").then().extract().statusCode() == 200;
        } catch (Exception notYet) { // refused while the JVM starts (RestAssured throws it unchecked)
            return false;
        }
    }
}
