package org.duban.platform.problem;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Objects leave as JSON. Where the {@code Accept} header admits no JSON at all, Quarkus REST used to write the object
 * with {@code toString()} in the type asked for ({@code Accept: application/xml} answered 200
 * {@code Page[pager=Pager[...]]}). Now a resource method without {@code @Produces} that returns an object answers such
 * a caller 406 problem+json before it runs; one that builds its own {@code Response} (a download chooses its type, a
 * create answers 201 with an object) runs, and an object in its answer is written as JSON whatever was asked. A
 * browser's {@code Accept} (any type at q=0.8) gets JSON as before; {@code @Produces} resources keep Quarkus' own 406.
 */
public class ContentNegotiation {

    @ServerRequestFilter
    public Response acceptable(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.getReturnType() == void.class || declaresProduces(method, resource.getResourceClass())
                || decidesOwnType(method)) {
            return null;
        }
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (!"0".equals(accepted.getParameters().get("q")) && accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
        }
        return ProblemResponses.response(406, "not-acceptable", "this resource answers application/json only; accept it / "
                + "此接口仅提供 application/json 格式", ProblemResponses.instance(request.getUriInfo()));
    }

    @ServerResponseFilter
    public void answerObjectsAsJson(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        // no type yet: a Response without one, negotiated from Accept after the filters
        if (entity == null || (type != null && isJson(type)) || !isJsonShaped(entity)) {
            return;
        }
        response.setEntity(entity, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    /** Records, collections, maps, trees and our own classes: what only JSON carries, never text, bytes or streams. */
    private static boolean isJsonShaped(Object entity) {
        return entity instanceof Record || entity instanceof Collection<?> || entity instanceof Map<?, ?>
                || entity instanceof JsonNode || entity.getClass().getName().startsWith("org.duban.");
    }

    private static boolean declaresProduces(Method method, Class<?> resourceClass) {
        return method.isAnnotationPresent(Produces.class) || (resourceClass != null && resourceClass.isAnnotationPresent(Produces.class));
    }

    /** A {@code Response} (or a {@code Uni} of one) carries its own media type. */
    private static boolean decidesOwnType(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (CompletionStage.class.isAssignableFrom(raw) || List.of("io.smallrye.mutiny.Uni", "io.smallrye.mutiny.Multi")
                        .contains(raw.getName()))) {
            type = p.getActualTypeArguments()[0];
        }
        Class<?> raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : Object.class;
        return Response.class.isAssignableFrom(raw) || RestResponse.class.isAssignableFrom(raw) || raw == Object.class;
    }
}
