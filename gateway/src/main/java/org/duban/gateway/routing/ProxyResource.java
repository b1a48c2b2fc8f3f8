package org.duban.gateway.routing;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/tasks|progress|indicators/**}: handed to the owning service as it came. */
@Path("/api/{prefix: tasks|progress|indicators}{rest: (/.*)?}")
public class ProxyResource {
    private final Proxy proxy;

    public ProxyResource(Proxy proxy) {
        this.proxy = proxy;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> get(@PathParam("prefix") String prefix, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", prefix, uri, headers, null);
    }

    @HEAD
    @Operation(hidden = true)
    public Uni<Response> head(@PathParam("prefix") String prefix, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("HEAD", prefix, uri, headers, null);
    }

    @DELETE
    @Operation(hidden = true)
    public Uni<Response> delete(@PathParam("prefix") String prefix, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", prefix, uri, headers, null);
    }

    @POST
    @Operation(hidden = true)
    public Uni<Response> post(@PathParam("prefix") String prefix, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", prefix, uri, headers, body);
    }

    @PUT
    @Operation(hidden = true)
    public Uni<Response> put(@PathParam("prefix") String prefix, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", prefix, uri, headers, body);
    }

    @PATCH
    @Operation(hidden = true)
    public Uni<Response> patch(@PathParam("prefix") String prefix, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PATCH", prefix, uri, headers, body);
    }

    private Uni<Response> forward(String method, String prefix, UriInfo uri, HttpHeaders headers, byte[] body) {
        String raw = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        return proxy.forward(method, prefix, query == null ? raw : raw + "?" + query, headers.getRequestHeaders(), body);
    }
}
