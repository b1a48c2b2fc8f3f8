package org.duban.platform.problem;

import java.util.List;

/**
 * A failure the caller can act on, answered as problem+json with its status. Services throw it
 * through the factory methods rather than building responses themselves.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String slug, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", what + " " + id + " does not exist", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", detail, List.of());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "invalid " + field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", detail, List.of());
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "too-large", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
