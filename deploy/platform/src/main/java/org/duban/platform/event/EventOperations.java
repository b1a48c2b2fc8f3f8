package org.duban.platform.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;

/**
 * The operator's view of a service's events: the consumer's state, the inbox's dead letters (list,
 * inspect, replay after a fix) and the outbox backlog. Each service exposes it under its own path
 * through a subclass of {@link EventOperationsResource}.
 */
@ApplicationScoped
public class EventOperations {

    /** One dead letter or unhandled event; {@code payload} only when one is read by id. */
    public record DeadLetter(String eventId, String type, String source, String subject, String status, String origin,
            int attempts, OffsetDateTime receivedAt, OffsetDateTime lastAttemptAt, String error, String payload) {

        static DeadLetter of(InboxEntry e, boolean withPayload) {
            return new DeadLetter(e.eventId, e.type, e.source, e.subject, e.status.name(), e.origin, e.attempts, e.receivedAt,
                    e.lastAttemptAt, e.error, withPayload ? e.payload : null);
        }
    }

    /**
     * The service's event health: consumer (enabled, lag in records or -1 if unknown, stalled since),
     * inbox counts, outbox rows not yet sent and the age in seconds of the oldest.
     */
    public record Status(ConsumerStatus.Snapshot consumer, long applied, long deadLetters, long unhandled, long outboxPending,
            long oldestPendingSeconds) {}

    /** The outcome of a replay: APPLIED, DUPLICATE (already applied) or UNHANDLED. */
    public record Replay(String eventId, String outcome) {}

    private final Inbox inbox;
    private final ConsumerStatus consumer;
    private final EntityManager em;

    public EventOperations(Inbox inbox, ConsumerStatus consumer, EntityManager em) {
        this.inbox = inbox;
        this.consumer = consumer;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status() {
        long pending = ((Number) em.createNativeQuery("select count(*) from duban_outbox where published_at is null")
                .getSingleResult()).longValue();
        Number oldest = (Number) em.createNativeQuery(
                "select extract(epoch from now() - min(created_at)) from duban_outbox where published_at is null")
                .getSingleResult();
        return new Status(consumer.snapshot(), InboxEntry.count("status", InboxEntry.Status.APPLIED),
                InboxEntry.count("status", InboxEntry.Status.DEAD_LETTER), InboxEntry.count("status", InboxEntry.Status.UNHANDLED),
                pending, oldest == null ? 0 : oldest.longValue());
    }

    /** Dead letters (or, with {@code status=UNHANDLED}, events no handler knows), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeadLetter> list(String status, PageQuery page) {
        InboxEntry.Status wanted;
        if (status == null || status.isBlank() || "DEAD_LETTER".equals(status)) {
            wanted = InboxEntry.Status.DEAD_LETTER;
        } else if ("UNHANDLED".equals(status)) {
            wanted = InboxEntry.Status.UNHANDLED;
        } else {
            throw ProblemException.invalid("status", "DEAD_LETTER or UNHANDLED");
        }
        io.quarkus.hibernate.orm.panache.PanacheQuery<InboxEntry> query =
                InboxEntry.find("status", io.quarkus.panache.common.Sort.descending("receivedAt").and("eventId"), wanted);
        return Page.of(query, page, e -> DeadLetter.of(e, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadLetter get(String eventId) {
        InboxEntry entry = InboxEntry.findById(eventId);
        if (entry == null || entry.status == InboxEntry.Status.APPLIED) {
            throw ProblemException.notFound("dead letter", eventId);
        }
        return DeadLetter.of(entry, true);
    }

    /**
     * Applies a dead letter again from its stored payload, after the cause was fixed.
     *
     * @throws ProblemException 404 if there is no such dead letter; 422 if it fails again (the error is kept);
     *         503 if the database fails three times in a row (nothing is recorded: the replay may be repeated)
     */
    public Replay replay(String eventId) {
        DeadLetter letter = get(eventId);
        CloudEvent event;
        try {
            event = inbox.parse(letter.payload());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("the dead letter is not a CloudEvent and cannot be replayed: " + e.getMessage());
        }
        for (int attempt = 1;; attempt++) {
            try {
                return new Replay(eventId, inbox.apply(event, letter.payload(), "replay").name());
            } catch (RuntimeException e) {
                if (!Faults.isInfrastructure(e)) {
                    inbox.recordDeadLetter(eventId, event, letter.payload(), letter.origin(), e);
                    throw ProblemException.unprocessable("the event failed again: " + Inbox.describe(e));
                }
                if (attempt == REPLAY_ATTEMPTS) {
                    throw new ProblemException(503, "unavailable", "the database is not available; try the replay again later",
                            List.of());
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static final int REPLAY_ATTEMPTS = 3;
}
