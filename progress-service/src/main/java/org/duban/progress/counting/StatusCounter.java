package org.duban.progress.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duban.progress.pace.PaceStatus;

/**
 * Counts a period's tasks into the office's status categories over the office's counting base (issue 13: a real Q3
 * notice counts 125 tasks, not the plan's 132, because the 7 main-indicator tasks are judged separately; 19 → 15.2 %,
 * 98 → 78.4 %, expected to complete (19 + 98) / 125 = 93.6 %). Shares are of the base, in percent to one decimal,
 * rounded half up; a task the office classified is counted as classified (while the rule has that category), else by its pace; a task no category takes
 * (no data yet) is counted as unclassified (尚未研判), so the counts always add up to the base.
 */
public final class StatusCounter {

    /** One task of the period: its section kind, its pace, and the office's category for it if any. */
    public record Item(String taskId, String sectionKind, PaceStatus pace, String classifiedAs) {
    }

    public record CategoryCount(String code, String label, int count, BigDecimal share, boolean expectedToComplete) {
    }

    /**
     * @param base               tasks counted
     * @param excluded           tasks left out of the base (sections judged separately)
     * @param unclassified       counted tasks no category takes
     * @param expectedToComplete tasks in categories marked so, and their share of the base
     */
    public record Counts(int base, int excluded, List<CategoryCount> categories, int unclassified, int expectedToComplete,
            BigDecimal expectedToCompleteShare) {
    }

    private final List<StatusCategory> categories;
    private final Set<String> excludedSectionKinds;

    public StatusCounter(List<StatusCategory> categories, Set<String> excludedSectionKinds) {
        this.categories = List.copyOf(categories);
        this.excludedSectionKinds = Set.copyOf(excludedSectionKinds);
    }

    public Counts count(List<Item> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        categories.forEach(c -> counts.put(c.code(), 0));
        int base = 0;
        int excluded = 0;
        int unclassified = 0;
        for (Item item : items) {
            if (item.sectionKind() != null && excludedSectionKinds.contains(item.sectionKind())) {
                excluded++;
                continue;
            }
            base++;
            Optional<StatusCategory> category = categoryOf(item);
            if (category.isPresent()) {
                counts.merge(category.get().code(), 1, Integer::sum);
            } else {
                unclassified++;
            }
        }
        List<CategoryCount> out = new ArrayList<>();
        int expected = 0;
        for (StatusCategory c : categories) {
            int n = counts.get(c.code());
            out.add(new CategoryCount(c.code(), c.label(), n, share(n, base), c.expectedToComplete()));
            if (c.expectedToComplete()) {
                expected += n;
            }
        }
        return new Counts(base, excluded, List.copyOf(out), unclassified, expected, share(expected, base));
    }

    /** The office's category when the rule still has it (a rule changed since may not), else the pace's. */
    private Optional<StatusCategory> categoryOf(Item item) {
        Optional<StatusCategory> classified = item.classifiedAs() == null ? Optional.empty()
                : categories.stream().filter(c -> c.code().equals(item.classifiedAs())).findFirst();
        return classified.or(() -> categories.stream().filter(c -> c.paceStatuses().contains(item.pace())).findFirst());
    }

    /** n of base in percent, one decimal, half up; 0 when the base is empty. */
    static BigDecimal share(int n, int base) {
        if (base == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }
}
