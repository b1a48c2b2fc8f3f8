package org.duban.tasks.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A figure a task promises (metric, value, unit, comparator ABOUT / AT_LEAST / AT_MOST / IN_STEP_WITH, and as
 * indicators-service's grammar reads a linked target: EXACT (增长10%), RANGE (its upper end), DECREASE_AT_LEAST).
 */
@Embeddable
public class QuantTargetValue {
    @Column(nullable = false)
    public String metric;

    public BigDecimal value;

    public String unit;

    @Column(nullable = false)
    public String comparator;

    public QuantTargetValue() {}

    public QuantTargetValue(String metric, BigDecimal value, String unit, String comparator) {
        this.metric = metric;
        this.value = value;
        this.unit = unit;
        this.comparator = comparator;
    }
}
