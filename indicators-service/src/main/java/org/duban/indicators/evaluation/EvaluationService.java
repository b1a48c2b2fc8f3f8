package org.duban.indicators.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.duban.indicators.catalog.CatalogService;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.observation.ObservationEntity;
import org.duban.indicators.observation.ObservationRecorded;
import org.duban.indicators.target.Bound;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.TargetComparator;
import org.duban.indicators.target.TargetEntity;
import org.duban.platform.event.Outbox;

/**
 * Evaluates current observations against the region's stored target of the year, keeps the verdict with the
 * observation and announces it with {@code indicator-evaluated} in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvaluationService {
    private final CatalogService catalog;
    private final Outbox outbox;
    private final Evaluator evaluator;

    public EvaluationService(CatalogService catalog, Outbox outbox, EvaluationSettings settings) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.evaluator = new Evaluator(settings.evaluatorOptions());
    }

    /** Evaluates {@code observation}, then every figure whose IN_STEP_WITH target refers to its indicator. */
    public Evaluation evaluate(ObservationEntity observation) {
        Evaluation evaluation = evaluateOne(observation);
        List<TargetEntity> dependents = TargetEntity.list("regionCode = ?1 and year = ?2 and (referenceCode = ?3"
                + " or secondReferenceCode = ?3)", observation.regionCode, observation.year, observation.indicatorCode);
        for (TargetEntity dependent : dependents) {
            ObservationEntity.current(dependent.indicatorCode, observation.regionCode, observation.year,
                    observation.period).ifPresent(this::evaluateOne);
        }
        return evaluation;
    }

    /** After targets change: evaluates again the current figures of these indicators. */
    public void reevaluate(String regionCode, int year, Collection<String> indicatorCodes) {
        if (indicatorCodes.isEmpty()) {
            return;
        }
        List<ObservationEntity> figures = ObservationEntity.list(
                "regionCode = ?1 and year = ?2 and current = true and indicatorCode in ?3", regionCode, year,
                indicatorCodes);
        figures.forEach(this::evaluate);
    }

    /** The verdict a figure would get against {@code target}, without storing anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evaluation preview(Indicator indicator, Target target, Actual actual, String regionCode, int year) {
        return evaluator.evaluate(indicator, target, actual, referenceGrowth(target, regionCode, year,
                actual.period().code()));
    }

    private Evaluation evaluateOne(ObservationEntity o) {
        Indicator indicator = catalog.catalog().byCode(o.indicatorCode).orElseThrow();
        Target target = TargetEntity.findFor(o.regionCode, o.year, o.indicatorCode).map(TargetEntity::toTarget)
                .orElse(null);
        Actual actual = new Actual(o.reportingPeriod(), o.value, o.unit, o.growthRate);
        Evaluation evaluation = evaluator.evaluate(indicator, target, actual,
                referenceGrowth(target, o.regionCode, o.year, o.period));
        o.verdict = evaluation.verdict();
        o.rule = evaluation.rule();
        o.targetText = evaluation.targetText();
        o.evaluatedAt = OffsetDateTime.now();
        outbox.publish(IndicatorEvaluated.TYPE, ObservationRecorded.subject(o.indicatorCode, o.regionCode),
                new IndicatorEvaluated(o.indicatorCode, indicator.nameZh(), o.regionCode, o.year, o.period, evaluation.verdict(),
                        evaluation.targetText(), Units.stripOrNull(o.value), o.unit, Units.stripOrNull(o.growthRate),
                        evaluation.rule(), o.estimate, o.id,
                        o.revision));
        return evaluation;
    }

    private static BigDecimal referenceGrowth(Target target, String regionCode, int year, String period) {
        Bound growth = target == null ? null : target.inStepBound();
        if (growth == null || growth.comparator() != TargetComparator.IN_STEP_WITH) {
            return null;
        }
        return ObservationEntity.current(growth.referenceCode(), regionCode, year, period)
                .map(o -> o.growthRate).orElse(null);
    }
}
