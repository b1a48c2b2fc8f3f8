package org.duban.indicators.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Data of {@code duban.indicators.indicator-evaluated.v1}. {@code observationId} and {@code revision} are extra to
 * the contract's fields so that a consumer can drop an evaluation older than one it already applied.
 */
public record IndicatorEvaluated(String indicatorCode, String regionCode, int year, String period, Verdict verdict,
        String targetText, BigDecimal actualValue, String unit, BigDecimal growthRate, String rule, boolean estimate,
        UUID observationId, int revision) {

    public static final String TYPE = "duban.indicators.indicator-evaluated.v1";
}
