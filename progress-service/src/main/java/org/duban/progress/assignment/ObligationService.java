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

/** Lists the reports units owe, from the assignment read model and the default reporting deadlines. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObligationService {
    private final CalendarService calendars;

    public ObligationService(CalendarService calendars) {
        this.calendars = calendars;
    }

    public Page<Obligation> list(String regionCode, String unitId, Integer year, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (regionCode != null) {
            where.append(" and regionCode = :region");
            params.and("region", regionCode);
        }
        if (unitId != null) {
            where.append(" and key.unitId = :unit");
            params.and("unit", unitId);
        }
        if (year != null) {
            where.append(" and year = :year");
            params.and("year", year);
        }
        Sort sort = Sorting.parse(page.sort, Map.of("taskNumber", "taskNumber", "unitName", "unitName", "year", "year"),
                Sort.by("year").and("key.taskId").and("key.unitId"));
        PanacheQuery<Assignment> query = Assignment.find(where.toString(), sort, params);
        return Page.of(query, page, this::toObligation);
    }

    /** Deadlines from the plan's calendar (default 4/10, 7/10, 10/10, 12/25, or as the office edited it). */
    private Obligation toObligation(Assignment a) {
        List<Obligation.Due> periods = calendars.calendar(a.planId != null ? a.planId : a.regionCode + ":" + a.year)
                .entries().stream()
                .map(e -> new Obligation.Due(e.period().code(), e.effectiveDeadline()))
                .toList();
        return new Obligation(a.key.taskId(), a.taskNumber, a.taskTitle, a.key.unitId(), a.unitName, a.role.name(),
                a.regionCode, a.year, periods);
    }
}
