package org.duban.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.duban.indicators.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private final StatementSplitter splitter = new StatementSplitter(CatalogLoader.loadDefault());

    @Test
    void shouldKeepPhrasesWithoutSubjectWithThePreviousIndicator() {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Statement> statements = splitter.split("地区生产总值增10%,达到581亿元;社会消费品零售总额增长10%", warnings);

        assertEquals(2, statements.size());
        assertEquals(List.of("增10%", "达到581亿元"), statements.get(0).predicates());
        assertEquals("地区生产总值增10%,达到581亿元", statements.get(0).source());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void shouldDropEnumeratorsHeadingsAndResponsibleUnits() {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Statement> statements = splitter.split("""
                一、2019年主要预期目标(共6项)
                (一)地区生产总值增长7.8%左右。(责任单位:区发改委)
                (二)区级一般公共预算收入增长6%以上。(牵头单位:区财政局;责任单位:区税务局)
                """, warnings);

        assertEquals(2, statements.size(), statements::toString);
        assertEquals("地区生产总值增长7.8%左右", statements.get(0).source());
        assertEquals("区级", statements.get(1).prefix());
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void shouldOpenAStatementForASubjectOutsideTheCatalog() {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Statement> statements = splitter.split("新签约项目42个,增长5%", warnings);

        assertEquals(1, statements.size());
        assertEquals("新签约项目", statements.get(0).subjectText());
        assertTrue(statements.get(0).subjects().isEmpty());
    }

    @Test
    void shouldShareTheTailOfTheLastNameWhenDistributingOverAList() {
        List<Statement> statements = splitter.split("城镇居民和农村居民人均可支配收入分别增长8%、9%", new ArrayList<>());

        Statement statement = statements.get(0);
        assertTrue(statement.distributed());
        assertEquals(List.of("URBAN_PER_CAPITA_INCOME", "RURAL_PER_CAPITA_INCOME"),
                statement.subjects().stream().map(m -> m.indicator().code()).toList());
    }

    @Test
    void shouldJoinALineCutInsideANumberButNeverAnItemOrATitleAfterIt() {
        // batch a's a02 and a10, and what a review found the first fix also joined
        assertEquals("(2)一般公共预算收入达到128.6亿元,增长6%左右;\n(3)固定资产投资增长9%;",
                StatementSplitter.unwrapBrokenClauses("(2)一般公共预算收入达到1\n28.6亿元,增长6%左右;\n(3)固定资产投资增长9%;"));
        assertEquals("附件1\n2019年全区主要经济指标完成情况;\n地区生产总值增长7%;",
                StatementSplitter.unwrapBrokenClauses("附件1\n2019年全区主要经济指标完成情况;\n地区生产总值增长7%;"));
        assertEquals("1.地区生产总值增长8\n2.固定资产投资增长10%;\n3.社会消费品零售总额增长9%;",
                StatementSplitter.unwrapBrokenClauses("1.地区生产总值增长8\n2.固定资产投资增长10%;\n3.社会消费品零售总额增长9%;"));
    }
}
