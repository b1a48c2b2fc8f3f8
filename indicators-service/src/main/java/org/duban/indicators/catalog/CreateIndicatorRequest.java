package org.duban.indicators.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A region-specific indicator an administrator adds to the catalog. */
public record CreateIndicatorRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}", message = "大写字母、数字和下划线 / upper-case letters, digits and _")
        String code,
        @NotBlank @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 30) String unit,
        @NotNull IndicatorKind kind,
        @NotNull Boolean higherIsBetter,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> synonyms,
        @Size(max = 10) List<@NotBlank @Size(max = 64) String> distinctFrom,
        @Size(max = 1000) String note) {
}
