package org.duban.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** A conflict is a 409 however deep the transaction machinery wrapped it; anything else stays a 500. */
class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    private static Problem body(Response response) {
        return (Problem) response.getEntity();
    }

    @Test
    void shouldAnswer409ForAStaleRowWrappedAtCommit() {
        Response stale = mappers.unexpected(new IllegalStateException("commit failed",
                new RuntimeException(new StaleStateException("Unexpected row count"))), null);
        assertEquals(409, stale.getStatus());
        Response lock = mappers.unexpected(new RuntimeException(new OptimisticLockException("row changed")), null);
        assertEquals(409, lock.getStatus());
    }

    @Test
    void shouldAnswer409ForAWrappedUniqueKeyRaceAnd500ForOtherConstraints() {
        Response unique = mappers.unexpected(new RuntimeException(
                new ConstraintViolationException("dup", new SQLException("dup", "23505"), "uk_report_period")), null);
        assertEquals(409, unique.getStatus());
        Response check = mappers.unexpected(new RuntimeException(
                new ConstraintViolationException("check", new SQLException("check", "23514"), "ck_year")), null);
        assertEquals(500, check.getStatus());
    }

    @Test
    void shouldAnswerAWrappedProblemAsItselfAndAnythingElse500() {
        Response wrapped = mappers.unexpected(new RuntimeException(ProblemException.conflict("taken")), null);
        assertEquals(409, wrapped.getStatus());
        assertEquals("taken", body(wrapped).detail());
        Response plain = mappers.unexpected(new NullPointerException(), null);
        assertEquals(500, plain.getStatus());
    }
}
