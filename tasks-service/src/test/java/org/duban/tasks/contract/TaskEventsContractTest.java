package org.duban.tasks.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.duban.testing.KafkaTestClient;
import org.duban.testing.RecordedEvents;
import org.duban.testing.Seeds;
import org.duban.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The producer side of tasks-service's event contract: drives the service through its HTTP API, reads what it
 * emitted on {@code duban.tasks.v1} for the scenario's plan, and compares it with the committed recording in
 * {@code deploy/testing/src/main/resources/contracts/tasks-service/} (re-record with
 * {@code -Dduban.contracts.record=true}). The consumers (progress-service) replay those recordings.
 *
 * <p>The topic has several partitions, so records of different keys arrive in no fixed order. The recording
 * puts them in the order the outbox wrote them, rebuilt deterministically: every key's records keep their
 * offset order (one key, one partition), and the n-th record of each key comes before the (n+1)-th, keys ranked
 * plan first, then tasks in plan order (序号 position). For these scenarios that is exactly the outbox's order
 * (plan-published, task-assigned per task, progress-imported per task; or assigned, updated, cancelled).
 *
 * <p>Identifiers are given their kind before {@link RecordedEvents} numbers them (see {@link #namespaced}), so
 * plan 1 and task 1 are two identifiers, whichever tests ran before in the same database.
 *
 * <p>Each scenario uses a region of its own, so that the units the groups expand to (各乡、街道办事处) and the
 * order of first appearance of every identifier are the same on every run.
 */
@QuarkusTest
class TaskEventsContractTest {
    private static final String PRODUCER = "tasks-service";
    private static final String TOPIC = "duban.tasks.v1";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void completionTableSmall() {
        importCompletionTable("completion-table-small", "430621", fixture("completion-table-small.txt"), 3);
    }

    @Test
    void completionTableSeed() {
        importCompletionTable("completion-table-seed", "430622", Seeds.text("district-2018-q1-completion-table.txt"), 96);
    }

    @Test
    void taskLifecycle() {
        String region = "420131";
        String token = TestTokens.supervisor(region);
        JsonPath plan = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "year", 2019, "title", "2019年《政府工作报告》目标任务分解",
                        "markerLegend", Map.of("★", "区委经济会议工作报告中的目标任务")))
                .when().post("/api/tasks/plans").then().statusCode(201).extract().jsonPath();
        long planId = plan.getLong("id");
        long sectionId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("label", "二", "title", "2019年重点工作", "kind", "KEY_WORK"))
                .when().post("/api/tasks/plans/" + planId + "/sections").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        Map<String, Object> task = new LinkedHashMap<>();
        task.put("regionCode", region);
        task.put("year", 2019);
        task.put("planId", planId);
        task.put("sectionId", sectionId);
        task.put("number", "7");
        task.put("title", "加快建设物流园,一期年内开工");
        task.put("markers", List.of("★"));
        task.put("leaders", List.of("赵六"));
        task.put("coordinator", "钱七");
        task.put("leadUnit", "区商务局");
        task.put("leadPerson", "周九");
        task.put("responsibleUnits", List.of("区发改局", "区财政局"));
        task.put("relatedUnits", List.of("区统计局(数据统计评估牵头单位)"));
        task.put("dueDate", "2019-12-31");
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON).body(task)
                .when().post("/api/tasks/tasks").then().statusCode(201).extract().jsonPath();
        long taskId = created.getLong("id");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", plan.getInt("version")))
                .when().post("/api/tasks/plans/" + planId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // the lead moves to 区发改局 (so it leaves the responsible units), 区住建局 joins, 区交通运输局 becomes related
        Map<String, Object> update = new LinkedHashMap<>(task);
        update.keySet().removeAll(List.of("regionCode", "year", "planId"));
        update.put("leadUnit", "区发改局");
        update.put("leadPerson", "徐铭喜");
        update.put("responsibleUnits", List.of("区财政局", "区住建局"));
        update.put("relatedUnits", List.of("区统计局(数据统计评估牵头单位)", "区交通运输局"));
        update.put("effectiveDate", "2019-05-15"); // 自5月15日起: progress-service dates the change by it
        update.put("version", created.getInt("version"));
        int version = given().auth().oauth2(token).contentType(ContentType.JSON).body(update)
                .when().put("/api/tasks/tasks/" + taskId).then().statusCode(200)
                .body("leadUnit.name", equalTo("区发改局"))
                .body("responsibleUnits.name", equalTo(List.of("区财政局", "区住建局")))
                .extract().path("version");

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED", "version", version))
                .when().post("/api/tasks/tasks/" + taskId + "/status").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        // plan-published, task-assigned (on publish), task-updated, task-cancelled
        record("task-lifecycle", planId, List.of(taskId), 4);
    }

    /** Imports a completion table as TABLE_TEXT (2018 Q1, published on commit) and records what follows. */
    private static void importCompletionTable(String scenario, String region, String text, int tasks) {
        String token = TestTokens.supervisor(region);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("regionCode", region);
        request.put("format", "TABLE_TEXT");
        request.put("text", text);
        request.put("year", 2018);
        request.put("period", "Q1");
        request.put("publish", true);
        JsonPath committed = given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .when().post("/api/tasks/imports").then().statusCode(201)
                .body("taskCount", equalTo(tasks)).body("progressEvents", equalTo(tasks))
                .extract().jsonPath();
        long planId = committed.getLong("planId");
        List<Long> taskIds = given().auth().oauth2(token).queryParam("pageSize", 1000)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200)
                .body("pager.total", equalTo(tasks)).extract().jsonPath().getList("items.id", Long.class);
        // plan-published, task-assigned per task, progress-imported per task
        record(scenario, planId, taskIds, 1 + tasks + committed.getInt("progressEvents"));
    }

    /** Reads the plan's {@code expected} records, orders them (see the class comment) and verifies or records them. */
    private static void record(String scenario, long planId, List<Long> taskIds, int expected) {
        String plan = String.valueOf(planId);
        AtomicInteger seen = new AtomicInteger();
        List<KafkaTestClient.Received> mine = KafkaTestClient.forTestBroker().readUntil(TOPIC,
                r -> plan.equals(r.event().path("data").path("planId").asText()) && seen.incrementAndGet() == expected,
                WAIT).stream().filter(r -> plan.equals(r.event().path("data").path("planId").asText()))
                .map(TaskEventsContractTest::namespaced).toList();
        assertEquals(expected, mine.size());

        Map<String, Integer> rank = new HashMap<>();
        rank.put("plan-" + plan, 0);
        for (int i = 0; i < taskIds.size(); i++) {
            rank.put("task-" + taskIds.get(i), i + 1);
        }
        record Ordered(KafkaTestClient.Received received, int indexInKey, int keyRank) {}
        Map<String, Integer> perKey = new HashMap<>();
        List<Ordered> ordered = new ArrayList<>();
        for (KafkaTestClient.Received r : mine) {
            Integer keyRank = rank.get(r.key());
            if (keyRank == null) {
                throw new AssertionError("a record of plan " + plan + " keyed " + r.key() + ", neither the plan nor one of its tasks: " + r.raw());
            }
            ordered.add(new Ordered(r, perKey.merge(r.key(), 1, Integer::sum) - 1, keyRank));
        }
        ordered.sort(Comparator.comparingInt(Ordered::indexInKey).thenComparingInt(Ordered::keyRank));
        RecordedEvents.verifyOrRecord(PRODUCER, scenario, TOPIC, ordered.stream().map(Ordered::received).toList());
    }

    /**
     * Plans, tasks, units, groups and imports are numbered by sequences of their own, so plan 1, task 1 and unit 1
     * can all be "1"; {@link RecordedEvents} numbers identifiers by value, which would merge them (and which ones
     * merge would depend on what ran before). Each identifier is given its kind first ({@code task-17},
     * {@code unit-17}), so every entity becomes its own {@code @id:N} whatever the database's numbers. The key is
     * the plan's id for plan-published and the task's id for every other event (the subject of the CloudEvent).
     */
    private static KafkaTestClient.Received namespaced(KafkaTestClient.Received r) {
        ObjectNode event = r.event().deepCopy();
        String type = event.path("type").asText();
        String key = (type.equals("duban.tasks.plan-published.v1") ? "plan-" : "task-") + r.key();
        event.set("data", namespaced(event.path("data"), null));
        return new KafkaTestClient.Received(key, event, r.raw());
    }

    private static JsonNode namespaced(JsonNode node, String field) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            // writtenUnits' entries say themselves whether they are a group
            String kind = node.path("group").isBoolean() ? (node.path("group").asBoolean() ? "group" : "unit") : null;
            node.fields().forEachRemaining(f -> out.set(f.getKey(), f.getKey().equals("id")
                    ? idOf(f.getValue(), kind != null ? kind : kindOfContainer(field)) : namespaced(f.getValue(), f.getKey())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(namespaced(n, field)));
            return out;
        }
        if (field != null && field.endsWith("Id")) {
            return idOf(node, field.substring(0, field.length() - 2));
        }
        if (field != null && field.endsWith("Ids")) {
            return idOf(node, field.substring(0, field.length() - 3));
        }
        return node;
    }

    /** What the objects under {@code field} are: leadUnit, unit, responsibleUnits → unit; relatedGroups → group. */
    private static String kindOfContainer(String field) {
        if (field == null) {
            throw new AssertionError("an id at the top of an event's data: give it a kind in TaskEventsContractTest");
        }
        String f = field.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("group")) {
            return "group";
        }
        if (f.contains("unit")) {
            return "unit";
        }
        throw new AssertionError("objects with an id under \"" + field + "\": give them a kind in TaskEventsContractTest");
    }

    private static JsonNode idOf(JsonNode value, String kind) {
        return value.isNull() ? value : TextNode.valueOf(kind + "-" + value.asText());
    }

    private static String fixture(String name) {
        try (InputStream in = TaskEventsContractTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
