package org.duban.progress.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One year of the State Council's holiday schedule (国务院办公厅关于部分节假日安排的通知): the holidays (放假) and the
 * weekend days worked instead (调休上班), ISO dates separated by commas, with the notice it comes from.
 */
@Entity
@Table(name = "official_working_days")
public class OfficialWorkingDays extends PanacheEntityBase {

    @Id
    public int year;

    @Column(nullable = false)
    public String holidays = "";

    @Column(name = "make_up_workdays", nullable = false)
    public String makeUpWorkdays = "";

    /** The notice's address or title. */
    @Column(nullable = false)
    public String source;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
