package org.duban.tasks.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.duban.testing.Seeds;
import org.duban.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A task's read answered from its kept JSON (issue 14; {@code TaskViewCache}, {@code V10__task_view_cache.sql}): one
 * statement once kept, and never stale — each change that alters what the read shows, made through the API or
 * behind it in SQL (as a unit merge's native updates are), is in the next read.
 */
@QuarkusTest
class TaskViewCacheTest {
    private static final String REGION = "460198";

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory factory;

    private static String token;
    private static List<Map<String, Object>> tasks;

    private static synchronized void importTheSeedPlan() {
        if (token != null) {
            return;
        }
        token = TestTokens.supervisor(REGION);
        long planId = given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body(Seeds.text("district-2019-task-decomposition-plan.txt").replace("2019", "2036"))
                .when().post("/api/tasks/imports?regionCode=" + REGION + "&format=PLAN_TEXT&publish=true")
                .then().statusCode(201).extract().jsonPath().getLong("planId");
        tasks = given().auth().oauth2(token).queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static JsonPath read(Object id) {
        return given().auth().oauth2(token).when().get("/api/tasks/tasks/" + id).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private long generation(Object taskId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select view_gen from task where id = ?")
                .setParameter(1, ((Number) taskId).longValue()).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> taskWith(java.util.function.Predicate<Map<String, Object>> test) {
        return tasks.stream().filter(test).findFirst().orElseThrow();
    }

    @Test
    void shouldAnswerAKeptReadInOneStatementWithTheSameBodyAndETag() {
        importTheSeedPlan();
        Object id = tasks.get(0).get("id");
        String first = given().auth().oauth2(token).when().get("/api/tasks/tasks/" + id).then().statusCode(200)
                .header("ETag", "\"" + tasks.get(0).get("version") + "\"").extract().asString();
        Statistics s = factory.unwrap(SessionFactory.class).getStatistics();
        long least = Long.MAX_VALUE;
        String again = null;
        for (int i = 0; i < 5; i++) {
            long before = s.getPrepareStatementCount();
            again = given().auth().oauth2(token).when().get("/api/tasks/tasks/" + id).then().statusCode(200).extract().asString();
            least = Math.min(least, s.getPrepareStatementCount() - before);
        }
        assertEquals(first, again);
        assertEquals(1, least, "a kept read is one statement");
        given().auth().oauth2(token).header("If-None-Match", "\"" + tasks.get(0).get("version") + "\"")
                .when().get("/api/tasks/tasks/" + id).then().statusCode(304);
        // the scope is still checked: another region's office is refused, a kept view or not
        given().auth().oauth2(TestTokens.supervisor("430602")).when().get("/api/tasks/tasks/" + id).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldNeverAnswerAStaleViewWhateverChangedItAndHowever() {
        importTheSeedPlan();
        // a unit renamed through the API
        Map<String, Object> led = taskWith(t -> t.get("leadUnit") != null);
        Map<String, Object> lead = (Map<String, Object>) led.get("leadUnit");
        read(led.get("id"));
        int unitVersion = given().auth().oauth2(token).when().get("/api/tasks/units/" + lead.get("id")).then().statusCode(200)
                .extract().path("version");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "新" + lead.get("name"), "version", unitVersion))
                .when().put("/api/tasks/units/" + lead.get("id")).then().statusCode(200);
        assertEquals("新" + lead.get("name"), read(led.get("id")).getString("leadUnit.name"));

        // a section retitled and a group renamed behind the API, in SQL
        Map<String, Object> inSection = taskWith(t -> t.get("sectionId") != null);
        read(inSection.get("id"));
        sql("update section set title = title || '(改)' where id = ?", ((Number) inSection.get("sectionId")).longValue());
        List<String> path = read(inSection.get("id")).getList("sectionPath");
        assertTrue(path.get(path.size() - 1).endsWith("(改)"), path::toString);
        Map<String, Object> grouped = taskWith(t -> ((List<Map<String, Object>>) t.get("responsibleUnits")).stream()
                .anyMatch(u -> Boolean.TRUE.equals(u.get("group"))));
        Map<String, Object> group = ((List<Map<String, Object>>) grouped.get("responsibleUnits")).stream()
                .filter(u -> Boolean.TRUE.equals(u.get("group"))).findFirst().orElseThrow();
        read(grouped.get("id"));
        sql("update unit_group set name = name || '(改)' where id = ?", ((Number) group.get("id")).longValue());
        assertTrue(read(grouped.get("id")).getList("responsibleUnits.name").contains(group.get("name") + "(改)"));

        // the task's own collections and row changed in SQL, without its version (as a unit merge writes them)
        Map<String, Object> other = taskWith(t -> !t.get("id").equals(led.get("id")) && !t.get("id").equals(grouped.get("id"))
                && !((List<?>) t.get("responsibleUnits")).isEmpty());
        read(other.get("id"));
        long generation = generation(other.get("id"));
        sql("update task_unit set note = '牵头协调' where task_id = ? and role = 'RESPONSIBLE'", ((Number) other.get("id")).longValue());
        // the change moved the task's view generation on: a read that was building the view meanwhile does not keep it
        assertTrue(generation(other.get("id")) > generation, "a change of the task's units moves its view generation");
        assertTrue(read(other.get("id")).getList("responsibleUnits.note").contains("牵头协调"));
        read(other.get("id"));
        sql("update task set title = title || '(改)' where id = ?", ((Number) other.get("id")).longValue());
        assertTrue(read(other.get("id")).getString("title").endsWith("(改)"));

        // the task edited through the API: the next read is the edit, at the new version
        JsonPath before = read(other.get("id"));
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("number", before.get("number"));
        body.put("title", "改后的任务");
        body.put("sectionId", before.get("sectionId"));
        body.put("leadUnits", before.getList("leadUnits.name"));
        body.put("responsibleUnits", before.getList("responsibleUnits.name"));
        body.put("version", before.getInt("version"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/tasks/tasks/" + other.get("id"))
                .then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/tasks/tasks/" + other.get("id")).then().statusCode(200)
                .body("title", equalTo("改后的任务")).body("version", equalTo(before.getInt("version") + 1))
                .header("ETag", "\"" + (before.getInt("version") + 1) + "\"");

        // a unit merged into another: the task names the unit it was merged into
        Map<String, Object> responsible = ((List<Map<String, Object>>) other.get("responsibleUnits")).stream()
                .filter(u -> !Boolean.TRUE.equals(u.get("group"))).findFirst().orElseThrow();
        int target = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("regionCode", REGION, "name", "区合并后测试局")).when().post("/api/tasks/units")
                .then().statusCode(201).extract().path("id");
        read(other.get("id"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sourceId", responsible.get("id")))
                .when().post("/api/tasks/units/" + target + "/merge").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/tasks/tasks/" + other.get("id")).then().statusCode(200)
                .body("responsibleUnits.name", hasItem("区合并后测试局"));
    }
}
