package org.duban.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies one incoming event exactly once. The event id is claimed first (an insert that waits on,
 * then loses to, another instance claiming the same id), and the handlers' effect is committed in
 * the same transaction: a redelivery, a replay of an applied event or a second instance reading the
 * same record finds the claim and changes nothing. A dead letter or an unhandled event is not
 * "seen" in that sense: its redelivery or replay is applied.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /**
     * What happened to one delivery; IGNORED: a type this service declares it does not read
     * ({@code duban.events.consume.ignored-types}), acknowledged and not kept.
     */
    public enum Outcome { APPLIED, DUPLICATE, UNHANDLED, IGNORED }

    private static final String CLAIM = """
            insert into duban_inbox (event_id, type, source, subject, status, received_at, attempts, origin, last_attempt_at)
            values (:id, :type, :source, :subject, :status, :now, 1, :origin, :now)
            on conflict (event_id) do update
               set status = excluded.status, attempts = duban_inbox.attempts + 1, error = null,
                   last_attempt_at = excluded.last_attempt_at
             where duban_inbox.status <> 'APPLIED'""";

    /** The type of the event that carries a dead letter to the dead-letter topic. */
    public static final String DEAD_LETTER = "duban.platform.dead-letter.v1";

    private final Instance<EventHandler> handlers;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final EntityManager em;
    private final Outbox outbox;
    private final String deadLetterTopic;
    private final java.util.Set<String> ignoredTypes;

    /**
     * @param ignoredTypes event types of the topics read that this service has no use for, acknowledged without being
     *                     kept (e.g. progress-service and tasks-service's unit-contacts-changed, whose e-mail addresses
     *                     only the gateway needs): not UNHANDLED, and no copy of their data
     */
    public Inbox(Instance<EventHandler> handlers, ObjectMapper mapper, MeterRegistry registry, EntityManager em, Outbox outbox,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "duban.events.dead-letter-topic") String deadLetterTopic,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "duban.events.consume.ignored-types")
            java.util.Optional<List<String>> ignoredTypes) {
        this.ignoredTypes = java.util.Set.copyOf(ignoredTypes.orElse(List.of()));
        this.handlers = handlers;
        this.mapper = mapper;
        this.registry = registry;
        this.em = em;
        this.outbox = outbox;
        this.deadLetterTopic = deadLetterTopic;
    }

    /** Parses the CloudEvent; throws {@link IllegalArgumentException} when it is not one. */
    public CloudEvent parse(String payload) {
        if (payload == null) {
            throw new IllegalArgumentException("not a CloudEvent: the record has no value");
        }
        try {
            CloudEvent event = mapper.readValue(payload, CloudEvent.class);
            if (event == null || event.id() == null || event.id().isBlank() || event.type() == null) {
                throw new IllegalArgumentException("not a CloudEvent: id and type are required");
            }
            if (event.id().length() > 200 || event.id().chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("not a CloudEvent: id longer than 200 characters or with control characters");
            }
            if (event.type().length() > 200 || (event.source() != null && event.source().length() > 200)
                    || (event.subject() != null && event.subject().length() > 200)) {
                throw new IllegalArgumentException("not a CloudEvent of this system: type, source or subject longer than 200 characters");
            }
            return event;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    /**
     * Applies the event unless it was applied before, in a transaction of its own.
     *
     * @param origin where it was read ({@code topic/partition@offset}), or a note such as {@code replay}
     * @throws RuntimeException whatever a handler or the database throws; nothing is then committed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome apply(CloudEvent event, String payload, String origin) {
        return applyHere(event, payload, origin);
    }

    /** One event of a batch ({@link #applyAll}): the event, its record's text and where it was read. */
    public record Delivery(CloudEvent event, String payload, String origin) {
    }

    /**
     * Applies the events in order, in one transaction of their own (a batch of records read together: one commit for
     * the batch instead of one each — issue 14, where one transaction per event bound how fast a consumer kept up).
     * All or nothing: if one fails, nothing of the batch is committed and the caller applies them one at a time.
     *
     * @return the outcome of each, in order
     * @throws RuntimeException whatever a handler or the database throws for any of them
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> applyAll(List<Delivery> deliveries) {
        List<Outcome> outcomes = new java.util.ArrayList<>(deliveries.size());
        for (Delivery d : deliveries) {
            outcomes.add(applyHere(d.event(), d.payload(), d.origin()));
        }
        return outcomes;
    }

    private Outcome applyHere(CloudEvent event, String payload, String origin) {
        if (ignoredTypes.contains(event.type())) {
            registry.counter("duban.inbox.ignored", "type", event.type()).increment();
            return Outcome.IGNORED;
        }
        List<EventHandler> matching = handlers.stream().filter(h -> h.handles(event.type())).toList();
        InboxEntry.Status status = matching.isEmpty() ? InboxEntry.Status.UNHANDLED : InboxEntry.Status.APPLIED;
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("source", event.source())
                .setParameter("subject", event.subject())
                .setParameter("status", status.name())
                .setParameter("now", OffsetDateTime.now())
                .setParameter("origin", origin)
                .executeUpdate();
        if (claimed == 0) {
            registry.counter("duban.inbox.duplicates", "type", event.type()).increment();
            return Outcome.DUPLICATE;
        }
        if (matching.isEmpty()) {
            InboxEntry entry = InboxEntry.findById(event.id());
            entry.payload = payload;
            entry.error = "no handler for event type " + event.type();
            registry.counter("duban.inbox.unhandled", "type", event.type()).increment();
            LOG.debugf("event %s of type %s from %s has no handler here; kept as UNHANDLED", event.id(), event.type(),
                    event.source());
            return Outcome.UNHANDLED;
        }
        matching.forEach(h -> h.handle(event));
        registry.counter("duban.inbox.applied", "type", event.type()).increment();
        return Outcome.APPLIED;
    }

    /** True if the event's effect is committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isApplied(String eventId) {
        InboxEntry entry = InboxEntry.findById(eventId);
        return entry != null && entry.status == InboxEntry.Status.APPLIED;
    }

    /**
     * Keeps an event that is its own fault as a dead letter with its payload, error and origin; an
     * event applied meanwhile (by another instance) stays applied.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDeadLetter(String eventId, CloudEvent event, String payload, String origin, Throwable error) {
        InboxEntry entry = InboxEntry.findById(eventId);
        if (entry != null && entry.status == InboxEntry.Status.APPLIED) {
            return;
        }
        boolean fresh = entry == null;
        if (fresh) {
            entry = new InboxEntry();
            entry.eventId = eventId;
            entry.receivedAt = OffsetDateTime.now();
            if (event != null) {
                entry.type = event.type();
                entry.source = event.source();
                entry.subject = event.subject();
            }
        }
        entry.status = InboxEntry.Status.DEAD_LETTER;
        entry.payload = storable(payload);
        entry.error = storable(describe(error));
        entry.origin = origin;
        entry.attempts++;
        entry.lastAttemptAt = OffsetDateTime.now();
        if (fresh) {
            entry.persist();
        }
        java.util.Map<String, Object> letter = new java.util.LinkedHashMap<>();
        letter.put("eventId", eventId);
        letter.put("type", entry.type);
        letter.put("origin", origin);
        letter.put("attempts", entry.attempts);
        letter.put("error", entry.error);
        letter.put("payload", entry.payload);
        outbox.publishTo(deadLetterTopic, DEAD_LETTER, eventId, letter);
        registry.counter("duban.inbox.dead.letters").increment();
        LOG.errorf("event %s (%s) from %s is a dead letter: %s", eventId, entry.type, origin, entry.error);
    }

    /** Text PostgreSQL can store: NUL (which {@code text} refuses) becomes U+FFFD. */
    static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }

    /** The error and its root cause in one line, for the operator. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = error.toString();
        return root == error ? text : text + " (cause: " + root + ")";
    }
}
