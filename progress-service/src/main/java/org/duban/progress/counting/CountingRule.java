package org.duban.progress.counting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.duban.platform.journal.JournalRegion;

/** A plan's counting rule as the office set it; plans without one use {@link StatusCategory#defaults()}. */
@Entity
@JournalRegion(query = "select region_code from plan_view where plan_id = ?", from = "planId")
@Table(name = "counting_rule")
public class CountingRule extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public String planId;

    /** The categories, as a JSON array of {@link StatusCategory}. */
    @Column(nullable = false)
    public String categories;

    /** Section kinds left out of the base, separated by commas (TARGETS: main indicators judged separately). */
    @Column(name = "excluded_section_kinds", nullable = false)
    public String excludedSectionKinds = "";

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
