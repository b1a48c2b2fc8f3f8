package org.duban.indicators.catalog;

/** How an indicator accumulates over the year; decides how an in-year figure is compared with an annual target. */
public enum IndicatorKind {
    /** Summed from January (GDP, revenue, investment, income): in-year figures are a share of the annual value. */
    CUMULATIVE_AMOUNT,
    /** A stock or point value (population, energy per unit of GDP): compared as it stands. */
    LEVEL,
    /** A percentage that is itself the figure (unemployment rate, CPI increase): compared directly. */
    RATE
}
