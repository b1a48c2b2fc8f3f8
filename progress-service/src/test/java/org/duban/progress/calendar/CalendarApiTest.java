package org.duban.progress.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarApiTest {

    private String plan;
    private String task;
    private String unit;

    @BeforeEach
    void assign() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        plan = "cal-" + s;
        task = "ct-" + s;
        unit = "U" + s;
        Events.assigned(new Events.Task(plan, task, "1", "健全建议提案办理工作机制").lead(unit, "区政府办"));
        Api.awaitObligations(unit, 1);
    }

    @Test
    void shouldAnswerTheDefaultCalendarOfThePlansYear() {
        given().auth().oauth2(Api.reporter(unit)).when().get("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200)
                .body("year", equalTo(2018)).body("customised", equalTo(false))
                .body("periods.period", equalTo(List.of("Q1", "H1", "Q3", "ANNUAL")))
                .body("periods[0].deadline", equalTo("2018-04-10"))
                .body("periods[3].deadline", equalTo("2018-12-25"));
    }

    @Test
    void shouldShiftAnEditedDeadlineOverAWeekendAndAListedHoliday() {
        // 4/7/2018 is a Saturday of the 清明 holiday and 4/8 the official make-up working Sunday, which this plan
        // makes a holiday of its own, as it does Monday 4/9: the deadline moves to Tuesday 4/10
        Map<String, Object> body = Map.of("shiftToWorkingDay", true, "holidays", List.of("2018-04-08", "2018-04-09"),
                "periods", List.of(Map.of("period", "Q1", "deadline", "2018-04-07"), Map.of("period", "H1", "deadline", "2018-07-10")));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(body)
                .when().put("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).body("customised", equalTo(true)).body("periods", hasSize(2))
                .body("periods[0].effectiveDeadline", equalTo("2018-04-10")).body("periods[0].shifted", equalTo(true));
        // Q3 is no longer in this plan's calendar
        Api.draft(unit, Map.of("taskId", task, "period", "Q3", "narrative", "x")).statusCode(422);
        given().auth().oauth2(Api.supervisor()).queryParam("unitId", unit).when().get("/api/progress/obligations")
                .then().statusCode(200).body("items[0].periods", hasSize(2))
                .body("items[0].periods[0].deadline", equalTo("2018-04-10"));
    }

    @Test
    void shouldPutThePlanBackOnTheDefaultCalendar() {
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("shiftToWorkingDay", true, "holidays", List.of("2018-04-09", "2018-04-09"),
                        "periods", List.of(Map.of("period", "Q1", "deadline", "2018-04-07"))))
                .when().put("/api/progress/plans/" + plan + "/calendar")
                // (a day listed twice is one day — break-it trial)
                .then().statusCode(200).body("customised", equalTo(true)).body("periods", hasSize(1))
                .body("holidays", equalTo(List.of("2018-04-09")));
        // a unit may not, the office may: the four default periods again, nothing of the plan's own
        given().auth().oauth2(Api.reporter(unit)).when().delete("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Api.supervisor()).when().delete("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).body("customised", equalTo(false)).body("holidays", hasSize(0))
                .body("periods", hasSize(4)).body("periods[0].deadline", equalTo("2018-04-10"));
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).body("customised", equalTo(false)).body("periods", hasSize(4));
        given().auth().oauth2(Api.supervisor()).when().delete("/api/progress/plans/no-such-plan/calendar").then().statusCode(404);
    }

    @Test
    void shouldFollowTheOfficialScheduleWhereThePlanSaysNothing() {
        // without holidays of its own the plan keeps the official make-up Sunday 4/8/2018 as a working day
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("shiftToWorkingDay", true, "periods", List.of(Map.of("period", "Q1", "deadline", "2018-04-07"))))
                .when().put("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).body("periods[0].effectiveDeadline", equalTo("2018-04-08"));
    }

    @Test
    void shouldAcceptAMonthlyCalendar() {
        List<Map<String, Object>> months = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Map.of("period", String.format("M%02d", m),
                    "deadline", m == 12 ? "2018-12-25" : String.format("2018-%02d-10", m + 1)));
        }
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("shiftToWorkingDay", false, "periods", months))
                .when().put("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).body("periods", hasSize(12))
                .body("periods[4].period", equalTo("M05")).body("periods[4].label", equalTo("5月"))
                .body("periods[4].deadline", equalTo("2018-06-10"));
        Api.draft(unit, Map.of("taskId", task, "period", "M05", "narrative", "5月完成情况。")).statusCode(201);
        Api.draft(unit, Map.of("taskId", task, "period", "Q1", "narrative", "x")).statusCode(422);
    }

    @Test
    void shouldRejectAnInvalidCalendarAndKeepTheOldOne() {
        Map<String, Object> early = Map.of("shiftToWorkingDay", false,
                "periods", List.of(Map.of("period", "Q3", "deadline", "2018-02-01")));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(early)
                .when().put("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> twice = Map.of("shiftToWorkingDay", false, "periods",
                List.of(Map.of("period", "Q1", "deadline", "2018-04-10"), Map.of("period", "Q1", "deadline", "2018-04-12")));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(twice)
                .when().put("/api/progress/plans/" + plan + "/calendar").then().statusCode(400);
        given().auth().oauth2(Api.reporter(unit)).contentType(ContentType.JSON).body(twice)
                .when().put("/api/progress/plans/" + plan + "/calendar").then().statusCode(403);
        // one day both a holiday and a make-up working day, or a weekday "made up", is refused as the official schedule
        // refuses it (a plan's calendar took it, and the sweep silently worked the day: break-it trial)
        Map<String, Object> both = Map.of("shiftToWorkingDay", false, "holidays", List.of("2018-04-28"),
                "makeUpWorkdays", List.of("2018-04-28"), "periods", List.of(Map.of("period", "Q1", "deadline", "2018-04-10")));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(both)
                .when().put("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("makeUpWorkdays"));
        Map<String, Object> weekday = Map.of("shiftToWorkingDay", false, "makeUpWorkdays", List.of("2018-04-11"),
                "periods", List.of(Map.of("period", "Q1", "deadline", "2018-04-10")));
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON).body(weekday)
                .when().put("/api/progress/plans/" + plan + "/calendar").then().statusCode(400);
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/plans/" + plan + "/calendar")
                .then().statusCode(200).body("customised", equalTo(false));
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/plans/no-such-plan/calendar").then().statusCode(404);
    }

    @Test
    void shouldGrantA补报ExceptionOnlyToAUnitThatOwesAndAfterTheDeadline() {
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("unitId", "nobody", "period", "Q1", "allowedUntil", "2018-04-20", "reason", "x"))
                .when().post("/api/progress/plans/" + plan + "/late-grants").then().statusCode(422);
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit, "period", "Q1", "allowedUntil", "2018-04-01", "reason", "x"))
                .when().post("/api/progress/plans/" + plan + "/late-grants").then().statusCode(400);
        given().auth().oauth2(Api.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("unitId", unit, "period", "Q1", "allowedUntil", "2018-04-20", "reason", "人员调整"))
                .when().post("/api/progress/plans/" + plan + "/late-grants").then().statusCode(201);
        given().auth().oauth2(Api.supervisor()).when().get("/api/progress/plans/" + plan + "/late-grants")
                .then().statusCode(200).body("pager.total", equalTo(1)).body("items[0].reason", equalTo("人员调整"));
    }
}
