package org.duban.tasks.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.platform.event.Outbox;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.tasks.importer.ImportDtos.Committed;
import org.duban.tasks.importer.ImportDtos.Format;
import org.duban.tasks.importer.ImportDtos.ImportRequest;
import org.duban.tasks.importer.ImportDtos.Preview;
import org.duban.tasks.importer.document.DocumentModel;
import org.duban.tasks.importer.document.DocumentReader;
import org.duban.tasks.importer.document.TextDecoder;
import org.duban.tasks.importer.document.UnsupportedFileException;
import org.duban.tasks.plan.Plan;
import org.duban.tasks.plan.PlanDtos.SourceDocument;
import org.duban.tasks.plan.PlanService;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.plan.Section;
import org.duban.tasks.task.Responsibilities;
import org.duban.tasks.task.Task;
import org.duban.tasks.task.TaskDtos;
import org.duban.tasks.task.TaskInput;
import org.duban.tasks.task.TaskQueries;
import org.duban.tasks.task.TaskService;
import org.duban.tasks.unit.DirectoryService;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.Person;
import org.duban.tasks.unit.Unit;
import org.duban.tasks.unit.UnitRef;
import org.duban.tasks.unit.UnitService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Imports a decomposition plan or a completion table: preview parses and stores nothing; commit stores the
 * plan, its sections, tasks, units and people in one transaction, once per document (by SHA-256 of the
 * normalised content), and hands a completion table's 完成情况 to progress-service as progress-imported events.
 */
@ApplicationScoped
@Transactional
public class ImportService {
    public static final String PROGRESS_IMPORTED = "duban.tasks.progress-imported.v1";

    private final UnitService units;
    private final PlanService plans;
    private final TaskService taskService;
    private final DirectoryService directory;
    private final TaskQueries queries;
    private final Outbox outbox;
    private final int maxTasks;
    private final IndicatorLinker.Grammar indicators;
    private final JsonWebToken token;

    public ImportService(UnitService units, PlanService plans, TaskService taskService, DirectoryService directory,
            TaskQueries queries, Outbox outbox,
            @ConfigProperty(name = "duban.tasks.import.max-tasks", defaultValue = "10000") int maxTasks,
            IndicatorsClient indicators, JsonWebToken token) {
        this.indicators = indicators;
        this.token = token;
        this.units = units;
        this.plans = plans;
        this.taskService = taskService;
        this.directory = directory;
        this.queries = queries;
        this.outbox = outbox;
        this.maxTasks = maxTasks;
    }

    /** A parsed document, the hash that identifies it and its original bytes. */
    record Parsed(ParsedPlan plan, String hash, byte[] original) {}

    /**
     * The document as it would be imported, nothing stored: parsed, corrected by the office's choices, its tasks
     * linked to indicators by indicators-service's grammar ({@link #linked}), and every warning.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(ImportRequest request) {
        Parsed parsed = linked(corrected(parse(request), request), request, callerToken());
        Long existing = ImportRecord.<ImportRecord>find("regionCode = ?1 and sourceHash = ?2", request.regionCode(), parsed.hash())
                .firstResultOptional().map(r -> r.planId).orElse(null);
        if (existing == null && !request.formatValue().isTable()) {
            parsed = withPlansOfTheYear(parsed, request);
        }
        parsed = withYearOverride(parsed, request);
        Map<WarningCode, Long> byCode = new EnumMap<>(WarningCode.class);
        parsed.plan().warnings().forEach(w -> byCode.merge(w.code(), 1L, Long::sum));
        return new Preview(request.formatValue(), parsed.hash(), existing, parsed.plan().taskCount(),
                parsed.plan().warnings().size(), byCode, parsed.plan());
    }

    /**
     * The parse with a {@link WarningCode#PLAN_OF_THE_YEAR_EXISTS} warning when the region already has a plan of the
     * year this document would become (a newcomer trial imported the same year twice without being told): committing
     * makes a second plan of that year, which the office may mean (a supplementary plan) or not.
     */
    private static Parsed withPlansOfTheYear(Parsed parsed, ImportRequest request) {
        Integer year = request.year() != null ? request.year() : parsed.plan().document().year();
        if (year == null) {
            return parsed;
        }
        List<Plan> plans = Plan.list("regionCode = ?1 and year = ?2 order by id", request.regionCode(), year);
        if (plans.isEmpty()) {
            return parsed;
        }
        String ids = plans.stream().map(p -> p.id + " (" + p.status + ")").collect(java.util.stream.Collectors.joining(", "));
        List<ImportWarning> warnings = new ArrayList<>(parsed.plan().warnings());
        warnings.add(new ImportWarning(WarningCode.PLAN_OF_THE_YEAR_EXISTS, 0,
                "本地区" + year + "年已有计划 " + ids + ";提交将再建一份" + year + "年计划,如需修改原计划请在原计划中调整",
                "the region already has a " + year + " plan: " + ids + "; committing creates another plan of that year",
                "plan " + plans.get(0).id));
        ParsedPlan p = parsed.plan();
        return new Parsed(new ParsedPlan(p.format(), p.document(), p.sections(), p.markerLegend(), p.workPlanSubmissionDue(),
                p.reportingDeadlines(), p.workPlanTemplate(), p.period(), warnings), parsed.hash(), parsed.original());
    }

    /**
     * The parse with a {@link WarningCode#YEAR_OVERRIDDEN} warning when the request's year is not the one the document
     * states (a newcomer trial imported the 2016 report as 2018 without a word): the office may mean it, but sees it.
     */
    private static Parsed withYearOverride(Parsed parsed, ImportRequest request) {
        Integer stated = parsed.plan().document().year();
        if (request.year() == null || stated == null || stated.equals(request.year())) {
            return parsed;
        }
        List<ImportWarning> warnings = new ArrayList<>(parsed.plan().warnings());
        warnings.add(new ImportWarning(WarningCode.YEAR_OVERRIDDEN, 0,
                "文档写明" + stated + "年,将按所选" + request.year() + "年导入,请确认",
                "the document states " + stated + "; it will be imported as " + request.year(), String.valueOf(stated)));
        ParsedPlan p = parsed.plan();
        return new Parsed(new ParsedPlan(p.format(), p.document(), p.sections(), p.markerLegend(), p.workPlanSubmissionDue(),
                p.reportingDeadlines(), p.workPlanTemplate(), p.period(), warnings), parsed.hash(), parsed.original());
    }

    /** Told how many tasks of how many are written (an import job's percentage). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void tasks(int done, int total);
    }

    public Committed commit(ImportRequest request) {
        return commit(request, Progress.NONE, callerToken());
    }

    /**
     * As {@link #commit(ImportRequest)}, telling {@code progress} every 50 tasks written and at the end.
     *
     * @param authorization the bearer token indicators-service is asked with (the caller's, kept by a job in memory), or
     *     null: the plan is then committed without indicator links, with {@link WarningCode#INDICATOR_LINK_UNAVAILABLE}
     */
    public Committed commit(ImportRequest request, Progress progress, String authorization) {
        Parsed parsed = corrected(parse(request), request);
        ImportRecord existing = ImportRecord.<ImportRecord>find("regionCode = ?1 and sourceHash = ?2", request.regionCode(),
                parsed.hash()).firstResult();
        String choices = choicesHash(request);
        if (existing != null) {
            if (existing.choicesHash != null && !existing.choicesHash.equals(choices)) {
                throw new ProblemException(409, "conflict", "this document was already imported as plan " + existing.planId
                        + " (import " + existing.id + ") with other choices (year, period, title, lead rule or corrections);"
                        + " change that plan's tasks through the task API / 该文档已按其他选择导入为计划" + existing.planId
                        + ",请在该计划中修改任务", List.of());
            }
            return committed(existing, false, request.formatValue());
        }
        // indicators-service is asked before anything is written (the links are part of what the commit stores), and
        // not for a document imported before: its answer is the existing import
        parsed = linked(parsed, request, authorization);
        ParsedPlan p = parsed.plan();
        if (request.formatValue() == Format.REPORT && Boolean.TRUE.equals(request.publish())) {
            throw ProblemException.unprocessable("publish: a plan drafted from a report holds candidate tasks and suggested "
                    + "units; commit it as a draft, review it, then publish it / 由报告草拟的方案须审核后再发布");
        }
        if (p.taskCount() == 0) {
            throw ProblemException.unprocessable("no task could be read from the document; see the preview's warnings / 文档中没有读到任何任务");
        }
        Integer year = request.year() != null ? request.year() : p.document().year();
        if (year == null) {
            throw ProblemException.invalid("year", "the document does not say its year; give it in the request / 文档未写明年度,请在请求中给出");
        }
        ReportingPeriod period = request.periodValue() != null ? request.periodValue() : p.period();
        if (request.formatValue().isTable() && period == null) {
            throw ProblemException.invalid("period", "the table does not say which period it reports; give Q1, H1, Q3 or ANNUAL / 表格未写明报告期");
        }
        Map<ReportingPeriod, java.time.LocalDate> deadlines = new EnumMap<>(ReportingPeriod.class);
        p.reportingDeadlines().forEach(d -> deadlines.put(d.period(), d.deadline()));
        String title = request.title() != null && !request.title().isBlank() ? request.title()
                : p.document().title() != null ? p.document().title() : year + "年目标任务";
        Plan plan = plans.newPlan(request.regionCode(), year, title, new SourceDocument(p.document().title(),
                p.document().number(), p.document().issueDate(), request.documentUrl(), p.document().fullIssuer()), p.markerLegend(),
                p.workPlanSubmissionDue(), deadlines, parsed.hash(), request.formatValue().name());

        UnitService.Resolver resolver = units.resolver(plan.regionCode);
        Writer writer = new Writer(plan, resolver, progress, p.taskCount());
        for (ParsedSection s : p.sections()) {
            writer.section(s, null);
        }
        Task.getEntityManager().flush();

        ImportRecord record = new ImportRecord();
        record.regionCode = plan.regionCode;
        record.format = request.formatValue().name();
        record.sourceHash = parsed.hash();
        record.choicesHash = choices;
        record.planId = plan.id;
        record.taskCount = writer.tasks.size();
        record.warningCount = p.warnings().size();
        record.createdAt = OffsetDateTime.now();
        record.original = parsed.original();
        record.fileName = request.fileName();
        record.contentType = request.contentType();
        record.persist();

        boolean publish = request.publish() != null ? request.publish() : request.formatValue().isTable();
        if (publish) {
            plans.publishNow(plan);
        }
        if (request.formatValue().isTable()) {
            record.progressEvents = progressEvents(record, plan, period, writer.tasks);
        }
        return committed(record, true, request.formatValue());
    }

    /** One duban.tasks.progress-imported.v1 per task with a 完成情况 text, attributed to the task's lead unit. */
    private int progressEvents(ImportRecord record, Plan plan, ReportingPeriod period, Map<Task, ParsedTask> tasks) {
        int count = 0;
        for (Map.Entry<Task, ParsedTask> e : tasks.entrySet()) {
            Task t = e.getKey();
            String text = e.getValue().progressText();
            if (text == null || text.isBlank()) {
                continue;
            }
            Unit lead = t.leadUnitId == null ? null : Unit.findById(t.leadUnitId);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("importId", String.valueOf(record.id));
            data.put("planId", String.valueOf(plan.id));
            data.put("taskId", String.valueOf(t.id));
            data.put("regionCode", plan.regionCode);
            data.put("year", plan.year);
            data.put("period", period.name());
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("id", lead == null ? null : String.valueOf(lead.id));
            unit.put("name", lead == null ? null : lead.name);
            data.put("unit", lead == null ? null : unit);
            data.put("text", text);
            data.put("number", t.number);
            outbox.publish(PROGRESS_IMPORTED, String.valueOf(t.id), data);
            count++;
        }
        return count;
    }

    /**
     * Hands the parsed document's sections, tasks and people, in document order, to the services that own them
     * (PlanService, TaskService, DirectoryService): the importer's job ends at their inputs. A value too long for its
     * column means the layout was misread there: 422 naming the line, nothing stored.
     */
    private final class Writer {
        final Plan plan;
        final UnitService.Resolver resolver;
        final Map<Task, ParsedTask> tasks = new LinkedHashMap<>();
        final Set<String> people = new HashSet<>();
        int sectionPosition;
        int taskPosition;

        final Progress progress;
        final int total;

        Writer(Plan plan, UnitService.Resolver resolver, Progress progress, int total) {
            this.plan = plan;
            this.resolver = resolver;
            this.progress = progress;
            this.total = total;
        }

        void section(ParsedSection ps, Section parent) {
            Section s = atLine(ps.line(), () -> plans.newSection(plan, parent, ps.label(), ps.title(), ps.kind(),
                    ps.declaredCount(), ++sectionPosition));
            for (ParsedTask pt : ps.tasks()) {
                task(pt, s);
            }
            for (ParsedSection child : ps.children()) {
                section(child, s);
            }
        }

        void task(ParsedTask pt, Section section) {
            TaskInput input = new TaskInput(pt.number(), pt.label(), pt.text().isBlank() ? "(无内容 / empty)" : pt.text(),
                    pt.markers(), pt.targetText(), pt.leaders(), pt.coordinator(), pt.leadPerson(),
                    TaskDeadline.dueDate(pt.deadline(), plan.year).orElse(null),
                    pt.quantTargets().stream().map(q -> new TaskDtos.QuantTarget(q.metric(), q.value(), q.unit(), q.comparator()))
                            .toList(), pt.indicatorLink() == null ? null : pt.indicatorLink().indicatorCode(), pt.leadUnits(),
                    pt.responsibleUnits(), pt.relatedUnits());
            Task t = atLine(pt.line(), () -> taskService.add(plan, section.id, ++taskPosition, input, resolver));
            tasks.put(t, pt);
            if (taskPosition % 50 == 0 || taskPosition == total) {
                progress.tasks(taskPosition, total);
            }
            person(pt.coordinator(), null, "协管责任人");
            pt.leaders().forEach(l -> person(l, null, "责任领导"));
            if (pt.leadPerson() != null) {
                for (String name : pt.leadPerson().split("、")) {
                    person(name, t.leadUnitId, "责任人");
                }
            }
        }

        /** People named by a table join the directory once per name and unit. */
        void person(String name, Long unitId, String title) {
            if (name != null && !name.isBlank() && people.add(name + "/" + unitId)) {
                directory.ensurePerson(plan.regionCode, name, unitId, title);
            }
        }
    }

    /**
     * The caller's bearer token (the raw JWT) for indicators-service, or null outside a request (an import job run
     * again after a restart keeps no token).
     */
    private String callerToken() {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return null;
        }
        return token.getRawToken();
    }

    /**
     * A plan's tasks linked to indicators of indicators-service's catalog ({@link IndicatorLinker}: TARGETS tasks and
     * tasks stating a target of a catalog indicator, their figures as indicators-service's grammar reads them), with the
     * office's choices ({@code corrections[].indicatorCode}) applied. Completion tables are left as they are: their
     * tasks belong to a plan in force, whose links are made on the plan. indicators-service down, slow or refusing:
     * the plan unlinked and one {@link WarningCode#INDICATOR_LINK_UNAVAILABLE} warning, never an error. A choice naming
     * a code the catalog lacks is 400 naming {@code corrections[i].indicatorCode}.
     */
    private Parsed linked(Parsed parsed, ImportRequest request, String authorization) {
        if (request.formatValue().isTable() || parsed.plan().taskCount() == 0) {
            return parsed;
        }
        Map<Integer, String> choices = new java.util.HashMap<>();
        Map<Integer, Integer> positions = new java.util.HashMap<>();
        List<ImportDtos.TaskCorrection> corrections = request.corrections() == null ? List.of() : request.corrections();
        for (int i = 0; i < corrections.size(); i++) {
            ImportDtos.TaskCorrection c = corrections.get(i);
            if (c.indicatorCode() != null) {
                choices.put(c.index(), c.indicatorCode().toUpperCase(java.util.Locale.ROOT));
                positions.put(c.index(), i);
            }
        }
        Integer year = request.year() != null ? request.year() : parsed.plan().document().year();
        try {
            ParsedPlan plan = IndicatorLinker.link(parsed.plan(), request.regionCode(),
                    year != null ? year : java.time.Year.now().getValue(), choices, indicators, authorization);
            return new Parsed(plan, parsed.hash(), parsed.original());
        } catch (IndicatorLinker.UnknownIndicator e) {
            throw ProblemException.invalid("corrections[" + positions.get(e.index()) + "].indicatorCode", e.getMessage());
        }
    }

    /** Runs a write for the document's line {@code line}; a 422 from the owning service names that line. */
    private static <T> T atLine(int line, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            throw ProblemException.unprocessable("line " + line + ": " + e.getMessage()
                    + "; the document's layout was not understood there / 第" + line + "行内容过长,无法识别");
        }
    }

    /**
     * The tasks of the region's latest plan in force before {@code year} (published or archived; any year when the
     * report states none), with their leaders and units, as precedents for a report's draft tasks
     * ({@link ReportReader#from}); none when the region has no such plan.
     */
    private ReportReader.Precedents precedents(String regionCode, Integer year) {
        Plan latest = Plan.<Plan>find("regionCode = ?1 and status <> ?2 and year < ?3 order by year desc, id desc", regionCode,
                org.duban.tasks.plan.PlanStatus.DRAFT, year == null ? Integer.MAX_VALUE : year).firstResult();
        if (latest == null) {
            return ReportReader.Precedents.NONE;
        }
        List<ReportReader.Earlier> earlier = new ArrayList<>();
        for (TaskDtos.TaskView t : queries.views(Task.list("planId = ?1 order by position", latest.id))) {
            earlier.add(new ReportReader.Earlier(t.title(), t.leaders(), t.leadUnits().stream().map(TaskDtos.UnitLink::name).toList(),
                    t.responsibleUnits().stream().map(TaskDtos.UnitLink::name).toList(),
                    latest.year + "年计划任务" + t.number()));
        }
        return ReportReader.from(earlier);
    }

    /** A plan's identity: its text as read, whatever file it came in ({@link #hash}). */
    private static String planHash(DocumentModel model) {
        return hash(Format.PLAN_TEXT, normalise(model.plainText()).getBytes(StandardCharsets.UTF_8));
    }

    private Parsed parse(ImportRequest request) {
        if (request.text() != null && !request.text().isBlank() && request.contentBase64() != null
                && !request.contentBase64().isBlank()) {
            throw ProblemException.invalid("contentBase64", "give the document once: text or contentBase64, not both / "
                    + "text与contentBase64只能提供其一");
        }
        KnownUnits known = units.known(request.regionCode());
        try {
            if (request.formatValue() == Format.REPORT) {
                byte[] bytes = request.text() != null && !request.text().isBlank()
                        ? request.text().getBytes(StandardCharsets.UTF_8) : bytes(request);
                DocumentModel model = DocumentReader.read(bytes, request.fileName(), request.contentType());
                return new Parsed(withinCap(ReportReader.byYear(known, (Integer year) -> precedents(request.regionCode(),
                        request.year() != null ? request.year() : year)).read(model), request),
                        hash(Format.REPORT, normalise(model.plainText()).getBytes(StandardCharsets.UTF_8)), bytes);
            }
            if (request.formatValue() == Format.DOCUMENT) {
                byte[] bytes = request.text() != null && !request.text().isBlank()
                        ? request.text().getBytes(StandardCharsets.UTF_8) : bytes(request);
                DocumentModel model = DocumentReader.read(bytes, request.fileName(), request.contentType());
                return new Parsed(withinCap(new PlanParser(known, Boolean.TRUE.equals(request.firstListedLeads())).parse(model), request),
                        planHash(model), bytes);
            }
            if (request.formatValue() == Format.TABLE_XLSX) {
                byte[] bytes = bytes(request);
                return new Parsed(withinCap(new CompletionTableXlsxParser(known).parse(bytes), request), hash(request.formatValue(), bytes), bytes);
            }
            String text = text(request);
            String normalised = normalise(text);
            if (request.formatValue() == Format.PLAN_TEXT) {
                DocumentModel model = DocumentReader.text(normalised, DocumentModel.FileType.TXT, "UTF-8");
                return new Parsed(withinCap(new PlanParser(known, Boolean.TRUE.equals(request.firstListedLeads())).parse(model), request),
                        planHash(model), originalBytes(request, text));
            }
            ParsedPlan plan = switch (request.formatValue()) {
                case PLAN_TEXT -> throw new IllegalStateException("handled above");
                case TABLE_TEXT -> new CompletionTableTextParser(known).parse(normalised);
                case TABLE_CSV -> new CompletionTableCsvParser(known).parse(normalised);
                case TABLE_XLSX, DOCUMENT, REPORT -> throw new IllegalStateException("handled above");
            };
            return new Parsed(withinCap(plan, request), hash(request.formatValue(), normalised.getBytes(StandardCharsets.UTF_8)),
                    originalBytes(request, text));
        } catch (ImportFormatException e) {
            throw ProblemException.unprocessable(e.getMessage());
        } catch (UnsupportedFileException e) {
            String field = request.text() != null && !request.text().isBlank() ? "text" : "contentBase64";
            throw new ProblemException(415, "unsupported-media-type", field + ": " + e.getMessage(),
                    List.of(new Problem.Violation(field, e.getMessage())));
        }
    }

    /**
     * The office's corrections applied to the parsed tasks (by their 1-based position in the preview); a position
     * past the last task is 400 naming it. Tables take no corrections (their matrix is the table's columns).
     */
    private static Parsed corrected(Parsed parsed, ImportRequest request) {
        List<ImportDtos.TaskCorrection> corrections = request.corrections();
        if (corrections == null || corrections.isEmpty()) {
            return parsed;
        }
        if (request.formatValue().isTable()) {
            throw ProblemException.invalid("corrections", "a completion table takes no corrections; correct the table / 一览表不接受更正");
        }
        int count = parsed.plan().taskCount();
        Map<Integer, ImportDtos.TaskCorrection> byIndex = new java.util.HashMap<>();
        for (int i = 0; i < corrections.size(); i++) {
            ImportDtos.TaskCorrection c = corrections.get(i);
            if (c.index() > count) {
                throw ProblemException.invalid("corrections[" + i + "].index", "the preview has " + count + " tasks / 预览中只有"
                        + count + "项任务");
            }
            for (List<String> names : java.util.Arrays.asList(c.leadUnits(), c.responsibleUnits(), c.relatedUnits())) {
                for (String name : names == null ? List.<String>of() : names) {
                    if (name.contains("、") && !org.duban.tasks.unit.UnitNames.isGroup(name)) {
                        // "区财政局、区税务局" is two units: one per item, never one unit of that name
                        throw ProblemException.invalid("corrections[" + i + "]", "'" + name + "' names several units; give one"
                                + " unit per item / 每项填写一个单位名称");
                    }
                }
            }
            if (c.leadUnits() != null && Responsibilities.parse(c.leadUnits()).stream().anyMatch(UnitRef::group)) {
                // as the commit would refuse it: a group cannot lead
                throw ProblemException.invalid("corrections[" + i + "].leadUnits", "a lead unit must be one unit, not a group"
                        + " / 牵头单位须为单个单位");
            }
            if (byIndex.put(c.index(), c) != null) {
                throw ProblemException.invalid("corrections[" + i + "].index", "task " + c.index()
                        + " is corrected twice; send one correction per task / 同一任务只能更正一次");
            }
        }
        int[] position = {0};
        List<ParsedSection> sections = parsed.plan().sections().stream().map(s -> correct(s, byIndex, position)).toList();
        ParsedPlan p = parsed.plan();
        // a task whose lead units the office chose no longer lacks a lead: its NO_LEAD_UNIT warning is answered
        Set<Integer> ledByChoice = new HashSet<>();
        List<ParsedTask> all = p.allTasks();
        byIndex.forEach((index, c) -> {
            if (c.leadUnits() != null && !c.leadUnits().isEmpty()) {
                ledByChoice.add(all.get(index - 1).line());
            }
        });
        List<ImportWarning> warnings = p.warnings().stream()
                .filter(w -> !(w.code() == WarningCode.NO_LEAD_UNIT && ledByChoice.contains(w.line()))).toList();
        return new Parsed(new ParsedPlan(p.format(), p.document(), sections, p.markerLegend(), p.workPlanSubmissionDue(),
                p.reportingDeadlines(), p.workPlanTemplate(), p.period(), warnings), parsed.hash(), parsed.original());
    }

    private static ParsedSection correct(ParsedSection s, Map<Integer, ImportDtos.TaskCorrection> byIndex, int[] position) {
        List<ParsedTask> tasks = new java.util.ArrayList<>();
        for (ParsedTask t : s.tasks()) {
            ImportDtos.TaskCorrection c = byIndex.get(++position[0]);
            tasks.add(c == null ? t : t.withUnits(
                    c.leadUnits() == null ? t.leadUnits() : Responsibilities.parse(c.leadUnits()),
                    c.responsibleUnits() == null ? t.responsibleUnits() : Responsibilities.parse(c.responsibleUnits()),
                    c.relatedUnits() == null ? t.relatedUnits() : Responsibilities.parse(c.relatedUnits())));
        }
        List<ParsedSection> children = new java.util.ArrayList<>();
        for (ParsedSection child : s.children()) {
            children.add(correct(child, byIndex, position));
        }
        return new ParsedSection(s.label(), s.title(), s.level(), s.kind(), s.declaredCount(), s.line(), children, tasks);
    }

    /**
     * A work report's plan has a few hundred tasks; a document that reads as more than {@code duban.tasks.import.max-tasks}
     * (10,000) is not one, and previewing or storing it would only tie up the service: 413, nothing stored.
     */
    private ParsedPlan withinCap(ParsedPlan plan, ImportRequest request) {
        if (plan.taskCount() > maxTasks) {
            String field = request.text() != null && !request.text().isBlank() ? "text" : "contentBase64";
            String message = "reads as " + plan.taskCount() + " tasks; an import holds at most " + maxTasks
                    + " / 文档含" + plan.taskCount() + "项任务,单次导入最多" + maxTasks + "项";
            throw new ProblemException(413, "too-many-tasks", field + ": " + message, List.of(new Problem.Violation(field, message)));
        }
        return plan;
    }

    private static String text(ImportRequest request) {
        if (request.text() != null && !request.text().isBlank()) {
            return request.text();
        }
        if (request.contentBase64() != null && !request.contentBase64().isBlank()) {
            // GBK text from a Windows machine is decoded as such, never stored as mojibake
            return TextDecoder.decode(bytes(request), request.contentType()).text();
        }
        throw ProblemException.invalid("text", "give the document as text or contentBase64 / 请提供文档内容");
    }

    /** The original as it came: the uploaded bytes (GBK stays GBK), or the text given in JSON as UTF-8. */
    private static byte[] originalBytes(ImportRequest request, String text) {
        return request.contentBase64() != null && !request.contentBase64().isBlank() ? bytes(request)
                : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ImportRequest request) {
        if (request.contentBase64() == null || request.contentBase64().isBlank()) {
            throw ProblemException.invalid("contentBase64", "this import needs the document: its text in text, or the file as "
                    + "contentBase64 / 请以text提供文字或以contentBase64提供文件");
        }
        try {
            byte[] decoded = Base64.getMimeDecoder().decode(request.contentBase64());
            if (decoded.length == 0) {
                // the MIME decoder skips what is not base64: "@@@!!" decodes to nothing
                throw new IllegalArgumentException("no base64 content");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("contentBase64", "is not valid base64 / 不是有效的base64");
        }
    }

    /** Line endings, a BOM and trailing spaces do not make a different document. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u00a0\\u3000]+\n", "\n").strip();
    }

    /**
     * What identifies the office's choices for a commit: year, period, title, the lead rule and the corrections, as a
     * SHA-256 of their canonical JSON. Two commits of one document with the same choices are one import.
     */
    static String choicesHash(ImportRequest request) {
        Map<String, Object> choices = new LinkedHashMap<>();
        choices.put("year", request.year());
        choices.put("period", request.period());
        choices.put("title", request.title() == null || request.title().isBlank() ? null : request.title().strip());
        choices.put("firstListedLeads", Boolean.TRUE.equals(request.firstListedLeads()));
        choices.put("corrections", request.corrections() == null ? List.of() : request.corrections());
        try {
            return sha256(CHOICES.writeValueAsBytes(choices));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper CHOICES = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The document's identity: its kind (a plan, or a table in its format) and its content. A plan is one document
     * whether it came as PLAN_TEXT or as a DOCUMENT (a text file, a page, a Word file): its text as read is hashed, so
     * the same plan sent twice in two ways is found, not imported twice.
     */
    static String hash(Format format, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((format.isTable() ? format.name() : "PLAN").getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Committed committed(ImportRecord r, boolean created, Format format) {
        return new Committed(r.id, r.planId, created, format, r.taskCount, r.warningCount, r.progressEvents, r.createdAt);
    }

    /** An import's original document: bytes, type and name. */
    public record Original(byte[] bytes, String contentType, String fileName) {}

    /** 404 when there is no such import or it was stored before originals were kept. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Original original(long id, ReadScope scope) {
        ImportRecord r = ImportRecord.findById(id);
        if (r == null || r.original == null) {
            throw ProblemException.notFound("import original", id);
        }
        scope.requireRegion(r.regionCode);
        String type = r.contentType != null && !r.contentType.isBlank() ? r.contentType
                : r.format.equals("TABLE_XLSX") ? ImportResource.XLSX
                : r.format.equals("DOCUMENT") ? "application/octet-stream" : "text/plain; charset=UTF-8";
        return new Original(r.original, type, r.fileName != null ? r.fileName : "import-" + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Committed get(long id, ReadScope scope) {
        ImportRecord r = ImportRecord.findById(id);
        if (r == null) {
            throw ProblemException.notFound("import", id);
        }
        scope.requireRegion(r.regionCode);
        return committed(r, true, Format.valueOf(r.format));
    }


}
