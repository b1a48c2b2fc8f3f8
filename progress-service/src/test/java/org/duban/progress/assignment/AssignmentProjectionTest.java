package org.duban.progress.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.TestClock;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestClock("2019-01-14T16:12")
class AssignmentProjectionTest {
    private static final String REGION = "420102";

    private static String taskEvent(String eventId, String type, String taskId, int version, String lead, String... responsible) {
        StringBuilder units = new StringBuilder();
        for (String unit : responsible) {
            units.append(units.isEmpty() ? "" : ",").append("{\"id\":\"").append(unit).append("\",\"name\":\"").append(unit).append("\"}");
        }
        return """
                {"specversion":"1.0","id":"%s","source":"/duban/tasks-service","type":"%s","subject":"%s",
                 "time":"2019-01-14T16:12:00+08:00","datacontenttype":"application/json",
                 "data":{"taskId":"%s","regionCode":"420102","year":2019,"number":"%s","title":"任务%s","version":%d,
                         "leadUnit":{"id":"%s","name":"%s"},"responsibleUnits":[%s],"relatedUnits":[],"futureField":1}}
                """.formatted(eventId, type, taskId, taskId, taskId, taskId, version, lead, lead, units);
    }

    private static int obligationsOf(String unitId) {
        return given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("unitId", unitId)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().path("pager.total");
    }

    @Test
    void shouldListTheReportsAUnitOwesFromTaskAssignedEvents() {
        String task = "p-" + UUID.randomUUID();
        KafkaTestClient.forTestBroker().send("duban.tasks.v1", task,
                taskEvent(UUID.randomUUID().toString(), "duban.tasks.task-assigned.v1", task, 1, "U-LEAD-" + task, "U-A-" + task));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> obligationsOf("U-A-" + task) == 1);

        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("unitId", "U-LEAD-" + task)
                .when().get("/api/progress/obligations")
                .then().statusCode(200)
                .body("items[0].role", equalTo("LEAD"))
                .body("items[0].periods.period", hasItems("Q1", "H1", "Q3", "ANNUAL"))
                .body("items[0].periods[0].deadline", equalTo("2019-04-10"));
    }

    /** A progress-imported event on the task's own key: the marker that it and everything before it was read. */
    private static String importedOnTheSameKey(String taskId, String unitId) {
        return """
                {"specversion":"1.0","id":"%s","source":"/duban/tasks-service","type":"duban.tasks.progress-imported.v1",
                 "subject":"%s","time":"2019-01-14T16:12:00+08:00","datacontenttype":"application/json",
                 "data":{"importId":"marker-%s","taskId":"%s","regionCode":"420102","year":2019,"period":"H1",
                         "unit":{"id":"%s","name":"%s"},"text":"标记。"}}
                """.formatted(UUID.randomUUID(), taskId, taskId, taskId, unitId, unitId);
    }

    private static double duplicatesSeen() {
        String metrics = given().auth().oauth2(org.duban.testing.TestTokens.admin()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("duban_inbox_duplicates_total{")
                        && l.contains("type=\"duban.tasks.task-assigned.v1\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void shouldChangeNothingWhenTheSameEventArrivesTwiceOrAnOlderOneArrivesLate() {
        String task = "d-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        kafka.send("duban.tasks.v1", task, taskEvent(eventId, "duban.tasks.task-assigned.v1", task, 2, "L-" + task, "A-" + task));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> obligationsOf("A-" + task) == 1);
        double duplicatesBefore = duplicatesSeen();

        // the same event again (same id, here naming another unit), then an older version naming another unit,
        // then a marker on the same key: one partition, so the consumer reads the marker after both
        kafka.send("duban.tasks.v1", task, taskEvent(eventId, "duban.tasks.task-assigned.v1", task, 2, "L-" + task, "B-" + task));
        kafka.send("duban.tasks.v1", task, taskEvent(UUID.randomUUID().toString(), "duban.tasks.task-updated.v1", task, 1, "L-" + task, "C-" + task));
        kafka.send("duban.tasks.v1", task, importedOnTheSameKey(task, "A-" + task));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.supervisor(REGION))
                .queryParam("taskId", task).queryParam("period", "H1").when().get("/api/progress/reports")
                .then().statusCode(200).extract().<Integer>path("pager.total") == 1);
        // the inbox saw the duplicate as one (the platform's counter, GET /q/metrics)
        assertEquals(1.0, duplicatesSeen() - duplicatesBefore, "duplicates counted for task-assigned");

        assertEquals(1, obligationsOf("A-" + task));
        assertEquals(0, obligationsOf("B-" + task));
        assertEquals(0, obligationsOf("C-" + task));
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("unitId", "L-" + task)
                .when().get("/api/progress/obligations")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].role", equalTo("LEAD"));
    }

    @Test
    void shouldMakeEveryCoLeadOweTheTasksReportsAsLead() {
        String task = "co-" + UUID.randomUUID();
        org.duban.progress.support.Events.Task t = new org.duban.progress.support.Events.Task("plan-" + task, task, "1", "收入增长5%")
                .lead("FIN-" + task, "区财政局")
                .set("leadUnits", java.util.List.of(org.duban.progress.support.Events.unit("FIN-" + task, "区财政局"),
                        org.duban.progress.support.Events.unit("TAX-" + task, "区税务局")))
                .responsible("STR-" + task, "各街道");
        t.set("year", 2019);
        org.duban.progress.support.Events.assigned(t);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> obligationsOf("TAX-" + task) == 1);
        for (String unit : new String[] {"FIN-" + task, "TAX-" + task}) {
            given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("unitId", unit)
                    .when().get("/api/progress/obligations")
                    .then().statusCode(200).body("items[0].role", equalTo("LEAD")).body("items[0].taskId", equalTo(task));
        }
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("unitId", "STR-" + task)
                .when().get("/api/progress/obligations")
                .then().statusCode(200).body("items[0].role", equalTo("RESPONSIBLE"));
    }

    @Test
    void shouldLetAUnitSeeOnlyItsOwnObligations() {
        given().auth().oauth2(TestTokens.unitReporter(REGION, "7")).queryParam("unitId", "8")
                .when().get("/api/progress/obligations")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/progress/obligations").then().statusCode(401);
    }
}
