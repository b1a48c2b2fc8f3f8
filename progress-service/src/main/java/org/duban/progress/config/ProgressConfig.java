package org.duban.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.duban.progress.assessment.AssessmentRules;
import org.duban.progress.pace.PaceRules;
import org.duban.progress.supervision.SupervisionRules;

/** The rule sets of this service, from application.properties ({@code duban.progress.*}). */
@ConfigMapping(prefix = "duban.progress")
public interface ProgressConfig {

    Calendar calendar();

    Supervision supervision();

    Pace pace();

    Assessment assessment();

    interface Calendar {
        /** Whether a default deadline on a weekend moves to the next working day. */
        @WithDefault("true")
        boolean shiftToWorkingDay();
    }

    interface Supervision {
        /** When the scheduled sweep runs (Quartz cron, Asia/Shanghai); "off" disables it. */
        @WithDefault("0 0 8 * * ?")
        String cron();

        @WithDefault("3")
        int reminderDaysBefore();

        @WithDefault("3")
        int blueAfterDays();

        @WithDefault("7")
        int yellowAfterDays();

        @WithDefault("14")
        int redAfterDays();

        default SupervisionRules rules() {
            return new SupervisionRules(reminderDaysBefore(), blueAfterDays(), yellowAfterDays(), redAfterDays());
        }
    }

    interface Pace {
        @WithDefault("5")
        double behindMarginPoints();

        @WithDefault("10")
        double aheadMarginPoints();

        @WithDefault("true")
        boolean lagIsAmber();

        @WithDefault("true")
        boolean lateIsAmber();

        @WithDefault("true")
        boolean unknownIsAmber();

        default PaceRules rules() {
            return new PaceRules(behindMarginPoints(), aheadMarginPoints(), lagIsAmber(), lateIsAmber(), unknownIsAmber());
        }
    }

    interface Assessment {
        @WithDefault("30")
        double onTimeWeight();

        @WithDefault("20")
        double firstAcceptanceWeight();

        @WithDefault("30")
        double paceWeight();

        @WithDefault("20")
        double completionWeight();

        @WithDefault("1.0")
        double excusedCredit();

        @WithDefault("2")
        double missingPenalty();

        default AssessmentRules rules() {
            return new AssessmentRules(onTimeWeight(), firstAcceptanceWeight(), paceWeight(), completionWeight(),
                    excusedCredit(), missingPenalty());
        }
    }
}
