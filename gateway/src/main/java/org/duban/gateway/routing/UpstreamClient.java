package org.duban.gateway.routing;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call the gateway makes to a service (the routes, the dashboards, the API documents) goes through this one
 * Vert.x HTTP client, which bounds what a call may cost the gateway:
 * <ul>
 *   <li>an answer is read up to {@code duban.gateway.max-answer-size} (default 16 MiB): a longer one — announced by
 *       its Content-Length or found while reading — is cut off (the upstream connection is reset, nothing more is
 *       read) and fails with {@link AnswerTooLarge}; a proxied call answers 502 problem+json. The gateway runs in
 *       384 MB; one unbounded answer once took all of it;</li>
 *   <li>a service that sends nothing for the timeout fails the call ({@link UpstreamFailure#timeout()});</li>
 *   <li>a call whose caller went away (Quarkus REST cancels the Uni when the client's connection closes) resets its
 *       upstream request, so the service's answer is not read for nobody.</li>
 * </ul>
 */
@ApplicationScoped
public class UpstreamClient {
    private final HttpClient client;
    private final long maxAnswerBytes;

    public UpstreamClient(Vertx vertx,
            @ConfigProperty(name = "duban.gateway.max-answer-size", defaultValue = "16777216") long maxAnswerBytes) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2000)
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setDecompressionSupported(false));
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /** The largest answer read, in bytes. */
    public long maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /**
     * Sends one request and reads its whole answer.
     *
     * @param url absolute, e.g. {@code http://127.0.0.1:8081/api/tasks/5}
     * @param headers sent as given (the caller removes hop-by-hop headers)
     * @param body null or empty for none
     * @param timeout how long the service may send nothing
     * @return the answer; fails with the transport's exception (connection refused, timeout) or {@link AnswerTooLarge}
     */
    public Uni<UpstreamAnswer> send(HttpMethod method, String url, MultiMap headers, byte[] body, Duration timeout) {
        return send(method, url, headers, body, timeout, abort -> {});
    }

    /**
     * As {@link #send(HttpMethod, String, MultiMap, byte[], Duration)}, handing {@code abortHandle} a way to stop the
     * call from outside: a caller whose Uni passes through a fault-tolerance guard (which does not pass a cancellation
     * on) cancels the upstream request with it when its own client leaves.
     */
    public Uni<UpstreamAnswer> send(HttpMethod method, String url, MultiMap headers, byte[] body, Duration timeout,
            Consumer<Runnable> abortHandle) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
            AtomicBoolean readWhole = new AtomicBoolean();
            AtomicBoolean aborted = new AtomicBoolean();
            Runnable abort = () -> {
                aborted.set(true);
                HttpClientRequest request = sent.get();
                if (request != null && !readWhole.get()) {
                    // the caller left, the answer was cut off or failed: the connection goes, nothing more is read
                    request.reset(0, new CancellationException("the gateway stopped reading this answer"));
                }
            };
            abortHandle.accept(abort);
            emitter.onTermination(abort);
            client.request(new RequestOptions().setMethod(method).setAbsoluteURI(url).setIdleTimeout(timeout.toMillis()))
                    .compose(request -> {
                        sent.set(request);
                        if (aborted.get()) {
                            abort.run();
                        }
                        request.headers().addAll(headers);
                        return body == null || body.length == 0 ? request.send() : request.send(Buffer.buffer(body));
                    })
                    .onSuccess(response -> read(response, answer -> {
                        readWhole.set(true);
                        emitter.complete(answer);
                    }, emitter::fail))
                    .onFailure(emitter::fail);
        });
    }

    private void read(HttpClientResponse response, Consumer<UpstreamAnswer> done,
            Consumer<Throwable> failed) {
        String announced = response.getHeader("Content-Length");
        if (announced != null && announced.chars().allMatch(Character::isDigit) && announced.length() < 19
                && Long.parseLong(announced) > maxAnswerBytes) {
            failed.accept(new AnswerTooLarge(maxAnswerBytes));
            return;
        }
        Buffer whole = Buffer.buffer();
        boolean[] over = {false};
        response.handler(chunk -> {
            if (over[0]) {
                return;
            }
            if ((long) whole.length() + chunk.length() > maxAnswerBytes) {
                over[0] = true;
                failed.accept(new AnswerTooLarge(maxAnswerBytes));
                return;
            }
            whole.appendBuffer(chunk);
        });
        response.exceptionHandler(failure -> {
            if (!over[0]) {
                failed.accept(failure);
            }
        });
        response.endHandler(ignored -> {
            if (!over[0]) {
                done.accept(new UpstreamAnswer(response.statusCode(), response.headers(), whole));
            }
        });
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A service's answer longer than the gateway reads; the call was cut off. */
    public static final class AnswerTooLarge extends RuntimeException {
        public AnswerTooLarge(long maxBytes) {
            super("the service's answer is longer than the " + maxBytes + " bytes the gateway passes on");
        }
    }
}
