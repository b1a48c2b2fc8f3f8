package org.duban.tasks.importer;

import static org.duban.tasks.importer.Fixtures.of;
import static org.duban.tasks.importer.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

    /**
     * Hostile text of 15,000–40,000 characters without sentence punctuation (the 2026-12-02 trial's shapes) is read at
     * once as a plan with no tasks: "(一)…完成情况 "×1,000 took 7 s (the field label before each space looked for again
     * from the cell's start); {@code PatternCostTest} keeps each pattern linear. The bound guards against minutes.
     */
    private static final String PLAN_HEAD = "区人民政府办公室关于印发2024年主要目标任务责任分解方案的通知\n各街道办事处,区人民政府各部门:\n"
            + "一、2024年主要预期目标\n(一)地区生产总值增长6%左右。(责任单位:区发改委)\n二、2024年重点工作\n(一)扩大有效投资\n";

    @Test
    void shouldReadLongTextWithoutPunctuationAtOnce() {
        List<String> hostile = List.of("一、".repeat(5_000), "(一)(一)(一)(一)工业完成情况 ".repeat(1_000),
                "全镇".repeat(20_000), "一、\n".repeat(5_000), "(一)工业完成情况\n".repeat(2_000),
                "牵头单位:区发改委 ".repeat(2_000), "1".repeat(20_000), "(".repeat(20_000),
                // (the second trial's: a task with a thousand label lines, each read again at the next; spaced words and
                // a run of dashes, each space's separator looked for over the whole line)
                PLAN_HEAD + "1. 推进项目建设\n" + "牵头单位:区发改委\n责任单位:区统计局\n".repeat(1_000), "增 长 ".repeat(5_000),
                PLAN_HEAD + "1. 推进项目建设。(责任单位:区发改委)" + " 区发改委".repeat(4_000), "——".repeat(10_000));
        for (String text : hostile) {
            ParsedPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> new PlanParser(KnownUnits.NONE).parse(text), text.substring(0, 12));
            assertTrue(plan.taskCount() < 5_000, text.substring(0, 12));
        }
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

    private static ParsedPlan parse(String text) {
        return new PlanParser(KnownUnits.of()).parse(text);
    }

    @Test
    void shouldReadUnitsWrittenAfterADashOnTheTaskLineOrTheLineBelow() {
        ParsedPlan dashed = parse("一、重点工作\n1.新建保障性住房800套。——区住建局(牵头),区财政局、各街道\n"
                + "2.新增城镇就业5000人。\n——区人社局\n3.建设智慧城市——城市运行指挥中心。\n责任单位:区数据局\n"
                + "4.新建口袋公园8个。——市城管局牵头,市财政局配合\n5.新增学位1000个。——区教育局(牵头)　区财政局\n");
        List<ParsedTask> tasks = dashed.allTasks();
        assertEquals(5, tasks.size());
        assertEquals(List.of("区教育局"), names(tasks.get(4).leadUnits()));
        assertEquals(List.of("区财政局"), names(tasks.get(4).responsibleUnits()), "a space after the dash separates units");
        assertTrue(of(dashed, WarningCode.MISSING_SEPARATOR).isEmpty(), dashed.warnings().toString());
        assertEquals(List.of("市城管局"), names(tasks.get(3).leadUnits()));
        assertEquals(List.of("市财政局"), names(tasks.get(3).relatedUnits()), "roles written after the names hold after a dash too");
        assertEquals("新建保障性住房800套。", tasks.get(0).text());
        assertEquals(List.of("区住建局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("区财政局", "各街道"), names(tasks.get(0).responsibleUnits()));
        assertEquals("新增城镇就业5000人。", tasks.get(1).text());
        assertEquals(List.of("区人社局"), names(tasks.get(1).leadUnits()), "a dash line under the task is its unit list");
        assertEquals("建设智慧城市——城市运行指挥中心。", tasks.get(2).text(), "a dash inside a sentence is the text's own");
        assertEquals(List.of("区数据局"), names(tasks.get(2).leadUnits()));
    }

    @Test
    void shouldReadMeasuresUnderATaskAsNeitherTasksNorItsText() {
        ParsedPlan measured = parse("一、重点工作\n1.建成县级数据中心。\n具体措施:\n(1)完成机房改造。\n②采购服务器20台\n加强网络安全\n"
                + "牵头县领导:刘某某(副县长)\n牵头单位:县数据局\n配合单位:无\n\n2.新增城镇就业3000人。\n工作举措:开展招聘会10场;\n"
                + "牵头单位:县人社局\n");
        List<ParsedTask> tasks = measured.allTasks();
        assertEquals(List.of("1", "2"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("建成县级数据中心。", tasks.get(0).text());
        assertEquals(List.of("刘某某"), tasks.get(0).leaders());
        assertEquals(List.of("县数据局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of(), names(tasks.get(0).relatedUnits()), "配合单位:无 names no unit");
        assertEquals("新增城镇就业3000人。", tasks.get(1).text());
        assertEquals(List.of("县人社局"), names(tasks.get(1).leadUnits()));
        assertTrue(of(measured, WarningCode.NUMBERING_REPEAT).isEmpty(), measured.warnings().toString());
        ParsedPlan sameStyle = parse("一、稳增长\n1.全年地区生产总值增长6%。\n工作措施:\n1.加强经济运行监测。\n2.强化要素保障。\n"
                + "牵头区领导:陈某某\n牵头单位:区发改局\n2.新增市场主体3000户。\n工作措施:\n1.深化商事制度改革。\n牵头单位:区市场监管局\n");
        assertEquals(List.of("1", "2"), sameStyle.allTasks().stream().map(ParsedTask::number).toList(),
                "measures numbered like the tasks are a list of their own");
        assertEquals(List.of("区发改局"), names(sameStyle.allTasks().get(0).leadUnits()));
        assertEquals(List.of("区市场监管局"), names(sameStyle.allTasks().get(1).leadUnits()));
    }

    @Test
    void shouldReadDecimalNumbersAsTasksOfTheArabicHeadingAbove() {
        ParsedPlan decimal = parse("1.扩大有效需求\n1.1 新增投资100亿元。(牵头单位:市发改委)\n1.2 新增消费10亿元。(牵头单位:市商务局)\n"
                + "2.改善民生\n2.1 新增就业1万人。(牵头单位:市人社局)\n");
        assertEquals(List.of("1.1", "1.2", "2.1"), decimal.allTasks().stream().map(ParsedTask::number).toList());
        assertEquals(List.of("扩大有效需求", "改善民生"), decimal.sections().stream().map(ParsedSection::title).toList());
        assertEquals("新增投资100亿元。", decimal.allTasks().get(0).text());
        assertTrue(of(decimal, WarningCode.NUMBERING_GAP).isEmpty() && of(decimal, WarningCode.NUMBERING_REPEAT).isEmpty(),
                decimal.warnings().toString());
    }

    @Test
    void shouldReadDecimalNumbersUnderTheSectionWhoseNumberTheyStartWith() {
        ParsedPlan decimal = parse("一、扩大有效需求\n1.1 新增投资100亿元。(牵头单位:市发改委)\n1.2、新增消费10亿元。(牵头单位:市商务局)\n"
                + "二、改善民生\n2.1 新增就业1万人。(牵头单位:市人社局)\n3.5万人次参加技能培训。\n");
        assertEquals(List.of("1.1", "1.2", "2.1"), decimal.allTasks().stream().map(ParsedTask::number).toList());
        assertEquals(1, of(decimal, WarningCode.UNPLACED_LINE).size(),
                "a quantity that starts a line is no task number of another section: the line is shown, not made a task");
    }

    @Test
    void shouldReadParenNumbersUnderAnArabicHeadingInsideASection() {
        ParsedPlan nested = parse("一、经济发展\n1.工业经济\n(1)工业增加值增长8%。(牵头单位:区工信局)\n"
                + "(2)新增规上企业20家。(牵头单位:区工信局)\n2.农业农村\n(1)粮食播种面积稳定。(牵头单位:区农业农村局)\n");
        assertEquals(List.of("1", "2", "1"), nested.allTasks().stream().map(ParsedTask::number).toList());
        assertEquals(List.of("工业经济", "农业农村"),
                nested.sections().get(0).children().stream().map(ParsedSection::title).toList());
        assertEquals("工业增加值增长8%。", nested.allTasks().get(0).text());
        assertTrue(of(nested, WarningCode.NUMBERING_GAP).isEmpty() && of(nested, WarningCode.NUMBERING_REPEAT).isEmpty(),
                nested.warnings().toString());
    }

    @Test
    void shouldReadALeaderHeadingWrittenAsALabelAndTheShortRoleLabels() {
        ParsedPlan led = parse("(一)分管区领导:常务副区长:陈某某\n1、新增城镇就业。(牵头:区人社局;参与:区财政局、各街道)\n"
                + "(二)分管区领导:副区长:马某某\n2、新建学校2所。(牵头:区教育局)\n(三)分管副区长:黄某某、秦某某\n"
                + "3、新建公园1个。(牵头:区城管局;分管领导:黄某某)\n");
        List<ParsedTask> tasks = led.allTasks();
        assertEquals(3, tasks.size());
        assertEquals(List.of("副区长黄某某", "副区长秦某某"), tasks.get(2).leaders(),
                "a title written as the label holds for each name; the name again on the task is the same leader");
        assertEquals(List.of("常务副区长陈某某"), tasks.get(0).leaders());
        assertEquals("新增城镇就业。", tasks.get(0).text());
        assertEquals(List.of("区人社局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("区财政局", "各街道"), names(tasks.get(0).relatedUnits()));
        assertEquals(List.of("副区长马某某"), tasks.get(1).leaders());
    }

    @Test
    void shouldReadFieldsAndUnitsThatOnlySpacesSeparate() {
        ParsedPlan spaced = parse("一、重点工作\n(1)新建学校2所。\n"
                + "区级领导:副区长:马某某\u3000\u3000牵头单位:区教育局\u3000区住建局\u3000\u3000责任单位:区财政局 区自然资源局\n"
                + "(2)新增学位500个。\n牵头单位:区 教育局  责任单位:区财政局\n");
        ParsedTask first = spaced.allTasks().get(0);
        assertEquals(List.of("副区长马某某"), first.leaders());
        assertEquals(List.of("区教育局", "区住建局"), names(first.leadUnits()));
        assertEquals(List.of("区财政局", "区自然资源局"), names(first.responsibleUnits()));
        ParsedTask second = spaced.allTasks().get(1);
        assertEquals(List.of("区教育局"), names(second.leadUnits()), "a space inside a name is not a separator");
        assertEquals(List.of("区财政局"), names(second.responsibleUnits()));
        assertTrue(of(spaced, WarningCode.MISSING_SEPARATOR).isEmpty(), spaced.warnings().toString());
    }

    @Test
    void shouldLeavePdfPageNumbersOutOfATaskAndReadItsClauseOnALineOfItsOwn() {
        ParsedPlan pdf = parse("一、重点工作\n1．新建学校2所，新增学位\n— 2 —\n1000个。\n（牵头单位：区教育局；责任单位：区财政局、\n"
                + "- 3 -\n各街道）\n2．新增城镇就业5000人。（牵头单位：区人社局）\n");
        List<ParsedTask> tasks = pdf.allTasks();
        assertEquals(2, tasks.size());
        assertEquals("新建学校2所,新增学位1000个。", tasks.get(0).text());
        assertEquals(List.of("区教育局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("区财政局", "各街道"), names(tasks.get(0).responsibleUnits()));
        assertEquals(1, of(pdf, WarningCode.PAGE_CHROME).size(), "the page numbers left out are said");
    }

    @Test
    void shouldReadAClauseWrittenOnTheLineBelowAFinishedTask() {
        ParsedPlan below = parse("一、重点工作\n1.新增城镇就业5000人。\n(牵头单位:区人社局;责任单位:各街道(社\n区))\n"
                + "2.新建学校2所。\n【牵头单位:区教育局】\n");
        List<ParsedTask> tasks = below.allTasks();
        assertEquals("新增城镇就业5000人。", tasks.get(0).text());
        assertEquals(List.of("区人社局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("各街道"), names(tasks.get(0).responsibleUnits()), "the open bracket continues on the next line");
        assertEquals(List.of("区教育局"), names(tasks.get(1).leadUnits()));
        assertTrue(of(below, WarningCode.UNPLACED_LINE).isEmpty() && of(below, WarningCode.UNBALANCED_BRACKET).isEmpty(),
                below.warnings().toString());
    }

    @Test
    void shouldApplyALeadRuleStatedInASectionHeading() {
        ParsedPlan ruled = parse("一、推动高质量发展(列第一位的为牵头单位)\n1.新增企业10家。〔责任单位:县经信局、县财政局〕\n"
                + "二、办好民生实事\n2.新建学校2所。〔责任单位:县教育局、县财政局〕\n"
                + "三、城市建设(排在第一位的为牵头单位,下同)\n3.新建公园1个。〔责任单位:县城管局、县住建局〕\n"
                + "四、乡村振兴\n4.新建农田1万亩。〔责任单位:县农业农村局、县水利局〕\n");
        List<ParsedTask> tasks = ruled.allTasks();
        assertEquals("推动高质量发展", ruled.sections().get(0).title());
        assertEquals(List.of("县经信局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of(), names(tasks.get(1).leadUnits()), "without 下同 the rule stays in its section");
        assertEquals(List.of("县城管局"), names(tasks.get(2).leadUnits()));
        assertEquals(List.of("县农业农村局"), names(tasks.get(3).leadUnits()), "下同: the rule holds for what follows");
    }

    @Test
    void shouldNotTakeTheSignatureUnderTheLastTaskForOneOfItsUnits() {
        ParsedPlan signed = parse("一、重点工作\n1.新增城镇就业5000人。\n牵头单位:区人社局\n\n东湖区人民政府办公室\n2024年3月1日\n");
        assertEquals(List.of("区人社局"), names(signed.allTasks().get(0).leadUnits()));
    }

    @Test
    void shouldReadATableWithACategoryColumnLeadersByLevelAndUnitsBetweenSlashes() {
        List<DocumentModel.Row> rows = List.of(
                new DocumentModel.Row(1, List.of("序号", "类别", "重点任务", "工作举措", "牵头市领导", "牵头单位", "责任单位", "配合单位")),
                new DocumentModel.Row(2, List.of("1", "重点工作", "新建学校2所", "完成选址", "市长\n林某某", "市教育局",
                        "市财政局/市住建局", "—")),
                new DocumentModel.Row(3, List.of("2", "民生实事", "新增城镇就业1万人", "开展招聘会", "副市长:高某某、秦某某(副市长)",
                        "市人社局", "无", "市总工会")),
                new DocumentModel.Row(4, List.of("3", "重点工作", "新建公园1个", "", "林某某\n市长", "市城管局", "", "")));
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
        assertEquals(List.of("林某某市长"), table.allTasks().get(2).leaders(), "a title under the name stays with it");
    }

    private static ParsedPlan table(List<DocumentModel.Row> rows) {
        return new PlanParser(KnownUnits.of()).parse(new DocumentModel(DocumentModel.FileType.XLSX, null,
                List.of(new DocumentModel.Table(1, rows)), List.of()));
    }

    @Test
    void shouldTakeLeadersFromABracketAtTheEndOfASectionRow() {
        ParsedPlan sectioned = table(List.of(
                new DocumentModel.Row(1, List.of("序号", "目标任务", "责任单位")),
                new DocumentModel.Row(2, List.of("一、农业农村(分管县领导:周某某)", "", "")),
                new DocumentModel.Row(3, List.of("1", "新建高标准农田2万亩", "县农业局")),
                new DocumentModel.Row(4, List.of("二、城乡建设（分管县领导：钱某某、孙某某）", "", "")),
                new DocumentModel.Row(5, List.of("2", "完成道路改造8公里", "县住建局"))));
        assertEquals(List.of("周某某"), sectioned.allTasks().get(0).leaders());
        assertEquals(List.of("钱某某", "孙某某"), sectioned.allTasks().get(1).leaders());
        assertEquals("城乡建设(分管县领导:钱某某、孙某某)", sectioned.sections().get(1).title());
        assertEquals(List.of("吴某某"), parse("一、工业经济（责任县领导：吴某某）\n1.新增企业10家。(牵头单位:县经信局)\n")
                .allTasks().get(0).leaders(), "the same bracket after a paragraph heading");
    }

    @Test
    void shouldDropCategoryMarkersAndFootnoteReferencesFromTheText() {
        ParsedPlan noted = parse("一、稳定增长\n1.☆新增企业60家①。\n牵头单位:市工信局\n2.△新增就业4万人②,失业率控制在5.5%以内。\n"
                + "牵头单位:市人社局\n3.完成以下工作:①建成园区;②引进项目。\n牵头单位:市发改委\n注:①以统计部门反馈为准。\n②含农村劳动力转移就业人数。\n");
        List<ParsedTask> tasks = noted.allTasks();
        assertEquals(3, tasks.size(), "the notes under 注:① are no tasks");
        assertEquals("新增企业60家。", tasks.get(0).text());
        assertEquals(List.of("☆"), tasks.get(0).markers());
        assertEquals("新增就业4万人,失业率控制在5.5%以内。", tasks.get(1).text());
        assertEquals(List.of("△"), tasks.get(1).markers());
        assertEquals("完成以下工作:①建成园区;②引进项目。", tasks.get(2).text(), "a circled number that opens a clause stays");
    }

    @Test
    void shouldReadSeveralNumberedTasksInOneCellWithTheRowsUnitsAndRoleLines() {
        ParsedPlan cells = table(List.of(
                new DocumentModel.Row(1, List.of("类别", "目标任务", "责任市领导", "责任单位")),
                new DocumentModel.Row(2, List.of("主要指标", "1.地区生产总值增长7%左右。\n2.固定资产投资增长10%。", "王某某",
                        "牵头：市发展改革委\n配合：市统计局")),
                new DocumentModel.Row(3, List.of("民生", "3.新增城镇就业5万人。", "陈某某", "市人社局、市财政局")),
                new DocumentModel.Row(4, List.of("民生", "1.完成调查。\n2.开展培训。", "陈某某", "市人社局"))));
        List<ParsedTask> tasks = cells.allTasks();
        assertEquals(List.of("1", "2", "3", "4"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("固定资产投资增长10%。", tasks.get(1).text());
        for (ParsedTask t : tasks.subList(0, 2)) {
            assertEquals(List.of("王某某"), t.leaders());
            assertEquals(List.of("市发展改革委"), names(t.leadUnits()));
            assertEquals(List.of("市统计局"), names(t.relatedUnits()));
            assertEquals(List.of(), names(t.responsibleUnits()));
        }
        assertEquals(List.of("市人社局", "市财政局"), names(tasks.get(2).responsibleUnits()));
        assertEquals("1.完成调查。2.开展培训。", tasks.get(3).text(), "a list that starts again at 1 is one task's measures");
    }

    @Test
    void shouldReadAGroupColumnAsSectionsAndTheMeasuresColumnAsTasks() {
        ParsedPlan grouped = table(List.of(
                new DocumentModel.Row(1, List.of("重点任务", "具体措施", "责任领导", "牵头单位")),
                new DocumentModel.Row(2, List.of("一、做强实体经济", "1．新引进亿元以上项目40个。", "黄某某", "区投资促进局")),
                new DocumentModel.Row(3, List.of("", "2、新增规上工业企业30家。", "黄某某\n马某某", "区工信局")),
                new DocumentModel.Row(4, List.of("二、提升城区品质", "3．新建公厕30座。", "宋某某", "区城管局"))));
        List<ParsedTask> tasks = grouped.allTasks();
        assertEquals(List.of("1", "2", "3"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("新引进亿元以上项目40个。", tasks.get(0).text());
        assertEquals(List.of("黄某某", "马某某"), tasks.get(1).leaders());
        assertEquals(List.of("做强实体经济", "提升城区品质"), grouped.sections().stream().map(ParsedSection::title).toList());
        assertEquals(List.of("区城管局"), names(tasks.get(2).leadUnits()));
    }

    @Test
    void shouldReadOneKeyValueTablePerTaskAsTheTasksRow() {
        List<DocumentModel.Block> cards = List.of(
                new DocumentModel.Paragraph(1, "督查任务交办单"),
                new DocumentModel.Table(2, List.of(
                        new DocumentModel.Row(2, List.of("任务编号", "第3项")),
                        new DocumentModel.Row(3, List.of("任务内容", "推进××高速公路建设,完成年度投资12亿元")),
                        new DocumentModel.Row(4, List.of("责任县领导", "韦某某、蒙某某")),
                        new DocumentModel.Row(5, List.of("牵头单位", "县交通运输局")),
                        new DocumentModel.Row(6, List.of("责任单位", "县自然资源局、沿线各乡镇")),
                        new DocumentModel.Row(7, List.of("完成时限", "2023年12月31日")))),
                new DocumentModel.Table(8, List.of(
                        new DocumentModel.Row(8, List.of("任务编号", "第4项")),
                        new DocumentModel.Row(9, List.of("任务内容", "新建污水处理厂1座")),
                        new DocumentModel.Row(10, List.of("责任县领导", "蒙某某")),
                        new DocumentModel.Row(11, List.of("牵头单位", "")),
                        new DocumentModel.Row(12, List.of("配合单位", "县住建局")))));
        ParsedPlan read = new PlanParser(KnownUnits.of()).parse(new DocumentModel(DocumentModel.FileType.DOCX, null, cards, List.of()));
        List<ParsedTask> tasks = read.allTasks();
        assertEquals(List.of("3", "4"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("推进××高速公路建设,完成年度投资12亿元", tasks.get(0).text());
        assertEquals(List.of("韦某某", "蒙某某"), tasks.get(0).leaders());
        assertEquals(List.of("县交通运输局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("县自然资源局", "沿线各乡镇"), names(tasks.get(0).responsibleUnits()));
        assertEquals(List.of(), names(tasks.get(1).leadUnits()));
        assertEquals(List.of("县住建局"), names(tasks.get(1).relatedUnits()));
    }

    @Test
    void shouldReadAProgressColumnNamedWithItsPeriodUnderATwoRowHeader() {
        for (String header : List.of("上半年推进情况", "1—6月完成情况", "一季度进展情况", "截至6月底完成情况")) {
            assertEquals(java.util.Optional.of(TableColumn.PROGRESS), TableColumn.fromHeader(header), header);
        }
        ParsedPlan halfYear = table(List.of(
                new DocumentModel.Row(1, List.of("序号", "重点工作任务", "责任分工", "", "", "上半年推进情况")),
                new DocumentModel.Row(2, List.of("序号", "重点工作任务", "责任市领导", "牵头单位", "配合单位", "上半年推进情况")),
                new DocumentModel.Row(3, List.of("1", "新增城镇就业4.5万人", "赵某某", "市人社局", "各区县人民政府",
                        "已由市财政局牵头完成2.4万人"))));
        assertTrue(of(halfYear, WarningCode.UNKNOWN_COLUMN).isEmpty(), halfYear.warnings().toString());
        ParsedTask task = halfYear.allTasks().get(0);
        assertEquals("新增城镇就业4.5万人", task.text());
        assertEquals(List.of("赵某某"), task.leaders());
        assertEquals(List.of("市人社局"), names(task.leadUnits()));
        assertEquals(List.of("各区县人民政府"), names(task.relatedUnits()));
    }

    @Test
    void shouldWriteOutShortUnitNamesThroughTheDocumentsOwnTable() {
        ParsedPlan shortened = parse("一、重点工作\n1.新建学校2所。【教育牵头，财政配合】\n2.规划建设公园1个。\n牵头单位：城管\n"
                + "附：责任单位简称对照\n教育——区教育局　　财政——区财政局\n城管——区城市管理局\n");
        List<ParsedTask> tasks = shortened.allTasks();
        assertEquals(2, tasks.size(), "the table of short forms is no task");
        assertEquals(List.of("区教育局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("区财政局"), names(tasks.get(0).relatedUnits()));
        assertEquals("规划建设公园1个。", tasks.get(1).text(), "a short form in a text stays as written");
        assertEquals(List.of("区城市管理局"), names(tasks.get(1).leadUnits()));
    }

    @Test
    void shouldReadABracketOfUnitsAloneAsAResponsibleList() {
        List<ParsedTask> tasks = parse("一、重点工作\n1.建设低空经济产业园。【区经信局】\n2.建设医保服务站。【区医保局，区卫健局，各街道】\n"
                + "3.推进大道改造工程。【区交通局牵头，区住建局配合；相关街道负责征迁】\n4.完成改造(含各街道)。\n").allTasks();
        assertEquals("建设低空经济产业园。", tasks.get(0).text());
        assertEquals(List.of("区经信局"), names(tasks.get(0).leadUnits()), "one unit leads");
        assertEquals(List.of(), names(tasks.get(1).leadUnits()), "several: nobody leads");
        assertEquals(List.of("区医保局", "区卫健局", "各街道"), names(tasks.get(1).responsibleUnits()));
        assertEquals(List.of("相关街道"), names(tasks.get(2).responsibleUnits()), "负责 with what it does after it");
        assertEquals("完成改造(含各街道)。", tasks.get(3).text(), "a round bracket without roles stays in the text");
    }
    @Test
    void shouldReadALeaderLabelNamingTheGovernment() {
        ParsedPlan labelled = parse("一、重点工作\n1.新增就业4万人。\n市政府领导：周某某、吴某某\n牵头单位：市人社局\n"
                + "2.新建学校2所。（区政府分管领导：孙某某）\n");
        assertEquals(List.of("周某某", "吴某某"), labelled.allTasks().get(0).leaders());
        assertEquals(List.of("市人社局"), names(labelled.allTasks().get(0).leadUnits()));
        assertEquals(List.of("孙某某"), labelled.allTasks().get(1).leaders());
        assertEquals("新建学校2所。", labelled.allTasks().get(1).text());
        ParsedPlan headed = parse("一、市政府领导：王某某\n1.新建学校2所。（牵头单位：市教育局）\n二、市政府领导：李某某、赵某某\n"
                + "2.新增就业4万人。（牵头单位：市人社局）\n");
        assertEquals(List.of("王某某"), headed.allTasks().get(0).leaders());
        assertEquals(List.of("李某某", "赵某某"), headed.allTasks().get(1).leaders());
        assertEquals(java.util.Optional.of(TableColumn.LEADERS), TableColumn.fromHeader("市政府领导"));
    }

    @Test
    void shouldReadTaskNumbersTypedInFullWidthDigits() {
        List<ParsedTask> tasks = parse("一、经济发展\n９．新建村卫生室40个。（牵头单位：县卫计局）\n１０．新建学校１所。（牵头单位：县教育局）\n")
                .allTasks();
        assertEquals(List.of("9", "10"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("新建学校１所。", tasks.get(1).text(), "digits inside the text stay as written");
        ParsedPlan cells = table(List.of(new DocumentModel.Row(1, List.of("序号", "工作任务", "牵头单位")),
                new DocumentModel.Row(2, List.of("１２", "新建学校２所。", "县教育局"))));
        assertEquals("12", cells.allTasks().get(0).number(), "a 序号 cell in full-width digits");
        List<ParsedTask> paren = parse("一、经济发展\n（１）新建村卫生室40个。（牵头单位：县卫计局）\n（２）新建学校。（牵头单位：县教育局）\n").allTasks();
        assertEquals(List.of("1", "2"), paren.stream().map(ParsedTask::number).toList());
    }

    @Test
    void shouldGiveALabelLineToTheTaskBelowItWhereTheDocumentSaysSo() {
        ParsedPlan above = parse("说明：每项任务的牵头单位、配合单位和分管县领导列于该项任务上方一行。\n一、经济发展\n"
                + "牵头单位：县发改局　　配合单位：县统计局　　分管县领导：陈某某\n１．全县生产总值增长8.5%。\n"
                + "牵头单位：县招商局、县工业园区管委会　　分管县领导：黄某某\n２．引进亿元以上项目20个。\n");
        List<ParsedTask> tasks = above.allTasks();
        assertEquals(2, tasks.size());
        assertEquals(List.of("县发改局"), names(tasks.get(0).leadUnits()));
        assertEquals(List.of("县统计局"), names(tasks.get(0).relatedUnits()));
        assertEquals(List.of("陈某某"), tasks.get(0).leaders());
        assertEquals(List.of("县招商局", "县工业园区管委会"), names(tasks.get(1).leadUnits()));
        assertEquals(List.of("黄某某"), tasks.get(1).leaders());
        ParsedTask before = parse("各项任务的责任单位标注在任务之前。\n一、经济发展\n牵头单位：县水利局\n1.除险加固水库14座。\n")
                .allTasks().get(0);
        assertEquals(List.of("县水利局"), names(before.leadUnits()));
        List<ParsedTask> below = parse("一、经济发展\n1.全县生产总值增长8.5%。\n牵头单位：县发改局\n").allTasks();
        assertEquals(List.of("县发改局"), names(below.get(0).leadUnits()), "without the statement a label line is the task's above");
    }

    @Test
    void shouldReadParenthesizedDigitNumbers() {
        List<ParsedTask> tasks = parse("一、重点工作\n⑴巩固脱贫成果。（县扶贫办负总责）\n⑵推进保卫战。（县生态环境局负总责）\n"
                + "二、民生\n⑽新增就业2600人。（县人社局负总责）\n").allTasks();
        assertEquals(List.of("1", "2", "10"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("巩固脱贫成果。", tasks.get(0).text());
        List<ParsedTask> stops = parse("一、重点工作\n⒈巩固脱贫成果。（牵头单位：县扶贫办）\n⒉推进保卫战。（牵头单位：县生态环境局）\n").allTasks();
        assertEquals(List.of("1", "2"), stops.stream().map(ParsedTask::number).toList(), "digits with a full stop, one character each");
    }

    @Test
    void shouldReadOverallResponsibilityJointAndHostedDutiesInWords() {
        List<ParsedTask> bracket = parse("一、重点工作\n1.推进保卫战。（县生态环境局负总责，县住建局、县水利局按职责分工负责）\n"
                + "2.巩固成果。（县扶贫办负总责，县人社局、各乡镇配合）\n3.推进新院区建设。（县卫健局负总责，县医院具体负责）\n").allTasks();
        assertEquals(List.of("县生态环境局"), names(bracket.get(0).leadUnits()));
        assertEquals(List.of("县住建局", "县水利局"), names(bracket.get(0).responsibleUnits()));
        assertEquals(List.of("县人社局", "各乡镇"), names(bracket.get(1).relatedUnits()));
        assertEquals(List.of("县医院"), names(bracket.get(2).responsibleUnits()));
        List<ParsedTask> prose = parse("一、重点工作\n1.增长6.5%。由区发改局会同区统计局、区财政局负责。\n"
                + "2.新引进企业10家。由区商务局负责，区投资促进中心、各街道配合。\n3.建成产业园。由区科技局主办，区住建局协办。\n"
                + "4.新增绿道12公里。区城管局负总责，区园林局、区水务局按职责分工落实。\n5.零就业家庭动态清零。区人社局负总责，各街道具体落实。\n")
                .allTasks();
        assertEquals("增长6.5%。", prose.get(0).text());
        assertEquals(List.of("区发改局"), names(prose.get(0).leadUnits()), "会同: the first leads");
        assertEquals(List.of("区统计局", "区财政局"), names(prose.get(0).responsibleUnits()));
        assertEquals(List.of("区商务局"), names(prose.get(1).leadUnits()));
        assertEquals(List.of("区投资促进中心", "各街道"), names(prose.get(1).relatedUnits()));
        assertEquals(List.of("区科技局"), names(prose.get(2).leadUnits()));
        assertEquals(List.of("区住建局"), names(prose.get(2).relatedUnits()));
        ParsedPlan hostColumns = table(List.of(new DocumentModel.Row(1, List.of("序号", "重点工作", "主办", "协办")),
                new DocumentModel.Row(2, List.of("1", "建成产业园。", "区科技局", "区住建局"))));
        assertEquals(List.of("区科技局"), names(hostColumns.allTasks().get(0).leadUnits()), "a 主办 column leads");
        assertEquals(List.of("区住建局"), names(hostColumns.allTasks().get(0).relatedUnits()));
        assertEquals("新增绿道12公里。", prose.get(3).text());
        assertEquals(List.of("区城管局"), names(prose.get(3).leadUnits()));
        assertEquals(List.of("区园林局", "区水务局"), names(prose.get(3).responsibleUnits()));
        assertEquals(List.of("各街道"), names(prose.get(4).responsibleUnits()));
        ParsedTask overallWithYou = parse("一、重点工作\n1.巩固脱贫成果。由县扶贫办负总责，各乡镇配合。\n").allTasks().get(0);
        assertEquals(List.of("县扶贫办"), names(overallWithYou.leadUnits()));
        assertEquals(List.of("各乡镇"), names(overallWithYou.relatedUnits()));
        ParsedTask jointAfterLead = parse("一、重点工作\n1.建成产业园。由区科技局牵头，会同区住建局负责。\n").allTasks().get(0);
        assertEquals(List.of("区住建局"), names(jointAfterLead.responsibleUnits()));
    }

    @Test
    void shouldJoinThePointsOneShiTwoShiOnTheirOwnLinesIntoTheTasksText() {
        List<ParsedTask> tasks = parse("一、重点工作\n1.持续优化营商环境。\n一是深化“一网通办”；\n二是推行“证照分离”。\n"
                + "牵头单位：市政务服务管理局\n2.推进城市更新行动。一是改造老旧小区42个；\n二是新建管网65公里。\n牵头单位：市住建局\n")
                .allTasks();
        assertEquals(2, tasks.size());
        assertEquals("持续优化营商环境。一是深化“一网通办”;二是推行“证照分离”。", tasks.get(0).text());
        assertEquals("推进城市更新行动。一是改造老旧小区42个;二是新建管网65公里。", tasks.get(1).text());
        assertEquals(List.of("市住建局"), names(tasks.get(1).leadUnits()));
        ParsedPlan after = parse("一、重点工作\n1.持续优化营商环境。\n牵头单位：市政务服务管理局、市市场监管局\n二是推行“证照分离”、全覆盖；\n");
        assertEquals(List.of("市政务服务管理局", "市市场监管局"), names(after.allTasks().get(0).leadUnits()),
                "a point after the labels is no wrapped unit list");
        assertTrue(!of(after, WarningCode.UNPLACED_LINE).isEmpty(), "it is said, not read");
    }

    @Test
    void shouldReadAFourthLevelOfNumberingInsideTheTaskThatIntroducesIt() {
        ParsedPlan plan4 = parse("一、推动经济\n（一）全面促进消费\n1.开展消费季活动，具体为：\n（1）举办促消费活动20场；\n"
                + "（2）打造夜间经济集聚区2个。（牵头单位：区商务局；配合单位：区统计局）\n2.推进老街改造。（牵头单位：区文旅局）\n");
        List<ParsedTask> tasks = plan4.allTasks();
        assertEquals(List.of("1", "2"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals("开展消费季活动,具体为:(1)举办促消费活动20场;(2)打造夜间经济集聚区2个。", tasks.get(0).text());
        assertEquals(List.of("区商务局"), names(tasks.get(0).leadUnits()));
        List<ParsedTask> headed = parse("一、重点工作\n1.工业经济:\n(1)新增企业12家。(牵头单位:区经信局)\n(2)建设厂房。(牵头单位:区投促局)\n")
                .allTasks();
        assertEquals(List.of("1", "2"), headed.stream().map(ParsedTask::number).toList(), "a title with a colon stays a heading");
        assertEquals("新增企业12家。", headed.get(0).text());
    }

    @Test
    void shouldKeepDashedNumbersAndLeaveQuarterMilestonesUnread() {
        ParsedPlan quarters = table(List.of(
                new DocumentModel.Row(1, List.of("序号", "工作任务", "责任单位", "时间节点", "", "")),
                new DocumentModel.Row(2, List.of("", "", "", "一季度", "二季度", "三季度")),
                new DocumentModel.Row(3, List.of("一、扩大有效需求", "", "", "", "", "")),
                new DocumentModel.Row(4, List.of("1-1", "全市投资增长6%。", "市财政局；市发展改革委（牵头）", "谋划", "开工", "完成")),
                new DocumentModel.Row(5, List.of("1-2", "建成5G基站1500个。", "市通信办；市工信局", "选址", "建成500个", "建成1000个"))));
        List<ParsedTask> tasks = quarters.allTasks();
        assertEquals(List.of("1-1", "1-2"), tasks.stream().map(ParsedTask::number).toList());
        assertEquals(List.of("市发展改革委"), names(tasks.get(0).leadUnits()), "(牵头) marks the lead, also when not first");
        assertEquals(List.of("市财政局"), names(tasks.get(0).responsibleUnits()));
        assertEquals(List.of(), names(tasks.get(1).leadUnits()));
        assertTrue(of(quarters, WarningCode.UNKNOWN_COLUMN).isEmpty(), quarters.warnings().toString());
        assertTrue(of(quarters, WarningCode.UNREAD_DEADLINE).isEmpty(), "milestones are no deadline");
    }

    @Test
    void shouldReadADutyCellOfLabelLines() {
        ParsedPlan duties = table(List.of(
                new DocumentModel.Row(1, List.of("序号", "重点任务", "责任分工")),
                new DocumentModel.Row(2, List.of("1", "扩大有效投资。", "县领导：黄某某、陈某某\n牵头单位：县发改局；县财政局\n责任单位：各乡镇")),
                new DocumentModel.Row(3, List.of("2", "新建学校2所。", "牵头单位：县教育局\n责任单位：县财政局、\n县住建局")),
                new DocumentModel.Row(4, List.of("3", "新增就业2200人。", "县人社局、县财政局"))));
        ParsedTask task = duties.allTasks().get(0);
        assertEquals(List.of("黄某某", "陈某某"), task.leaders());
        assertEquals(List.of("县发改局", "县财政局"), names(task.leadUnits()));
        assertEquals(List.of("各乡镇"), names(task.responsibleUnits()));
        assertEquals(List.of("县财政局", "县住建局"), names(duties.allTasks().get(1).responsibleUnits()), "a list wrapped in the cell");
        assertEquals(List.of("县人社局", "县财政局"), names(duties.allTasks().get(2).responsibleUnits()), "no label: a 责任单位 list");
    }

    @Test
    void shouldRepeatTheCellAboveInBlankCellsWhereANoteSaysTheyAreMerged() {
        List<DocumentModel.Row> rows = List.of(
                new DocumentModel.Row(1, List.of("序号", "目标任务", "责任区领导", "牵头单位", "配合单位")),
                new DocumentModel.Row(2, List.of("1", "地区生产总值增长7.5%。", "张某某", "区发改局", "区统计局")),
                new DocumentModel.Row(3, List.of("2", "固定资产投资增长10%。", "", "", "")),
                new DocumentModel.Row(4, List.of("3", "高新技术企业达到85家。", "", "", "区财政局")),
                new DocumentModel.Row(5, List.of("注：表中空白单元格为原表合并单元格（与上一行同）。", "", "", "", "")));
        List<ParsedTask> merged = table(rows).allTasks();
        assertEquals(List.of("张某某"), merged.get(1).leaders());
        assertEquals(List.of("区发改局"), names(merged.get(1).leadUnits()));
        assertEquals(List.of("区统计局"), names(merged.get(1).relatedUnits()));
        assertEquals(List.of("区发改局"), names(merged.get(2).leadUnits()));
        assertEquals(List.of("区财政局"), names(merged.get(2).relatedUnits()), "a cell of its own stays its own");
        List<ParsedTask> plain = table(rows.subList(0, 4)).allTasks();
        assertEquals(List.of(), names(plain.get(1).leadUnits()), "without the note a blank cell is blank");
        ParsedPlan noteBelow = new PlanParser(KnownUnits.of()).parse(new DocumentModel(DocumentModel.FileType.DOCX, null,
                List.of(new DocumentModel.Table(1, rows.subList(0, 4)), new DocumentModel.Paragraph(6, "注：空白单元格与上一行相同。")),
                List.of()));
        assertEquals(List.of("张某某"), noteBelow.allTasks().get(1).leaders(), "the note may be a paragraph under the table");
        assertTrue(of(noteBelow, WarningCode.UNPLACED_LINE).isEmpty(), noteBelow.warnings().toString());
    }
}
