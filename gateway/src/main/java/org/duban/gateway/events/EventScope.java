package org.duban.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.duban.platform.security.Roles;

/**
 * Which live events a caller may see. ADMIN and SYSTEM see all; everyone else sees the events of
 * their region (the data's {@code regionCode}) — an event that names no region is not shown to them,
 * since nothing says it is theirs. Unit roles see, of those, only events that name their unit among
 * the units in the data, or that name no unit at all (a plan was published, an indicator evaluated).
 */
public final class EventScope {
    private EventScope() {}

    /** The caller as the stream sees them. */
    public record Viewer(Set<String> roles, String regionCode, String unitId) {
        boolean has(String role) {
            return roles.contains(role);
        }
    }

    public static boolean visible(Viewer viewer, JsonNode data) {
        if (viewer.has(Roles.ADMIN) || viewer.has(Roles.SYSTEM)) {
            return true;
        }
        String region = text(data.get("regionCode"));
        if (region == null || viewer.regionCode() == null || !region.equals(viewer.regionCode())) {
            return false;
        }
        boolean unitOnly = (viewer.has(Roles.UNIT_REPORTER) || viewer.has(Roles.UNIT_HEAD))
                && !(viewer.has(Roles.SUPERVISOR) || viewer.has(Roles.LEADER) || viewer.has(Roles.STATISTICIAN));
        if (!unitOnly) {
            return true;
        }
        Set<String> named = unitsNamed(data);
        return named.isEmpty() || (viewer.unitId() != null && named.contains(viewer.unitId()));
    }

    /** Unit ids the event data names: unitId, unit.id, leadUnit.id, and ids in responsibleUnits, relatedUnits, units. */
    public static Set<String> unitsNamed(JsonNode data) {
        Set<String> ids = new LinkedHashSet<>();
        add(ids, data.get("unitId"));
        add(ids, data.path("unit").get("id"));
        add(ids, data.path("leadUnit").get("id"));
        for (String list : new String[] {"responsibleUnits", "relatedUnits", "units"}) {
            for (JsonNode unit : data.path(list)) {
                add(ids, unit.isObject() ? unit.get("id") : null);
            }
        }
        return ids;
    }

    private static void add(Set<String> ids, JsonNode id) {
        String text = text(id);
        if (text != null && !text.isBlank()) {
            ids.add(text);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
