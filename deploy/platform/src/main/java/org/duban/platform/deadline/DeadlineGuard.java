package org.duban.platform.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

/**
 * Gives up with the caller: every transaction begun for a request whose caller set a deadline
 * ({@link CallerDeadline}) is rolled back at its commit if the deadline has passed by then — nothing stored, no event
 * sent — and the request answers 503 problem+json "deadline-passed" (ProblemMappers). Transactions outside a request
 * (event consumers, the outbox relay, schedules) and requests without the header are untouched. Never throws: an
 * observer's exception would break the transaction it was told of.
 */
@ApplicationScoped
public class DeadlineGuard {
    private static final Logger LOG = Logger.getLogger(DeadlineGuard.class);

    private final TransactionSynchronizationRegistry registry;

    public DeadlineGuard(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        try {
            Long deadline = CallerDeadline.deadlineNanos();
            if (deadline != null) {
                registry.registerInterposedSynchronization(new Expiry(deadline));
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "no deadline check for this transaction");
        }
    }

    /** Rolls the transaction back at its commit when the caller's deadline has passed. */
    private final class Expiry implements Synchronization {
        private final long deadlineNanos;

        Expiry(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void beforeCompletion() {
            if (System.nanoTime() - deadlineNanos >= 0) {
                registry.setRollbackOnly();
                CallerDeadline.miss();
            }
        }

        @Override
        public void afterCompletion(int status) {
        }
    }
}
