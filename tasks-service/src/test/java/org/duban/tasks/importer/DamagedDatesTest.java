package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DamagedDatesTest {

    @Test
    void shouldReadAnIntactDate() {
        DamagedDates.Reading r = DamagedDates.read("2019年4月10", 2018, null);
        assertEquals(LocalDate.of(2019, 4, 10), r.date());
        assertFalse(r.damaged());
    }

    @Test
    void shouldReadDigitsThatLostYearAndMonth() {
        DamagedDates.Reading r = DamagedDates.read("2019410", 2019, null);
        assertEquals(LocalDate.of(2019, 4, 10), r.date());
        assertTrue(r.damaged());
        assertEquals(LocalDate.of(2019, 12, 25), DamagedDates.read("1225", 2019, null).date());
        assertEquals(LocalDate.of(2019, 10, 10), DamagedDates.read("1010", 2019, null).date());
    }

    @Test
    void shouldChooseTheEarliestReadingNotBeforeTheGivenDate() {
        LocalDate issued = LocalDate.of(2019, 1, 11);
        assertEquals(LocalDate.of(2019, 1, 28), DamagedDates.read("128", 2019, issued).date());
        assertEquals(LocalDate.of(2019, 12, 8), DamagedDates.read("128", 2019, LocalDate.of(2019, 2, 1)).date());
    }

    @Test
    void shouldGiveNothingForDigitsThatAreNoDate() {
        assertNull(DamagedDates.read("1300", 2019, null));
        assertNull(DamagedDates.read("abc", 2019, null));
    }
}
