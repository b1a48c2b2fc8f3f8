package org.duban.progress.pace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.duban.progress.support.TestClock;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.RecordedEvents;
import org.duban.testing.RecordedEvents.Recorded;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of indicators-service's contract: what it really emitted for the 2018 Q1 GDP figure
 * ({@code contracts/indicators-service/indicator-evaluated.jsonl}: observation-recorded, then
 * indicator-evaluated) is replayed next to tasks-service's recording of the 2018 Q1 table of the same region
 * ({@code completion-table-small}, whose task 1 is the GDP target), and the notice and the pace show the figure.
 */
@QuarkusTest
@TestClock("2018-04-11T09:00")
class IndicatorEventsContractTest {

    private static final String TASK_ASSIGNED = "duban.tasks.task-assigned.v1";
    private static final String RECORDED = "duban.indicators.observation-recorded.v1";
    private static final String EVALUATED = "duban.indicators.indicator-evaluated.v1";

    private record Scene(String plan, String region, String gdpTask, JsonNode observation, JsonNode verdict) {
    }

    /**
     * Replays the table (with task 1 changed by {@code task1}) and then the indicator recording; waits until the
     * verdict is in the notice.
     */
    private static Scene replay(java.util.function.UnaryOperator<Recorded> task1) {
        RecordedEvents.Replay table = RecordedEvents.replay("tasks-service", "completion-table-small");
        RecordedEvents.Replay indicators = RecordedEvents.replay("indicators-service", "indicator-evaluated");
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        String gdpTask = null;
        for (Recorded e : table.events()) {
            boolean first = e.type().equals(TASK_ASSIGNED) && "1".equals(e.data().path("number").asText());
            Recorded sent = first ? task1.apply(e) : e;
            gdpTask = first ? e.data().path("taskId").asText() : gdpTask;
            kafka.send(sent.topic(), sent.key(), sent.cloudEvent("/duban/tasks-service"));
        }
        indicators.sendAll("/duban/indicators-service");
        JsonNode plan = table.ofType("duban.tasks.plan-published.v1").get(0).data();
        JsonNode verdict = indicators.ofType(EVALUATED).get(0).data();
        assertEquals(plan.path("regionCode").asText(), verdict.path("regionCode").asText(), "the recordings describe one region");
        Scene scene = new Scene(plan.path("planId").asText(), plan.path("regionCode").asText(), gdpTask,
                indicators.ofType(RECORDED).get(0).data(), verdict);
        String expected = "(预期目标" + verdict.path("targetText").asText() + ")";
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> notice(scene).contains(expected));
        return scene;
    }

    private static String notice(Scene s) {
        return given().auth().oauth2(TestTokens.supervisor(s.region())).queryParam("period", "Q1").queryParam("format", "md")
                .when().get("/api/progress/plans/" + s.plan() + "/notice").then().extract().asString();
    }

    private static String plain(JsonNode n) {
        return new BigDecimal(n.asText()).stripTrailingZeros().toPlainString();
    }

    @Test
    void shouldOpenTheNoticeWithTheEvaluatedFigureAgainstItsTarget() {
        Scene s = replay(e -> e);
        String notice = notice(s);
        // "地区生产总值增长8%(预期目标增长9.5%,达到678亿元)": the catalog's name indicators-service sends (no task of this
        // plan is linked to GDP), its growth rate and target wording, in section 一 — never the code "GDP增长8%"
        assertEquals("地区生产总值", s.verdict().path("indicatorName").asText(), "the recording carries the catalog's name");
        String line = "地区生产总值增长" + plain(s.verdict().path("growthRate")) + "%(预期目标" + s.verdict().path("targetText").asText() + ")";
        assertTrue(!notice.contains("GDP增长"), notice);
        int indicators = notice.indexOf("一、主要经济指标完成情况");
        int figure = notice.indexOf(line);
        int others = notice.indexOf("二、");
        assertTrue(indicators >= 0 && indicators < figure && (others < 0 || figure < others), "«" + line + "» in section 一:\n" + notice);
    }

    /**
     * When the plan's task names the indicator (tasks-service sends {@code indicatorCode} and {@code quantTargets}
     * for it; its imported tables leave both empty, so here they are set on the recorded task), the task's pace
     * is the recorded figure over the task's quantity target and the notice names the indicator by the task.
     */
    @Test
    void shouldJudgeTheLinkedTasksPaceFromTheRecordedFigure() {
        Scene s = replay(e -> {
            ObjectNode data = e.data().deepCopy();
            data.put("indicatorCode", "GDP");
            ObjectNode target = JsonNodeFactory.instance.objectNode().put("metric", "地区生产总值").put("value", 678)
                    .put("unit", "亿元").put("comparator", "AT_LEAST");
            data.set("quantTargets", JsonNodeFactory.instance.arrayNode().add(target));
            return new Recorded(e.topic(), e.key(), e.type(), data);
        });
        assertEquals("GDP", s.verdict().path("indicatorCode").asText());
        double figure = s.observation().path("value").asDouble();
        double expectedPercent = Math.round(figure / 678 * 1000.0) / 10.0;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pace(s, "actualPercent") != null);
        assertEquals(expectedPercent, ((Number) pace(s, "actualPercent")).doubleValue(), 1e-9, "% of the annual 678亿元");
        assertEquals(25.0, ((Number) pace(s, "expectedPercent")).doubleValue(), 1e-9);
        assertEquals("BEHIND", pace(s, "status"));
        assertEquals("RED", pace(s, "light"));
        String line = "地区生产总值增长" + plain(s.verdict().path("growthRate")) + "%(预期目标" + s.verdict().path("targetText").asText() + ")";
        assertTrue(notice(s).contains(line), "«" + line + "» in\n" + notice(s));
    }

    private static Object pace(Scene s, String field) {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.supervisor(s.region())).queryParam("period", "Q1")
                .when().get("/api/progress/plans/" + s.plan() + "/pace").then().statusCode(200).extract().path("items");
        return items.stream().filter(i -> s.gdpTask().equals(i.get("taskId"))).findFirst().map(i -> i.get(field)).orElse(null);
    }
}
