package org.duban.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The SQL errors Hibernate logs (its category {@code org.hibernate.orm.jdbc.error}) while some work runs in this JVM: a
 * racing insert refused by a unique key is one, and an operator grepping the log for ERROR finds it even when the
 * client was answered 409 (the break-it trial after round 39). A service that serializes its writers leaves none.
 */
public final class SqlErrorLog {
    private static final Logger HIBERNATE_JDBC_ERRORS = Logger.getLogger("org.hibernate.orm.jdbc.error");

    private SqlErrorLog() {}

    /** The messages logged while {@code work} runs (empty when none); {@code work}'s own exceptions propagate. */
    public static List<String> during(Runnable work) {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler listener = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        HIBERNATE_JDBC_ERRORS.addHandler(listener);
        try {
            work.run();
        } finally {
            HIBERNATE_JDBC_ERRORS.removeHandler(listener);
        }
        return List.copyOf(logged);
    }
}
