package org.duban.progress.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.duban.platform.journal.JournalRegion;

/** A recorded 补报 exception. */
@Entity
@JournalRegion(query = "select region_code from plan_view where plan_id = ?", from = "planId")
@Table(name = "late_grant")
public class LateGrant extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(nullable = false)
    public String period;

    @Column(name = "allowed_until", nullable = false)
    public LocalDate allowedUntil;

    @Column(nullable = false)
    public String reason;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;

    public LateSubmissionGrant toRule() {
        return new LateSubmissionGrant(unitId, ReportingPeriod.parse(period), allowedUntil, reason);
    }
}
