package org.duban.tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.task.TaskDtos.QuantTarget;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UnitLink;
import org.duban.tasks.unit.DirectoryService;
import org.duban.tasks.unit.UnitGroup;

/**
 * Builds task views and event snapshots with the names of their units, groups and sections, reading each
 * in one query per page rather than one per task.
 */
@ApplicationScoped
public class TaskViews {
    private final DirectoryService directory;

    public TaskViews(DirectoryService directory) {
        this.directory = directory;
    }

    /** A unit's id and name: all a view or a snapshot prints of it. */
    record Named(Long id, String name) {}

    /** A section on a task's path: what a view or a snapshot prints of it (title, kind) and its place (position). */
    record PathSection(long id, Long parentId, String title, SectionKind kind, int position) {}

    /** Ids as a PostgreSQL array literal ({1,2,3}), bound as text and cast in SQL: one statement text for any count. */
    private static String idArray(Collection<Long> ids) {
        StringBuilder b = new StringBuilder("{");
        for (Long id : ids) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(id.longValue());
        }
        return b.append('}').toString();
    }

    /**
     * Names loaded for a batch of tasks, one statement each: units and groups by projection (id and name: no aliases,
     * no member lists), and the sections on the tasks' paths. For event snapshots also the plans (their status) and each
     * group's current members.
     */
    public final class Context {
        final Map<Long, Named> units = new HashMap<>();
        final Map<Long, Named> groups = new HashMap<>();
        final Map<Long, PathSection> sections = new HashMap<>();
        final Map<Long, Plan> plans = new HashMap<>();
        /** Group members read once per batch, before any event is written (a query flushes the outbox rows). */
        final Map<Long, List<Named>> members = new HashMap<>();

        Context(Collection<Task> tasks, boolean forEvents) {
            Set<Long> unitIds = new HashSet<>();
            Set<Long> groupIds = new HashSet<>();
            Set<Long> planIds = new HashSet<>();
            Set<Long> sectionIds = new HashSet<>();
            for (Task t : tasks) {
                if (t.sectionId != null) {
                    sectionIds.add(t.sectionId);
                }
                if (t.leadUnitId != null) {
                    unitIds.add(t.leadUnitId);
                }
                for (TaskUnit u : t.units) {
                    if (u.unitId != null) {
                        unitIds.add(u.unitId);
                    } else {
                        groupIds.add(u.groupId);
                    }
                }
                if (t.planId != null) {
                    planIds.add(t.planId);
                }
            }
            // the names and the sections on the tasks' paths in one statement of scalars, its text the same whatever the
            // number of ids (arrays, not IN lists): Hibernate translates it once, and no entity is hydrated or
            // dirty-checked (issue 14: the unit-name IN list was translated again on every read, a third of a read's
            // time with the section entities)
            boolean groupMembers = forEvents && !groupIds.isEmpty();
            boolean namesToRead = !sectionIds.isEmpty() || !unitIds.isEmpty() || (!groupMembers && !groupIds.isEmpty());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = !namesToRead ? List.of() : Task.getEntityManager().createNativeQuery("with recursive up(id, parent_id) as ("
                    + " select id, parent_id from section where id = any(cast(:sections as bigint[]))"
                    + " union select s.id, s.parent_id from section s join up on s.id = up.parent_id)"
                    + " select 'S', s.id, s.parent_id, s.title, s.kind, s.position from section s where s.id in (select id from up)"
                    + " union all select 'U', u.id, null, u.name, null, null from unit u where u.id = any(cast(:units as bigint[]))"
                    + " union all select 'G', g.id, null, g.name, null, null from unit_group g where g.id = any(cast(:groups as bigint[]))",
                    Object[].class)
                    .setParameter("sections", idArray(sectionIds))
                    .setParameter("units", idArray(unitIds))
                    .setParameter("groups", idArray(groupMembers ? Set.of() : groupIds))
                    .getResultList();
            for (Object[] r : rows) {
                long id = ((Number) r[1]).longValue();
                switch ((String) r[0]) {
                    case "S" -> sections.put(id, new PathSection(id, r[2] == null ? null : ((Number) r[2]).longValue(),
                            (String) r[3], SectionKind.valueOf((String) r[4]), ((Number) r[5]).intValue()));
                    case "U" -> units.put(id, new Named(id, (String) r[3]));
                    default -> groups.put(id, new Named(id, (String) r[3]));
                }
            }
            // groups and plans by id: the write that publishes has them in its session already (no statement), and an
            // IN list would be translated again on every call
            if (groupMembers) {
                List<UnitGroup> named = groupIds.stream().map(id -> UnitGroup.<UnitGroup>findById(id)).filter(Objects::nonNull).toList();
                named.forEach(g -> groups.put(g.id, new Named(g.id, g.name)));
                directory.membersOf(named).forEach((id, list) -> members.put(id, list.stream()
                        .map(u -> new Named(u.id(), u.name())).toList()));
            }
            if (forEvents) {
                planIds.stream().map(id -> Plan.<Plan>findById(id)).filter(Objects::nonNull).forEach(p -> plans.put(p.id, p));
            }
        }

        UnitLink link(TaskUnit u) {
            if (u.unitId != null) {
                Named unit = units.get(u.unitId);
                return new UnitLink(u.unitId, unit == null ? null : unit.name(), false, u.note);
            }
            Named g = groups.get(u.groupId);
            return new UnitLink(u.groupId, g == null ? null : g.name(), true, u.note);
        }

        List<PathSection> path(Long sectionId) {
            List<PathSection> path = new ArrayList<>();
            PathSection s = sectionId == null ? null : sections.get(sectionId);
            while (s != null) {
                path.add(0, s);
                s = s.parentId() == null ? null : sections.get(s.parentId());
            }
            return path;
        }
    }

    /** The names a page of task views prints (no plans, no group members). */
    public Context context(Collection<Task> tasks) {
        return new Context(tasks, false);
    }

    /** The names the tasks' event snapshots carry: also the plans and each group's current members. */
    public Context eventContext(Collection<Task> tasks) {
        return new Context(tasks, true);
    }

    public TaskView view(Task t) {
        return view(t, context(List.of(t)));
    }

    public List<TaskView> views(List<Task> tasks) {
        Context c = context(tasks);
        return tasks.stream().map(t -> view(t, c)).toList();
    }

    public TaskView view(Task t, Context c) {
        List<PathSection> path = c.path(t.sectionId);
        Named lead = t.leadUnitId == null ? null : c.units.get(t.leadUnitId);
        return new TaskView(t.id, t.planId, t.regionCode, t.year, t.number, t.label, t.title, t.sectionId,
                path.stream().map(PathSection::title).toList(), path.isEmpty() ? null : path.get(0).kind(), markers(t),
                t.targetText, t.status, t.dueDate, List.copyOf(t.leaders), t.coordinator,
                lead == null ? null : new UnitLink(lead.id(), lead.name(), false, null), leadLinks(t, c, lead), t.leadPerson,
                links(t, c, UnitRole.RESPONSIBLE), links(t, c, UnitRole.RELATED),
                t.quantTargets.stream().map(q -> new QuantTarget(q.metric, q.value, q.unit, q.comparator)).toList(),
                t.indicatorCode, t.version, t.createdAt, t.updatedAt, t.carriedFromTaskId);
    }

    /** The lead unit and its co-leads, in the document's order. */
    private static List<UnitLink> leadLinks(Task t, Context c, Named lead) {
        List<UnitLink> out = new ArrayList<>();
        if (lead != null) {
            out.add(new UnitLink(lead.id(), lead.name(), false, null));
        }
        out.addAll(links(t, c, UnitRole.LEAD));
        return out;
    }

    private static List<UnitLink> links(Task t, Context c, UnitRole role) {
        return t.units.stream().filter(u -> u.role == role).map(c::link).toList();
    }

    static List<String> markers(Task t) {
        return Arrays.stream(t.markerString().split("")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The data of task-assigned / task-updated: the full snapshot the contract in the README documents.
     * {@code c} comes from {@link #eventContext}.
     */
    public Map<String, Object> snapshot(Task t, Context c) {
        List<PathSection> path = c.path(t.sectionId);
        Plan plan = t.planId == null ? null : c.plans.get(t.planId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("taskId", String.valueOf(t.id));
        data.put("planId", t.planId == null ? null : String.valueOf(t.planId));
        data.put("regionCode", t.regionCode);
        data.put("year", t.year);
        data.put("number", t.number);
        data.put("title", t.title);
        data.put("sectionPath", path.stream().map(PathSection::title).toList());
        data.put("sectionKind", path.isEmpty() ? null : path.get(0).kind().name());
        data.put("markers", markers(t));
        data.put("status", t.status.name());
        data.put("dueDate", t.dueDate == null ? null : t.dueDate.toString());
        data.put("version", t.version);
        data.put("leaders", List.copyOf(t.leaders));
        data.put("coordinator", t.coordinator);
        Named lead = t.leadUnitId == null ? null : c.units.get(t.leadUnitId);
        data.put("leadUnit", lead == null ? null : ref(lead));
        List<Map<String, Object>> leads = new ArrayList<>();
        if (lead != null) {
            leads.add(ref(lead));
        }
        for (TaskUnit u : t.units) {
            if (u.role == UnitRole.LEAD && u.unitId != null && c.units.get(u.unitId) != null) {
                leads.add(ref(c.units.get(u.unitId)));
            }
        }
        data.put("leadUnits", leads);
        data.put("leadPerson", t.leadPerson);
        data.put("responsibleUnits", expanded(t, c, UnitRole.RESPONSIBLE, lead));
        data.put("relatedUnits", expanded(t, c, UnitRole.RELATED, null));
        data.put("responsibleGroups", groups(t, c, UnitRole.RESPONSIBLE));
        data.put("relatedGroups", groups(t, c, UnitRole.RELATED));
        data.put("writtenUnits", writtenUnits(t, c, lead));
        data.put("planOrder", planOrder(t, path));
        data.put("indicatorCode", t.indicatorCode);
        data.put("quantTargets", t.quantTargets.stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", q.metric);
            m.put("value", q.value);
            m.put("unit", q.unit);
            m.put("comparator", q.comparator);
            return m;
        }).toList());
        data.put("planStatus", plan == null ? null : plan.status.name());
        return data;
    }

    /**
     * The units as the document wrote them, for documents that print the task (completion table, notice): per role
     * ({@code lead}, {@code responsible}, {@code related}) a list in the document's order of
     * {@code {id, name, group, note}} — groups by their own name (各乡、街道办事处), not expanded, groups with no member
     * included, each unit's note ((数据统计评估牵头单位)) kept. Who owes reports is {@code responsibleUnits} /
     * {@code leadUnits}, not this.
     */
    private static Map<String, Object> writtenUnits(Task t, Context c, Named lead) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> leads = new ArrayList<>();
        if (lead != null) {
            leads.add(written(new UnitLink(lead.id(), lead.name(), false, null)));
        }
        for (UnitRole role : List.of(UnitRole.LEAD, UnitRole.RESPONSIBLE, UnitRole.RELATED)) {
            List<Map<String, Object>> list = role == UnitRole.LEAD ? leads : new ArrayList<>();
            t.units.stream().filter(u -> u.role == role).map(c::link).filter(l -> l.name() != null)
                    .forEach(l -> list.add(written(l)));
            out.put(role.name().toLowerCase(java.util.Locale.ROOT), list);
        }
        return out;
    }

    private static Map<String, Object> written(UnitLink l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(l.id()));
        m.put("name", l.name());
        m.put("group", l.group());
        m.put("note", l.note());
        return m;
    }

    /**
     * Where the task stands in its plan, as a list to compare element by element: the position of each section on
     * its path (top level first), then the task's own position — plan order, in which a completion table prints it.
     */
    private static List<Integer> planOrder(Task t, List<PathSection> path) {
        List<Integer> order = new ArrayList<>();
        path.forEach(s -> order.add(s.position()));
        order.add(t.position);
        return order;
    }

    /** Units of a role with every group replaced by its current members (who owes reports is a list of units). */
    private List<Map<String, Object>> expanded(Task t, Context c, UnitRole role, Named lead) {
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        for (TaskUnit u : t.units) {
            if (u.role != role) {
                continue;
            }
            if (u.unitId != null) {
                Named unit = c.units.get(u.unitId);
                if (unit != null && (lead == null || !lead.id().equals(unit.id()))) {
                    out.putIfAbsent(unit.id(), ref(unit));
                }
            } else {
                Named g = c.groups.get(u.groupId);
                if (g != null) {
                    for (Named member : c.members.getOrDefault(g.id(), List.of())) {
                        if (lead == null || !lead.id().equals(member.id())) {
                            Map<String, Object> r = ref(member);
                            r.put("viaGroup", g.name());
                            out.putIfAbsent(member.id(), r);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<Map<String, Object>> groups(Task t, Context c, UnitRole role) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TaskUnit u : t.units) {
            if (u.role == role && u.groupId != null) {
                Named g = c.groups.get(u.groupId);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", String.valueOf(u.groupId));
                m.put("name", g == null ? null : g.name());
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, Object> ref(Named u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", String.valueOf(u.id()));
        m.put("name", u.name());
        return m;
    }
}
