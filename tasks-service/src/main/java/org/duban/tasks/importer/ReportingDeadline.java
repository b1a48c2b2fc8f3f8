package org.duban.tasks.importer;

import java.time.LocalDate;
import org.duban.tasks.plan.ReportingPeriod;

/** When the progress of a period is due, as the plan's notice sets it. */
public record ReportingDeadline(ReportingPeriod period, LocalDate deadline) {}
