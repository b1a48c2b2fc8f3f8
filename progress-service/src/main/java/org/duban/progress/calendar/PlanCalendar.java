package org.duban.progress.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.platform.journal.JournalRegion;

/** A plan's edited reporting calendar; plans without one use the default quarterly calendar. */
@Entity
@JournalRegion(query = "select region_code from plan_view where plan_id = ?", from = "planId")
@Table(name = "reporting_calendar")
public class PlanCalendar extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public String planId;

    @Column(nullable = false)
    public int year;

    @Column(name = "shift_to_working_day", nullable = false)
    public boolean shiftToWorkingDay;

    /** ISO dates separated by commas. */
    @Column(nullable = false)
    public String holidays = "";

    @Column(name = "make_up_workdays", nullable = false)
    public String makeUpWorkdays = "";

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
