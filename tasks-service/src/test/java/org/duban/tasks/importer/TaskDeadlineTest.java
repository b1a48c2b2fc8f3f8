package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 完成时限 as plans write it, to the date a 2024 plan's task is due. */
class TaskDeadlineTest {

    private static Optional<LocalDate> due(String written) {
        return TaskDeadline.dueDate(written, 2024);
    }

    @Test
    void shouldReadDatesMonthsQuartersAndHalves() {
        assertEquals(Optional.of(LocalDate.of(2024, 10, 31)), due("2024年10月31日前"));
        assertEquals(Optional.of(LocalDate.of(2024, 10, 31)), due("10月31日"));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), due("6月底前"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), due("2月底"), "a leap year's February");
        assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), due("2024年9月"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), due("三季度末"));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), due("第二季度"));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), due("上半年"));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), due("年底前"));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), due("全年"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), due("2025年底"));
    }

    @Test
    void shouldTakeTheEndOfARange() {
        assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), due("3—6月"));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), due("2024年3月至2025年6月"));
        assertEquals(Optional.of(LocalDate.of(2024, 11, 15)), due("2024年5月1日—11月15日"));
    }

    @Test
    void shouldKnowOpenEndedWordingFromWordsItCannotRead() {
        assertEquals(Optional.empty(), due("持续推进"));
        assertTrue(TaskDeadline.openEnded("长期坚持"));
        assertEquals(Optional.empty(), due("待定"));
        assertFalse(TaskDeadline.openEnded("待定"));
        assertEquals(Optional.empty(), due("13月底"), "no such month");
        assertEquals(Optional.empty(), due("2月30日"), "no such day");
        assertEquals(Optional.empty(), due(null));
    }
}
