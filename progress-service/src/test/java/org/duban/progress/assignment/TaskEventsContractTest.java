package org.duban.progress.assignment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.duban.progress.support.TestClock;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.RecordedEvents;
import org.duban.testing.RecordedEvents.Recorded;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of tasks-service's task events: its recording of a task's life
 * ({@code contracts/tasks-service/task-lifecycle.jsonl}: the plan published with the task assigned, the task
 * updated — another lead, a unit in, a unit out — and cancelled) is replayed one event at a time, and after
 * each step the units that owe reports on the task are exactly the ones the event names (lead unit LEAD,
 * responsible units RESPONSIBLE; related units owe nothing), with the task's number, title and the plan's
 * deadlines; after the cancellation nobody owes anything and no report can be drafted on it.
 */
@QuarkusTest
@TestClock("2019-01-14T16:12")
class TaskEventsContractTest {

    private static final String PLAN_PUBLISHED = "duban.tasks.plan-published.v1";
    private static final String CANCELLED = "duban.tasks.task-cancelled.v1";

    /** Units the event says owe reports: the lead unit first, then the responsible units, by id. */
    private static Map<String, String> owedBy(Recorded e) {
        Map<String, String> owed = new LinkedHashMap<>();
        if (e.type().equals(CANCELLED) || "CANCELLED".equals(e.data().path("status").asText())) {
            return owed;
        }
        JsonNode lead = e.data().path("leadUnit");
        if (lead.isObject()) {
            owed.put(lead.path("id").asText(), "LEAD");
        }
        e.data().path("responsibleUnits").forEach(u -> owed.putIfAbsent(u.path("id").asText(), "RESPONSIBLE"));
        return owed;
    }

    private static Set<String> unitsNamedIn(List<Recorded> events) {
        Set<String> units = new LinkedHashSet<>();
        for (Recorded e : events) {
            for (String field : List.of("leadUnit", "responsibleUnits", "relatedUnits")) {
                JsonNode n = e.data().path(field);
                if (n.isObject()) {
                    units.add(n.path("id").asText());
                }
                n.forEach(u -> units.add(u.path("id").asText()));
            }
        }
        units.remove("");
        return units;
    }

    /** unit id → role, for every unit that owes a report on the task (one GET per unit the recording names). */
    private static Map<String, String> owedNow(String region, String taskId, Set<String> units) {
        Map<String, String> owed = new TreeMap<>();
        for (String unit : units) {
            List<Map<String, Object>> items = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("unitId", unit)
                    .when().get("/api/progress/obligations").then().statusCode(200).extract().path("items");
            items.stream().filter(i -> taskId.equals(i.get("taskId"))).forEach(i -> owed.put(unit, (String) i.get("role")));
        }
        return owed;
    }

    @Test
    void shouldOweReportsExactlyAsEachRecordedTaskEventSays() {
        RecordedEvents.Replay replay = RecordedEvents.replay("tasks-service", "task-lifecycle");
        JsonNode plan = replay.ofType(PLAN_PUBLISHED).get(0).data();
        String region = plan.path("regionCode").asText();
        List<Recorded> taskEvents = replay.events().stream().filter(e -> !e.type().equals(PLAN_PUBLISHED)).toList();
        assertEquals(List.of("duban.tasks.task-assigned.v1", "duban.tasks.task-updated.v1", CANCELLED),
                taskEvents.stream().map(Recorded::type).toList(), "the recorded life of the task");
        String taskId = taskEvents.get(0).data().path("taskId").asText();
        Set<String> units = unitsNamedIn(taskEvents);
        KafkaTestClient kafka = KafkaTestClient.forTestBroker();
        JsonNode task = null;
        Recorded previous = null;
        int step = 0;

        for (Recorded e : replay.events()) {
            kafka.send(e.topic(), e.key(), e.cloudEvent("/duban/tasks-service"));
            if (e.type().equals(PLAN_PUBLISHED)) {
                continue;
            }
            task = e.type().equals(CANCELLED) ? task : e.data();
            Map<String, String> expected = new TreeMap<>(owedBy(e));
            String name = e.type().substring("duban.tasks.".length());
            Awaitility.await(name + ": " + expected).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> owedNow(region, taskId, units).equals(expected));
            if (e.type().equals(CANCELLED)) {
                continue;
            }
            assertFalse(expected.isEmpty(), name + " names units that owe reports");
            for (String unit : expected.keySet()) {
                Map<String, Object> obligation = given().auth().oauth2(TestTokens.supervisor(region)).queryParam("unitId", unit)
                        .when().get("/api/progress/obligations").then().statusCode(200)
                        .extract().jsonPath().getMap("items.find { it.taskId == '" + taskId + "' }");
                assertEquals(task.path("number").asText(), obligation.get("taskNumber"), name + " number");
                assertEquals(task.path("title").asText(), obligation.get("taskTitle"), name + " title");
                assertEquals(task.path("year").asInt(), obligation.get("year"), name + " year");
                if (plan.path("deadlines").isObject()) {
                    // the deadlines the unit is shown are the plan's (tasks-service's) deadlines
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> periods = (List<Map<String, Object>>) obligation.get("periods");
                    Map<String, String> shown = new TreeMap<>();
                    periods.forEach(p -> shown.put((String) p.get("period"), (String) p.get("deadline")));
                    // a unit the office added "from" a date (effectiveDate) owes the periods due from that day on
                    String from = (String) obligation.get("assignedFrom");
                    boolean addedNow = previous != null && !owedBy(previous).containsKey(unit);
                    assertEquals(addedNow ? e.data().path("effectiveDate").asText(null) : null, from, name + " assigned from, " + unit);
                    Map<String, String> planned = new TreeMap<>();
                    plan.path("deadlines").fields().forEachRemaining(d -> {
                        if (from == null || d.getValue().asText().compareTo(from) >= 0) {
                            planned.put(d.getKey(), d.getValue().asText());
                        }
                    });
                    assertEquals(planned, shown, name + " deadlines of " + unit);
                }
            }
            // the lead unit can file its report now (a period per step, so no two drafts meet)
            String lead = expected.entrySet().stream().filter(x -> x.getValue().equals("LEAD")).findFirst().orElseThrow().getKey();
            given().auth().oauth2(TestTokens.unitReporter(region, lead)).contentType(ContentType.JSON)
                    .body(Map.of("taskId", taskId, "period", List.of("Q1", "H1").get(step++), "narrative", name + ":已启动。"))
                    .when().post("/api/progress/reports").then().statusCode(201);
            previous = e;
        }

        // cancelled: nobody owes anything, and no unit can report on it
        for (String unit : units) {
            given().auth().oauth2(TestTokens.unitReporter(region, unit)).contentType(ContentType.JSON)
                    .body(Map.of("taskId", taskId, "period", "Q3", "narrative", "取消后。"))
                    .when().post("/api/progress/reports").then().statusCode(422).contentType("application/problem+json");
        }
    }
}
