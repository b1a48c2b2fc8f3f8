package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.evaluation.Verdict;
import org.duban.indicators.target.ParseWarning;
import org.duban.indicators.target.TargetView;

/** The figures a notice holds, each with the target it quotes and the verdict it would get. */
public record NoticePreview(List<Item> observations, List<ParseWarning> warnings) {

    /**
     * @param target   the target quoted in the notice, or null
     * @param verdict  against the region's stored target if it has one, else against the quoted target
     */
    public record Item(String indicatorCode, String matchedName, String period, BigDecimal value, String unit,
            BigDecimal growthRate, boolean estimate, TargetView target, Verdict verdict, String rule,
            String sourceText, List<String> notes) {
    }
}
