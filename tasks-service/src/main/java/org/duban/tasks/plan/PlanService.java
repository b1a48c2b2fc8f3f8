package org.duban.tasks.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.platform.event.Outbox;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.security.ReadScope;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.security.WriteScope;
import org.duban.tasks.plan.PlanDtos.CreatePlan;
import org.duban.tasks.plan.PlanDtos.CreateSection;
import org.duban.tasks.plan.PlanDtos.PlanView;
import org.duban.tasks.plan.PlanDtos.SectionView;
import org.duban.tasks.plan.PlanDtos.SourceDocument;
import org.duban.tasks.plan.PlanDtos.UpdatePlan;
import org.duban.tasks.task.Task;
import org.duban.tasks.task.TaskEvents;
import org.duban.tasks.task.TaskRules;
import org.duban.tasks.task.TaskStatus;

/**
 * Plans and their sections. Publishing is the moment units learn their tasks: plan-published and one
 * task-assigned per task go to the outbox with the status change, in one transaction.
 */
@ApplicationScoped
@Transactional
public class PlanService {
    public static final String PLAN_PUBLISHED = "duban.tasks.plan-published.v1";
    private static final Map<String, String> SORTS = Map.of("id", "id", "year", "year", "title", "title",
            "status", "status", "createdAt", "createdAt");

    private final Outbox outbox;
    private final TaskEvents taskEvents;
    private final ObjectMapper mapper;
    private final EntityManager em;

    public PlanService(Outbox outbox, TaskEvents taskEvents, ObjectMapper mapper, EntityManager em) {
        this.outbox = outbox;
        this.taskEvents = taskEvents;
        this.mapper = mapper;
        this.em = em;
    }

    public PlanView create(CreatePlan request) {
        Plan plan = newPlan(request.regionCode(), request.year(), request.title(), request.document(), request.markerLegend(),
                request.workPlanDue(), request.deadlines(), null, null);
        em.flush();
        return view(plan, true);
    }

    /**
     * The one way a plan comes to exist (plan API and importer): a DRAFT plan of a region and year, persisted.
     *
     * @param sourceHash   SHA-256 of the imported document, or null for a plan made through the API
     * @param sourceFormat the import format (PLAN_TEXT, DOCUMENT …), or null
     */
    public Plan newPlan(String regionCode, int year, String title, SourceDocument doc, Map<String, String> legend,
            LocalDate workPlanDue, Map<ReportingPeriod, LocalDate> deadlines, String sourceHash, String sourceFormat) {
        if (year < Plan.FIRST_YEAR || year > Plan.LAST_YEAR) {
            // (the importer's year may be the document's own: "3192年…" made a live plan — break-it trial after round 39)
            throw ProblemException.invalid("year", "计划年度应在" + Plan.FIRST_YEAR + "至" + Plan.LAST_YEAR + "之间 / a plan's year is "
                    + Plan.FIRST_YEAR + "–" + Plan.LAST_YEAR + ": " + year);
        }
        Plan plan = new Plan();
        plan.regionCode = regionCode;
        plan.year = year;
        plan.createdAt = OffsetDateTime.now();
        plan.sourceHash = sourceHash;
        plan.sourceFormat = sourceFormat;
        apply(plan, title, doc, legend, workPlanDue, deadlines);
        plan.persist();
        return plan;
    }

    public PlanView update(long id, UpdatePlan request, WriteScope scope) {
        Plan plan = plan(id);
        scope.requireRegion(plan.regionCode);
        Versions.check(plan.version, request.version(), "plan " + id);
        if (plan.status == PlanStatus.ARCHIVED) {
            throw ProblemException.conflict("plan " + id + " is archived / 计划已归档");
        }
        apply(plan, request.title(), request.document(), request.markerLegend(), request.workPlanDue(), request.deadlines());
        em.flush();
        return view(plan, true);
    }

    /** Sets what a plan says about itself; used by the API and by imports. */
    public void apply(Plan plan, String title, SourceDocument doc, Map<String, String> legend, LocalDate workPlanDue,
            Map<ReportingPeriod, LocalDate> deadlines) {
        plan.title = title.strip();
        if (doc != null) {
            plan.docTitle = doc.title();
            plan.docNumber = doc.number();
            plan.docIssueDate = doc.issueDate();
            plan.docUrl = doc.url();
            plan.docIssuer = doc.issuer();
        }
        plan.markerLegend = writeLegend(legend == null ? Map.of() : legend);
        plan.workPlanDue = workPlanDue;
        Map<ReportingPeriod, LocalDate> d = deadlines == null ? Map.of() : deadlines;
        for (Map.Entry<ReportingPeriod, LocalDate> e : d.entrySet()) {
            if (e.getValue().getYear() != plan.year && e.getKey() != ReportingPeriod.ANNUAL) {
                throw ProblemException.invalid("deadlines", e.getKey() + " deadline " + e.getValue()
                        + " is not in the plan's year / 填报时限不在计划年度内");
            }
        }
        plan.deadlineQ1 = d.get(ReportingPeriod.Q1);
        plan.deadlineH1 = d.get(ReportingPeriod.H1);
        plan.deadlineQ3 = d.get(ReportingPeriod.Q3);
        plan.deadlineAnnual = d.get(ReportingPeriod.ANNUAL);
    }

    public PlanView publish(long id, Integer version, WriteScope scope) {
        Plan plan = plan(id);
        scope.requireRegion(plan.regionCode);
        Versions.check(plan.version, version, "plan " + id);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("plan " + id + " is " + plan.status + "; only a DRAFT plan can be published / 只能发布草稿计划");
        }
        publishNow(plan);
        return view(plan, true);
    }

    /** DRAFT → PUBLISHED with its events; used by the API and by imports that publish on commit. */
    public void publishNow(Plan plan) {
        plan.status = PlanStatus.PUBLISHED;
        plan.publishedAt = OffsetDateTime.now();
        em.flush();
        List<Task> tasks = Task.list("planId = ?1 and status <> ?2 order by position", plan.id, TaskStatus.CANCELLED);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", String.valueOf(plan.id));
        data.put("regionCode", plan.regionCode);
        data.put("year", plan.year);
        data.put("title", plan.title);
        data.put("taskCount", tasks.size());
        data.put("markerLegend", legend(plan));
        data.put("workPlanDue", plan.workPlanDue == null ? null : plan.workPlanDue.toString());
        Map<String, String> deadlines = new LinkedHashMap<>();
        for (ReportingPeriod p : ReportingPeriod.values()) {
            deadlines.put(p.name(), plan.deadline(p).toString());
        }
        data.put("deadlines", deadlines);
        outbox.publish(PLAN_PUBLISHED, String.valueOf(plan.id), data);
        taskEvents.publish(TaskEvents.TASK_ASSIGNED, tasks);
    }

    public PlanView archive(long id, Integer version, WriteScope scope) {
        Plan plan = plan(id);
        scope.requireRegion(plan.regionCode);
        Versions.check(plan.version, version, "plan " + id);
        if (plan.status != PlanStatus.PUBLISHED) {
            throw ProblemException.conflict("plan " + id + " is " + plan.status + "; only a PUBLISHED plan can be archived / 只能归档已发布的计划");
        }
        plan.status = PlanStatus.ARCHIVED;
        plan.archivedAt = OffsetDateTime.now();
        em.flush();
        return view(plan, true);
    }

    /** Drops a DRAFT plan with its sections, tasks and import record (so a corrected document can be imported afresh). */
    public void deleteDraft(long id, WriteScope scope) {
        Plan plan = plan(id);
        scope.requireRegion(plan.regionCode);
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("plan " + id + " is " + plan.status + "; only a DRAFT plan can be deleted / 只能删除草稿计划");
        }
        em.flush();
        em.clear();
        // the schema cascades from plan to sections, tasks (and their matrix and work plans) and import records
        em.createNativeQuery("delete from plan where id = :id").setParameter("id", id).executeUpdate();
    }

    public SectionView addSection(long planId, CreateSection request, WriteScope scope) {
        Plan plan = plan(planId);
        scope.requireRegion(plan.regionCode);
        if (plan.status == PlanStatus.ARCHIVED) {
            throw ProblemException.conflict("plan " + planId + " is archived / 计划已归档");
        }
        Section parent = null;
        if (request.parentId() != null) {
            parent = Section.findById(request.parentId());
            if (parent == null || !parent.planId.equals(planId)) {
                throw ProblemException.invalid("parentId", "section " + request.parentId() + " is not part of plan " + planId + " / 上级章节不属于该计划");
            }
        }
        Section s = newSection(plan, parent, request.label(), request.title(), request.kind(), null, nextSectionPosition(plan));
        em.flush();
        return new SectionView(s.id, s.parentId, s.label, s.title, s.level, s.kind, s.declaredCount, 0, List.of());
    }

    /**
     * The one way a section comes to exist (section API and importer). A sub-section takes its parent's kind; a
     * level-one section the given kind or the one its heading names ({@link SectionKind#fromHeading}).
     *
     * @param label         "一、", "(一)", "——" or "" for an unnumbered sub-heading; at most 20 characters (422)
     * @param title         at most 500 characters (422)
     * @param declaredCount the "(共67项)" the heading announces, or null
     */
    /** The position after the plan's last section (sections are ordered by position across the whole tree). */
    public int nextSectionPosition(Plan plan) {
        return ((Number) em.createQuery("select coalesce(max(s.position), 0) + 1 from Section s where s.planId = :p")
                .setParameter("p", plan.id).getSingleResult()).intValue();
    }

    public Section newSection(Plan plan, Section parent, String label, String title, SectionKind kind, Integer declaredCount,
            int position) {
        Section s = new Section();
        s.planId = plan.id;
        s.parentId = parent == null ? null : parent.id;
        s.label = TaskRules.fit(label == null ? "" : label.strip(), 20, "section label / 章节编号");
        s.title = TaskRules.fit(title == null ? "" : title.strip(), 500, "section title / 章节标题");
        s.level = parent == null ? 1 : parent.level + 1;
        s.kind = parent != null ? parent.kind : kind != null ? kind : SectionKind.fromHeading(s.title);
        s.position = position;
        s.declaredCount = declaredCount;
        s.persist();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(long id) {
        return view(plan(id), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SectionView> sections(long id) {
        return tree(plan(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(ReadScope scope, String regionCode, Integer year, PlanStatus status, PageQuery page) {
        Sort sort = Sorting.parse(page.sort, SORTS, Sort.by("id"));
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String region = scope.region() != null ? scope.region() : regionCode;
        if (region != null) {
            where.append(" and regionCode = :region");
            params.put("region", region);
        }
        if (!scope.drafts()) {
            if (status == PlanStatus.DRAFT) {
                throw ProblemException.forbidden("draft plans are the supervision office's / 草稿计划仅督查室可见");
            }
            where.append(" and status <> :draft");
            params.put("draft", PlanStatus.DRAFT);
        }
        if (year != null) {
            where.append(" and year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return Page.of(Plan.<Plan>find(where.toString(), sort, params), page, p -> view(p, false));
    }

    public static Plan plan(long id) {
        Plan plan = Plan.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    PlanView view(Plan p, boolean withSections) {
        long taskCount = Task.count("planId", p.id);
        Map<ReportingPeriod, LocalDate> deadlines = new EnumMap<>(ReportingPeriod.class);
        for (ReportingPeriod period : ReportingPeriod.values()) {
            deadlines.put(period, p.deadline(period));
        }
        return new PlanView(p.id, p.regionCode, p.year, p.title, new SourceDocument(p.docTitle, p.docNumber, p.docIssueDate,
                p.docUrl, p.docIssuer), p.status, legend(p), p.workPlanDue, deadlines, p.sourceFormat, taskCount,
                withSections ? tree(p) : null, p.version, p.createdAt, p.publishedAt, p.archivedAt);
    }

    private List<SectionView> tree(Plan p) {
        List<Section> sections = Section.list("planId = ?1 order by position", p.id);
        Map<Long, Long> direct = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select t.sectionId, count(t) from Task t where t.planId = :p group by t.sectionId")
                .setParameter("p", p.id).getResultList();
        for (Object[] r : rows) {
            if (r[0] != null) {
                direct.put((Long) r[0], ((Number) r[1]).longValue());
            }
        }
        return children(null, sections, direct);
    }

    private static List<SectionView> children(Long parentId, List<Section> all, Map<Long, Long> direct) {
        List<SectionView> out = new ArrayList<>();
        for (Section s : all) {
            if (java.util.Objects.equals(s.parentId, parentId)) {
                List<SectionView> kids = children(s.id, all, direct);
                long count = direct.getOrDefault(s.id, 0L) + kids.stream().mapToLong(SectionView::taskCount).sum();
                out.add(new SectionView(s.id, s.parentId, s.label, s.title, s.level, s.kind, s.declaredCount, count, kids));
            }
        }
        return out;
    }

    public Map<String, String> legend(Plan p) {
        try {
            return mapper.readValue(p.markerLegend, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("marker legend of plan " + p.id + " is not JSON", e);
        }
    }

    private String writeLegend(Map<String, String> legend) {
        try {
            return mapper.writeValueAsString(new LinkedHashMap<>(legend));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
