package org.duban.tasks.plan;

import java.time.LocalDate;
import java.util.Optional;

/** The periods progress is reported for, with the default deadlines of the plan's year (Asia/Shanghai). */
public enum ReportingPeriod {
    Q1(4, 10),
    H1(7, 10),
    Q3(10, 10),
    ANNUAL(12, 25);

    private final int month;
    private final int day;

    ReportingPeriod(int month, int day) {
        this.month = month;
        this.day = day;
    }

    public LocalDate defaultDeadline(int year) {
        return LocalDate.of(year, month, day);
    }

    /** The period a document title names: 一季度 Q1, 上半年/半年 H1, 前三季度/三季度 Q3, 全年/年度 ANNUAL. */
    public static Optional<ReportingPeriod> fromTitle(String title) {
        if (title.contains("三季度")) {
            return Optional.of(Q3);
        }
        if (title.contains("一季度") || title.contains("第一季度")) {
            return Optional.of(Q1);
        }
        if (title.contains("半年") || title.contains("二季度")) {
            return Optional.of(H1);
        }
        if (title.contains("全年") || title.contains("年度完成") || title.contains("四季度")) {
            return Optional.of(ANNUAL);
        }
        return Optional.empty();
    }
}
