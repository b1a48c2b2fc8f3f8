package org.duban.tasks.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.duban.testing.Races;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Two offices changing one task at once (issue 12): one wins, the other gets 409, never a 500 or a lost
 * update; and the HTTP way to say which version one read (ETag, If-Match → 412, nothing named → 428).
 */
@QuarkusTest
class TaskConcurrencyTest {
    private static final String REGION = "420102";
    private static final String UPDATE = """
            {"number":"%s","title":"%s","leadUnit":"区商务局","responsibleUnits":["区财政局"]%s}""";

    private static String create() {
        String number = "C-" + UUID.randomUUID().toString().substring(0, 6);
        return given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body("""
                        {"regionCode":"420102","year":2019,"number":"%s","title":"推进招商引资","leadUnit":"区商务局",
                         "responsibleUnits":["区财政局"]}""".formatted(number))
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().path("id").toString();
    }

    private static int update(String id, String title, Integer version, String ifMatch) {
        var request = given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body(UPDATE.formatted("C-" + id, title, version == null ? "" : ",\"version\":" + version));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/tasks/tasks/" + id).statusCode();
    }

    private static int version(String id) {
        return given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/tasks/" + id)
                .then().statusCode(200).extract().path("version");
    }

    @Test
    void shouldLetOneOfTwoUpdatesOfTheSameVersionWinAndAnswerTheOther409() {
        String id = create();
        for (int round = 0; round < 6; round++) {
            int version = version(id);
            String a = "甲改" + round;
            String b = "乙改" + round;
            assertEquals(List.of(200, 409), Races.together(() -> update(id, a, version, null), () -> update(id, b, version, null)),
                    "round " + round);
            assertEquals(version + 1, version(id), "exactly one update stored, round " + round);
        }
    }

    @Test
    void shouldTagATaskAndHonourIfMatch() {
        String id = create();
        String etag = given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/tasks/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor(REGION)).header("If-None-Match", etag).when().get("/api/tasks/tasks/" + id)
                .then().statusCode(304);
        assertEquals(428, update(id, "盲改", null, null));
        assertEquals(200, update(id, "按标签修改", null, etag));
        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/tasks/tasks/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("按标签修改"));
        // the first tag is stale now, whatever the body says
        given().auth().oauth2(TestTokens.supervisor(REGION)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(UPDATE.formatted("C-" + id, "旧标签", ",\"version\":1")).when().put("/api/tasks/tasks/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        assertEquals(1, version(id));
    }

    @Test
    void shouldAnswer428NotAServerErrorForATransitionNamingNoVersionAndTakeIfMatch() {
        String token = TestTokens.supervisor(REGION);
        String plan = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"regionCode\":\"420102\",\"year\":2033,\"title\":\"并发计划\"}")
                .when().post("/api/tasks/plans").then().statusCode(201).extract().path("id").toString();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").when().post("/api/tasks/plans/" + plan + "/publish")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{}")
                .when().post("/api/tasks/plans/" + plan + "/publish").then().statusCode(412);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "*").body("{}")
                .when().post("/api/tasks/plans/" + plan + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").when().post("/api/tasks/plans/" + plan + "/archive")
                .then().statusCode(428);
    }
}
