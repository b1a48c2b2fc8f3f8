package org.duban.progress.completeness;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.pace.PeriodSnapshot;
import org.duban.progress.pace.PeriodSnapshotService;

/** Expected vs received vs on-time reports of one period, per unit, section or the whole plan. */
@ApplicationScoped
public class CompletenessService {

    public enum GroupBy { UNIT, SECTION, PLAN }

    public record Row(String key, String name, int expected, int received, int onTime, int excusedLate, int late,
            int missing, int overdue) {
    }

    private static final class Counter {
        final String key;
        final String name;
        int expected;
        int received;
        int onTime;
        int excused;
        int late;
        int overdue;

        Counter(String key, String name) {
            this.key = key;
            this.name = name;
        }

        Row row() {
            return new Row(key, name, expected, received, onTime, excused, late, expected - received, overdue);
        }
    }

    private final PeriodSnapshotService snapshots;

    public CompletenessService(PeriodSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    /** The period's rows grouped as asked, from a snapshot built for this call. */
    public List<Row> completeness(String planId, String period, GroupBy groupBy) {
        return completeness(snapshots.snapshot(planId, period), groupBy);
    }

    /**
     * The rows of a snapshot already built (the plan overview builds one for pace, completeness and counts): one row per
     * unit, top-level section or the whole plan, each with reports owed, received (on time, late, late with a grant),
     * missing and overdue. Sorted by key.
     */
    public List<Row> completeness(PeriodSnapshot snapshot, GroupBy groupBy) {
        String planId = snapshot.planId();
        Map<String, Counter> counters = new TreeMap<>();
        for (PeriodSnapshot.TaskState t : snapshot.tasks()) {
            for (PeriodSnapshot.UnitState u : t.units()) {
                Counter c = switch (groupBy) {
                    case UNIT -> counters.computeIfAbsent(u.assignment().unitId,
                            k -> new Counter(k, u.assignment().unitName));
                    case SECTION -> {
                        String section = t.task().sectionPath == null || t.task().sectionPath.isBlank()
                                ? "(未分部分)" : t.task().sectionPath;
                        yield counters.computeIfAbsent(section, k -> new Counter(k, k));
                    }
                    case PLAN -> counters.computeIfAbsent(planId, k -> new Counter(k, k));
                };
                c.expected++;
                if (u.received()) {
                    c.received++;
                    if (u.timeliness() == Timeliness.LATE) {
                        c.late++;
                    } else if (u.timeliness() == Timeliness.LATE_EXCUSED) {
                        c.excused++;
                    } else {
                        c.onTime++;
                    }
                }
                if (u.overdue()) {
                    c.overdue++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        counters.values().forEach(c -> rows.add(c.row()));
        return rows;
    }
}
