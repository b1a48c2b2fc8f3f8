package org.duban.gateway.routing;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * A call to a service that produced no answer. {@link Retryable} marks the ones worth a second try:
 * the connection was refused, so an idempotent request never reached the service.
 */
public class UpstreamFailure extends RuntimeException {
    private final boolean timeout;

    public UpstreamFailure(Throwable cause, boolean timeout) {
        super(cause.toString(), cause);
        this.timeout = timeout;
    }

    public boolean timeout() {
        return timeout;
    }

    /** A connection failure of a GET or HEAD: the guard may try again. */
    public static final class Retryable extends UpstreamFailure {
        public Retryable(Throwable cause) {
            super(cause, false);
        }
    }

    /** Classifies a transport failure of {@code method}; retries only idempotent requests that never arrived. */
    public static UpstreamFailure of(String method, Throwable failure) {
        boolean timeout = isTimeout(failure);
        boolean idempotent = "GET".equals(method) || "HEAD".equals(method);
        if (idempotent && !timeout && failure instanceof ConnectException) {
            return new Retryable(failure);
        }
        return new UpstreamFailure(failure, timeout);
    }

    static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException
                || failure instanceof io.netty.handler.timeout.TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout");
    }
}
