package org.duban.platform.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.duban.platform.openapi.SharedOperations;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET …/journal?objectType=task&objectId=42&page=&pageSize=}: the journal of one object, newest first
 * (see {@link Journal}). Each service declares a subclass with its own {@code @Path}, e.g. {@code /api/tasks/journal}.
 * Read by the office: SUPERVISOR and LEADER of the object's region (a leader already reads every draft and report
 * of the region), ADMIN and SYSTEM everywhere; unit roles and statisticians get 403.
 */
@Tag(name = "journal", description = "变更日志：谁在何时改了什么 / The journal: who changed what, when")
public abstract class JournalResource {
    private final Journal journal;
    private final Caller caller;

    protected JournalResource(Journal journal, Caller caller) {
        this.journal = journal;
        this.caller = caller;
    }

    /** The journal of one object; 400 for an unknown {@code objectType}; another region's object has no rows. */
    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = SharedOperations.LIST_JOURNAL, summary = "变更日志 / List an object's journal",
            description = "一个对象的变更记录（谁、何时、各字段修改前后），最新在前；未知对象类型为400，其他地区的对象无记录。 / The journal of one object (who, when, each "
                    + "changed field before and after), newest first; 400 for an unknown objectType; another region's "
                    + "object has no rows.")
    public Page<Journal.Row> journal(@QueryParam("objectType") @Size(max = 60) String objectType,
            @QueryParam("objectId") @Size(max = 200) String objectId, @Valid @BeanParam PageQuery page) {
        return journal.of(objectType, objectId, caller.readScope(), page, regionsBelow());
    }

    /** True where a region's office also reads the journal of the regions below it (as it reads their data). */
    protected boolean regionsBelow() {
        return false;
    }
}
