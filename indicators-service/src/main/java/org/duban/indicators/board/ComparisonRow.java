package org.duban.indicators.board;

import java.math.BigDecimal;
import org.duban.indicators.evaluation.Verdict;

/** One child region's figure of an indicator in a period. */
public record ComparisonRow(String regionCode, BigDecimal value, String unit, BigDecimal growthRate,
        boolean estimate, int revision, Verdict verdict, String targetText, String rule) {
}
