package org.duban.indicators.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duban.indicators.Seeds;
import org.duban.indicators.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

class ObservationImportTest {

    private final ObservationRules rules = new ObservationRules(CatalogLoader.loadDefault());

    @Test
    void shouldReadAndCheckEveryRowOfAGoodFile() throws IOException {
        ObservationCsvReader.Result result =
                ObservationCsvReader.read(new StringReader(Seeds.fixture("county-observations.csv")));

        assertEquals(List.of(), result.errors());
        assertEquals(4, result.lines().size());
        List<FieldError> errors = new ArrayList<>();
        List<CheckedObservation> checked = result.lines().stream()
                .map(l -> rules.check(l.input(), l.line(), errors)).flatMap(Optional::stream).toList();
        assertEquals(List.of(), errors);
        assertEquals(new BigDecimal("1025.6"), checked.get(0).value(), "thousands separators accepted");
        assertTrue(checked.get(0).estimate());
        assertEquals("GENERAL_PUBLIC_BUDGET_REVENUE", checked.get(1).indicator().code(), "names resolve");
        assertEquals(new BigDecimal("12600"), checked.get(2).value(), "1.26万元 in 元");
        assertEquals("县统计局,住户调查", checked.get(2).source());
        assertEquals("M05", checked.get(3).period().code());
    }

    @Test
    void shouldReportEveryBadCellWithItsLine() throws IOException {
        ObservationCsvReader.Result result =
                ObservationCsvReader.read(new StringReader(Seeds.fixture("county-observations-bad.csv")));

        assertTrue(result.lines().isEmpty());
        assertEquals(List.of("2:value", "3:growthRate", "3:estimate", "3:releaseDate"),
                result.errors().stream().map(e -> e.line() + ":" + e.field()).toList());
    }

    @Test
    void shouldRejectAFileWithoutTheRequiredColumns() throws IOException {
        ObservationCsvReader.Result result = ObservationCsvReader.read(new StringReader("indicator,value\nGDP,1\n"));
        assertEquals(3, result.errors().size(), result.errors()::toString);
    }

    @Test
    void shouldRejectUnknownIndicatorUnitMismatchBadPeriodAndEarlyRelease() {
        List<FieldError> errors = new ArrayList<>();
        assertFalse(rules.check(input("无此指标", "420102", "Q1", "1", "亿元", null), 0, errors).isPresent());
        assertFalse(rules.check(input("GDP", "420102", "Q1", "1", "万人", null), 0, errors).isPresent());
        assertFalse(rules.check(input("GDP", "420102", "M13", "1", "亿元", null), 0, errors).isPresent());
        assertFalse(rules.check(input("GDP", "4201", "Q1", "1", "亿元", null), 0, errors).isPresent());
        assertFalse(rules.check(input("GDP", "420102", "Q1", null, null, null), 0, errors).isPresent());
        assertFalse(rules.check(input("GDP", "420102", "H1", "1", "亿元", LocalDate.of(2021, 3, 1)), 0, errors)
                .isPresent());
        assertEquals(List.of("indicator", "unit", "period", "regionCode", "value", "releaseDate"),
                errors.stream().map(FieldError::field).toList());
    }

    private static ObservationInput input(String indicator, String region, String period, String value, String unit,
            LocalDate releaseDate) {
        return new ObservationInput(indicator, region, 2021, period, value == null ? null : new BigDecimal(value),
                unit, null, false, null, releaseDate, false);
    }
}
