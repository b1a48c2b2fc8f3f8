package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure to record, as entered or imported, before it is checked.
 *
 * @param indicator code or Chinese name
 * @param unit      the unit the value is written in; null means the indicator's unit
 * @param revision  true when the figure replaces one already recorded for the same indicator, region and period
 */
public record ObservationInput(String indicator, String regionCode, Integer year, String period, BigDecimal value,
        String unit, BigDecimal growthRate, boolean estimate, String source, LocalDate releaseDate,
        boolean revision) {
}
