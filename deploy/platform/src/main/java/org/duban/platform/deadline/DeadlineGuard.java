package org.duban.platform.deadline;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Gives up with the caller: every transaction begun for a request whose caller set a deadline
 * ({@link CallerDeadline}) is rolled back at its commit if the deadline has passed by then — nothing stored, no event
 * sent — and the request answers 503 problem+json "deadline-passed" (ProblemMappers). Transactions outside a request
 * (event consumers, the outbox relay, schedules) and requests without the header are untouched.
 */
@ApplicationScoped
public class DeadlineGuard {
    private final TransactionSynchronizationRegistry registry;

    public DeadlineGuard(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        InjectableContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return;
        }
        CallerDeadline deadline = Arc.container().instance(CallerDeadline.class).get();
        if (!deadline.set()) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (deadline.passed()) {
                    deadline.miss();
                    registry.setRollbackOnly();
                }
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }
}
