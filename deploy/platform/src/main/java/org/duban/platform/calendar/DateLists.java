package org.duban.platform.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Lists of days as the schedules store them: ISO dates separated by commas ("2026-10-01,2026-10-02"), sorted. */
public final class DateLists {
    private DateLists() {
    }

    /** The days of a stored list; empty for null or blank; {@link java.time.format.DateTimeParseException} for a bad date. */
    public static List<LocalDate> parse(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).map(LocalDate::parse).sorted().toList();
    }

    /** The days as stored: sorted ISO dates separated by commas. */
    public static String join(Collection<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
