package org.duban.platform.concurrency;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Entity tags for every answer whose body is a {@link Versioned} view: {@code ETag: "<lock version>"}. A GET
 * whose {@code If-None-Match} names the current tag answers 304 without a body. {@code If-Match} on writes is
 * checked by {@link Versions#check} where the row is loaded.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    /** The strong tag of a version: {@code "7"}. */
    public static String tag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Whether an {@code If-Match}/{@code If-None-Match} value (a comma-separated list of tags, weak or strong, or
     * {@code *}) names this version.
     */
    public static boolean matches(String header, long version) {
        String wanted = tag(version);
        for (String candidate : header.split(",")) {
            String t = candidate.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Versioned versioned) || response.getStatus() < 200 || response.getStatus() > 299) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag(versioned.lockVersion()));
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (HttpMethod.GET.equals(request.getMethod()) && ifNoneMatch != null && matches(ifNoneMatch, versioned.lockVersion())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }
}
