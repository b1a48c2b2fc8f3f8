package org.duban.tasks.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
                .body("leadUnit", equalTo("区商务局"))
                .body("responsibleUnits", hasItem("区财政局"))
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
