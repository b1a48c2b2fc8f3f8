package org.duban.progress.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.duban.testing.TestTokens;

/** The HTTP calls tests make again and again, as the roles that make them. */
public final class Api {

    public static final String REGION = "420102";

    private Api() {
    }

    public static String supervisor() {
        return TestTokens.supervisor(REGION);
    }

    public static String reporter(String unitId) {
        return TestTokens.unitReporter(REGION, unitId);
    }

    public static String head(String unitId) {
        return TestTokens.unitHead(REGION, unitId);
    }

    /** Waits until the task's assignments have arrived through Kafka. */
    public static void awaitObligations(String unitId, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Integer total = given().auth().oauth2(supervisor()).queryParam("unitId", unitId)
                    .when().get("/api/progress/obligations").then().statusCode(200).extract().path("pager.total");
            return total != null && total >= count;
        });
    }

    public static ValidatableResponse draft(String unitId, Map<String, Object> body) {
        return given().auth().oauth2(reporter(unitId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/progress/reports").then();
    }

    public static String draftId(String unitId, String taskId, String period, String narrative) {
        return draft(unitId, Map.of("taskId", taskId, "period", period, "narrative", narrative))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse approve(String unitId, String reportId) {
        return given().auth().oauth2(head(unitId)).when().post("/api/progress/reports/" + reportId + "/approve").then();
    }

    public static ValidatableResponse accept(String reportId) {
        return given().auth().oauth2(supervisor()).when().post("/api/progress/reports/" + reportId + "/accept").then();
    }

    public static ValidatableResponse sweep() {
        return given().auth().oauth2(supervisor()).when().post("/api/progress/supervision/sweeps").then().statusCode(200);
    }
}
