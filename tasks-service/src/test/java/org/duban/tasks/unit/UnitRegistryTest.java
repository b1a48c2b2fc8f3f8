package org.duban.tasks.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitRegistryTest {

    @Test
    void shouldResolveNameShortNameAndAliasToOneUnit() {
        UnitRegistry registry = new UnitRegistry();
        UnitRegistry.Entry commerce = registry.addKnown("区商务局", List.of("招商局"));
        registry.addKnown("区财政局", List.of("金融工作局"));
        assertSame(commerce, registry.find("商务局").orElseThrow());
        assertSame(commerce, registry.find("区商务局").orElseThrow());
        assertSame(commerce, registry.find("招商局").orElseThrow());
        assertSame(commerce, registry.find("区招商局").orElseThrow());
        assertEquals("区财政局", registry.find("金融工作局").orElseThrow().name());
        assertTrue(registry.find("区残联").isEmpty());
    }

    @Test
    void shouldPreferTheFullerSpellingADocumentUses() {
        UnitRegistry registry = new UnitRegistry();
        registry.addMentioned("商务局", List.of());
        UnitRegistry.Entry entry = registry.addMentioned("区商务局", List.of("招商局"));
        assertEquals("区商务局", entry.name());
        assertEquals(1, registry.entries().size());
        assertEquals(List.of("招商局"), entry.aliases());
    }

    @Test
    void shouldKeepTheDirectorySpellingOverADocuments() {
        UnitRegistry registry = new UnitRegistry();
        registry.addKnown("商务局", List.of());
        assertEquals("商务局", registry.addMentioned("区商务局", List.of()).name());
        assertEquals(List.of("商务局"), registry.knownNames());
    }
}
