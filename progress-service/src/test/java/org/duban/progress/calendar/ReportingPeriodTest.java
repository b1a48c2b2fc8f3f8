package org.duban.progress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void parsesQuarterlyAndMonthlyCodes() {
        assertEquals(ReportingPeriod.Q1, ReportingPeriod.parse("q1"));
        assertEquals(ReportingPeriod.month(3), ReportingPeriod.parse("M03"));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("Q2"));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("M13"));
    }

    @Test
    void periodsAreCumulativeFromJanuary() {
        assertEquals(LocalDate.of(2018, 6, 30), ReportingPeriod.H1.endDate(2018));
        assertEquals(0.75, ReportingPeriod.Q3.shareOfYear(), 1e-9);
        assertEquals("前三季度", ReportingPeriod.Q3.label());
        assertEquals("5月", ReportingPeriod.month(5).label());
    }

    @Test
    void periodsSortByTheirEnd() {
        assertTrue(ReportingPeriod.Q1.compareTo(ReportingPeriod.H1) < 0);
        assertTrue(ReportingPeriod.month(3).compareTo(ReportingPeriod.Q1) < 0);
        assertTrue(ReportingPeriod.ANNUAL.compareTo(ReportingPeriod.Q3) > 0);
    }
}
