package org.duban.progress.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (报告期) of a plan's year: the quarterly cumulative periods Q1, H1, Q3, ANNUAL,
 * or a month M01..M12. Periods are cumulative from 1 January, as the seed reports are
 * ("一季度", "上半年", "前三季度", "全年").
 */
public record ReportingPeriod(String code) implements Comparable<ReportingPeriod> {

    public static final ReportingPeriod Q1 = new ReportingPeriod("Q1");
    public static final ReportingPeriod H1 = new ReportingPeriod("H1");
    public static final ReportingPeriod Q3 = new ReportingPeriod("Q3");
    public static final ReportingPeriod ANNUAL = new ReportingPeriod("ANNUAL");

    private static final Pattern MONTH = Pattern.compile("M(0[1-9]|1[0-2])");

    public ReportingPeriod {
        Objects.requireNonNull(code, "code");
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("unknown reporting period '" + code + "' (未知的报告期)");
        }
    }

    public static boolean isValidCode(String code) {
        return code != null && (code.equals("Q1") || code.equals("H1") || code.equals("Q3") || code.equals("ANNUAL")
                || MONTH.matcher(code).matches());
    }

    public static ReportingPeriod parse(String code) {
        return new ReportingPeriod(code == null ? null : code.trim().toUpperCase());
    }

    public static ReportingPeriod month(int month) {
        return new ReportingPeriod(String.format("M%02d", month));
    }

    public boolean isMonthly() {
        return code.startsWith("M");
    }

    /** The last month the period covers (3 for Q1, 6 for H1, ...). */
    public int lastMonth() {
        return switch (code) {
            case "Q1" -> 3;
            case "H1" -> 6;
            case "Q3" -> 9;
            case "ANNUAL" -> 12;
            default -> monthNumber();
        };
    }

    private int monthNumber() {
        Matcher m = MONTH.matcher(code);
        if (!m.matches()) {
            throw new IllegalStateException(code);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The last day the period covers. */
    public LocalDate endDate(int year) {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    /** Share of the year the period covers (序时进度 at the period end): Q1 = 0.25, H1 = 0.5, ... */
    public double shareOfYear() {
        return lastMonth() / 12.0;
    }

    /**
     * Default deadline: 4/10, 7/10, 10/10 and 12/25 for the quarterly periods (seed plan); the 10th of the
     * following month for a month, and 12/25 for December, which closes with the annual report.
     */
    public MonthDay defaultDeadline() {
        return switch (code) {
            case "Q1" -> MonthDay.of(4, 10);
            case "H1" -> MonthDay.of(7, 10);
            case "Q3" -> MonthDay.of(10, 10);
            case "ANNUAL" -> MonthDay.of(12, 25);
            default -> monthNumber() == 12 ? MonthDay.of(12, 25) : MonthDay.of(monthNumber() + 1, 10);
        };
    }

    /** Chinese label as used in the seed documents' titles. */
    public String label() {
        return switch (code) {
            case "Q1" -> "一季度";
            case "H1" -> "上半年";
            case "Q3" -> "前三季度";
            case "ANNUAL" -> "全年";
            default -> monthNumber() + "月";
        };
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byMonth = Integer.compare(lastMonth(), other.lastMonth());
        // a month and a quarter can end together (M03 and Q1): the month sorts first
        return byMonth != 0 ? byMonth : Boolean.compare(!isMonthly(), !other.isMonthly());
    }

    @Override
    public String toString() {
        return code;
    }
}
