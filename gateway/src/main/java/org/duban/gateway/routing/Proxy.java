package org.duban.gateway.routing;

import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.duban.platform.deadline.CallerDeadline;
import org.duban.platform.problem.ProblemResponses;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Forwards a request to the service that owns its path and hands the answer back unchanged. The
 * caller's token goes along (services verify it again); a request id ties the hops together; the time the gateway
 * still waits goes as {@link CallerDeadline#HEADER}, so that a service rolls back what it would finish too late. A
 * service that does not answer gives 503 or 504 problem+json within the timeout, never a hang; an answer longer
 * than the gateway passes on ({@link UpstreamClient}) gives 502 problem+json.
 */
@ApplicationScoped
public class Proxy {
    private static final Logger LOG = Logger.getLogger(Proxy.class);
    public static final String REQUEST_ID = "X-Request-Id";
    /** Time left for the answer's way back from the service through the gateway, in milliseconds. */
    static final long DEADLINE_MARGIN_MILLIS = 500;
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            // the gateway exchanged the key for a short-lived token already; the secret goes no further
            "x-api-key",
            // the gateway compresses for the client (quarkus.http.enable-compression); the loopback hop stays plain
            "accept-encoding",
            // the gateway sends its own security headers on every answer (platform configuration): once, not twice
            "x-frame-options", "x-content-type-options", "referrer-policy", "content-security-policy");

    private final UpstreamClient client;
    private final Routes routes;
    private final ServiceGuards guards;

    public Proxy(UpstreamClient client, Routes routes, ServiceGuards guards) {
        this.client = client;
        this.routes = routes;
        this.guards = guards;
    }

    /**
     * @param prefix tasks, progress or indicators
     * @param pathAndQuery the request's path and query, unchanged
     */
    public Uni<Response> forward(String method, String prefix, String pathAndQuery, Map<String, List<String>> headers,
            byte[] body) {
        String url = routes.baseUrl(prefix) + pathAndQuery;
        MultiMap forwarded = MultiMap.caseInsensitiveMultiMap();
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                forwarded.add(name, values);
            }
        });
        String requestId = forwarded.contains(REQUEST_ID) ? forwarded.get(REQUEST_ID) : UUID.randomUUID().toString();
        forwarded.set(REQUEST_ID, requestId);
        long budget = budgetMillis(forwarded.get(CallerDeadline.HEADER));
        forwarded.set(CallerDeadline.HEADER, String.valueOf(budget));
        Duration wait = waitFor(budget);
        // the guard does not pass a cancellation on: the client's leaving reaches the upstream call through this handle
        AtomicReference<Runnable> abort = new AtomicReference<>(() -> {});
        return guards.call(prefix, () -> client.send(HttpMethod.valueOf(method), url, forwarded, body, wait, abort::set)
                        .onFailure(failure -> !(failure instanceof UpstreamClient.AnswerTooLarge))
                        .transform(failure -> UpstreamFailure.of(method, failure)))
                .onCancellation().invoke(() -> abort.get().run())
                .map(response -> toResponse(response, requestId))
                .onFailure().recoverWithItem(failure -> unavailable(prefix, pathAndQuery, requestId, failure));
    }

    /**
     * How long the service may take before its changes are rolled back ({@link CallerDeadline}): the gateway's timeout
     * less {@value #DEADLINE_MARGIN_MILLIS} ms for the answer's way back, or less when the client asked for less.
     */
    long budgetMillis(String clientsOwn) {
        long ours = Math.max(0, routes.timeout().toMillis() - DEADLINE_MARGIN_MILLIS);
        return Math.min(ours, CallerDeadline.parse(clientsOwn).orElse(ours));
    }

    /**
     * How long the gateway waits for the service: its timeout, or the client's shorter wait and the answer's way back
     * ({@value #DEADLINE_MARGIN_MILLIS} ms) — a client that asked for 2 s gets its 504 then, not after the gateway's 10 s
     * (the service rolls back what it would store after the budget it was sent).
     */
    Duration waitFor(long budgetMillis) {
        return Duration.ofMillis(Math.min(routes.timeout().toMillis(), budgetMillis + DEADLINE_MARGIN_MILLIS));
    }

    private static Response toResponse(UpstreamAnswer upstream, String requestId) {
        Response.ResponseBuilder builder = Response.status(upstream.status());
        upstream.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                builder.header(header.getKey(), header.getValue());
            }
        });
        builder.header(REQUEST_ID, requestId);
        if (upstream.body().length() > 0) {
            builder.entity(upstream.body().getBytes());
        }
        return builder.build();
    }

    private static Response unavailable(String prefix, String path, String requestId, Throwable failure) {
        if (failure instanceof UpstreamClient.AnswerTooLarge tooLarge) {
            LOG.warnf("request %s to the %s service: %s", requestId, prefix, tooLarge.getMessage());
            return Response.fromResponse(ProblemResponses.response(502, "upstream-answer-too-large",
                    tooLarge.getMessage() + "; ask for less (a smaller page, a shorter text) / 服务返回的内容过大,网关未转发,请缩小范围(分页或缩短文本)后重试",
                    path.split("\\?", 2)[0])).header(REQUEST_ID, requestId).build();
        }
        boolean open = failure instanceof CircuitBreakerOpenException;
        boolean timeout = failure instanceof UpstreamFailure upstream ? upstream.timeout() : UpstreamFailure.isTimeout(failure);
        int status = timeout && !open ? 504 : 503;
        LOG.warnf("request %s to the %s service failed: %s", requestId, prefix, failure.toString());
        String detail = open
                ? "the " + prefix + " service failed repeatedly; the gateway is not sending to it for a moment (circuit open) / 服务连续失败,暂停转发,请稍后重试"
                : "the " + prefix + " service " + (timeout ? "did not answer in time" : "is not available") + "; try again later / "
                        + (timeout ? "服务响应超时" : "服务暂不可用") + ",请稍后重试";
        Response response = ProblemResponses.response(status,
                open ? "circuit-open" : timeout ? "upstream-timeout" : "upstream-unavailable", detail, path.split("\\?", 2)[0]);
        Response.ResponseBuilder builder = Response.fromResponse(response).header(REQUEST_ID, requestId);
        if (status == 503) {
            builder.header("Retry-After", "5");
        }
        return builder.build();
    }
}
