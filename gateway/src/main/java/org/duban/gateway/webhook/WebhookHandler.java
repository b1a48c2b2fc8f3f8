package org.duban.gateway.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    /** The key under which a transaction keeps the enabled subscriptions it read. */
    private static final String ENABLED = WebhookHandler.class.getName() + ".enabled";

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;

    public WebhookHandler(ObjectMapper json, TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.transactions = transactions;
    }

    @Override
    public boolean handles(String type) {
        return type.startsWith("duban.") && !org.duban.gateway.events.PersonalData.carriedBy(type);
    }

    @Override
    public void handle(CloudEvent event) {
        List<WebhookSubscription> subscriptions = enabledSubscriptions();
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

    /**
     * The enabled subscriptions, read once per transaction: the consumer applies a poll's events in one transaction
     * (up to 100), and reading the list for each of them was a quarter of the gateway's work per event (JFR under 100
     * report submits a second, issue 14). A subscription changed meanwhile is seen from the next batch on.
     */
    @SuppressWarnings("unchecked")
    private List<WebhookSubscription> enabledSubscriptions() {
        if (transactions.getTransactionKey() == null) {
            return WebhookSubscription.list("enabled", true);
        }
        List<WebhookSubscription> read = (List<WebhookSubscription>) transactions.getResource(ENABLED);
        if (read == null) {
            read = WebhookSubscription.list("enabled", true);
            transactions.putResource(ENABLED, read);
        }
        return read;
    }
}
