package org.duban.platform.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If-Match / If-None-Match as RFC 9110 §13.1 writes them. */
class EntityTagsTest {
    @Test
    void shouldMatchTheVersionsTagWeakOrStrongInAList() {
        assertEquals("\"7\"", EntityTags.tag(7));
        assertTrue(EntityTags.matches("\"7\"", 7));
        assertTrue(EntityTags.matches("W/\"7\"", 7));
        assertTrue(EntityTags.matches("\"3\", \"7\"", 7));
        assertTrue(EntityTags.matches("*", 7));
    }

    @Test
    void shouldNotMatchAnotherVersionOrAnUnquotedValue() {
        assertFalse(EntityTags.matches("\"6\"", 7));
        assertFalse(EntityTags.matches("7", 7));
        assertFalse(EntityTags.matches("\"17\"", 7));
        assertFalse(EntityTags.matches("", 7));
    }
}
