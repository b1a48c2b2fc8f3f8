package org.duban.tasks.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GroupSelectorTest {

    @Test
    void shouldReadWhatAGroupNameCovers() {
        assertEquals(GroupSelector.STREETS_AND_TOWNSHIPS, GroupSelector.fromName("各乡、街道办事处"));
        assertEquals(GroupSelector.STREETS_AND_TOWNSHIPS, GroupSelector.fromName("各相关乡、街道办事处"));
        assertEquals(GroupSelector.STREET_OFFICES, GroupSelector.fromName("各街道"));
        assertEquals(GroupSelector.DEPARTMENTS, GroupSelector.fromName("区直各单位"));
        assertEquals(GroupSelector.ALL_UNITS, GroupSelector.fromName("各有关单位"));
        assertEquals(GroupSelector.EXPLICIT, GroupSelector.fromName("相关街道"));
        assertEquals(GroupSelector.EXPLICIT, GroupSelector.fromName("区安委会各成员单位"));
    }

    @Test
    void shouldIncludeUnitsByKind() {
        assertTrue(GroupSelector.STREETS_AND_TOWNSHIPS.includes(UnitKind.TOWNSHIP));
        assertTrue(GroupSelector.STREET_OFFICES.includes(UnitKind.STREET_OFFICE));
        assertFalse(GroupSelector.STREET_OFFICES.includes(UnitKind.TOWNSHIP));
        assertFalse(GroupSelector.EXPLICIT.includes(UnitKind.DEPARTMENT));
    }
}
