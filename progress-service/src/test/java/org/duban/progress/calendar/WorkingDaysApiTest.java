package org.duban.progress.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Events;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The official working-day schedule through its API: the bundled years are there at start-up (2026's National Day
 * holiday and its make-up Saturday), everyone signed in reads them, only ADMIN changes them, with a version, and a
 * change moves the deadlines of plans that keep the default calendar.
 */
@QuarkusTest
class WorkingDaysApiTest {

    private static final String REGION = "431299";

    @Test
    void theBundledScheduleIsLoadedAndReadableByAnyoneSignedIn() {
        given().auth().oauth2(TestTokens.unitReporter(REGION, "1")).when().get("/api/progress/working-days/2026")
                .then().statusCode(200)
                .body("holidays", hasItems("2026-10-01", "2026-10-07", "2026-02-15", "2026-05-05"))
                .body("makeUpWorkdays", hasItems("2026-10-10", "2026-09-20", "2026-02-14", "2026-02-28", "2026-05-09", "2026-01-04"))
                .body("source", org.hamcrest.Matchers.containsString("gov.cn"));
        given().auth().oauth2(TestTokens.supervisor(REGION)).queryParam("pageSize", 100).when().get("/api/progress/working-days")
                .then().statusCode(200).body("items.year", hasItems(2019, 2021, 2026));
        given().when().get("/api/progress/working-days/2026").then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/progress/working-days/2098")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/progress/working-days/1999")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAnAdministratorChangesAYearAndAChangeMovesTheDefaultDeadlines() {
        int year = 2099;
        LocalDate q1 = LocalDate.of(year, 4, 10);
        while (q1.getDayOfWeek() == DayOfWeek.SATURDAY || q1.getDayOfWeek() == DayOfWeek.SUNDAY) {
            q1 = q1.minusDays(1); // a weekday deadline, so that only the holiday can move it
        }
        String plan = "wdapi-" + UUID.randomUUID().toString().substring(0, 8);
        Events.assigned(new Events.Task(plan, plan + "-t", "1", "任务").set("regionCode", REGION).set("year", year)
                .lead("U" + plan, "区财政局" + plan), year + "-01-05T10:00");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.supervisor(REGION))
                .when().get("/api/progress/plans/" + plan + "/calendar").statusCode() == 200);

        Map<String, Object> body = Map.of("holidays", List.of(q1.toString()), "makeUpWorkdays", List.of(),
                "source", "国务院办公厅关于2099年部分节假日安排的通知(测试)");
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON).body(body)
                .when().put("/api/progress/working-days/" + year).then().statusCode(403);
        // 4/10 of 2099 is not a default Q1 deadline any more if the moved one is earlier: use the plan's own calendar
        given().auth().oauth2(TestTokens.supervisor(REGION)).contentType(ContentType.JSON)
                .body(Map.of("shiftToWorkingDay", true, "periods", List.of(Map.of("period", "Q1", "deadline", q1.toString()))))
                .when().put("/api/progress/plans/" + plan + "/calendar").then().statusCode(200)
                .body("periods[0].effectiveDeadline", equalTo(q1.toString()));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/progress/working-days/" + year).then().statusCode(200)
                .body("holidays", hasItem(q1.toString())).body("updatedBy", not(equalTo("bundled")));
        String moved = given().auth().oauth2(TestTokens.supervisor(REGION)).when().get("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).extract().path("periods[0].effectiveDeadline");
        assertEquals(q1.plusDays(q1.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1).toString(), moved);
        // the change is announced, so the gateway's quiet hours follow the same calendar
        String holiday = q1.toString();
        List<org.duban.testing.KafkaTestClient.Received> read = org.duban.testing.KafkaTestClient.forTestBroker()
                .readUntil("duban.progress.v1", r -> r.key().equals(String.valueOf(year))
                        && r.event().path("type").asText().equals("duban.progress.working-days-updated.v1"), Duration.ofSeconds(30));
        com.fasterxml.jackson.databind.JsonNode data = read.get(read.size() - 1).event().get("data");
        assertEquals(year, data.get("year").asInt());
        assertEquals(holiday, data.get("holidays").get(0).asText());

        // a second change must name the version it read
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/progress/working-days/" + year).then().statusCode(428);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(), "makeUpWorkdays", List.of(), "source", "x", "lockVersion", 7))
                .when().put("/api/progress/working-days/" + year).then().statusCode(409);
    }

    @Test
    void anImpossibleScheduleIsRefusedWithTheField() {
        String weekday = "2097-03-04"; // a Monday
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(), "makeUpWorkdays", List.of(weekday), "source", "x"))
                .when().put("/api/progress/working-days/2097").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of("2097-03-02"), "makeUpWorkdays", List.of("2097-03-02"), "source", "x"))
                .when().put("/api/progress/working-days/2097").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of("2095-05-01"), "makeUpWorkdays", List.of(), "source", "x"))
                .when().put("/api/progress/working-days/2097").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("holidays", List.of(), "makeUpWorkdays", List.of()))
                .when().put("/api/progress/working-days/2097").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/progress/working-days/2097").then().statusCode(404);
    }
}
