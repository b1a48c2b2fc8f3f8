package org.duban.indicators.observation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.duban.indicators.catalog.CatalogService;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.evaluation.Actual;
import org.duban.indicators.evaluation.Evaluation;
import org.duban.indicators.evaluation.EvaluationService;
import org.duban.indicators.reading.LongReads;
import org.duban.indicators.region.RegionAccess;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.Bound;
import org.duban.indicators.target.ParseWarning;
import org.duban.indicators.target.TargetEntity;
import org.duban.indicators.target.TargetService;
import org.duban.indicators.target.TargetView;
import org.duban.platform.event.Outbox;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemException;

/**
 * Records figures (typed, from CSV, from notice text). Every import is all or nothing: one bad row or one duplicate
 * rolls the whole request back. Each figure leaves {@code observation-recorded} and {@code indicator-evaluated} in
 * the outbox of its transaction.
 */
@ApplicationScoped
@Transactional
public class ObservationService {
    private final CatalogService catalog;
    private final TargetService targets;
    private final EvaluationService evaluations;
    private final Outbox outbox;
    private final RegionAccess access;
    private final LongReads longReads;

    public ObservationService(CatalogService catalog, TargetService targets, EvaluationService evaluations,
            Outbox outbox, RegionAccess access, LongReads longReads) {
        this.catalog = catalog;
        this.targets = targets;
        this.evaluations = evaluations;
        this.outbox = outbox;
        this.access = access;
        this.longReads = longReads;
    }

    public ObservationView record(ObservationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Optional<CheckedObservation> checked = rules().check(request.toInput(), 0, errors);
        if (checked.isEmpty()) {
            throw invalid(errors);
        }
        access.require(checked.get().regionCode());
        return ObservationView.of(store(checked.get(), request.expectedRevision()));
    }

    public ImportResult importCsv(String csv) {
        ObservationCsvReader.Result read;
        try {
            read = ObservationCsvReader.read(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldError> errors = new ArrayList<>(read.errors());
        List<CheckedObservation> checked = new ArrayList<>();
        ObservationRules rules = rules();
        for (ObservationCsvReader.Line line : read.lines()) {
            rules.check(line.input(), line.line(), errors).ifPresent(checked::add);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        checked.forEach(c -> access.require(c.regionCode()));
        List<ObservationView> stored = checked.stream().map(c -> store(c, null)).map(ObservationView::of).toList();
        return new ImportResult(stored.size(), 0, stored);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticePreview previewNotice(NoticeImportRequest request) {
        IndicatorCatalog indicators = catalog.catalog();
        NoticeParseResult result = read(request, indicators);
        List<NoticePreview.Item> items = new ArrayList<>();
        for (ParsedObservation o : result.observations()) {
            Indicator indicator = indicators.byCode(o.indicatorCode()).orElseThrow();
            Target target = TargetEntity.findFor(request.regionCode(), request.year(), o.indicatorCode())
                    .map(TargetEntity::toTarget).orElse(o.target());
            Evaluation evaluation = evaluations.preview(indicator, target,
                    new Actual(o.period(), o.value(), o.unit(), o.growthRate()), request.regionCode(), request.year());
            items.add(new NoticePreview.Item(o.indicatorCode(), o.matchedName(), o.period().code(), o.value(),
                    o.unit(), o.growthRate(), o.estimate(),
                    o.target() == null ? null : TargetView.preview(request.regionCode(), request.year(), o.target()),
                    o.targetImplied(), evaluation.verdict(), evaluation.rule(), o.completionPercent(), o.paceGapPoints(),
                    o.task(), o.sourceText(), o.notes()));
        }
        return new NoticePreview(items, result.warnings());
    }

    public ImportResult importNotice(NoticeImportRequest request) {
        access.require(request.regionCode());
        NoticeParseResult result = read(request, catalog.catalog());
        if (!result.warnings().isEmpty() && !Boolean.TRUE.equals(request.acceptWarnings())) {
            throw new ProblemException(422, "unreadable-text", "部分文字无法识别,请修改或设置 acceptWarnings / "
                    + result.warnings().size() + " fragment(s) could not be read; fix them or set acceptWarnings",
                    result.warnings().stream().map(w -> new Problem.Violation(w.fragment(), w.message())).toList());
        }
        if (result.observations().isEmpty()) {
            throw ProblemException.unprocessable("文字中没有可识别的指标数据 / the text holds no figure");
        }
        int targetsCreated = 0;
        if (!Boolean.FALSE.equals(request.recordTargets())) {
            for (ParsedObservation o : result.observations()) {
                if (o.target() != null && targets.storeIfMissing(request.regionCode(), request.year(), o.target(),
                        access.login())) {
                    targetsCreated++;
                }
            }
        }
        ObservationRules rules = rules();
        List<FieldError> errors = new ArrayList<>();
        List<CheckedObservation> checked = new ArrayList<>();
        for (ParsedObservation o : result.observations()) {
            // a figure printed in another currency than the indicator's (warned, kept in the preview as printed) is not
            // stored: its growth is, as before
            boolean comparable = o.value() == null || catalog.catalog().byCode(o.indicatorCode())
                    .flatMap(i -> Units.convert(o.value(), o.unit(), i.unit())).isPresent();
            if (!comparable && o.growthRate() == null) {
                continue;
            }
            ObservationInput input = new ObservationInput(o.indicatorCode(), request.regionCode(), request.year(),
                    o.period().code(), comparable ? o.value() : null, comparable ? o.unit() : null, o.growthRate(),
                    o.estimate(), request.source(), null, Boolean.TRUE.equals(request.revision()));
            rules.check(input, 0, errors).ifPresent(checked::add);
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        List<ObservationView> stored = checked.stream().map(c -> store(c, null)).map(ObservationView::of).toList();
        return new ImportResult(stored.size(), targetsCreated, stored);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObservationView get(UUID id) {
        ObservationEntity entity = ObservationEntity.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("observation", id);
        }
        return ObservationView.of(entity);
    }

    /**
     * @param history true lists every revision, newest first within a period; false only the current figures
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObservationView> list(String regionCode, Integer year, String period, String indicatorCode,
            boolean history, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, Map.of("year", "year", "period", "periodEndMonth", "indicatorCode",
                "indicatorCode", "revision", "revision", "recordedAt", "recordedAt"),
                Sort.by("year").and("indicatorCode").and("periodEndMonth").and("revision", Sort.Direction.Descending));
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("regionCode = :region");
        params.put("region", regionCode);
        if (!history) {
            where.add("current = true");
        }
        if (year != null) {
            where.add("year = :year");
            params.put("year", year);
        }
        if (period != null) {
            where.add("period = :period");
            params.put("period", period);
        }
        if (indicatorCode != null) {
            where.add("indicatorCode = :code");
            params.put("code", indicatorCode);
        }
        return Page.of(ObservationEntity.<ObservationEntity>find(String.join(" and ", where), sort, params), page,
                ObservationView::of);
    }

    /**
     * Stores a checked figure as the current one of its period; 409 when one exists and this is no revision, or
     * when {@code expectedRevision} is given and is no longer the current revision.
     */
    ObservationEntity store(CheckedObservation c, Integer expectedRevision) {
        String code = c.indicator().code();
        // (one writer of a period's figure at a time: two first figures at once both inserted revision 1, and the loser's
        // unique-key error reached the log beside its 409 — as report revisions did in progress-service)
        org.duban.platform.lock.AdvisoryLocks.lock(ObservationEntity.getEntityManager(), "duban-observation:" + code + ":"
                + c.regionCode() + ":" + c.year() + ":" + c.period().code());
        Optional<ObservationEntity> existing = ObservationEntity.current(code, c.regionCode(), c.year(),
                c.period().code());
        if (existing.isPresent() && !c.revision()) {
            throw ProblemException.conflict(c.regionCode() + " " + c.year() + " " + c.period().code() + " 已有" + code
                    + "数据,修订请设置 revision / a figure for " + code + " is already recorded; set revision");
        }
        int currentRevision = existing.map(e -> e.revision).orElse(0);
        if (expectedRevision != null && expectedRevision != currentRevision) {
            throw ProblemException.conflict("当前为第" + currentRevision + "次修订,不是" + expectedRevision
                    + ",请刷新后重试 / the figure is at revision " + currentRevision + ", not " + expectedRevision);
        }
        int revision = 1;
        if (existing.isPresent()) {
            ObservationEntity previous = existing.get();
            previous.current = false;
            // the partial unique index allows one current row: clear the old one before the new one goes in
            previous.flush();
            revision = previous.revision + 1;
        }
        ObservationEntity o = new ObservationEntity();
        o.id = UUID.randomUUID();
        o.indicatorCode = code;
        o.regionCode = c.regionCode();
        o.year = c.year();
        o.period = c.period().code();
        o.periodEndMonth = c.period().endMonth();
        o.revision = revision;
        o.current = true;
        o.value = c.value();
        o.unit = c.indicator().unit();
        o.growthRate = c.growthRate();
        o.estimate = c.estimate();
        o.source = c.source();
        o.releaseDate = c.releaseDate();
        o.recordedAt = OffsetDateTime.now();
        o.recordedBy = access.login();
        o.persistAndFlush();
        outbox.publish(ObservationRecorded.TYPE, ObservationRecorded.subject(code, o.regionCode),
                ObservationRecorded.of(o));
        evaluations.evaluate(o);
        return o;
    }

    private ObservationRules rules() {
        return new ObservationRules(catalog.catalog());
    }

    /**
     * The figures of the request's notice, with a warning when the notice is of another year or period than the
     * request's ({@link NoticeParseResult#forYear}, {@link NoticeParseResult#forPeriod}; the target reader says the same
     * of a year of targets).
     */
    private NoticeParseResult read(NoticeImportRequest request, IndicatorCatalog indicators) {
        NoticeParseResult result = longReads.read(request.text(),
                () -> noticeParser(indicators).parse(request.text(), defaultPeriod(request)))
                .forYear(request.year()).forPeriod(defaultPeriod(request));
        return result.withWarnings(targetsUnlikeTheStoredOnes(result, request));
    }

    /**
     * A warning for each figure whose printed or implied target is not the region's stored target of the year (the
     * verdict is the stored target's: a notice implying 7 % was judged against a stored 7.8 % without a word, and one
     * saying 低于目标0.9个百分点 was judged MET against a stored 6 % — the break-it trial after round 39). Only a bound of
     * the same kind is compared (a growth with a growth, a level with a level).
     */
    private static List<ParseWarning> targetsUnlikeTheStoredOnes(NoticeParseResult result, NoticeImportRequest request) {
        List<ParseWarning> said = new ArrayList<>();
        for (ParsedObservation o : result.observations()) {
            if (o.target() == null) {
                continue;
            }
            TargetEntity.findFor(request.regionCode(), request.year(), o.indicatorCode()).map(TargetEntity::toTarget)
                    .filter(stored -> differs(stored.growth(), o.target().growth()) || differs(stored.level(), o.target().level()))
                    .ifPresent(stored -> said.add(new ParseWarning(o.sourceText(), "通报中" + o.matchedName() + "的目标("
                            + o.target().describe() + ")与已保存的" + request.year() + "年目标(" + stored.describe()
                            + ")不同,按已保存的目标评价 / the notice's target differs from the stored one; the verdict uses "
                            + "the stored target")));
        }
        return said;
    }

    private static boolean differs(Bound stored, Bound notice) {
        return stored != null && notice != null && stored.value() != null && notice.value() != null
                && stored.value().compareTo(notice.value()) != 0;
    }

    private NoticeObservationParser noticeParser(IndicatorCatalog indicators) {
        return new NoticeObservationParser(indicators, targets.parser());
    }

    private static ReportingPeriod defaultPeriod(NoticeImportRequest request) {
        return request.period() == null ? null : ReportingPeriod.parse(request.period());
    }

    private static ProblemException invalid(List<FieldError> errors) {
        List<Problem.Violation> violations = errors.stream()
                .map(e -> new Problem.Violation(e.line() > 0 ? "line " + e.line() + ": " + e.field() : e.field(),
                        e.message()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid input");
        return new ProblemException(400, "validation", detail, violations);
    }
}
