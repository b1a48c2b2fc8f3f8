package org.duban.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of every service leaves as problem+json. Unexpected ones are logged with an id that
 * the answer carries, and never show a stack trace.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.response(ProblemResponses.problem(e.status(), e.slug(), e.getMessage(), path(uri), null,
                e.violations()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return ProblemResponses.response(ProblemResponses.problem(400, "validation", detail, path(uri), null, violations));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.response(JsonProblems.problem(e, path(uri)));
    }

    /** quarkus-rest-jackson maps these two itself (plain JSON); priority 1 keeps them problem+json. */
    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /**
     * Two writers passing the same "already there?" check at once: the database's unique or foreign
     * key constraint stops the second, which is a conflict to retry, not a server error.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String state = e.getSQLState();
        if (state == null || !(state.equals("23505") || state.equals("23503"))) {
            return unexpected(e, uri);
        }
        return ProblemResponses.response(409, "conflict",
                "the same data was just written by someone else, or is still referenced; reload and retry / "
                        + "数据刚被他人修改或仍被引用,请刷新后重试 (" + e.getConstraintName() + ")", path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String detail = e.getMessage() != null ? e.getMessage() : "request failed with status " + status;
        return ProblemResponses.response(status, "http-" + status, detail, path(uri));
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.response(401, "unauthorized", "a valid bearer token is required / 需要有效的登录凭证", path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.response(401, "unauthorized", "the token is invalid or expired / 登录凭证无效或已过期", path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(403, "forbidden", "your role may not do this / 您的角色无权执行此操作", path(uri));
    }

    /**
     * Anything not mapped above. A conflict that reaches here wrapped (the transaction interceptor turns a
     * flush-time {@link OptimisticLockException}, {@link StaleStateException} or unique-key violation at commit into
     * a rollback exception) is still a 409: the cause chain is searched before the answer is a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e.getCause(), seen = e; cause != null && cause != seen; seen = cause, cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion(uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return constraint(constraint, uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return ProblemResponses.response(ProblemResponses.problem(500, "unexpected",
                "an unexpected error occurred; quote error id " + errorId + " to the operators", path(uri), errorId,
                List.of()));
    }

    private static Response staleVersion(UriInfo uri) {
        return ProblemResponses.response(409, "stale-version",
                "the resource was changed by someone else; reload it and apply your change again", path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }

    /** The property path without the method and parameter nodes: "title", "items[0].deadline". */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        if (field.isEmpty()) {
            return parameter != null ? parameter : violation.getPropertyPath().toString();
        }
        return field.toString();
    }
}
