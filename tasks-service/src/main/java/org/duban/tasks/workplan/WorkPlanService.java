package org.duban.tasks.workplan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import org.duban.tasks.importer.WorkPlanTemplate;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.PlanService;
import org.duban.tasks.plan.PlanStatus;
import org.duban.tasks.task.Task;
import org.duban.tasks.task.TaskService;
import org.duban.tasks.task.TaskUnit;
import org.duban.tasks.task.UnitRole;
import org.duban.tasks.unit.DirectoryService;
import org.duban.tasks.unit.Unit;
import org.duban.tasks.unit.UnitGroup;
import org.duban.tasks.workplan.WorkPlanDtos.CreateWorkPlan;
import org.duban.tasks.workplan.WorkPlanDtos.Item;
import org.duban.tasks.workplan.WorkPlanDtos.Template;
import org.duban.tasks.workplan.WorkPlanDtos.UpdateWorkPlan;
import org.duban.tasks.workplan.WorkPlanDtos.WorkPlanView;

/**
 * Work plans (办理方案): a lead or responsible unit drafts one per task, submits it by the plan's deadline
 * (the seed's is 28 January), and the supervision office approves it or returns it with a reason.
 */
@ApplicationScoped
@Transactional
public class WorkPlanService {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> SORTS = Map.of("id", "id", "status", "status", "submittedAt", "submittedAt",
            "taskId", "taskId", "unitId", "unitId");

    private final DirectoryService directory;
    private final EntityManager em;

    public WorkPlanService(DirectoryService directory, EntityManager em) {
        this.directory = directory;
        this.em = em;
    }

    /**
     * The 办理方案 of unit {@code request.unitId()} for the task.
     *
     * @throws ProblemException 404 no such task, 403 another region's task or another unit than the caller's, 409 the plan
     *         not published or the unit's plan already written, 422 a unit that owes the task no reports
     */
    public WorkPlanView create(long taskId, CreateWorkPlan request, WriteScope scope) {
        Task task = TaskService.task(taskId);
        scope.requireRegion(task.regionCode);
        scope.requireUnit(String.valueOf(request.unitId()));
        Plan plan = PlanService.plan(task.planId);
        if (plan.status != PlanStatus.PUBLISHED) {
            throw ProblemException.conflict("plan " + plan.id + " is " + plan.status + "; work plans are written for published plans / 计划未发布");
        }
        Unit unit = Unit.findById(request.unitId());
        if (unit == null || !unit.regionCode.equals(task.regionCode)) {
            throw ProblemException.invalid("unitId", "unit " + request.unitId() + " does not exist in the task's region / 单位不存在");
        }
        if (!owesReports(task, unit)) {
            throw ProblemException.unprocessable("unit " + unit.name + " is neither lead nor responsible for task " + task.number
                    + " / 该单位不是此任务的牵头或责任单位");
        }
        if (WorkPlan.count("taskId = ?1 and unitId = ?2", taskId, unit.id) > 0) {
            throw ProblemException.conflict("unit " + unit.name + " already has a work plan for task " + taskId + " / 已有办理方案");
        }
        WorkPlan wp = new WorkPlan();
        wp.taskId = taskId;
        wp.unitId = unit.id;
        wp.overallResponsible = request.overallResponsible();
        items(wp, request.items());
        wp.createdAt = OffsetDateTime.now();
        wp.updatedAt = wp.createdAt;
        wp.persistAndFlush();
        return view(wp);
    }

    public WorkPlanView update(long id, UpdateWorkPlan request, WriteScope scope) {
        WorkPlan wp = ownWorkPlan(id, scope);
        Versions.check(wp.version, request.version(), "work plan " + id);
        if (wp.status != WorkPlanStatus.DRAFT && wp.status != WorkPlanStatus.RETURNED) {
            throw ProblemException.conflict("work plan " + id + " is " + wp.status + " and cannot be edited / 办理方案已提交,不能修改");
        }
        wp.overallResponsible = request.overallResponsible();
        items(wp, request.items());
        wp.updatedAt = OffsetDateTime.now();
        em.flush();
        return view(wp);
    }

    public WorkPlanView submit(long id, Integer version, WriteScope scope) {
        WorkPlan wp = ownWorkPlan(id, scope);
        Versions.check(wp.version, version, "work plan " + id);
        move(wp, WorkPlanStatus.SUBMITTED, WorkPlanStatus.DRAFT, WorkPlanStatus.RETURNED);
        wp.submittedAt = OffsetDateTime.now();
        wp.returnReason = null;
        em.flush();
        return view(wp);
    }

    public WorkPlanView approve(long id, Integer version, WriteScope scope) {
        WorkPlan wp = regionsWorkPlan(id, scope);
        Versions.check(wp.version, version, "work plan " + id);
        move(wp, WorkPlanStatus.APPROVED, WorkPlanStatus.SUBMITTED);
        wp.decidedAt = OffsetDateTime.now();
        em.flush();
        return view(wp);
    }

    public WorkPlanView returnToUnit(long id, String reason, Integer version, WriteScope scope) {
        WorkPlan wp = regionsWorkPlan(id, scope);
        Versions.check(wp.version, version, "work plan " + id);
        move(wp, WorkPlanStatus.RETURNED, WorkPlanStatus.SUBMITTED);
        wp.returnReason = reason.strip();
        wp.decidedAt = OffsetDateTime.now();
        em.flush();
        return view(wp);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkPlanView get(long id) {
        return view(workPlan(id));
    }

    /**
     * One work plan as {@code scope} may see it: the unit's own, one on a task its unit leads, or any of the region
     * for the office (DESIGN.md flow 2; the same rule as reports).
     *
     * @throws ProblemException 404 when there is none, 403 when it is another region's or another unit's
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkPlanView get(long id, ReadScope scope) {
        WorkPlan wp = workPlan(id);
        Task task = TaskService.task(wp.taskId);
        scope.requireRegion(task.regionCode);
        if (!scope.seesUnit(String.valueOf(wp.unitId), scope.unit() != null && String.valueOf(task.leadUnitId).equals(scope.unit()))) {
            throw ProblemException.forbidden("work plan " + id + " belongs to another unit / 非本单位办理方案");
        }
        return view(wp);
    }

    /** Work plans visible in {@code scope} (see {@link #get(long, ReadScope)}), filtered; filters optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorkPlanView> list(ReadScope scope, String regionCode, Long planId, Long taskId, Long unitId,
            WorkPlanStatus status, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, SORTS, Sort.by("id"));
        StringBuilder where = new StringBuilder("taskId in (select t.id from Task t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String region = scope.region() != null ? scope.region() : regionCode;
        if (region != null) {
            where.append(" and t.regionCode = :region");
            params.put("region", region);
        }

        if (planId != null) {
            where.append(" and t.planId = :plan");
            params.put("plan", planId);
        }
        where.append(")");
        if (taskId != null) {
            where.append(" and taskId = :task");
            params.put("task", taskId);
        }
        if (!scope.office()) {
            // the caller's unit's own plans, and every unit's on the tasks it leads; a scope without a unit sees none
            where.append(" and (unitId = :me or taskId in (select t2.id from Task t2 where t2.leadUnitId = :me))");
            params.put("me", unitNumber(scope.unit()));
        }
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.put("unit", unitId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return Page.of(WorkPlan.find(where.toString(), sort, params), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Template template(long planId) {
        Plan plan = PlanService.plan(planId);
        WorkPlanTemplate t = WorkPlanTemplate.DEFAULT;
        return new Template(t.title(), t.headerFields(), t.columns(), plan.workPlanDue);
    }

    /** The region of the task a work plan belongs to (for scope checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    /** A scope's unit id as stored (a number); -1, which matches no unit, when it names none or not a number. */
    static long unitNumber(String unit) {
        try {
            return unit == null ? -1 : Long.parseLong(unit);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The work plan, if its task is in {@code scope}'s region: 404 none, 403 another region's. */
    private static WorkPlan regionsWorkPlan(long id, WriteScope scope) {
        WorkPlan wp = workPlan(id);
        scope.requireRegion(TaskService.task(wp.taskId).regionCode);
        return wp;
    }

    /** As {@link #regionsWorkPlan}, and the caller's unit's own (the office acts for every unit): else 403. */
    private static WorkPlan ownWorkPlan(long id, WriteScope scope) {
        WorkPlan wp = regionsWorkPlan(id, scope);
        scope.requireUnit(String.valueOf(wp.unitId));
        return wp;
    }

    private boolean owesReports(Task task, Unit unit) {
        if (unit.id.equals(task.leadUnitId)) {
            return true;
        }
        for (TaskUnit u : task.units) {
            if (u.role == UnitRole.RELATED) {
                continue;
            }
            if (unit.id.equals(u.unitId)) {
                return true;
            }
            if (u.groupId != null) {
                UnitGroup g = UnitGroup.findById(u.groupId);
                if (g != null && g.regionCode.equals(unit.regionCode) && unit.mergedInto == null && g.covers(unit.id, unit.kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void move(WorkPlan wp, WorkPlanStatus to, WorkPlanStatus... from) {
        for (WorkPlanStatus f : from) {
            if (wp.status == f) {
                wp.status = to;
                wp.updatedAt = OffsetDateTime.now();
                return;
            }
        }
        throw ProblemException.conflict("a work plan cannot go from " + wp.status + " to " + to + " / 办理方案状态不能从"
                + wp.status + "变为" + to);
    }

    private static void items(WorkPlan wp, List<Item> items) {
        wp.items.clear();
        for (Item i : items) {
            wp.items.add(new WorkPlanItem(i.content().strip(), i.deadline(), i.leaderInCharge(), i.responsibleSection()));
        }
    }

    private static WorkPlan workPlan(long id) {
        WorkPlan wp = WorkPlan.findById(id);
        if (wp == null) {
            throw ProblemException.notFound("work plan", id);
        }
        return wp;
    }

    WorkPlanView view(WorkPlan wp) {
        Task task = Task.findById(wp.taskId);
        Plan plan = task == null || task.planId == null ? null : Plan.findById(task.planId);
        Unit unit = Unit.findById(wp.unitId);
        LocalDate due = plan == null ? null : plan.workPlanDue;
        boolean late = due != null && (wp.submittedAt != null
                ? wp.submittedAt.atZoneSameInstant(SHANGHAI).toLocalDate().isAfter(due)
                : wp.status == WorkPlanStatus.DRAFT && LocalDate.now(SHANGHAI).isAfter(due));
        return new WorkPlanView(wp.id, wp.taskId, task == null ? null : task.number, task == null ? null : task.title,
                task == null ? null : task.planId, wp.unitId, unit == null ? null : unit.name, wp.overallResponsible,
                wp.status, wp.returnReason,
                wp.items.stream().map(i -> new Item(i.content, i.deadline, i.leaderInCharge, i.responsibleSection)).toList(),
                due, late, wp.submittedAt, wp.decidedAt, wp.version, wp.createdAt, wp.updatedAt);
    }
}
