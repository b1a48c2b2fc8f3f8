package org.duban.gateway.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/**
 * Queues each service event for every enabled subscription that wants it (its type, its region), through the
 * platform inbox: once per event and subscription, however often the event arrives. {@link WebhookDispatcher} sends.
 */
@ApplicationScoped
public class WebhookHandler implements EventHandler {

    private final ObjectMapper json;

    public WebhookHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("duban.") && !org.duban.gateway.events.PersonalData.carriedBy(type);
    }

    @Override
    public void handle(CloudEvent event) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("enabled", true);
        String region = event.data() == null ? null : event.data().path("regionCode").asText(null);
        for (WebhookSubscription s : subscriptions) {
            if (!s.wants(event.type(), region) || WebhookDelivery.count("subscriptionId = ?1 and eventId = ?2", s.id, event.id()) > 0) {
                continue;
            }
            WebhookDelivery d = new WebhookDelivery();
            d.id = UUID.randomUUID();
            d.subscriptionId = s.id;
            d.eventId = event.id();
            d.eventType = event.type();
            try {
                d.payload = json.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the event " + event.id(), e);
            }
            d.status = WebhookDelivery.Status.PENDING;
            d.createdAt = OffsetDateTime.now();
            d.nextAttemptAt = d.createdAt;
            d.persist();
        }
    }
}
