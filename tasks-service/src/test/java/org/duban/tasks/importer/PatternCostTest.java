package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.duban.testing.fuzz.PatternCost;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the importer and of unit names does linear work on any text (the hostile-input trial of
 * 2026-12-02: fourteen of them backtracked over a long run of spaces, digits or "一、"). {@link PatternCost} counts the
 * characters each pattern reads over hostile fillers at two lengths; a new pattern that backtracks fails here.
 */
class PatternCostTest {
    @Test
    void shouldFindNoImporterPatternWhoseWorkGrowsFasterThanItsInput() {
        List<PatternCost.Finding> findings = PatternCost.superlinear(PlanParser.class, "org.duban.tasks.importer",
                "org.duban.tasks.unit");
        assertEquals(List.of(), findings.stream().map(PatternCost.Finding::toString).toList());
    }

    /** No pattern repeats a group of alternatives without a bound: a long run entering it overflowed the stack. */
    @Test
    void shouldFindNoPatternThatRecursesOncePerRepetition() {
        assertEquals(List.of(), PatternCost.unboundedRecursion(PlanParser.class, "org.duban.tasks.importer",
                "org.duban.tasks.unit"));
    }
}
