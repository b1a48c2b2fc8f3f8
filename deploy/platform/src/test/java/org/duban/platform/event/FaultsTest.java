package org.duban.platform.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("handler failed", new RuntimeException("commit failed", cause));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08001", "40001", "40P01", "53300", "57P01", "57P03", "57014", "58030", "55P03", "55000", "25006"})
    void shouldTakeTheServersTransientStatesForInfrastructure(String state) {
        assertTrue(Faults.isTransientState(state));
        assertTrue(Faults.isInfrastructure(wrapped(new SQLException("server says no", state))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"22001", "23505", "23503", "23502", "42P01", "0A000", "HY000", "XX000", ""})
    void shouldTakeDataAndProgrammingErrorsForTheEventsOwnFault(String state) {
        assertFalse(Faults.isTransientState(state));
        assertFalse(Faults.isInfrastructure(wrapped(new SQLException("bad data", state))));
    }

    @Test
    void shouldReadTheCauseChainAndTheExceptionKinds() {
        assertTrue(Faults.isInfrastructure(wrapped(new SQLTransientConnectionException("pool"))));
        assertTrue(Faults.isInfrastructure(new LockTimeoutException("lock")));
        assertTrue(Faults.isInfrastructure(wrapped(new OptimisticLockException("raced"))));
        assertTrue(Faults.isInfrastructure(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(Faults.isInfrastructure(wrapped(new SQLException("ERROR: cached plan must not change result type", "0A000"))));
        assertTrue(Faults.isInfrastructure(wrapped(new java.net.ConnectException("refused"))));
        assertFalse(Faults.isInfrastructure(new EntityExistsException("a different object with the same identifier")));
        assertFalse(Faults.isInfrastructure(new IllegalArgumentException("task event lacks taskId")));
        assertFalse(Faults.isInfrastructure(wrapped(new SQLException("no state"))));
        assertFalse(Faults.isTransientState(null));
        assertFalse(Faults.isTransientState("080"));
    }

    @Test
    void shouldEndOnACauseThatIsItsOwnCause() {
        RuntimeException loop = new RuntimeException("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertFalse(Faults.isInfrastructure(loop));
    }
}
