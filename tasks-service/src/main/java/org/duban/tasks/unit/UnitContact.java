package org.duban.tasks.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One contact of a unit: a person the unit's reminders, overdue notices and urgings are sent to (issue 18). The
 * e-mail address is personal data: it leaves tasks-service only in the {@code unit-contacts-changed} event the gateway
 * sends mail from, and is never logged.
 */
@Entity
@Table(name = "unit_contact")
public class UnitContact extends PanacheEntityBase {

    /** What the contact does for the unit. */
    public enum Role {
        /** 填报人: writes the unit's progress reports. */
        REPORTER,
        /** 负责人: approves (审定) them. */
        HEAD,
        /** 联络员: the unit's liaison with the supervision office. */
        LIAISON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    /** The order the office listed them in (0-based). */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    public String email;

    public String phone;
}
