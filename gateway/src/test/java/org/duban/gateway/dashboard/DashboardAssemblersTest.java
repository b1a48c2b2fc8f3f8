package org.duban.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregation alone, fed with what the services answer to the dashboards' calls ({@link ServiceStandIn}). */
class DashboardAssemblersTest {
    private static final String TOKEN = "Bearer recorded";
    private static final ServiceAnswer PLAN = call("tasks-service", "/api/tasks/plans/7", Map.of());
    private static final ServiceAnswer TASKS = call("tasks-service", "/api/tasks/plans/7/tasks", Map.of("pageSize", "1000"));
    private static final ServiceAnswer PACE = call("progress-service", "/api/progress/plans/7/pace",
            Map.of("pageSize", "1000", "period", "Q1"));
    private static final ServiceAnswer COMPLETENESS = call("progress-service", "/api/progress/plans/7/completeness",
            Map.of("groupBy", "UNIT", "pageSize", "1000", "period", "Q1"));
    private static final ServiceAnswer COUNTS = call("progress-service", "/api/progress/plans/7/status-counts",
            Map.of("period", "Q1"));
    private static final ServiceAnswer BOARD = call("indicators-service", "/api/indicators/board",
            Map.of("pageSize", "1000", "regionCode", "420102", "year", "2019", "period", "Q1"));
    private static final ServiceAnswer OBLIGATIONS = call("progress-service", "/api/progress/obligations",
            Map.of("pageSize", "1000", "unitId", "1", "year", "2019"));
    private static final ServiceAnswer REPORTS = call("progress-service", "/api/progress/reports",
            Map.of("pageSize", "1000", "unitId", "1"));

    private static ServiceAnswer call(String service, String path, Map<String, String> query) {
        ServiceStandIn.Answer answer = ServiceStandIn.answer(path, query, TOKEN);
        assertNotNull(answer, "no recording for " + path + " " + query);
        assertEquals(200, answer.status(), path + " " + query + ": " + answer.body());
        return answer.as(service);
    }

    private static List<String> todo(ObjectNode answer) {
        List<String> actions = new ArrayList<>();
        answer.at("/todo/items").forEach(item -> actions.add(item.get("action").asText() + " " + item.get("taskId").asText()
                + " " + item.get("period").asText()));
        return actions;
    }

    @Test
    void shouldCountLightsPerTopLevelSection() {
        ObjectNode overview = PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE, COMPLETENESS, COUNTS, BOARD);
        JsonNode lights = overview.get("lights");
        assertEquals("ok", lights.get("status").asText());
        assertEquals(1, lights.at("/total/GREEN").asInt());
        assertEquals(1, lights.at("/total/RED").asInt());
        assertEquals(1, lights.at("/total/AMBER").asInt());
        assertEquals(0, lights.at("/total/NONE").asInt());
        assertEquals(3, lights.at("/total/tasks").asInt());
        assertEquals("2019年主要预期目标", lights.at("/bySection/0/section").asText());
        assertEquals(1, lights.at("/bySection/0/GREEN").asInt());
        assertEquals("2019年重点工作", lights.at("/bySection/1/section").asText());
        assertEquals(1, lights.at("/bySection/1/RED").asInt());
        assertEquals(1, lights.at("/bySection/1/AMBER").asInt());
        assertEquals(2, lights.at("/bySection").size());
        assertEquals(1, lights.at("/red").size());
        assertEquals("103", lights.at("/red/0/taskId").asText());
        assertEquals("逾期未报 → 红灯 / overdue → red", lights.at("/red/0/reasons/1").asText());
    }

    @Test
    void shouldSumCompletenessAndCountVerdicts() {
        ObjectNode overview = PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE, COMPLETENESS, COUNTS, BOARD);
        assertEquals(6, overview.at("/completeness/expected").asInt());
        assertEquals(4, overview.at("/completeness/received").asInt());
        assertEquals(3, overview.at("/completeness/onTime").asInt());
        assertEquals(1, overview.at("/completeness/late").asInt());
        assertEquals(2, overview.at("/completeness/missing").asInt());
        assertEquals(2, overview.at("/completeness/overdue").asInt());
        assertEquals(66.7, overview.at("/completeness/percentReceived").asDouble());
        // progress-service's counts over the office's base: the main target 101 is judged separately
        assertEquals(2, overview.at("/statusCounts/base").asInt());
        assertEquals(1, overview.at("/statusCounts/excluded").asInt());
        assertEquals(1, overview.at("/statusCounts/categories/1/count").asInt());
        assertEquals(50.0, overview.at("/statusCounts/expectedToCompleteShare").asDouble());
        // indicators-service's verdicts as it names them; a row without a figure has none
        assertEquals(1, overview.at("/indicators/verdicts/ON_PACE").asInt());
        assertEquals(1, overview.at("/indicators/verdicts/BEHIND_PACE").asInt());
        assertEquals(1, overview.at("/indicators/verdicts/NO_TARGET").asInt());
        assertEquals(1, overview.at("/indicators/verdicts/NO_FIGURE").asInt());
        assertEquals(4, overview.at("/indicators/items").size());
        assertEquals("增长7.8%左右,达到1280亿元", overview.at("/indicators/items/0/targetText").asText());
        assertEquals(330.5, overview.at("/indicators/items/0/actualValue").asDouble());
        assertEquals(8.1, overview.at("/indicators/items/0/growthRate").asDouble());
        assertEquals("NO_FIGURE", overview.at("/indicators/items/2/verdict").asText());
        assertEquals("全面完成节能减排任务", overview.at("/indicators/items/3/nameZh").asText());
        assertEquals("2019年政府工作报告目标任务分解方案", overview.at("/plan/title").asText());
        assertEquals("ok", overview.at("/plan/status").asText());
        assertEquals("PUBLISHED", overview.at("/plan/planStatus").asText());
    }

    @Test
    void shouldMarkOnlyThePartsOfAServiceThatIsDown() {
        ObjectNode overview = PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE, COMPLETENESS,
                ServiceAnswer.unavailable("progress-service"), ServiceAnswer.unavailable("indicators-service"));
        assertEquals("unavailable", overview.at("/statusCounts/status").asText());
        assertEquals("unavailable", overview.at("/indicators/status").asText());
        assertEquals("indicators-service", overview.at("/indicators/service").asText());
        assertEquals("ok", overview.at("/lights/status").asText());
        assertEquals("ok", overview.at("/completeness/status").asText());

        ObjectNode withoutTasks = PlanOverviewAssembler.assemble("7", "Q1", ServiceAnswer.unavailable("tasks-service"),
                ServiceAnswer.unavailable("tasks-service"), PACE, COMPLETENESS, COUNTS, BOARD);
        assertEquals("unavailable", withoutTasks.at("/plan/status").asText());
        assertEquals("ok", withoutTasks.at("/lights/status").asText(), "lights still counted without sections");
        assertFalse(withoutTasks.at("/lights/sectionsJoined").asBoolean());
        assertEquals(3, withoutTasks.at("/lights/bySection/0/tasks").asInt());
    }

    @Test
    void shouldListWhatAUnitStillHasToDoReturnedFirst() {
        ObjectNode todo = UnitTodoAssembler.assemble("1", OBLIGATIONS, REPORTS, LocalDate.of(2019, 7, 1));
        JsonNode items = todo.at("/todo/items");
        // 101: Q1 accepted, H1 returned; 102: Q1 imported, H1 submitted (both done); 103: Q1 draft (overdue),
        // H1 not written; Q3 and ANNUAL not yet due
        assertEquals(List.of("REVISE_RETURNED 101 H1", "FINISH_OR_APPROVE_DRAFT 103 Q1", "WRITE_REPORT 103 H1"), todo(todo));
        assertEquals("数据缺少同比", items.get(0).get("returnReason").asText());
        assertEquals("2019-07-10", items.get(0).get("deadline").asText());
        assertTrue(items.get(1).get("overdue").asBoolean());
        assertEquals("2019-04-10", items.get(1).get("deadline").asText());
        assertFalse(items.get(2).get("overdue").asBoolean());
        assertEquals(1, todo.at("/todo/overdue").asInt());
        assertEquals(3, todo.at("/todo/total").asInt());
    }

    @Test
    void shouldCountSubmittedAcceptedAndImportedReportsAsDone() {
        ObjectNode todo = UnitTodoAssembler.assemble("1", OBLIGATIONS, REPORTS, LocalDate.of(2020, 1, 15));
        assertEquals(List.of("REVISE_RETURNED 101 H1", "FINISH_OR_APPROVE_DRAFT 103 Q1", "WRITE_REPORT 103 H1",
                "WRITE_REPORT 101 Q3", "WRITE_REPORT 102 Q3", "WRITE_REPORT 103 Q3",
                "WRITE_REPORT 101 ANNUAL", "WRITE_REPORT 102 ANNUAL", "WRITE_REPORT 103 ANNUAL"), todo(todo));
        assertEquals(9, todo.at("/todo/overdue").asInt());
    }

    @Test
    void shouldStillListDeadlinesWhenReportsAreUnavailable() {
        ObjectNode todo = UnitTodoAssembler.assemble("1", OBLIGATIONS, ServiceAnswer.unavailable("progress-service"),
                LocalDate.of(2019, 4, 1));
        assertEquals("unavailable", todo.at("/reports/status").asText());
        assertEquals(List.of("CHECK_REPORT 101 Q1", "CHECK_REPORT 102 Q1", "CHECK_REPORT 103 Q1"), todo(todo));
        ObjectNode down = UnitTodoAssembler.assemble("1", ServiceAnswer.unavailable("progress-service"),
                ServiceAnswer.unavailable("progress-service"), LocalDate.of(2019, 4, 1));
        assertEquals("unavailable", down.at("/todo/status").asText());
    }

    @Test
    void shouldGiveALeaderTheirTasksWithLights() {
        ServiceAnswer tasks = call("tasks-service", "/api/tasks/tasks", Map.of("pageSize", "1000", "leader", "张副区长"));
        ObjectNode answer = LeaderTasksAssembler.assemble("张副区长", "Q1", tasks, List.of(PACE));
        JsonNode items = answer.at("/tasks/items");
        assertEquals(2, items.size());
        assertEquals("101", items.get(0).get("taskId").asText());
        assertEquals("GREEN", items.get(0).get("light").asText());
        assertEquals("103", items.get(1).get("taskId").asText());
        assertEquals("RED", items.get(1).get("light").asText());
        assertEquals(1, answer.at("/tasks/byLight/RED").asInt());
        assertEquals(1, answer.at("/tasks/byLight/GREEN").asInt());

        ObjectNode unknown = LeaderTasksAssembler.assemble("张副区长", "Q1", tasks, List.of(ServiceAnswer.unavailable("progress-service")));
        assertEquals("UNKNOWN", unknown.at("/tasks/items/0/light").asText());
        assertEquals("unavailable", unknown.at("/lights/status").asText());
    }

    @Test
    void shouldAnswerLikeTheServicesForWhatTheRecordingsDoNotHold() {
        assertEquals(400, ServiceStandIn.answer("/api/progress/plans/7/pace", Map.of(), TOKEN).status(), "period is required");
        assertEquals(404, ServiceStandIn.answer("/api/tasks/plans/8", Map.of(), TOKEN).status());
        assertEquals(401, ServiceStandIn.answer("/api/progress/obligations", Map.of(), null).status());
        assertEquals(0, ServiceStandIn.answer("/api/progress/obligations", Map.of("year", "2020"), TOKEN).body()
                .at("/pager/total").asInt());
    }

    @Test
    void shouldKnowTheCurrentPeriodFromTheDefaultDeadlines() {
        assertEquals("Q1", ReportingPeriods.current(LocalDate.of(2019, 4, 10)));
        assertEquals("H1", ReportingPeriods.current(LocalDate.of(2019, 4, 11)));
        assertEquals("Q3", ReportingPeriods.current(LocalDate.of(2019, 10, 10)));
        assertEquals("ANNUAL", ReportingPeriods.current(LocalDate.of(2019, 12, 31)));
    }

    @Test
    void shouldSayWhyAPartIsMissing() {
        assertEquals("forbidden", new ServiceAnswer("tasks-service", 403, null).outcome());
        assertEquals("not-found", new ServiceAnswer("tasks-service", 404, null).outcome());
        assertEquals("unavailable", new ServiceAnswer("tasks-service", 503, null).outcome());
        assertEquals(403, new ServiceAnswer("tasks-service", 403, null).part().get("httpStatus").asInt());
    }

    /**
     * The OpenAPI document types the dashboards with {@link DashboardShapes}: every answer, whole or with a service down,
     * reads into them with unknown fields refused, so the document names every field the assemblers write.
     */
    @Test
    void shouldWriteOnlyFieldsTheDocumentedShapesDeclare() {
        ObjectMapper strict = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ServiceAnswer down = ServiceAnswer.unavailable("progress-service");
        List<Map.Entry<Class<?>, ObjectNode>> answers = List.of(
                Map.entry(DashboardShapes.PlanOverview.class, PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE,
                        COMPLETENESS, COUNTS, BOARD)),
                Map.entry(DashboardShapes.PlanOverview.class, PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, down, down,
                        down, ServiceAnswer.unavailable("indicators-service"))),
                Map.entry(DashboardShapes.UnitTodo.class, UnitTodoAssembler.assemble("1", OBLIGATIONS, REPORTS, LocalDate.of(2019, 7, 1))),
                Map.entry(DashboardShapes.UnitTodo.class, UnitTodoAssembler.assemble("1", down, down, LocalDate.of(2019, 7, 1))),
                Map.entry(DashboardShapes.LeaderTasks.class, LeaderTasksAssembler.assemble("张副区长", "Q1", TASKS, List.of(PACE))),
                Map.entry(DashboardShapes.LeaderTasks.class, LeaderTasksAssembler.assemble("张副区长", "Q1", TASKS, List.of(down))));
        for (Map.Entry<Class<?>, ObjectNode> answer : answers) {
            // through the text, as a client reads it (a field missing upstream is written as null)
            assertDoesNotThrow(() -> strict.readValue(strict.writeValueAsString(answer.getValue()), answer.getKey()),
                    answer.getValue().toString());
        }
    }
}
