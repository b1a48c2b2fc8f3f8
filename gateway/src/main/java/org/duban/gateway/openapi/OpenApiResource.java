package org.duban.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.duban.gateway.routing.Routes;
import org.duban.gateway.routing.ServiceGuards;
import org.duban.gateway.routing.UpstreamAnswer;
import org.duban.gateway.routing.UpstreamClient;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * {@code /api/gateway/openapi.json}: the services' documents, fetched now, merged with the gateway's;
 * {@code /api/gateway/asyncapi.yaml}: the topics and event types of the suite.
 */
@Path("/api/gateway")
@Tag(name = "api-docs", description = "接口与事件文档 / API and event documentation")
public class OpenApiResource {
    private static final Logger LOG = Logger.getLogger(OpenApiResource.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final UpstreamClient client;
    private final Routes routes;
    private final ObjectMapper json;

    public OpenApiResource(UpstreamClient client, Routes routes, ObjectMapper json) {
        this.client = client;
        this.routes = routes;
        this.json = json;
    }

    @GET
    @Path("openapi.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMergedOpenApi", summary = "全部接口文档 / The merged OpenAPI document of the whole suite",
            description = "网关与各服务的 OpenAPI 文档合并为一份；x-duban-services 标明哪些服务不可用。 / The gateway's and the services' documents "
                    + "merged into one; x-duban-services says which services were unavailable.")
    @APIResponse(responseCode = "200", description = "OpenAPI 3.1 文档 / An OpenAPI 3.1 document",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = Schema.True.class, externalDocs = @ExternalDocumentation(
                            description = "OpenAPI 3.1", url = "https://spec.openapis.org/oas/v3.1.0"))))
    public Uni<JsonNode> openApi(@Context HttpServerRequest request) {
        // the gateway's own document, from the port this request came in on: never out through a front proxy
        String host = request.localAddress().host();
        String self = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + request.localAddress().port();
        List<Uni<OpenApiMerger.Source>> fetches = new ArrayList<>();
        fetches.add(fetch("gateway", self));
        for (String prefix : ServiceGuards.SERVICES) {
            fetches.add(fetch(prefix + "-service", routes.baseUrl(prefix)));
        }
        return Uni.join().all(fetches).andFailFast().map(sources -> {
            JsonNode gateway = sources.get(0).document();
            if (gateway == null) {
                gateway = json.createObjectNode();
            }
            return OpenApiMerger.merge(gateway, sources.subList(1, sources.size()));
        });
    }

    @GET
    @Path("asyncapi.yaml")
    @PermitAll
    @Produces("application/yaml")
    @Operation(operationId = "getAsyncApi", summary = "事件文档 / The event topics and types (AsyncAPI)",
            description = "各服务自己的事件文档（写出事件时据以校验）合并而成：三个主题及每种事件类型的数据字段（AsyncAPI 3.0）。 / The services' own "
                    + "event documents (each event is checked against its service's when written), merged: the three topics and every "
                    + "event type with its data fields (AsyncAPI 3.0).")
    @APIResponse(responseCode = "200", description = "文件 / The document",
            content = {@Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING))})
    public Uni<Response> asyncApi() {
        List<Uni<AsyncApiMerger.Source>> fetches = new ArrayList<>();
        for (String prefix : List.of("tasks", "progress", "indicators")) {
            fetches.add(fetchAsyncApi(prefix + "-service", routes.baseUrl(prefix)));
        }
        return Uni.join().all(fetches).andFailFast().map(sources -> {
            try {
                return Response.ok(YAML.writeValueAsString(AsyncApiMerger.merge(sources)), "application/yaml; charset=UTF-8").build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final ObjectMapper YAML = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()
            .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private Uni<UpstreamAnswer> get(String url) {
        return client.send(HttpMethod.GET, url, MultiMap.caseInsensitiveMultiMap(), null, FETCH_TIMEOUT);
    }

    private Uni<AsyncApiMerger.Source> fetchAsyncApi(String service, String baseUrl) {
        return get(baseUrl + "/asyncapi.yaml")
                .map(response -> {
                    try {
                        return new AsyncApiMerger.Source(service, response.status() != 200 ? null
                                : YAML.readTree(response.bodyAsString()));
                    } catch (IOException e) {
                        return new AsyncApiMerger.Source(service, null);
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("AsyncAPI of %s not available: %s", service, failure.toString());
                    return new AsyncApiMerger.Source(service, null);
                });
    }

    private Uni<OpenApiMerger.Source> fetch(String service, String baseUrl) {
        return get(baseUrl + "/q/openapi?format=json")
                .map(response -> {
                    if (response.status() != 200) {
                        return new OpenApiMerger.Source(service, null);
                    }
                    try {
                        return new OpenApiMerger.Source(service, json.readTree(response.bodyAsString()));
                    } catch (IOException e) {
                        return new OpenApiMerger.Source(service, null);
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("OpenAPI of %s not available: %s", service, failure.toString());
                    return new OpenApiMerger.Source(service, null);
                });
    }
}
