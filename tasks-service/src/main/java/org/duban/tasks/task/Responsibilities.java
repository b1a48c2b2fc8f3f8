package org.duban.tasks.task;

import java.util.ArrayList;
import java.util.List;
import org.duban.platform.problem.ProblemException;
import org.duban.tasks.unit.UnitGroup;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;
import org.duban.tasks.unit.UnitService;

/**
 * Writes who answers for a task through the directory: its lead units (the first is {@code Task.leadUnitId}, co-leads
 * are LEAD rows — "牵头单位:区财政局、区税务局" names two units that lead together), responsible and related units or groups.
 */
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

    /**
     * @param leads lead units in the document's order, none or several; each must be one unit, not a group (400)
     */
    public static Matrix resolve(UnitService.Resolver resolver, List<UnitRef> leads, List<UnitRef> responsible,
            List<UnitRef> related) {
        List<Long> leadIds = new ArrayList<>();
        for (UnitRef lead : leads) {
            if (lead.group()) {
                throw ProblemException.invalid("leadUnit", "'" + lead.name() + "' is a group; a lead unit must be one unit / 牵头单位须为单个单位");
            }
            Long id = resolver.unitId(lead.name(), lead.aliases());
            if (!leadIds.contains(id)) {
                leadIds.add(id);
            }
        }
        Long leadId = leadIds.isEmpty() ? null : leadIds.get(0);
        List<TaskUnit> rows = new ArrayList<>();
        for (Long coLead : leadIds.subList(Math.min(1, leadIds.size()), leadIds.size())) {
            rows.add(new TaskUnit(UnitRole.LEAD, coLead, null, null));
        }
        add(rows, resolver, responsible, UnitRole.RESPONSIBLE, leadIds);
        add(rows, resolver, related, UnitRole.RELATED, List.of());
        return new Matrix(leadId, rows);
    }

    public static void apply(Task task, UnitService.Resolver resolver, List<UnitRef> leads, List<UnitRef> responsible,
            List<UnitRef> related) {
        resolve(resolver, leads, responsible, related).applyTo(task);
    }

    /** The lead units a request names: {@code leadUnits} when given, else the one {@code leadUnit}, else none. */
    public static List<UnitRef> leads(String leadUnit, List<String> leadUnits) {
        if (leadUnits != null && !leadUnits.isEmpty()) {
            return parse(leadUnits);
        }
        return leadUnit == null || leadUnit.isBlank() ? List.of() : List.of(UnitNames.parse(leadUnit));
    }

    public static List<UnitRef> parse(List<String> names) {
        return names == null ? List.of() : names.stream().map(UnitNames::parse).toList();
    }

    private static void add(List<TaskUnit> rows, UnitService.Resolver resolver, List<UnitRef> refs, UnitRole role,
            List<Long> leadIds) {
        for (UnitRef ref : refs) {
            TaskUnit row;
            if (ref.group()) {
                UnitGroup g = resolver.group(ref.name());
                row = new TaskUnit(role, null, g.id, ref.note());
            } else {
                Long unitId = resolver.unitId(ref.name(), ref.aliases());
                if (leadIds.contains(unitId)) {
                    continue;
                }
                row = new TaskUnit(role, unitId, null, ref.note());
            }
            if (!named(rows, row)) {
                rows.add(row);
            }
        }
    }

    /**
     * Puts a task's units back in the shape {@link #resolve} gives, after one unit was replaced by another (a merge of
     * units): a co-lead that is the lead or repeats another, a responsible unit that leads, and a unit or group named
     * twice in one role are dropped, the first naming kept, the order otherwise unchanged. Answers whether anything
     * was dropped.
     */
    static boolean normalize(Task task) {
        List<Long> leadIds = new ArrayList<>();
        if (task.leadUnitId != null) {
            leadIds.add(task.leadUnitId);
        }
        List<TaskUnit> rows = new ArrayList<>();
        for (TaskUnit u : task.units) {
            if (u.role == UnitRole.LEAD && u.unitId != null && !leadIds.contains(u.unitId)) {
                leadIds.add(u.unitId);
                rows.add(u);
            }
        }
        for (TaskUnit u : task.units) {
            if (u.role == UnitRole.LEAD && u.unitId != null) {
                continue;
            }
            if (u.role == UnitRole.RESPONSIBLE && u.unitId != null && leadIds.contains(u.unitId)) {
                continue;
            }
            if (!named(rows, u)) {
                rows.add(u);
            }
        }
        if (rows.size() == task.units.size()) {
            return false;
        }
        task.units.clear();
        task.units.addAll(rows);
        return true;
    }

    /** Whether {@code rows} already name the row's unit or group in the row's role. */
    private static boolean named(List<TaskUnit> rows, TaskUnit row) {
        return rows.stream().anyMatch(r -> r.role == row.role && java.util.Objects.equals(r.unitId, row.unitId)
                && java.util.Objects.equals(r.groupId, row.groupId));
    }
}
