package org.duban.progress.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentOfAnnualTest {

    @Test
    void findsThePercentQuotedInTheSeedSentences() {
        assertEquals(114.5, PercentOfAnnual.quotedIn("一季度,全市已完成造林17.75万亩,占年度任务的114.5%。").getAsDouble(), 1e-9);
        assertEquals(19.2, PercentOfAnnual.quotedIn("9个省级重点建设项目完成投资8.0亿元,占年度计划19.2%。").getAsDouble(), 1e-9);
        assertEquals(32.30, PercentOfAnnual.quotedIn("全市棚户区改造已开工3114套,完成目标任务的32.30%;").getAsDouble(), 1e-9);
        assertEquals(30.7, PercentOfAnnual.quotedIn("完成一般公共预算收入9.01亿元,占预算任务的30.7%,同比增长42.2%。").getAsDouble(), 1e-9);
        assertEquals(28, PercentOfAnnual.quotedIn("实现林业产值55亿元,占年度目标任务的28%。").getAsDouble(), 1e-9);
    }

    @Test
    void aGrowthRateIsNotAShareOfTheTask() {
        assertTrue(PercentOfAnnual.quotedIn("完成地区生产总值121.9亿元(预计数),同比增长8%。").isEmpty());
    }

    @Test
    void computesTheShareFromAFigure() {
        assertEquals(10.3, PercentOfAnnual.fromFigure(27.4, 266, "AT_LEAST").orElseThrow(), 1e-9);
        assertTrue(PercentOfAnnual.fromFigure(3.9, 4, "AT_MOST").isEmpty());
    }
}
