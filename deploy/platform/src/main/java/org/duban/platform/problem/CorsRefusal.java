package org.duban.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus' CORS filter refuses a foreign origin, or a browser request with a method not allowed, with a bare 403 and
 * no body. Where CORS is on ({@code quarkus.http.cors.enabled}), this route runs just before it, applies the
 * same configuration ({@code quarkus.http.cors.origins}: exact origins, {@code /regex/} or {@code *}; same-origin
 * requests always pass; {@code quarkus.http.cors.methods} for the actual request, not the preflight) and answers
 * those refusals as 403 problem+json.
 * Whatever it lets through, Quarkus' filter still decides, so it can only add a body, never admit an origin.
 */
@ApplicationScoped
public class CorsRefusal {
    /** Quarkus' CORS filter is at -300. */
    static final int ORDER = -310;

    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final List<String> methods;
    private final ObjectMapper json;

    public CorsRefusal(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods, ObjectMapper json) {
        this.enabled = enabled;
        this.origins = origins.orElse(List.of()).stream().map(String::trim).toList();
        this.originPatterns = this.origins.stream().filter(o -> o.length() > 2 && o.startsWith("/") && o.endsWith("/"))
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
        this.methods = methods.orElse(List.of()).stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).toList();
        this.json = json;
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        if (!allowed(origin) && !sameOrigin(request, origin)) {
            refuse(rc, "the origin " + origin + " may not call this service from a browser / 不允许该来源的跨域请求");
            return;
        }
        boolean preflight = request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!preflight && !methods.isEmpty() && !methods.contains("*") && !methods.contains(request.method().name())) {
            refuse(rc, "the method " + request.method().name() + " may not be called from a browser; allowed: "
                    + String.join(", ", methods) + " / 浏览器跨域请求不允许该方法");
            return;
        }
        rc.next();
    }

    private boolean allowed(String origin) {
        return origins.contains("*") || origins.contains(origin) || originPatterns.stream().anyMatch(p -> p.matcher(origin).matches());
    }

    /** The page was served by this very host: scheme, host and port of the Origin equal the request's. */
    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null) {
            return true; // nothing to compare with: leave it to Quarkus
        }
        try {
            URI from = URI.create(origin);
            URI to = URI.create(request.scheme() + "://" + host);
            return from.getScheme() != null && from.getHost() != null && from.getScheme().equalsIgnoreCase(to.getScheme())
                    && from.getHost().equalsIgnoreCase(to.getHost()) && port(from) == port(to);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private void refuse(RoutingContext rc, String detail) {
        String body;
        try {
            body = json.writeValueAsString(ProblemResponses.problem(403, "cors-refused", detail, rc.request().path(), null, List.of()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":403}";
        }
        rc.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
