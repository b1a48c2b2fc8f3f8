package org.duban.indicators.evaluation;

import java.math.BigDecimal;
import org.duban.indicators.observation.ReportingPeriod;

/** The figure to evaluate: value in the indicator's unit and growth in %, either may be null. */
public record Actual(ReportingPeriod period, BigDecimal value, String unit, BigDecimal growthRate) {
}
