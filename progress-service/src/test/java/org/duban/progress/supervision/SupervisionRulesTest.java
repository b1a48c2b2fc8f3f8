package org.duban.progress.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupervisionRulesTest {

    private final SupervisionRules rules = SupervisionRules.defaults();

    @Test
    void urgingEscalatesWithTheDaysOverdue() {
        assertTrue(rules.levelFor(0).isEmpty());
        assertEquals(UrgingLevel.REMINDER, rules.levelFor(1).orElseThrow());
        assertEquals(UrgingLevel.BLUE, rules.levelFor(4).orElseThrow());
        assertEquals(UrgingLevel.YELLOW, rules.levelFor(8).orElseThrow());
        assertEquals(UrgingLevel.RED, rules.levelFor(15).orElseThrow());
    }

    @Test
    void aSweepOnlyEverEscalates() {
        assertEquals(Optional.of(UrgingLevel.REMINDER), rules.escalation(1, Optional.empty()));
        assertTrue(rules.escalation(2, Optional.of(UrgingLevel.REMINDER)).isEmpty());
        assertEquals(Optional.of(UrgingLevel.BLUE), rules.escalation(4, Optional.of(UrgingLevel.REMINDER)));
        assertTrue(rules.escalation(4, Optional.of(UrgingLevel.YELLOW)).isEmpty());
    }

    @Test
    void manualUrgingGoesOneStepAndStopsAtRed() {
        assertEquals(UrgingLevel.BLUE, UrgingLevel.REMINDER.next());
        assertEquals(UrgingLevel.RED, UrgingLevel.RED.next());
    }

    @Test
    void escalationDaysMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new SupervisionRules(3, 7, 7, 14));
    }
}
