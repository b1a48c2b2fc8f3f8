package org.duban.tasks.importer;

import static org.duban.tasks.importer.Fixtures.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompletionTableTextParserTest {
    private static ParsedPlan table;

    @BeforeAll
    static void parse() {
        table = new CompletionTableTextParser(KnownUnits.of("区发改局", "区统计局", "区财政局", "区商务局", "区贸促会"))
                .parse(Fixtures.resource("table-small.txt"));
    }

    private static List<String> names(List<UnitRef> refs) {
        return refs.stream().map(UnitRef::name).toList();
    }

    @Test
    void shouldReadTitleYearPeriodAndLegend() {
        assertEquals(2023, table.document().year());
        assertEquals(ReportingPeriod.H1, table.period());
        assertEquals("全国性重点工作", table.markerLegend().get("▲"));
        assertEquals(3, table.markerLegend().size());
        assertTrue(of(table, WarningCode.MISSING_COLUMN).isEmpty(), table.warnings().toString());
    }

    @Test
    void shouldReadEveryColumnOfARowWhoseRelatedUnitsWrap() {
        ParsedTask first = table.allTasks().get(0);
        assertEquals("地区生产总值增长6%", first.text());
        assertEquals(List.of("张三"), first.leaders());
        assertEquals("李四", first.coordinator());
        assertEquals("区发改局", first.leadUnit().name());
        assertEquals("王五", first.leadPerson());
        assertEquals(List.of("区统计局", "区财政局", "区商务局", "各乡、街道办事处"), names(first.relatedUnits()));
        assertEquals("数据统计评估牵头单位", first.relatedUnits().get(0).note());
        assertEquals("完成地区生产总值60亿元,同比增长6.1%。", first.progressText());
    }

    @Test
    void shouldTakeAllButTheLastPersonAsLeadersAndJoinWrappedProgress() {
        ParsedTask second = table.allTasks().get(1);
        assertEquals(List.of("★"), second.markers());
        assertEquals("加快建设物流园", second.text());
        assertEquals(List.of("赵六", "钱七"), second.leaders());
        assertEquals("孙八", second.coordinator());
        assertEquals("物流园一期已开工。\n二期完成选址。", second.progressText());
    }

    @Test
    void shouldJoinALeadUnitWrappedOverTwoLinesAndAllowMissingRelatedUnits() {
        ParsedTask third = table.allTasks().get(2);
        assertEquals(List.of("▲", "●"), third.markers());
        assertEquals("东湖新区建设工作部", third.leadUnit().name());
        assertEquals("吴十", third.leadPerson());
        assertTrue(third.relatedUnits().isEmpty());
        assertTrue(third.progressText().startsWith("新区环境整治方案已印发"));
    }

    @Test
    void shouldWarnAboutGapsAndInjectedText() {
        assertEquals(4, table.taskCount());
        assertEquals("5", table.allTasks().get(3).number());
        assertEquals(1, of(table, WarningCode.NUMBERING_GAP).size());
        List<ImportWarning> injected = of(table, WarningCode.INJECTED_TEXT);
        assertEquals(1, injected.size());
        assertEquals(table.allTasks().get(3).line(), injected.get(0).line());
    }

    @Test
    void shouldRefuseTextWithoutAHeader() {
        CompletionTableTextParser parser = new CompletionTableTextParser(KnownUnits.NONE);
        assertThrows(ImportFormatException.class, () -> parser.parse("一段没有表头的文字"));
        assertThrows(ImportFormatException.class, () -> parser.parse(""));
    }

    @Test
    void shouldReadTheSeedTable() {
        ParsedPlan seed = new CompletionTableTextParser(KnownUnits.NONE)
                .parse(Fixtures.seed("district-2018-q1-completion-table.txt"));
        List<ParsedTask> tasks = seed.allTasks();
        assertEquals(96, tasks.size());
        assertEquals(2018, seed.document().year());
        assertEquals(ReportingPeriod.Q1, seed.period());
        assertEquals(List.of("▲", "●", "■", "★"), List.copyOf(seed.markerLegend().keySet()));
        for (int i = 0; i < 96; i++) {
            ParsedTask t = tasks.get(i);
            assertEquals(String.valueOf(i + 1), t.number());
            assertFalse(t.leaders().isEmpty(), "leaders of " + t.number());
            assertTrue(t.coordinator() != null, "coordinator of " + t.number());
            assertTrue(t.leadUnit() != null, "lead unit of " + t.number());
            assertTrue(t.leadPerson() != null, "lead person of " + t.number());
            assertTrue(t.progressText() != null && !t.progressText().isBlank(), "progress of " + t.number());
            assertFalse(t.progressText().contains("备注"), "the footnote is not progress: " + t.number());
        }
        assertTrue(of(seed, WarningCode.NUMBERING_GAP).isEmpty());
        assertTrue(of(seed, WarningCode.MISSING_FIELD).isEmpty(), of(seed, WarningCode.MISSING_FIELD).toString());
    }

    @Test
    void shouldReadTheSeedTablesMarkersLeadersAndWrappedCells() {
        ParsedPlan seed = new CompletionTableTextParser(KnownUnits.NONE)
                .parse(Fixtures.seed("district-2018-q1-completion-table.txt"));
        List<ParsedTask> tasks = seed.allTasks();
        assertEquals(List.of("方正春", "邓建华"), tasks.get(61).leaders());
        assertEquals("王勇", tasks.get(61).coordinator());
        assertEquals(List.of("徐平"), tasks.get(0).leaders());
        assertEquals("陈曦", tasks.get(0).coordinator());
        assertEquals(List.of("▲"), tasks.get(4).markers());
        assertEquals(List.of("●"), tasks.get(50).markers());
        assertEquals(List.of("■"), tasks.get(86).markers());
        assertEquals(7, tasks.stream().filter(t -> t.markers().contains("★")).count());
        assertEquals(9, tasks.get(0).relatedUnits().size());
        assertEquals("东风湖新区建设工作部", tasks.get(20).leadUnit().name());
        assertEquals(13, tasks.get(20).relatedUnits().size());
        assertEquals(List.of("区征收安置局", "区经建投"), names(tasks.get(33).leadUnits()), "co-leads stay co-leads");
        assertEquals(List.of(), names(tasks.get(33).responsibleUnits()));
        assertTrue(tasks.get(53).progressText().contains("\n"));
        assertNull(tasks.get(0).targetText());
    }

    @Test
    void shouldFlagTheFootballAppAdInTaskNinetyFive() {
        ParsedPlan seed = new CompletionTableTextParser(KnownUnits.NONE)
                .parse(Fixtures.seed("district-2018-q1-completion-table.txt"));
        int line95 = seed.allTasks().get(94).line();
        List<ImportWarning> injected = of(seed, WarningCode.INJECTED_TEXT);
        assertTrue(injected.stream().anyMatch(w -> w.line() == line95 && w.message().contains("买足球的软件")));
        assertEquals(5, injected.size());
    }
}
