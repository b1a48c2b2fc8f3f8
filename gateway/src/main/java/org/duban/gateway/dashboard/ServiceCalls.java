package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.duban.gateway.routing.Routes;
import org.duban.gateway.routing.ServiceGuards;
import org.duban.gateway.routing.UpstreamFailure;

/**
 * GETs for the dashboards, made with the caller's own token (the services decide what the caller may
 * see), through the same circuit breakers as the routes. A failure becomes an unavailable answer, never
 * an exception.
 */
@ApplicationScoped
public class ServiceCalls {
    private final WebClient client;
    private final Routes routes;
    private final ServiceGuards guards;
    private final ObjectMapper json;

    public ServiceCalls(Vertx vertx, Routes routes, ServiceGuards guards, ObjectMapper json) {
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000).setKeepAlive(true).setMaxPoolSize(32));
        this.routes = routes;
        this.guards = guards;
        this.json = json;
    }

    /**
     * @param prefix tasks, progress or indicators
     * @param pathAndQuery e.g. {@code /api/progress/obligations?unitId=3}, already encoded
     */
    public Uni<ServiceAnswer> get(String prefix, String pathAndQuery, String authorization, String requestId) {
        String service = prefix + "-service";
        HttpRequest<Buffer> request = client.getAbs(routes.baseUrl(prefix) + pathAndQuery).timeout(routes.timeout().toMillis())
                .putHeader("Accept", "application/json");
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        if (requestId != null) {
            request.putHeader("X-Request-Id", requestId);
        }
        return guards.call(prefix, () -> request.send().onFailure().transform(failure -> UpstreamFailure.of("GET", failure)))
                .map(response -> new ServiceAnswer(service, response.statusCode(), parse(response.bodyAsString())))
                .onFailure().recoverWithItem(failure -> ServiceAnswer.unavailable(service));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
