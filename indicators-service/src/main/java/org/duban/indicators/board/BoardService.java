package org.duban.indicators.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.duban.indicators.catalog.CatalogService;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.evaluation.Verdict;
import org.duban.indicators.observation.ObservationEntity;
import org.duban.indicators.observation.ObservationView;
import org.duban.indicators.observation.ReportingPeriod;
import org.duban.indicators.region.RegionCodes;
import org.duban.indicators.target.TargetEntity;
import org.duban.indicators.target.TargetView;
import org.duban.platform.problem.ProblemException;

/** Read-only views across targets and figures: a region's board, one indicator across child regions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardService {
    private final CatalogService catalog;

    public BoardService(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Every indicator with a target or a figure in the region's year, in catalog order; qualitative targets last. */
    public List<BoardRow> board(String regionCode, int year, ReportingPeriod period) {
        IndicatorCatalog indicators = catalog.catalog();
        List<TargetEntity> targets = TargetEntity.list("regionCode = ?1 and year = ?2", regionCode, year);
        Map<String, List<ObservationEntity>> figures = new LinkedHashMap<>();
        for (ObservationEntity o : ObservationEntity.currentOfYear(regionCode, year)) {
            if (o.periodEndMonth <= period.endMonth()) {
                figures.computeIfAbsent(o.indicatorCode, c -> new ArrayList<>()).add(o);
            }
        }
        Map<String, TargetEntity> targetByCode = new LinkedHashMap<>();
        List<BoardRow> rows = new ArrayList<>();
        for (TargetEntity t : targets) {
            if (t.indicatorCode != null) {
                targetByCode.put(t.indicatorCode, t);
            }
        }
        for (String code : catalog.displayOrder()) {
            TargetEntity target = targetByCode.get(code);
            List<ObservationEntity> series = new ArrayList<>(figures.getOrDefault(code, List.of()));
            if (target == null && series.isEmpty()) {
                continue;
            }
            series.sort(Comparator.comparing(ObservationEntity::reportingPeriod));
            ObservationEntity actual = series.stream().filter(o -> o.period.equals(period.code())).findFirst()
                    .orElse(null);
            Indicator indicator = indicators.byCode(code).orElseThrow();
            rows.add(new BoardRow(code, indicator.nameZh(), indicator.nameEn(), indicator.unit(),
                    target == null ? null : TargetView.of(target), actual == null ? null : ObservationView.of(actual),
                    actual == null ? null : actual.verdict, actual == null ? null : actual.rule,
                    series.stream().map(o -> new BoardRow.TrendPoint(o.period, Units.stripOrNull(o.value),
                            Units.stripOrNull(o.growthRate), o.estimate,
                            o.revision, o.verdict)).toList()));
        }
        for (TargetEntity t : targets) {
            if (t.indicatorCode == null) {
                rows.add(new BoardRow(null, t.subject, null, t.levelUnit, TargetView.of(t), null, Verdict.NO_TARGET,
                        "定性目标,不作数值比较 / qualitative target", List.of()));
            }
        }
        return rows;
    }

    /** The current figure of one indicator in every child region of {@code parentRegion} that has one. */
    public List<ComparisonRow> children(String parentRegion, String indicatorCode, int year, ReportingPeriod period,
            String sort) {
        Indicator indicator = catalog.catalog().byCode(indicatorCode)
                .orElseThrow(() -> ProblemException.notFound("indicator", indicatorCode));
        if (!RegionCodes.isValid(parentRegion)) {
            throw ProblemException.invalid("parentRegion", "不是行政区划代码 / not a region code");
        }
        if (RegionCodes.level(parentRegion) == RegionCodes.Level.COUNTY) {
            throw ProblemException.invalid("parentRegion", "县级行政区没有下级区划 / a county-level region has no child "
                    + "regions in 6-digit codes");
        }
        List<ObservationEntity> figures = ObservationEntity.list("indicatorCode = ?1 and year = ?2 and period = ?3 "
                + "and current = true and regionCode like ?4", indicator.code(), year, period.code(),
                parentRegion.substring(0, 2) + "%");
        List<ComparisonRow> rows = new ArrayList<>(figures.stream()
                .filter(o -> RegionCodes.isChildOf(o.regionCode, parentRegion))
                .map(o -> new ComparisonRow(o.regionCode, Units.stripOrNull(o.value), o.unit,
                        Units.stripOrNull(o.growthRate), o.estimate, o.revision,
                        o.verdict, o.targetText, o.rule))
                .toList());
        rows.sort(comparator(sort));
        return rows;
    }

    private static Comparator<ComparisonRow> comparator(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("regionCode")) {
            return Comparator.comparing(ComparisonRow::regionCode);
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        Function<ComparisonRow, BigDecimal> key = switch (field) {
            case "value" -> ComparisonRow::value;
            case "growthRate" -> ComparisonRow::growthRate;
            case "regionCode" -> null;
            default -> throw ProblemException.invalid("sort", "cannot sort by '" + field
                    + "'; allowed: regionCode, value, growthRate");
        };
        if (key == null) {
            return descending ? Comparator.comparing(ComparisonRow::regionCode).reversed()
                    : Comparator.comparing(ComparisonRow::regionCode);
        }
        Comparator<BigDecimal> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(order))
                .thenComparing(ComparisonRow::regionCode);
    }
}
