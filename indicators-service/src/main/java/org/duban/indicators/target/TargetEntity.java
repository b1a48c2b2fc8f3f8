package org.duban.indicators.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.duban.indicators.catalog.Units;

/** A region's expected target for one indicator and year, with the sentence it was read from. */
@Entity
@Table(name = "indicator_target")
public class TargetEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_comparator")
    public TargetComparator levelComparator;

    @Column(name = "level_value")
    public BigDecimal levelValue;

    @Column(name = "level_unit")
    public String levelUnit;

    @Column(name = "level_tolerance")
    public BigDecimal levelTolerance;

    /** RANGE: the end of the level range written first. */
    @Column(name = "level_from")
    public BigDecimal levelFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "growth_comparator")
    public TargetComparator growthComparator;

    @Column(name = "growth_value")
    public BigDecimal growthValue;

    @Column(name = "growth_tolerance")
    public BigDecimal growthTolerance;

    /** RANGE: the end of the growth range written first. */
    @Column(name = "growth_from")
    public BigDecimal growthFrom;

    @Column(name = "reference_code")
    public String referenceCode;

    /** The second growth bound (the in-step one of "增长8%,与经济增长基本同步"), or null; see {@link Target#secondGrowth()}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "second_growth_comparator")
    public TargetComparator secondGrowthComparator;

    @Column(name = "second_growth_value")
    public BigDecimal secondGrowthValue;

    @Column(name = "second_growth_tolerance")
    public BigDecimal secondGrowthTolerance;

    @Column(name = "second_growth_from")
    public BigDecimal secondGrowthFrom;

    @Column(name = "second_reference_code")
    public String secondReferenceCode;

    @Column(nullable = false)
    public boolean qualitative;

    /** A relative target besides the others: the growth must beat this average (全省平均水平), or null. */
    @Column(name = "above_reference")
    public String aboveReference;

    @Column(name = "source_text", nullable = false)
    public String sourceText;

    /** Notes joined by newlines. */
    @Column(nullable = false)
    public String notes = "";

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;

    public static Optional<TargetEntity> findFor(String regionCode, int year, String indicatorCode) {
        return find("regionCode = ?1 and year = ?2 and indicatorCode = ?3", regionCode, year, indicatorCode)
                .firstResultOptional();
    }

    public Target toTarget() {
        Bound level = levelComparator == null ? null
                : new Bound(levelComparator, Units.stripOrNull(levelValue), levelUnit, null,
                        Units.stripOrNull(levelTolerance), Units.stripOrNull(levelFrom));
        Bound growth = growthComparator == null ? null
                : new Bound(growthComparator, Units.stripOrNull(growthValue), "%", referenceCode,
                        Units.stripOrNull(growthTolerance), Units.stripOrNull(growthFrom));
        Bound secondGrowth = secondGrowthComparator == null ? null
                : new Bound(secondGrowthComparator, Units.stripOrNull(secondGrowthValue), "%", secondReferenceCode,
                        Units.stripOrNull(secondGrowthTolerance), Units.stripOrNull(secondGrowthFrom));
        List<String> noteList = notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n"));
        return new Target(indicatorCode, subject, level, growth, qualitative, sourceText, noteList, aboveReference,
                secondGrowth);
    }

    public void copyFrom(Target target) {
        indicatorCode = target.indicatorCode();
        subject = target.subject();
        Bound level = target.level();
        levelComparator = level == null ? null : level.comparator();
        levelValue = level == null ? null : level.value();
        levelUnit = level == null ? null : level.unit();
        levelTolerance = level == null ? null : level.tolerance();
        levelFrom = level == null ? null : level.from();
        Bound growth = target.growth();
        growthComparator = growth == null ? null : growth.comparator();
        growthValue = growth == null ? null : growth.value();
        growthTolerance = growth == null ? null : growth.tolerance();
        growthFrom = growth == null ? null : growth.from();
        referenceCode = growth == null ? null : growth.referenceCode();
        Bound second = target.secondGrowth();
        secondGrowthComparator = second == null ? null : second.comparator();
        secondGrowthValue = second == null ? null : second.value();
        secondGrowthTolerance = second == null ? null : second.tolerance();
        secondGrowthFrom = second == null ? null : second.from();
        secondReferenceCode = second == null ? null : second.referenceCode();
        qualitative = target.qualitative();
        aboveReference = target.aboveReference();
        sourceText = target.sourceText();
        notes = String.join("\n", target.notes());
    }
}
