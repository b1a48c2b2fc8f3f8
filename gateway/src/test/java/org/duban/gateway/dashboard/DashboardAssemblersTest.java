package org.duban.gateway.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardAssemblersTest {
    private static final ServiceAnswer PLAN = Fixtures.ok("tasks-service", "plan");
    private static final ServiceAnswer TASKS = Fixtures.ok("tasks-service", "plan-tasks");
    private static final ServiceAnswer PACE = Fixtures.ok("progress-service", "pace");
    private static final ServiceAnswer COMPLETENESS = Fixtures.ok("progress-service", "completeness");
    private static final ServiceAnswer BOARD = Fixtures.ok("indicators-service", "board");

    @Test
    void shouldCountLightsPerTopLevelSection() {
        ObjectNode overview = PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE, COMPLETENESS, BOARD);
        JsonNode lights = overview.get("lights");
        assertEquals("ok", lights.get("status").asText());
        assertEquals(1, lights.at("/total/GREEN").asInt());
        assertEquals(1, lights.at("/total/RED").asInt());
        assertEquals(1, lights.at("/total/AMBER").asInt());
        assertEquals(3, lights.at("/total/tasks").asInt());
        assertEquals("一、主要预期目标", lights.at("/bySection/0/section").asText());
        assertEquals(1, lights.at("/bySection/0/GREEN").asInt());
        assertEquals("二、重点工作", lights.at("/bySection/1/section").asText());
        assertEquals(1, lights.at("/bySection/1/RED").asInt());
        assertEquals(1, lights.at("/bySection/1/AMBER").asInt());
        assertEquals("102", lights.at("/red/0/taskId").asText());
    }

    @Test
    void shouldSumCompletenessAndCountVerdicts() {
        ObjectNode overview = PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE, COMPLETENESS, BOARD);
        assertEquals(4, overview.at("/completeness/expected").asInt());
        assertEquals(3, overview.at("/completeness/received").asInt());
        assertEquals(75.0, overview.at("/completeness/percentReceived").asDouble());
        assertEquals(1, overview.at("/indicators/verdicts/ON_PACE").asInt());
        assertEquals(1, overview.at("/indicators/verdicts/NO_FIGURE").asInt());
        assertEquals("增长7.8%左右", overview.at("/indicators/items/0/targetText").asText());
        assertEquals("2019年政府工作报告目标任务分解方案", overview.at("/plan/title").asText());
        assertEquals("ok", overview.at("/plan/status").asText());
        assertEquals("PUBLISHED", overview.at("/plan/planStatus").asText());
    }

    @Test
    void shouldMarkOnlyThePartsOfAServiceThatIsDown() {
        ObjectNode overview = PlanOverviewAssembler.assemble("7", "Q1", PLAN, TASKS, PACE, COMPLETENESS,
                ServiceAnswer.unavailable("indicators-service"));
        assertEquals("unavailable", overview.at("/indicators/status").asText());
        assertEquals("indicators-service", overview.at("/indicators/service").asText());
        assertEquals("ok", overview.at("/lights/status").asText());
        assertEquals("ok", overview.at("/completeness/status").asText());

        ObjectNode withoutTasks = PlanOverviewAssembler.assemble("7", "Q1", ServiceAnswer.unavailable("tasks-service"),
                ServiceAnswer.unavailable("tasks-service"), PACE, COMPLETENESS, BOARD);
        assertEquals("unavailable", withoutTasks.at("/plan/status").asText());
        assertEquals("ok", withoutTasks.at("/lights/status").asText(), "lights still counted without sections");
        assertFalse(withoutTasks.at("/lights/sectionsJoined").asBoolean());
        assertEquals(3, withoutTasks.at("/lights/bySection/0/tasks").asInt());
    }

    @Test
    void shouldListWhatAUnitStillHasToDoReturnedFirst() {
        ObjectNode todo = UnitTodoAssembler.assemble("1", Fixtures.ok("progress-service", "obligations"),
                Fixtures.ok("progress-service", "reports"), LocalDate.of(2019, 7, 1));
        JsonNode items = todo.at("/todo/items");
        List<String> actions = new ArrayList<>();
        items.forEach(item -> actions.add(item.get("action").asText() + " " + item.get("taskNumber").asText() + " "
                + item.get("period").asText()));
        // task 1: Q1 accepted, H1 returned; task 3: Q1 draft (overdue), H1 not written; Q3/ANNUAL not yet due
        assertEquals(List.of("REVISE_RETURNED 1 H1", "FINISH_OR_APPROVE_DRAFT 3 Q1", "WRITE_REPORT 3 H1"), actions);
        assertEquals("数据缺少同比", items.get(0).get("returnReason").asText());
        assertTrue(items.get(1).get("overdue").asBoolean());
        assertFalse(items.get(2).get("overdue").asBoolean());
        assertEquals(1, todo.at("/todo/overdue").asInt());
        assertEquals(3, todo.at("/todo/total").asInt());
    }

    @Test
    void shouldStillListDeadlinesWhenReportsAreUnavailable() {
        ObjectNode todo = UnitTodoAssembler.assemble("1", Fixtures.ok("progress-service", "obligations"),
                ServiceAnswer.unavailable("progress-service"), LocalDate.of(2019, 4, 1));
        assertEquals("unavailable", todo.at("/reports/status").asText());
        assertEquals(2, todo.at("/todo/total").asInt());
        assertEquals("CHECK_REPORT", todo.at("/todo/items/0/action").asText());
        ObjectNode down = UnitTodoAssembler.assemble("1", ServiceAnswer.unavailable("progress-service"),
                ServiceAnswer.unavailable("progress-service"), LocalDate.of(2019, 4, 1));
        assertEquals("unavailable", down.at("/todo/status").asText());
    }

    @Test
    void shouldGiveALeaderTheirTasksWithLights() {
        ObjectNode answer = LeaderTasksAssembler.assemble("张副区长", "Q1", TASKS, List.of(PACE));
        JsonNode items = answer.at("/tasks/items");
        assertEquals(2, items.size());
        assertEquals("101", items.get(0).get("taskId").asText());
        assertEquals("GREEN", items.get(0).get("light").asText());
        assertEquals("AMBER", items.get(1).get("light").asText());
        assertEquals(1, answer.at("/tasks/byLight/AMBER").asInt());

        ObjectNode unknown = LeaderTasksAssembler.assemble("张副区长", "Q1", TASKS, List.of(ServiceAnswer.unavailable("progress-service")));
        assertEquals("UNKNOWN", unknown.at("/tasks/items/0/light").asText());
        assertEquals("unavailable", unknown.at("/lights/status").asText());
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
}
