package org.duban.progress.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores units by {@link AssessmentRules}; every point comes with its explanation. Every line is counted over what
 * the unit owed, so a report not filed scores 0 on each line it affects and nothing owed earns nothing.
 */
public final class AssessmentCalculator {

    private final AssessmentRules rules;

    public AssessmentCalculator(AssessmentRules rules) {
        this.rules = rules;
    }

    public UnitAssessment score(UnitYearFacts f) {
        List<ScoreLine> lines = new ArrayList<>();
        lines.add(onTime(f));
        lines.add(ratio("FIRST_TIME_ACCEPTANCE", rules.firstAcceptanceWeight(), f.acceptedFirstTime(), f.expectedReports(),
                "应报 %d 份中一次通过审核 %d 份 / accepted first time %d of %d owed", true));
        lines.add(ratio("PACE", rules.paceWeight(), f.tasksOnPace(), f.tasksOwed(),
                "进度达到序时 %d/%d 项 / on pace or better %d of %d tasks", false));
        lines.add(ratio("COMPLETION", rules.completionWeight(), f.tasksCompleted(), f.tasksOwed(),
                "已完成 %d/%d 项 / completed %d of %d tasks", false));
        double total = round2(lines.stream().mapToDouble(ScoreLine::points).sum());
        return new UnitAssessment(f.unitId(), f.unitName(), total, rules.maxPoints(), List.copyOf(lines));
    }

    public List<UnitAssessment> rank(List<UnitYearFacts> facts) {
        return facts.stream().map(this::score)
                .sorted(Comparator.comparingDouble(UnitAssessment::total).reversed().thenComparing(UnitAssessment::unitId))
                .toList();
    }

    private ScoreLine onTime(UnitYearFacts f) {
        double w = rules.onTimeWeight();
        if (f.expectedReports() == 0) {
            return nothingOwed("ON_TIME", w);
        }
        double credited = f.onTimeReports() + f.excusedLateReports() * rules.excusedCredit();
        double base = w * credited / f.expectedReports();
        double penalty = f.missingReports() * rules.missingPenalty();
        double points = round2(Math.max(0, base - penalty));
        String text = String.format(Locale.ROOT,
                "应报 %d 份,按时 %d 份,补报 %d 份(按 %s 计),迟报 %d 份,未报 %d 份(每份扣 %s 分):%s × %s / %d − %s = %s"
                        + " / owed %d, on time %d, excused late %d, late %d, missing %d",
                f.expectedReports(), f.onTimeReports(), f.excusedLateReports(), num(rules.excusedCredit()), f.lateReports(),
                f.missingReports(), num(rules.missingPenalty()), num(w), num(credited), f.expectedReports(), num(penalty),
                num(points), f.expectedReports(), f.onTimeReports(), f.excusedLateReports(), f.lateReports(), f.missingReports());
        return new ScoreLine("ON_TIME", points, w, text);
    }

    /** "Nothing owed" earns nothing: silence must never outrank a unit that filed (issue 13). */
    private static ScoreLine nothingOwed(String criterion, double w) {
        return new ScoreLine(criterion, 0, w, "无应报事项,不得分 / nothing owed, no points");
    }

    /** @param wholeFirst whether the pattern names the whole before the part */
    private static ScoreLine ratio(String criterion, double w, int part, int whole, String pattern, boolean wholeFirst) {
        if (whole == 0) {
            return nothingOwed(criterion, w);
        }
        double points = round2(w * part / whole);
        String text = (wholeFirst ? String.format(Locale.ROOT, pattern, whole, part, part, whole)
                : String.format(Locale.ROOT, pattern, part, whole, part, whole))
                + String.format(Locale.ROOT, ":%s × %d / %d = %s", num(w), part, whole, num(points));
        return new ScoreLine(criterion, points, w, text);
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
