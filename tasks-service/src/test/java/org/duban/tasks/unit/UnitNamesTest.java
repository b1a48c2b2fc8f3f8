package org.duban.tasks.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void shouldReadAnAliasInAngleBracketsOfEitherKind() {
        UnitRef commerce = UnitNames.parse("区商务局〈招商局〉");
        assertEquals("区商务局", commerce.name());
        assertEquals(List.of("招商局"), commerce.aliases());
        UnitRef safety = UnitNames.parse("区安监局<质监局>");
        assertEquals("区安监局", safety.name());
        assertEquals(List.of("质监局"), safety.aliases());
    }

    @Test
    void shouldKeepAParentheticalRoleAsANoteOfTheUnit() {
        UnitRef stats = UnitNames.parse("区统计局(数据统计评估牵头单位)");
        assertEquals("区统计局", stats.name());
        assertEquals("数据统计评估牵头单位", stats.note());
        assertFalse(stats.group());
        assertEquals("区统计局", UnitNames.parse("区统计局（数据统计评估牵头单位）").name());
    }

    @Test
    void shouldKeepABracketInsideANameAsPartOfIt() {
        assertEquals("汉口历史文化风貌街区〈创谷〉项目建设指挥部", UnitNames.parse("汉口历史文化风貌街区<创谷>项目建设指挥部").name());
    }

    @Test
    void shouldGiveTheSameKeyWithAndWithoutTheDistrictPrefix() {
        assertEquals(UnitNames.key("区商务局"), UnitNames.key("商务局"));
        assertEquals(UnitNames.key("区商务局〈招商局〉"), UnitNames.key(" 商务局 "));
        assertFalse(UnitNames.key("区商务局").equals(UnitNames.key("区财政局")));
    }

    @Test
    void shouldTellGroupsFromUnits() {
        for (String group : List.of("各乡、街道办事处", "各街道", "区直各单位", "相关各单位", "相关街道", "区安委会各成员单位",
                "区直相关部门", "相关职能部门")) {
            assertTrue(UnitNames.isGroup(group), group);
        }
        for (String unit : List.of("区商务局", "四唯街道", "区统计局", "岳阳楼公安分局")) {
            assertFalse(UnitNames.isGroup(unit), unit);
        }
    }

    @Test
    void shouldClassifyStreetOfficesTownshipsAndDepartments() {
        assertEquals(UnitKind.STREET_OFFICE, UnitNames.kindOf("四唯街道"));
        assertEquals(UnitKind.STREET_OFFICE, UnitNames.kindOf("奇家岭街道办事处"));
        assertEquals(UnitKind.TOWNSHIP, UnitNames.kindOf("郭镇乡"));
        assertEquals(UnitKind.DEPARTMENT, UnitNames.kindOf("区发改委"));
        assertEquals(UnitKind.OTHER, UnitNames.kindOf("徐铭喜"));
    }

    @Test
    void shouldSuggestTheClosestKnownNameOnlyWhenItIsClose() {
        List<String> known = List.of("区市场监督管理局", "区发改委", "岳阳楼公安分局");
        assertEquals("区市场监督管理局", UnitNames.closest("区市场监管局", known));
        assertEquals("岳阳楼公安分局", UnitNames.closest("楼区公安分局", known));
        assertNull(UnitNames.closest("区残联", known));
        assertNull(UnitNames.closest("区残联", List.of()));
    }
}
