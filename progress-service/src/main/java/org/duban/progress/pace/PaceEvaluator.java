package org.duban.progress.pace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies {@link PaceRules} to one task and period. */
public final class PaceEvaluator {

    private final PaceRules rules;

    public PaceEvaluator(PaceRules rules) {
        this.rules = rules;
    }

    public PaceResult evaluate(PaceInput in) {
        double expected = round1(in.elapsedShare() * 100.0);
        List<String> reasons = new ArrayList<>();
        PaceStatus status = status(in, expected, reasons);
        StatusLight light = light(in, status, expected, reasons);
        return new PaceResult(status, light, expected, in.percentOfAnnual(), List.copyOf(reasons));
    }

    private PaceStatus status(PaceInput in, double expected, List<String> reasons) {
        Double actual = in.percentOfAnnual();
        if (in.completed()) {
            reasons.add("已完成 / reported completed");
            return PaceStatus.COMPLETED;
        }
        if (actual == null) {
            if (in.selfAssessed() != null) {
                reasons.add("无量化数据,采用单位自评 " + in.selfAssessed() + " / no figure, unit's self-assessment used");
                return in.selfAssessed();
            }
            reasons.add("无量化数据 / no figure to judge pace");
            return PaceStatus.UNKNOWN;
        }
        if (actual >= 100.0) {
            reasons.add(fmt("完成年度任务的%s%% / %s%% of the annual task reached", actual));
            return PaceStatus.COMPLETED;
        }
        if (actual < expected - rules.behindMarginPoints()) {
            reasons.add(fmt2("完成%s%%,低于序时进度%s%% / %s%% below the time-elapsed pace of %s%%", actual, expected));
            return PaceStatus.BEHIND;
        }
        if (actual >= expected + rules.aheadMarginPoints()) {
            reasons.add(fmt2("完成%s%%,超过序时进度%s%% / %s%% ahead of the time-elapsed pace of %s%%", actual, expected));
            return PaceStatus.AHEAD;
        }
        reasons.add(fmt2("完成%s%%,符合序时进度%s%% / %s%% in line with the time-elapsed pace of %s%%", actual, expected));
        return PaceStatus.ON_PACE;
    }

    private StatusLight light(PaceInput in, PaceStatus status, double expected, List<String> reasons) {
        if (in.overdue()) {
            reasons.add("逾期未报 → 红灯 / overdue → red");
            return StatusLight.RED;
        }
        if (status == PaceStatus.BEHIND) {
            reasons.add("进度滞后 → 红灯 / behind → red");
            return StatusLight.RED;
        }
        if (rules.lateIsAmber() && in.lateUnexcused()) {
            reasons.add("迟报 → 黄灯 / reported late → amber");
            return StatusLight.AMBER;
        }
        if (rules.unknownIsAmber() && status == PaceStatus.UNKNOWN) {
            reasons.add("进度无法判断 → 黄灯 / pace unknown → amber");
            return StatusLight.AMBER;
        }
        if (rules.lagIsAmber() && status == PaceStatus.ON_PACE && in.percentOfAnnual() != null
                && in.percentOfAnnual() < expected) {
            reasons.add("略低于序时进度 → 黄灯 / slightly below pace → amber");
            return StatusLight.AMBER;
        }
        return StatusLight.GREEN;
    }

    private static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(String pattern, double a) {
        return String.format(pattern, num(a), num(a));
    }

    private static String fmt2(String pattern, double a, double e) {
        return String.format(pattern, num(a), num(e), num(a), num(e));
    }
}
