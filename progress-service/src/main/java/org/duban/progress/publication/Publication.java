package org.duban.progress.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.duban.platform.journal.JournalRegion;
import org.duban.platform.journal.NotJournaled;

/** A frozen, published completion table or notice; never updated, a correction is the next version. */
@Entity
@JournalRegion(query = "select region_code from plan_view where plan_id = ?", from = "planId")
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    public enum Kind { COMPLETION_TABLE, NOTICE }

    @Id
    public String id;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    /** The document as JSON (TableDocument or Notice), rendered on download. */
    @Column(nullable = false)
    @NotJournaled("the frozen document itself, often hundreds of KB; its kind, version, title and note are journaled")
    public String content;

    public String note;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;
}
