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

    /** Each step begins the working day after its threshold: "after more than 3, 7, 14 working days". */
    @Test
    void eachStepBeginsJustAfterItsThreshold() {
        assertEquals(UrgingLevel.REMINDER, rules.levelFor(3).orElseThrow());
        assertEquals(UrgingLevel.BLUE, rules.levelFor(7).orElseThrow());
        assertEquals(UrgingLevel.YELLOW, rules.levelFor(14).orElseThrow());
        assertTrue(rules.levelFor(-1).isEmpty());
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
        assertThrows(IllegalArgumentException.class, () -> new SupervisionRules(3, 3, 7, 7));
        assertThrows(IllegalArgumentException.class, () -> new SupervisionRules(3, 0, 7, 14));
        assertThrows(IllegalArgumentException.class, () -> new SupervisionRules(-1, 3, 7, 14));
        // the tightest rules that still climb: remind on the deadline day, urge up every working day
        SupervisionRules tight = new SupervisionRules(0, 1, 2, 3);
        assertEquals(UrgingLevel.RED, tight.levelFor(4).orElseThrow());
    }
}
