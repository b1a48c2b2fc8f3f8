package org.duban.tasks.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.WriteScope;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.PlanService;
import org.duban.tasks.plan.PlanStatus;
import org.duban.tasks.plan.Section;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.task.TaskDtos.TaskView;
import org.duban.tasks.task.TaskDtos.UnitLink;
import org.duban.tasks.unit.UnitService;

/**
 * Carries the tasks of last year's plan that were not completed into this year's draft (结转任务, issue 20 item 5):
 * each becomes a task of the draft's section 上年结转任务, with its text, targets, leaders and units, linked to the
 * task it continues ({@code carriedFromTaskId}). Created through {@link TaskService#add}, the one way a task comes
 * to exist. Carrying twice is harmless: a task already carried into the plan is skipped.
 */
@ApplicationScoped
public class CarryOverService {

    /** The section carried tasks go into. */
    public static final String SECTION_TITLE = "上年结转任务";

    /** Which plan to carry from; {@code taskIds} limits it to those tasks (all incomplete ones when absent). */
    public record CarryOver(@NotNull Long fromPlanId, @Size(max = 2000) List<@NotNull Long> taskIds) {}

    /** What was carried (the new tasks, in the old plan's order) and which source tasks were already in the plan. */
    public record CarriedOver(long planId, long fromPlanId, List<TaskView> carried, List<Long> alreadyCarried) {}

    private final TaskService tasks;
    private final PlanService plans;
    private final UnitService units;
    private final TaskViews views;

    public CarryOverService(TaskService tasks, PlanService plans, UnitService units, TaskViews views) {
        this.tasks = tasks;
        this.plans = plans;
        this.units = units;
        this.views = views;
    }

    /**
     * Carries {@code request}'s tasks into plan {@code planId}.
     *
     * @throws ProblemException 404 for an unknown plan; 400 for an empty {@code taskIds}; 409 when the plan is not a
     *     DRAFT (a plan in force changes through the task API); 422 when the source plan is of another region, not an
     *     earlier year or itself a draft, or a named task is not in it or was completed, closed or cancelled
     */
    @Transactional
    public CarriedOver carryOver(long planId, CarryOver request, WriteScope scope) {
        Plan plan = PlanService.plan(planId);
        scope.requireRegion(plan.regionCode);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("plan " + planId + " is " + plan.status + "; tasks are carried into a draft / 只能结转到草稿计划");
        }
        Plan from = PlanService.plan(request.fromPlanId());
        if (!from.regionCode.equals(plan.regionCode) || from.year >= plan.year) {
            throw ProblemException.unprocessable("fromPlanId: plan " + from.id + " (" + from.regionCode + "/" + from.year
                    + ") is not an earlier plan of region " + plan.regionCode + " / 来源计划须为本地区以往年度的计划");
        }
        if (from.status == PlanStatus.DRAFT) {
            throw ProblemException.unprocessable("fromPlanId: plan " + from.id + " is a draft; tasks are carried from a plan "
                    + "that was in force / 来源计划尚未发布");
        }
        if (request.taskIds() != null && request.taskIds().isEmpty()) {
            throw ProblemException.invalid("taskIds", "name at least one task, or leave taskIds out to carry every "
                    + "unfinished one / 请指定任务,或不填以结转全部未完成任务");
        }
        List<Task> sources = sources(from, request.taskIds());
        // one carry-over of a plan at a time: a double click or two offices at once cannot carry a task twice
        // (the unique index on (plan_id, carried_from_task_id) makes it impossible anyway)
        int position = tasks.lockPositions(plan);
        Set<Long> carriedBefore = new HashSet<>(Task.<Task>list("planId = ?1 and carriedFromTaskId is not null", plan.id)
                .stream().map(t -> t.carriedFromTaskId).toList());
        Section section = section(plan);
        int number = (int) Task.count("sectionId", section.id);
        UnitService.Resolver resolver = units.resolver(plan.regionCode);
        List<Task> carried = new ArrayList<>();
        List<Long> already = new ArrayList<>();
        for (TaskView source : views.views(sources)) {
            if (carriedBefore.contains(source.id())) {
                already.add(source.id());
                continue;
            }
            String n = String.valueOf(++number);
            Task task = tasks.add(plan, section.id, ++position, new TaskInput(n, n + ".", source.title(), source.markers(),
                    source.targetText(), source.leaders(), source.coordinator(), source.leadPerson(), null,
                    source.quantTargets(), source.indicatorCode(), Responsibilities.parse(names(source.leadUnits())),
                    Responsibilities.parse(names(source.responsibleUnits())), Responsibilities.parse(names(source.relatedUnits()))),
                    resolver);
            task.carriedFromTaskId = source.id();
            carried.add(task);
        }
        return new CarriedOver(plan.id, from.id, views.views(carried), already);
    }

    /** The incomplete tasks of {@code from} in plan order, or the named ones (each must be in it and incomplete). */
    private static List<Task> sources(Plan from, List<Long> taskIds) {
        List<TaskStatus> done = List.of(TaskStatus.COMPLETED, TaskStatus.CLOSED, TaskStatus.CANCELLED);
        if (taskIds == null || taskIds.isEmpty()) {
            return Task.list("planId = ?1 and status not in ?2 order by position", from.id, done);
        }
        List<Task> named = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(taskIds)) {
            Task t = Task.findById(id);
            if (t == null || !from.id.equals(t.planId)) {
                throw ProblemException.unprocessable("taskIds: task " + id + " is not in plan " + from.id + " / 任务不属于来源计划");
            }
            if (done.contains(t.status)) {
                throw ProblemException.unprocessable("taskIds: task " + id + " is " + t.status + "; only unfinished tasks are carried / 已完成的任务不结转");
            }
            named.add(t);
        }
        named.sort(java.util.Comparator.comparingInt(t -> t.position));
        return named;
    }

    /** The plan's 上年结转任务 section, created after its last level-one section when missing. */
    private Section section(Plan plan) {
        Section existing = Section.<Section>find("planId = ?1 and parentId is null and title = ?2", plan.id, SECTION_TITLE)
                .firstResult();
        if (existing != null) {
            return existing;
        }
        long levelOne = Section.count("planId = ?1 and parentId is null", plan.id);
        return plans.newSection(plan, null, "一二三四五六七八九十".charAt((int) Math.min(levelOne, 9)) + "、", SECTION_TITLE,
                SectionKind.OTHER, null, plans.nextSectionPosition(plan));
    }

    /** Unit names as the task API takes them: the note in brackets (区统计局(数据统计评估牵头单位)). */
    private static List<String> names(List<UnitLink> links) {
        return links == null ? List.of() : links.stream()
                .map(u -> u.note() == null || u.note().isBlank() ? u.name() : u.name() + "(" + u.note() + ")").toList();
    }
}
