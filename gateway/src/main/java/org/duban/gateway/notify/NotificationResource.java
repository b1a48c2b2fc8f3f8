package org.duban.gateway.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My notifications (issue 18): list, unread count, mark read. */
@Path("/api/gateway/notifications")
@Tag(name = "notifications", description = "我的通知 / My notifications")
@RolesAllowed({Roles.SUPERVISOR, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATISTICIAN, Roles.ADMIN, Roles.SYSTEM})
public class NotificationResource {

    private final NotificationService notifications;
    private final Caller caller;

    public NotificationResource(NotificationService notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "我的通知 / My notifications",
            description = "本单位和本地区的通知（提醒、逾期、催办、退回、采纳、计划印发、通报发布），新的在前。 / The notifications of your unit and "
                    + "region (reminders, overdue reports, urgings, returned and accepted reports, plans published, tables and notices "
                    + "published), newest first.")
    public Page<NotificationService.NotificationView> list(
            @Parameter(description = "只看未读 / Unread only") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @Valid @BeanParam PageQuery page) {
        return notifications.list(caller, unread, page);
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "未读通知数 / Unread notifications",
            description = "您未读的通知条数。 / How many of your notifications you have not read.")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unread(caller));
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "标为已读 / Mark a notification read",
            description = "将一条通知标为已读（仅对您本人）。 / Marks one notification read, for you alone.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "已标记 / Marked")
    public Response markRead(@PathParam("id") UUID id) {
        notifications.markRead(caller, id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "全部标为已读 / Mark all read",
            description = "将您的全部通知标为已读，返回标记的条数。 / Marks all your notifications read; answers how many were unread.")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead(caller));
    }
}
