package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.duban.gateway.routing.Routes;
import org.duban.gateway.routing.ServiceGuards;
import org.duban.gateway.routing.UpstreamClient;
import org.duban.gateway.routing.UpstreamFailure;

/**
 * GETs for the dashboards, made with the caller's own token (the services decide what the caller may
 * see), through the same circuit breakers as the routes. A failure becomes an unavailable answer, never
 * an exception.
 */
@ApplicationScoped
public class ServiceCalls {
    private final UpstreamClient client;
    private final Routes routes;
    private final ServiceGuards guards;
    private final ObjectMapper json;

    public ServiceCalls(UpstreamClient client, Routes routes, ServiceGuards guards, ObjectMapper json) {
        this.client = client;
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
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        if (authorization != null) {
            headers.add("Authorization", authorization);
        }
        if (requestId != null) {
            headers.add("X-Request-Id", requestId);
        }
        return guards.call(prefix, () -> client.send(HttpMethod.GET, routes.baseUrl(prefix) + pathAndQuery, headers, null, routes.timeout())
                        .onFailure().transform(failure -> UpstreamFailure.of("GET", failure)))
                .map(response -> new ServiceAnswer(service, response.status(), parse(response.bodyAsString())))
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
