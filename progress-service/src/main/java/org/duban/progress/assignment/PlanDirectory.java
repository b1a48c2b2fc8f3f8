package org.duban.progress.assignment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.platform.problem.ProblemException;

/** What this service knows about a plan: its region and year, its live tasks and its marker legend. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanDirectory {

    public record PlanInfo(String planId, String regionCode, int year, String title) {
    }

    private final ObjectMapper mapper;

    public PlanDirectory(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public PlanInfo require(String planId) {
        PlanView plan = PlanView.findById(planId);
        if (plan != null && plan.year != null) {
            return new PlanInfo(planId, plan.regionCode, plan.year, plan.title);
        }
        TaskView any = TaskView.find("planId", planId).firstResult();
        if (any == null) {
            throw ProblemException.notFound("plan", planId);
        }
        return new PlanInfo(planId, any.regionCode, any.year, plan == null ? null : plan.title);
    }

    /**
     * Live (not cancelled) tasks of the plan in plan order ({@link TaskView#PLAN_ORDER}): targets, key work and
     * livelihood projects each in their place, not their 序号 interleaved (1, 1, 1, 2, 2, 2 …).
     */
    public List<TaskView> tasks(String planId) {
        List<TaskView> tasks = TaskView.list("planId = ?1 and cancelled = false", planId);
        return tasks.stream().sorted(TaskView.PLAN_ORDER).toList();
    }

    public Map<String, String> markerLegend(String planId) {
        PlanView plan = PlanView.findById(planId);
        if (plan == null || plan.markerLegend == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(plan.markerLegend, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    public TaskView requireTask(String taskId) {
        TaskView task = TaskView.findById(taskId);
        if (task == null || task.cancelled) {
            throw ProblemException.notFound("task", taskId);
        }
        return task;
    }

    /** A live task named in a request body: 422 (not 404: the address exists, the body names nothing) when missing. */
    public TaskView requireNamedTask(String taskId) {
        TaskView task = TaskView.findById(taskId);
        if (task == null || task.cancelled) {
            throw ProblemException.unprocessable("task " + taskId + " does not exist / 任务不存在");
        }
        return task;
    }

    public List<Assignment> assignments(String taskId) {
        return Assignment.list("key.taskId", taskId);
    }

    /**
     * The units that owe a period whose effective deadline is {@code deadline}: those assigned on that day
     * ({@link AssignmentSpan#owesOn}), one per (task, unit), the lead's span first when a unit was both.
     */
    public List<AssignmentSpan> owedOn(String planId, LocalDate deadline) {
        Map<String, AssignmentSpan> owed = new LinkedHashMap<>();
        List<AssignmentSpan> spans = AssignmentSpan.list("planId", planId);
        for (AssignmentSpan s : spans) {
            if (s.owesOn(deadline)) {
                owed.merge(s.taskId + "|" + s.unitId, s, (a, b) -> a.role == Assignment.Role.LEAD ? a : b);
            }
        }
        return List.copyOf(owed.values());
    }

    /** The unit's stretch on the task that owes a period with that effective deadline, if any. */
    public Optional<AssignmentSpan> owing(String taskId, String unitId, LocalDate deadline) {
        return history(taskId, unitId).stream().filter(s -> s.owesOn(deadline)).findFirst();
    }

    /**
     * The unit's stretches on the task, latest first; empty if it was never assigned. A unit taken off a task may
     * still file on it (its report counts where it owed the period, and is never counted missing where it did not).
     */
    public List<AssignmentSpan> history(String taskId, String unitId) {
        return AssignmentSpan.list("taskId = ?1 and unitId = ?2 order by until desc nulls first", taskId, unitId);
    }
}
