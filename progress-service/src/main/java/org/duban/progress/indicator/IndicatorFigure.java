package org.duban.progress.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import org.duban.platform.journal.NotJournaled;

/** The latest revision of an indicator observation for one region, year and period. */
@Entity
@NotJournaled("read model: copied from indicators-service's events, journaled there")
@Table(name = "indicator_figure")
public class IndicatorFigure extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "indicator_code") String indicatorCode, @Column(name = "region_code") String regionCode,
            @Column(name = "year") int year, @Column(name = "period") String period) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public BigDecimal value;
    public String unit;

    @Column(name = "growth_rate")
    public BigDecimal growthRate;

    public boolean estimate;

    @Column(nullable = false)
    public int revision;

    @Column(name = "observation_id")
    public String observationId;
}
