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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/gateway/api-keys}: keys for machine clients, managed by administrators. */
@Path("/api/gateway/api-keys")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "api-keys", description = "API keys for machine clients / 接口密钥")
public class ApiKeyResource {
    private final ApiKeyService keys;
    private final Caller caller;

    public ApiKeyResource(ApiKeyService keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Create a key; its secret is in this answer only / 创建密钥(仅显示一次)")
    public Response create(@Valid @NotNull CreateApiKeyRequest request) {
        CreatedApiKey created = keys.create(request, caller.login());
        return Responses.created("/api/gateway/api-keys/" + created.id(), created);
    }

    @GET
    @Operation(summary = "List keys (never their secrets) / 密钥列表")
    public Page<ApiKeyView> list(@Valid @BeanParam PageQuery page) {
        return keys.list(page);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a key at once / 吊销密钥")
    public ApiKeyView revoke(@PathParam("id") UUID id) {
        return keys.revoke(id);
    }
}
