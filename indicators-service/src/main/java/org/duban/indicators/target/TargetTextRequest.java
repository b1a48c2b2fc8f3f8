package org.duban.indicators.target;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Report text to read targets from: a target paragraph or a whole report (up to 100,000 characters; a long report
 * is some 40,000).
 *
 * @param replace        overwrite targets the region already has for the year (else 409)
 * @param acceptWarnings commit although some fragments could not be read (else 422)
 */
public record TargetTextRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字 / must be 6 digits") String regionCode,
        @NotNull @Min(1949) @Max(2100) Integer year,
        @NotBlank @Size(max = 100000) String text,
        Boolean replace,
        Boolean acceptWarnings) {

    public boolean replacing() {
        return Boolean.TRUE.equals(replace);
    }

    public boolean acceptingWarnings() {
        return Boolean.TRUE.equals(acceptWarnings);
    }
}
