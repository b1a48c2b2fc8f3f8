package org.duban.gateway.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One in-app notification, made from one domain event ({@link NotificationRules}); read marks are per person. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;

    /** The CloudEvent it was made from: one notification per event, however often the event arrives. */
    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    /** REMINDER, OVERDUE, URGED, RETURNED, ACCEPTED, PLAN_PUBLISHED, TABLE_PUBLISHED, NOTICE_PUBLISHED. */
    @Column(nullable = false)
    public String kind;

    /** The urging's colour level (REMINDER, BLUE, YELLOW, RED); null otherwise. */
    public String level;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** The unit it is for (its reporters and heads); null = everyone of the region. */
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    public String period;

    @Column(nullable = false)
    public String title;

    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
