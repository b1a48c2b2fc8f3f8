package org.duban.tasks.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A person who answers for tasks: a leader, a coordinator or a unit's responsible person. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_id")
    public Long unitId;

    public String title;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
