package org.duban.indicators.target;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.duban.platform.concurrency.Versioned;

/**
 * A target as the API shows it; {@code id} is null in a preview.
 *
 * @param text the target in the words of the reports ("增长7.8%左右")
 * @param aboveReference the average the growth must beat ("全省平均水平"), or null
 * @param secondGrowth a second growth bound beside {@code growth} (the in-step one of "增长8%,与经济增长基本同步"), or null
 */
public record TargetView(UUID id, String regionCode, Integer year, String indicatorCode, String subject,
        TargetComparator comparator, Bound level, Bound growth, boolean qualitative, String aboveReference, String text,
        String sourceText, List<String> notes, OffsetDateTime createdAt, String createdBy, Integer version,
        Bound secondGrowth)
        implements Versioned {
    /** The row's version, sent as the ETag (platform {@code EntityTags}). */
    @Override
    public long lockVersion() {
        return version == null ? 0 : version;
    }

    public static TargetView preview(String regionCode, int year, Target t) {
        return new TargetView(null, regionCode, year, t.indicatorCode(), t.subject(), t.comparator(), t.level(),
                t.growth(), t.qualitative(), t.aboveReference(), t.describe(), t.sourceText(), t.notes(), null, null, null,
                t.secondGrowth());
    }

    public static TargetView of(TargetEntity e) {
        Target t = e.toTarget();
        return new TargetView(e.id, e.regionCode, e.year, t.indicatorCode(), t.subject(), t.comparator(), t.level(),
                t.growth(), t.qualitative(), t.aboveReference(), t.describe(), t.sourceText(), t.notes(), e.createdAt, e.createdBy,
                e.version, t.secondGrowth());
    }
}
