package org.duban.gateway.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/** Another system's wish to receive some events of a region (or of every region) at a URL. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String url;

    /** The region whose events it gets (an event's data regionCode); null = every region. */
    @Column(name = "region_code")
    public String regionCode;

    /** Comma-separated event types; a type ending in {@code *} is a prefix ({@code duban.progress.report-*}). */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    /** The Standard Webhooks secret ({@code whsec_…}), shown once when created. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Failed attempts in a row, any delivery; a success sets it back to 0. */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Whether an event of {@code type} about {@code region} is for this subscription. */
    public boolean wants(String type, String region) {
        if (!enabled || (regionCode != null && !regionCode.equals(region))) {
            return false;
        }
        return Arrays.stream(eventTypes.split(",")).map(String::strip).anyMatch(t ->
                t.endsWith("*") ? type.startsWith(t.substring(0, t.length() - 1)) : type.equals(t));
    }
}
