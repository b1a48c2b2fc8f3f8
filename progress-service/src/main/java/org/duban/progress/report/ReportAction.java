package org.duban.progress.report;

/** What can be done to a report, and by which role. */
public enum ReportAction {
    EDIT("UNIT_REPORTER"),
    APPROVE("UNIT_HEAD"),
    ACCEPT("SUPERVISOR"),
    RETURN("SUPERVISOR"),
    REVISE("UNIT_REPORTER");

    private final String role;

    ReportAction(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }
}
