package org.duban.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.Seeds;
import org.duban.indicators.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

class SeedTargetsTest {

    private final TargetParser parser = new TargetParser(CatalogLoader.loadDefault());

    @Test
    void reportTargetSentenceYieldsTheSixTargetsOfTheIssue() {
        String sentence = Seeds.lineContaining("district-2015-government-work-report.txt", "预期目标是");
        TargetParseResult result = parser.parse(sentence);

        assertEquals(List.of(), result.warnings());
        List<Target> targets = result.targets();
        assertEquals(7, targets.size(), targets::toString);
        assertGrowthAndLevel(targets.get(0), "GDP", "10", "581", "亿元");
        assertGrowthAndLevel(targets.get(1), "FIXED_ASSET_INVESTMENT", "15", "185", "亿元");
        assertGrowthAndLevel(targets.get(2), "RETAIL_SALES", "10", "420", "亿元");
        assertGrowthAndLevel(targets.get(3), "FISCAL_REVENUE", "7", "22.63", "亿元");
        assertTrue(targets.get(3).notes().stream().anyMatch(n -> n.contains("GENERAL_PUBLIC_BUDGET_REVENUE")),
                "the choice between 财政总收入 and 一般公共预算收入 is visible");
        assertLevel(targets.get(4), "URBAN_PER_CAPITA_INCOME", "31000", "元");
        assertLevel(targets.get(5), "RURAL_PER_CAPITA_INCOME", "17000", "元");
        Target wellOff = targets.get(6);
        assertTrue(wellOff.qualitative());
        assertNull(wellOff.indicatorCode());
        assertEquals("全面小康实现程度", wellOff.subject());
        assertEquals(TargetComparator.AT_LEAST, wellOff.level().comparator());
        assertEquals(0, new BigDecimal("90").compareTo(wellOff.level().value()));
        assertEquals("%", wellOff.level().unit());
        targets.forEach(t -> assertTrue(sentence.contains(t.sourceText()), "source kept: " + t.sourceText()));
    }

    @Test
    void planMainTargetsYieldTheirComparators() {
        String text = Seeds.between("district-2019-task-decomposition-plan.txt", "主要预期目标", "重点工作");
        TargetParseResult result = parser.parse(text);

        assertEquals(List.of(), result.warnings());
        List<Target> targets = result.targets();
        assertEquals(6, targets.size(), targets::toString);
        assertGrowth(targets.get(0), "GDP", "7.8", TargetComparator.ABOUT);
        assertGrowth(targets.get(1), "GENERAL_PUBLIC_BUDGET_REVENUE", "6", TargetComparator.AT_LEAST);
        assertGrowth(targets.get(2), "FIXED_ASSET_INVESTMENT", "8", TargetComparator.AT_LEAST);
        assertGrowth(targets.get(3), "RETAIL_SALES", "10", TargetComparator.EXACT);
        Target income = targets.get(4);
        assertEquals("URBAN_PER_CAPITA_INCOME", income.indicatorCode());
        assertEquals(TargetComparator.IN_STEP_WITH, income.comparator());
        assertEquals("GDP", income.growth().referenceCode());
        Target energy = targets.get(5);
        assertTrue(energy.qualitative());
        assertEquals(TargetComparator.QUALITATIVE, energy.comparator());
        assertEquals("全面完成节能减排任务", energy.subject());
        assertFalse(energy.sourceText().contains("责任单位"), "the responsible units are not part of the target");
    }

    private static void assertGrowthAndLevel(Target t, String code, String growth, String level, String unit) {
        assertEquals(code, t.indicatorCode(), t::toString);
        assertEquals(0, new BigDecimal(growth).compareTo(t.growth().value()), t::toString);
        assertEquals(TargetComparator.EXACT, t.growth().comparator());
        assertEquals(0, new BigDecimal(level).compareTo(t.level().value()), t::toString);
        assertEquals(unit, t.level().unit());
        assertFalse(t.qualitative());
    }

    private static void assertLevel(Target t, String code, String level, String unit) {
        assertEquals(code, t.indicatorCode(), t::toString);
        assertNull(t.growth());
        assertEquals(0, new BigDecimal(level).compareTo(t.level().value()), t::toString);
        assertEquals(unit, t.level().unit());
    }

    private static void assertGrowth(Target t, String code, String growth, TargetComparator comparator) {
        assertEquals(code, t.indicatorCode(), t::toString);
        assertEquals(0, new BigDecimal(growth).compareTo(t.growth().value()), t::toString);
        assertEquals(comparator, t.growth().comparator(), t::toString);
        assertEquals(comparator, t.comparator());
        assertNull(t.level());
    }
}
