package org.duban.progress.counting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.duban.platform.concurrency.Versioned;
import org.duban.progress.pace.PaceStatus;

/** Request and answer bodies of the counting endpoints. */
public final class CountingDtos {

    static final String SECTION_KIND = "TARGETS|KEY_WORK|LIVELIHOOD|OTHER";

    private CountingDtos() {
    }

    public record Category(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be upper-case letters, digits and _ / 类别代码无效") String code,
            @NotBlank @Size(max = 40) String label,
            @NotNull @Size(max = 5) List<@NotNull PaceStatus> paceStatuses,
            @NotNull Boolean expectedToComplete) {

        StatusCategory toRule() {
            return new StatusCategory(code, label, java.util.Set.copyOf(paceStatuses), expectedToComplete);
        }

        static Category of(StatusCategory c) {
            return new Category(c.code(), c.label(), c.paceStatuses().stream().sorted().toList(), c.expectedToComplete());
        }
    }

    /** @param customised false while the plan uses the default rule */
    public record RuleView(String planId, List<Category> categories, List<String> excludedSectionKinds, boolean customised,
            long lockVersion) implements Versioned {
    }

    public record RuleUpdate(
            @NotEmpty @Size(max = 12) List<@Valid @NotNull Category> categories,
            @NotNull @Size(max = 4) List<@NotNull @Pattern(regexp = SECTION_KIND, message = "must be " + SECTION_KIND) String> excludedSectionKinds,
            @PositiveOrZero Long lockVersion) {
    }

    public record Classification(@NotBlank @Size(max = 40) String category) {
    }

    public record ClassificationView(String planId, String period, String taskId, String category, String classifiedBy) {
    }

    /** A period's status counts over the plan's base; shares in percent of the base, one decimal. */
    public record CountsView(String planId, String period, int base, int excluded, List<StatusCounter.CategoryCount> categories,
            int unclassified, int expectedToComplete, BigDecimal expectedToCompleteShare) {
        static CountsView of(String planId, String period, StatusCounter.Counts c) {
            return new CountsView(planId, period, c.base(), c.excluded(), c.categories(), c.unclassified(),
                    c.expectedToComplete(), c.expectedToCompleteShare());
        }
    }
}
