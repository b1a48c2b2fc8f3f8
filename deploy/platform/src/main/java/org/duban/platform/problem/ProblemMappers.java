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
import org.duban.platform.deadline.CallerDeadline;
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
        return ProblemResponses.response(ProblemResponses.problem(e.status(), e.slug(), e.getMessage(), ProblemResponses.instance(uri), null,
                e.violations()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return serverError(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return ProblemResponses.response(ProblemResponses.problem(400, "validation", detail, ProblemResponses.instance(uri), null, violations));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.response(JsonProblems.problem(e, ProblemResponses.instance(uri)));
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
            return serverError(e, uri);
        }
        return ProblemResponses.response(409, "conflict",
                "the same data was just written by someone else, or is still referenced; reload and retry / "
                        + "数据刚被他人修改或仍被引用,请刷新后重试 (" + e.getConstraintName() + ")", ProblemResponses.instance(uri));
    }

    /**
     * A value larger than its column holds (SQLState 22003, numeric_value_out_of_range: "地区生产总值达到999999999999亿元" in
     * a target text, break-it trial of 2026-12-05, answered 500) or a text longer than its column (22001): the client's
     * input, 422 problem+json; nothing is stored (the transaction rolls back).
     */
    @ServerExceptionMapper
    public Response data(org.hibernate.exception.DataException e, UriInfo uri) {
        String state = e.getSQLState();
        if (!"22003".equals(state) && !"22001".equals(state)) {
            return serverError(e, uri);
        }
        return ProblemResponses.response(422, "value-out-of-range", "a value is larger, or a text longer, than this field holds;"
                + " nothing was stored / 数值或文本超出允许范围,未保存", ProblemResponses.instance(uri));
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
    public Response web(WebApplicationException e, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        if (status >= 500) {
            return serverError(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String detail = e.getMessage() != null ? e.getMessage() : "request failed with status " + status;
        if (status == 415) {
            // the framework's words ("did not match the value in @Consumes") name its annotations, not the client's request
            String type = headers == null || headers.getMediaType() == null ? "(none)" : headers.getMediaType().toString();
            detail = "this endpoint does not take Content-Type " + type + "; the OpenAPI document lists what it takes"
                    + " / 该接口不接受此内容类型";
        } else if (status == 400 && detail.startsWith("HTTP 400")) {
            detail = "a parameter could not be read (a number, a date or true/false expected) / 参数格式错误";
        }
        return ProblemResponses.response(status, "http-" + status, detail, ProblemResponses.instance(uri));
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.response(401, "unauthorized", "a valid bearer token is required / 需要有效的登录凭证", ProblemResponses.instance(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.response(401, "unauthorized", "the token is invalid or expired / 登录凭证无效或已过期", ProblemResponses.instance(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return ProblemResponses.response(403, "forbidden", "your role may not do this / 您的角色无权执行此操作", ProblemResponses.instance(uri));
    }

    /**
     * Anything else. A known failure may arrive wrapped: a constraint or a stale version seen only when the transaction
     * commits at the end of a {@code @Transactional} method comes as {@code ArcUndeclaredThrowableException} →
     * {@code RollbackException} → the Hibernate exception; the first known one among its causes is answered as if thrown
     * directly.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable known = knownCause(e);
        if (known instanceof org.hibernate.exception.ConstraintViolationException c) {
            return constraint(c, uri);
        }
        if (known instanceof OptimisticLockException || known instanceof StaleStateException) {
            return staleVersion(uri);
        }
        if (known instanceof org.hibernate.exception.DataException d) {
            return data(d, uri);
        }
        if (known instanceof ProblemException p) {
            return problem(p, uri);
        }
        if (known instanceof ConstraintViolationException v) {
            return validation(v, uri);
        }
        if (known instanceof JsonProcessingException j) {
            return json(j, uri);
        }
        if (clientGone(e)) {
            // the client closed the connection while its body was read (a load generator stopping, a browser tab shut):
            // no server fault, and nobody left to answer — not logged as an error
            LOG.debugf("client closed the connection on %s before its request was read", ProblemResponses.instance(uri));
            return ProblemResponses.response(ProblemResponses.problem(400, "bad-request",
                    "the connection closed before the request body was read / 请求未传完连接已关闭", ProblemResponses.instance(uri), null, List.of()));
        }
        if (callerDeadlineMissed()) {
            // DeadlineGuard rolled the transaction back at its commit: the caller (the gateway) had stopped waiting
            LOG.infof("rolled back %s: the caller's deadline had passed before the commit", ProblemResponses.instance(uri));
            return Response.fromResponse(ProblemResponses.response(ProblemResponses.problem(503, "deadline-passed",
                    CallerDeadline.PASSED, ProblemResponses.instance(uri), null, List.of()))).header("Retry-After", "1").build();
        }
        if (malformedMultipart(e)) {
            return ProblemResponses.response(ProblemResponses.problem(400, "bad-request",
                    "the multipart/form-data body is malformed (boundary or part headers); send the file as a form upload"
                            + " / 表单上传格式错误", ProblemResponses.instance(uri), null, List.of()));
        }
        return serverError(e, uri);
    }

    /** Whether this request's transaction was rolled back because its caller's deadline had passed. */
    private static boolean callerDeadlineMissed() {
        return CallerDeadline.missed();
    }

    /** Reading the body failed because the client closed the connection (Vert.x {@code HttpClosedException}). */
    private static boolean clientGone(Throwable e) {
        return causedBy(e, t -> t instanceof io.vertx.core.http.HttpClosedException);
    }

    /** Quarkus REST reports a multipart body it cannot parse as an IOException naming multipart: the client's fault. */
    private static boolean malformedMultipart(Throwable e) {
        return causedBy(e, t -> t instanceof java.io.IOException && t.getMessage() != null && t.getMessage().contains("multipart"));
    }

    /** Whether {@code e} or one of its causes is such an exception. */
    private static boolean causedBy(Throwable e, java.util.function.Predicate<Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first cause (or suppressed exception) of {@code e}, not {@code e} itself, that has a mapper of its own. */
    private static Throwable knownCause(Throwable e) {
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 50) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t != e && (t instanceof org.hibernate.exception.ConstraintViolationException || t instanceof org.hibernate.exception.DataException
                    || t instanceof OptimisticLockException
                    || t instanceof StaleStateException || t instanceof ProblemException || t instanceof ConstraintViolationException
                    || t instanceof JsonProcessingException)) {
                return t;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return null;
    }

    private static Response serverError(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, ProblemResponses.instance(uri));
        return ProblemResponses.response(ProblemResponses.problem(500, "unexpected",
                "an unexpected error occurred; quote error id " + errorId + " to the operators", ProblemResponses.instance(uri), errorId,
                List.of()));
    }

    private static Response staleVersion(UriInfo uri) {
        return ProblemResponses.response(409, "stale-version",
                "the resource was changed by someone else; reload it and apply your change again", ProblemResponses.instance(uri));
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
