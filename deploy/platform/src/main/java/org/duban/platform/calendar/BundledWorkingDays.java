package org.duban.platform.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * China's official working-day schedules as bundled with Duban: the State Council General Office's yearly notice on
 * public holidays and 调休 (国务院办公厅关于部分节假日安排的通知), one file per year under {@code working-days/}, copied
 * from the maintained dataset NateScarlet/holiday-cn (which copies the notices on www.gov.cn). Administrators keep
 * later years current through progress-service's {@code /api/progress/working-days}; this is the starting point.
 */
public final class BundledWorkingDays {
    /** The bundled years are looked for in this range (whatever the clock says: tests run at other years' dates). */
    public static final int FIRST_YEAR = 2007;
    public static final int LAST_YEAR = 2100;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BundledWorkingDays() {
    }

    /** One year's schedule: holidays (放假), weekend days worked instead (调休上班), the notice it comes from. */
    public record Year(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, String source) {
        public Year {
            holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
            makeUpWorkdays = Collections.unmodifiableSet(new TreeSet<>(makeUpWorkdays));
        }
    }

    /** The bundled schedule of that year (holiday-cn's format: days[] of date and isOffDay), if one is bundled. */
    public static Optional<Year> year(int year) {
        try (InputStream in = BundledWorkingDays.class.getClassLoader().getResourceAsStream("working-days/" + year + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode file = MAPPER.readTree(in);
            Set<LocalDate> holidays = new TreeSet<>();
            Set<LocalDate> makeUp = new TreeSet<>();
            for (JsonNode day : file.path("days")) {
                (day.path("isOffDay").asBoolean() ? holidays : makeUp).add(LocalDate.parse(day.path("date").asText()));
            }
            List<String> papers = new ArrayList<>();
            file.path("papers").forEach(p -> papers.add(p.asText()));
            String source = "国务院办公厅关于" + year + "年部分节假日安排的通知 " + String.join(" ", papers)
                    + " (via github.com/NateScarlet/holiday-cn)";
            return Optional.of(new Year(year, holidays, makeUp, source));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled working-day schedule " + year + " is unreadable", e);
        }
    }

    /** Every bundled year. */
    public static List<Year> all() {
        List<Year> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            year(y).ifPresent(years::add);
        }
        return years;
    }
}
