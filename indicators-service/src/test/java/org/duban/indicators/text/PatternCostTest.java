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
}
