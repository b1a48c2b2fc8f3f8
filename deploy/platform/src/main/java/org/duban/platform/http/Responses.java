package org.duban.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers that point at a resource: 201 Created and 202 Accepted with a relative {@code Location} ("/api/tasks/plans/7").
 * JAX-RS's {@code Response.created(URI)} makes the URI absolute with the service's own host and port, which behind
 * the gateway is an address no client can reach; a relative reference (RFC 9110 §10.2.2) resolves against the URL the
 * client called, gateway included.
 */
public final class Responses {
    private Responses() {}

    /** 201 with {@code entity} and {@code Location: path} (path absolute from the root, e.g. "/api/tasks/plans/7"). */
    public static Response created(String path, Object entity) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path).entity(entity).build();
    }

    /** 202 with {@code entity} (the job) and {@code Location: path}, where its status is read. */
    public static Response accepted(String path, Object entity) {
        return Response.accepted(entity).header(HttpHeaders.LOCATION, path).build();
    }
}
