package org.duban.progress.assessment;

/**
 * What a unit did in a year, counted from its reports; the input of scoring.
 *
 * @param expectedReports    reports owed (tasks × periods whose deadline has passed)
 * @param onTimeReports      submitted by the deadline
 * @param excusedLateReports submitted late within a 补报 exception
 * @param lateReports        submitted late without an exception
 * @param acceptedReports    reports accepted (or imported)
 * @param acceptedFirstTime  of those, accepted without ever being returned
 * @param tasksOwed          tasks the unit reports on
 * @param tasksOnPace        tasks ON_PACE, AHEAD or COMPLETED at the latest period
 * @param tasksCompleted     tasks COMPLETED
 */
public record UnitYearFacts(String unitId, String unitName, int expectedReports, int onTimeReports,
        int excusedLateReports, int lateReports, int acceptedReports, int acceptedFirstTime, int tasksOwed,
        int tasksOnPace, int tasksCompleted) {

    public UnitYearFacts {
        if (onTimeReports + excusedLateReports + lateReports > expectedReports) {
            throw new IllegalArgumentException("more reports received than owed for unit " + unitId);
        }
        if (acceptedFirstTime > acceptedReports || tasksCompleted > tasksOwed || tasksOnPace > tasksOwed) {
            throw new IllegalArgumentException("inconsistent counts for unit " + unitId);
        }
    }

    public int missingReports() {
        return expectedReports - onTimeReports - excusedLateReports - lateReports;
    }
}
