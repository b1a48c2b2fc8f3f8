package org.duban.indicators.observation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.duban.indicators.evaluation.Verdict;

/**
 * One figure of one indicator, region and period. A revision adds a row and clears {@code current} on the one it
 * replaces, so the history stays.
 */
@Entity
@Table(name = "observation")
public class ObservationEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String period;

    @Column(name = "period_end_month", nullable = false)
    public int periodEndMonth;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public boolean current;

    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Column(name = "growth_rate")
    public BigDecimal growthRate;

    @Column(nullable = false)
    public boolean estimate;

    public String source;

    @Column(name = "release_date")
    public LocalDate releaseDate;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public String rule;

    @Column(name = "target_text")
    public String targetText;

    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;

    @Version
    public int version;

    public static Optional<ObservationEntity> current(String indicatorCode, String regionCode, int year,
            String period) {
        return find("indicatorCode = ?1 and regionCode = ?2 and year = ?3 and period = ?4 and current = true",
                indicatorCode, regionCode, year, period).firstResultOptional();
    }

    /** The current figures of a region's year, earliest period first. */
    public static List<ObservationEntity> currentOfYear(String regionCode, int year) {
        return list("regionCode = ?1 and year = ?2 and current = true order by indicatorCode, periodEndMonth, period",
                regionCode, year);
    }

    public ReportingPeriod reportingPeriod() {
        return ReportingPeriod.parse(period);
    }
}
