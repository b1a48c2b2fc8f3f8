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
import java.util.concurrent.TimeoutException;
import org.duban.platform.problem.ProblemResponses;
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
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final WebClient client;
    private final Routes routes;

    public Proxy(Vertx vertx, Routes routes) {
        this.routes = routes;
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
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.headers().add(name, value));
            }
        });
        String requestId = request.headers().contains(REQUEST_ID) ? request.headers().get(REQUEST_ID) : UUID.randomUUID().toString();
        request.headers().set(REQUEST_ID, requestId);
        Uni<HttpResponse<Buffer>> sent = body == null || body.length == 0 ? request.send() : request.sendBuffer(Buffer.buffer(body));
        return sent.map(response -> toResponse(response, requestId))
                .onFailure().recoverWithItem(failure -> unavailable(prefix, pathAndQuery, requestId, failure));
    }

    private static Response toResponse(HttpResponse<Buffer> upstream, String requestId) {
        Response.ResponseBuilder builder = Response.status(upstream.statusCode());
        upstream.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
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
        boolean timeout = failure instanceof TimeoutException
                || failure instanceof io.netty.handler.timeout.TimeoutException
                || String.valueOf(failure.getMessage()).contains("timeout");
        int status = timeout ? 504 : 503;
        LOG.warnf("request %s to the %s service failed: %s", requestId, prefix, failure.toString());
        Response response = ProblemResponses.response(status, timeout ? "upstream-timeout" : "upstream-unavailable",
                "the " + prefix + " service " + (timeout ? "did not answer in time" : "is not available") + "; try again later / "
                        + (timeout ? "服务响应超时" : "服务暂不可用") + ",请稍后重试",
                path.split("\\?", 2)[0]);
        return Response.fromResponse(response).header(REQUEST_ID, requestId).build();
    }
}
