package org.duban.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamFailureTest {
    @Test
    void shouldRetryOnlyIdempotentRequestsThatNeverArrived() {
        assertInstanceOf(UpstreamFailure.Retryable.class, UpstreamFailure.of("GET", new ConnectException("refused")));
        assertInstanceOf(UpstreamFailure.Retryable.class, UpstreamFailure.of("HEAD", new ConnectException("refused")));
        assertFalse(UpstreamFailure.of("POST", new ConnectException("refused")) instanceof UpstreamFailure.Retryable);
        assertFalse(UpstreamFailure.of("PUT", new ConnectException("refused")) instanceof UpstreamFailure.Retryable);
        assertFalse(UpstreamFailure.of("GET", new TimeoutException("timeout")) instanceof UpstreamFailure.Retryable,
                "a timed-out GET may still be running: no second one on top");
    }

    @Test
    void shouldTellTimeoutsApart() {
        assertTrue(UpstreamFailure.of("GET", new TimeoutException("x")).timeout());
        assertTrue(UpstreamFailure.of("POST", new RuntimeException("The timeout period of 2000ms has been exceeded")).timeout());
        assertFalse(UpstreamFailure.of("GET", new ConnectException("refused")).timeout());
    }
}
