package org.duban.tasks.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.duban.testing.Seeds;
import org.duban.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What one read costs in SQL statements, counted by Hibernate's statistics around real HTTP reads (issue 14: a task
 * read made some ten round trips, loading the plan, each unit's aliases and every group's members for a view that
 * prints none of them). Background jobs also run statements, so each figure is the least of several reads.
 */
@QuarkusTest
class TaskReadStatementsTest {
    private static final String REGION = "460199";

    @Inject
    EntityManagerFactory factory;

    private static String token;
    private static long planId;
    private static List<Map<String, Object>> tasks;

    /** Once for the class, inside the running application: the seed plan imported and published. */
    private static synchronized void importThe2019DecompositionPlan() {
        if (token != null) {
            return;
        }
        token = TestTokens.supervisor(REGION);
        // the seed plan: 96 tasks in sections and subsections, units and unit groups (各街道)
        planId = given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body(Seeds.text("district-2019-task-decomposition-plan.txt").replace("2019", "2034"))
                .when().post("/api/tasks/imports?regionCode=" + REGION + "&format=PLAN_TEXT&publish=true")
                .then().statusCode(201).extract().jsonPath().getLong("planId");
        tasks = given().auth().oauth2(token).queryParam("planId", planId).queryParam("pageSize", 100)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private Statistics statistics() {
        Statistics s = factory.unwrap(SessionFactory.class).getStatistics();
        assertTrue(s.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics is on for this module");
        return s;
    }

    /**
     * As {@link #statements}, after one run left uncounted: a task's first edit may find its view kept by a read of
     * another test, every later one reads the view its previous edit forgot (TaskViewCache) — like with like.
     */
    private long statementsAfterOne(Runnable edit) {
        edit.run();
        return statements(edit);
    }

    /** The least number of statements {@code read} made over five runs. */
    private long statements(Runnable read) {
        Statistics s = statistics();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = s.getPrepareStatementCount();
            read.run();
            least = Math.min(least, s.getPrepareStatementCount() - before);
        }
        return least;
    }

    @SuppressWarnings("unchecked")
    private static int unitsOf(Map<String, Object> task) {
        return ((List<Object>) task.get("responsibleUnits")).size() + ((List<Object>) task.get("relatedUnits")).size();
    }

    @Test
    void shouldReadATaskInAFixedFewStatementsWhateverItsUnitsAndPlan() {
        importThe2019DecompositionPlan();
        Map<String, Object> widest = tasks.stream().max(Comparator.comparingInt(TaskReadStatementsTest::unitsOf)).orElseThrow();
        Map<String, Object> narrowest = tasks.stream().min(Comparator.comparingInt(TaskReadStatementsTest::unitsOf)).orElseThrow();
        long wide = statements(() -> given().auth().oauth2(token).when().get("/api/tasks/tasks/" + widest.get("id"))
                .then().statusCode(200));
        long narrow = statements(() -> given().auth().oauth2(token).when().get("/api/tasks/tasks/" + narrowest.get("id"))
                .then().statusCode(200));
        System.out.printf("task read: %d statements for a task with %d units, %d for one with %d%n", wide, unitsOf(widest),
                narrow, unitsOf(narrowest));
        // the task row with its kept view and the region's stamp (TaskViewCache); built, a view was the task with its
        // collections, then its names and sections in one statement of scalars (2), and before that 8
        assertTrue(wide <= 1, "a task read made " + wide + " statements");
        assertEquals(narrow, wide, "the statements grow with the task's units");
    }

    /** A PUT of the task with its own units (names as the view prints them), at the version read just before. */
    @SuppressWarnings("unchecked")
    private static void edit(Map<String, Object> task, String title) {
        int version = given().auth().oauth2(token).when().get("/api/tasks/tasks/" + task.get("id")).then().statusCode(200)
                .extract().path("version");
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("number", task.get("number"));
        body.put("title", title);
        body.put("sectionId", task.get("sectionId"));
        body.put("leaders", task.get("leaders"));
        body.put("leadUnits", ((List<Map<String, Object>>) task.get("leadUnits")).stream().map(u -> u.get("name")).toList());
        body.put("responsibleUnits", ((List<Map<String, Object>>) task.get("responsibleUnits")).stream().map(u -> u.get("name")).toList());
        body.put("relatedUnits", ((List<Map<String, Object>>) task.get("relatedUnits")).stream().map(u -> u.get("name")).toList());
        body.put("version", version);
        given().auth().oauth2(token).contentType("application/json").body(body).when().put("/api/tasks/tasks/" + task.get("id"))
                .then().statusCode(200);
    }

    @Test
    void shouldEditATaskInStatementsThatDoNotGrowWithTheRegionsDirectory() {
        importThe2019DecompositionPlan();
        Map<String, Object> widest = tasks.stream().filter(t -> unitsOf(t) > 0 && ((List<?>) t.get("leadUnits")).size() > 0)
                .filter(t -> ((List<Map<String, Object>>) (List<?>) t.get("responsibleUnits")).stream().noneMatch(u -> Boolean.TRUE.equals(u.get("group"))))
                .max(Comparator.comparingInt(TaskReadStatementsTest::unitsOf)).orElseThrow();
        int[] n = {0};
        long before = statementsAfterOne(() -> edit(widest, widest.get("title") + " " + n[0]++));
        // the region's directory grows by 60 units the task does not name
        for (int i = 0; i < 60; i++) {
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("regionCode", REGION, "name", "区测试单位" + i + "局")).when().post("/api/tasks/units")
                    .then().statusCode(201);
        }
        long after = statementsAfterOne(() -> edit(widest, widest.get("title") + " " + n[0]++));
        System.out.printf("task edit (read + PUT): %d statements with the seed's directory, %d with 60 more units%n", before, after);
        // the directory is read as one statement of rows, whatever its size; no unit the task does not name is loaded
        // the outbox relay's three statements (lock, read, mark) fall inside one window or outside it by timing (a CI run
        // counted 18, then 20); a directory read entity by entity grew by one statement or more per unit (60 here)
        assertTrue(after <= before + 3, "the statements of a task edit grow with the region's directory: " + before + ", then " + after);
        // the read (2); the task with its collections, the plan, the section, the directory's rows, the update, the
        // names and section path of the event and the view (one statement for both), the outbox row; the relay's lock,
        // read and mark. Before issue 14's measures: 23 and growing with the directory (every unit loaded as an
        // entity), then 17 (the resource read the task's whole view a first time for its region; the event read the
        // plan again with an IN list)
        // The read after an edit builds the view again and keeps it (the kept view's check, the view's two statements,
        // the store: 4 instead of 2), so read + PUT is two statements more than the 10–11 of the PUT path alone.
        assertTrue(after <= 15, "a task edit made " + after + " statements");
    }

    @Test
    void shouldReadAPageOfTasksInAsManyStatementsAsAPageOfFive() {
        importThe2019DecompositionPlan();
        JsonPath[] last = new JsonPath[1];
        long five = statements(() -> last[0] = given().auth().oauth2(token).queryParam("planId", planId).queryParam("pageSize", 5)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath());
        assertEquals(5, last[0].getList("items").size());
        long ninety = statements(() -> last[0] = given().auth().oauth2(token).queryParam("planId", planId).queryParam("pageSize", 90)
                .when().get("/api/tasks/tasks").then().statusCode(200).extract().jsonPath());
        assertEquals(90, last[0].getList("items").size());
        System.out.printf("task list: %d statements for a page of 5, %d for a page of 90%n", five, ninety);
        // the first five tasks are given to units only; among the 90 some are given to a unit group (各街道), whose
        // names take one more statement, once for the page
        assertTrue(ninety <= five + 1, "the statements grow with the page: " + five + " for 5 tasks, " + ninety + " for 90");
    }

    /**
     * An import writes its tasks in batches, not one round trip per task and collection (issue 14: a 1,000-task import
     * waited on a round trip per task insert — ids from an identity column, which JDBC cannot batch — and per leader,
     * unit and target list, whose inserts alternated between tables). Counted over an import and publish of the seed
     * plan (96 tasks, each with its lead and responsible units, some with leaders and targets).
     */
    @Test
    void shouldImportAPlanInBatchesNotAStatementPerTask() {
        importThe2019DecompositionPlan();
        String text = Seeds.text("district-2019-task-decomposition-plan.txt");
        int[] year = {2040};
        long least = statements(() -> given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body(text.replace("2019", String.valueOf(year[0]++)))
                .when().post("/api/tasks/imports?regionCode=" + REGION + "&format=PLAN_TEXT&publish=true")
                .then().statusCode(201));
        System.out.printf("import and publish of the seed plan (%d tasks): %d statements%n", tasks.size(), least);
        assertTrue(least < tasks.size(), "an import of " + tasks.size() + " tasks made " + least + " statements");
    }
}
