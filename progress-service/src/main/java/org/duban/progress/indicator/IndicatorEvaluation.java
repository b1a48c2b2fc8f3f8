package org.duban.progress.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.duban.platform.journal.NotJournaled;

/** indicators-service's verdict on an indicator for a period: what the notice prints first. */
@Entity
@NotJournaled("read model: copied from indicators-service's events, journaled there")
@Table(name = "indicator_evaluation")
public class IndicatorEvaluation extends PanacheEntityBase {

    @EmbeddedId
    public IndicatorFigure.Key key;

    public String verdict;

    /** The catalog's name of the indicator (地区生产总值), or null for an evaluation announced before names were sent. */
    @Column(name = "indicator_name")
    public String indicatorName;

    @Column(name = "target_text")
    public String targetText;

    @Column(name = "actual_value")
    public BigDecimal actualValue;

    public String unit;

    @Column(name = "growth_rate")
    public BigDecimal growthRate;

    /** The revision of the observation evaluated; an evaluation of a lower revision arriving later is ignored. */
    @Column(nullable = false)
    public int revision;
}
