package org.duban.gateway.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.platform.calendar.BundledWorkingDays;
import org.duban.platform.calendar.DateLists;
import org.duban.platform.calendar.WorkingDayCalendar;

/**
 * The official working-day calendar as the gateway knows it: the bundled State Council schedules
 * ({@link BundledWorkingDays}), each year replaced by the administrators' version when progress-service announced one.
 * Read again at most every 30 seconds (or at once after a change applied here).
 */
@ApplicationScoped
public class OfficialDays {
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private static final List<BundledWorkingDays.Year> BUNDLED = BundledWorkingDays.all();

    private volatile WorkingDayCalendar cached;
    private volatile Instant cachedAt = Instant.MIN;

    /** The calendar: Monday–Friday, minus holidays, plus 调休 make-up days. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar c = cached;
        Instant now = Instant.now();
        if (c == null || cachedAt.plus(REFRESH).isBefore(now)) {
            Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
            Map<Integer, Set<LocalDate>> makeUp = new HashMap<>();
            for (BundledWorkingDays.Year y : BUNDLED) {
                holidays.put(y.year(), y.holidays());
                makeUp.put(y.year(), y.makeUpWorkdays());
            }
            for (WorkingDaysYear y : WorkingDaysYear.<WorkingDaysYear>listAll()) {
                holidays.put(y.year, new HashSet<>(DateLists.parse(y.holidays)));
                makeUp.put(y.year, new HashSet<>(DateLists.parse(y.makeUpWorkdays)));
            }
            Set<LocalDate> allHolidays = new HashSet<>();
            holidays.values().forEach(allHolidays::addAll);
            Set<LocalDate> allMakeUp = new HashSet<>();
            makeUp.values().forEach(allMakeUp::addAll);
            c = new WorkingDayCalendar(allHolidays, allMakeUp);
            cached = c;
            cachedAt = now;
        }
        return c;
    }

    /**
     * Says so at start-up when next year's schedule is not known (the bundled years end; an administrator enters each
     * new year at progress-service's {@code /api/progress/working-days/{year}}): until then its holidays count as
     * working days for quiet hours.
     */
    void checkNextYear(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        int next = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + 1;
        boolean known = BUNDLED.stream().anyMatch(y -> y.year() == next)
                || io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> WorkingDaysYear.findById(next) != null);
        if (!known) {
            org.jboss.logging.Logger.getLogger(OfficialDays.class).warnf("the official working-day schedule of %d is not known"
                    + " yet: e-mail quiet hours count its holidays as working days until an administrator enters it"
                    + " (PUT /api/progress/working-days/%d)", next, next);
        }
    }

    /** Forget the cached calendar (a year changed). */
    void changed() {
        cachedAt = Instant.MIN;
    }
}
