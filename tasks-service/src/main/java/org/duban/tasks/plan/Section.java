package org.duban.tasks.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duban.platform.journal.JournalRegion;

/** A part of a plan: 一、 (level 1), (一) (level 2), —— (level 3); kind from its level-one ancestor. */
@Entity
@JournalRegion(query = "select region_code from plan where id = ?", from = "planId")
@Table(name = "section")
public class Section extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionKind kind;

    /** Order among the plan's sections (document order, depth first). */
    @Column(nullable = false)
    public int position;

    @Column(name = "declared_count")
    public Integer declaredCount;
}
