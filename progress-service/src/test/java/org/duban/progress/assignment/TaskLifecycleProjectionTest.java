package org.duban.progress.assignment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskLifecycleProjectionTest {

    private static int owed(String unit) {
        return given().auth().oauth2(Api.supervisor()).queryParam("unitId", unit).when().get("/api/progress/obligations")
                .then().statusCode(200).extract().path("pager.total");
    }

    @Test
    void shouldNotBringBackACancelledTaskWhenAnOlderEventArrivesLate() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String plan = "life-" + s;
        String task = "lt-" + s;
        Events.Task v1 = new Events.Task(plan, task, "7", "任务").lead("L" + s, "区发改局");
        Events.assigned(v1);
        Api.awaitObligations("L" + s, 1);
        Events.send(Events.TASKS_TOPIC, task, "duban.tasks.task-cancelled.v1", Map.of("taskId", task, "planId", plan, "version", 2));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> owed("L" + s) == 0);
        Events.assigned(v1);
        // an update with a newer version after that is applied; it names another lead unit
        Events.Task v3 = new Events.Task(plan, task, "7", "任务(调整)").lead("N" + s, "区商务局").set("version", 3);
        Events.send(Events.TASKS_TOPIC, task, "duban.tasks.task-updated.v1", v3.data);
        Api.awaitObligations("N" + s, 1);
        assertEquals(0, owed("L" + s));
    }
}
