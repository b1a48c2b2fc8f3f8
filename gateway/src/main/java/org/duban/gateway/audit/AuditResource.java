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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/gateway/audit}: the writes that passed the gateway, newest first. Supervisors see their region. */
@Path("/api/gateway/audit")
@Tag(name = "audit", description = "Audit of every write / 操作审计")
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
    @Operation(summary = "Audit rows, newest first / 审计记录")
    public Page<AuditView> list(@QueryParam("caller") @Size(max = 120) String callerFilter,
            @QueryParam("method") @Pattern(regexp = "POST|PUT|PATCH|DELETE") String method,
            @QueryParam("requestId") @Size(max = 100) String requestId,
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
