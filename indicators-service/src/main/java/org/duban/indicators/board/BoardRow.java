package org.duban.indicators.board;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.evaluation.Verdict;
import org.duban.indicators.observation.ObservationView;
import org.duban.indicators.target.TargetView;

/**
 * One line of a region's indicator board for a period.
 *
 * @param actual  the current figure of exactly the requested period, or null
 * @param verdict the evaluation of {@code actual}; null when there is no figure yet
 * @param trend   the current figures of the year up to the requested period, earliest first
 */
public record BoardRow(String indicatorCode, String nameZh, String nameEn, String unit, TargetView target,
        ObservationView actual, Verdict verdict, String rule, List<TrendPoint> trend) {

    public record TrendPoint(String period, BigDecimal value, BigDecimal growthRate, boolean estimate, int revision,
            Verdict verdict) {
    }
}
