package org.duban.tasks.importer;

import static org.duban.tasks.importer.Fixtures.of;
import static org.duban.tasks.importer.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitKind;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance of issue 3 on the real 2019 decomposition plan. */
class SeedPlanTest {
    private static ParsedPlan plan;

    @BeforeAll
    static void parse() {
        plan = new PlanParser(KnownUnits.NONE).parse(Fixtures.seed("district-2019-task-decomposition-plan.txt"));
    }

    private static ParsedSection section(SectionKind kind) {
        return plan.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void shouldReadSixTargetsSixtySevenKeyTasksAndSeventeenLivelihoodProjects() {
        assertEquals(3, plan.sections().size());
        assertEquals(6, section(SectionKind.TARGETS).allTasks().size());
        assertEquals(67, section(SectionKind.KEY_WORK).allTasks().size());
        assertEquals(17, section(SectionKind.LIVELIHOOD).allTasks().size());
        assertTrue(of(plan, WarningCode.COUNT_MISMATCH).isEmpty());
        assertTrue(of(plan, WarningCode.NUMBERING_GAP).isEmpty());
        assertTrue(of(plan, WarningCode.NUMBERING_REPEAT).isEmpty());
    }

    @Test
    void shouldPlaceTasksInTheirSubsections() {
        ParsedSection keyWork = section(SectionKind.KEY_WORK);
        assertEquals(5, keyWork.children().size());
        assertEquals(List.of(15, 14, 16, 17, 5), keyWork.children().stream().map(s -> s.allTasks().size()).toList());
        ParsedSection investment = keyWork.children().get(0).children().get(1);
        assertEquals("紧盯投资加快项目落地", investment.title());
        assertEquals(List.of("6", "7", "8", "9"), investment.tasks().stream().map(ParsedTask::number).toList());
        ParsedSection livelihood = section(SectionKind.LIVELIHOOD);
        assertEquals(10, livelihood.children().size());
        assertEquals("聚焦交通出行", livelihood.children().get(5).title());
        assertEquals(4, livelihood.children().get(5).tasks().size());
    }

    @Test
    void shouldCarryTheTargetTextOnTargetTasks() {
        ParsedTask gdp = task(section(SectionKind.TARGETS), "1");
        assertEquals("地区生产总值增长7.8%左右", gdp.targetText());
        assertEquals("ABOUT", gdp.quantTargets().get(0).comparator());
        assertEquals("IN_STEP_WITH", task(section(SectionKind.TARGETS), "5").quantTargets().get(0).comparator());
    }

    @Test
    void shouldGiveKeyTaskTwoTheCommerceBureauAsLeadWithSixResponsibleUnits() {
        ParsedTask two = task(section(SectionKind.KEY_WORK), "2");
        assertEquals("区商务局", two.leadUnit().name());
        assertTrue(two.leadUnit().aliases().contains("招商局"));
        assertEquals(List.of("区发改委", "区科技局", "区经信局", "区建设局", "区财政局", "区文体旅游委"),
                two.responsibleUnits().stream().map(UnitRef::name).toList());
        assertTrue(two.responsibleUnits().get(4).aliases().contains("金融工作局"));
    }

    @Test
    void shouldGiveKeyTaskNineFiveStreetOffices() {
        ParsedTask nine = task(section(SectionKind.KEY_WORK), "9");
        Set<String> streets = nine.responsibleUnits().stream().filter(u -> u.kind() == UnitKind.STREET_OFFICE)
                .map(UnitRef::name).collect(Collectors.toSet());
        assertEquals(Set.of("四唯街道", "永清街道", "二七街道", "新村街道", "台北街道"), streets);
        assertEquals("区发改委", nine.leadUnit().name());
    }

    @Test
    void shouldWarnAboutEveryUnclosedBracketAndStillImportThoseTasks() {
        List<Integer> lines = of(plan, WarningCode.UNBALANCED_BRACKET).stream().map(ImportWarning::line).toList();
        assertEquals(List.of(92, 96, 160, 160, 278), lines);
        Set<Integer> taskLines = plan.allTasks().stream().map(ParsedTask::line).collect(Collectors.toSet());
        assertTrue(taskLines.containsAll(lines));
        ParsedTask twentyNine = task(section(SectionKind.KEY_WORK), "29");
        assertEquals("区商务局", twentyNine.leadUnit().name(), "its one responsible unit leads");
    }

    @Test
    void shouldResolveTheRunTogetherUnitsOfKeyTaskOneThroughTheAliasesOfTheDocument() {
        ParsedTask one = task(section(SectionKind.KEY_WORK), "1");
        assertEquals(List.of("区商务局", "区财政局"), one.responsibleUnits().stream().map(UnitRef::name).toList());
        assertTrue(of(plan, WarningCode.MISSING_SEPARATOR).stream().anyMatch(w -> w.line() == 92));
    }

    @Test
    void shouldFlagTheBettingAdInKeyTaskSixtySeven() {
        List<ImportWarning> injected = of(plan, WarningCode.INJECTED_TEXT);
        assertEquals(1, injected.size());
        assertEquals(260, injected.get(0).line());
        assertTrue(injected.get(0).message().contains("365bet"));
        ParsedTask sixtySeven = task(section(SectionKind.KEY_WORK), "67");
        assertFalse(sixtySeven.text().contains("365bet"), "stored and republished without the ad: " + sixtySeven.text());
    }

    @Test
    void shouldReadTheDamagedDeadlinesOfTheNotice() {
        assertEquals("岸政办〔2019〕1号", plan.document().number());
        assertEquals(2019, plan.document().year());
        assertEquals(LocalDate.of(2019, 1, 11), plan.document().issueDate());
        assertEquals(LocalDate.of(2019, 1, 28), plan.workPlanSubmissionDue());
        assertEquals(List.of(LocalDate.of(2019, 4, 10), LocalDate.of(2019, 7, 10), LocalDate.of(2019, 10, 10),
                LocalDate.of(2019, 12, 25)), plan.reportingDeadlines().stream().map(ReportingDeadline::deadline).toList());
        assertEquals(6, of(plan, WarningCode.DAMAGED_DATE).size());
        assertEquals(6, plan.workPlanTemplate().columns().size());
    }

    @Test
    void shouldKeepGroupsApartFromUnits() {
        ParsedTask twentyFour = task(section(SectionKind.KEY_WORK), "24");
        assertTrue(twentyFour.responsibleUnits().get(1).group());
        assertTrue(plan.units().stream().noneMatch(UnitRef::group));
        assertTrue(plan.units().stream().noneMatch(u -> u.name().equals("各街道")));
    }

    @Test
    void shouldWarnOnceForEachUnitTheDirectoryDoesNotKnow() {
        assertEquals(plan.units().size(), of(plan, WarningCode.UNKNOWN_UNIT).size());
        ParsedPlan known = new PlanParser(new KnownUnits(plan.units().stream()
                .map(u -> new KnownUnits.Known(u.name(), u.aliases())).toList()))
                .parse(Fixtures.seed("district-2019-task-decomposition-plan.txt"));
        assertTrue(of(known, WarningCode.UNKNOWN_UNIT).isEmpty());
    }
}
