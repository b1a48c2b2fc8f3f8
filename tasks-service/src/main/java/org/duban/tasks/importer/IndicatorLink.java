package org.duban.tasks.importer;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task's link to an indicator of indicators-service's catalog, as the import preview shows it for the office to
 * confirm or change (a correction's {@code indicatorCode}); committing stores {@code indicatorCode} on the task, and
 * its events carry it to progress-service, which then shows the indicator's latest figure for the task.
 *
 * @param indicatorCode the catalog's code ("GDP", "URBAN_PER_CAPITA_INCOME")
 * @param indicatorName the catalog's Chinese name (地区生产总值), or null when the catalog could not be read
 * @param unit          the indicator's unit (亿元, 元, %), in which the targets' levels are given
 * @param targets       the task's targets for this indicator as indicators-service's grammar reads them (its
 *                      {@code POST /api/indicators/targets/preview}); empty when the office chose an indicator the
 *                      text does not state a figure of
 * @param state         SUGGESTED (read from the text, until the commit confirms it) or CHOSEN (the office's correction)
 * @param source        why: TARGETS_SECTION (a task of the plan's expected targets), TASK_TEXT (the text states a target
 *                      of the indicator) or CORRECTION
 */
@Schema(description = "建议或选定的指标关联 / The indicator a task is linked to, suggested or chosen")
public record IndicatorLink(String indicatorCode, String indicatorName, String unit, List<IndicatorTarget> targets, String state,
        String source) {

    public IndicatorLink {
        targets = List.copyOf(targets);
    }

    /**
     * One target as indicators-service's grammar reads it (its {@code TargetView} in a preview, read tolerantly).
     *
     * @param comparator     the headline comparator: ABOUT, AT_LEAST, AT_MOST, DECREASE_AT_LEAST, IN_STEP_WITH, EXACT,
     *                       RANGE, ABOVE_REFERENCE or QUALITATIVE
     * @param level          a value to reach by year end, in the indicator's unit (1.7万 → 17000 元), or null
     * @param growth         a year-on-year growth in % (signed: 下降3.5% is −3.5), or null
     * @param qualitative    nothing the figures can be compared with (a subject outside the catalog, no number)
     * @param aboveReference the average the growth must beat (全市平均水平), or null
     * @param text           the target in the reports' words as the grammar writes it back ("增长10%,达到581亿元")
     * @param notes          how the grammar read it (a unit taken from the indicator, a look-alike it is not)
     */
    @Schema(description = "指标服务语法读出的目标 / A target as indicators-service's grammar reads it")
    public record IndicatorTarget(String indicatorCode, String subject, String comparator, IndicatorFigure level, IndicatorFigure growth,
            boolean qualitative, String aboveReference, String text, List<String> notes) {
        public IndicatorTarget {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /**
     * One comparison of a target.
     *
     * @param value         the number (for a growth a signed percentage); null for IN_STEP_WITH
     * @param unit          the indicator's unit for a level, "%" for a growth
     * @param referenceCode for IN_STEP_WITH, the indicator to keep pace with (GDP)
     * @param from          for RANGE, the end written first
     */
    @Schema(description = "目标的一个比较(水平或增速) / One comparison of a target: a level or a growth")
    public record IndicatorFigure(String comparator, BigDecimal value, String unit, String referenceCode, BigDecimal from) {}
}
