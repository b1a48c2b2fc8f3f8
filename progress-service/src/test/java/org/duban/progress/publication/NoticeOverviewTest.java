package org.duban.progress.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.duban.progress.counting.CountingDtos.CountsView;
import org.duban.progress.counting.StatusCounter.CategoryCount;
import org.junit.jupiter.api.Test;

class NoticeOverviewTest {

    private static CountsView counts(int base, int excluded, int done, int unclassified) {
        List<CategoryCount> categories = List.of(
                new CategoryCount("DONE", "已完成或基本完成", done, share(done, base), true),
                new CategoryCount("DIFFICULT", "有一定困难", 0, share(0, base), false));
        return new CountsView("p", "Q1", base, excluded, categories, unclassified, done, share(done, base));
    }

    private static BigDecimal share(int n, int base) {
        return base == 0 ? new BigDecimal("0.0") : BigDecimal.valueOf(n * 1000L / base, 1);
    }

    @Test
    void statesTheCountsOfTheBaseLeavingOutEmptyCategories() {
        assertEquals("纳入本期统计的4项重点工作中,已完成或基本完成3项,占75.0%;尚未研判1项;预计能够完成的3项,占75.0%。"
                + "另有主要预期目标等2项单独评价。", DocumentBuilder.overview(counts(4, 2, 3, 1)));
    }

    @Test
    void saysSoWhenEveryTaskIsJudgedSeparatelyAndNothingWhenThereIsNoTask() {
        assertEquals("本期无纳入统计的重点工作;主要预期目标等9项单独评价。", DocumentBuilder.overview(counts(0, 9, 0, 0)));
        assertNull(DocumentBuilder.overview(counts(0, 0, 0, 0)));
    }
}
