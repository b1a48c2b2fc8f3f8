package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.target.Target;

/**
 * A figure read from a notice: "地区生产总值增长8.5%(预期目标8%)" gives growth 8.5 with the target "增长8%".
 *
 * @param value      the figure in the indicator's unit, or null when only the growth is given
 * @param growthRate year-on-year growth in %, signed, or null
 * @param target     the target the notice quotes next to the figure, or the one it implies ("低于目标0.9个百分点"), or null
 * @param targetImplied the target is not printed but follows from the gap the notice states (增长6.1%,低于目标0.9个百分点
 *                   → 7.0)
 * @param completionPercent "完成年度目标的21.3%": the share of the annual target done, as printed, or null
 * @param paceGapPoints "滞后序时进度3.7个百分点" → −3.7, "超序时进度3.4个百分点" → +3.4 (points against the share of the
 *                   year elapsed), or null
 * @param task       the number of the plan's target task the figure reports on ("(第7项)", a table's 序号), or null
 */
public record ParsedObservation(String indicatorCode, String matchedName, ReportingPeriod period, BigDecimal value,
        String unit, BigDecimal growthRate, boolean estimate, Target target, String sourceText, List<String> notes,
        boolean targetImplied, BigDecimal completionPercent, BigDecimal paceGapPoints, Integer task) {

    public ParsedObservation {
        notes = List.copyOf(notes);
        sourceText = org.duban.indicators.text.ChineseText.excerpt(sourceText);
    }

    public ParsedObservation(String indicatorCode, String matchedName, ReportingPeriod period, BigDecimal value,
            String unit, BigDecimal growthRate, boolean estimate, Target target, String sourceText, List<String> notes) {
        this(indicatorCode, matchedName, period, value, unit, growthRate, estimate, target, sourceText, notes, false, null,
                null, null);
    }
}
