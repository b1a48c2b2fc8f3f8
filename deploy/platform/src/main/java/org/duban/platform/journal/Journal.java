package org.duban.platform.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reads the journal of one object, newest first, as a caller's {@link ReadScope} allows: the office of a region
 * (SUPERVISOR, LEADER) sees its region's rows, ADMIN and SYSTEM every row; rows of a region-free type (the
 * indicator catalog) are read by every office; nobody else reads the journal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Journal {
    private final ObjectMapper mapper;
    private final Map<String, JournalModel> types = new TreeMap<>();

    public Journal(ObjectMapper mapper, EntityManagerFactory factory) {
        this.mapper = mapper;
        for (var entity : factory.getMetamodel().getEntities()) {
            JournalModel model = JournalModel.of(entity.getJavaType());
            if (model.journaled) {
                types.put(model.name, model);
            }
        }
    }

    /** One journal row: who did what to which object, when, and each changed field's before and after. */
    public record Row(long id, String objectType, String objectId, String regionCode, String action, String actor,
            List<String> actorRoles, String requestId, OffsetDateTime at,
            @Schema(type = SchemaType.ARRAY, implementation = Change.class) JsonNode changes) {}

    /**
     * The shape of one entry of {@link Row#changes()} for the API document (the rows carry it as the stored JSON): a
     * field, its value before and after (any JSON value, long text cut), and whether it was cut.
     */
    @Schema(name = "JournalChange", requiredProperties = {"field", "before", "after"})
    public record Change(String field, @Schema(description = "修改前的值 / The value before") Object before,
            @Schema(description = "修改后的值 / The value after") Object after,
            @Schema(description = "过长的值已截断 / A value was too long and was cut") Boolean truncated) {}

    /** The object types this service journals ({@code task}, {@code plan}, …), sorted. */
    public List<String> types() {
        return List.copyOf(types.keySet());
    }

    /** As {@link #of(String, String, ReadScope, PageQuery, boolean)} with the caller's region alone. */
    public Page<Row> of(String objectType, String objectId, ReadScope scope, PageQuery page) {
        return of(objectType, objectId, scope, page, false);
    }

    /**
     * The rows of one object, newest first.
     *
     * @param below true where a region's office also reads the regions below it (indicators: 420000 covers 42xxxx,
     *              421200 covers 4212xx), false where it reads its own region only
     *
     * @throws ProblemException 400 for an object type this service does not journal or a missing id, 403 for a
     *                          caller outside the office
     */
    public Page<Row> of(String objectType, String objectId, ReadScope scope, PageQuery page, boolean below) {
        if (objectType == null || objectType.isBlank()) {
            throw ProblemException.invalid("objectType", "is required; one of: " + String.join(", ", types.keySet())
                    + " / 必须指明对象类型");
        }
        JournalModel model = types.get(objectType);
        if (model == null) {
            throw ProblemException.invalid("objectType", "unknown object type '" + objectType + "'; one of: "
                    + String.join(", ", types.keySet()) + " / 未知的对象类型");
        }
        if (objectId == null || objectId.isBlank()) {
            throw ProblemException.invalid("objectId", "is required / 必须指明对象编号");
        }
        if (!scope.office() || scope.publicOnly()) {
            throw ProblemException.forbidden("the journal is the office's / 变更记录仅供督查室查阅");
        }
        Sort newestFirst = Sort.descending("at", "id");
        var query = scope.region() == null
                ? JournalEntry.<JournalEntry>find("objectType = ?1 and objectId = ?2", newestFirst, objectType, objectId)
                : model.regional()
                        ? JournalEntry.<JournalEntry>find("objectType = ?1 and objectId = ?2 and regionCode like ?3",
                                newestFirst, objectType, objectId, below ? covered(scope.region()) : scope.region())
                        : JournalEntry.<JournalEntry>find("objectType = ?1 and objectId = ?2 and regionCode is null",
                                newestFirst, objectType, objectId);
        return Page.of(query, page, this::row);
    }

    /** The LIKE pattern of a region and those below it: 420000 → 42%, 421200 → 4212%, 421281 → 421281. */
    static String covered(String region) {
        String prefix = region;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix.equals(region) ? region : prefix + "%";
    }

    private Row row(JournalEntry e) {
        List<String> roles = e.actorRoles == null || e.actorRoles.isBlank() ? List.of()
                : Arrays.asList(e.actorRoles.split(","));
        try {
            return new Row(e.id, e.objectType, e.objectId, e.regionCode, e.action, e.actor, roles, e.requestId, e.at,
                    mapper.readTree(e.changes));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("journal row " + e.id + " holds no JSON", ex);
        }
    }
}
