package org.duban.progress.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.duban.progress.calendar.ReportingCalendar;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Each test starts at the instant it declares (method over class), whatever the test before it did to the clock. */
@TestClock("2017-07-10T08:30")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestClockExtensionTest {

    private static void assertNow(String shanghai) {
        assertEquals(LocalDateTime.parse(shanghai).atZone(ReportingCalendar.ZONE).toInstant(), TestClockProducer.clock().instant());
    }

    @Test
    @Order(1)
    void startsAtTheClassInstantAndMayMoveOn() {
        assertNow("2017-07-10T08:30");
        TestClockProducer.clock().set("2030-01-01T00:00");
    }

    @Test
    @Order(2)
    void startsAgainAtTheClassInstantAfterATestMovedTheClock() {
        assertNow("2017-07-10T08:30");
        TestClockProducer.clock().set("2030-01-01T00:00");
    }

    @Test
    @Order(3)
    @TestClock("2018-10-10T23:59:59")
    void startsAtItsOwnInstantWhenTheMethodDeclaresOne() {
        assertNow("2018-10-10T23:59:59");
    }

    @Test
    void aClockNobodySetStartsAtTheFixedDefaultNotAtNow() {
        assertEquals(LocalDateTime.parse(TestClock.DEFAULT).atZone(ReportingCalendar.ZONE).toInstant(),
                new MutableClock().instant());
    }
}
