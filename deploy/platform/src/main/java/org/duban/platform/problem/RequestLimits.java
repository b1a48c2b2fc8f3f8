package org.duban.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limits of a request, answered as problem+json before anything reads it: an address longer than
 * {@code duban.http.max-uri-length} (414), headers larger than {@code duban.http.max-header-bytes} (431), a
 * declared body larger than {@code duban.http.max-request-bytes} (413). The transport's own limits
 * ({@code quarkus.http.limits.*}) sit higher, so that these answers, not the HTTP codec's bare status line, are
 * what a client sees; only a request beyond those (64 KB of address or headers, or a chunked body over the body
 * limit) still gets the codec's empty 414/431/413.
 */
@ApplicationScoped
public class RequestLimits {
    /** After Quarkus' CORS filter (-300), so that refusals carry CORS headers; before everything else. */
    static final int ORDER = -200;

    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;
    private final ObjectMapper json;

    public RequestLimits(@ConfigProperty(name = "duban.http.max-uri-length", defaultValue = "4096") int maxUriLength,
            @ConfigProperty(name = "duban.http.max-header-bytes", defaultValue = "20480") int maxHeaderBytes,
            @ConfigProperty(name = "duban.http.max-request-bytes", defaultValue = "10485760") long maxBodyBytes,
            ObjectMapper json) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUriLength) {
            refuse(rc, 414, "uri-too-long", "the address is longer than " + maxUriLength + " characters; send long filters in a body / "
                    + "地址超过" + maxUriLength + "个字符");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4; // name: value CRLF
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(rc, 431, "headers-too-large", "the request headers are larger than " + maxHeaderBytes / 1024 + " KB / 请求头超过"
                    + maxHeaderBytes / 1024 + "KB");
            return;
        }
        if (declaredLength(request) > maxBodyBytes) {
            long mb = maxBodyBytes / (1024 * 1024);
            refuse(rc, 413, "too-large", "the request body is larger than " + mb + " MB / 上传内容超过" + mb + "MB");
            return;
        }
        rc.next();
    }

    /** -1 without a Content-Length; the HTTP codec has already refused one that is not a number (a bare 400). */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void refuse(RoutingContext rc, int status, String slug, String detail) {
        String path = rc.request().path();
        String instance = path == null ? null : path.length() > 200 ? path.substring(0, 200) + "…" : path;
        String body;
        try {
            body = json.writeValueAsString(ProblemResponses.problem(status, slug, detail, instance, null, List.of()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        // the body (if any) is not read: the connection cannot carry another request after it
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
