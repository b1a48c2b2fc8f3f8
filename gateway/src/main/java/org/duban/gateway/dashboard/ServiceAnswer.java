package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one service call of a dashboard gave: its HTTP status and body, or {@code status = 0} when the
 * service did not answer (down, timed out, circuit open). Each part of a dashboard says which it was,
 * so one service being down costs that part only.
 */
public record ServiceAnswer(String service, int status, JsonNode body) {
    public static final String OK = "ok";
    public static final String UNAVAILABLE = "unavailable";

    public static ServiceAnswer unavailable(String service) {
        return new ServiceAnswer(service, 0, null);
    }

    public static ServiceAnswer ok(String service, JsonNode body) {
        return new ServiceAnswer(service, 200, body);
    }

    public boolean ok() {
        return status >= 200 && status < 300 && body != null;
    }

    /** ok, unavailable, forbidden, not-found or error. */
    public String outcome() {
        if (ok()) {
            return OK;
        }
        return switch (status) {
            case 0, 502, 503, 504 -> UNAVAILABLE;
            case 401, 403 -> "forbidden";
            case 404 -> "not-found";
            default -> "error";
        };
    }

    /**
     * One field of an answer that carries several parts (progress-service's plan overview: pace, completeness,
     * statusCounts) as an answer of its own: the field's value with this status, or this answer as it is when not ok.
     */
    public ServiceAnswer field(String name) {
        return ok() ? new ServiceAnswer(service, status, body.path(name)) : this;
    }

    /** The items of a paged list answer, or of a plain array. */
    public JsonNode items() {
        if (!ok()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        return body.isArray() ? body : body.path("items");
    }

    /** A dashboard part: {status, service[, httpStatus, detail]} to which the caller adds its data when ok. */
    public ObjectNode part() {
        ObjectNode part = JsonNodeFactory.instance.objectNode();
        part.put("status", outcome());
        part.put("service", service);
        if (!ok()) {
            if (status > 0) {
                part.put("httpStatus", status);
            }
            String detail = body != null ? body.path("detail").asText(null) : null;
            part.put("detail", detail != null ? detail : outcome().equals(UNAVAILABLE)
                    ? service + " is not available; this part is missing / 服务暂不可用,本部分暂缺" : "request failed");
        }
        return part;
    }
}
