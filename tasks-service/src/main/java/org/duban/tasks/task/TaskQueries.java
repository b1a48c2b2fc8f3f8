package org.duban.tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import org.duban.tasks.plan.Section;
import org.duban.tasks.task.TaskDtos.PlanCounts;
import org.duban.tasks.task.TaskDtos.SectionCount;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UnitCount;
import org.duban.tasks.task.TaskDtos.UnitTaskView;
import org.duban.tasks.unit.DirectoryService;
import org.duban.tasks.unit.Unit;

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
     * ("各街道" for a street office), with its role; the strongest role wins when a unit appears twice (a direct naming
     * before one through a group). Filtered, ranked, ordered (plan, position in the plan, id) and paged in one SQL
     * query, plus one count — never every task of the unit in memory (issue 14); the page's tasks are then read once.
     */
    public Page<UnitTaskView> forUnit(ReadScope scope, long unitId, UnitRole role, Long planId, Integer year, TaskStatus status,
            PageQuery page) {
        Unit unit = Unit.findById(unitId);
        if (unit == null) {
            throw ProblemException.notFound("unit", unitId);
        }
        scope.requireRegion(unit.regionCode);
        List<Long> groups = directory.groupsOf(unit).stream().map(g -> g.id).toList();
        StringBuilder rank = new StringBuilder("case tu.role");
        for (UnitRole r : UnitRole.values()) {
            rank.append(" when '").append(r.name()).append("' then ").append(r.ordinal());
        }
        rank.append(" end");
        String roles = "select t.id as task_id, " + UnitRole.LEAD.ordinal() + " as rank, cast(null as varchar) as via"
                + " from task t where t.lead_unit_id = :unit"
                + " union all select tu.task_id, " + rank + ", cast(null as varchar) from task_unit tu where tu.unit_id = :unit"
                + (groups.isEmpty() ? "" : " union all select tu.task_id, " + rank + ", g.name from task_unit tu"
                        + " join unit_group g on g.id = tu.group_id where tu.group_id in (:groups)");
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unitId);
        if (!groups.isEmpty()) {
            params.put("groups", groups);
        }
        if (role != null) {
            where.append(" and b.rank = :role");
            params.put("role", role.ordinal());
        }
        if (planId != null) {
            where.append(" and t.plan_id = :plan");
            params.put("plan", planId);
        }
        if (year != null) {
            where.append(" and t.year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and t.status = :status");
            params.put("status", status.name());
        }
        if (!scope.drafts()) {
            where.append(" and (p.id is null or p.status <> 'DRAFT')");
        }
        String from = " from (select distinct on (task_id) task_id, rank, via from (" + roles + ") r"
                + " order by task_id, rank, via is not null) b join task t on t.id = b.task_id left join plan p on p.id = t.plan_id"
                + where;
        Query count = em.createNativeQuery("select count(*)" + from);
        Query select = em.createNativeQuery("select t.id, b.rank, b.via" + from
                + " order by coalesce(t.plan_id, 0), t.position, t.id", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.pageSize).getResultList();
        Map<Long, Task> byId = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        if (!ids.isEmpty()) {
            Task.<Task>list("id in ?1", ids).forEach(t -> byId.put(t.id, t));
        }
        List<Task> tasks = ids.stream().map(byId::get).toList();
        TaskViews.Context context = views.context(tasks);
        List<UnitTaskView> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            items.add(new UnitTaskView(UnitRole.values()[((Number) r[1]).intValue()], (String) r[2], views.view(tasks.get(i), context)));
        }
        return new Page<>(Page.Pager.of(page, total), items);
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
