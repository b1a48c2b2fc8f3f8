package org.duban.platform.deadline;

import jakarta.enterprise.context.RequestScoped;

/**
 * How long the caller of this request waits for its answer, from the {@value #HEADER} header (milliseconds, counted
 * from the moment the request arrived; none when absent). The gateway sets it a little under its own upstream timeout,
 * so that a change the service would finish after the gateway has already answered 504 is rolled back instead of
 * stored behind the caller's back — the retry then finds nothing half-done (a target commit stored after its 504 made
 * the retry answer 409 "set replace", break-it trial 2026-12-04). See {@link DeadlineGuard}.
 */
@RequestScoped
public class CallerDeadline {
    /** Request header: the caller's remaining wait in milliseconds (a whole number, 0 or more). */
    public static final String HEADER = "X-Duban-Timeout-Ms";

    private long deadlineNanos;
    private long budgetMillis = -1;
    private boolean missed;

    /** Starts the clock: the caller waits {@code budgetMillis} from now. */
    void start(long budgetMillis) {
        this.budgetMillis = budgetMillis;
        this.deadlineNanos = System.nanoTime() + budgetMillis * 1_000_000L;
    }

    /** Whether the caller said how long it waits. */
    public boolean set() {
        return budgetMillis >= 0;
    }

    /** Whether the caller's wait is over (false when it set none). */
    public boolean passed() {
        return set() && System.nanoTime() - deadlineNanos >= 0;
    }

    /** The caller's wait in milliseconds as it sent it, -1 when none. */
    public long budgetMillis() {
        return budgetMillis;
    }

    /** Marks that a transaction of this request was rolled back because the wait was over. */
    void miss() {
        missed = true;
    }

    /** Whether a transaction of this request was rolled back because the caller's wait was over. */
    public boolean missed() {
        return missed;
    }
}
