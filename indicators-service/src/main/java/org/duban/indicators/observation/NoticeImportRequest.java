package org.duban.indicators.observation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Notice text to read figures from ("一季度,我市实现地区生产总值增长8.5%(预期目标8%);…").
 *
 * @param period         the period when the text names none (一季度 in the text wins)
 * @param recordTargets  store the targets the notice quotes for indicators that have none yet (default true)
 * @param acceptWarnings import although some fragments could not be read (else 422)
 */
public record NoticeImportRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字 / must be 6 digits") String regionCode,
        @NotNull @Min(1949) @Max(2100) Integer year,
        @NotBlank @Size(max = 50000) String text,
        @Pattern(regexp = org.duban.platform.input.PeriodCodes.PATTERN,
                message = "报告期应为 Q1、H1、Q3、ANNUAL 或 M01..M12 / period must be Q1, H1, Q3, ANNUAL or M01..M12")
        String period,
        @Size(max = 200) String source,
        Boolean revision,
        Boolean recordTargets,
        Boolean acceptWarnings) {
}
