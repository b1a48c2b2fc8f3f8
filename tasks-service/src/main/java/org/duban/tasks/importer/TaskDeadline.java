package org.duban.tasks.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.tasks.unit.UnitNames;

/**
 * A task's 完成时限 as decomposition plans write it, read as the date it is due. The forms, from the plans offices
 * issue: a date ("2024年10月31日前", "10月31日"), a month ("6月底前", "2024年9月", "年底前" = December), a quarter
 * ("三季度末", "第二季度"), a half ("上半年" = 30 June, "全年"/"年内" = 31 December); a range takes its end ("3—6月" = 30
 * June, "2024年3月至2025年6月" = 30 June 2025). A month or day without a year is in the plan's year. Open-ended
 * wording ("持续推进", "长期坚持", "常态化") has no due date and is no error.
 */
public final class TaskDeadline {
    private static final Pattern OPEN_ENDED = Pattern.compile("持续推进|长期坚持|长期|持续|常态化|按序时推进|按计划推进|逐年推进");
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(?:份)?(?:底|末|中旬|下旬|上旬)?");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?(?:第)?([一二三四1-4])季度");
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})年?)?(上半年|下半年|年底|年末|全年|年内|年度内)");
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})年(?:前|底前|内)?");

    private TaskDeadline() {}

    /** Whether the text says there is no due date ("持续推进"). */
    public static boolean openEnded(String written) {
        return written != null && OPEN_ENDED.matcher(UnitNames.clean(written)).find() && dueDate(written, 2000).isEmpty();
    }

    /**
     * The date a task written with {@code written} as its 完成时限 is due, in the plan's {@code year} when the text
     * names none; empty when the text names no date (open-ended wording, or words this rule does not know).
     */
    public static Optional<LocalDate> dueDate(String written, int year) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String text = UnitNames.clean(written).replace(" ", "");
        // a range ends at its last date: read the text from its last form back
        LocalDate best = null;
        int bestEnd = -1;
        try {
            Matcher m = DAY.matcher(text);
            while (m.find()) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                if (m.end() > bestEnd) {
                    best = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    bestEnd = m.end();
                }
                year = y;
            }
            // the days read, masked so that their months are not read again
            String masked = DAY.matcher(text).replaceAll(r -> "#".repeat(r.group().length()));
            m = MONTH.matcher(masked);
            int rangeYear = year;
            while (m.find()) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : rangeYear;
                rangeYear = y;
                if (m.end() > bestEnd) {
                    best = YearMonth.of(y, Integer.parseInt(m.group(2))).atEndOfMonth();
                    bestEnd = m.end();
                }
            }
            m = QUARTER.matcher(masked);
            while (m.find()) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                int q = "一二三四".indexOf(m.group(2).charAt(0)) + 1;
                q = q > 0 ? q : Integer.parseInt(m.group(2));
                if (m.end() > bestEnd) {
                    best = YearMonth.of(y, q * 3).atEndOfMonth();
                    bestEnd = m.end();
                }
            }
            m = HALF.matcher(masked);
            while (m.find()) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                LocalDate d = m.group(2).equals("上半年") ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31);
                if (m.end() > bestEnd) {
                    best = d;
                    bestEnd = m.end();
                }
            }
            if (best == null) {
                m = YEAR_ONLY.matcher(masked);
                while (m.find()) {
                    best = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            // "13月", "2月30日": no such date
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }
}
