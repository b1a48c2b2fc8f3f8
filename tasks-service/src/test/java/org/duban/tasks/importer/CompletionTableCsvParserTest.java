package org.duban.tasks.importer;

import static org.duban.tasks.importer.Fixtures.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.Test;

class CompletionTableCsvParserTest {
    private final CompletionTableCsvParser parser = new CompletionTableCsvParser(KnownUnits.NONE);

    @Test
    void shouldReadTheColumnsByTheirHeaders() {
        ParsedPlan table = parser.parse(Fixtures.resource("table-small.csv"));
        assertEquals("TABLE_CSV", table.format());
        assertEquals(3, table.taskCount());
        assertEquals(ReportingPeriod.Q1, table.period());
        assertEquals(2023, table.document().year());
        ParsedTask first = table.allTasks().get(0);
        assertEquals(List.of("▲"), first.markers());
        assertEquals(List.of("张三", "王二"), first.leaders());
        assertEquals("李四", first.coordinator());
        assertEquals("区发改局", first.leadUnit().name());
        assertEquals("王五", first.leadPerson());
        assertEquals(List.of("区统计局", "区财政局"), first.relatedUnits().stream().map(UnitRef::name).toList());
        assertEquals("全国性重点工作", table.markerLegend().get("▲"));
    }

    @Test
    void shouldKeepQuotedLineBreaksAndQuotesInsideACell() {
        ParsedTask second = parser.parse(Fixtures.resource("table-small.csv")).allTasks().get(1);
        assertEquals("一期已开工,\n二期完成选址。\"物流园\"项目进展顺利。", second.progressText());
        assertEquals(List.of("招商局"), second.leadUnit().aliases());
        assertTrue(second.relatedUnits().get(1).group());
    }

    @Test
    void shouldWarnAboutMissingColumnsAndRefuseATableWithoutNumberOrTask() {
        ParsedPlan partial = parser.parse("序号,目标任务,牵头单位\n1,做好一件事,区发改局\n");
        assertEquals(1, partial.taskCount());
        assertEquals(5, of(partial, WarningCode.MISSING_COLUMN).size());
        assertThrows(ImportFormatException.class, () -> parser.parse("名称,数量\n甲,1\n"));
        assertThrows(ImportFormatException.class, () -> parser.parse("序号,目标任务\n1,\"未闭合\n"));
        assertThrows(ImportFormatException.class, () -> parser.parse(" "));
    }

    @Test
    void shouldReadAResponsibleUnitsColumnAndLetItsOneUnitLead() {
        ParsedPlan table = parser.parse("序号,目标任务,责任领导,牵头单位,责任单位,完成情况\n"
                + "1,新建学校3所,张三,区教育局,\"区财政局、区自然资源局\",已开工\n"
                + "2,新增停车位500个,张三,,区城管局,已完成\n");
        ParsedTask first = table.allTasks().get(0);
        assertEquals(List.of("区财政局", "区自然资源局"), first.responsibleUnits().stream().map(UnitRef::name).toList());
        ParsedTask second = table.allTasks().get(1);
        assertEquals("区城管局", second.leadUnit().name(), "the one responsible unit leads");
        assertEquals(List.of(), second.responsibleUnits());
    }
}
