package org.duban.gateway.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.duban.gateway.mail.MailQueue;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/**
 * Turns the services' events into notifications ({@link NotificationRules}), through the platform's inbox: each event
 * applied once, in the inbox's transaction; a second copy of an event (a redelivery, a replay) adds nothing, as the
 * notification is keyed by the event id. The notifications that ask a unit to act are queued for e-mail in the same
 * transaction ({@link MailQueue}).
 */
@ApplicationScoped
public class NotificationHandler implements EventHandler {

    private final MailQueue mail;

    public NotificationHandler(MailQueue mail) {
        this.mail = mail;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("duban.progress.") || type.equals("duban.tasks.plan-published.v1");
    }

    @Override
    public void handle(CloudEvent event) {
        NotificationRules.of(event.type(), event.data()).ifPresent(d -> {
            if (Notification.count("eventId", event.id()) > 0) {
                return;
            }
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.eventId = event.id();
            n.kind = d.kind();
            n.level = d.level();
            n.regionCode = d.regionCode();
            n.unitId = d.unitId();
            n.taskId = d.taskId();
            n.planId = d.planId();
            n.period = d.period();
            n.title = d.title();
            n.body = d.body();
            n.createdAt = event.time() != null ? event.time() : OffsetDateTime.now();
            n.persist();
            mail.enqueue(n);
        });
    }
}
