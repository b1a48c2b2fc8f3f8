package org.duban.progress.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/** duban.tasks.plan-published.v1: the plan's year and marker legend (footnote of the completion table). */
@ApplicationScoped
public class PlanProjection implements EventHandler {

    public static final String PLAN_PUBLISHED = "duban.tasks.plan-published.v1";

    @Override
    public boolean handles(String type) {
        return PLAN_PUBLISHED.equals(type);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode d = event.data();
        String planId = event.text("planId");
        if (planId == null) {
            throw new IllegalArgumentException("plan-published event " + event.id() + " lacks planId");
        }
        PlanView plan = PlanView.findById(planId);
        if (plan == null) {
            plan = new PlanView();
            plan.planId = planId;
        }
        plan.regionCode = d.path("regionCode").asText(null);
        plan.year = d.hasNonNull("year") ? d.path("year").asInt() : null;
        plan.title = d.path("title").asText(null);
        JsonNode legend = d.path("markerLegend");
        plan.markerLegend = legend.isObject() ? legend.toString() : null;
        plan.persist();
    }
}
