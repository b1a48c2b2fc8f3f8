package org.duban.tasks.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.duban.tasks.region.Region;
import org.duban.tasks.task.Task;
import org.duban.tasks.task.TaskQueries;

/**
 * Issues a plan as its decomposition notice ({@link PlanDocument}): the plan, its section tree and every task in plan
 * order, read in one transaction. Scope is the caller's business (the resource checks the plan is readable).
 */
@ApplicationScoped
public class PlanDocuments {
    private final PlanService plans;
    private final TaskQueries queries;

    public PlanDocuments(PlanService plans, TaskQueries queries) {
        this.plans = plans;
        this.queries = queries;
    }

    /**
     * The plan as a document.
     *
     * @throws org.duban.platform.problem.ProblemException 404 when the plan does not exist
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDocument document(long planId) {
        PlanDtos.PlanView plan = plans.get(planId);
        Region region = Region.findById(plan.regionCode());
        List<Task> tasks = Task.list("planId = ?1 order by position", planId);
        return PlanDocument.of(plan, region == null ? null : region.name, plan.sections(), queries.views(tasks));
    }
}
