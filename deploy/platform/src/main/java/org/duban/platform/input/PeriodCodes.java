package org.duban.platform.input;

/**
 * The reporting periods a plan's calendar can hold, as a request names them: the first quarter, the half year, the
 * first three quarters, the year (Q1, H1, Q3, ANNUAL) and the months so far (M01 … M12, a monthly calendar). One
 * pattern for every service and the gateway, so that a period one of them takes is never refused by another (the
 * gateway's dashboards refused M05 with 400 while progress-service answered 422 for a period outside a plan's
 * calendar — break-it trial of 2026-12-05).
 */
public final class PeriodCodes {
    /** The codes, as a {@code @Pattern} regular expression. */
    public static final String PATTERN = "Q1|H1|Q3|ANNUAL|M0[1-9]|M1[0-2]";
    public static final String MESSAGE = "must be Q1, H1, Q3, ANNUAL or M01..M12 / 报告期无效";

    private PeriodCodes() {}
}
