package org.duban.indicators.target;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duban.indicators.catalog.CatalogService;
import org.duban.indicators.evaluation.EvaluationService;
import org.duban.indicators.evaluation.EvaluationSettings;
import org.duban.indicators.reading.LongReads;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemException;

/**
 * A region's targets of a year, read from report text: preview shows what would be stored and the warnings,
 * commit stores the same reading (all or nothing) and evaluates the figures already recorded against it.
 */
@ApplicationScoped
@Transactional
public class TargetService {
    private final CatalogService catalog;
    private final EvaluationService evaluations;
    private final EvaluationSettings settings;

    private final LongReads longReads;

    public TargetService(CatalogService catalog, EvaluationService evaluations, EvaluationSettings settings,
            LongReads longReads) {
        this.catalog = catalog;
        this.evaluations = evaluations;
        this.settings = settings;
        this.longReads = longReads;
    }

    public TargetParser parser() {
        return new TargetParser(catalog.catalog(), settings.parserOptions());
    }

    /**
     * The targets of the request's text, with a warning when the text states them for another year than the request's
     * ({@link TargetParseResult#forYear}) and one for an indicator it targets twice, which cannot be stored
     * ({@link TargetParseResult#withTwiceTargetedSaid}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    TargetParseResult read(TargetTextRequest request) {
        return longReads.read(request.text(), () -> parser().parse(request.text())).forYear(request.year())
                .withTwiceTargetedSaid();
    }

    /**
     * What {@link #commit} would store, nothing stored. No transaction of its own: reading a long paste under load took
     * longer than the transaction timeout, which rolled back a preview that writes nothing and logged it as an
     * unexpected error (the trial of 2026-12-04).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetPreview preview(TargetTextRequest request) {
        TargetParseResult result = read(request);
        return new TargetPreview(result.targets().stream()
                .map(t -> TargetView.preview(request.regionCode(), request.year(), t)).toList(), result.warnings());
    }

    public List<TargetView> commit(TargetTextRequest request, String login) {
        TargetParseResult result = read(request);
        if (!result.warnings().isEmpty() && !request.acceptingWarnings()) {
            throw new ProblemException(422, "unreadable-text", "部分文字无法识别,请修改或设置 acceptWarnings / "
                    + result.warnings().size() + " fragment(s) could not be read; fix them or set acceptWarnings",
                    result.warnings().stream().map(w -> new Problem.Violation(w.fragment(), w.message())).toList());
        }
        if (result.targets().isEmpty()) {
            throw ProblemException.unprocessable("文字中没有目标 / the text holds no target");
        }
        Set<String> twice = result.indicatorsTargetedTwice();
        if (!twice.isEmpty()) {
            // (even with acceptWarnings: one of the two would overwrite the other)
            String code = twice.iterator().next();
            throw ProblemException.unprocessable("指标" + code + "在文字中出现两次 / " + code + " has two targets in the text");
        }
        Set<String> seen = new LinkedHashSet<>();
        result.targets().stream().map(Target::indicatorCode).filter(java.util.Objects::nonNull).forEach(seen::add);
        List<TargetView> stored = new ArrayList<>();
        for (Target target : result.targets()) {
            stored.add(TargetView.of(store(request, target, login)));
        }
        evaluations.reevaluate(request.regionCode(), request.year(), seen);
        return stored;
    }

    /** Stores one target, or replaces the region's target for the same indicator when {@code replace} is set. */
    TargetEntity store(TargetTextRequest request, Target target, String login) {
        lockTarget(request.regionCode(), request.year(), target);
        TargetEntity entity = null;
        if (target.indicatorCode() != null) {
            entity = TargetEntity.findFor(request.regionCode(), request.year(), target.indicatorCode()).orElse(null);
        } else {
            entity = TargetEntity.<TargetEntity>find("regionCode = ?1 and year = ?2 and indicatorCode is null "
                    + "and subject = ?3", request.regionCode(), request.year(), target.subject())
                    .firstResultOptional().orElse(null);
        }
        if (entity != null && !request.replacing()) {
            throw ProblemException.conflict(request.regionCode() + " 已有" + request.year() + "年" + target.subject()
                    + "的目标,覆盖请设置 replace / already has a target for " + target.subject() + "; set replace");
        }
        if (entity == null) {
            entity = new TargetEntity();
            entity.id = UUID.randomUUID();
            entity.regionCode = request.regionCode();
            entity.year = request.year();
        }
        entity.copyFrom(target);
        entity.createdAt = OffsetDateTime.now();
        entity.createdBy = login;
        entity.persistAndFlush();
        return entity;
    }

    /**
     * One writer of a region's target for an indicator (or a subject outside the catalog) in a year at a time, until the
     * transaction ends: two imports at once both found none and both inserted, and the loser's unique-key error reached
     * the log. Re-entrant within a transaction.
     */
    private static void lockTarget(String regionCode, int year, Target target) {
        org.duban.platform.lock.AdvisoryLocks.lock(TargetEntity.getEntityManager(), "duban-target:" + regionCode + ":" + year + ":"
                + (target.indicatorCode() != null ? target.indicatorCode() : target.subject()));
    }

    /** Stores a target quoted by a notice when the region has none for that indicator yet. */
    public boolean storeIfMissing(String regionCode, int year, Target target, String login) {
        lockTarget(regionCode, year, target);
        if (target.indicatorCode() == null
                || TargetEntity.findFor(regionCode, year, target.indicatorCode()).isPresent()) {
            return false;
        }
        store(new TargetTextRequest(regionCode, year, target.sourceText(), false, false), target, login);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetView get(UUID id) {
        return TargetView.of(find(id));
    }

    public TargetEntity find(UUID id) {
        TargetEntity entity = TargetEntity.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("target", id);
        }
        return entity;
    }

    public void delete(UUID id) {
        TargetEntity entity = find(id);
        String code = entity.indicatorCode;
        entity.delete();
        entity.flush();
        if (code != null) {
            evaluations.reevaluate(entity.regionCode, entity.year, List.of(code));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TargetView> list(String regionCode, Integer year, String indicatorCode, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, Map.of("year", "year", "indicatorCode", "indicatorCode", "regionCode",
                "regionCode", "createdAt", "createdAt"), Sort.by("year").and("indicatorCode"));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("regionCode = :region");
        params.put("region", regionCode);
        if (year != null) {
            where.add("year = :year");
            params.put("year", year);
        }
        if (indicatorCode != null) {
            where.add("indicatorCode = :code");
            params.put("code", indicatorCode);
        }
        return Page.of(TargetEntity.<TargetEntity>find(String.join(" and ", where), sort, params), page,
                TargetView::of);
    }
}
