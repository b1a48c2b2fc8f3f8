package org.duban.indicators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.duban.testing.fuzz.PatternCost;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the readers does linear work on any text: a notice preview of "一、"×5,000 (or "全镇"
 * ×20,000, "(一)…完成情况 "×1,000) without sentence punctuation held a worker for 17–111 s by backtracking (found by a
 * hostile-input trial, 2026-12-02). {@link PatternCost} counts the characters each pattern reads over hostile fillers
 * at two lengths; a new pattern that backtracks over a run fails here, naming the pattern and the filler.
 */
class PatternCostTest {
    @Test
    void shouldFindNoReaderPatternWhoseWorkGrowsFasterThanItsInput() {
        List<PatternCost.Finding> findings = PatternCost.superlinear(QuantityReader.class, "org.duban.indicators.observation",
                "org.duban.indicators.target", "org.duban.indicators.text", "org.duban.indicators.catalog",
                "org.duban.indicators.evaluation");
        assertEquals(List.of(), findings.stream().map(PatternCost.Finding::toString).toList());
    }

    /** No pattern repeats a group of alternatives without a bound: a long run entering it overflowed the stack. */
    @Test
    void shouldFindNoPatternThatRecursesOncePerRepetition() {
        assertEquals(List.of(), PatternCost.unboundedRecursion(QuantityReader.class,
                "org.duban.indicators.observation", "org.duban.indicators.target", "org.duban.indicators.text",
                "org.duban.indicators.catalog", "org.duban.indicators.evaluation"));
    }

    /** The check knows the shape that overflowed, and the shapes that do not: a tempered token, a bound, possession. */
    @Test
    void shouldTellARecursiveRepetitionFromABoundedOrPossessiveOne() {
        assertEquals("(?:[^。;;]|[;;](?=实现|完成))*?", PatternCost.recursiveRepetition(
                "规上企业(?:[^。;;]|[;;](?=实现|完成))*?工业总产值"));
        assertEquals("(?:\\d+[和、]\\s*)+", PatternCost.recursiveRepetition("分别((?:\\d+[和、]\\s*)+\\d+)%"));
        assertEquals(null, PatternCost.recursiveRepetition("规上企业(?:[^。;;]|[;;](?=实现|完成)){0,200}?工业总产值"));
        assertEquals(null, PatternCost.recursiveRepetition("分别((?:\\d+[和、]\\s*)++\\d+)%"));
        assertEquals(null, PatternCost.recursiveRepetition("(?:(?!财政收入|预算收入)[^。;;])*?其中(?:,\\d{3})+"));
    }
}
