package org.duban.progress.assignment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.progress.calendar.CalendarService;

/**
 * Lists the reports units owe, from the assignment history and the plans' calendars: one item per stretch a unit
 * was assigned to a task (usually one), with the periods it owes on it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObligationService {
    private final CalendarService calendars;

    public ObligationService(CalendarService calendars) {
        this.calendars = calendars;
    }

    /**
     * @param ended also list the stretches that ended (a unit taken off a task) with the periods owed on them;
     *              by default only the units assigned today
     */
    public Page<Obligation> list(String regionCode, String unitId, Integer year, boolean ended, PageQuery page) {
        StringBuilder where = new StringBuilder(ended ? "1 = 1" : "until is null");
        Parameters params = new Parameters();
        if (regionCode != null) {
            where.append(" and regionCode = :region");
            params.and("region", regionCode);
        }
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.and("unit", unitId);
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        Sort sort = Sorting.parse(page.sort, Map.of("taskNumber", "taskNumber", "unitName", "unitName", "year", "year"),
                Sort.by("year").and("taskId").and("unitId").and("id"));
        PanacheQuery<AssignmentSpan> query = AssignmentSpan.find(where.toString(), sort, params);
        return Page.of(query, page, this::toObligation);
    }

    /**
     * Deadlines from the plan's calendar (default 4/10, 7/10, 10/10, 12/25 on working days, or as the office edited
     * it), only those of the periods the unit owes on this stretch: the ones whose deadline it was assigned on.
     */
    private Obligation toObligation(AssignmentSpan a) {
        List<Obligation.Due> periods = calendars.calendar(a.planId != null ? a.planId : a.regionCode + ":" + a.year)
                .entries().stream()
                .filter(e -> a.owesOn(e.effectiveDeadline()))
                .map(e -> new Obligation.Due(e.period().code(), e.effectiveDeadline()))
                .toList();
        return new Obligation(a.taskId, a.taskNumber, a.taskTitle, a.unitId, a.unitName, a.role.name(),
                a.regionCode, a.year, periods, a.from, a.until);
    }
}
