package org.duban.progress.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.progress.calendar.CalendarEntry;
import org.duban.progress.calendar.CalendarService;
import org.duban.progress.calendar.ReportingCalendar;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.config.ProgressConfig;
import org.duban.progress.pace.PaceStatus;
import org.duban.progress.pace.PeriodSnapshot;
import org.duban.progress.pace.PeriodSnapshotService;
import org.duban.progress.report.ReportStatus;

/**
 * The year's assessment of every unit of a plan, counted over the periods whose deadline has passed
 * (at the injected clock), scored by the configured {@link AssessmentRules}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentService {

    private final PeriodSnapshotService snapshots;
    private final CalendarService calendars;
    private final ProgressConfig config;
    private final Clock clock;

    public AssessmentService(PeriodSnapshotService snapshots, CalendarService calendars, ProgressConfig config,
            Clock clock) {
        this.snapshots = snapshots;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    private static final class Tally {
        String name;
        int expected;
        int onTime;
        int excused;
        int late;
        int accepted;
        int acceptedFirstTime;
        final Map<String, PaceStatus> latestPace = new LinkedHashMap<>();
    }

    public List<UnitAssessment> assess(String planId) {
        ReportingCalendar cal = calendars.calendar(planId);
        Instant now = clock.instant();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (CalendarEntry entry : cal.entries()) {
            if (now.isBefore(ReportingCalendar.lateFrom(entry.effectiveDeadline()))) {
                continue;
            }
            PeriodSnapshot s = snapshots.snapshot(planId, entry.period().code());
            for (PeriodSnapshot.TaskState t : s.tasks()) {
                for (PeriodSnapshot.UnitState u : t.units()) {
                    Tally tally = tallies.computeIfAbsent(u.assignment().unitId, k -> new Tally());
                    tally.name = u.assignment().unitName;
                    tally.expected++;
                    if (u.received()) {
                        if (u.timeliness() == Timeliness.LATE) {
                            tally.late++;
                        } else if (u.timeliness() == Timeliness.LATE_EXCUSED) {
                            tally.excused++;
                        } else {
                            tally.onTime++;
                        }
                    }
                    if (u.latest() != null && (u.latest().status == ReportStatus.ACCEPTED || u.latest().status == ReportStatus.IMPORTED)) {
                        tally.accepted++;
                        if (u.acceptedFirstTime()) {
                            tally.acceptedFirstTime++;
                        }
                    }
                    // periods come in order, so the last one written is the latest closed period's pace; a unit
                    // that filed nothing for it earns no pace or completion for the task
                    tally.latestPace.put(t.task().taskId, u.received() ? t.pace().status() : PaceStatus.UNKNOWN);
                }
            }
        }
        List<UnitYearFacts> facts = new ArrayList<>();
        tallies.forEach((unitId, t) -> {
            int onPace = (int) t.latestPace.values().stream()
                    .filter(p -> p == PaceStatus.ON_PACE || p == PaceStatus.AHEAD || p == PaceStatus.COMPLETED).count();
            int completed = (int) t.latestPace.values().stream().filter(p -> p == PaceStatus.COMPLETED).count();
            facts.add(new UnitYearFacts(unitId, t.name, t.expected, t.onTime, t.excused, t.late, t.accepted,
                    t.acceptedFirstTime, t.latestPace.size(), onPace, completed));
        });
        return new AssessmentCalculator(config.assessment().rules()).rank(facts);
    }
}
