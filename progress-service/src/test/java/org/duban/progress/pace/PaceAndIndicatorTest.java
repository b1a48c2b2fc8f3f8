package org.duban.progress.pace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.duban.progress.support.Api;
import org.duban.progress.support.Events;
import org.duban.progress.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestClock("2018-04-08T10:00")
class PaceAndIndicatorTest {

    private static Map<String, Object> observation(String code, int year, String period, double value, int revision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("observationId", UUID.randomUUID().toString());
        d.put("indicatorCode", code);
        d.put("regionCode", Api.REGION);
        d.put("year", year);
        d.put("period", period);
        d.put("value", value);
        d.put("unit", "亿元");
        d.put("growthRate", 14.0);
        d.put("estimate", true);
        d.put("source", "区统计局");
        d.put("revision", revision);
        return d;
    }

    private static Object paceOf(String plan, String taskId, String field) {
        List<Map<String, Object>> items = given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1")
                .when().get("/api/progress/plans/" + plan + "/pace").then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> taskId.equals(i.get("taskId"))).findFirst().map(i -> i.get(field)).orElse(null);
    }

    @Test
    void shouldJudgePaceFromIndicatorFiguresAndReportsAndPrintTheNoticeInTheSeedOrder() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String plan = "pace-" + s;
        String fai = "FAI" + s;
        String gdp = "GDP" + s;
        String investment = plan + "-3";
        String afforestation = plan + "-23";
        String lead = "D" + s;
        Events.assigned(new Events.Task(plan, plan + "-1", "1", "地区生产总值达到678亿元,增长9.5%").lead(lead, "区发改局")
                .set("indicatorCode", gdp)
                .set("quantTargets", List.of(Map.of("metric", "增长", "value", 9.5, "unit", "%", "comparator", "ABOUT"))));
        Events.assigned(new Events.Task(plan, investment, "3", "固定资产投资达到266亿元,增长16%").lead(lead, "区发改局")
                .set("indicatorCode", fai)
                .set("quantTargets", List.of(Map.of("metric", "投资", "value", 266, "unit", "亿元", "comparator", "AT_LEAST"),
                        Map.of("metric", "增长", "value", 16, "unit", "%", "comparator", "AT_LEAST"))));
        Events.assigned(new Events.Task(plan, afforestation, "23", "完成年度荒山造林15.4万亩").lead("F" + s, "区林业局")
                .set("sectionPath", List.of("生态文明")));
        Events.send(Events.INDICATORS_TOPIC, fai + ":" + Api.REGION, "duban.indicators.observation-recorded.v1",
                observation(fai, 2018, "Q1", 27.4, 2));
        // an older revision arriving late changes nothing
        Events.send(Events.INDICATORS_TOPIC, fai + ":" + Api.REGION, "duban.indicators.observation-recorded.v1",
                observation(fai, 2018, "Q1", 200, 1));
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("indicatorCode", gdp);
        verdict.put("regionCode", Api.REGION);
        verdict.put("year", 2018);
        verdict.put("period", "Q1");
        verdict.put("verdict", "BEHIND_PACE");
        verdict.put("targetText", "9.5%");
        verdict.put("actualValue", 121.9);
        verdict.put("unit", "亿元");
        verdict.put("growthRate", 8);
        verdict.put("rule", "ABOUT");
        Events.send(Events.INDICATORS_TOPIC, gdp + ":" + Api.REGION, "duban.indicators.indicator-evaluated.v1", verdict);
        Api.awaitObligations("F" + s, 1);

        String report = Api.draftId("F" + s, afforestation, "Q1", "一季度,全区已完成造林17.75万亩,占年度任务的114.5%。");
        Api.approve("F" + s, report).statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> paceOf(plan, investment, "actualPercent") != null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            String md = given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1")
                    .when().get("/api/progress/plans/" + plan + "/notice").then().extract().asString();
            return md.contains("预期目标9.5%");
        });
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> Math.abs(((Number) paceOf(plan, investment, "actualPercent")).doubleValue() - 10.3) < 1e-4);
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("light", "RED")
                .when().get("/api/progress/plans/" + plan + "/pace")
                .then().statusCode(200).body("items.find { it.taskId == '" + investment + "' }.status", equalTo("BEHIND"));
        given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1")
                .when().get("/api/progress/plans/" + plan + "/pace")
                .then().statusCode(200)
                .body("items.find { it.taskId == '" + afforestation + "' }.status", equalTo("COMPLETED"))
                .body("items.find { it.taskId == '" + afforestation + "' }.light", equalTo("GREEN"))
                .body("items.find { it.taskId == '" + investment + "' }.expectedPercent", equalTo(25.0f));

        String notice = given().auth().oauth2(Api.supervisor()).queryParam("period", "Q1").queryParam("format", "md")
                .when().get("/api/progress/plans/" + plan + "/notice").then().statusCode(200).extract().asString();
        int indicators = notice.indexOf("地区生产总值增长8%(预期目标9.5%);固定资产投资增长14%(预计数)(预期目标达到266亿元,增长16%)");
        int quantified = notice.indexOf("占年度任务的114.5%");
        int behind = notice.indexOf("进度滞后单位");
        org.junit.jupiter.api.Assertions.assertTrue(indicators > 0 && indicators < quantified && quantified < behind, notice);
        org.hamcrest.MatcherAssert.assertThat(notice, containsString("区发改局:进度滞后1项:第3项"));
    }
}
