package org.duban.progress.supervision;

import java.util.Optional;

/**
 * When reminders go out and how urging escalates, in <b>working days</b> of the plan's calendar (the official
 * schedule by default). A reminder is sent within the last {@code reminderDaysBefore} working days before a deadline
 * to units that have not submitted (Q3 2026, due Saturday 10/10, a make-up working day: Wednesday 9/30, as 10/1–10/7
 * are a holiday). Once overdue, urging starts at REMINDER on the first working day after the deadline and escalates
 * to BLUE, YELLOW and RED after the given numbers of working days overdue.
 */
public record SupervisionRules(int reminderDaysBefore, int blueAfterDays, int yellowAfterDays, int redAfterDays) {

    public SupervisionRules {
        if (reminderDaysBefore < 0 || blueAfterDays < 1 || yellowAfterDays <= blueAfterDays || redAfterDays <= yellowAfterDays) {
            throw new IllegalArgumentException("escalation days must be increasing: blue < yellow < red");
        }
    }

    public static SupervisionRules defaults() {
        return new SupervisionRules(3, 3, 7, 14);
    }

    /** The level urging should have reached after {@code daysOverdue} working days (1 = the first working day after the deadline). */
    public Optional<UrgingLevel> levelFor(long daysOverdue) {
        if (daysOverdue < 1) {
            return Optional.empty();
        }
        if (daysOverdue > redAfterDays) {
            return Optional.of(UrgingLevel.RED);
        }
        if (daysOverdue > yellowAfterDays) {
            return Optional.of(UrgingLevel.YELLOW);
        }
        if (daysOverdue > blueAfterDays) {
            return Optional.of(UrgingLevel.BLUE);
        }
        return Optional.of(UrgingLevel.REMINDER);
    }

    /**
     * The urging a sweep should record now, given the last recorded level: only ever upwards, so a sweep that
     * runs twice a day urges once.
     */
    public Optional<UrgingLevel> escalation(long daysOverdue, Optional<UrgingLevel> last) {
        return levelFor(daysOverdue).filter(target -> last.map(l -> target.compareTo(l) > 0).orElse(true));
    }
}
