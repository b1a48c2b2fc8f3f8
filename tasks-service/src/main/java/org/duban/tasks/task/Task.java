package org.duban.tasks.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One numbered target task of a plan and the responsibility matrix of who answers for it. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {
    /**
     * From the identity column's own sequence, taken 50 at a time (V9): an import of 1,000 tasks then inserts them in
     * JDBC batches instead of one round trip per task, which an identity insert needs to learn its id.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_id")
    @SequenceGenerator(name = "task_id", sequenceName = "task_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "section_id")
    public Long sectionId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    /** Number within its level-one section ("2"); unique with the section path, not alone. */
    @Column(nullable = false)
    public String number;

    /** The number as written ("2.", "(一)"). */
    public String label;

    /** Document order within the plan. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    /** ▲ ● ■ ★ as one string, e.g. "▲★". */
    @Column(nullable = false)
    public String markers = "";

    @Column(name = "target_text")
    public String targetText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status = TaskStatus.ASSIGNED;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "task_leader", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> leaders = new ArrayList<>();

    public String coordinator;

    @Column(name = "lead_unit_id")
    public Long leadUnitId;

    @Column(name = "lead_person")
    public String leadPerson;

    @ElementCollection
    @CollectionTable(name = "task_unit", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<TaskUnit> units = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_quant_target", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<QuantTargetValue> quantTargets = new ArrayList<>();

    /** The task of an earlier plan this one continues (结转), or null. */
    @Column(name = "carried_from_task_id")
    public Long carriedFromTaskId;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Version
    public int version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public String markerString() {
        return markers == null ? "" : markers;
    }
}
