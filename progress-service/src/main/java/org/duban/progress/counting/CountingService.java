package org.duban.progress.counting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.problem.ProblemException;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarEntry;
import org.duban.progress.calendar.CalendarService;
import org.duban.progress.counting.CountingDtos.Category;
import org.duban.progress.counting.CountingDtos.ClassificationView;
import org.duban.progress.counting.CountingDtos.CountsView;
import org.duban.progress.counting.CountingDtos.RuleUpdate;
import org.duban.progress.counting.CountingDtos.RuleView;
import org.duban.progress.pace.PaceStatus;
import org.duban.progress.pace.PeriodSnapshot;
import org.duban.progress.pace.PeriodSnapshotService;

/**
 * How a plan's notices and dashboards count: the office's status categories (five by default), which section kinds
 * are left out of the base (by default the main expected targets, judged separately), and the office's own category
 * for a task where the pace cannot say it (指标调整, 不能完成).
 */
@ApplicationScoped
@Transactional
public class CountingService {

    /** By default the main expected targets (主要预期目标) are judged separately, as in the office's real notices. */
    static final Set<String> DEFAULT_EXCLUDED = Set.of("TARGETS");

    private final PlanDirectory plans;
    private final CalendarService calendars;
    private final PeriodSnapshotService snapshots;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CountingService(PlanDirectory plans, CalendarService calendars, PeriodSnapshotService snapshots, ObjectMapper mapper,
            Clock clock) {
        this.plans = plans;
        this.calendars = calendars;
        this.snapshots = snapshots;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleView rule(String planId) {
        plans.require(planId);
        CountingRule stored = CountingRule.findById(planId);
        if (stored == null) {
            return new RuleView(planId, StatusCategory.defaults().stream().map(Category::of).toList(),
                    DEFAULT_EXCLUDED.stream().sorted().toList(), false, 0);
        }
        return new RuleView(planId, categories(stored).stream().map(Category::of).toList(), kinds(stored), true,
                stored.rowVersion);
    }

    /** 400 when two categories share a code or a pace; an existing rule changes only with its version. */
    public RuleView update(String planId, RuleUpdate update, String actor) {
        plans.require(planId);
        Set<String> codes = new HashSet<>();
        Set<PaceStatus> paces = new HashSet<>();
        for (Category c : update.categories()) {
            if (!codes.add(c.code())) {
                throw ProblemException.invalid("categories", "category " + c.code() + " is listed twice / 类别重复");
            }
            for (PaceStatus p : c.paceStatuses()) {
                if (!paces.add(p)) {
                    throw ProblemException.invalid("categories", "pace " + p + " is read as two categories / 同一进度状态归入了两个类别");
                }
            }
        }
        // (find-or-create, one writer at a time: two first rules at once both inserted the plan's row)
        org.duban.platform.lock.AdvisoryLocks.lock(CountingRule.getEntityManager(), "duban-counting-rule:" + planId);
        CountingRule stored = CountingRule.findById(planId);
        if (stored == null) {
            stored = new CountingRule();
            stored.planId = planId;
        } else {
            Versions.check(stored.rowVersion, update.lockVersion(), "counting rule of plan " + planId);
        }
        try {
            stored.categories = mapper.writeValueAsString(update.categories().stream().map(Category::toRule).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        stored.excludedSectionKinds = String.join(",", new LinkedHashSet<>(update.excludedSectionKinds()));
        stored.updatedBy = actor;
        stored.updatedAt = OffsetDateTime.now(clock);
        stored.persist();
        CountingRule.flush();
        return rule(planId);
    }

    /** The office's category for the task in the period; 422 for a category the plan's rule does not have. */
    public ClassificationView classify(String planId, String period, String taskId, String category, String actor) {
        CalendarEntry entry = calendars.requirePeriod(planId, period);
        if (!planId.equals(plans.requireTask(taskId).planId)) {
            throw ProblemException.unprocessable("task " + taskId + " is not a task of plan " + planId + " / 该任务不属于本方案");
        }
        if (counter(planId).categories().stream().noneMatch(c -> c.code().equals(category))) {
            throw ProblemException.unprocessable("category " + category + " is not in plan " + planId
                    + "'s counting rule / 类别不在本方案的统计口径中");
        }
        String code = entry.period().code();
        org.duban.platform.lock.AdvisoryLocks.lock(TaskClassification.getEntityManager(), "duban-classification:" + planId + ":"
                + code + ":" + taskId);
        TaskClassification c = TaskClassification.<TaskClassification>find("planId = ?1 and period = ?2 and taskId = ?3",
                planId, code, taskId).firstResult();
        if (c == null) {
            c = new TaskClassification();
            c.id = UUID.randomUUID().toString();
            c.planId = planId;
            c.period = code;
            c.taskId = taskId;
        }
        c.category = category;
        c.classifiedBy = actor;
        c.classifiedAt = OffsetDateTime.now(clock);
        c.persist();
        return new ClassificationView(planId, code, taskId, category, actor);
    }

    /** Takes the office's category back: the task is counted by its pace again. */
    public void unclassify(String planId, String period, String taskId) {
        String code = calendars.requirePeriod(planId, period).period().code();
        TaskClassification.delete("planId = ?1 and period = ?2 and taskId = ?3", planId, code, taskId);
    }

    /** The period's counts, from the same snapshot the table and the notice are read off. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CountsView counts(String planId, String period) {
        return counts(snapshots.snapshot(planId, period));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CountsView counts(PeriodSnapshot s) {
        String period = s.entry().period().code();
        Map<String, String> classified = new HashMap<>();
        List<TaskClassification> rows = TaskClassification.list("planId = ?1 and period = ?2", s.planId(), period);
        rows.forEach(c -> classified.put(c.taskId, c.category));
        List<StatusCounter.Item> items = new ArrayList<>();
        for (PeriodSnapshot.TaskState t : s.tasks()) {
            items.add(new StatusCounter.Item(t.task().taskId, t.task().sectionKind, t.pace().status(),
                    classified.get(t.task().taskId)));
        }
        return CountsView.of(s.planId(), period, counter(s.planId()).counter().count(items));
    }

    private record Rule(List<StatusCategory> categories, Set<String> excluded) {
        StatusCounter counter() {
            return new StatusCounter(categories, excluded);
        }
    }

    private Rule counter(String planId) {
        CountingRule stored = CountingRule.findById(planId);
        return stored == null ? new Rule(StatusCategory.defaults(), DEFAULT_EXCLUDED)
                : new Rule(categories(stored), Set.copyOf(kinds(stored)));
    }

    private List<StatusCategory> categories(CountingRule stored) {
        try {
            return mapper.readValue(stored.categories, new TypeReference<List<StatusCategory>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("counting rule of plan " + stored.planId + " is unreadable", e);
        }
    }

    private static List<String> kinds(CountingRule stored) {
        return stored.excludedSectionKinds.isBlank() ? List.of()
                : Arrays.stream(stored.excludedSectionKinds.split(",")).toList();
    }
}
