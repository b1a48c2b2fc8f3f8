package org.duban.tasks.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A task entered by hand: who answers for it and what it is. */
public record CreateTaskRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字")
        String regionCode,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 20) String number,
        @NotBlank @Size(max = 4000) String title,
        @NotBlank @Size(max = 200) String leadUnit,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> responsibleUnits) {}
