package org.duban.progress.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaceEvaluatorTest {

    private final PaceEvaluator evaluator = new PaceEvaluator(PaceRules.defaults());

    @Test
    void halfYearAtHalfTheTaskIsOnPaceAndGreen() {
        // 时间过半、任务过半
        PaceResult r = evaluator.evaluate(PaceInput.of(50.0, 0.5));
        assertEquals(PaceStatus.ON_PACE, r.status());
        assertEquals(StatusLight.GREEN, r.light());
        assertEquals(50.0, r.expectedPercent(), 1e-9);
    }

    @Test
    void firstQuarterAt114PercentIsCompleted() {
        PaceResult r = evaluator.evaluate(PaceInput.of(114.5, 0.25));
        assertEquals(PaceStatus.COMPLETED, r.status());
        assertEquals(StatusLight.GREEN, r.light());
    }

    @Test
    void wellBelowTheTimeElapsedIsBehindAndRed() {
        PaceResult r = evaluator.evaluate(PaceInput.of(15.5, 0.25));
        assertEquals(PaceStatus.BEHIND, r.status());
        assertEquals(StatusLight.RED, r.light());
        assertTrue(r.reasons().get(0).contains("序时进度25%"), r.reasons().toString());
    }

    @Test
    void slightlyBelowIsOnPaceButAmber() {
        PaceResult r = evaluator.evaluate(PaceInput.of(22.0, 0.25));
        assertEquals(PaceStatus.ON_PACE, r.status());
        assertEquals(StatusLight.AMBER, r.light());
    }

    @Test
    void tenPointsAboveIsAhead() {
        assertEquals(PaceStatus.AHEAD, evaluator.evaluate(PaceInput.of(35.0, 0.25)).status());
        assertEquals(PaceStatus.ON_PACE, evaluator.evaluate(PaceInput.of(34.9, 0.25)).status());
    }

    @Test
    void overdueIsRedWhateverThePace() {
        PaceResult r = evaluator.evaluate(new PaceInput(null, false, 0.25, true, false, null));
        assertEquals(StatusLight.RED, r.light());
        assertEquals(PaceStatus.UNKNOWN, r.status());
    }

    @Test
    void withoutFiguresTheSelfAssessmentIsUsed() {
        PaceResult r = evaluator.evaluate(new PaceInput(null, false, 0.25, false, false, PaceStatus.AHEAD));
        assertEquals(PaceStatus.AHEAD, r.status());
        assertEquals(StatusLight.GREEN, r.light());
    }

    @Test
    void lateWithoutExceptionIsAmberUnlessConfiguredOtherwise() {
        PaceInput late = new PaceInput(30.0, false, 0.25, false, true, null);
        assertEquals(StatusLight.AMBER, evaluator.evaluate(late).light());
        PaceEvaluator lenient = new PaceEvaluator(new PaceRules(5, 10, true, false, true));
        assertEquals(StatusLight.GREEN, lenient.evaluate(late).light());
    }

    @Test
    void widerMarginsMakeTheSameFigureOnPace() {
        PaceEvaluator lenient = new PaceEvaluator(new PaceRules(12, 10, false, true, true));
        PaceResult r = lenient.evaluate(PaceInput.of(15.5, 0.25));
        assertEquals(PaceStatus.ON_PACE, r.status());
        assertEquals(StatusLight.GREEN, r.light());
    }

    @Test
    void negativePercentIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PaceInput.of(-1.0, 0.25));
    }
}
