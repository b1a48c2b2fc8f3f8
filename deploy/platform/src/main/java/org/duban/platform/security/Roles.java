package org.duban.platform.security;

/** The roles of DESIGN.md, as carried in the token's {@code groups} claim. */
public final class Roles {
    /** 督查室: reviews, urges, publishes, scores. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Drafts its own unit's reports and work plans. */
    public static final String UNIT_REPORTER = "UNIT_REPORTER";
    /** Approves (审定) its own unit's reports before they are submitted. */
    public static final String UNIT_HEAD = "UNIT_HEAD";
    /** Reads the tasks they answer for. */
    public static final String LEADER = "LEADER";
    /** Records indicator observations and targets. */
    public static final String STATISTICIAN = "STATISTICIAN";
    public static final String ADMIN = "ADMIN";
    /** Other systems and the suite's own jobs. */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {}
}
