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

    /** The longest wait {@link #HEADER} may state: a day, in milliseconds. */
    private static final long MAX_MILLIS = 86_400_000L;

    /**
     * A {@link #HEADER} value read as a hint: a whole number of milliseconds from 0 to 86,400,000; anything else (absent,
     * not a number, negative, longer than a day) is empty.
     */
    public static java.util.OptionalLong parse(String value) {
        if (value == null) {
            return java.util.OptionalLong.empty();
        }
        try {
            long millis = Long.parseLong(value.trim());
            return millis >= 0 && millis <= MAX_MILLIS ? java.util.OptionalLong.of(millis) : java.util.OptionalLong.empty();
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** Starts the clock of the current request: its caller waits {@code budgetMillis} from now. */
    static void start(long budgetMillis) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(DEADLINE, System.nanoTime() + budgetMillis * 1_000_000L);
        }
    }

    /** When the current request's caller stops waiting, on {@link System#nanoTime()}'s clock; null when it said none. */
    public static Long deadlineNanos() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(DEADLINE);
    }

    /**
     * Refuses at once work whose caller has stopped waiting: 503 problem+json "deadline-passed" — for long work done
     * before any transaction (reading a 80,000-character paste took 1.4–1.9 s, held one of the two reading places and
     * only then was rolled back — break-it trial, 2026-12-04).
     *
     * @throws org.duban.platform.problem.ProblemException 503 when the current request's deadline has passed
     */
    public static void requireTimeLeft() {
        Long deadline = deadlineNanos();
        if (deadline != null && System.nanoTime() - deadline >= 0) {
            throw new org.duban.platform.problem.ProblemException(503, "deadline-passed", PASSED, java.util.List.of());
        }
    }

    /** What a request whose caller stopped waiting is told. */
    public static final String PASSED = "the answer was ready only after the caller had stopped waiting, so nothing was "
            + "stored; send the request again / 处理完成时调用方已超时,未保存任何内容,请重新提交";

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
