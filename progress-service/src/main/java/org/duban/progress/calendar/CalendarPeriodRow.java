package org.duban.progress.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.duban.platform.journal.JournalRegion;
import org.duban.platform.journal.JournalType;

@Entity
@JournalType("calendar-period")
@JournalRegion(query = "select region_code from plan_view where plan_id = ?", from = "key.planId")
@Table(name = "calendar_period")
public class CalendarPeriodRow extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "plan_id") String planId, @Column(name = "period") String period) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public LocalDate deadline;
}
