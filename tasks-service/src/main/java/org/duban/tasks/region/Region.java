package org.duban.tasks.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A government by its 6-digit administrative division code (e.g. 420102 武汉市江岸区). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
