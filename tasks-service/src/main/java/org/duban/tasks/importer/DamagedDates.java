package org.duban.tasks.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates whose 年/月 were lost in scraping: "128日" was 1月28日, "2019410日" was 2019年4月10日.
 * A run of digits can split more than one way ("128" is 1-28 or 12-8); the caller says which date it
 * expects to come after, and the earliest valid reading not before that wins.
 */
final class DamagedDates {
    private static final Pattern FULL = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");

    /** A date read from the text and whether it had to be reconstructed. */
    record Reading(LocalDate date, boolean damaged, String written) {}

    private DamagedDates() {}

    /** Reads "2019年4月10日", "4月10日" or the damaged "410"/"2019410" (without the 日). */
    static Reading read(String written, int defaultYear, LocalDate notBefore) {
        Matcher m = FULL.matcher(written + (written.endsWith("日") ? "" : "日"));
        if (m.matches()) {
            int year = m.group(1) == null ? defaultYear : Integer.parseInt(m.group(1));
            LocalDate d = date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return d == null ? null : new Reading(d, false, written);
        }
        String digits = written.replace("日", "");
        if (!digits.matches("\\d{2,8}")) {
            return null;
        }
        int year = defaultYear;
        if (digits.length() >= 6 && digits.startsWith("20")) {
            year = Integer.parseInt(digits.substring(0, 4));
            digits = digits.substring(4);
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (int split = 1; split <= 2 && split < digits.length(); split++) {
            String month = digits.substring(0, split);
            String day = digits.substring(split);
            if (day.length() > 2 || day.startsWith("0") || month.startsWith("0")) {
                continue;
            }
            LocalDate d = date(year, Integer.parseInt(month), Integer.parseInt(day));
            if (d != null) {
                candidates.add(d);
            }
        }
        LocalDate best = null;
        for (LocalDate c : candidates) {
            boolean ok = notBefore == null || !c.isBefore(notBefore);
            if (ok && (best == null || c.isBefore(best))) {
                best = c;
            }
        }
        if (best == null && !candidates.isEmpty()) {
            best = candidates.get(0);
        }
        return best == null ? null : new Reading(best, true, written);
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
