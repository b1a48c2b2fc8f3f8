package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.duban.tasks.importer.document.DocumentModel;
import org.duban.tasks.importer.document.DocumentReader;
import org.duban.tasks.plan.SectionKind;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 20 items 1–2 on the real 2015 district report: the draft plan a report gives, part by part. */
class ReportReaderTest {
    private static ParsedPlan draft;

    @BeforeAll
    static void read() {
        draft = new ReportReader(KnownUnits.NONE, ReportReader.Precedents.NONE).read(
                DocumentReader.text(Fixtures.seed("district-2015-government-work-report.txt"), DocumentModel.FileType.TXT, "UTF-8"));
    }

    private static ParsedSection section(SectionKind kind) {
        return draft.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void shouldDraftTheYearsSevenTargetsAndNothingOfTheReview() {
        assertEquals(2016, draft.document().year());
        List<ParsedTask> targets = section(SectionKind.TARGETS).tasks();
        assertEquals(List.of("地区生产总值增10%,达到581亿元", "社会固定资产投资增15%,达到185亿元", "社会消费品零售总额增长10%,达到420亿元",
                "财政总收入增长7%,达到22.63亿元", "城镇居民人均可支配收入达到3.1万元", "农村居民人均可支配收入达到1.7万",
                "全面小康实现程度达到90%以上"), targets.stream().map(ParsedTask::text).toList());
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("581")),
                targets.get(0).quantTargets().stream().map(QuantTarget::value).toList());
        assertEquals("AT_LEAST", targets.get(6).quantTargets().get(0).comparator());
        assertTrue(draft.allTasks().stream().noneMatch(t -> t.text().contains("10.5%")), "2015's GDP growth is the review's");
        assertEquals(new BigDecimal("1.7"), targets.get(5).quantTargets().get(0).value(), "1.7万, the unit left out");
        assertTrue(draft.warnings().stream().noneMatch(w -> w.code() == WarningCode.UNREAD_TARGET), draft.warnings().toString());
    }

    @Test
    void shouldDraftOneKeyWorkSectionPerChapterWithCandidateTasksThatCarryAnOutcome() {
        ParsedSection keyWork = section(SectionKind.KEY_WORK);
        assertEquals(List.of("(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)"),
                keyWork.children().stream().map(ParsedSection::label).toList(),
                "the report's 一、…七、 (二、 is indented with NBSPs, not lost) as level-2 parts of the plan");
        assertEquals("加快第三产业发展,彰显城市竞争优势", keyWork.children().get(0).title());
        assertTrue(draft.warnings().stream().noneMatch(w -> w.code() == WarningCode.CHAPTER_NUMBER_MISSING));
        assertTrue(keyWork.allTasks().stream().allMatch(t -> t.text().matches(".*(\\d|年底|年内|季度|上半年|下半年).*")),
                "every candidate carries a figure or a date");
        assertTrue(keyWork.allTasks().stream().anyMatch(t -> t.text().contains("建成社区公共服务平台") == false
                && t.text().contains("600亿元")), "九大棚户区改造的建设投资将突破600亿元 is a candidate");
        assertTrue(keyWork.allTasks().stream().noneMatch(t -> t.text().startsWith("①")), "the 十件实事 are not key work");
    }

    @Test
    void shouldDraftTheLivelihoodProjectsThatSurviveAndNameTheLostOnes() {
        ParsedSection livelihood = section(SectionKind.LIVELIHOOD);
        assertEquals(List.of("1", "2", "5"), livelihood.tasks().stream().map(ParsedTask::number).toList());
        assertEquals(10, livelihood.declaredCount());
        ImportWarning lost = draft.warnings().stream().filter(w -> w.code() == WarningCode.ITEMS_MISSING).findFirst().orElseThrow();
        assertTrue(lost.message().contains("③④⑥⑦⑧⑨⑩"), lost.message());
    }

    @Test
    void shouldReadLivelihoodListsNumberedOnTheirOwnLinesOrWithYiShi() {
        ParsedPlan lines = new ReportReader(KnownUnits.NONE, ReportReader.Precedents.NONE).read(DocumentReader.text("""
                2024年主要预期目标是:地区生产总值增长6%左右。
                一、办好民生实事。今年将集中办好五件民生实事:
                1.新建公办幼儿园3所。
                2.改造老旧小区20个。
                4.新增停车位1000个。
                二、抓改革。完成改革任务10项。
                """, DocumentModel.FileType.TXT, "UTF-8"));
        ParsedSection livelihood = lines.sections().stream().filter(s -> s.kind() == SectionKind.LIVELIHOOD).findFirst().orElseThrow();
        assertEquals(List.of("新建公办幼儿园3所。", "改造老旧小区20个。", "新增停车位1000个。"),
                livelihood.tasks().stream().map(ParsedTask::text).toList());
        assertEquals(List.of("1", "2", "4"), livelihood.tasks().stream().map(ParsedTask::number).toList());
        assertTrue(lines.warnings().stream().anyMatch(w -> w.code() == WarningCode.ITEMS_MISSING && w.message().contains("3、5")),
                lines.warnings().toString());
        assertEquals(1, lines.sections().stream().filter(s -> s.kind() == SectionKind.KEY_WORK).findFirst().orElseThrow()
                .allTasks().size(), "the items are not key work; 完成改革任务10项 is");

        ParsedPlan yiShi = new ReportReader(KnownUnits.NONE, ReportReader.Precedents.NONE).read(DocumentReader.text("""
                主要预期目标是:地区生产总值增长6%左右。
                一、惠民生。认真办好三件实事:一是新建学校2所;二是新增公交线路5条;三是改造农贸市场3个。
                """, DocumentModel.FileType.TXT, "UTF-8"));
        assertEquals(List.of("新建学校2所;", "新增公交线路5条;", "改造农贸市场3个。"), yiShi.sections().stream()
                .filter(s -> s.kind() == SectionKind.LIVELIHOOD).findFirst().orElseThrow().tasks().stream().map(ParsedTask::text).toList());
        assertTrue(yiShi.warnings().stream().noneMatch(w -> w.code() == WarningCode.ITEMS_MISSING));
    }

    /** Found by a newcomer trial: official documents write full-width punctuation (预期目标是:…;…). */
    @Test
    void shouldReadTheSeedWithFullWidthPunctuationAlike() {
        String fullWidth = Fixtures.seed("district-2015-government-work-report.txt").replace("预期目标是:", "预期目标是：")
                .replace(";", "；").replace(",", "，");
        ParsedPlan p = new ReportReader(KnownUnits.NONE, ReportReader.Precedents.NONE).read(
                DocumentReader.text(fullWidth, DocumentModel.FileType.TXT, "UTF-8"));
        assertEquals(draft.sections().get(0).tasks().stream().map(ParsedTask::text).toList(),
                p.sections().get(0).tasks().stream().map(ParsedTask::text).toList());
    }

    /** Found by a newcomer trial: targets listed one per line under the introduction, chapters (一), items (一). */
    @Test
    void shouldReadTargetsListedUnderTheIntroductionAndChaptersNumberedInBrackets() {
        ParsedPlan p = new ReportReader(KnownUnits.NONE, ReportReader.Precedents.NONE).read(DocumentReader.text("""
                二、2023年工作安排
                2023年是全面贯彻党的二十大精神的开局之年。全市经济社会发展的主要预期目标为:
                1.地区生产总值增长6.5%左右;
                2.城乡居民人均可支配收入分别增长6%和8%;
                3.城镇调查失业率控制在5.5%以内。
                (一)扩大有效投资。新开工亿元以上项目120个。
                (二)办好民生实事。认真办好两件民生实事:
                (一)新建幼儿园5所。
                (二)改造老旧小区30个。
                (三)抓好安全生产。年内完成隐患整治300处。
                """, DocumentModel.FileType.TXT, "UTF-8"));
        assertEquals(2023, p.document().year());
        assertEquals(List.of("地区生产总值增长6.5%左右", "城镇居民人均可支配收入增长6%", "农村居民人均可支配收入增长8%",
                "城镇调查失业率控制在5.5%以内"), p.sections().get(0).tasks().stream().map(ParsedTask::text).toList());
        ParsedSection keyWork = p.sections().get(1);
        assertEquals(List.of("扩大有效投资", "办好民生实事", "抓好安全生产"), keyWork.children().stream().map(ParsedSection::title).toList());
        assertEquals(List.of("新建幼儿园5所。", "改造老旧小区30个。"), p.sections().get(2).tasks().stream().map(ParsedTask::text).toList());
        assertTrue(p.warnings().stream().noneMatch(w -> w.code() == WarningCode.CHAPTER_NUMBER_MISSING), p.warnings().toString());
        assertTrue(p.warnings().stream().noneMatch(w -> w.code() == WarningCode.ITEMS_MISSING), "two announced, two listed");
    }

    @Test
    void shouldWarnAChapterNumberLostFromTheSequence() {
        ParsedPlan damaged = new ReportReader(KnownUnits.NONE, ReportReader.Precedents.NONE).read(DocumentReader.text("""
                2024年主要预期目标是:地区生产总值增长6%左右。
                一、抓产业。新开工项目50个。
                三、抓民生。新增城镇就业1万人。
                """, DocumentModel.FileType.TXT, "UTF-8"));
        ImportWarning w = damaged.warnings().stream().filter(x -> x.code() == WarningCode.CHAPTER_NUMBER_MISSING)
                .findFirst().orElseThrow();
        assertTrue(w.message().contains("二"), w.message());
        assertEquals(3, w.line());
    }

    @Test
    void shouldSuggestTheUnitsTheTextNamesElseThePreviousPlansForTheSameIndicator() {
        ReportReader.Precedents precedents = ReportReader.from(List.of(
                new ReportReader.Earlier("地区生产总值增长7.8%左右", List.of("王某某副区长"), List.of("区发改委"), List.of("区统计局"), "2019年计划任务1"),
                new ReportReader.Earlier("社会消费品零售总额增长10%", List.of(), List.of("区商务局"), List.of(), "2019年计划任务4")));
        ParsedPlan suggested = new ReportReader(KnownUnits.of("区教育局"), precedents).read(DocumentReader.text("""
                2020年主要预期目标是:地区生产总值增长7.5%;社会消费品零售总额增长9%;一般公共预算收入增长5%。
                一、办好教育。由区教育局新建学校2所。
                """, DocumentModel.FileType.TXT, "UTF-8"));
        List<ParsedTask> tasks = suggested.allTasks();
        assertEquals(List.of("区发改委"), tasks.get(0).leadUnits().stream().map(UnitRef::name).toList());
        assertEquals(List.of("区统计局"), tasks.get(0).responsibleUnits().stream().map(UnitRef::name).toList());
        assertEquals(List.of("王某某副区长"), tasks.get(0).leaders(), "the precedent's leader is suggested with its units");
        assertEquals(List.of("区商务局"), tasks.get(1).leadUnits().stream().map(UnitRef::name).toList());
        assertTrue(tasks.get(2).leadUnits().isEmpty(), "no precedent for 一般公共预算收入: nothing suggested");
        assertEquals(List.of("区教育局"), tasks.get(3).leadUnits().stream().map(UnitRef::name).toList());
        assertEquals(3, suggested.warnings().stream().filter(w -> w.code() == WarningCode.SUGGESTED_UNIT).count(),
                "every suggestion is a warning until the office confirms it");
        assertEquals(Optional.empty(), precedents.apply("完成节能减排任务"));
    }
}
