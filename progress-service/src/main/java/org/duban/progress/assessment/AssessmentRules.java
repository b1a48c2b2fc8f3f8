package org.duban.progress.assessment;

/**
 * The configurable scoring rule set (绩效考核细则). Weights are the points each criterion is worth; they
 * need not add up to 100. Source: DESIGN.md's glossary (绩效考核: per-unit scores from timeliness and completion)
 * and issue 13's rule that an assessment cannot be gamed by silence — every line is defined over the reports the
 * unit <em>owed</em> (assigned on the period's deadline, periods whose deadline has passed), so a missing report
 * scores 0 on every line it affects and "nothing to assess" is never full marks.
 *
 * <ul>
 *   <li>on time: weight × (on-time + excused × {@code excusedCredit}) / reports owed; missing reports
 *       score nothing and each costs {@code missingPenalty} more points (never below 0 for the criterion).</li>
 *   <li>first-time acceptance: weight × reports accepted without ever being returned / reports owed.</li>
 *   <li>pace: weight × tasks ON_PACE, AHEAD or COMPLETED at the latest closed period, on which the unit filed its
 *       report / tasks owed.</li>
 *   <li>completion: weight × tasks COMPLETED (unit's report filed) / tasks owed.</li>
 * </ul>
 */
public record AssessmentRules(double onTimeWeight, double firstAcceptanceWeight, double paceWeight,
        double completionWeight, double excusedCredit, double missingPenalty) {

    public AssessmentRules {
        if (onTimeWeight < 0 || firstAcceptanceWeight < 0 || paceWeight < 0 || completionWeight < 0 || missingPenalty < 0) {
            throw new IllegalArgumentException("weights and penalty must not be negative");
        }
        if (excusedCredit < 0 || excusedCredit > 1) {
            throw new IllegalArgumentException("excused credit must lie in 0..1");
        }
    }

    public static AssessmentRules defaults() {
        return new AssessmentRules(30, 20, 30, 20, 1.0, 2.0);
    }

    public double maxPoints() {
        return onTimeWeight + firstAcceptanceWeight + paceWeight + completionWeight;
    }
}
