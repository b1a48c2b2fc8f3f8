package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.duban.indicators.catalog.Indicator;

/** An observation that passed every rule, with its value converted to the indicator's unit. */
public record CheckedObservation(Indicator indicator, String regionCode, int year, ReportingPeriod period,
        BigDecimal value, BigDecimal growthRate, boolean estimate, String source, LocalDate releaseDate,
        boolean revision) {
}
