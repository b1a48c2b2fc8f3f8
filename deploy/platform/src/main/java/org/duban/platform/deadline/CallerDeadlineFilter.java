package org.duban.platform.deadline;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@link CallerDeadline#HEADER} when a request arrives. Like any hint, a value that is not a whole number of
 * milliseconds (0 … 86,400,000) is ignored, as is its absence: the request then has no deadline. Off where
 * {@code duban.caller-deadline.enabled} is false — the gateway, whose own writes (the audit trail after an answer) are
 * no client's to cut short.
 */
public class CallerDeadlineFilter {
    private final boolean enabled;

    public CallerDeadlineFilter(@ConfigProperty(name = "duban.caller-deadline.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        if (enabled) {
            CallerDeadline.parse(request.getHeaderString(CallerDeadline.HEADER)).ifPresent(CallerDeadline::start);
        }
    }
}
