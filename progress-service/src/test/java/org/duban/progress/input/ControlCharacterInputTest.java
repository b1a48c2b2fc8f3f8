package org.duban.progress.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.duban.progress.support.Api;
import org.junit.jupiter.api.Test;

/** NUL and other control characters in a body or an address answer 400 problem+json, never 500 (issue 12's cases). */
@QuarkusTest
class ControlCharacterInputTest {

    @Test
    void shouldRefuseANulInANarrativeOrANoteWith400NamingTheField() {
        given().auth().oauth2(Api.reporter("1")).contentType(ContentType.JSON)
                .body("{\"taskId\":\"t-1\",\"period\":\"Q1\",\"narrative\":\"a\\u0000b\"}")
                .when().post("/api/progress/reports")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("narrative"));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body("{\"taskId\":\"t-1\",\"unitId\":\"1\",\"period\":\"Q1\",\"note\":\"n\\u0000\"}")
                .when().post("/api/progress/supervision/urgings")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAControlCharacterInTheAddress() {
        given().auth().oauth2(Api.supervisor()).urlEncodingEnabled(false)
                .when().get("/api/progress/obligations?unitId=%00%27")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Api.supervisor()).urlEncodingEnabled(false)
                .when().get("/api/progress/reports/ab%07cd")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldKeepLineBreaksAndTabsInText() {
        given().auth().oauth2(Api.reporter("1")).contentType(ContentType.JSON)
                .body("{\"taskId\":\"no-such-task\",\"period\":\"Q1\",\"narrative\":\"一季度:\\n\\t完成。\"}")
                .when().post("/api/progress/reports")
                .then().statusCode(422); // read fine; refused only because the task is unknown
    }
}
