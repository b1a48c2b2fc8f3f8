package org.duban.gateway.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 1, through Kafka and HTTP: the services' events that concern people become notifications for the
 * unit they name (an urging with its colour level, a returned report with the reason) or for everyone of the region (a
 * plan published); a person of another unit sees only the region's; read marks are each person's own; an event that
 * arrives twice is one notification.
 */
@QuarkusTest
class NotificationTest {
    private static final String REGION = "420102";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static String event(String id, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/duban/progress-service","type":"%s","subject":"%s",
                 "time":"2026-04-11T09:00:00+08:00","datacontenttype":"application/json","data":%s}""".formatted(id, type, subject, data);
    }

    /** A person of the unit: read marks are by login, so each person has their own. */
    private static String person(String role, String unit, String login) {
        return TestTokens.builder(java.util.Set.of(role), REGION, unit, login)
                .sign(org.duban.testing.TestInfrastructure.jwtKeys().keyPair().getPrivate());
    }

    private static JsonPath mine(String token) {
        return given().auth().oauth2(token).queryParam("pageSize", 100).when().get("/api/gateway/notifications")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldNotifyTheUnitItConcernsAndTheRegionOfWhatIsPublishedOncePerEvent() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unit = "n-" + run;
        String other = "o-" + run;
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        String urged = event("urged-" + run, "duban.progress.unit-urged.v1", "task-" + run, """
                {"ledgerId":"l1","taskId":"task-%s","taskNumber":"7","taskTitle":"实际利用外资增长10%%","planId":"p-%s","regionCode":"%s",
                 "unit":{"id":"%s","name":"区商务局"},"period":"Q1","deadline":"2026-04-10","level":"YELLOW","daysOverdue":3,
                 "note":"请于3个工作日内补报","actor":"system"}""".formatted(run, run, REGION, unit));
        kafka.send("duban.progress.v1", "task-" + run, urged);
        kafka.send("duban.progress.v1", "task-" + run, urged); // delivered twice: one notification
        kafka.send("duban.progress.v1", "r-" + run, event("returned-" + run, "duban.progress.report-returned.v1", "r-" + run, """
                {"reportId":"r-%s","taskId":"task-%s","planId":"p-%s","regionCode":"%s","year":2026,"period":"Q1",
                 "unit":{"id":"%s","name":"区商务局"},"version":1,"fromStatus":"SUBMITTED","status":"RETURNED","consolidated":false,
                 "note":"请补充到位资金数据"}""".formatted(run, run, run, REGION, unit)));
        kafka.send("duban.tasks.v1", "p-" + run, event("plan-" + run, "duban.tasks.plan-published.v1", "p-" + run, """
                {"planId":"p-%s","regionCode":"%s","year":2026,"title":"2026年目标任务分解方案%s","taskCount":96,
                 "markerLegend":{},"deadlines":{}}""".formatted(run, REGION, run)));

        String reporter = person("UNIT_REPORTER", unit, "reporter-" + run);
        String ofThisRun = "items.findAll { it.taskId == 'task-" + run + "' || it.planId == 'p-" + run + "' }.kind";
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() ->
                mine(reporter).getList(ofThisRun).containsAll(List.of("URGED", "RETURNED", "PLAN_PUBLISHED")));
        JsonPath own = mine(reporter);
        List<String> kinds = own.getList(ofThisRun);
        assertEquals(List.of("PLAN_PUBLISHED", "RETURNED", "URGED").stream().sorted().toList(), kinds.stream().sorted().toList(),
                "one notification per event, the twice-delivered urging once");
        String urging = own.getString("items.find { it.kind == 'URGED' && it.taskId == 'task-" + run + "' }.title");
        assertEquals("黄色催办:第7项实际利用外资增长10% 一季度进展情况已逾期3天", urging);
        assertEquals("退回原因:请补充到位资金数据", own.getString("items.find { it.kind == 'RETURNED' && it.taskId == 'task-" + run + "' }.body"));

        // a person of another unit of the region: the plan, not the other unit's urging or return
        List<String> others = mine(TestTokens.unitReporter(REGION, other)).getList(ofThisRun);
        assertEquals(List.of("PLAN_PUBLISHED"), others);
        // the office sees the region's notifications
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("pageSize", 100).when().get("/api/gateway/notifications")
                .then().statusCode(200).body("items.planId", hasItems("p-" + run));

        // read marks are each person's own
        String head = person("UNIT_HEAD", unit, "head-" + run);
        int before = given().auth().oauth2(head).when().get("/api/gateway/notifications/unread-count").then().statusCode(200)
                .extract().path("unread");
        String id = own.getString("items.find { it.kind == 'URGED' && it.taskId == 'task-" + run + "' }.id");
        given().auth().oauth2(reporter).when().post("/api/gateway/notifications/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(reporter).when().post("/api/gateway/notifications/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(head).when().get("/api/gateway/notifications/unread-count").then().body("unread", equalTo(before));
        given().auth().oauth2(reporter).queryParam("unread", true).queryParam("pageSize", 100).when().get("/api/gateway/notifications")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItems(id)));
        // not one of yours: 404
        given().auth().oauth2(TestTokens.unitReporter(REGION, other)).when().post("/api/gateway/notifications/" + id + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(head).when().post("/api/gateway/notifications/read-all").then().statusCode(200)
                .body("marked", equalTo(before));
        given().auth().oauth2(head).when().get("/api/gateway/notifications/unread-count").then().body("unread", equalTo(0));
    }
}
