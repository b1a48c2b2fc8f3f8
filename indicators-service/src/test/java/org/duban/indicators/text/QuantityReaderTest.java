package org.duban.indicators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.text.QuantityReader.Quantity;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    @Test
    void shouldReadNumberUnitAndModifiers() {
        List<Quantity> q = QuantityReader.read("增长7.8%左右,达到581亿元,控制在4.5%以内,不低于1.2万人");

        assertEquals(4, q.size());
        assertEquals(new BigDecimal("7.8"), q.get(0).number());
        assertTrue(q.get(0).isPercent());
        assertEquals("左右", q.get(0).suffix());
        assertTrue(q.get(0).hasGrowthVerb());
        assertEquals("亿元", q.get(1).unit());
        assertEquals("控制在", q.get(2).prefix());
        assertEquals("以内", q.get(2).suffix());
        assertEquals("万人", q.get(3).unit());
        assertEquals("不低于", q.get(3).prefix());
    }

    @Test
    void shouldSkipYearsAndMonthRanges() {
        List<Quantity> q = QuantityReader.read("2019年1-3月增长5%");
        assertEquals(1, q.size());
        assertEquals(new BigDecimal("5"), q.get(0).number());
    }

    @Test
    void shouldReadRangesAsOneQuantityButNotMonthRanges() {
        List<Quantity> q = QuantityReader.read("增长6.5%-7%,达到1200~1250亿元,1-3月增长8%");
        assertEquals(3, q.size(), q::toString);
        assertTrue(q.get(0).isRange());
        assertEquals(new BigDecimal("6.5"), q.get(0).low());
        assertEquals(new BigDecimal("7"), q.get(0).number());
        assertTrue(q.get(0).hasGrowthVerb());
        assertEquals(new BigDecimal("1200"), q.get(1).low());
        assertEquals("亿元", q.get(1).unit());
        assertFalse(q.get(2).isRange());
        assertEquals(new BigDecimal("8"), q.get(2).number());
        Quantity bare = QuantityReader.read("增长6.5-7%").get(0);
        assertEquals(new BigDecimal("6.5"), bare.low());
    }

    @Test
    void shouldTellDecreasesAndBareMultipliers() {
        List<Quantity> q = QuantityReader.read("下降3.5%以上、1.7万、12");
        assertTrue(q.get(0).isDecrease());
        assertEquals("万", q.get(1).unit());
        assertFalse(q.get(1).isDecrease());
        assertNull(q.get(2).unit());
    }

    @Test
    void shouldReadFullWidthTextOnceNormalised() {
        assertEquals("8.5%(预期目标8%)", ChineseText.normalise("8.5%(预期目标8%)"));
        assertEquals(List.of("a(b,c)", "d"), ChineseText.splitOutsideBrackets("a(b,c),d", ","));
        ChineseText.Bracketed b = ChineseText.extractBrackets("增长8%(预期目标8%)(预计数");
        assertEquals("增长8%", b.outside());
        assertEquals(List.of("预期目标8%", "预计数"), b.groups());
    }
}
