package org.duban.tasks.task;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.platform.security.WriteScope;
import org.duban.platform.concurrency.Versions;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.PlanService;
import org.duban.tasks.plan.PlanStatus;
import org.duban.tasks.plan.Section;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.task.TaskDtos.ChangeStatus;
import org.duban.tasks.task.TaskDtos.CreateTask;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UpdateTask;
import org.duban.tasks.unit.UnitNames;
import org.duban.tasks.unit.UnitRef;
import org.duban.tasks.unit.UnitService;

/**
 * Tasks and their responsibility matrix. Changes to a task of a published plan leave a snapshot event in the
 * outbox in the same transaction; tasks of a draft plan stay quiet until the plan is published.
 */
@ApplicationScoped
@Transactional
public class TaskService {
    static final String MANUAL = "MANUAL";
    private static final Map<String, String> SORTS = Map.of("id", "id", "number", "number", "position", "position",
            "status", "status", "dueDate", "dueDate", "year", "year", "title", "title");

    private final UnitService units;
    private final TaskEvents events;
    private final TaskViews views;
    private final EntityManager em;

    public TaskService(UnitService units, TaskEvents events, TaskViews views, EntityManager em) {
        this.units = units;
        this.events = events;
        this.views = views;
        this.em = em;
    }

    public TaskView create(CreateTask request) {
        Plan plan = request.planId() != null ? plan(request.planId()) : manualPlan(request.regionCode(), request.year());
        if (!plan.regionCode.equals(request.regionCode()) || plan.year != request.year()) {
            throw ProblemException.invalid("planId", "plan " + plan.id + " belongs to " + plan.regionCode + "/" + plan.year
                    + " / 计划的地区或年度不符");
        }
        writable(plan);
        int position = lockPositions(plan) + 1;
        Task task = add(plan, section(request.sectionId(), plan.id), position, new TaskInput(request.number(), null,
                request.title(), request.markers(), request.targetText(), request.leaders(), request.coordinator(),
                request.leadPerson(), request.dueDate(), request.quantTargets(), request.indicatorCode(),
                Responsibilities.leads(request.leadUnit(), request.leadUnits()), Responsibilities.parse(request.responsibleUnits()),
                Responsibilities.parse(request.relatedUnits())), units.resolver(plan.regionCode));
        em.flush();
        if (plan.status == PlanStatus.PUBLISHED) {
            events.publish(TaskEvents.TASK_ASSIGNED, List.of(task));
        }
        return views.view(task);
    }

    /**
     * Takes the plan's position lock for the rest of the transaction (tasks added by two callers at once never share a
     * 序号 position, nor is one source task carried twice) and answers the last position used, 0 for none.
     */
    public int lockPositions(Plan plan) {
        org.duban.platform.lock.AdvisoryLocks.lock(em, "duban-plan-positions:" + plan.id);
        return ((Number) em.createQuery("select coalesce(max(t.position), 0) from Task t where t.planId = :p")
                .setParameter("p", plan.id).getSingleResult()).intValue();
    }

    /**
     * The one way a task comes to exist (task API and importer): in {@code plan}'s region and year, under section
     * {@code sectionId} (null for none), at {@code position}; its matrix resolved through the region's directory. Persisted,
     * not published (the caller knows whether the plan is in force). Widths are checked here: 422 naming the field.
     */
    public Task add(Plan plan, Long sectionId, int position, TaskInput in, UnitService.Resolver resolver) {
        Task task = new Task();
        task.planId = plan.id;
        task.regionCode = plan.regionCode;
        task.year = plan.year;
        task.sectionId = sectionId;
        task.position = position;
        task.createdAt = OffsetDateTime.now();
        task.label = TaskRules.fit(in.label(), 40, "number / 编号");
        TaskRules.fit(in.number(), 20, "number / 编号");
        TaskRules.fit(in.title(), 4000, "title / 任务内容");
        TaskRules.fit(in.targetText(), 1000, "target / 目标");
        TaskRules.fit(in.coordinator(), 100, "coordinator / 协管责任人");
        TaskRules.fit(in.leadPerson(), 200, "lead person / 责任人");
        if (in.leaders() != null) {
            in.leaders().forEach(l -> TaskRules.fit(l, 100, "responsible leader / 责任领导"));
        }
        for (List<UnitRef> refs : List.of(in.leadUnits(), in.responsibleUnits(), in.relatedUnits())) {
            refs.forEach(r -> TaskRules.fit(r.name(), 200, "unit name / 单位名称"));
        }
        fill(task, in.number(), in.title(), in.markers(), in.targetText(), in.leaders(), in.coordinator(), in.leadPerson(),
                in.dueDate(), in.quantTargets(), in.indicatorCode());
        Responsibilities.apply(task, resolver, in.leadUnits(), in.responsibleUnits(), in.relatedUnits());
        task.persist();
        return task;
    }

    /**
     * Replaces the task's fields and matrix with {@code request}'s (a published plan's task also tells others).
     *
     * @throws ProblemException 404 no such task, 403 another region's, 409/412/428 as {@link Versions#check}, 409 when the
     *         plan is archived or the task finished, 422 a bad field
     */
    public TaskView update(long id, UpdateTask request, WriteScope scope) {
        Task task = withCollections(id);
        scope.requireRegion(task.regionCode);
        Versions.check(task.version, request.version(), "task " + id);
        Plan plan = plan(task.planId);
        writable(plan);
        if (task.status.isFinal()) {
            throw ProblemException.conflict("task " + id + " is " + task.status + " and can no longer change / 任务已结束");
        }
        Long sectionId = section(request.sectionId(), plan.id);
        if (request.effectiveDate() != null && request.effectiveDate().getYear() != plan.year) {
            throw ProblemException.invalid("effectiveDate", "must lie in the plan's year " + plan.year
                    + " / 生效日期应在方案年度内");
        }
        Responsibilities.Matrix matrix = Responsibilities.resolve(units.resolver(task.regionCode),
                Responsibilities.leads(request.leadUnit(), request.leadUnits()),
                Responsibilities.parse(request.responsibleUnits()), Responsibilities.parse(request.relatedUnits()));
        task.sectionId = sectionId;
        fill(task, request.number(), request.title(), request.markers(), request.targetText(), request.leaders(),
                request.coordinator(), request.leadPerson(), request.dueDate(), request.quantTargets(), request.indicatorCode());
        matrix.applyTo(task);
        task.updatedAt = OffsetDateTime.now();
        em.flush();
        if (plan.status == PlanStatus.PUBLISHED) {
            return publishedUpdate(task, request.effectiveDate());
        }
        return views.view(task);
    }

    /** ASSIGNED → IN_PROGRESS → COMPLETED → CLOSED; COMPLETED may reopen to IN_PROGRESS; any open task may be CANCELLED. */
    public TaskView changeStatus(long id, ChangeStatus request, WriteScope scope) {
        Task task = task(id);
        scope.requireRegion(task.regionCode);
        Versions.check(task.version, request.version(), "task " + id);
        Plan plan = plan(task.planId);
        TaskStatus from = task.status;
        TaskStatus to = request.status();
        boolean allowed = switch (to) {
            case ASSIGNED -> false;
            case IN_PROGRESS -> from == TaskStatus.ASSIGNED || from == TaskStatus.COMPLETED;
            case COMPLETED -> from == TaskStatus.ASSIGNED || from == TaskStatus.IN_PROGRESS;
            case CLOSED -> from == TaskStatus.COMPLETED;
            case CANCELLED -> !from.isFinal();
        };
        if (!allowed) {
            throw ProblemException.conflict("a task cannot go from " + from + " to " + to + " / 任务状态不能从" + from + "变为" + to);
        }
        task.status = to;
        task.updatedAt = OffsetDateTime.now();
        em.flush();
        if (plan.status == PlanStatus.PUBLISHED) {
            if (to == TaskStatus.CANCELLED) {
                events.cancelled(task);
            } else {
                return publishedUpdate(task, null);
            }
        }
        return views.view(task);
    }

    /** Publishes task-updated for a flushed task and answers its view, reading the names once for both. */
    private TaskView publishedUpdate(Task task, java.time.LocalDate effectiveDate) {
        TaskViews.Context names = views.eventContext(List.of(task));
        events.publish(TaskEvents.TASK_UPDATED, List.of(task), effectiveDate, names);
        return views.view(task, names);
    }

    /** Merges two units and tells others who answers now for the tasks of published plans that named the source. */
    public org.duban.tasks.unit.UnitDtos.UnitView mergeUnits(long targetId, long sourceId, WriteScope scope) {
        UnitService.MergeResult result = units.merge(targetId, sourceId, scope);
        republish(result.affectedTaskIds());
        return result.unit();
    }

    private void republish(List<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        List<Task> tasks = Task.list("id in ?1", taskIds);
        List<Task> published = new ArrayList<>();
        for (Task t : tasks) {
            // a task that named both units now names the target twice (or as lead and responsible): once, as a PUT would
            Responsibilities.normalize(t);
            Plan plan = t.planId == null ? null : Plan.findById(t.planId);
            if (plan != null && plan.status == PlanStatus.PUBLISHED && !t.status.isFinal()) {
                t.updatedAt = OffsetDateTime.now();
                published.add(t);
            }
        }
        em.flush();
        events.publish(TaskEvents.TASK_UPDATED, published);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView get(long id) {
        return views.view(task(id));
    }

    /**
     * Filters of the task list: the caller's {@link ReadScope} (required: it limits the region and hides draft
     * plans' tasks from all but the office), then optional filters.
     */
    public record Filter(ReadScope scope, String regionCode, Long planId, Integer year, Long sectionId, SectionKind sectionKind,
            TaskStatus status, String marker, String leader, Long unitId, String q, String indicatorCode) {
        public Filter {
            java.util.Objects.requireNonNull(scope, "a task list always has the caller's scope");
        }
    }

    /**
     * One task as {@code scope} may see it.
     *
     * @throws ProblemException 404 when there is no such task or it belongs to a draft plan the caller may not see,
     *                          403 when it is in another region
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView get(long id, ReadScope scope) {
        // the task with its leaders, units and targets, and its plan's status, in one statement (issue 14: a task read
        // made some ten round trips)
        List<Object[]> rows = Task.getEntityManager().createQuery("select t, p.status from Task t"
                + " left join fetch t.leaders left join fetch t.units left join fetch t.quantTargets"
                + " left join Plan p on p.id = t.planId where t.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("task", id);
        }
        Task task = (Task) rows.get(0)[0];
        if (!scope.drafts() && rows.get(0)[1] == PlanStatus.DRAFT) {
            throw ProblemException.notFound("task", id);
        }
        scope.requireRegion(task.regionCode);
        return views.view(task);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaskView> list(Filter f, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, SORTS, Sort.by("planId").and("position").and("id"));
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String region = f.scope().region() != null ? f.scope().region() : f.regionCode();
        if (region != null) {
            where.append(" and regionCode = :region");
            params.put("region", region);
        }
        if (!f.scope().drafts()) {
            where.append(" and planId in (select p.id from Plan p where p.status <> :draft)");
            params.put("draft", PlanStatus.DRAFT);
        }
        if (f.planId() != null) {
            where.append(" and planId = :plan");
            params.put("plan", f.planId());
        }
        if (f.year() != null) {
            where.append(" and year = :year");
            params.put("year", f.year());
        }
        if (f.sectionId() != null) {
            where.append(" and sectionId in :sections");
            params.put("sections", sectionAndBelow(f.sectionId()));
        }
        if (f.sectionKind() != null) {
            where.append(" and sectionId in (select s.id from Section s where s.kind = :kind)");
            params.put("kind", f.sectionKind());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.put("status", f.status());
        }
        if (f.marker() != null && !f.marker().isBlank()) {
            where.append(" and markers like :marker");
            params.put("marker", "%" + f.marker().strip() + "%");
        }
        if (f.leader() != null && !f.leader().isBlank()) {
            where.append(" and id in (select t2.id from Task t2 join t2.leaders l where l = :leader)");
            params.put("leader", UnitNames.clean(f.leader()));
        }
        if (f.unitId() != null) {
            where.append(" and (leadUnitId = :unit or id in (select t3.id from Task t3 join t3.units u where u.unitId = :unit))");
            params.put("unit", f.unitId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (title like :q or number = :qExact or targetText like :q)");
            params.put("q", "%" + f.q().strip() + "%");
            params.put("qExact", f.q().strip());
        }
        if (f.indicatorCode() != null) {
            where.append(" and indicatorCode = :indicator");
            params.put("indicator", f.indicatorCode());
        }
        var query = Task.<Task>find(where.toString(), sort, params);
        Page<Task> tasks = Page.of(query, page, t -> t);
        return new Page<>(tasks.pager(), views.views(tasks.items()));
    }

    private List<Long> sectionAndBelow(long sectionId) {
        Section root = Section.findById(sectionId);
        if (root == null) {
            throw ProblemException.notFound("section", sectionId);
        }
        List<Section> all = Section.list("planId", root.planId);
        List<Long> ids = new ArrayList<>(List.of(root.id));
        for (int i = 0; i < ids.size(); i++) {
            Long parent = ids.get(i);
            all.stream().filter(s -> parent.equals(s.parentId)).forEach(s -> ids.add(s.id));
        }
        return ids;
    }

    private static void fill(Task task, String number, String title, List<String> markers, String targetText,
            List<String> leaders, String coordinator, String leadPerson, java.time.LocalDate dueDate,
            List<TaskDtos.QuantTarget> quantTargets, String indicatorCode) {
        task.number = number.strip();
        task.title = title.strip();
        task.markers = markers == null ? "" : String.join("", markers.stream().distinct().toList());
        task.targetText = blank(targetText);
        task.leaders.clear();
        if (leaders != null) {
            leaders.stream().map(UnitNames::clean).distinct().forEach(task.leaders::add);
        }
        task.coordinator = blank(coordinator);
        task.leadPerson = blank(leadPerson);
        task.dueDate = dueDate;
        task.quantTargets.clear();
        if (quantTargets != null) {
            quantTargets.forEach(q -> task.quantTargets.add(new QuantTargetValue(q.metric(), q.value(), q.unit(), q.comparator())));
        }
        task.indicatorCode = blank(indicatorCode);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The region's plan of tasks entered by hand for the year, created by the first such task (once, however many race). */
    private Plan manualPlan(String regionCode, int year) {
        org.duban.platform.lock.AdvisoryLocks.lock(em, "duban-manual-plan:" + regionCode + ":" + year);
        return Plan.<Plan>find("regionCode = ?1 and year = ?2 and sourceFormat = ?3", regionCode, year, MANUAL)
                .firstResultOptional().orElseGet(() -> {
                    Plan p = new Plan();
                    p.regionCode = regionCode;
                    p.year = year;
                    p.title = year + "年手工录入任务 / tasks entered by hand";
                    p.status = PlanStatus.PUBLISHED;
                    p.sourceFormat = MANUAL;
                    p.createdAt = OffsetDateTime.now();
                    p.publishedAt = p.createdAt;
                    p.persist();
                    return p;
                });
    }

    private static void writable(Plan plan) {
        if (plan.status == PlanStatus.ARCHIVED) {
            throw ProblemException.conflict("plan " + plan.id + " is archived / 计划已归档,不能修改");
        }
    }

    private static Long section(Long sectionId, Long planId) {
        if (sectionId == null) {
            return null;
        }
        Section s = Section.findById(sectionId);
        if (s == null || !s.planId.equals(planId)) {
            throw ProblemException.invalid("sectionId", "section " + sectionId + " is not part of plan " + planId + " / 章节不属于该计划");
        }
        return sectionId;
    }

    static Plan plan(Long id) {
        Plan plan = id == null ? null : Plan.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    /**
     * The task with its leaders, units and targets in one statement, for a write that replaces them (an edit loaded
     * them one collection at a time: three more round trips). 404 when there is none.
     */
    static Task withCollections(long id) {
        List<Task> rows = Task.getEntityManager().createQuery("select t from Task t left join fetch t.leaders"
                + " left join fetch t.units left join fetch t.quantTargets where t.id = :id", Task.class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("task", id);
        }
        return rows.get(0);
    }

    public static Task task(long id) {
        Task task = Task.findById(id);
        if (task == null) {
            throw ProblemException.notFound("task", id);
        }
        return task;
    }
}
