package org.duban.progress.assignment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Live (not cancelled) tasks of the plan in 序号 order. */
    public List<TaskView> tasks(String planId) {
        List<TaskView> tasks = TaskView.list("planId = ?1 and cancelled = false", planId);
        return tasks.stream().sorted(Comparator.comparing((TaskView t) -> t.number, TaskView::compareNumbers)
                .thenComparing(t -> t.taskId)).toList();
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

    public List<Assignment> assignments(String taskId) {
        return Assignment.list("key.taskId", taskId);
    }

    public List<Assignment> assignmentsOfPlan(String planId) {
        return Assignment.list("planId", planId);
    }
}
