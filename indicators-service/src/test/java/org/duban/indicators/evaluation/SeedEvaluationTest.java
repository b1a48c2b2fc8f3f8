package org.duban.indicators.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duban.indicators.Seeds;
import org.duban.indicators.catalog.CatalogLoader;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.observation.NoticeObservationParser;
import org.duban.indicators.observation.NoticeParseResult;
import org.duban.indicators.observation.ParsedObservation;
import org.duban.indicators.observation.ReportingPeriod;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.TargetComparator;
import org.duban.indicators.target.TargetParser;
import org.junit.jupiter.api.Test;

class SeedEvaluationTest {

    private final IndicatorCatalog catalog = CatalogLoader.loadDefault();
    private final TargetParser targetParser = new TargetParser(catalog);
    private final NoticeObservationParser noticeParser = new NoticeObservationParser(catalog, targetParser);
    private final Evaluator evaluator = new Evaluator();

    @Test
    void noticeFirstParagraphGivesEightObservationsWithTargetsAllMet() {
        String paragraph = Seeds.lineContaining("city-2018-q1-completion-notice.txt", "预期目标8%");
        NoticeParseResult result = noticeParser.parse(paragraph, null);

        assertEquals(List.of(), result.warnings());
        List<ParsedObservation> observations = result.observations();
        assertEquals(List.of("GDP", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT", "GENERAL_PUBLIC_BUDGET_REVENUE",
                "RETAIL_SALES", "EXPORTS", "CPI", "URBAN_UNEMPLOYMENT_RATE"),
                observations.stream().map(ParsedObservation::indicatorCode).toList());
        Map<String, ParsedObservation> byCode = observations.stream()
                .collect(Collectors.toMap(ParsedObservation::indicatorCode, o -> o));
        observations.forEach(o -> {
            assertEquals(ReportingPeriod.Q1, o.period());
            assertNotNull(o.target(), o.indicatorCode() + " has its target");
        });
        assertEquals(0, new BigDecimal("8.5").compareTo(byCode.get("GDP").growthRate()));
        assertEquals(0, new BigDecimal("8").compareTo(byCode.get("GDP").target().growth().value()));
        ParsedObservation cpi = byCode.get("CPI");
        assertEquals(0, new BigDecimal("2.9").compareTo(cpi.value()));
        assertEquals(TargetComparator.AT_MOST, cpi.target().level().comparator());
        assertEquals(0, new BigDecimal("3.5").compareTo(cpi.target().level().value()));
        ParsedObservation unemployment = byCode.get("URBAN_UNEMPLOYMENT_RATE");
        assertEquals(0, new BigDecimal("2.08").compareTo(unemployment.value()));
        assertEquals(0, new BigDecimal("4.5").compareTo(unemployment.target().level().value()));

        for (ParsedObservation o : observations) {
            Evaluation evaluation = evaluator.evaluate(catalog.byCode(o.indicatorCode()).orElseThrow(), o.target(),
                    new Actual(o.period(), o.value(), o.unit(), o.growthRate()), null);
            assertEquals(Verdict.MET, evaluation.verdict(), o.indicatorCode() + ": " + evaluation.rule());
        }
    }

    @Test
    void energyDecreaseBeyondTheProvincialTargetIsMet() {
        String line = Seeds.lineContaining("city-2018-q1-completion-notice.txt", "省定目标为下降3.5%");
        NoticeParseResult result = noticeParser.parse(line, null);

        assertEquals(1, result.observations().size(), result::toString);
        ParsedObservation energy = result.observations().get(0);
        assertEquals("INDUSTRIAL_ENERGY_CONSUMPTION", energy.indicatorCode());
        assertTrue(energy.estimate(), "预计 marks an estimate");
        assertEquals(0, new BigDecimal("-4.02").compareTo(energy.growthRate()));
        assertEquals(0, new BigDecimal("-3.5").compareTo(energy.target().growth().value()));
        Evaluation evaluation = evaluator.evaluate(catalog.byCode("INDUSTRIAL_ENERGY_CONSUMPTION").orElseThrow(),
                energy.target(), new Actual(energy.period(), null, energy.unit(), energy.growthRate()), null);
        assertEquals(Verdict.MET, evaluation.verdict(), evaluation.rule());
    }

    @Test
    void tableTaskOneGdpFigureIsAnEstimateBehindTheAnnualTarget() {
        String task = Seeds.lineContaining("district-2018-q1-completion-table.txt", "地区生产总值达到678亿元");
        String progress = Seeds.lineContaining("district-2018-q1-completion-table.txt", "完成地区生产总值121.9亿元");
        Target target = targetParser.parse(task).targets().get(0);
        assertEquals(0, new BigDecimal("678").compareTo(target.level().value()));
        assertEquals(0, new BigDecimal("9.5").compareTo(target.growth().value()));

        NoticeParseResult result = noticeParser.parse(progress, ReportingPeriod.Q1);
        assertEquals(List.of(), result.warnings());
        ParsedObservation gdp = result.observations().get(0);
        assertTrue(gdp.estimate());
        assertEquals(0, new BigDecimal("121.9").compareTo(gdp.value()));
        assertEquals(0, new BigDecimal("8").compareTo(gdp.growthRate()));

        Evaluation evaluation = evaluator.evaluate(catalog.byCode("GDP").orElseThrow(), target,
                new Actual(ReportingPeriod.Q1, gdp.value(), gdp.unit(), gdp.growthRate()), null);
        assertEquals(Verdict.BEHIND_PACE, evaluation.verdict());
        // the rule states the facts: 8 % is below the 9.5 % asked for, which must be reached (≥)
        assertTrue(evaluation.rule().contains("增速 growth 8% < 9.5% (要求 required ≥"), evaluation.rule());
        assertTrue(evaluation.rule().contains("18.0%"), evaluation.rule());
    }

    @Test
    void halfYearReviewFiguresAreReadWithTheirPeriod() {
        String line = Seeds.lineContaining("district-2017-half-year-report.txt", "上半年全区实现地区生产总值");
        NoticeParseResult result = noticeParser.parse(line, null);

        Map<String, ParsedObservation> byCode = result.observations().stream()
                .collect(Collectors.toMap(ParsedObservation::indicatorCode, o -> o, (a, b) -> a));
        ParsedObservation gdp = byCode.get("GDP");
        assertEquals(ReportingPeriod.H1, gdp.period());
        assertEquals(0, new BigDecimal("610.6").compareTo(gdp.value()));
        assertEquals(0, new BigDecimal("8.2").compareTo(gdp.growthRate()));
        assertEquals(0, new BigDecimal("523.9").compareTo(byCode.get("TERTIARY_VALUE_ADDED").value()));
        assertEquals(0, new BigDecimal("62.59").compareTo(byCode.get("GENERAL_PUBLIC_BUDGET_REVENUE").value()));
        assertEquals(0, new BigDecimal("25483").compareTo(byCode.get("URBAN_PER_CAPITA_INCOME").value()));
        assertEquals(0, new BigDecimal("7.8").compareTo(byCode.get("URBAN_PER_CAPITA_INCOME").growthRate()));
    }
}
