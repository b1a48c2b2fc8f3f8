package org.duban.platform.input;

/**
 * The years a date Duban reads may fall in. Plans, reports and statistics of a government work report
 * never leave this range; a date outside it ({@code +999999999-12-31}, or an epoch-day number read as a
 * date) is a typing or encoding error, and PostgreSQL could not store most of them anyway.
 */
public final class YearRange {
    public static final int MIN = 1900;
    public static final int MAX = 2200;
    public static final String MESSAGE = "the year must be between " + MIN + " and " + MAX + " / 年份应在" + MIN + "至" + MAX + "之间";

    private YearRange() {}

    public static boolean contains(int year) {
        return year >= MIN && year <= MAX;
    }
}
