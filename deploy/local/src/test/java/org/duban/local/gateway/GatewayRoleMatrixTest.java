package org.duban.local.gateway;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.duban.local.RunningSuite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the merged OpenAPI × every principal (each role, no token, an expired token, a token
 * signed by another key, a token of another region), against the packaged suite through the gateway.
 * The expected outcome comes from {@link AccessPolicy}; the test fails on any unexpected allow or deny.
 */
class GatewayRoleMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    // streams forever to whoever may read it; covered by GatewayFlowTest
    private static final Set<String> NOT_IN_MATRIX = Set.of("/api/gateway/events");
    private static String gateway;
    private static JsonNode openApi;

    /** One operation: its method, template, a concrete path, and the media type of its request body (null for none). */
    record Endpoint(String method, String template, String path, String consumes) {}

    record Outcome(Endpoint endpoint, Principal principal, AccessPolicy.Expect expected, int status, String type) {
        boolean denied() {
            return status == 401 || status == 403;
        }

        /** Neither allowed nor denied: the service is down or the dummy path matched no route. */
        boolean unknown() {
            // 415/405: the request never reached the method (content negotiation comes before the role check)
            return status == 503 || status == 504 || status == 405 || status == 415
                    || (status == 404 && !String.valueOf(type).endsWith("/not-found"));
        }

        boolean allowed() {
            return !denied() && !unknown();
        }

        @Override
        public String toString() {
            return String.format("%-7s %-60s %-13s expected %-6s got %d %s", endpoint.method(), endpoint.template(), principal,
                    expected, status, type == null ? "" : type);
        }
    }

    @BeforeAll
    static void readMergedOpenApi() throws Exception {
        RunningSuite.get();
        gateway = RunningSuite.gateway();
        openApi = JSON.readTree(given().baseUri(gateway).when().get("/api/gateway/openapi.json")
                .then().statusCode(200).extract().asString());
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (NOT_IN_MATRIX.contains(path.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    Iterator<String> types = op.getValue().path("requestBody").path("content").fieldNames();
                    endpoints.add(new Endpoint(op.getKey().toUpperCase(), path.getKey(), concrete(path.getKey(), op.getValue(),
                            path.getValue()), types.hasNext() ? types.next() : null));
                }
            }
        }
        return endpoints;
    }

    /** The template with a harmless value for each path parameter, of the type the document gives. */
    private static String concrete(String template, JsonNode operation, JsonNode pathItem) {
        String path = template;
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        pathItem.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            if (schema.has("$ref")) {
                schema = openApi.at(schema.get("$ref").asText().substring(1));
            }
            String value = "uuid".equals(schema.path("format").asText()) ? "00000000-0000-4000-8000-000000000001" : "999999";
            path = path.replace("{" + parameter.path("name").asText() + "}", value);
        }
        return path.replaceAll("\\{[^}]+}", "999999");
    }

    private static Outcome call(Endpoint endpoint, Principal principal) {
        AtomicReference<Response> answer = new AtomicReference<>();
        // a 429 is the rate limit doing its job: wait as told and ask again
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            RequestSpecification request = given().baseUri(gateway).redirects().follow(false);
            if (principal.token() != null) {
                request.auth().oauth2(principal.token());
            }
            if (endpoint.consumes() != null && endpoint.consumes().startsWith("multipart/")) {
                request.multiPart("file", "empty.csv", new byte[0], "text/csv");
            } else if (endpoint.consumes() != null && !endpoint.consumes().contains("json")) {
                request.contentType(endpoint.consumes().contains("*") ? "application/octet-stream" : endpoint.consumes()).body("");
            } else if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
                request.contentType("application/json").body("{}");
            }
            Response response = request.request(endpoint.method(), endpoint.path());
            answer.set(response);
            return response.statusCode() != 429;
        });
        Response response = answer.get();
        String type = null;
        if (String.valueOf(response.contentType()).contains("json")) {
            try {
                type = response.jsonPath().getString("type");
            } catch (RuntimeException notAnObject) {
                type = null;
            }
        }
        return new Outcome(endpoint, principal, AccessPolicy.expect(principal, endpoint.method(), endpoint.template()),
                response.statusCode(), type);
    }

    @Test
    void shouldAllowAndDenyEveryEndpointForEveryPrincipalAsThePolicySays() {
        List<Endpoint> endpoints = endpoints();
        Assertions.assertTrue(endpoints.size() > 20, "the merged document lists the services' endpoints: " + endpoints.size());
        Assertions.assertTrue(endpoints.stream().anyMatch(e -> e.template().startsWith("/api/tasks/")));
        Assertions.assertTrue(endpoints.stream().anyMatch(e -> e.template().startsWith("/api/progress/")));
        Assertions.assertTrue(endpoints.stream().anyMatch(e -> e.template().startsWith("/api/indicators/")));
        List<Outcome> unexpectedAllows = new ArrayList<>();
        List<Outcome> unexpectedDenies = new ArrayList<>();
        List<Outcome> unknown = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : endpoints) {
            for (Principal principal : Principal.values()) {
                Outcome outcome = call(endpoint, principal);
                calls++;
                if (outcome.unknown()) {
                    unknown.add(outcome);
                }
                if (outcome.expected() == AccessPolicy.Expect.DENY && outcome.allowed()) {
                    unexpectedAllows.add(outcome);
                }
                if (outcome.expected() == AccessPolicy.Expect.ALLOW && outcome.denied()) {
                    unexpectedDenies.add(outcome);
                }
            }
        }
        System.out.printf("role matrix: %d endpoints × %d principals = %d calls; %d unexpected allows, %d unexpected denies, %d unknown%n",
                endpoints.size(), Principal.values().length, calls, unexpectedAllows.size(), unexpectedDenies.size(), unknown.size());
        unknown.forEach(outcome -> System.out.println("  unknown  " + outcome));
        unexpectedAllows.forEach(outcome -> System.out.println("  ALLOWED  " + outcome));
        unexpectedDenies.forEach(outcome -> System.out.println("  DENIED   " + outcome));
        Assertions.assertEquals(List.of(), unexpectedAllows, "unexpected allows");
        Assertions.assertEquals(List.of(), unexpectedDenies, "unexpected denies");
        Assertions.assertTrue(unknown.stream().noneMatch(outcome -> outcome.status() >= 500), "no service was down: " + unknown);
    }

    @Test
    void shouldListEveryServiceEndpointOnceWithBothSecuritySchemes() {
        List<Endpoint> endpoints = endpoints();
        Assertions.assertEquals(endpoints.size(), endpoints.stream().map(e -> e.method() + " " + e.template()).distinct().count());
        Assertions.assertEquals("bearer", openApi.at("/components/securitySchemes/bearer/scheme").asText());
        Assertions.assertEquals("X-API-Key", openApi.at("/components/securitySchemes/apiKey/name").asText());
        for (String service : List.of("tasks-service", "progress-service", "indicators-service")) {
            Assertions.assertEquals("included", openApi.at("/x-duban-services/" + service).asText(), service);
            JsonNode own = readJson(RunningSuite.get().service(service).baseUrl() + "/q/openapi?format=json");
            for (Iterator<String> paths = own.get("paths").fieldNames(); paths.hasNext();) {
                String path = paths.next();
                Assertions.assertTrue(openApi.get("paths").has(path), service + " path missing from the merged document: " + path);
            }
        }
    }

    private static JsonNode readJson(String url) {
        try {
            return JSON.readTree(given().when().get(url).then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
