package org.duban.platform.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.duban.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a path or query that decodes to control characters (e.g. {@code %00}) with 400 problem+json. */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        java.net.URI uri = request.getUriInfo().getRequestUri();
        if (ControlCharacters.present(decode(uri.getRawPath())) || ControlCharacters.present(decode(uri.getRawQuery()))) {
            return ProblemResponses.response(400, "bad-request",
                    "the address holds control characters / 地址含有控制字符", uri.getRawPath());
        }
        return null;
    }

    private static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw; // a malformed escape is the router's to refuse
        }
    }
}
