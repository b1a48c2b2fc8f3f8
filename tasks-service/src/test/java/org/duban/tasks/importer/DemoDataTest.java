package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.junit.jupiter.api.Test;

/** The demo plan the local run imports must read cleanly: every warning it gives is about new units only. */
class DemoDataTest {

    @Test
    void shouldReadTheDemoPlanWithoutDamageWarnings() throws IOException {
        String text;
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/plan-2024-demo.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedPlan plan = new PlanParser(KnownUnits.NONE).parse(text);
        assertEquals(List.of(SectionKind.TARGETS, SectionKind.KEY_WORK, SectionKind.LIVELIHOOD),
                plan.sections().stream().map(ParsedSection::kind).toList());
        assertEquals(List.of(3, 4, 2), plan.sections().stream().map(s -> s.allTasks().size()).toList());
        assertEquals(2024, plan.document().year());
        assertEquals("示范政办〔2024〕2号", plan.document().number());
        assertTrue(plan.warnings().stream().allMatch(w -> w.code() == WarningCode.UNKNOWN_UNIT), plan.warnings().toString());
        // the demo leader login (张副区长) has tasks of its own on its dashboard
        assertEquals(3, plan.sections().stream().flatMap(s -> s.allTasks().stream())
                .filter(t -> t.leaders().contains("张副区长")).count(), plan.sections().toString());
    }

    @Test
    void shouldGenerateTheBenchmarkPlanAsAValidDocument() {
        ParsedPlan plan = new PlanParser(KnownUnits.NONE).parse(ImportBenchmark.generatedPlan(120));
        assertEquals(120, plan.taskCount());
        assertTrue(plan.warnings().stream().allMatch(w -> w.code() == WarningCode.UNKNOWN_UNIT), plan.warnings().toString());
    }
}
