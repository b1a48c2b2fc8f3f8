package org.duban.gateway.routing;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duban.platform.problem.ProblemResponses;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Forwards a request to the service that owns its path and hands the answer back unchanged. The
 * caller's token goes along (services verify it again); a request id ties the hops together. A
 * service that does not answer gives 503 or 504 problem+json within the timeout, never a hang.
 */
@ApplicationScoped
public class Proxy {
    private static final Logger LOG = Logger.getLogger(Proxy.class);
    public static final String REQUEST_ID = "X-Request-Id";
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            // the gateway exchanged the key for a short-lived token already; the secret goes no further
            "x-api-key",
            // the gateway compresses for the client (quarkus.http.enable-compression); the loopback hop stays plain
            "accept-encoding",
            // the gateway sends its own security headers on every answer (platform configuration): once, not twice
            "x-frame-options", "x-content-type-options", "referrer-policy", "content-security-policy");

    private final WebClient client;
    private final Routes routes;
    private final ServiceGuards guards;

    public Proxy(Vertx vertx, Routes routes, ServiceGuards guards) {
        this.routes = routes;
        this.guards = guards;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout(2000)
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setDecompressionSupported(false)
                .setFollowRedirects(false));
    }

    /**
     * @param prefix tasks, progress or indicators
     * @param pathAndQuery the request's path and query, unchanged
     */
    public Uni<Response> forward(String method, String prefix, String pathAndQuery, Map<String, List<String>> headers,
            byte[] body) {
        String url = routes.baseUrl(prefix) + pathAndQuery;
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(method), url).timeout(routes.timeout().toMillis());
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.headers().add(name, value));
            }
        });
        String requestId = request.headers().contains(REQUEST_ID) ? request.headers().get(REQUEST_ID) : UUID.randomUUID().toString();
        request.headers().set(REQUEST_ID, requestId);
        return guards.call(prefix, () -> send(request, method, body))
                .map(response -> toResponse(response, requestId))
                .onFailure().recoverWithItem(failure -> unavailable(prefix, pathAndQuery, requestId, failure));
    }

    private static Uni<HttpResponse<Buffer>> send(HttpRequest<Buffer> request, String method, byte[] body) {
        Uni<HttpResponse<Buffer>> sent = body == null || body.length == 0 ? request.send() : request.sendBuffer(Buffer.buffer(body));
        return sent.onFailure().transform(failure -> UpstreamFailure.of(method, failure));
    }

    private static Response toResponse(HttpResponse<Buffer> upstream, String requestId) {
        Response.ResponseBuilder builder = Response.status(upstream.statusCode());
        upstream.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                builder.header(header.getKey(), header.getValue());
            }
        });
        builder.header(REQUEST_ID, requestId);
        Buffer body = upstream.body();
        if (body != null && body.length() > 0) {
            builder.entity(body.getBytes());
        }
        return builder.build();
    }

    private static Response unavailable(String prefix, String path, String requestId, Throwable failure) {
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
