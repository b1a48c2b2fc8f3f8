package org.duban.platform.deadline;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * How long the caller of this request waits for its answer, from the {@value #HEADER} header (milliseconds, counted
 * from the moment the request arrived; none when absent). The gateway sets it a little under its own upstream timeout,
 * so that a change the service would finish after the gateway has already answered 504 is rolled back instead of
 * stored behind the caller's back — the retry then finds nothing half-done (a target commit stored after its 504 made
 * the retry answer 409 "set replace", break-it trial 2026-12-04). See {@link DeadlineGuard}.
 *
 * <p>Kept in the request's Vert.x (duplicated) context, which Quarkus carries from the event loop to the worker that
 * runs a blocking resource — no request-scoped bean, whose proxy fails where the request context only looks active.
 */
public final class CallerDeadline {
    /** Request header: the caller's remaining wait in milliseconds (a whole number, 0 or more). */
    public static final String HEADER = "X-Duban-Timeout-Ms";
    private static final String DEADLINE = "duban.caller-deadline-nanos";
    private static final String MISSED = "duban.caller-deadline-missed";

    private CallerDeadline() {
    }

    /** Starts the clock of the current request: its caller waits {@code budgetMillis} from now. */
    static void start(long budgetMillis) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(DEADLINE, System.nanoTime() + budgetMillis * 1_000_000L);
        }
    }

    /** When the current request's caller stops waiting, on {@link System#nanoTime()}'s clock; null when it said none. */
    static Long deadlineNanos() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(DEADLINE);
    }

    /** Marks that a transaction of the current request was rolled back because the caller's wait was over. */
    static void miss() {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(MISSED, Boolean.TRUE);
        }
    }

    /** Whether a transaction of the current request was rolled back because the caller's wait was over. */
    public static boolean missed() {
        Context context = Vertx.currentContext();
        return context != null && Boolean.TRUE.equals(context.getLocal(MISSED));
    }
}
