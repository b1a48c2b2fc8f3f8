package org.duban.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body larger than {@code duban.http.max-request-bytes} (10 MB by default) with a
 * 413 problem+json before it is read; the transport limit sits higher so that this answer, not a
 * bare connection reset, is what a client sees.
 */
public class RequestSizeFilter {
    private final long maxBytes;

    public RequestSizeFilter(@ConfigProperty(name = "duban.http.max-request-bytes", defaultValue = "10485760") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response checkSize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxBytes) {
                return null;
            }
        } catch (NumberFormatException e) {
            return ProblemResponses.response(400, "bad-request", "Content-Length is not a number", null);
        }
        return ProblemResponses.response(413, "too-large",
                "the request body is larger than " + maxBytes / (1024 * 1024) + " MB / 上传内容超过" + maxBytes / (1024 * 1024) + "MB",
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
    }
}
