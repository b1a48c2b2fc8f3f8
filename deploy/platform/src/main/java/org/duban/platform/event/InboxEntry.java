package org.duban.platform.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.duban.platform.journal.NotJournaled;

/**
 * An event this service has seen, recorded in the same transaction as its effect so that a
 * redelivered event changes nothing. A dead letter (an event that is its own fault: unparseable,
 * contract broken, or meeting a handler's bug) stays here with its payload, error and Kafka origin
 * until it is replayed; an event of a type no handler knows is kept as UNHANDLED.
 */
@Entity
@NotJournaled("technical: which events were applied, not a business object")
@Table(name = "duban_inbox")
public class InboxEntry extends PanacheEntityBase {
    /** APPLIED: its effect is committed. UNHANDLED: no handler knows its type. DEAD_LETTER: waits for a replay. */
    public enum Status { APPLIED, UNHANDLED, DEAD_LETTER }

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

    /** The last error, for a dead letter. */
    @Column(columnDefinition = "text")
    public String error;

    /** The record as read from Kafka, for a dead letter or an unhandled event. */
    @Column(columnDefinition = "text")
    public String payload;

    /** How many times it was tried (deliveries, retries and replays). */
    @Column(nullable = false)
    public int attempts;

    /** Where it was read: {@code topic/partition@offset}. */
    public String origin;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;
}
