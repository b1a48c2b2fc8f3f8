package org.duban.indicators.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Data of {@code duban.indicators.indicator-evaluated.v1}. {@code observationId} and {@code revision} are extra to
 * the contract's fields so that a consumer can drop an evaluation older than one it already applied;
 * {@code indicatorName} is the catalog's Chinese name (地区生产总值 for GDP), so that a consumer writes the indicator as
 * documents name it (a notice says 地区生产总值增长7.8%, never GDP增长7.8%) without a copy of the catalog.
 */
public record IndicatorEvaluated(String indicatorCode, String indicatorName, String regionCode, int year, String period, Verdict verdict,
        String targetText, BigDecimal actualValue, String unit, BigDecimal growthRate, String rule, boolean estimate,
        UUID observationId, int revision) {

    public static final String TYPE = "duban.indicators.indicator-evaluated.v1";
}
