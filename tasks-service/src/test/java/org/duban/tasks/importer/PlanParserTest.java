package org.duban.tasks.importer;

import static org.duban.tasks.importer.Fixtures.of;
import static org.duban.tasks.importer.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.duban.tasks.importer.document.DocumentModel;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitKind;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlanParserTest {
    private static final KnownUnits DIRECTORY = KnownUnits.of("区发改委", "区商务局〈招商局〉", "区财政局", "区人社局",
            "区统计局", "区市场监督管理局", "区行政审批局", "区民政局", "区建设局", "区城管委", "东湖街道", "西湖街道");
    private static ParsedPlan plan;

    @BeforeAll
    static void parse() {
        plan = new PlanParser(DIRECTORY).parse(Fixtures.resource("plan-small.txt"));
    }

    private static List<String> names(List<UnitRef> refs) {
        return refs.stream().map(UnitRef::name).toList();
    }

    @Test
    void shouldReadWhatTheNoticeSaysAboutTheDocument() {
        DocumentInfo doc = plan.document();
        assertEquals("测政办〔2024〕3号", doc.number());
        assertEquals(2024, doc.year());
        assertEquals("2024年区《政府工作报告》确定的主要目标任务责任分解方案", doc.title());
        assertEquals(LocalDate.of(2024, 1, 8), doc.issueDate());
        assertEquals(LocalDate.of(2024, 1, 10), doc.publishedDate());
        assertEquals("测试市示范区", doc.regionName());
    }

    @Test
    void shouldReadTheWorkPlanAndReportingDeadlines() {
        assertEquals(LocalDate.of(2024, 1, 31), plan.workPlanSubmissionDue());
        assertEquals(List.of(new ReportingDeadline(ReportingPeriod.Q1, LocalDate.of(2024, 4, 10)),
                new ReportingDeadline(ReportingPeriod.H1, LocalDate.of(2024, 7, 10)),
                new ReportingDeadline(ReportingPeriod.Q3, LocalDate.of(2024, 10, 10)),
                new ReportingDeadline(ReportingPeriod.ANNUAL, LocalDate.of(2024, 12, 25))), plan.reportingDeadlines());
        assertTrue(of(plan, WarningCode.DAMAGED_DATE).isEmpty());
    }

    @Test
    void shouldReadTheWorkPlanTemplate() {
        assertEquals("×××(单位)办理方案", plan.workPlanTemplate().title());
        assertEquals(List.of("总责任人"), plan.workPlanTemplate().headerFields());
        assertEquals(List.of("序号", "责任事项", "具体工作内容", "完成时限", "分管领导", "责任科室"), plan.workPlanTemplate().columns());
    }

    @Test
    void shouldNestSectionsAndGiveEachTheKindOfItsHeading() {
        assertEquals(List.of(SectionKind.TARGETS, SectionKind.KEY_WORK, SectionKind.LIVELIHOOD),
                plan.sections().stream().map(ParsedSection::kind).toList());
        ParsedSection keyWork = plan.sections().get(1);
        assertEquals(6, keyWork.declaredCount());
        assertEquals("扩大有效投资", keyWork.children().get(0).title());
        assertEquals(2, keyWork.children().get(0).level());
        assertEquals(List.of("抓项目促投资", "优化营商环境"),
                keyWork.children().get(0).children().stream().map(ParsedSection::title).toList());
        assertEquals(3, keyWork.children().get(0).children().get(0).level());
        assertEquals(SectionKind.KEY_WORK, keyWork.children().get(1).kind());
    }

    @Test
    void shouldTurnExpectedTargetsIntoTasksCarryingTheTargetText() {
        ParsedSection targets = plan.sections().get(0);
        assertEquals(3, targets.tasks().size());
        ParsedTask unemployment = task(targets, "2");
        assertEquals("(二)", unemployment.label());
        assertEquals("城镇登记失业率控制在4%以内", unemployment.targetText());
        assertEquals("AT_MOST", unemployment.quantTargets().get(0).comparator());
        assertEquals("区人社局", unemployment.leadUnit().name());
        assertEquals(List.of("区统计局"), names(unemployment.responsibleUnits()));
    }

    @Test
    void shouldReadLeadAndResponsibleUnitsWithAliasesAndGroups() {
        ParsedTask first = task(plan.sections().get(1), "1");
        assertEquals("推进重点项目建设。", first.text());
        assertEquals("区发改委", first.leadUnit().name());
        assertEquals(List.of("区商务局", "区财政局", "各街道"), names(first.responsibleUnits()));
        assertEquals(List.of("招商局"), first.responsibleUnits().get(0).aliases());
        assertTrue(first.responsibleUnits().get(1).aliases().contains("金融工作局"));
        assertTrue(first.responsibleUnits().get(2).group());
    }

    @Test
    void shouldResolveShortNamesAndAliasesToTheSameUnit() {
        ParsedTask second = task(plan.sections().get(1), "2");
        assertEquals(List.of("区商务局", "区财政局", "东湖街道", "西湖街道"), names(second.responsibleUnits()));
        assertEquals(UnitKind.STREET_OFFICE, second.responsibleUnits().get(2).kind());
    }

    @Test
    void shouldWarnAboutAnUnclosedBracketAndStillImportTheTask() {
        List<ImportWarning> unbalanced = of(plan, WarningCode.UNBALANCED_BRACKET);
        assertEquals(1, unbalanced.size());
        ParsedTask open = plan.sections().get(1).allTasks().get(2);
        assertEquals(unbalanced.get(0).line(), open.line());
        assertEquals(List.of("区行政审批局", "区市场监管局"), names(open.responsibleUnits()));
    }

    @Test
    void shouldWarnAboutNumberingGapsRepeatsAndDeclaredCounts() {
        assertEquals(1, of(plan, WarningCode.NUMBERING_GAP).size());
        assertEquals(1, of(plan, WarningCode.NUMBERING_REPEAT).size());
        List<ImportWarning> counts = of(plan, WarningCode.COUNT_MISMATCH);
        assertEquals(2, counts.size());
        assertTrue(counts.get(0).message().contains("共6项"), counts.get(0).message());
    }

    @Test
    void shouldSplitRunTogetherUnitNamesWithAWarning() {
        ParsedTask repeated = plan.sections().get(1).allTasks().get(3);
        assertEquals(List.of("区发改委", "区财政局"), names(repeated.responsibleUnits()));
        assertEquals(1, of(plan, WarningCode.MISSING_SEPARATOR).size());
    }

    @Test
    void shouldFlagInjectedTextAndUnplacedLines() {
        List<ImportWarning> injected = of(plan, WarningCode.INJECTED_TEXT);
        assertEquals(1, injected.size());
        assertTrue(injected.get(0).message().contains("买足球的软件"));
        List<ImportWarning> unplaced = of(plan, WarningCode.UNPLACED_LINE);
        assertEquals(1, unplaced.size());
        assertTrue(unplaced.get(0).message().contains("这一行无法归入任何章节"));
    }

    @Test
    void shouldNameTheClosestKnownUnitForAnUnknownOne() {
        ImportWarning unknown = of(plan, WarningCode.UNKNOWN_UNIT).stream()
                .filter(w -> w.message().contains("区市场监管局")).findFirst().orElseThrow();
        assertTrue(unknown.message().contains("区市场监督管理局"), unknown.message());
        assertTrue(unknown.suggestion().contains("区市场监督管理局"));
        assertFalse(of(plan, WarningCode.UNKNOWN_UNIT).stream().anyMatch(w -> w.message().contains("“区商务局”")));
    }

    @Test
    void shouldGiveEveryWarningBothLanguagesAndASuggestion() {
        for (ImportWarning w : plan.warnings()) {
            assertFalse(w.message().isBlank());
            assertFalse(w.messageEn().isBlank());
            assertFalse(w.suggestion().isBlank());
        }
    }

    @Test
    void shouldRefuseEmptyText() {
        PlanParser parser = new PlanParser(KnownUnits.NONE);
        assertThrows(ImportFormatException.class, () -> parser.parse("  \n "));
        assertThrows(ImportFormatException.class, () -> parser.parse((String) null));
    }

    @Test
    void shouldWarnWhenTextHasNoSections() {
        ParsedPlan nothing = new PlanParser(KnownUnits.NONE).parse("这不是分解方案。\n只是一段文字。");
        assertEquals(0, nothing.taskCount());
        assertEquals(1, of(nothing, WarningCode.NO_TASKS).size());
        assertNull(nothing.workPlanTemplate());
    }

    @Test
    void shouldJoinATaskWrappedOverTwoLines() {
        String text = "一、2020年重点工作(共1项)\n1. 推进项目建设,\n确保按期完工。(责任单位:区发改委)\n";
        ParsedPlan wrapped = new PlanParser(KnownUnits.of("区发改委")).parse(text);
        ParsedTask only = wrapped.allTasks().get(0);
        assertEquals("推进项目建设,确保按期完工。", only.text());
        assertEquals(List.of("区发改委"), names(only.leadUnits()), "one responsible unit leads");
        assertEquals(List.of(), names(only.responsibleUnits()));
        assertTrue(wrapped.warnings().isEmpty(), wrapped.warnings().toString());
    }

    @Test
    void shouldReadATableWithACategoryColumnLeadersByLevelAndUnitsBetweenSlashes() {
        List<DocumentModel.Row> rows = List.of(
                new DocumentModel.Row(1, List.of("序号", "类别", "重点任务", "工作举措", "牵头市领导", "牵头单位", "责任单位", "配合单位")),
                new DocumentModel.Row(2, List.of("1", "重点工作", "新建学校2所", "完成选址", "市长\n林某某", "市教育局",
                        "市财政局/市住建局", "—")),
                new DocumentModel.Row(3, List.of("2", "民生实事", "新增城镇就业1万人", "开展招聘会", "副市长:高某某、秦某某(副市长)",
                        "市人社局", "无", "市总工会")));
        ParsedPlan table = new PlanParser(KnownUnits.of()).parse(new DocumentModel(DocumentModel.FileType.CSV, null,
                List.of(new DocumentModel.Table(1, rows)), List.of()));
        assertTrue(of(table, WarningCode.UNKNOWN_COLUMN).isEmpty(), table.warnings().toString());
        ParsedTask first = table.allTasks().get(0);
        assertEquals("新建学校2所", first.text());
        assertEquals(List.of("市长林某某"), first.leaders(), "a title on its own line in the cell goes with the name below");
        assertEquals(List.of("市教育局"), names(first.leadUnits()));
        assertEquals(List.of("市财政局", "市住建局"), names(first.responsibleUnits()));
        assertEquals(List.of(), names(first.relatedUnits()), "— names no unit");
        ParsedTask second = table.allTasks().get(1);
        assertEquals(List.of("副市长高某某", "秦某某"), second.leaders());
        assertEquals(List.of(), names(second.responsibleUnits()));
        assertEquals(List.of("市总工会"), names(second.relatedUnits()));
    }
}
