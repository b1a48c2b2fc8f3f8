package org.duban.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * A service's whole answer as the gateway received it.
 *
 * @param status the HTTP status
 * @param headers the answer's headers, as sent
 * @param body the body, at most {@link UpstreamClient}'s cap in bytes; empty (never null) when there was none
 */
public record UpstreamAnswer(int status, MultiMap headers, Buffer body) {
    /** The body read as UTF-8 ({@code ""} for none). */
    public String bodyAsString() {
        return body.toString(StandardCharsets.UTF_8);
    }
}
