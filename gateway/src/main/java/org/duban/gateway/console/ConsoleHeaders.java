package org.duban.gateway.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web console ({@code /} and {@code /console/*}, static files under {@code META-INF/resources}) is served with a
 * Content Security Policy that allows only its own scripts, styles and API calls (no inline script, no other origin,
 * no framing), with {@code nosniff}, no referrer and {@code no-cache} so a new version is picked up at once. The
 * console keeps its bearer token in memory, so there is no cookie for a cross-site request to ride on.
 */
@ApplicationScoped
public class ConsoleHeaders {
    /** The console's policy: its own origin only, nothing inline, never framed. */
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-20).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.equals("/") || path.equals("/index.html") || path.startsWith("/console/")) {
            rc.response().putHeader("Content-Security-Policy", POLICY)
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Referrer-Policy", "no-referrer")
                    .putHeader("X-Frame-Options", "DENY")
                    .putHeader("Cache-Control", "no-cache");
        }
        rc.next();
    }
}
