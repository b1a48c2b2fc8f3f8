package org.duban.platform.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalValuesTest {

    @Entity
    static class WorkPlan {
        @Id
        Long id;
        @Version
        int version;
        String regionCode;
        @NotJournaled("test: a secret")
        String secret;
    }

    @Entity
    @NotJournaled("test: technical")
    static class OutboxRow {
        @Id
        Long seq;
    }

    @Entity
    static class TargetEntity {
        @Id
        String id;
    }

    enum Status { DRAFT }

    @Test
    void shouldRenderValuesAsTheyReadAndSetsInOneOrder() {
        assertEquals("\"DRAFT\"", JournalValues.render(Status.DRAFT).toString());
        assertEquals("8", JournalValues.render(new BigDecimal("8.00")).toString());
        assertEquals("0", JournalValues.render(new BigDecimal("0.000")).toString());
        assertEquals("\"2019-04-10\"", JournalValues.render(LocalDate.of(2019, 4, 10)).toString());
        assertEquals("[1,7]", JournalValues.render(new LinkedHashSet<>(List.of(7L, 1L))).toString());
        assertEquals("[7,1]", JournalValues.render(List.of(7L, 1L)).toString());
        WorkPlan other = new WorkPlan();
        other.id = 42L;
        assertEquals("42", JournalValues.render(other).toString(), "another entity is shown by its id");
        assertEquals(NullNode.instance, JournalValues.render(null));
    }

    @Test
    void shouldCutAValueLongerThan4000CharactersAndSaySo() {
        String narrative = "进".repeat(5000);
        JsonNode change = JournalValues.change("narrative", TextNode.valueOf("短"), TextNode.valueOf(narrative));
        assertEquals("短", change.get("before").textValue());
        assertTrue(change.get("after").textValue().startsWith("进".repeat(4000) + "…[5000 chars]"));
        assertTrue(change.get("truncated").booleanValue());
        assertFalse(JournalValues.change("title", TextNode.valueOf("a"), TextNode.valueOf("b")).has("truncated"));
    }

    @Test
    void shouldNameTypesStablyAndLeaveOutVersionsAndMarkedFields() {
        JournalModel model = JournalModel.of(WorkPlan.class);
        assertEquals("work-plan", model.name);
        assertEquals("target", JournalModel.of(TargetEntity.class).name);
        assertTrue(model.journaled);
        assertTrue(model.regional());
        assertFalse(model.journals("version"));
        assertFalse(model.journals("updatedAt"));
        assertFalse(model.journals("secret"));
        assertTrue(model.journals("regionCode"));
        assertFalse(JournalModel.of(OutboxRow.class).journaled);
        assertFalse(JournalModel.of(TargetEntity.class).regional());
    }

    @Test
    void shouldCoverTheRegionsBelowAProvinceOrCity() {
        assertEquals("42%", Journal.covered("420000"));
        assertEquals("4212%", Journal.covered("421200"));
        assertEquals("421281", Journal.covered("421281"));
    }
}
