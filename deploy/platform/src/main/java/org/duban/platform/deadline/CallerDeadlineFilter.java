package org.duban.platform.deadline;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@link CallerDeadline#HEADER} when a request arrives. Like any hint, a value that is not a whole number of
 * milliseconds (0 … 86,400,000) is ignored, as is its absence: the request then has no deadline.
 */
public class CallerDeadlineFilter {
    private static final long MAX_MILLIS = 86_400_000L;

    private final CallerDeadline deadline;

    public CallerDeadlineFilter(CallerDeadline deadline) {
        this.deadline = deadline;
    }

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        String value = request.getHeaderString(CallerDeadline.HEADER);
        if (value == null) {
            return;
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis >= 0 && millis <= MAX_MILLIS) {
                deadline.start(millis);
            }
        } catch (NumberFormatException e) {
            // not a number: no deadline
        }
    }
}
