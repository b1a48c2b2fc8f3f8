package org.duban.progress.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/**
 * Keeps the indicator figures and verdicts of indicators-service: figures feed the pace of tasks whose
 * indicatorCode matches; verdicts open the notice. A figure or a verdict of a lower revision arriving late
 * changes nothing; the same event twice writes the same row (upsert by indicator, region, year and period).
 */
@ApplicationScoped
public class IndicatorProjection implements EventHandler {

    public static final String OBSERVATION_RECORDED = "duban.indicators.observation-recorded.v1";
    public static final String INDICATOR_EVALUATED = "duban.indicators.indicator-evaluated.v1";

    @Override
    public boolean handles(String type) {
        return OBSERVATION_RECORDED.equals(type) || INDICATOR_EVALUATED.equals(type);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode d = event.data();
        IndicatorFigure.Key key = new IndicatorFigure.Key(d.path("indicatorCode").asText(), d.path("regionCode").asText(),
                d.path("year").asInt(), d.path("period").asText());
        if (key.indicatorCode().isBlank() || key.period().isBlank()) {
            throw new IllegalArgumentException("indicator event " + event.id() + " lacks indicatorCode or period");
        }
        if (OBSERVATION_RECORDED.equals(event.type())) {
            observation(key, d);
        } else {
            evaluation(key, d);
        }
    }

    private static void observation(IndicatorFigure.Key key, JsonNode d) {
        int revision = d.path("revision").asInt(0);
        IndicatorFigure f = IndicatorFigure.findById(key);
        if (f != null && f.revision > revision) {
            return;
        }
        if (f == null) {
            f = new IndicatorFigure();
            f.key = key;
        }
        f.value = decimal(d.path("value"));
        f.unit = d.path("unit").asText(null);
        f.growthRate = decimal(d.path("growthRate"));
        f.estimate = d.path("estimate").asBoolean(false);
        f.revision = revision;
        f.observationId = d.path("observationId").asText(null);
        f.persist();
    }

    private static void evaluation(IndicatorFigure.Key key, JsonNode d) {
        int revision = d.path("revision").asInt(0);
        IndicatorEvaluation e = IndicatorEvaluation.findById(key);
        if (e != null && e.revision > revision) {
            return;
        }
        if (e == null) {
            e = new IndicatorEvaluation();
            e.key = key;
        }
        e.verdict = d.path("verdict").asText(null);
        e.indicatorName = d.path("indicatorName").asText(null); // absent in events older than the field: the code is used
        e.targetText = d.path("targetText").asText(null);
        e.actualValue = decimal(d.path("actualValue"));
        e.unit = d.path("unit").asText(null);
        e.growthRate = decimal(d.path("growthRate"));
        e.revision = revision;
        e.persist();
    }

    static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return new BigDecimal(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
