package org.duban.progress.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.duban.progress.pace.PaceStatus;
import org.junit.jupiter.api.Test;

class StatusCounterTest {

    private static StatusCounter.CategoryCount category(StatusCounter.Counts c, String code) {
        return c.categories().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    /** The real Q3 notice of issue 13: 132 tasks, 7 main indicators judged separately. */
    @Test
    void countsTheRealNoticesBaseAndShares() {
        List<StatusCounter.Item> items = new ArrayList<>();
        for (int i = 1; i <= 132; i++) {
            String kind = i <= 7 ? "TARGETS" : "KEY_WORK";
            PaceStatus pace = i <= 7 ? PaceStatus.COMPLETED : i <= 26 ? PaceStatus.COMPLETED : i <= 124 ? PaceStatus.ON_PACE
                    : i <= 129 ? PaceStatus.BEHIND : PaceStatus.UNKNOWN;
            String classified = i == 130 || i == 131 ? "ADJUSTED" : i == 132 ? "CANNOT_COMPLETE" : null;
            items.add(new StatusCounter.Item("t" + i, kind, pace, classified));
        }
        StatusCounter.Counts c = new StatusCounter(StatusCategory.defaults(), Set.of("TARGETS")).count(items);
        assertEquals(125, c.base());
        assertEquals(7, c.excluded());
        assertEquals(19, category(c, "DONE").count());
        assertEquals(new BigDecimal("15.2"), category(c, "DONE").share());
        assertEquals(98, category(c, "ON_TRACK").count());
        assertEquals(new BigDecimal("78.4"), category(c, "ON_TRACK").share());
        assertEquals(5, category(c, "DIFFICULT").count());
        assertEquals(2, category(c, "ADJUSTED").count());
        assertEquals(1, category(c, "CANNOT_COMPLETE").count());
        assertEquals(0, c.unclassified());
        assertEquals(117, c.expectedToComplete());
        assertEquals(new BigDecimal("93.6"), c.expectedToCompleteShare());
    }

    @Test
    void theOfficesCategoryWinsOverThePaceAndUnknownPaceIsUnclassified() {
        StatusCounter counter = new StatusCounter(StatusCategory.defaults(), Set.of());
        StatusCounter.Counts c = counter.count(List.of(
                new StatusCounter.Item("a", "KEY_WORK", PaceStatus.ON_PACE, "DIFFICULT"),
                new StatusCounter.Item("b", null, PaceStatus.UNKNOWN, null),
                new StatusCounter.Item("c", "TARGETS", PaceStatus.AHEAD, null)));
        assertEquals(3, c.base());
        assertEquals(1, category(c, "DIFFICULT").count());
        assertEquals(1, category(c, "ON_TRACK").count());
        assertEquals(1, c.unclassified());
        assertEquals(new BigDecimal("33.3"), c.expectedToCompleteShare());
    }

    @Test
    void sharesRoundHalfUpAndAnEmptyBaseIsZero() {
        assertEquals(new BigDecimal("66.7"), StatusCounter.share(2, 3));
        assertEquals(new BigDecimal("0.1"), StatusCounter.share(1, 2000)); // 0.05 → 0.1
        assertEquals(new BigDecimal("0.0"), StatusCounter.share(0, 0));
    }

    @Test
    void aClassificationIntoACategoryTheRuleNoLongerHasFallsBackToThePace() {
        StatusCounter counter = new StatusCounter(List.of(new StatusCategory("ALL", "全部", Set.of(PaceStatus.values()), true)),
                Set.of());
        StatusCounter.Counts c = counter.count(List.of(new StatusCounter.Item("a", "KEY_WORK", PaceStatus.BEHIND, "CANNOT_COMPLETE")));
        assertEquals(1, category(c, "ALL").count());
        assertEquals(0, c.unclassified());
    }
}
