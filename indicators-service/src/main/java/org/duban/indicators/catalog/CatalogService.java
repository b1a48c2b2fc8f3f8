package org.duban.indicators.catalog;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;

/**
 * The catalog: seeded at start-up from catalog/indicators.csv (built-in indicators are updated to the file), plus
 * indicators an administrator adds. Parsers get an {@link IndicatorCatalog} of the stored indicators.
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    void seed(@Observes StartupEvent startup) {
        IndicatorCatalog taken = new IndicatorCatalog(IndicatorEntity.<IndicatorEntity>list("builtIn", false).stream()
                .map(IndicatorEntity::toIndicator).toList());
        for (Indicator shipped : CatalogLoader.loadDefault().all()) {
            // (a name an administrator gave an indicator of their own before a release shipped it — "规模以上工业企业利润
            // 总额" added by hand, then INDUSTRIAL_PROFITS built in — stays theirs: the built-in loses that synonym, or is
            // not seeded when its own name is taken; two indicators of one name would refuse the whole catalog)
            Indicator indicator = withoutNamesTaken(shipped, taken);
            if (indicator == null) {
                LOG.warnf("built-in indicator %s not seeded: its name %s is an added indicator's", shipped.code(), shipped.nameZh());
                continue;
            }
            IndicatorEntity entity = IndicatorEntity.findById(indicator.code());
            if (entity == null) {
                entity = new IndicatorEntity();
                entity.builtIn = true;
                entity.copyFrom(indicator);
                entity.persist();
            } else if (entity.builtIn) {
                entity.copyFrom(indicator);
            }
        }
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CatalogService.class);

    /**
     * {@code shipped} without the synonyms an indicator of {@code taken} answers to (as the catalog matches names); null
     * when its own name is taken.
     */
    static Indicator withoutNamesTaken(Indicator shipped, IndicatorCatalog taken) {
        if (taken.byExactName(shipped.nameZh()).isPresent()) {
            return null;
        }
        List<String> synonyms = shipped.synonyms().stream().filter(name -> taken.byExactName(name).isEmpty()).toList();
        if (synonyms.size() < shipped.synonyms().size()) {
            LOG.warnf("built-in indicator %s seeded without the names added indicators hold: %s", shipped.code(),
                    shipped.synonyms().stream().filter(name -> !synonyms.contains(name)).toList());
        }
        return new Indicator(shipped.code(), shipped.nameZh(), shipped.nameEn(), shipped.unit(), shipped.kind(),
                shipped.higherIsBetter(), synonyms, shipped.distinctFrom(), shipped.note());
    }

    /**
     * The stored catalog, read afresh (about twenty rows) so that an indicator added on one instance of the service
     * is known to all of them at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorCatalog catalog() {
        return new IndicatorCatalog(IndicatorEntity.<IndicatorEntity>listAll(Sort.by("code")).stream()
                .map(IndicatorEntity::toIndicator).toList());
    }

    /** Codes in the order of the catalog file (GDP first, as reports list them), then added indicators by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> displayOrder() {
        List<String> order = new ArrayList<>(CatalogLoader.loadDefault().all().stream().map(Indicator::code).toList());
        catalog().all().stream().map(Indicator::code).filter(c -> !order.contains(c)).forEach(order::add);
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorView> list(String q, IndicatorKind kind, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, Map.of("code", "code", "nameZh", "nameZh", "kind", "kind"),
                Sort.by("code"));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("(lower(code) like :q or nameZh like :q or lower(nameEn) like :q or synonyms like :q)");
            params.put("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.put("kind", kind);
        }
        var query = where.isEmpty() ? IndicatorEntity.<IndicatorEntity>findAll(sort)
                : IndicatorEntity.<IndicatorEntity>find(String.join(" and ", where), sort, params);
        return Page.of(query, page, IndicatorView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorView get(String code) {
        IndicatorEntity entity = IndicatorEntity.findById(code.toUpperCase(Locale.ROOT));
        if (entity == null) {
            throw ProblemException.notFound("indicator", code);
        }
        return IndicatorView.of(entity);
    }

    /** The first indicator named in {@code text}; 404 when none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NameMatch match(String text) {
        IndicatorCatalog indicators = catalog();
        IndicatorMatch match = indicators.findFirst(text)
                .orElseThrow(() -> ProblemException.notFound("indicator named in", "“" + text + "”"));
        IndicatorEntity entity = IndicatorEntity.findById(match.indicator().code());
        return new NameMatch(match.matchedName(), IndicatorView.of(entity),
                indicators.choiceNote(match.indicator(), match.matchedName()).orElse(null));
    }

    public IndicatorView create(CreateIndicatorRequest request) {
        if (IndicatorEntity.findById(request.code()) != null) {
            throw ProblemException.conflict("indicator " + request.code() + " already exists / 指标代码已存在");
        }
        if (Units.parse(request.unit()).filter(u -> !u.isMultiplierOnly()).isEmpty()) {
            throw ProblemException.invalid("unit", "未知单位 / unknown unit " + request.unit());
        }
        Indicator indicator = new Indicator(request.code(), request.nameZh().trim(), request.nameEn().trim(),
                request.unit().trim(), request.kind(), request.higherIsBetter(),
                request.synonyms() == null ? List.of() : request.synonyms().stream().map(String::trim).toList(),
                request.distinctFrom() == null ? List.of() : request.distinctFrom(), request.note());
        List<Indicator> all = new ArrayList<>(catalog().all());
        all.add(indicator);
        try {
            new IndicatorCatalog(all);
        } catch (IllegalArgumentException e) {
            // a name another indicator already uses, or a look-alike that does not exist
            throw ProblemException.conflict(e.getMessage());
        }
        IndicatorEntity entity = new IndicatorEntity();
        entity.builtIn = false;
        entity.copyFrom(indicator);
        entity.persist();
        return IndicatorView.of(entity);
    }
}
