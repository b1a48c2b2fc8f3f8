package org.duban.gateway.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The e-mail of one notification to a unit (its delivery record): held until {@code notBefore} (quiet hours and rest
 * days), then sent — alone or in a digest with the unit's other due notifications ({@code messageId} shared,
 * {@code digestSize} items) — to the unit's contacts, whose addresses are recorded masked ({@code l***@example.gov.cn}).
 */
@Entity
@Table(name = "email_delivery")
public class EmailDelivery extends PanacheEntityBase {

    /** Where a delivery stands. */
    public enum Status {
        /** Waiting for office hours or for the unit's digest to gather. */
        PENDING,
        /** A send failed; tried again at {@code nextAttemptAt}. */
        RETRYING,
        SENT,
        /** The unit has no contact with an e-mail address: nothing to send (in-app only). */
        NO_RECIPIENT,
        /** Failed {@code max-attempts} times. */
        GAVE_UP
    }

    @Id
    public UUID id;

    @Column(name = "notification_id", nullable = false, unique = true)
    public UUID notificationId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(nullable = false)
    public String kind;

    /** 红色催办: sent at once, whatever the hour. */
    @Column(nullable = false)
    public boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "not_before", nullable = false)
    public OffsetDateTime notBefore;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "message_id")
    public UUID messageId;

    /** The addresses it went to, masked. */
    public String recipients;

    @Column(name = "digest_size")
    public Integer digestSize;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
