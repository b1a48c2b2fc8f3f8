package org.duban.gateway.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.duban.gateway.notify.Notification;

/**
 * Which notifications are also e-mailed, and when (issue 18 items 2 and 5): those that ask a unit to act — a reminder
 * before the deadline, an overdue report, an urging, a returned report — are queued for the unit's contacts in the
 * transaction that stores the notification. A 红色催办 (RED urging) is urgent and may go at once; everything else waits
 * for office hours of a working day ({@link QuietHours}). Reports accepted and region-wide news stay in-app.
 */
@ApplicationScoped
public class MailQueue {
    /** The kinds that ask a unit to act. */
    static final Set<String> EMAILED = Set.of("REMINDER", "OVERDUE", "URGED", "RETURNED");

    private final MailSettings settings;
    private final OfficialDays officialDays;
    private final Clock clock;

    public MailQueue(MailSettings settings, OfficialDays officialDays, Clock clock) {
        this.settings = settings;
        this.officialDays = officialDays;
        this.clock = clock;
    }

    /** True for the notifications e-mail carries. */
    public static boolean emailed(Notification n) {
        return n.unitId != null && EMAILED.contains(n.kind);
    }

    /** 红色催办 only. */
    public static boolean urgent(Notification n) {
        return "URGED".equals(n.kind) && "RED".equals(n.level);
    }

    /** Queues the notification's e-mail when mail is on and the notification is one e-mail carries. */
    public void enqueue(Notification n) {
        if (!settings.enabled() || !emailed(n)) {
            return;
        }
        Instant now = clock.instant();
        EmailDelivery d = new EmailDelivery();
        d.id = UUID.randomUUID();
        d.notificationId = n.id;
        d.regionCode = n.regionCode;
        d.unitId = n.unitId;
        d.kind = n.kind;
        d.urgent = urgent(n);
        d.status = EmailDelivery.Status.PENDING;
        d.notBefore = at(d.urgent || !settings.quietHours() ? now : quietHours().nextOpening(now));
        d.createdAt = at(now);
        d.persist();
    }

    QuietHours quietHours() {
        return QuietHours.of(officialDays.calendar(), settings.zone(), settings.officeHours());
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
