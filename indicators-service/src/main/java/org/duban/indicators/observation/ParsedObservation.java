package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.target.Target;

/**
 * A figure read from a notice: "地区生产总值增长8.5%(预期目标8%)" gives growth 8.5 with the target "增长8%".
 *
 * @param value      the figure in the indicator's unit, or null when only the growth is given
 * @param growthRate year-on-year growth in %, signed, or null
 * @param target     the target the notice quotes next to the figure, or null
 */
public record ParsedObservation(String indicatorCode, String matchedName, ReportingPeriod period, BigDecimal value,
        String unit, BigDecimal growthRate, boolean estimate, Target target, String sourceText, List<String> notes) {

    public ParsedObservation {
        notes = List.copyOf(notes);
    }
}
