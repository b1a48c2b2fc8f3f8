package org.duban.progress.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.duban.testing.fuzz.PatternCost;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of progress-service (the notice's Markdown, spreadsheet cells, periods, pace wording) does
 * linear work on any text: {@link PatternCost} counts the characters each reads over hostile fillers at two lengths,
 * the check the readers of the other services failed on 2026-12-02.
 */
class PatternCostTest {
    @Test
    void shouldFindNoPatternWhoseWorkGrowsFasterThanItsInput() {
        List<PatternCost.Finding> findings = PatternCost.superlinear(Markdown.class, "org.duban.progress");
        assertEquals(List.of(), findings.stream().map(PatternCost.Finding::toString).toList());
    }

    /** No pattern repeats a group of alternatives without a bound: a long run entering it overflowed the stack. */
    @Test
    void shouldFindNoPatternThatRecursesOncePerRepetition() {
        assertEquals(List.of(), PatternCost.unboundedRecursion(Markdown.class, "org.duban.progress"));
    }
}
