package org.duban.platform.lock;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL transaction-scoped advisory locks, for work that must happen once however many requests
 * or instances attempt it at the same moment (find-or-create of a unit or a plan, the supervision
 * sweep of a plan, the outbox relay). A lock is released when the transaction ends; keys are text,
 * hashed by PostgreSQL ({@code hashtext}), prefixed by the caller's concern (e.g. {@code duban-sweep:}).
 */
public final class AdvisoryLocks {
    private AdvisoryLocks() {}

    /** Waits for the lock on {@code key} and holds it until the current transaction ends. */
    public static void lock(EntityManager em, String key) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, key).getSingleResult();
    }

    /** Takes the lock on {@code key} if it is free, until the current transaction ends; false if another holds it. */
    public static boolean tryLock(EntityManager em, String key) {
        Object taken = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))").setParameter(1, key).getSingleResult();
        return Boolean.TRUE.equals(taken);
    }
}
