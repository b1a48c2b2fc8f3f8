package org.duban.tasks.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One numbered target task of a region's year and the units that answer for it. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    @Column(name = "lead_unit", nullable = false)
    public String leadUnit;

    /** Names joined by newlines. */
    @Column(name = "responsible_units", nullable = false)
    public String responsibleUnits = "";

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public List<String> responsibleUnitList() {
        return responsibleUnits.isEmpty() ? List.of() : Arrays.asList(responsibleUnits.split("\n"));
    }
}
