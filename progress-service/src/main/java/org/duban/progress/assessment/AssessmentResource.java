package org.duban.progress.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 绩效考核: every unit's score for the plan's year so far, ranked, with every point explained. */
@Path("/api/progress/plans/{planId}/assessment")
@Tag(name = "assessment", description = "绩效考核 / Unit assessment")
public class AssessmentResource {

    private final AssessmentService assessment;
    private final PlanDirectory plans;
    private final Caller caller;

    public AssessmentResource(AssessmentService assessment, PlanDirectory plans, Caller caller) {
        this.assessment = assessment;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    @Operation(operationId = "getAssessment", summary = "绩效考核 / Unit assessment of a plan",
            description = "各单位按及时性与完成情况的得分。 / Each unit's score from timeliness and completion.")
    public Page<UnitAssessment> assess(@PathParam("planId") String planId, @Valid @BeanParam PageQuery page) {
        caller.requireRegion(plans.require(planId).regionCode());
        return Page.ofList(assessment.assess(planId), page);
    }
}
