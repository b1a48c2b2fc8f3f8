package org.duban.tasks.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.TestInfrastructure;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskResourceTest {
    private static final String REGION = "420102";
    private static final int YEAR = 2019;
    private static final String BODY = """
            {"regionCode":"420102","year":2019,"number":"%s","title":"推进招商引资","leadUnit":"区商务局",
             "responsibleUnits":["区发改局","区财政局"]}""";

    @Test
    void shouldCreateTaskAndEmitTaskAssignedThroughTheOutbox() {
        String id = given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body(BODY.formatted("T-1"))
                .when().post("/api/tasks/tasks")
                .then().statusCode(201)
                .header("Location", containsString("/api/tasks/tasks/"))
                .body("leadUnit.name", equalTo("区商务局"))
                .body("responsibleUnits.name", hasItem("区财政局"))
                .body("status", equalTo("ASSIGNED"))
                .extract().path("id").toString();

        List<KafkaTestClient.Received> read = KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(id), Duration.ofSeconds(20));
        KafkaTestClient.Received event = read.get(read.size() - 1);
        assertEquals("duban.tasks.task-assigned.v1", event.event().get("type").asText());
        assertEquals("1.0", event.event().get("specversion").asText());
        assertEquals(id, event.event().get("subject").asText());
        assertEquals("区商务局", event.event().get("data").get("leadUnit").get("name").asText());
        assertEquals(2, event.event().get("data").get("responsibleUnits").size());

        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/tasks/" + id)
                .then().statusCode(200).body("number", equalTo("T-1"));
    }

    @Test
    void shouldAnswer409ForAStaleUpdateAndEmitTaskUpdatedForACurrentOne() {
        String token = TestTokens.supervisor(REGION);
        var created = given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY.formatted("T-LOCK"))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract();
        String id = created.path("id").toString();
        int version = created.path("version");
        String update = """
                {"number":"T-LOCK","title":"推进招商引资","leadUnit":"区商务局〈招商局〉","leaders":["徐平"],
                 "responsibleUnits":["区财政局","各街道"],"relatedUnits":["区统计局(数据统计评估牵头单位)"],
                 "markers":["★"],"version":%d}""";
        given().auth().oauth2(token).contentType(ContentType.JSON).body(update.formatted(version))
                .when().put("/api/tasks/tasks/" + id)
                .then().statusCode(200).body("version", equalTo(version + 1))
                .body("responsibleUnits.find { it.group }.name", equalTo("各街道"))
                .body("relatedUnits[0].note", equalTo("数据统计评估牵头单位"))
                .body("markers", hasItem("★"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(update.formatted(version))
                .when().put("/api/tasks/tasks/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        List<KafkaTestClient.Received> read = KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(id) && r.event().get("type").asText().equals("duban.tasks.task-updated.v1"),
                Duration.ofSeconds(20));
        assertEquals(version + 1, read.get(read.size() - 1).event().get("data").get("version").asInt());
        assertTrue(read.get(read.size() - 1).event().get("data").path("effectiveDate").isMissingNode(),
                "a change made without a stated date holds from the event's day");

        // the office states since when a change of units holds (自…起): within the plan's year, sent on with the event
        String since = update.replace("\"version\"", "\"effectiveDate\":\"%s\",\"version\"");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(since.formatted("2017-12-31", version + 1))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(since.formatted(YEAR + "-05-15", version + 1))
                .when().put("/api/tasks/tasks/" + id).then().statusCode(200);
        read = KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(id) && r.event().path("data").path("version").asInt() == version + 2, Duration.ofSeconds(20));
        assertEquals(YEAR + "-05-15", read.get(read.size() - 1).event().get("data").get("effectiveDate").asText());
    }

    @Test
    void shouldMoveStatusForwardRefuseABackwardMoveAndAnnounceCancellation() {
        String token = TestTokens.supervisor(REGION);
        var created = given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY.formatted("T-STATUS"))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract();
        String id = created.path("id").toString();
        int version = created.path("version");
        int next = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"status\":\"IN_PROGRESS\",\"version\":" + version + "}")
                .when().post("/api/tasks/tasks/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).extract().path("version");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"status\":\"CLOSED\",\"version\":" + next + "}")
                .when().post("/api/tasks/tasks/" + id + "/status")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"version\":" + next + "}")
                .when().post("/api/tasks/tasks/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1",
                r -> r.key().equals(id) && r.event().get("type").asText().equals("duban.tasks.task-cancelled.v1"),
                Duration.ofSeconds(20));
    }

    @Test
    void shouldDeliverEventsWrittenWhileKafkaWasDownOnceItReturns() {
        TestInfrastructure.kafka().stop();
        String id;
        try {
            id = given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                    .body(BODY.formatted("T-OUTAGE"))
                    .when().post("/api/tasks/tasks")
                    .then().statusCode(201).extract().path("id").toString();
        } finally {
            TestInfrastructure.kafka().start();
        }
        KafkaTestClient.forTestBroker().readUntil("duban.tasks.v1", r -> r.key().equals(id), Duration.ofSeconds(60));
    }

    @Test
    void shouldAnswer400ProblemForMalformedJson() {
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON).body("{\"regionCode\": ")
                .when().post("/api/tasks/tasks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", notNullValue());
    }

    @Test
    void shouldAnswer400ProblemNamingEachMissingField() {
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("{\"regionCode\":\"420102\",\"year\":2019}")
                .when().post("/api/tasks/tasks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("leadUnit"));
    }

    @Test
    void shouldAnswer400ProblemForAnUnknownStatusValue() {
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("{\"status\":\"FINISHED\",\"version\":0}")
                .when().post("/api/tasks/tasks/1/status")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("status"));
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("status", "FINISHED")
                .when().get("/api/tasks/tasks")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("status"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownTask() {
        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/tasks/999999")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void shouldRefuseCallsWithoutTokenOrWithTheWrongRole() {
        given().contentType(ContentType.JSON).body(BODY.formatted("T-X")).when().post("/api/tasks/tasks")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitReporter(REGION, "7")).contentType(ContentType.JSON).body(BODY.formatted("T-X"))
                .when().post("/api/tasks/tasks")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor("110101")).contentType(ContentType.JSON).body(BODY.formatted("T-X"))
                .when().post("/api/tasks/tasks")
                .then().statusCode(403);
    }

    @Test
    void shouldPageTheList() {
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("pageSize", 1)
                .when().get("/api/tasks/tasks")
                .then().statusCode(200).body("pager.pageSize", equalTo(1)).body("pager.total", notNullValue());
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("pageSize", 5000)
                .when().get("/api/tasks/tasks")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
