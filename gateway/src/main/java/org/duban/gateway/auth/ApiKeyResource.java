package org.duban.gateway.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.duban.gateway.auth.ApiKeyDtos.ApiKeyView;
import org.duban.gateway.auth.ApiKeyDtos.CreateApiKeyRequest;
import org.duban.gateway.auth.ApiKeyDtos.CreatedApiKey;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/gateway/api-keys}: keys for machine clients, managed by administrators. */
@Path("/api/gateway/api-keys")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "api-keys", description = "机器客户端的API密钥 / API keys for machine clients")
public class ApiKeyResource {
    private final ApiKeyService keys;
    private final Caller caller;

    public ApiKeyResource(ApiKeyService keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "创建API密钥（仅显示一次） / Create an API key; its secret is in this answer only",
            description = "密钥原文只在本次应答中出现，服务器只保存其SHA-256摘要。 / The secret appears in this answer only; the server keeps its "
                    + "SHA-256 hash.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedApiKey.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull CreateApiKeyRequest request) {
        CreatedApiKey created = keys.create(request, caller.login());
        return Responses.created("/api/gateway/api-keys/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "API密钥列表 / List API keys",
            description = "所有机器客户端的密钥（从不含密钥原文）。 / Every machine client's key, never its secret.")
    public Page<ApiKeyView> list(@Valid @BeanParam PageQuery page) {
        return keys.list(page);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "吊销API密钥 / Revoke an API key",
            description = "立即生效；已换发的短期令牌随之作废。 / Takes effect at once; the short-lived tokens it was exchanged for are "
                    + "dropped.")
    public ApiKeyView revoke(@PathParam("id") UUID id) {
        return keys.revoke(id);
    }
}
