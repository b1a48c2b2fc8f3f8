package org.duban.platform.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An event this service has seen, recorded in the same transaction as its effect so that a
 * redelivered event changes nothing. Events no handler knows, or that failed every retry, stay
 * here with their payload to be looked at: never silently dropped.
 */
@Entity
@Table(name = "duban_inbox")
public class InboxEntry extends PanacheEntityBase {
    public enum Status { APPLIED, UNHANDLED, FAILED }

    @Id
    @Column(name = "event_id")
    public String eventId;

    public String type;

    public String source;

    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(columnDefinition = "text")
    public String error;

    @Column(columnDefinition = "text")
    public String payload;
}
