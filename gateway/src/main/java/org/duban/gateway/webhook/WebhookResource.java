package org.duban.gateway.webhook;

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
import org.duban.platform.http.Responses;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhooks for other systems (issue 18): administrators and machine clients (SYSTEM) manage them. */
@Path("/api/gateway/webhooks")
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
@Tag(name = "webhooks", description = "其他系统的事件回调（Webhook） / Webhooks for other systems")
public class WebhookResource {

    private final WebhookService webhooks;
    private final Caller caller;

    public WebhookResource(WebhookService webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "订阅事件回调 / Subscribe a URL to events",
            description = "按地区和事件类型订阅；以 CloudEvents（HTTP 结构化模式）POST，按 Standard Webhooks 签名（webhook-id、webhook-timestamp、"
                    + "webhook-signature），失败按指数退避重试。密钥只在本次应答中出现。 / Subscribes a URL to a region's events of some types; "
                    + "each is POSTed as a CloudEvent (HTTP binding, structured mode), signed as Standard Webhooks says (webhook-id, "
                    + "webhook-timestamp, webhook-signature), retried with exponential backoff. The secret is in this answer only.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookService.CreatedWebhook.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull WebhookService.CreateWebhook request) {
        WebhookService.CreatedWebhook created = webhooks.create(request, caller.login());
        return Responses.created("/api/gateway/webhooks/" + created.webhook().id(), created);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "事件回调列表 / List webhooks",
            description = "全部订阅（不含密钥），含停用原因。 / Every subscription, never its secret, with why it was disabled.")
    public Page<WebhookService.WebhookView> list(@Valid @BeanParam PageQuery page) {
        return webhooks.list(page);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "删除事件回调 / Delete a webhook",
            description = "删除订阅及其发送记录。 / Deletes the subscription and its delivery log.")
    @APIResponse(responseCode = "204", description = "已删除 / Deleted")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "重新启用 / Enable a webhook again",
            description = "接收方修复后重新启用被自动停用的订阅。 / Enables a subscription that was disabled after repeated failures.")
    public WebhookService.WebhookView enable(@PathParam("id") UUID id) {
        return webhooks.enable(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "发送记录 / Delivery log",
            description = "每个事件的发送状态、尝试次数、最后的应答或错误，新的在前。 / Each event's delivery: status, attempts, the last "
                    + "answer or error, newest first.")
    public Page<WebhookService.DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return webhooks.deliveries(id, page);
    }

    @POST
    @Path("deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "重新发送 / Replay a delivery",
            description = "立即再次发送某个事件（任何状态）。 / Sends one delivery again at once, whatever its state.")
    public WebhookService.DeliveryView replay(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "发送记录的 id / The delivery's id")
            @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.replay(deliveryId);
    }
}
