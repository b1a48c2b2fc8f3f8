package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.duban.indicators.catalog.Units;

/** Data of {@code duban.indicators.observation-recorded.v1}; {@code revision} orders the figures of one period. */
public record ObservationRecorded(UUID observationId, String indicatorCode, String regionCode, int year,
        String period, BigDecimal value, String unit, BigDecimal growthRate, boolean estimate, String source,
        int revision, LocalDate releaseDate) {

    public static final String TYPE = "duban.indicators.observation-recorded.v1";

    public static ObservationRecorded of(ObservationEntity o) {
        return new ObservationRecorded(o.id, o.indicatorCode, o.regionCode, o.year, o.period, Units.stripOrNull(o.value), o.unit,
                Units.stripOrNull(o.growthRate), o.estimate, o.source, o.revision, o.releaseDate);
    }

    /** The Kafka key and CloudEvent subject: indicator and region, so one series stays in order. */
    public static String subject(String indicatorCode, String regionCode) {
        return indicatorCode + ":" + regionCode;
    }
}
