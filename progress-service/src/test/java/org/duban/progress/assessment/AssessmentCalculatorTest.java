package org.duban.progress.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentCalculatorTest {

    private final AssessmentCalculator calculator = new AssessmentCalculator(AssessmentRules.defaults());

    @Test
    void everyPointIsExplained() {
        // 8 owed: 6 on time, 1 excused, 1 missing; 7 accepted, 6 first time; 4 tasks, 3 on pace, 1 completed
        UnitYearFacts f = new UnitYearFacts("12", "区发改局", 8, 6, 1, 0, 7, 6, 4, 3, 1);
        UnitAssessment a = calculator.score(f);
        assertEquals(4, a.lines().size());
        ScoreLine onTime = a.lines().get(0);
        // 30 × 7/8 − 1 × 2 = 24.25
        assertEquals(24.25, onTime.points(), 1e-9);
        assertTrue(onTime.explanation().contains("未报 1 份"), onTime.explanation());
        // first-time acceptance over what was owed: 20 × 6 / 8 (the missing report scores 0 here too)
        assertEquals(15.0, a.lines().get(1).points(), 1e-9);
        assertTrue(a.lines().get(1).explanation().startsWith("应报 8 份中一次通过审核 6 份"), a.lines().get(1).explanation());
        assertEquals(22.5, a.lines().get(2).points(), 1e-9);
        assertEquals(5.0, a.lines().get(3).points(), 1e-9);
        assertEquals(24.25 + 15.0 + 22.5 + 5.0, a.total(), 1e-9);
        assertEquals(100.0, a.maxPoints(), 1e-9);
        assertTrue(a.lines().get(3).explanation().contains("20 × 1 / 4 = 5"), a.lines().get(3).explanation());
    }

    @Test
    void excusedCreditAndWeightsAreConfigurable() {
        AssessmentCalculator strict = new AssessmentCalculator(new AssessmentRules(40, 0, 0, 0, 0.5, 0));
        UnitAssessment a = strict.score(new UnitYearFacts("1", "x", 4, 2, 2, 0, 0, 0, 0, 0, 0));
        assertEquals(30.0, a.lines().get(0).points(), 1e-9);
        assertEquals(30.0, a.total(), 1e-9);
    }

    @Test
    void theOnTimeCriterionNeverGoesNegative() {
        UnitAssessment a = calculator.score(new UnitYearFacts("1", "x", 4, 0, 0, 0, 0, 0, 2, 0, 0));
        assertEquals(0.0, a.lines().get(0).points(), 1e-9);
    }

    @Test
    void ranksByTotal() {
        List<UnitAssessment> ranked = calculator.rank(List.of(
                new UnitYearFacts("a", "A", 4, 1, 0, 3, 4, 1, 1, 0, 0),
                new UnitYearFacts("b", "B", 4, 4, 0, 0, 4, 4, 1, 1, 1)));
        assertEquals("b", ranked.get(0).unitId());
    }

    /** Issue 13: 56 units that owed a report and filed none once scored 20.0 for first-time acceptance. */
    @Test
    void silenceEarnsNothingOnAnyLine() {
        UnitYearFacts silentFacts = new UnitYearFacts("s", "沉默单位", 1, 0, 0, 0, 0, 0, 1, 0, 0);
        UnitYearFacts reportedFacts = new UnitYearFacts("r", "区审计局", 1, 1, 0, 0, 1, 0, 1, 0, 0);
        UnitAssessment silent = calculator.score(silentFacts);
        assertEquals(0.0, silent.total(), 1e-9);
        silent.lines().forEach(l -> assertEquals(0.0, l.points(), 1e-9, l.toString()));
        // the unit that reported once, returned, then accepted on time
        assertEquals(30.0, calculator.score(reportedFacts).total(), 1e-9);
        assertEquals("r", calculator.rank(List.of(silentFacts, reportedFacts)).get(0).unitId());
    }

    @Test
    void nothingOwedIsNotFullMarks() {
        UnitAssessment a = calculator.score(new UnitYearFacts("n", "x", 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertEquals(0.0, a.total(), 1e-9);
        assertTrue(a.lines().get(0).explanation().contains("不得分"), a.lines().get(0).explanation());
    }

    @Test
    void theExcusedCreditMayBeNoneOrFull() {
        new AssessmentRules(30, 20, 30, 20, 0, 2);
        new AssessmentRules(30, 20, 30, 20, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> new AssessmentRules(30, 20, 30, 20, 1.01, 2));
        assertThrows(IllegalArgumentException.class, () -> new AssessmentRules(30, 20, 30, 20, -0.01, 2));
        assertThrows(IllegalArgumentException.class, () -> new AssessmentRules(-1, 20, 30, 20, 1, 2));
    }

    @Test
    void inconsistentFactsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UnitYearFacts("1", "x", 2, 2, 1, 0, 0, 0, 0, 0, 0));
    }
}
