package org.duban.platform.event;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells an infrastructure fault from a bad event. An infrastructure fault (the database unreachable,
 * a lock or statement timeout, a serialization failure, a concurrent update) says nothing about the
 * event: the consumer must wait and try again, never park the event. Anything else that a handler
 * throws is the event's own fault (unparseable, breaks the contract, or meets a bug) and goes to the
 * dead letters. Plain Java so that it can be tested on its own.
 *
 * <p>SQLSTATE classes from the PostgreSQL manual, Appendix A: 08 connection exception, 40 transaction
 * rollback (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention
 * (admin shutdown, cannot connect now, query cancelled), 58 system error, 55P03 lock not available,
 * 55000 object not in prerequisite state (a database that refuses connections), 25006 read-only
 * transaction (a replica during fail-over), HY000 is never taken as infrastructure on its own.
 */
public final class Faults {
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("55P03", "55000", "25006");
    private static final Set<String> TRANSIENT_EXCEPTION_NAMES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.StaleStateException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.QueryTimeoutException",
            "org.apache.kafka.common.errors.RetriableException");

    private Faults() {}

    /** True if {@code error}, or any of its causes, is a fault of the infrastructure rather than of the event. */
    public static boolean isInfrastructure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof LockTimeoutException || t instanceof PessimisticLockException
                    || t instanceof QueryTimeoutException || t instanceof OptimisticLockException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (TRANSIENT_EXCEPTION_NAMES.contains(c.getName())) {
                    return true;
                }
            }
            if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && (sql.getMessage().startsWith("Acquisition timeout")
                            || sql.getMessage().contains("cached plan must not change result type"))) {
                // Agroal: no connection could be had from the pool in time; PostgreSQL: a prepared statement
                // outlived a schema change (the driver drops it, the next attempt works)
                return true;
            }
        }
        return false;
    }

    /** True for an SQLSTATE that reports a transient condition of the server, not a property of the data. */
    public static boolean isTransientState(String sqlState) {
        if (sqlState == null || sqlState.length() != 5) {
            return false;
        }
        return TRANSIENT_STATES.contains(sqlState) || TRANSIENT_CLASSES.contains(sqlState.substring(0, 2));
    }
}
