package org.duban.progress.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.duban.platform.journal.NotJournaled;

/** This service's copy of a task: only the fields it prints or judges pace from. */
@Entity
@NotJournaled("read model: copied from tasks-service's task events, journaled there")
@Table(name = "task_view")
public class TaskView extends PanacheEntityBase {

    /** Lists are kept as text joined with this separator (names never contain it). */
    public static final String SEP = "\u001f";

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    public String number;
    public String title;

    @Column(name = "section_path")
    public String sectionPath;

    @Column(name = "section_kind")
    public String sectionKind;

    public String markers;
    public String leaders;
    public String coordinator;

    @Column(name = "lead_unit_id")
    public String leadUnitId;

    /** The lead unit's name as printed (completion table, notice); co-leads joined with 、 ("区财政局、区税务局"). */
    @Column(name = "lead_unit_name")
    public String leadUnitName;

    @Column(name = "lead_person")
    public String leadPerson;

    @Column(name = "responsible_units")
    public String responsibleUnits;

    @Column(name = "related_units")
    public String relatedUnits;

    /**
     * The units as the document wrote them, per role, joined with {@link #SEP}: each a unit or a group by its own
     * name with the document's note after it ("区统计局(数据统计评估牵头单位)", "各乡、街道办事处"); null when the
     * event predates writtenUnits, then documents fall back to the expanded lists above.
     */
    @Column(name = "lead_units_written")
    public String leadUnitsWritten;

    @Column(name = "responsible_units_written")
    public String responsibleUnitsWritten;

    @Column(name = "related_units_written")
    public String relatedUnitsWritten;

    /** The task's place in its plan ({@link #planOrderKey}); null when the event did not say. */
    @Column(name = "plan_order")
    public String planOrder;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_unit")
    public String targetUnit;

    @Column(name = "target_comparator")
    public String targetComparator;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(nullable = false)
    public int version;

    /**
     * Whether tasks-service has announced the task; false for a placeholder made from imported progress that
     * arrived first. The first announcement sets the matrix the year starts with; later events are dated changes.
     */
    @Column(nullable = false)
    public boolean announced = true;

    public static String planKey(String planId, String regionCode, int year) {
        return planId != null && !planId.isBlank() ? planId : regionCode + ":" + year;
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEP));
    }

    public static String join(List<String> values) {
        return String.join(SEP, values);
    }

    /**
     * A text that sorts as tasks-service's {@code planOrder} (section positions on the path, then the task's
     * position) compares element by element: each position zero-padded to six digits, joined with '.'. Null for an
     * empty or missing order.
     */
    public static String planOrderKey(List<Integer> positions) {
        if (positions == null || positions.isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int p : positions) {
            if (key.length() > 0) {
                key.append('.');
            }
            key.append(String.format(java.util.Locale.ROOT, "%06d", Math.max(0, Math.min(p, 999_999))));
        }
        return key.length() <= 200 ? key.toString() : key.substring(0, 200);
    }

    /** Plan order, then 序号 for tasks whose order is not known, then the id: the order documents print tasks in. */
    public static final java.util.Comparator<TaskView> PLAN_ORDER = java.util.Comparator
            .comparing((TaskView t) -> t.planOrder, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
            .thenComparing(t -> t.number, TaskView::compareNumbers).thenComparing(t -> t.taskId);

    /** Orders 序号 numerically when they are numbers ("2" before "10"). */
    public static int compareNumbers(String a, String b) {
        Integer x = asInt(a);
        Integer y = asInt(b);
        if (x != null && y != null) {
            return Integer.compare(x, y);
        }
        if (x != null) {
            return -1;
        }
        if (y != null) {
            return 1;
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static Integer asInt(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
