package org.duban.gateway.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/gateway/audit}: the writes that passed the gateway, newest first. Supervisors see their region. */
@Path("/api/gateway/audit")
@Tag(name = "audit", description = "操作审计 / Audit of every write")
public class AuditResource {
    private final Caller caller;

    public AuditResource(Caller caller) {
        this.caller = caller;
    }

    /** One audit row as listed. */
    public record AuditView(long id, OffsetDateTime at, String method, String path, int status, String caller, String roles,
            String regionCode, String unitId, String client, String requestId, long durationMs) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.method, e.path, e.status, e.caller, e.roles, e.regionCode, e.unitId, e.client,
                    e.requestId, e.durationMs);
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listAuditRecords", summary = "操作审计记录 / List audit records",
            description = "经过网关的每次写操作，最新在前；SUPERVISOR 仅见本地区。 / Every write that passed the gateway, newest first; a "
                    + "SUPERVISOR sees their own region's only.")
    public Page<AuditView> list(
            @Parameter(description = "调用者：upn、apikey:<名称>、login:<登录名> 或 anonymous / The caller: upn, apikey:<name>, login:<login> or anonymous")
            @QueryParam("caller") @Size(max = 120) String callerFilter,
            @Parameter(description = "HTTP方法，如 POST / The HTTP method, e.g. POST")
            @QueryParam("method") @Pattern(regexp = "POST|PUT|PATCH|DELETE") String method,
            @Parameter(description = "请求编号（X-Request-Id） / The request id (X-Request-Id)")
            @QueryParam("requestId") @Size(max = 100) String requestId,
            @Parameter(description = "路径前缀，如 /api/tasks/plans / Path prefix, e.g. /api/tasks/plans")
            @QueryParam("pathPrefix") @Size(max = 200) String pathPrefix,
            @Valid @BeanParam PageQuery page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.allRegions()) {
            where.add("regionCode = :region");
            params.and("region", caller.regionCode());
        }
        if (callerFilter != null) {
            where.add("caller = :caller");
            params.and("caller", callerFilter);
        }
        if (method != null) {
            where.add("method = :method");
            params.and("method", method);
        }
        if (requestId != null) {
            where.add("requestId = :requestId");
            params.and("requestId", requestId);
        }
        if (pathPrefix != null) {
            where.add("path like :path");
            params.and("path", pathPrefix.replace("%", "") + "%");
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id desc";
        return Page.of(AuditEntry.find(query, params), page, AuditView::of);
    }
}
