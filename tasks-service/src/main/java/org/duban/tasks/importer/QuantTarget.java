package org.duban.tasks.importer;

import java.math.BigDecimal;

/**
 * A figure a task promises: 地区生产总值增长7.8%左右 is metric 地区生产总值增长, 7.8, %, ABOUT.
 * Comparators follow DESIGN.md: ABOUT, AT_LEAST, AT_MOST, IN_STEP_WITH (no value).
 */
public record QuantTarget(String metric, BigDecimal value, String unit, String comparator) {}
