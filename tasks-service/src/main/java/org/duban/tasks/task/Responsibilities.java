package org.duban.tasks.task;

import java.util.ArrayList;
import java.util.List;
import org.duban.platform.problem.ProblemException;
import org.duban.tasks.unit.Unit;
import org.duban.tasks.unit.UnitGroup;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;
import org.duban.tasks.unit.UnitService;

/** Writes who answers for a task (lead unit, responsible and related units or groups) through the directory. */
public final class Responsibilities {
    private Responsibilities() {}

    /** Who answers for a task, resolved to directory ids but not yet written to it. */
    public record Matrix(Long leadUnitId, List<TaskUnit> rows) {
        /**
         * Writes the matrix to the task. Resolving first and writing after keeps the directory's queries (which
         * flush) away from a dirty task, so one change is one version.
         */
        public void applyTo(Task task) {
            task.leadUnitId = leadUnitId;
            task.units.clear();
            task.units.addAll(rows);
        }
    }

    public static Matrix resolve(UnitService.Resolver resolver, UnitRef lead, List<UnitRef> responsible,
            List<UnitRef> related) {
        if (lead != null && lead.group()) {
            throw ProblemException.invalid("leadUnit", "'" + lead.name() + "' is a group; the lead unit must be one unit / 牵头单位须为单个单位");
        }
        Long leadId = lead == null ? null : resolver.unit(lead.name(), lead.aliases()).id;
        List<TaskUnit> rows = new ArrayList<>();
        add(rows, resolver, responsible, UnitRole.RESPONSIBLE, leadId);
        add(rows, resolver, related, UnitRole.RELATED, null);
        return new Matrix(leadId, rows);
    }

    public static void apply(Task task, UnitService.Resolver resolver, UnitRef lead, List<UnitRef> responsible,
            List<UnitRef> related) {
        resolve(resolver, lead, responsible, related).applyTo(task);
    }

    public static List<UnitRef> parse(List<String> names) {
        return names == null ? List.of() : names.stream().map(UnitNames::parse).toList();
    }

    private static void add(List<TaskUnit> rows, UnitService.Resolver resolver, List<UnitRef> refs, UnitRole role,
            Long leadId) {
        for (UnitRef ref : refs) {
            TaskUnit row;
            if (ref.group()) {
                UnitGroup g = resolver.group(ref.name());
                row = new TaskUnit(role, null, g.id, ref.note());
            } else {
                Unit u = resolver.unit(ref.name(), ref.aliases());
                if (u.id.equals(leadId)) {
                    continue;
                }
                row = new TaskUnit(role, u.id, null, ref.note());
            }
            boolean duplicate = rows.stream().anyMatch(r -> r.role == row.role && java.util.Objects.equals(r.unitId, row.unitId)
                    && java.util.Objects.equals(r.groupId, row.groupId));
            if (!duplicate) {
                rows.add(row);
            }
        }
    }
}
