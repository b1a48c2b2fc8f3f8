package org.duban.progress.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 补报 exception: the supervision office allows one unit to report one period until a later date.
 * A report that arrives after the period's deadline but by this date is late but excused.
 */
public record LateSubmissionGrant(String unitId, ReportingPeriod period, LocalDate allowedUntil, String reason) {

    public LateSubmissionGrant {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(allowedUntil, "allowedUntil");
    }
}
