package org.duban.tasks.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duban.platform.concurrency.Versions;
import org.duban.platform.event.Outbox;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.tasks.unit.UnitDtos.ContactInput;
import org.duban.tasks.unit.UnitDtos.ContactsUpdate;
import org.duban.tasks.unit.UnitDtos.ContactsView;

/**
 * The contacts of a unit (issue 18): read and replaced as one list, in the order given. Every replacement writes
 * {@value #CONTACTS_CHANGED} with the unit's whole list (names, roles, e-mail addresses; phones stay here), in the
 * transaction of the change, so the gateway's e-mail always has the current addresses. Two contacts with one e-mail
 * address are one contact listed twice: 422.
 */
@ApplicationScoped
public class UnitContactService {
    public static final String CONTACTS_CHANGED = "duban.tasks.unit-contacts-changed.v1";

    private final EntityManager em;
    private final Outbox outbox;

    public UnitContactService(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** The unit's contacts, in order; 404 for an unknown unit, 403 outside the caller's region or unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactsView list(long unitId, Caller caller) {
        Unit unit = unit(unitId, caller);
        return view(unit, contacts(unitId));
    }

    /**
     * Replaces the unit's contacts with {@code update.contacts()} (an empty list removes them all). The unit's version
     * guards it ({@code version} in the body or If-Match: 409/412 on a stale one) and moves on by one.
     */
    @Transactional
    public ContactsView replace(long unitId, ContactsUpdate update, Caller caller) {
        Unit unit = unit(unitId, caller);
        if (unit.mergedInto != null) {
            throw ProblemException.unprocessable("unit " + unitId + " was merged into " + unit.mergedInto
                    + "; keep the contacts there / 该单位已合并,请在合并后的单位维护联系人");
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < update.contacts().size(); i++) {
            String email = normalEmail(update.contacts().get(i).email());
            if (email != null && seen.contains(email)) {
                throw ProblemException.invalid("contacts[" + i + "].email", "listed twice / 同一邮箱重复列出");
            }
            seen.add(email);
        }
        Versions.check(unit.version, update.version(), "unit " + unitId);
        UnitContact.delete("unitId", unitId);
        em.flush();
        List<UnitContact> saved = new ArrayList<>();
        int position = 0;
        for (ContactInput in : update.contacts()) {
            UnitContact c = new UnitContact();
            c.unitId = unitId;
            c.position = position++;
            c.name = in.name().strip();
            c.role = in.role();
            c.email = normalEmail(in.email());
            c.phone = in.phone() == null || in.phone().isBlank() ? null : in.phone().strip();
            c.persist();
            saved.add(c);
        }
        em.lock(unit, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // now, so the answer and the event carry the new version
        em.flush();
        outbox.publish(CONTACTS_CHANGED, String.valueOf(unitId), event(unit, saved));
        return view(unit, saved);
    }

    private static Map<String, Object> event(Unit unit, List<UnitContact> contacts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitId", String.valueOf(unit.id));
        data.put("regionCode", unit.regionCode);
        data.put("unitName", unit.name);
        data.put("version", unit.version);
        List<Map<String, Object>> list = new ArrayList<>();
        for (UnitContact c : contacts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name);
            m.put("role", c.role.name());
            m.put("email", c.email);
            list.add(m);
        }
        data.put("contacts", list);
        return data;
    }

    private static List<UnitContact> contacts(long unitId) {
        return UnitContact.list("unitId = ?1 order by position", unitId);
    }

    /** The unit, checked against the caller's scope where it is loaded: its region, and its own unit for unit roles. */
    private static Unit unit(long unitId, Caller caller) {
        Unit unit = Unit.findById(unitId);
        if (unit == null) {
            throw ProblemException.notFound("unit", unitId);
        }
        caller.requireRegion(unit.regionCode);
        caller.requireUnit(String.valueOf(unit.id));
        return unit;
    }

    private static String normalEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static ContactsView view(Unit unit, List<UnitContact> contacts) {
        return new ContactsView(unit.id, unit.regionCode, unit.name, contacts.stream()
                .map(c -> new UnitDtos.ContactView(c.name, c.role, c.email, c.phone)).toList(), unit.version);
    }
}
