package org.duban.tasks.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A department, street office, township or other body of a region that answers for tasks. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String name;

    /** {@link UnitNames#key} of the name: how 商务局 and 区商务局 are found to be one unit. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_id")
    public Long parentId;

    /** Set when this unit was merged into another; the row stays so old references still resolve. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public void rename(String newName) {
        this.name = newName;
        this.nameKey = UnitNames.key(newName);
    }
}
