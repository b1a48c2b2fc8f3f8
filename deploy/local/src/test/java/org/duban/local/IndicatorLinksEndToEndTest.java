package org.duban.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.duban.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 3 and issue 20's remaining piece, through the gateway of the packaged suite: the import preview links
 * each target task to an indicator of indicators-service's catalog and reads its figures with indicators-service's
 * grammar (one grammar: 增10% is EXACT, 1.7万 of an income is 17000 元); the commit stores the link as the task's
 * indicatorCode, its events carry it, and progress-service then paces the task by the indicator's latest figure —
 * also when the link is made later, by a task update of the published plan. Needs ../shared/seeds (see {@link Seeds}).
 */
class IndicatorLinksEndToEndTest {
    private static final String REGION = RunningSuite.REGION;

    private static RequestSpecification as(String role) {
        return given().baseUri(RunningSuite.gateway()).auth().oauth2(RunningSuite.token(List.of(role), REGION, null))
                .contentType(ContentType.JSON);
    }

    @Test
    void shouldLinkTheReportsTargetsToTheCatalogAndPaceThemByTheIndicatorsFigures() {
        String report = Seeds.text("district-2015-government-work-report.txt");
        JsonPath preview = as("SUPERVISOR").body(Map.of("regionCode", REGION, "format", "REPORT", "text", report))
                .when().post("/api/tasks/imports/preview").then().statusCode(200).extract().jsonPath();
        assertEquals(Arrays.asList("GDP", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "FISCAL_REVENUE", "URBAN_PER_CAPITA_INCOME",
                "RURAL_PER_CAPITA_INCOME", null), linked(preview, "indicatorCode"),
                preview.prettify());
        assertEquals(List.of("地区生产总值", "固定资产投资", "社会消费品零售总额", "财政总收入", "城镇居民人均可支配收入",
                "农村居民人均可支配收入"), linked(preview, "indicatorName").subList(0, 6));
        assertNull(preview.get("warningsByCode.INDICATOR_LINK_UNAVAILABLE"));
        assertEquals(1, preview.getInt("warningsByCode.INDICATOR_NOT_IN_CATALOG"),
                "全面小康实现程度 is no indicator of the catalog: warned, linked to none");
        assertTrue(preview.getString("plan.warnings.find { it.code == 'INDICATOR_NOT_IN_CATALOG' }.message").contains("全面小康实现程度"));
        assertTrue(preview.getInt("warningsByCode.SUGGESTED_INDICATOR") >= 6);
        // indicators-service's reading, not the importer's own: 增10% EXACT, 581 亿元, 1.7万 → 17000 元
        assertEquals(List.of("地区生产总值增长 10 % EXACT", "地区生产总值 581 亿元 EXACT"), figures(preview, 0));
        assertEquals(List.of("农村居民人均可支配收入 17000 元 EXACT"), figures(preview, 5));
        assertEquals("SUGGESTED", preview.getString("plan.sections[0].tasks[0].indicatorLink.state"));
        assertEquals(17000, preview.getInt("plan.sections[0].tasks[5].indicatorLink.targets[0].level.value"));

        // the office declines the GDP suggestion for now (""), confirms the others by committing
        Map<String, Object> commit = new HashMap<>(Map.of("regionCode", REGION, "format", "REPORT", "text", report));
        commit.put("corrections", List.of(Map.of("index", 1, "indicatorCode", "")));
        String planId = as("SUPERVISOR").body(commit).when().post("/api/tasks/imports").then().statusCode(201)
                .extract().path("planId").toString();
        List<Map<String, Object>> targets = as("SUPERVISOR").queryParam("sectionKind", "TARGETS")
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertEquals(Arrays.asList(null, "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "FISCAL_REVENUE", "URBAN_PER_CAPITA_INCOME",
                "RURAL_PER_CAPITA_INCOME", null), targets.stream().map(t -> t.get("indicatorCode")).toList());
        int version = as("SUPERVISOR").when().get("/api/tasks/plans/" + planId).then().statusCode(200).extract().path("version");
        as("SUPERVISOR").body(Map.of("version", version)).when().post("/api/tasks/plans/" + planId + "/publish")
                .then().statusCode(200);

        record(as("STATISTICIAN"), "FIXED_ASSET_INVESTMENT", 92.5);
        record(as("STATISTICIAN"), "GDP", 290.5);
        String gdpTask = String.valueOf(targets.get(0).get("id"));
        String investmentTask = String.valueOf(targets.get(1).get("id"));
        // linked at import: paced by the indicator's figure, 92.5 of 185 亿元
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(50.0, actualPercent(planId, investmentTask)));
        assertNull(actualPercent(planId, gdpTask), "not linked: no figure of GDP reaches it");

        // linked later, by a task update of the published plan: task-updated carries the code to progress-service
        link(targets.get(0), "GDP");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(50.0, actualPercent(planId, gdpTask), "290.5 of 581 亿元"));
    }

    @Test
    void shouldLinkTheTargetTasksOfTheSeedDecompositionPlan() {
        String plan = Seeds.text("district-2019-task-decomposition-plan.txt");
        JsonPath preview = as("SUPERVISOR").body(Map.of("regionCode", REGION, "format", "PLAN_TEXT", "text", plan))
                .when().post("/api/tasks/imports/preview").then().statusCode(200).extract().jsonPath();
        assertEquals(Arrays.asList("GDP", "GENERAL_PUBLIC_BUDGET_REVENUE", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES",
                "URBAN_PER_CAPITA_INCOME", null), linked(preview, "indicatorCode"),
                preview.prettify());
        assertEquals(List.of("地区生产总值增长 7.8 % ABOUT"), figures(preview, 0));
        assertEquals(List.of("社会消费品零售总额增长 10 % EXACT"), figures(preview, 3));
        assertEquals("IN_STEP_WITH", preview.getString("plan.sections[0].tasks[4].indicatorLink.targets[0].comparator"));
        assertEquals("GDP", preview.getString("plan.sections[0].tasks[4].indicatorLink.targets[0].growth.referenceCode"));
        assertEquals(1, preview.getInt("warningsByCode.INDICATOR_NOT_IN_CATALOG"), "(六)全面完成节能减排任务");
        assertNull(preview.get("warningsByCode.INDICATOR_LINK_UNAVAILABLE"));
        // a work task is linked only where the grammar reads a figure of a catalog indicator in it
        List<Map<String, Object>> workLinks = new java.util.ArrayList<>();
        links(preview.getMap("plan.sections[1]"), workLinks);
        // 储备项目总投资达到1500亿元 is no fixed-asset investment, 楼宇经济发展 no target of GDP (经济发展 is its synonym)
        assertEquals(List.of(), workLinks, "the seed's work tasks state no target of a catalog indicator");

        // a work task that does state one is linked to it, with the grammar's figures; one that only names it is not
        String work = "一、主要预期目标\n1. 地区生产总值增长7%。(责任单位:区发改委)\n二、重点工作\n"
                + "1. 推动规模以上工业增加值增长8%以上。(责任单位:区经信局)\n2. 推动楼宇经济发展,新建商务楼宇3栋。(责任单位:区商务局)\n";
        JsonPath small = as("SUPERVISOR").body(Map.of("regionCode", REGION, "format", "PLAN_TEXT", "text", work, "year", 2033))
                .when().post("/api/tasks/imports/preview").then().statusCode(200).extract().jsonPath();
        assertEquals("INDUSTRIAL_VALUE_ADDED", small.getString("plan.sections[1].tasks[0].indicatorLink.indicatorCode"), small.prettify());
        assertEquals("TASK_TEXT", small.getString("plan.sections[1].tasks[0].indicatorLink.source"));
        assertEquals("规模以上工业增加值增长 8 % AT_LEAST", small.getString("plan.sections[1].tasks[0].quantTargets[0].metric") + " "
                + small.getString("plan.sections[1].tasks[0].quantTargets[0].value") + " "
                + small.getString("plan.sections[1].tasks[0].quantTargets[0].unit") + " "
                + small.getString("plan.sections[1].tasks[0].quantTargets[0].comparator"));
        assertNull(small.get("plan.sections[1].tasks[1].indicatorLink"), small.prettify());
    }

    /** The indicator links of a previewed section's tasks and of every section below it. */
    @SuppressWarnings("unchecked")
    private static void links(Map<String, Object> section, List<Map<String, Object>> out) {
        for (Map<String, Object> task : (List<Map<String, Object>>) section.get("tasks")) {
            if (task.get("indicatorLink") != null) {
                out.add((Map<String, Object>) task.get("indicatorLink"));
            }
        }
        for (Map<String, Object> child : (List<Map<String, Object>>) section.get("children")) {
            links(child, out);
        }
    }

    /** One field of each TARGETS task's indicator link, null where a task has none. */
    @SuppressWarnings("unchecked")
    private static List<Object> linked(JsonPath preview, String field) {
        List<Map<String, Object>> tasks = preview.getList("plan.sections[0].tasks");
        return tasks.stream().map(t -> t.get("indicatorLink") == null ? null
                : ((Map<String, Object>) t.get("indicatorLink")).get(field)).toList();
    }

    private static List<String> figures(JsonPath preview, int task) {
        List<Map<String, Object>> figures = preview.getList("plan.sections[0].tasks[" + task + "].quantTargets");
        return figures.stream().map(f -> f.get("metric") + " " + f.get("value") + " " + f.get("unit") + " " + f.get("comparator"))
                .toList();
    }

    private static void record(RequestSpecification statistician, String indicator, double value) {
        statistician.body(Map.of("indicator", indicator, "regionCode", REGION, "year", 2016, "period", "H1", "value", value,
                        "unit", "亿元", "source", "区统计局"))
                .when().post("/api/indicators/observations").then().statusCode(201);
    }

    private static Double actualPercent(String planId, String taskId) {
        List<Map<String, Object>> items = as("SUPERVISOR").queryParam("period", "H1").queryParam("pageSize", 1000)
                .when().get("/api/progress/plans/" + planId + "/pace").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> pace = items.stream().filter(p -> taskId.equals(String.valueOf(p.get("taskId")))).findFirst()
                .orElseThrow(() -> new AssertionError("task " + taskId + " not in progress-service's pace yet"));
        Object percent = pace.get("actualPercent");
        return percent == null ? null : ((Number) percent).doubleValue();
    }

    /** The task, as the task API reads it, written back with {@code indicatorCode} set. */
    @SuppressWarnings("unchecked")
    private static void link(Map<String, Object> task, String code) {
        Map<String, Object> update = new LinkedHashMap<>();
        for (String field : List.of("sectionId", "number", "title", "markers", "targetText", "leaders", "coordinator",
                "leadPerson", "dueDate", "quantTargets", "version")) {
            if (task.get(field) != null) {
                update.put(field, task.get(field));
            }
        }
        update.put("leadUnits", ((List<Map<String, Object>>) task.get("leadUnits")).stream().map(u -> u.get("name")).toList());
        update.put("responsibleUnits", ((List<Map<String, Object>>) task.get("responsibleUnits")).stream().map(u -> u.get("name"))
                .toList());
        update.put("relatedUnits", List.of());
        update.put("indicatorCode", code);
        as("SUPERVISOR").body(update).when().put("/api/tasks/tasks/" + task.get("id")).then().statusCode(200);
    }
}
