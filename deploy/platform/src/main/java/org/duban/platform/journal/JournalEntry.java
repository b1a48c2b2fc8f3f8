package org.duban.platform.journal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One journal row as read back ({@link JournalInterceptor} writes them by JDBC; nothing changes them after). */
@Entity
@Immutable
@Table(name = "duban_journal")
@NotJournaled("the journal itself")
public class JournalEntry extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    @Column(name = "region_code")
    public String regionCode;

    public String action;

    public String actor;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "request_id")
    public String requestId;

    public OffsetDateTime at;

    /** JSON array of {@code {field, before, after, truncated?}}. */
    @Column(columnDefinition = "jsonb")
    public String changes;
}
