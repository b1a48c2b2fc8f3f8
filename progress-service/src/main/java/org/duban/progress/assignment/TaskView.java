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
