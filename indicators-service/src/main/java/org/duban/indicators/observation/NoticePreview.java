package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.util.List;
import org.duban.indicators.evaluation.Verdict;
import org.duban.indicators.target.ParseWarning;
import org.duban.indicators.target.TargetView;

/** The figures a notice holds, each with the target it quotes and the verdict it would get. */
public record NoticePreview(List<Item> observations, List<ParseWarning> warnings) {

    /**
     * @param target   the target quoted in the notice (or implied by "低于目标0.9个百分点", then {@code targetImplied}),
     *                 or null
     * @param verdict  against the region's stored target if it has one, else against the quoted target
     * @param completionPercent "完成年度目标的21.3%" as printed, or null
     * @param paceGapPoints     "滞后序时进度3.7个百分点" → −3.7, or null
     * @param task     the plan's task number the figure reports on (第7项, a table's 序号), or null
     */
    public record Item(String indicatorCode, String matchedName, String period, BigDecimal value, String unit,
            BigDecimal growthRate, boolean estimate, TargetView target, boolean targetImplied, Verdict verdict, String rule,
            BigDecimal completionPercent, BigDecimal paceGapPoints, Integer task, String sourceText, List<String> notes) {
    }
}
