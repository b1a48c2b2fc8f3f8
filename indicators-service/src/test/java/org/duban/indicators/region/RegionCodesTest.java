package org.duban.indicators.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

    @Test
    void shouldTellTheLevelFromTheTrailingZeros() {
        assertEquals(RegionCodes.Level.PROVINCE, RegionCodes.level("420000"));
        assertEquals(RegionCodes.Level.PREFECTURE, RegionCodes.level("421200"));
        assertEquals(RegionCodes.Level.COUNTY, RegionCodes.level("421202"));
        assertThrows(IllegalArgumentException.class, () -> RegionCodes.level("42120"));
        assertFalse(RegionCodes.isValid("000000"));
    }

    @Test
    void shouldFindChildrenOneLevelDown() {
        assertTrue(RegionCodes.isChildOf("421200", "420000"));
        assertFalse(RegionCodes.isChildOf("421202", "420000"), "a district is a grandchild of its province");
        assertTrue(RegionCodes.isChildOf("421202", "421200"));
        assertTrue(RegionCodes.isChildOf("421281", "421200"), "county-level cities belong to their city");
        assertFalse(RegionCodes.isChildOf("421300", "421200"));
        assertFalse(RegionCodes.isChildOf("421200", "421200"));
        assertFalse(RegionCodes.isChildOf("430602", "421200"));
        assertFalse(RegionCodes.isChildOf("421203", "421202"), "a county has no children");
    }

    @Test
    void shouldLetMunicipalityDistrictsBelongToTheMunicipality() {
        assertTrue(RegionCodes.isChildOf("110101", "110000"));
        assertTrue(RegionCodes.isChildOf("500101", "500000"));
        assertFalse(RegionCodes.isChildOf("420102", "420000"));
    }

    @Test
    void shouldCoverEveryRegionBelow() {
        assertTrue(RegionCodes.isWithin("421202", "420000"));
        assertTrue(RegionCodes.isWithin("421202", "421200"));
        assertTrue(RegionCodes.isWithin("421202", "421202"));
        assertFalse(RegionCodes.isWithin("421202", "421203"));
        assertFalse(RegionCodes.isWithin("421202", null));
    }
}
