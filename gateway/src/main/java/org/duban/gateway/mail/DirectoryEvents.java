package org.duban.gateway.mail;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.duban.platform.calendar.DateLists;
import org.duban.platform.event.CloudEvent;
import org.duban.platform.event.EventHandler;

/**
 * Keeps what e-mail needs from the other services, through the platform's inbox (each event once): the units'
 * contacts ({@code duban.tasks.unit-contacts-changed.v1}, the highest unit version wins) and the administrators'
 * changes to the official working-day schedule ({@code duban.progress.working-days-updated.v1}).
 */
@ApplicationScoped
public class DirectoryEvents implements EventHandler {
    static final String CONTACTS_CHANGED = "duban.tasks.unit-contacts-changed.v1";
    static final String WORKING_DAYS_UPDATED = "duban.progress.working-days-updated.v1";

    private final OfficialDays officialDays;

    public DirectoryEvents(OfficialDays officialDays) {
        this.officialDays = officialDays;
    }

    @Override
    public boolean handles(String type) {
        return CONTACTS_CHANGED.equals(type) || WORKING_DAYS_UPDATED.equals(type);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode d = event.data();
        if (CONTACTS_CHANGED.equals(event.type())) {
            contacts(d);
        } else {
            workingDays(d);
        }
    }

    private static void contacts(JsonNode d) {
        String unitId = d.path("unitId").asText(null);
        if (unitId == null) {
            return;
        }
        int version = d.path("version").asInt();
        UnitContacts row = UnitContacts.findById(unitId);
        if (row != null && row.version > version) {
            return; // a later list is already here
        }
        if (row == null) {
            row = new UnitContacts();
            row.unitId = unitId;
        }
        row.regionCode = d.path("regionCode").asText();
        row.unitName = d.path("unitName").asText();
        row.version = version;
        row.contacts = d.path("contacts").toString();
        row.updatedAt = OffsetDateTime.now();
        row.persist();
    }

    private void workingDays(JsonNode d) {
        int year = d.path("year").asInt();
        WorkingDaysYear row = WorkingDaysYear.findById(year);
        if (row == null) {
            row = new WorkingDaysYear();
            row.year = year;
        }
        row.holidays = DateLists.join(texts(d.path("holidays")).stream().map(java.time.LocalDate::parse).toList());
        row.makeUpWorkdays = DateLists.join(texts(d.path("makeUpWorkdays")).stream().map(java.time.LocalDate::parse).toList());
        row.source = d.path("source").asText("");
        row.updatedAt = OffsetDateTime.now();
        row.persist();
        officialDays.changed();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
