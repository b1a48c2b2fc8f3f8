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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** A named set of units ("各乡、街道办事处", "区直各单位") that tasks name instead of single units. */
@Entity
@Table(name = "unit_group")
public class UnitGroup extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupSelector selector;

    /** Members of an EXPLICIT group; others take theirs from the directory by kind. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "unit_id")
    public Set<Long> memberIds = new LinkedHashSet<>();

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** True when the group stands for this live unit of its region: an explicit member, or of a kind its selector takes. */
    public boolean covers(long unitId, UnitKind kind) {
        return memberIds.contains(unitId) || selector.includes(kind);
    }
}
