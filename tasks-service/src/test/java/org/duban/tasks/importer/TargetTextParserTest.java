package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTextParserTest {

    @Test
    void shouldReadComparatorsFromTheQualifier() {
        QuantTarget gdp = TargetTextParser.parse("地区生产总值增长7.8%左右").get(0);
        assertEquals(new BigDecimal("7.8"), gdp.value());
        assertEquals("%", gdp.unit());
        assertEquals("ABOUT", gdp.comparator());
        assertEquals("地区生产总值增长", gdp.metric());
        assertEquals("AT_LEAST", TargetTextParser.parse("区级一般公共预算收入增长6%以上").get(0).comparator());
        assertEquals("AT_MOST", TargetTextParser.parse("城镇登记失业率控制在4%以内").get(0).comparator());
    }

    @Test
    void shouldReadSeveralFiguresAndInStepTargets() {
        List<QuantTarget> two = TargetTextParser.parse("地区生产总值达到678亿元,增长9.5%");
        assertEquals(2, two.size());
        assertEquals("亿元", two.get(0).unit());
        QuantTarget step = TargetTextParser.parse("城镇居民人均可支配收入与经济发展同步增长").get(0);
        assertEquals("IN_STEP_WITH", step.comparator());
        assertNull(step.value());
    }

    @Test
    void shouldGiveNoTargetForTextWithoutAFigure() {
        assertTrue(TargetTextParser.parse("全面完成节能减排任务").isEmpty());
    }

    /** A newcomer trial: 1.7万 (the unit left out), 45万吨, 3‰, 1.5个百分点 and 78岁 were not read at all. */
    @Test
    void shouldReadTheUnitsReportsUse() {
        assertEquals(new BigDecimal("1.7"), TargetTextParser.parse("农村居民人均可支配收入达到1.7万").get(0).value());
        assertEquals("万", TargetTextParser.parse("农村居民人均可支配收入达到1.7万").get(0).unit());
        assertEquals("万吨", TargetTextParser.parse("粮食产量稳定在45万吨以上").get(0).unit());
        assertEquals("‰", TargetTextParser.parse("人口自然增长率控制在6‰以内").get(0).unit());
        assertEquals("AT_MOST", TargetTextParser.parse("人口自然增长率控制在6‰以内").get(0).comparator());
        assertEquals("个百分点", TargetTextParser.parse("常住人口城镇化率提高1.5个百分点").get(0).unit());
        assertEquals("岁", TargetTextParser.parse("人均预期寿命达到78岁").get(0).unit());
        assertTrue(TargetTextParser.parse("到2025年建成3万个充电桩").stream().noneMatch(q -> q.value().intValue() == 2025),
                "a year is no figure");
    }
}
