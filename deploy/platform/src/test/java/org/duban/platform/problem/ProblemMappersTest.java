package org.duban.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/**
 * Failures that a {@code @Transactional} method's commit raises arrive wrapped (Arc → RollbackException → Hibernate);
 * found by the fuzz (tasks-service FuzzTest: deleting a still referenced unit answered 500).
 */
class ProblemMappersTest {
    private final ProblemMappers mappers = new ProblemMappers();

    private static Throwable atCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(cause);
        return new ArcUndeclaredThrowableException("Error invoking subclass method", rollback);
    }

    private static int status(Response response) {
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return response.getStatus();
    }

    @Test
    void shouldAnswer409ToAForeignKeyRefusalRaisedAtCommit() {
        ConstraintViolationException refused = new ConstraintViolationException("could not execute batch",
                new SQLException("update or delete on table \"unit\" violates foreign key constraint", "23503"), "unit_parent_id_fkey");
        assertEquals(409, status(mappers.unexpected(atCommit(refused), null)));
    }

    @Test
    void shouldAnswer409ToAStaleVersionRaisedAtCommit() {
        assertEquals(409, status(mappers.unexpected(atCommit(new OptimisticLockException("stale")), null)));
    }

    @Test
    void shouldStillAnswer500ToAnUnknownFailureAndToAnUnexpectedConstraint() {
        assertEquals(500, status(mappers.unexpected(atCommit(new IllegalStateException("bug")), null)));
        ConstraintViolationException check = new ConstraintViolationException("check",
                new SQLException("new row violates check constraint", "23514"), "plan_year_check");
        assertEquals(500, status(mappers.unexpected(atCommit(check), null)));
    }

    @Test
    void shouldAnswerAUniqueKeyRaceOrAProblemRaisedAtCommitAsThemselves() {
        ConstraintViolationException duplicate = new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505"), "report_task_unit_period_key");
        assertEquals(409, status(mappers.unexpected(atCommit(duplicate), null)));
        Response problem = mappers.unexpected(atCommit(ProblemException.conflict("taken")), null);
        assertEquals(409, status(problem));
        assertEquals("taken", ((Problem) problem.getEntity()).detail());
    }
}
