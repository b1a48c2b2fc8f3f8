package org.duban.platform.concurrency;

import java.util.List;
import org.duban.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Optimistic locking at the API (RFC 9110 §13.1.1 and RFC 6585 §3): a write names the version it read, in an
 * {@code If-Match} header (the {@code ETag} of the read) or in the body's version field. Called where the service
 * loads the row it is about to change, once.
 * <ul>
 * <li>{@code If-Match} that names none of the row's tags ({@code "3"}, {@code W/"3"} or {@code *}) → 412;</li>
 * <li>a body version other than the row's → 409;</li>
 * <li>neither sent → 428, so that no client overwrites a change it never saw.</li>
 * </ul>
 */
public final class Versions {
    private Versions() {}

    /**
     * @param actual the loaded row's version
     * @param expected the version named in the request body, or null when the body names none
     * @param what the row, for the message ("task 12")
     * @throws ProblemException 412, 409 or 428 as above
     */
    public static void check(long actual, Number expected, String what) {
        String ifMatch = ifMatch();
        if (ifMatch != null && !EntityTags.matches(ifMatch, actual)) {
            throw new ProblemException(412, "precondition-failed", what + " is at version " + actual + ", not the one in If-Match ("
                    + ifMatch + "); reload it and try again / 数据已被他人修改,请刷新后重试", List.of());
        }
        if (expected != null && expected.longValue() != actual) {
            throw ProblemException.conflict(what + " was changed by someone else (version " + actual + ", yours "
                    + expected + "); reload and try again / 数据已被他人修改,请刷新后重试");
        }
        if (expected == null && ifMatch == null) {
            throw new ProblemException(428, "precondition-required", "say which version of " + what
                    + " you are changing: send If-Match with its ETag, or the version you read / 请提供所修改数据的版本号", List.of());
        }
    }

    /** The current HTTP request's If-Match header, or null outside a request or when it has none. */
    private static String ifMatch() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return null;
        }
        String value = request.getHttpHeaders().getHeaderString("If-Match");
        return value == null || value.isBlank() ? null : value.trim();
    }
}
