package org.duban.indicators.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void shouldConvertWithinADimension() {
        assertEquals(new BigDecimal("31000"), Units.convert(new BigDecimal("3.1"), "万元", "元").orElseThrow());
        assertEquals(new BigDecimal("581"), Units.convert(new BigDecimal("581"), "亿元", "亿元").orElseThrow());
        assertEquals(new BigDecimal("0.0125"), Units.convert(new BigDecimal("125"), "万元", "亿元").orElseThrow());
        assertEquals(new BigDecimal("12000"), Units.convert(new BigDecimal("1.2"), "万人", "人").orElseThrow());
        // hectares are 15 亩 (全市粮食播种面积232.2千公顷, batch mo's mo07)
        assertEquals(0, new BigDecimal("348.3").compareTo(Units.convert(new BigDecimal("232.2"), "千公顷", "万亩").orElseThrow()));
        assertEquals(0, new BigDecimal("15").compareTo(Units.convert(BigDecimal.ONE, "公顷", "万亩").orElseThrow()
                .multiply(BigDecimal.valueOf(10_000))));
        assertTrue(Units.convert(BigDecimal.ONE, "公里", "万亩").isEmpty());
    }

    /** A figure no report holds is told apart: a rate beyond 1000, an amount beyond 10^15 (break-it trial of 2026-12-05). */
    @Test
    void shouldTellAnImplausibleFigure() {
        assertTrue(Units.plausible(new BigDecimal("1000"), "%"));
        assertFalse(Units.plausible(new BigDecimal("1000.1"), "%"));
        assertFalse(Units.plausible(new BigDecimal("-1001"), "个百分点"));
        assertFalse(Units.plausible(new BigDecimal("1001"), "‰"));
        assertTrue(Units.plausible(new BigDecimal("1001"), "亿元"));
        assertTrue(Units.plausible(new BigDecimal("1E15"), "元"));
        assertFalse(Units.plausible(new BigDecimal("-1.1E15"), "元"));
        assertFalse(Units.plausible(new BigDecimal("1E26"), null));
        assertTrue(Units.plausible(null, "%"));
        // in the unit's base: 10^15 亿元 is 10^23 元 (break-it trial of 2026-12-05)
        assertFalse(Units.plausible(new BigDecimal("999999999999999"), "亿元"));
        assertTrue(Units.plausible(new BigDecimal("1300000"), "亿元"));
    }

    @Test
    void shouldLetABareMultiplierOrNoUnitTakeTheTargetUnit() {
        assertEquals(new BigDecimal("17000"), Units.convert(new BigDecimal("1.7"), "万", "元").orElseThrow());
        assertEquals(new BigDecimal("2.5"), Units.convert(new BigDecimal("2.5"), null, "%").orElseThrow());
    }

    @Test
    void shouldRefuseToConvertAcrossDimensions() {
        assertTrue(Units.convert(BigDecimal.ONE, "亿美元", "亿元").isEmpty());
        assertTrue(Units.convert(BigDecimal.ONE, "%", "亿元").isEmpty());
        assertTrue(Units.convert(BigDecimal.ONE, "斤", "元").isEmpty());
        assertTrue(Units.convert(BigDecimal.ONE, "元", "万").isEmpty());
        assertFalse(Units.sameDimension("万人", "亿元"));
        assertTrue(Units.sameDimension("万人", "人"));
    }
}
