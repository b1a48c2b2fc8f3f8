package org.duban.tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.PlanStatus;
import org.duban.tasks.plan.Section;
import org.duban.tasks.task.TaskDtos.PlanCounts;
import org.duban.tasks.task.TaskDtos.SectionCount;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UnitCount;
import org.duban.tasks.task.TaskDtos.UnitTaskView;
import org.duban.tasks.unit.DirectoryService;
import org.duban.tasks.unit.Unit;
import org.duban.tasks.unit.UnitGroup;

/** The questions people ask of the matrix: what must this unit do, and how many tasks per section and unit. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskQueries {
    private final EntityManager em;
    private final DirectoryService directory;
    private final TaskViews views;

    public TaskQueries(EntityManager em, DirectoryService directory, TaskViews views) {
        this.em = em;
        this.directory = directory;
        this.views = views;
    }

    /**
     * Every task where the unit is lead, responsible or related, directly or through a group that includes it
     * ("各街道" for a street office), with its role; the strongest role wins when a unit appears twice.
     */
    public Page<UnitTaskView> forUnit(ReadScope scope, long unitId, UnitRole role, Long planId, Integer year, TaskStatus status,
            PageQuery page) {
        Unit unit = Unit.findById(unitId);
        if (unit == null) {
            throw ProblemException.notFound("unit", unitId);
        }
        scope.requireRegion(unit.regionCode);
        java.util.Set<Long> draftPlans = scope.drafts() ? java.util.Set.of()
                : new java.util.HashSet<>(Plan.<Plan>list("regionCode = ?1 and status = ?2", unit.regionCode, PlanStatus.DRAFT)
                        .stream().map(p -> p.id).toList());
        Map<Long, UnitRole> roles = new LinkedHashMap<>();
        Map<Long, String> via = new HashMap<>();
        for (Task t : Task.<Task>list("leadUnitId", unitId)) {
            roles.put(t.id, UnitRole.LEAD);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> direct = em.createNativeQuery("select task_id, role from task_unit where unit_id = :u")
                .setParameter("u", unitId).getResultList();
        for (Object[] row : direct) {
            stronger(roles, ((Number) row[0]).longValue(), UnitRole.valueOf((String) row[1]), via, null);
        }
        for (UnitGroup g : directory.groupsOf(unit)) {
            @SuppressWarnings("unchecked")
            List<Object[]> viaGroup = em.createNativeQuery("select task_id, role from task_unit where group_id = :g")
                    .setParameter("g", g.id).getResultList();
            for (Object[] row : viaGroup) {
                stronger(roles, ((Number) row[0]).longValue(), UnitRole.valueOf((String) row[1]), via, g.name);
            }
        }
        List<Long> ids = roles.entrySet().stream().filter(e -> role == null || e.getValue() == role)
                .map(Map.Entry::getKey).toList();
        List<Task> tasks = ids.isEmpty() ? List.of() : Task.<Task>list("id in ?1", ids).stream()
                .filter(t -> planId == null || planId.equals(t.planId))
                .filter(t -> t.planId == null || !draftPlans.contains(t.planId))
                .filter(t -> year == null || year == t.year)
                .filter(t -> status == null || status == t.status)
                .sorted(java.util.Comparator.comparing((Task t) -> t.planId == null ? 0L : t.planId)
                        .thenComparingInt(t -> t.position).thenComparing(t -> t.id))
                .toList();
        Page<Task> paged = Page.ofList(tasks, page);
        TaskViews.Context context = views.context(paged.items());
        List<UnitTaskView> items = paged.items().stream()
                .map(t -> new UnitTaskView(roles.get(t.id), via.get(t.id), views.view(t, context))).toList();
        return new Page<>(paged.pager(), items);
    }

    private static void stronger(Map<Long, UnitRole> roles, long taskId, UnitRole role, Map<Long, String> via, String group) {
        UnitRole current = roles.get(taskId);
        if (current == null || role.ordinal() < current.ordinal()) {
            roles.put(taskId, role);
            if (group == null) {
                via.remove(taskId);
            } else {
                via.put(taskId, group);
            }
        }
    }

    /** Totals of a plan by status, per section (tasks of subsections count in their ancestors) and per unit. */
    public PlanCounts counts(long planId) {
        Plan plan = Plan.findById(planId);
        if (plan == null) {
            throw ProblemException.notFound("plan", planId);
        }
        List<Task> tasks = Task.list("planId", planId);
        List<Section> sections = Section.list("planId = ?1 order by position", planId);
        Map<Long, Section> byId = new HashMap<>();
        sections.forEach(s -> byId.put(s.id, s));
        Map<Long, Map<String, Long>> perSection = new LinkedHashMap<>();
        Map<String, Long> total = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            total.put(s.name(), 0L);
        }
        for (Task t : tasks) {
            total.merge(t.status.name(), 1L, Long::sum);
            Section s = t.sectionId == null ? null : byId.get(t.sectionId);
            while (s != null) {
                perSection.computeIfAbsent(s.id, k -> new LinkedHashMap<>()).merge(t.status.name(), 1L, Long::sum);
                s = s.parentId == null ? null : byId.get(s.parentId);
            }
        }
        List<SectionCount> sectionCounts = new ArrayList<>();
        for (Section s : sections) {
            Map<String, Long> by = perSection.getOrDefault(s.id, Map.of());
            sectionCounts.add(new SectionCount(s.id, s.label, s.title, s.level, s.kind,
                    by.values().stream().mapToLong(Long::longValue).sum(), by));
        }
        Map<Long, long[]> perUnit = new LinkedHashMap<>();
        for (Task t : tasks) {
            if (t.leadUnitId != null) {
                perUnit.computeIfAbsent(t.leadUnitId, k -> new long[3])[0]++;
            }
            for (TaskUnit u : t.units) {
                if (u.unitId != null) {
                    perUnit.computeIfAbsent(u.unitId, k -> new long[3])[u.role.ordinal()]++;
                }
            }
        }
        Map<Long, String> names = new HashMap<>();
        if (!perUnit.isEmpty()) {
            Unit.<Unit>list("id in ?1", perUnit.keySet()).forEach(u -> names.put(u.id, u.name));
        }
        List<UnitCount> unitCounts = perUnit.entrySet().stream()
                .map(e -> new UnitCount(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[0] + e.getValue()[1] + e.getValue()[2]))
                .sorted(java.util.Comparator.comparingLong(UnitCount::total).reversed().thenComparing(UnitCount::unitId))
                .toList();
        return new PlanCounts(planId, tasks.size(), total, sectionCounts, unitCounts);
    }

    public List<TaskView> views(List<Task> tasks) {
        return views.views(tasks);
    }
}
