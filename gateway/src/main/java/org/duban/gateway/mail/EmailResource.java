package org.duban.gateway.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The e-mail delivery log (issue 18): what went to which unit, when, to how many (masked) addresses, or why not. */
@Path("/api/gateway/emails")
@Tag(name = "notifications", description = "我的通知 / My notifications")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class EmailResource {

    /** One delivery: a notification's e-mail. */
    public record EmailView(UUID id, UUID notificationId, String regionCode, String unitId, String kind, boolean urgent,
            EmailDelivery.Status status, OffsetDateTime notBefore, int attempts, OffsetDateTime nextAttemptAt, UUID messageId,
            String recipients, Integer digestSize, String lastError, OffsetDateTime sentAt, OffsetDateTime createdAt) {
        static EmailView of(EmailDelivery d) {
            return new EmailView(d.id, d.notificationId, d.regionCode, d.unitId, d.kind, d.urgent, d.status, d.notBefore,
                    d.attempts, d.nextAttemptAt, d.messageId, d.recipients, d.digestSize, d.lastError, d.sentAt, d.createdAt);
        }
    }

    private final Caller caller;

    public EmailResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listEmailDeliveries", summary = "邮件发送记录 / E-mail delivery log",
            description = "提醒、逾期、催办、退回邮件的发送记录:待发(静默时段顺延)、已发(收件人已打码,合并发送的条数)、无收件人、放弃;新的在前。"
                    + "督查室看本地区,管理员看全部。 / The e-mail of reminders, overdue notices, urgings and returns: pending (held"
                    + " for quiet hours), sent (recipients masked, how many went in one digest), no recipient, given up; newest"
                    + " first. The office sees its region, administrators every region.")
    public Page<EmailView> list(
            @Parameter(description = "单位ID / Unit id") @QueryParam("unitId") String unitId,
            @Parameter(description = "状态 / Status") @QueryParam("status") EmailDelivery.Status status,
            @Parameter(description = "地区代码(管理员) / Region code (administrators)") @QueryParam("regionCode")
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字") String regionCode,
            @Valid @BeanParam PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String region = caller.allRegions() ? regionCode : caller.scopeRegion(); // a token without region: 403
        if (regionCode != null) {
            caller.requireRegion(regionCode);
        }
        if (region != null) {
            where.append(" and regionCode = :region");
            params.put("region", region);
        }
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.put("unit", unitId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return Page.of(EmailDelivery.find(where + " order by createdAt desc, id", params), page, EmailView::of);
    }
}
