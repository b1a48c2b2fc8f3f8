package org.duban.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies one incoming event exactly once: the event id is recorded in the same transaction as
 * the handlers' effect, so a redelivery finds it and changes nothing.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** What happened to one delivery. */
    public enum Outcome { APPLIED, DUPLICATE, UNHANDLED }

    private final Instance<EventHandler> handlers;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;

    public Inbox(Instance<EventHandler> handlers, ObjectMapper mapper, MeterRegistry registry) {
        this.handlers = handlers;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** Parses the CloudEvent; throws {@link IllegalArgumentException} when it is not one. */
    public CloudEvent parse(String payload) {
        try {
            CloudEvent event = mapper.readValue(payload, CloudEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new IllegalArgumentException("not a CloudEvent: id and type are required");
            }
            return event;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome apply(CloudEvent event, String payload) {
        if (InboxEntry.findById(event.id()) != null) {
            registry.counter("duban.inbox.duplicates", "type", event.type()).increment();
            return Outcome.DUPLICATE;
        }
        List<EventHandler> matching = handlers.stream().filter(h -> h.handles(event.type())).toList();
        InboxEntry entry = entry(event.id(), event);
        if (matching.isEmpty()) {
            entry.status = InboxEntry.Status.UNHANDLED;
            entry.payload = payload;
            entry.error = "no handler for event type " + event.type();
            entry.persist();
            registry.counter("duban.inbox.unhandled", "type", event.type()).increment();
            LOG.errorf("event %s of unknown type %s from %s kept in the inbox as UNHANDLED", event.id(), event.type(),
                    event.source());
            return Outcome.UNHANDLED;
        }
        matching.forEach(h -> h.handle(event));
        entry.status = InboxEntry.Status.APPLIED;
        entry.persist();
        registry.counter("duban.inbox.applied", "type", event.type()).increment();
        return Outcome.APPLIED;
    }

    /** Keeps an event that failed every retry (or could not be read) with its payload and error. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String eventId, CloudEvent event, String payload, Throwable error) {
        if (InboxEntry.findById(eventId) != null) {
            return;
        }
        InboxEntry entry = entry(eventId, event);
        entry.status = InboxEntry.Status.FAILED;
        entry.payload = payload;
        entry.error = error.toString();
        entry.persist();
        registry.counter("duban.inbox.failed").increment();
        LOG.errorf(error, "event %s kept in the inbox as FAILED", eventId);
    }

    private static InboxEntry entry(String id, CloudEvent event) {
        InboxEntry entry = new InboxEntry();
        entry.eventId = id;
        entry.receivedAt = OffsetDateTime.now();
        if (event != null) {
            entry.type = event.type();
            entry.source = event.source();
            entry.subject = event.subject();
        }
        return entry;
    }
}
