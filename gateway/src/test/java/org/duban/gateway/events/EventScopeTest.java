package org.duban.gateway.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventScopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode TASK = read("""
            {"taskId":5,"regionCode":"420102","leadUnit":{"id":"3","name":"区发改局"},
             "responsibleUnits":[{"id":"4","name":"区财政局"}],"relatedUnits":[{"id":"9","name":"各街道"}]}""");
    private static final JsonNode REPORT = read("""
            {"reportId":1,"regionCode":"420102","unit":{"id":"12","name":"区商务局"}}""");
    private static final JsonNode PLAN = read("""
            {"planId":1,"regionCode":"420102","title":"2019年任务分解"}""");
    private static final JsonNode CANCELLED = read("""
            {"taskId":5,"planId":1,"version":3}""");

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventScope.Viewer viewer(String role, String region, String unit) {
        return new EventScope.Viewer(Set.of(role), region, unit);
    }

    @Test
    void shouldShowASupervisorEverythingOfTheirRegionOnly() {
        assertTrue(EventScope.visible(viewer("SUPERVISOR", "420102", null), REPORT));
        assertTrue(EventScope.visible(viewer("SUPERVISOR", "420102", null), TASK));
        assertFalse(EventScope.visible(viewer("SUPERVISOR", "110101", null), REPORT));
    }

    @Test
    void shouldShowAUnitOnlyEventsNamingItOrNoUnit() {
        assertTrue(EventScope.visible(viewer("UNIT_REPORTER", "420102", "12"), REPORT));
        assertFalse(EventScope.visible(viewer("UNIT_REPORTER", "420102", "77"), REPORT));
        assertTrue(EventScope.visible(viewer("UNIT_HEAD", "420102", "4"), TASK), "responsible unit");
        assertTrue(EventScope.visible(viewer("UNIT_HEAD", "420102", "9"), TASK), "related unit");
        assertFalse(EventScope.visible(viewer("UNIT_HEAD", "420102", "12"), TASK));
        assertTrue(EventScope.visible(viewer("UNIT_REPORTER", "420102", "77"), PLAN));
        assertFalse(EventScope.visible(viewer("UNIT_REPORTER", "420102", null), REPORT), "a unit role without a unit sees no unit's events");
    }

    @Test
    void shouldShowEventsWithoutRegionOnlyToAdministratorsAndTheSystem() {
        assertFalse(EventScope.visible(viewer("SUPERVISOR", "420102", null), CANCELLED));
        assertTrue(EventScope.visible(viewer("ADMIN", null, null), CANCELLED));
        assertTrue(EventScope.visible(viewer("SYSTEM", null, null), REPORT));
    }

    @Test
    void shouldReadUnitIdsFromEveryPlaceTheContractsPutThem() {
        assertEquals(Set.of("3", "4", "9"), EventScope.unitsNamed(TASK));
        assertEquals(Set.of("12"), EventScope.unitsNamed(REPORT));
        assertEquals(Set.of("5"), EventScope.unitsNamed(read("{\"unitId\":5}")));
        assertEquals(Set.of(), EventScope.unitsNamed(PLAN));
    }
}
