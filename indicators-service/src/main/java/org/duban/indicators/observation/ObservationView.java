package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.evaluation.Verdict;

/** A recorded figure with its evaluation. */
public record ObservationView(UUID id, String indicatorCode, String regionCode, int year, String period,
        int revision, boolean current, BigDecimal value, String unit, BigDecimal growthRate, boolean estimate,
        String source, LocalDate releaseDate, OffsetDateTime recordedAt, String recordedBy, Verdict verdict,
        String rule, String targetText) {

    public static ObservationView of(ObservationEntity o) {
        return new ObservationView(o.id, o.indicatorCode, o.regionCode, o.year, o.period, o.revision, o.current,
                Units.stripOrNull(o.value), o.unit, Units.stripOrNull(o.growthRate), o.estimate, o.source, o.releaseDate, o.recordedAt, o.recordedBy,
                o.verdict, o.rule, o.targetText);
    }
}
