package org.duban.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void shouldParseTheCodesOfTheContract() {
        assertEquals(ReportingPeriod.Q1, ReportingPeriod.parse("q1"));
        assertEquals(6, ReportingPeriod.parse("H1").endMonth());
        assertEquals(11, ReportingPeriod.parse("M11").endMonth());
        assertTrue(ReportingPeriod.parse("ANNUAL").isAnnual());
        for (String bad : new String[] {"M13", "M00", "Q5", "2019Q1", "", "Q2"}) {
            assertFalse(ReportingPeriod.isValid(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(null));
    }

    @Test
    void shouldDetectThePeriodAChineseSentenceNames() {
        assertEquals(Optional.of(ReportingPeriod.Q1), ReportingPeriod.detect("一季度,我市实现地区生产总值增长8.5%"));
        assertEquals(Optional.of(ReportingPeriod.H1), ReportingPeriod.detect("上半年全区实现地区生产总值610.6亿元"));
        assertEquals(Optional.of(ReportingPeriod.Q3), ReportingPeriod.detect("前三季度,全县完成"));
        assertEquals("M05", ReportingPeriod.detect("1-5月,全县").orElseThrow().code());
        assertEquals(Optional.of(ReportingPeriod.H1), ReportingPeriod.detect("1至6月"));
        assertEquals(Optional.empty(), ReportingPeriod.detect("地区生产总值增长8%"));
    }

    @Test
    void shouldKnowItsShareOfTheYearAndItsEnd() {
        assertEquals(0.25, ReportingPeriod.Q1.yearShare(), 1e-9);
        assertEquals(LocalDate.of(2020, 2, 29), ReportingPeriod.parse("M02").endDate(2020));
        assertTrue(ReportingPeriod.Q1.compareTo(ReportingPeriod.parse("M04")) < 0);
    }
}
