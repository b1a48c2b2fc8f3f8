package org.duban.indicators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.duban.indicators.observation.ReportingPeriod;
import org.junit.jupiter.api.Test;

class PaceProfileTest {

    @Test
    void shouldBeLinearByDefault() {
        assertEquals(0.25, PaceProfile.linear().expectedShare(ReportingPeriod.Q1), 1e-9);
        assertEquals(0.75, PaceProfile.linear().expectedShare(ReportingPeriod.Q3), 1e-9);
        assertEquals(1.0, PaceProfile.linear().expectedShare(ReportingPeriod.ANNUAL), 1e-9);
    }

    @Test
    void shouldInterpolateBetweenConfiguredPoints() {
        PaceProfile profile = PaceProfile.parse("Q1:0.2,H1:0.44");
        assertEquals(0.2, profile.expectedShare(ReportingPeriod.Q1), 1e-9);
        assertEquals(0.28, profile.expectedShare(ReportingPeriod.parse("M04")), 1e-9);
        assertEquals(0.72, profile.expectedShare(ReportingPeriod.Q3), 1e-9);
    }

    @Test
    void shouldRejectProfilesThatCannotBeRight() {
        assertThrows(IllegalArgumentException.class, () -> PaceProfile.parse("Q1:0.5,H1:0.4"));
        assertThrows(IllegalArgumentException.class, () -> PaceProfile.parse("Q1:1.5"));
        assertThrows(IllegalArgumentException.class, () -> PaceProfile.parse("Q1"));
        assertThrows(IllegalArgumentException.class, () -> PaceProfile.parse("Q9:0.2"));
    }
}
