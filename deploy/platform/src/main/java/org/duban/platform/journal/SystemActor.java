package org.duban.platform.journal;

import java.util.function.Supplier;

/**
 * Names the actor of work no person asked for (an event consumer, a scheduled sweep): the journal rows of
 * the transactions run inside {@link #run} carry {@code system:<what>}. Wrap the call that opens the
 * transaction, since the journal is written when it commits. Work outside it with no caller is
 * {@code system:background}.
 */
public final class SystemActor {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SystemActor() {}

    /**
     * Runs {@code work} as {@code system:<what>} and answers its result.
     *
     * @param what e.g. {@code event duban.tasks.task-updated.v1} or {@code supervision-sweep}
     */
    public static <T> T run(String what, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set("system:" + what);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The actor named by an enclosing {@link #run}, or null. */
    static String current() {
        return CURRENT.get();
    }
}
