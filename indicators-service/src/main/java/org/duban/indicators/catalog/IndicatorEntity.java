package org.duban.indicators.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** An indicator of the catalog as stored; the built-in ones are kept in step with catalog/indicators.csv. */
@Entity
@Table(name = "indicator")
public class IndicatorEntity extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorKind kind;

    @Column(name = "higher_is_better", nullable = false)
    public boolean higherIsBetter;

    @Column(nullable = false)
    public String synonyms = "";

    @Column(name = "distinct_from", nullable = false)
    public String distinctFrom = "";

    @Column(nullable = false)
    public String note = "";

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Version
    public int version;

    public Indicator toIndicator() {
        return new Indicator(code, nameZh, nameEn, unit, kind, higherIsBetter, split(synonyms), split(distinctFrom),
                note);
    }

    public void copyFrom(Indicator indicator) {
        code = indicator.code();
        nameZh = indicator.nameZh();
        nameEn = indicator.nameEn();
        unit = indicator.unit();
        kind = indicator.kind();
        higherIsBetter = indicator.higherIsBetter();
        synonyms = String.join("|", indicator.synonyms());
        distinctFrom = String.join("|", indicator.distinctFrom());
        note = indicator.note();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\\|"));
    }
}
