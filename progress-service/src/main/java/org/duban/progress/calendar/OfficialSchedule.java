package org.duban.progress.calendar;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duban.platform.calendar.BundledWorkingDays;
import org.duban.platform.calendar.DateLists;
import org.duban.platform.calendar.WorkingDayCalendar;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.event.Outbox;
import org.duban.platform.problem.ProblemException;
import org.duban.progress.calendar.CalendarDtos.WorkingDaysUpdate;
import org.duban.progress.calendar.CalendarDtos.WorkingDaysView;
import org.jboss.logging.Logger;

/**
 * China's official working-day schedule, the default of every plan's calendar: the State Council General Office's
 * yearly notice on public holidays and 调休, as data. The years bundled under {@code working-days/} (from the
 * maintained dataset NateScarlet/holiday-cn, which copies the notices on www.gov.cn) are loaded at start-up when the
 * table lacks them; ADMIN keeps them current through the API. Deadlines, the reminder window, the urging ladder and
 * the sweep's days are counted in this calendar.
 */
@ApplicationScoped
public class OfficialSchedule {

    private static final Logger LOG = Logger.getLogger(OfficialSchedule.class);
    static final int FIRST_BUNDLED_YEAR = BundledWorkingDays.FIRST_YEAR;
    static final int LAST_BUNDLED_YEAR = BundledWorkingDays.LAST_YEAR;
    /** Written when an administrator changes a year: the gateway's quiet hours follow the same calendar. */
    public static final String WORKING_DAYS_UPDATED = "duban.progress.working-days-updated.v1";
    /** How long one instance trusts its copy: another instance's edit shows within this. */
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final Outbox outbox;
    private final Clock clock;
    private volatile WorkingDayCalendar cached;
    private volatile Instant cachedAt = Instant.MIN;

    public OfficialSchedule(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void load(@Observes StartupEvent start) {
        int loaded = QuarkusTransaction.requiringNew().call(this::insertMissingYears);
        LOG.infof("official working-day schedule: %d year(s) loaded from the bundled dataset", loaded);
        cachedAt = Instant.MIN; // after the commit
    }

    private int insertMissingYears() {
        int loaded = 0;
        for (int year = FIRST_BUNDLED_YEAR; year <= LAST_BUNDLED_YEAR; year++) {
            BundledWorkingDays.Year b = BundledWorkingDays.year(year).orElse(null);
            if (b == null) {
                continue;
            }
            // two instances starting at once: the second insert finds the row and does nothing
            loaded += OfficialWorkingDays.getEntityManager().createNativeQuery("insert into official_working_days"
                            + " (year, holidays, make_up_workdays, source, updated_by, updated_at, row_version)"
                            + " values (?1, ?2, ?3, ?4, 'bundled', now(), 0) on conflict (year) do nothing")
                    .setParameter(1, year).setParameter(2, DateLists.join(b.holidays())).setParameter(3, DateLists.join(b.makeUpWorkdays()))
                    .setParameter(4, b.source()).executeUpdate();
        }
        return loaded;
    }

    /** Every known year's holidays and make-up working days, as one calendar (a notice may reach into the next year). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar days() {
        Instant now = Instant.now();
        WorkingDayCalendar c = cached;
        if (c == null || cachedAt.plus(REFRESH).isBefore(now)) {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> makeUp = new HashSet<>();
            List<OfficialWorkingDays> years = OfficialWorkingDays.listAll();
            for (OfficialWorkingDays y : years) {
                holidays.addAll(DateLists.parse(y.holidays));
                makeUp.addAll(DateLists.parse(y.makeUpWorkdays));
            }
            c = new WorkingDayCalendar(holidays, makeUp);
            cached = c;
            cachedAt = now;
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkingDaysView> years() {
        List<OfficialWorkingDays> rows = OfficialWorkingDays.list("order by year");
        return rows.stream().map(OfficialSchedule::view).toList();
    }

    /** 404 when no schedule of that year is known. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDaysView year(int year) {
        OfficialWorkingDays row = OfficialWorkingDays.findById(year);
        if (row == null) {
            throw ProblemException.notFound("working-day schedule", String.valueOf(year));
        }
        return view(row);
    }

    /**
     * Replaces (or adds) one year's schedule. Each date must lie in that year or the next day of the adjacent
     * years a notice may reach (元旦 may begin on 12/31 and 春节's make-up days lie in the year of the notice); a
     * holiday must not also be a make-up day; a make-up day must be a weekend day and a holiday no make-up day.
     * An existing year is changed only with its version (If-Match or {@code lockVersion}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public WorkingDaysView update(int year, WorkingDaysUpdate update, String actor) {
        WorkingDaysView saved = QuarkusTransaction.requiringNew().call(() -> save(year, update, actor));
        cachedAt = Instant.MIN; // after the commit: a reload now sees the new year
        return saved;
    }

    private WorkingDaysView save(int year, WorkingDaysUpdate update, String actor) {
        Set<LocalDate> holidays = new TreeSet<>(update.holidays());
        Set<LocalDate> makeUp = new TreeSet<>(update.makeUpWorkdays());
        checkDays(year, holidays, makeUp);
        OfficialWorkingDays row = OfficialWorkingDays.findById(year);
        if (row == null) {
            row = new OfficialWorkingDays();
            row.year = year;
        } else {
            Versions.check(row.rowVersion, update.lockVersion(), "working-day schedule " + year);
        }
        row.holidays = DateLists.join(holidays);
        row.makeUpWorkdays = DateLists.join(makeUp);
        row.source = update.source();
        row.updatedBy = actor;
        row.updatedAt = OffsetDateTime.now(clock);
        row.persist();
        OfficialWorkingDays.flush();
        WorkingDaysView view = view(row);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("year", year);
        data.put("holidays", view.holidays().stream().map(LocalDate::toString).toList());
        data.put("makeUpWorkdays", view.makeUpWorkdays().stream().map(LocalDate::toString).toList());
        data.put("source", row.source);
        data.put("updatedBy", actor);
        outbox.publish(WORKING_DAYS_UPDATED, String.valueOf(year), data);
        return view;
    }

    /**
     * A year's holidays and make-up working days as the State Council's notices set them: each within a month of the
     * year, no day both a holiday and a make-up day, and a make-up day on a weekend — for the official schedule and for a
     * plan's own calendar alike (a plan's calendar took one day as both, and the sweep silently worked it: break-it
     * trial, 2026-12-04).
     *
     * @throws ProblemException 400 naming the field and the day
     */
    static void checkDays(int year, java.util.Collection<LocalDate> holidays, java.util.Collection<LocalDate> makeUp) {
        for (LocalDate d : holidays) {
            requireNear(year, d, "holidays");
            if (makeUp.contains(d)) {
                throw ProblemException.invalid("makeUpWorkdays", d + " is listed both as a holiday and as a make-up working day"
                        + " / 同一天不能既放假又调休上班");
            }
        }
        for (LocalDate d : makeUp) {
            requireNear(year, d, "makeUpWorkdays");
            if (d.getDayOfWeek().getValue() < 6) {
                throw ProblemException.invalid("makeUpWorkdays", d + " is a " + d.getDayOfWeek()
                        + ", already a working day / 调休上班日应为周末");
            }
        }
    }

    private static void requireNear(int year, LocalDate d, String field) {
        if (d.isBefore(LocalDate.of(year - 1, 12, 1)) || d.isAfter(LocalDate.of(year + 1, 1, 31))) {
            throw ProblemException.invalid(field, d + " does not belong to the " + year + " schedule / 日期不属于该年度安排");
        }
    }

    private static WorkingDaysView view(OfficialWorkingDays row) {
        return new WorkingDaysView(row.year, DateLists.parse(row.holidays), DateLists.parse(row.makeUpWorkdays), row.source, row.updatedBy,
                row.updatedAt, row.rowVersion);
    }

}
