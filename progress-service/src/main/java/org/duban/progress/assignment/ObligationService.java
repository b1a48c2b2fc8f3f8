package org.duban.progress.assignment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;

/** Lists the reports units owe, from the assignment read model and the default reporting deadlines. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObligationService {
    /** The decomposition plan's default deadlines: 4/10, 7/10, 10/10, 12/25. */
    private static final List<String[]> DEFAULT_PERIODS = List.of(
            new String[] {"Q1", "04-10"}, new String[] {"H1", "07-10"}, new String[] {"Q3", "10-10"},
            new String[] {"ANNUAL", "12-25"});

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
        return Page.of(query, page, ObligationService::toObligation);
    }

    private static Obligation toObligation(Assignment a) {
        List<Obligation.Due> periods = DEFAULT_PERIODS.stream()
                .map(p -> new Obligation.Due(p[0], LocalDate.parse(a.year + "-" + p[1])))
                .toList();
        return new Obligation(a.key.taskId(), a.taskNumber, a.taskTitle, a.key.unitId(), a.unitName, a.role.name(),
                a.regionCode, a.year, periods);
    }
}
