package org.duban.progress.counting;

import java.util.List;
import java.util.Set;
import org.duban.progress.pace.PaceStatus;

/**
 * One status category of a notice or dashboard (e.g. 进展良好能确保完成).
 *
 * @param code               stable key, e.g. {@code ON_TRACK}
 * @param label              the wording the notice prints
 * @param paceStatuses       the paces read as this category when the office has not classified the task itself
 * @param expectedToComplete whether tasks in it count toward "expected to complete" (预计能够完成)
 */
public record StatusCategory(String code, String label, Set<PaceStatus> paceStatuses, boolean expectedToComplete) {

    public StatusCategory {
        paceStatuses = Set.copyOf(paceStatuses);
    }

    /**
     * The five categories of a real Q3 completion notice: 已完成或基本完成 / 进展良好能确保完成 / 有一定困难 /
     * 指标调整 / 不能完成; the first two are "expected to complete". The last two are the office's judgement only.
     */
    public static List<StatusCategory> defaults() {
        return List.of(
                new StatusCategory("DONE", "已完成或基本完成", Set.of(PaceStatus.COMPLETED), true),
                new StatusCategory("ON_TRACK", "进展良好能确保完成", Set.of(PaceStatus.ON_PACE, PaceStatus.AHEAD), true),
                new StatusCategory("DIFFICULT", "有一定困难", Set.of(PaceStatus.BEHIND), false),
                new StatusCategory("ADJUSTED", "指标调整", Set.of(), false),
                new StatusCategory("CANNOT_COMPLETE", "不能完成", Set.of(), false));
    }
}
