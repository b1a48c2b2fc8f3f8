package org.duban.progress.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.concurrency.Versioned;

/** Request and answer bodies of the calendar endpoints. */
public final class CalendarDtos {

    public static final String PERIOD_PATTERN = org.duban.platform.input.PeriodCodes.PATTERN;
    public static final String PERIOD_MESSAGE = org.duban.platform.input.PeriodCodes.MESSAGE;

    private CalendarDtos() {
    }

    public record PeriodView(String period, String label, LocalDate deadline, LocalDate effectiveDeadline, boolean shifted) {
    }

    public record CalendarView(String planId, int year, boolean shiftToWorkingDay, List<LocalDate> holidays,
            List<LocalDate> makeUpWorkdays, List<PeriodView> periods, boolean customised) {
    }

    public record PeriodDeadline(
            @NotBlank @Pattern(regexp = PERIOD_PATTERN, message = PERIOD_MESSAGE) String period,
            @NotNull LocalDate deadline) {
    }

    public record CalendarUpdate(
            @NotNull Boolean shiftToWorkingDay,
            @Size(max = 100) List<@NotNull LocalDate> holidays,
            @Size(max = 100) List<@NotNull LocalDate> makeUpWorkdays,
            @NotEmpty @Size(max = 16) List<@Valid @NotNull PeriodDeadline> periods) {
    }

    /** One year of the official holiday schedule; {@code lockVersion} is the row's, for If-Match or the body. */
    public record WorkingDaysView(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String source,
            String updatedBy, OffsetDateTime updatedAt, long lockVersion) implements Versioned {
    }

    /** A year's holidays (放假) and weekend days worked (调休上班), with the notice they come from. */
    public record WorkingDaysUpdate(
            @NotNull @Size(max = 60) List<@NotNull LocalDate> holidays,
            @NotNull @Size(max = 20) List<@NotNull LocalDate> makeUpWorkdays,
            @NotBlank @Size(max = 500) String source,
            @PositiveOrZero Long lockVersion) {
    }

    public record GrantRequest(
            @NotBlank @Size(max = 64) String unitId,
            @NotBlank @Pattern(regexp = PERIOD_PATTERN, message = PERIOD_MESSAGE) String period,
            @NotNull LocalDate allowedUntil,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record GrantView(String id, String planId, String unitId, String period, LocalDate allowedUntil, String reason,
            String grantedBy, OffsetDateTime grantedAt) {
        static GrantView of(LateGrant g) {
            return new GrantView(g.id, g.planId, g.unitId, g.period, g.allowedUntil, g.reason, g.grantedBy, g.grantedAt);
        }
    }
}
