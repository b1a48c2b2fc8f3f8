package org.duban.progress.pace;

/**
 * What the pace of one task in one period is judged from.
 *
 * @param percentOfAnnual cumulative % of the annual task reached (from figures or the report), or null
 * @param completed       the task is reported or accepted as completed
 * @param elapsedShare    share of the year elapsed, 0..1 (0.25 for Q1 …)
 * @param overdue         the period's report is missing after its deadline
 * @param lateUnexcused   the report arrived late without a 补报 exception
 * @param selfAssessed    the unit's own status, used when there is no figure; may be null
 */
public record PaceInput(Double percentOfAnnual, boolean completed, double elapsedShare, boolean overdue,
        boolean lateUnexcused, PaceStatus selfAssessed) {

    public PaceInput {
        if (percentOfAnnual != null && (percentOfAnnual < 0 || percentOfAnnual.isNaN())) {
            throw new IllegalArgumentException("percent of the annual task must not be negative");
        }
        if (elapsedShare < 0 || elapsedShare > 1) {
            throw new IllegalArgumentException("elapsed share must lie in 0..1");
        }
    }

    public static PaceInput of(Double percentOfAnnual, double elapsedShare) {
        return new PaceInput(percentOfAnnual, false, elapsedShare, false, false, null);
    }
}
