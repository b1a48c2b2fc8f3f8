package org.duban.gateway.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.duban.gateway.notify.Notification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the queued deliveries. Every second it claims the due ones ({@code for update skip locked}, with a lease, so
 * several gateway instances never send the same attempt), POSTs each as a CloudEvent (HTTP binding, structured mode:
 * {@code application/cloudevents+json}) with the Standard Webhooks headers {@code webhook-id} (the event id, the same
 * on every retry), {@code webhook-timestamp} and {@code webhook-signature} ({@link WebhookSignature}), and records the
 * outcome: a 2xx is DELIVERED; anything else is retried after {@code backoff-base × 2^(attempt−1)} (capped at
 * {@code backoff-max}) up to {@code max-attempts}, then GAVE_UP. A subscription that fails {@code disable-after}
 * attempts in a row is disabled, and every administrator is told (an in-app notification); a success resets the count.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final EntityManager em;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final int maxAttempts;
    private final int disableAfter;
    private volatile boolean stopping;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookDispatcher(EntityManager em,
            @ConfigProperty(name = "duban.gateway.webhooks.backoff-base", defaultValue = "PT10S") Duration backoffBase,
            @ConfigProperty(name = "duban.gateway.webhooks.backoff-max", defaultValue = "PT1H") Duration backoffMax,
            @ConfigProperty(name = "duban.gateway.webhooks.max-attempts", defaultValue = "10") int maxAttempts,
            @ConfigProperty(name = "duban.gateway.webhooks.disable-after", defaultValue = "30") int disableAfter) {
        this.em = em;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.maxAttempts = maxAttempts;
        this.disableAfter = disableAfter;
    }

    @Scheduled(every = "${duban.gateway.webhooks.poll:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (stopping) {
            return;
        }
        try {
            dispatch();
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warnf("webhook dispatch: %s (tried again at the next poll)", e.toString());
            }
        }
    }

    void stop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent stop) {
        stopping = true;
    }

    /** Claims and sends what is due; returns how many attempts were made. */
    public int dispatch() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(this::claim);
        for (UUID id : due) {
            try {
                attempt(id);
            } catch (RuntimeException e) {
                LOG.warnf("webhook delivery %s: %s", id, e.toString());
            }
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim() {
        List<UUID> ids = em.createNativeQuery("select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                + " where d.status in ('PENDING', 'RETRYING') and d.next_attempt_at <= now() and s.enabled"
                + " order by d.next_attempt_at limit " + BATCH + " for update of d skip locked").getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update webhook_delivery set next_attempt_at = :lease where id in (:ids)")
                    .setParameter("lease", OffsetDateTime.now().plus(LEASE)).setParameter("ids", ids).executeUpdate();
        }
        return ids;
    }

    private void attempt(UUID id) {
        record Target(String url, String secret, String payload, String eventId) { }
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(id);
            WebhookSubscription s = d == null ? null : WebhookSubscription.findById(d.subscriptionId);
            return d == null || s == null || !s.enabled ? null : new Target(s.url, s.secret, d.payload, d.eventId);
        });
        if (target == null) {
            return;
        }
        Integer status = null;
        String error = null;
        try {
            long timestamp = System.currentTimeMillis() / 1000;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(target.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                    .header("webhook-id", target.eventId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(target.secret(), target.eventId(), timestamp, target.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(target.payload(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Integer answered = status;
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> record(id, answered, failure));
    }

    private void record(UUID id, Integer status, String error) {
        WebhookDelivery d = WebhookDelivery.findById(id);
        WebhookSubscription s = d == null ? null : WebhookSubscription.findById(d.subscriptionId);
        if (d == null || s == null) {
            return;
        }
        d.attempts++;
        d.lastStatus = status;
        OffsetDateTime now = OffsetDateTime.now();
        if (error == null) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            d.lastError = null;
            s.consecutiveFailures = 0;
            return;
        }
        d.lastError = error.length() <= 1000 ? error : error.substring(0, 1000);
        if (d.attempts >= maxAttempts) {
            d.status = WebhookDelivery.Status.GAVE_UP;
            d.nextAttemptAt = null;
        } else {
            d.status = WebhookDelivery.Status.RETRYING;
            d.nextAttemptAt = now.plus(backoff(d.attempts));
        }
        s.consecutiveFailures++;
        if (s.enabled && s.consecutiveFailures >= disableAfter) {
            s.enabled = false;
            s.disabledAt = now;
            s.disabledReason = s.consecutiveFailures + " failed attempts in a row; last: " + d.lastError;
            tellAdministrators(s);
        }
    }

    /** {@code base × 2^(attempts−1)}, at most {@code backoff-max} ({@link org.duban.gateway.Backoff}). */
    Duration backoff(int attempts) {
        return org.duban.gateway.Backoff.after(attempts, backoffBase, backoffMax);
    }

    private static void tellAdministrators(WebhookSubscription s) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventId = "webhook-disabled:" + s.id + ":" + s.disabledAt.toEpochSecond();
        n.kind = "WEBHOOK_DISABLED";
        n.regionCode = s.regionCode == null ? "000000" : s.regionCode;
        n.title = "Webhook已停用:" + s.name + "(连续" + s.consecutiveFailures + "次发送失败)";
        n.body = s.url + " — " + s.disabledReason;
        n.createdAt = s.disabledAt;
        n.persist();
        LOG.warnf("webhook subscription %s (%s) disabled: %s", s.id, s.name, s.disabledReason);
    }
}
