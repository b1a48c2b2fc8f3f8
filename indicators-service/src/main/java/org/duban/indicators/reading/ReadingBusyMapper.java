package org.duban.indicators.reading;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** {@link ReadingBusy} as 503 problem+json ("reading-busy") with {@code Retry-After} in seconds. */
public class ReadingBusyMapper {

    @ServerExceptionMapper
    public Response busy(ReadingBusy e, UriInfo uri) {
        Response problem = ProblemResponses.response(503, "reading-busy", e.getMessage(),
                ProblemResponses.instance(uri));
        return Response.fromResponse(problem).header("Retry-After", String.valueOf(ReadingBusy.RETRY_AFTER_SECONDS)).build();
    }
}
