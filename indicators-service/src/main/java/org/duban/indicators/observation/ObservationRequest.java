package org.duban.indicators.observation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure to record.
 *
 * @param indicator code (GDP) or Chinese name (地区生产总值)
 * @param unit      the unit {@code value} is written in (万元 for an indicator kept in 元 is converted); default the
 *                  indicator's
 * @param revision  replaces the current figure of the same indicator, region and period (else 409)
 * @param expectedRevision with a revision: the revision the caller saw; 409 when someone revised it meanwhile
 */
public record ObservationRequest(
        @NotBlank @Size(max = 100) String indicator,
        @NotNull @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字 / must be 6 digits") String regionCode,
        @NotNull @Min(1949) @Max(2100) Integer year,
        @NotNull @Pattern(regexp = org.duban.platform.input.PeriodCodes.PATTERN,
                message = "报告期应为 Q1、H1、Q3、ANNUAL 或 M01..M12 / period must be Q1, H1, Q3, ANNUAL or M01..M12")
        String period,
        @DecimalMin(value = "-1E15") @DecimalMax(value = "1E15") BigDecimal value,
        @Size(max = 30) String unit,
        @DecimalMin(value = "-1000") @DecimalMax(value = "1000") BigDecimal growthRate,
        Boolean estimate,
        @Size(max = 200) String source,
        LocalDate releaseDate,
        Boolean revision,
        @Min(1) Integer expectedRevision) {

    public ObservationInput toInput() {
        return new ObservationInput(indicator, regionCode, year, period, value, unit, growthRate,
                Boolean.TRUE.equals(estimate), source, releaseDate, Boolean.TRUE.equals(revision));
    }
}
