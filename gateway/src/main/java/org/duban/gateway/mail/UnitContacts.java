package org.duban.gateway.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A unit's contacts as tasks-service's directory last announced them ({@code duban.tasks.unit-contacts-changed.v1}):
 * the JSON list of {name, role, email}. Kept by the highest unit version seen, so an older event arriving late changes
 * nothing. Personal data: read only to address mail, never logged.
 */
@Entity
@Table(name = "unit_contacts")
public class UnitContacts extends PanacheEntityBase {
    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(nullable = false)
    public int version;

    /** [{"name":"李明","role":"REPORTER","email":"liming@example.gov.cn"}, …] */
    @Column(nullable = false)
    public String contacts;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
