package org.duban.platform.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the endpoint does not declare with 400 problem+json naming it, instead of ignoring it
 * silently: a client that filters by {@code indicatorCode} where the parameter is {@code indicator} must learn that
 * its filter was not applied, not receive every row (issue 15, HTTP conventions). What an endpoint declares are its
 * {@code @QueryParam}s and those of its {@code @BeanParam}s (paging: page, pageSize, sort). An endpoint that reads the
 * query itself (it takes {@link UriInfo}, as the gateway's proxy does) declares every name. Computed once per method.
 */
public class UnknownQueryParameterFilter {
    private static final Set<String> ANY = Set.of("*");
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, UnknownQueryParameterFilter::declared);
        if (declared == ANY) {
            return null;
        }
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(declared);
        if (unknown.isEmpty()) {
            return null;
        }
        String accepted = declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared));
        List<Problem.Violation> violations = unknown.stream()
                .map(name -> new Problem.Violation(name, "unknown query parameter; this endpoint takes " + accepted
                        + " / 未知的查询参数")).toList();
        return ProblemResponses.response(ProblemResponses.problem(400, "bad-request",
                "unknown query parameter " + String.join(", ", unknown) + "; this endpoint takes " + accepted
                        + " / 未知的查询参数:" + String.join("、", unknown),
                ProblemResponses.instance(request.getUriInfo()), null, violations));
    }

    /** The names {@code method} reads from the query, or {@link #ANY} when it reads the query itself. */
    static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            if (p.getType() == UriInfo.class) {
                return ANY;
            }
            collect(p, names);
            if (p.isAnnotationPresent(BeanParam.class)) {
                beanNames(p.getType(), names);
            }
        }
        return names;
    }

    private static void beanNames(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                collect(f, names);
                if (f.isAnnotationPresent(BeanParam.class)) {
                    beanNames(f.getType(), names);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                collect(m, names);
            }
        }
    }

    private static void collect(AnnotatedElement element, Set<String> names) {
        QueryParam q = element.getAnnotation(QueryParam.class);
        if (q != null) {
            names.add(q.value());
        }
    }
}
