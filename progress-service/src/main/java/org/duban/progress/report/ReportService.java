package org.duban.progress.report;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.event.Outbox;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.ReadScope;
import org.duban.progress.assignment.Assignment;
import org.duban.progress.assignment.AssignmentSpan;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.assignment.TaskView;
import org.duban.progress.calendar.CalendarService;
import org.duban.progress.calendar.ReportingCalendar;
import org.duban.progress.calendar.ReportingPeriod;
import org.duban.progress.calendar.Timeliness;
import org.duban.progress.report.ReportDtos.DiffView;
import org.duban.progress.report.ReportDtos.Figure;
import org.duban.progress.report.ReportDtos.History;
import org.duban.progress.report.ReportDtos.ReportDraft;
import org.duban.progress.report.ReportDtos.ReportEdit;
import org.duban.progress.report.ReportDtos.ReportView;
import org.duban.progress.report.ReportDtos.TransitionView;

/**
 * The report lifecycle: draft → (head approves) submitted → accepted | returned → revised as a new version.
 * Every transition is audited and published in the same transaction. Who may act is checked by the
 * resource; what may happen is decided here and by {@link ReportWorkflow}.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    private final PlanDirectory plans;
    private final CalendarService calendars;
    private final Outbox outbox;
    private final Clock clock;

    public ReportService(PlanDirectory plans, CalendarService calendars, Outbox outbox, Clock clock) {
        this.plans = plans;
        this.calendars = calendars;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Checks the draft against the read model; answers the unit's stretch on the task (its current one, else the
     * latest): a unit taken off the task may still file, but only a unit that was ever assigned.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentSpan requireOwed(ReportDraft draft, String unitId) {
        TaskView task = plans.requireNamedTask(draft.taskId());
        AssignmentSpan owed = plans.history(draft.taskId(), unitId).stream().findFirst().orElse(null);
        if (owed == null) {
            throw ProblemException.unprocessable("unit " + unitId + " owes no report on task " + draft.taskId()
                    + " / 该单位无此任务的报送责任");
        }
        calendars.requirePeriod(task.planId, draft.period());
        return owed;
    }

    public ReportView create(ReportDraft draft, String unitId, String actor) {
        AssignmentSpan owed = requireOwed(draft, unitId);
        // (the task's row locked, so that two first drafts at once are one after the other: the second finds the first
        // and is 409, rather than both inserting version 1 and the loser's unique-key error reaching the log)
        TaskView task = TaskView.findById(draft.taskId(), LockModeType.PESSIMISTIC_WRITE);
        if (current(draft.taskId(), unitId, draft.period()).isPresent()) {
            throw ProblemException.conflict("a report of unit " + unitId + " on task " + draft.taskId() + " for "
                    + draft.period() + " exists; edit or revise it / 本期报告已存在");
        }
        requireLeadForConsolidated(draft.consolidated(), owed.open() ? owed.role : null);
        OffsetDateTime now = now();
        Report r = new Report();
        r.id = UUID.randomUUID().toString();
        r.taskId = task.taskId;
        r.planId = task.planId;
        r.unitId = unitId;
        r.unitName = owed.unitName;
        r.period = ReportingPeriod.parse(draft.period()).code();
        r.year = task.year;
        r.regionCode = task.regionCode;
        r.version = 1;
        r.status = ReportStatus.DRAFT;
        r.createdBy = actor;
        r.createdAt = now;
        fill(r, draft.narrative(), draft.figures(), draft.percentOfAnnual(), draft.selfAssessedStatus(), draft.issuesRaised(),
                draft.consolidated());
        r.persist();
        audit(r, "CREATE", null, actor, null, ReportEvents.DRAFTED);
        return saved(r);
    }

    public ReportView edit(String id, ReportEdit edit, String actor) {
        Report r = require(id);
        transition(r, ReportAction.EDIT);
        Versions.check(r.rowVersion, edit.lockVersion(), "report " + id);
        Assignment now = Assignment.findById(new Assignment.Key(r.taskId, r.unitId));
        requireLeadForConsolidated(edit.consolidated(), now == null ? null : now.role);
        fill(r, edit.narrative(), edit.figures(), edit.percentOfAnnual(), edit.selfAssessedStatus(), edit.issuesRaised(),
                edit.consolidated());
        r.updatedAt = now();
        audit(r, "EDIT", ReportStatus.DRAFT, actor, null, null);
        return saved(r);
    }

    /** 审定: the unit head approves, which submits the report; late if after the deadline. */
    public ReportView approve(String id, String actor) {
        Report r = require(id);
        // the calendar may have been replaced since the draft was written: its period gone is the caller's to fix (422)
        ReportingCalendar calendar = calendars.calendar(r.planId);
        calendars.requirePeriod(calendar, r.planId, r.period);
        ReportStatus from = r.status;
        r.status = transition(r, ReportAction.APPROVE);
        OffsetDateTime now = now();
        r.submittedAt = now;
        r.approvedBy = actor;
        r.updatedAt = now;
        r.timeliness = calendar.classify(ReportingPeriod.parse(r.period), now.toInstant(),
                calendars.grant(r.planId, r.unitId, r.period));
        audit(r, "APPROVE", from, actor, r.timeliness.name(), ReportEvents.SUBMITTED);
        return saved(r);
    }

    public ReportView accept(String id, String actor) {
        Report r = require(id);
        ReportStatus from = r.status;
        r.status = transition(r, ReportAction.ACCEPT);
        r.reviewedBy = actor;
        r.reviewedAt = now();
        r.updatedAt = r.reviewedAt;
        audit(r, "ACCEPT", from, actor, null, ReportEvents.ACCEPTED);
        return saved(r);
    }

    public ReportView returnReport(String id, String reason, String actor) {
        Report r = require(id);
        ReportStatus from = r.status;
        r.status = transition(r, ReportAction.RETURN);
        r.reviewedBy = actor;
        r.reviewedAt = now();
        r.updatedAt = r.reviewedAt;
        r.returnReason = reason;
        audit(r, "RETURN", from, actor, reason, ReportEvents.RETURNED);
        return saved(r);
    }

    /** A returned report is revised as a new version; the returned one stays as history. */
    public ReportView revise(String id, String actor) {
        // (the returned version locked, so that two revisions at once are one after the other: the second finds the
        // first's new version and is 409 — both had inserted version n+1, and the unique key's SQL error was logged —
        // the break-it trial after round 39)
        Report old = Report.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (old == null) {
            throw ProblemException.notFound("report", id);
        }
        transition(old, ReportAction.REVISE);
        if (current(old.taskId, old.unitId, old.period).map(c -> c.version != old.version).orElse(false)) {
            throw ProblemException.conflict("report " + id + " has already been revised / 已修订");
        }
        OffsetDateTime now = now();
        Report r = new Report();
        r.id = UUID.randomUUID().toString();
        r.taskId = old.taskId;
        r.planId = old.planId;
        r.unitId = old.unitId;
        r.unitName = old.unitName;
        r.period = old.period;
        r.year = old.year;
        r.regionCode = old.regionCode;
        r.version = old.version + 1;
        r.status = ReportStatus.DRAFT;
        r.createdBy = actor;
        r.createdAt = now;
        r.updatedAt = now;
        r.narrative = old.narrative;
        r.figures = old.figures;
        r.percentOfAnnual = old.percentOfAnnual;
        r.selfStatus = old.selfStatus;
        r.issuesRaised = old.issuesRaised;
        r.consolidated = old.consolidated;
        r.persist();
        audit(r, "REVISE", ReportStatus.RETURNED, actor, "revision of version " + old.version, ReportEvents.REVISED);
        return saved(r);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report require(String id) {
        Report r = Report.findById(id);
        if (r == null) {
            throw ProblemException.notFound("report", id);
        }
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView get(String id) {
        return view(require(id));
    }

    /** The latest version of a unit's report on a task for a period. */
    public static Optional<Report> current(String taskId, String unitId, String period) {
        return Report.<Report>find("taskId = ?1 and unitId = ?2 and period = ?3 order by version desc", taskId, unitId, period)
                .firstResultOptional();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(String id) {
        Report any = require(id);
        List<Report> versions = Report.list("taskId = ?1 and unitId = ?2 and period = ?3 order by version", any.taskId,
                any.unitId, any.period);
        Map<String, Integer> versionOf = new HashMap<>();
        versions.forEach(v -> versionOf.put(v.id, v.version));
        List<ReportTransition> transitions = ReportTransition.list("reportId in ?1 order by id", versionOf.keySet());
        return new History(versions.stream().map(this::view).toList(), transitions.stream()
                .map(t -> new TransitionView(t.reportId, versionOf.get(t.reportId), t.action, t.fromStatus, t.toStatus, t.actor,
                        t.at, t.note))
                .toList());
    }

    /** What changed from another version (default: the previous one) to this one, sentence by sentence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DiffView diff(String id, Integer againstVersion) {
        Report r = require(id);
        int from = againstVersion != null ? againstVersion : r.version - 1;
        Report base = Report.<Report>find("taskId = ?1 and unitId = ?2 and period = ?3 and version = ?4", r.taskId, r.unitId,
                r.period, from).firstResult();
        if (base == null) {
            throw ProblemException.notFound("version " + from + " of report", id);
        }
        List<TextDiff.Change> changes = TextDiff.diff(base.narrative, r.narrative, TextDiff.Granularity.SENTENCE);
        return new DiffView(r.id, base.version, r.version, TextDiff.changed(changes), changes, TextDiff.unified(changes));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportView> list(ReadScope scope, String planId, String taskId, List<String> unitIds, String period,
            ReportStatus status, boolean currentOnly, PageQuery page) {
        StringBuilder where = new StringBuilder("from Report r where 1 = 1");
        Parameters params = new Parameters();
        if (scope.region() != null) {
            where.append(" and r.regionCode = :region");
            params.and("region", scope.region());
        }
        if (!scope.office()) {
            // a unit's own reports, and its co-units' once submitted on the tasks it leads (DESIGN.md flow 3)
            where.append(" and (r.unitId = :me or (r.status <> :draft and r.taskId in"
                    + " (select a.key.taskId from Assignment a where a.key.unitId = :me and a.role = :lead)))");
            params.and("me", String.valueOf(scope.unit())).and("draft", ReportStatus.DRAFT).and("lead", Assignment.Role.LEAD);
        }
        if (planId != null) {
            where.append(" and r.planId = :plan");
            params.and("plan", planId);
        }
        if (taskId != null) {
            where.append(" and r.taskId = :task");
            params.and("task", taskId);
        }
        if (unitIds != null) {
            where.append(" and r.unitId in :units");
            params.and("units", unitIds);
        }
        if (period != null) {
            where.append(" and r.period = :period");
            params.and("period", period);
        }
        if (status != null) {
            where.append(" and r.status = :status");
            params.and("status", status);
        }
        if (currentOnly) {
            where.append(" and r.version = (select max(o.version) from Report o where o.taskId = r.taskId"
                    + " and o.unitId = r.unitId and o.period = r.period)");
        }
        Sort sort = Sorting.parse(page.sort, Map.of("period", "r.period", "unitId", "r.unitId", "taskId", "r.taskId",
                "version", "r.version", "updatedAt", "r.updatedAt", "status", "r.status"),
                Sort.by("r.taskId").and("r.unitId").and("r.period").and("r.version"));
        PanacheQuery<Report> query = Report.find(where.toString(), sort, params);
        return Page.of(query, page, this::view);
    }

    /** A consolidated report (汇总报告) is the current lead unit's: {@code role} is the unit's role today, or null. */
    private void requireLeadForConsolidated(boolean consolidated, Assignment.Role role) {
        if (consolidated && role != Assignment.Role.LEAD) {
            throw ProblemException.unprocessable("only the lead unit submits the consolidated report / 仅牵头单位可报送汇总报告");
        }
    }

    private static ReportStatus transition(Report r, ReportAction action) {
        try {
            return ReportWorkflow.apply(r.status, action);
        } catch (ReportWorkflow.IllegalTransitionException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private void fill(Report r, String narrative, List<Figure> figures, BigDecimal percent,
            org.duban.progress.pace.PaceStatus self, String issues, boolean consolidated) {
        r.narrative = narrative;
        r.figures = figures == null || figures.isEmpty() ? null : List.copyOf(figures);
        r.percentOfAnnual = percent;
        r.selfStatus = self;
        r.issuesRaised = issues;
        r.consolidated = consolidated;
        r.updatedAt = now();
    }

    void audit(Report r, String action, ReportStatus from, String actor, String note, String eventType) {
        ReportTransition t = new ReportTransition();
        t.reportId = r.id;
        t.action = action;
        t.fromStatus = from == null ? null : from.name();
        t.toStatus = r.status.name();
        t.actor = actor;
        t.at = now();
        t.note = note;
        t.persist();
        if (eventType != null) {
            outbox.publish(eventType, r.id, ReportEvents.data(r, from, actor, note));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }


    public List<Figure> figures(Report r) {
        return r.figures == null ? List.of() : r.figures;
    }

    /** The view of a report just written, flushed first so that its lock version is the one now stored. */
    private ReportView saved(Report r) {
        Report.flush();
        return view(r);
    }

    public ReportView view(Report r) {
        return new ReportView(r.id, r.taskId, r.planId, r.unitId, r.unitName, r.period, r.year, r.version, r.status,
                r.narrative, figures(r), r.percentOfAnnual, r.selfStatus, r.issuesRaised, r.consolidated, r.timeliness,
                r.createdBy, r.createdAt, r.updatedAt, r.submittedAt, r.approvedBy, r.reviewedBy, r.reviewedAt, r.returnReason,
                r.rowVersion);
    }

    /** Versions of every unit's report on a task for a period, newest per unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> currentForTask(ReadScope scope, String taskId, String period) {
        List<Report> all = Report.list("taskId = ?1 and period = ?2", taskId, period);
        Map<String, Report> latest = new TreeMap<>();
        for (Report r : all) {
            if (!scope.office() && r.status == ReportStatus.DRAFT && !r.unitId.equals(scope.unit())) {
                continue; // a co-unit's draft is its own until its head approves it
            }
            latest.merge(r.unitId, r, (a, b) -> a.version >= b.version ? a : b);
        }
        return latest.values().stream().sorted(Comparator.comparing((Report r) -> !r.consolidated).thenComparing(r -> r.unitId))
                .map(this::view).toList();
    }

    /** Used by the importer: an imported 完成情况 becomes an IMPORTED (accepted) version. */
    void persistImported(Report r, String actor) {
        r.persist();
        audit(r, "IMPORT", null, actor, r.importId, ReportEvents.IMPORTED);
    }

    static Timeliness importedTimeliness() {
        // the office published the table itself: there is no submission to be late with
        return Timeliness.ON_TIME;
    }
}
