package org.duban.gateway.webhook;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;

/** Subscriptions and their delivery log; the one owner of both (the handler queues, the dispatcher sends). */
@ApplicationScoped
@Transactional
public class WebhookService {

    /** A new subscription: {@code eventTypes} exact types or prefixes ending in {@code *}; no region = every region. */
    public record CreateWebhook(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 100) String name,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String url,
            @jakarta.validation.constraints.Pattern(regexp = "\\d{6}", message = "must be 6 digits / 应为6位数字") String regionCode,
            @jakarta.validation.constraints.NotEmpty @jakarta.validation.constraints.Size(max = 50)
            List<@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Pattern(regexp = "duban\\.[a-z.-]+(\\.v\\d+|\\*)",
                    message = "must be an event type such as duban.progress.unit-urged.v1, or a prefix ending in * / 事件类型无效")
                    String> eventTypes) {
    }

    /** A subscription as listed: never its secret. */
    public record WebhookView(UUID id, String name, String url, String regionCode, List<String> eventTypes, boolean enabled,
            int consecutiveFailures, OffsetDateTime disabledAt, String disabledReason, String createdBy, OffsetDateTime createdAt) {
        static WebhookView of(WebhookSubscription s) {
            return new WebhookView(s.id, s.name, s.url, s.regionCode, List.of(s.eventTypes.split(",")), s.enabled,
                    s.consecutiveFailures, s.disabledAt, s.disabledReason, s.createdBy, s.createdAt);
        }
    }

    /** The answer to a create: the subscription and its secret, shown this once (Standard Webhooks {@code whsec_…}). */
    public record CreatedWebhook(WebhookView webhook, String secret) {
    }

    /** One delivery of the log. */
    public record DeliveryView(UUID id, String eventId, String eventType, WebhookDelivery.Status status, int attempts,
            Integer lastStatus, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.eventType, d.status, d.attempts, d.lastStatus, d.lastError, d.nextAttemptAt,
                    d.deliveredAt, d.createdAt);
        }
    }

    public CreatedWebhook create(CreateWebhook request, String actor) {
        URI url;
        try {
            url = URI.create(request.url().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", "not a URL / 地址无效");
        }
        if (!("https".equals(url.getScheme()) || "http".equals(url.getScheme())) || url.getHost() == null) {
            throw ProblemException.invalid("url", "must be an http or https URL / 须为http或https地址");
        }
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.name = request.name().strip();
        s.url = url.toString();
        s.regionCode = request.regionCode();
        s.eventTypes = String.join(",", request.eventTypes().stream().map(String::strip).distinct().toList());
        s.secret = WebhookSignature.newSecret();
        s.createdBy = actor;
        s.createdAt = OffsetDateTime.now();
        s.persist();
        return new CreatedWebhook(WebhookView.of(s), s.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookView> list(PageQuery page) {
        return Page.of(WebhookSubscription.findAll(Sort.by("createdAt").descending()), page, WebhookView::of);
    }

    public void delete(UUID id) {
        require(id).delete();
    }

    /** Enables a subscription again (after its receiver was fixed); its failure count starts over. */
    public WebhookView enable(UUID id) {
        WebhookSubscription s = require(id);
        s.enabled = true;
        s.consecutiveFailures = 0;
        s.disabledAt = null;
        s.disabledReason = null;
        return WebhookView.of(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(UUID subscriptionId, PageQuery page) {
        require(subscriptionId);
        return Page.of(WebhookDelivery.find("subscriptionId", Sort.by("createdAt").descending(), subscriptionId), page, DeliveryView::of);
    }

    /** Sends a delivery again (any state): it is due at once, its attempts counting on. */
    public DeliveryView replay(UUID deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null) {
            throw ProblemException.notFound("webhook delivery", deliveryId);
        }
        d.status = WebhookDelivery.Status.PENDING;
        d.nextAttemptAt = OffsetDateTime.now();
        return DeliveryView.of(d);
    }

    private static WebhookSubscription require(UUID id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null) {
            throw ProblemException.notFound("webhook", id);
        }
        return s;
    }
}
