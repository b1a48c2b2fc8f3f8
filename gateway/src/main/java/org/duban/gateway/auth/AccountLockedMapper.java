package org.duban.gateway.auth;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A locked account answers 429 problem+json with the seconds to wait in {@code Retry-After}, wherever the lock is met:
 * at login and at a password change ({@link LoginService}).
 */
public class AccountLockedMapper {
    @ServerExceptionMapper
    public Response locked(LoginService.AccountLocked e, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.response(429, e.slug(), e.getMessage(), ProblemResponses.instance(uri)))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }
}
