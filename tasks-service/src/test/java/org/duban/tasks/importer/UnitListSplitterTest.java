package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.Test;

class UnitListSplitterTest {

    private static List<String> names(List<UnitRef> refs) {
        return refs.stream().map(UnitRef::name).toList();
    }

    @Test
    void shouldSplitOnIdeographicAndAsciiAndFullWidthCommas() {
        Warnings w = new Warnings();
        assertEquals(List.of("区发改委", "区科技局", "区财政局", "区教育局"),
                names(UnitListSplitter.split("区发改委、区科技局,区财政局，区教育局", 3, w)));
        assertEquals(0, w.size());
    }

    @Test
    void shouldKeepTownshipAndStreetGroupTogetherAndMarkItAGroup() {
        List<UnitRef> refs = UnitListSplitter.split("区金融办,各乡、街道办事处", 1, new Warnings());
        assertEquals(List.of("区金融办", "各乡、街道办事处"), names(refs));
        assertTrue(refs.get(1).group());
    }

    @Test
    void shouldNotSplitInsideANote() {
        List<UnitRef> refs = UnitListSplitter.split("区统计局(数据统计、评估牵头单位),区财政局", 1, new Warnings());
        assertEquals(List.of("区统计局", "区财政局"), names(refs));
        assertEquals("数据统计、评估牵头单位", refs.get(0).note());
    }

    @Test
    void shouldCutNamesThatLostTheirSeparatorAndWarn() {
        Warnings w = new Warnings();
        assertEquals(List.of("商务局", "招商局", "财政局", "金融工作局"),
                names(UnitListSplitter.split("商务局招商局财政局金融工作局", 92, w)));
        assertEquals(WarningCode.MISSING_SEPARATOR, w.list().get(0).code());
        assertEquals(92, w.list().get(0).line());
    }

    @Test
    void shouldNotCutNamesThatOnlyContainASuffix() {
        Warnings w = new Warnings();
        assertEquals(List.of("区军运会指挥部专班", "区军运会指挥部办公室", "区政府办公室", "区长江左岸创意设计城工作领导小组办公室"),
                names(UnitListSplitter.split("区军运会指挥部专班、区军运会指挥部办公室、区政府办公室、区长江左岸创意设计城工作领导小组办公室", 1, w)));
        assertEquals(0, w.size());
    }

    @Test
    void shouldSplitAUnitAndAGroupJoinedByAnd() {
        assertEquals(List.of("岳阳楼公安分局", "区直相关单位"),
                names(UnitListSplitter.split("岳阳楼公安分局及区直相关单位", 1, new Warnings())));
    }

    @Test
    void shouldWarnAboutAnUnclosedAliasAndKeepTheUnit() {
        Warnings w = new Warnings();
        List<UnitRef> refs = UnitListSplitter.split("区商务局〈招商", 160, w);
        assertEquals(List.of("区商务局"), names(refs));
        assertEquals(WarningCode.UNBALANCED_BRACKET, w.list().get(0).code());
    }

    @Test
    void shouldSplitOnASlashAsOnAComma() {
        Warnings w = new Warnings();
        assertEquals(List.of("区统计局", "区财政局", "各街道"), names(UnitListSplitter.split("区统计局/区财政局 / 各街道", 1, w)));
        assertEquals(List.of("区征收办", "区财政局"), names(UnitListSplitter.split("区征收办/\n区财政局", 1, w)));
        assertEquals(0, w.size());
    }

    @Test
    void shouldReadACellThatSaysThereIsNoneAsNoUnit() {
        for (String none : List.of("无", "—", "-", "/", "暂无")) {
            assertEquals(List.of(), names(UnitListSplitter.split(none, 1, new Warnings())), none);
        }
    }

    @Test
    void shouldKeepABranchOrOfficeNamedAfterItsPlaceWithTheUnitItBelongsTo() {
        Warnings w = new Warnings();
        assertEquals(List.of("省公路事业发展中心南岭公路分局", "省高速公路建设指挥部东段办公室", "市商务局"),
                names(UnitListSplitter.split("省公路事业发展中心南岭公路分局、省高速公路建设指挥部东段办公室、市商务局", 1, w)));
        assertEquals(List.of("市规划和自然资源局××分局", "区财政局"),
                names(UnitListSplitter.split("市规划和自然资源局××分局、区财政局", 1, w)), "a redacted place name");
        assertEquals(0, w.size());
    }

    @Test
    void shouldReadOverallResponsibilityAfterAUnitAsItsLead() {
        UnitListSplitter.Roles roles = UnitListSplitter.Roles.collect();
        List<UnitRef> units = UnitListSplitter.split("县扶贫办负总责，县农业农村局、各乡镇配合", 1, new Warnings(), roles);
        assertEquals(List.of("县扶贫办"), names(units));
        assertEquals(List.of("县扶贫办"), names(roles.leading()));
        assertEquals(List.of("县农业农村局", "各乡镇"), names(roles.supporting()));
    }

    @Test
    void shouldReadCustomsAndBankBranchesAsWholeUnitsOnTheirOwnLines() {
        assertEquals(List.of("青岚海关", "市投资促进中心"), names(UnitListSplitter.split("青岚海关\n市投资促进中心", 1, new Warnings())));
        assertEquals(List.of("县财政局", "人行云溪县支行"), names(UnitListSplitter.split("县财政局\n人行云溪县支行", 1, new Warnings())));
    }
}
