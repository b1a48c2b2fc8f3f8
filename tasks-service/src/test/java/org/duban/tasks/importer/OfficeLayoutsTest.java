package org.duban.tasks.importer;

import static org.duban.tasks.importer.OfficeFiles.level;
import static org.duban.tasks.importer.OfficeFiles.list;
import static org.duban.tasks.importer.OfficeFiles.mergeContinue;
import static org.duban.tasks.importer.OfficeFiles.mergeStart;
import static org.duban.tasks.importer.OfficeFiles.num;
import static org.duban.tasks.importer.OfficeFiles.numbered;
import static org.duban.tasks.importer.OfficeFiles.p;
import static org.duban.tasks.importer.OfficeFiles.sdt;
import static org.duban.tasks.importer.OfficeFiles.tbl;
import static org.duban.tasks.importer.OfficeFiles.tc;
import static org.duban.tasks.importer.OfficeFiles.tr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.tasks.importer.document.DocumentReader;
import org.duban.tasks.unit.KnownUnits;
import org.duban.tasks.unit.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * The structures office files really have and simple writers never produce (issue 10's newcomer trial lost tasks on
 * each): Word's automatic numbering, content controls and custom XML around sections, merged and spanning cells, a
 * page laid out in a one-cell table; a saved page's rowspan; a workbook's merged regions and formula cells; and unit
 * lists that write a unit's role next to it.
 */
class OfficeLayoutsTest {

    /** Word's own numbering (一、 and 1. are not in the text), sections in a content control and custom XML, a merged leader. */
    static byte[] wordPlan() {
        String numbering = list(1, level(0, "chineseCounting", "%1、", 1)) + list(2, level(0, "decimal", "%1.", 1))
                + num(1) + num(2);
        String body = p("关于印发2024年政府工作报告重点任务分工方案的通知")
                + sdt(numbered(1, 0, "稳增长")
                        + numbered(2, 0, "新增城镇就业8000人。(牵头单位:区人社局)")
                        + numbered(2, 0, "建成社区食堂30家。(牵头单位:区民政局;责任单位:区财政局)"))
                + "<w:customXml w:element=\"section\">" + numbered(1, 0, "优环境")
                + numbered(2, 0, "改造老旧小区17个。(牵头单位:区住建局)") + "</w:customXml>"
                // the rest of the page laid out in a one-cell table holding a heading and the data table
                + tbl(tr(tc(p("三、抓改革") + tbl(
                        tr(OfficeFiles.tc("2024年改革任务分工表", 4)),
                        tr(tc(p("序号")), tc(p("主要任务")), tc(p("责任领导")), tc(p("牵头单位"))),
                        tr(tc(p("4")), tc(p("深化国企改革。")), mergeStart("张某某"), tc(p("区国资局"))),
                        tr(tc(p("5")), tc(p("优化营商环境。")), mergeContinue(), tc(p("区政务服务局")))))));
        return OfficeFiles.docx(body, numbering);
    }

    @Test
    void shouldReadWordNumberingContentControlsMergedCellsAndALayoutTable() {
        ParsedPlan plan = parse(wordPlan(), "分工方案.docx");
        assertEquals(List.of("一、稳增长", "二、优环境", "三、抓改革"),
                plan.sections().stream().map(s -> s.label() + s.title()).toList());
        List<ParsedTask> tasks = plan.allTasks();
        assertEquals(List.of("1", "2", "3", "4", "5"), tasks.stream().map(ParsedTask::number).toList());
        assertTask(tasks.get(0), "新增城镇就业8000人。", List.of(), List.of("区人社局"), List.of());
        assertTask(tasks.get(1), "建成社区食堂30家。", List.of(), List.of("区民政局"), List.of("区财政局"));
        assertTask(tasks.get(2), "改造老旧小区17个。", List.of(), List.of("区住建局"), List.of());
        assertTask(tasks.get(3), "深化国企改革。", List.of("张某某"), List.of("区国资局"), List.of());
        assertTask(tasks.get(4), "优化营商环境。", List.of("张某某"), List.of("区政务服务局"), List.of());
    }

    @Test
    void shouldCarryARowspanCellIntoEveryRowItCoversInASavedPage() {
        String html = """
                <html><body><table class="layout"><tr><td>
                <h3>一、重点任务</h3>
                <table border="1">
                <tr><th>序号</th><th>重点任务</th><th>责任领导</th><th>牵头单位</th><th>责任单位</th></tr>
                <tr><td>1</td><td>新建5G基站300个。</td><td rowspan="2">李某某</td><td>区经信局</td><td>区通信办</td></tr>
                <tr><td>2</td><td>新增规上企业20家。</td><td>区统计局</td><td>各街道</td></tr>
                <tr><td rowspan="2">3</td><td rowspan="2">建设智慧城市。</td><td>王某某</td><td>区数据局</td><td>区财政局</td></tr>
                <tr><td>王某某</td><td></td><td>区公安分局</td></tr>
                </table></td></tr></table></body></html>
                """;
        List<ParsedTask> tasks = parse(html.getBytes(StandardCharsets.UTF_8), "page.html").allTasks();
        assertEquals(3, tasks.size(), tasks.toString());
        assertTask(tasks.get(0), "新建5G基站300个。", List.of("李某某"), List.of("区经信局"), List.of("区通信办"));
        assertTask(tasks.get(1), "新增规上企业20家。", List.of("李某某"), List.of("区统计局"), List.of("各街道"));
        assertTask(tasks.get(2), "建设智慧城市。", List.of("王某某"), List.of("区数据局"), List.of("区财政局", "区公安分局"));
    }

    @Test
    void shouldCarryMergedRegionsAndReadFormulaCellsAsTheirValues() {
        byte[] xlsx = OfficeFiles.xlsx("""
                序号\t重点任务\t责任领导\t牵头单位\t责任单位
                1\t推进乡村振兴。\t赵某某\t区农业农村局\t=D2&"、各乡镇"|区财政局、各乡镇
                2\t建设高标准农田2万亩。\t\t区农业农村局\t区水利局
                """, new int[] {1, 2, 2, 2});
        List<ParsedTask> tasks = parse(xlsx, "分工.xlsx").allTasks();
        assertEquals(2, tasks.size(), tasks.toString());
        assertTask(tasks.get(0), "推进乡村振兴。", List.of("赵某某"), List.of("区农业农村局"), List.of("区财政局", "各乡镇"));
        assertTask(tasks.get(1), "建设高标准农田2万亩。", List.of("赵某某"), List.of("区农业农村局"), List.of("区水利局"));
    }

    @Test
    void shouldReadTheRoleWrittenNextToAUnit() {
        String text = """
                一、重点工作
                1.推进垃圾分类。(责任单位:区城管局(牵头)、区生态环境分局、区市场监管局配合)
                2.建设口袋公园10个。(责任单位:区园林局为牵头单位,区财政局和区住建局等有关单位)
                3.新建人才公寓500套。(责任单位:区住房和城乡建设局、区人才办)
                """;
        ParsedPlan plan = parse(text.getBytes(StandardCharsets.UTF_8), "plan.txt");
        List<ParsedTask> tasks = plan.allTasks();
        assertTask(tasks.get(0), "推进垃圾分类。", List.of(), List.of("区城管局"), List.of("区生态环境分局"));
        assertEquals(List.of("区市场监管局"), names(tasks.get(0).relatedUnits()), "配合 makes a unit related");
        assertTask(tasks.get(1), "建设口袋公园10个。", List.of(), List.of("区园林局"), List.of("区财政局", "区住建局"));
        assertEquals(List.of(), names(tasks.get(2).leadUnits()), "和 inside 住房和城乡建设局 is no separator");
        assertEquals(List.of("区住房和城乡建设局", "区人才办"), names(tasks.get(2).responsibleUnits()));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.code() == WarningCode.NO_LEAD_UNIT));
    }

    @Test
    void shouldLeaveSpamOutOfTitlesSectionsUnitsAndLeadersNotOnlyTaskTexts() {
        String text = """
                关于印发2024年政府工作报告重点任务分工方案的通知www.bet365.com
                一、稳增长365bet体育投注
                1.新增城镇就业8000人。(责任领导:张某某百家乐;牵头单位:区人社局娱乐城)
                """;
        ParsedPlan plan = parse(text.getBytes(StandardCharsets.UTF_8), "plan.txt");
        assertEquals("稳增长", plan.sections().get(0).title());
        ParsedTask only = plan.allTasks().get(0);
        assertEquals("新增城镇就业8000人。", only.text());
        assertEquals(List.of("张某某"), only.leaders());
        assertEquals(List.of("区人社局"), names(only.leadUnits()));
        assertEquals(4, plan.warnings().stream().filter(w -> w.code() == WarningCode.INJECTED_TEXT).count(),
                plan.warnings().toString());
        String title = plan.document().title() == null ? "" : plan.document().title();
        assertTrue(!title.contains("bet365"), title);
    }

    @Test
    void shouldReadLeaderHeadingsInEveryWordingAndTablesWhoseHeaderRepeatsOnEachPage() {
        String text = """
                一、由王某某副区长负责的重点工作
                1.新增城镇就业8000人。(牵头单位:区人社局)
                二、城市建设(常务副区长张某某联系事项)
                2.改造老旧小区17个。(牵头单位:区住建局)
                三、重点项目
                | 序号 | 主要任务 | 牵头单位 |
                | --- | --- | --- |
                | 3 | 建成区级数据中心,a\\|b两期 | 区数据局 |
                | 序号 | 主要任务 | 牵头单位 |
                | 4 | 新建学校3所。 | 区教育局 | 区财政局 |
                """;
        ParsedPlan plan = parse(text.getBytes(StandardCharsets.UTF_8), "plan.txt");
        List<ParsedTask> tasks = plan.allTasks();
        assertEquals(List.of("1", "2", "3", "4"), tasks.stream().map(ParsedTask::number).toList(), "the repeated header is no task or section");
        assertEquals(List.of("王某某副区长"), tasks.get(0).leaders());
        assertEquals(List.of("常务副区长张某某"), tasks.get(1).leaders(), "as written");
        assertEquals("建成区级数据中心,a|b两期", tasks.get(2).text(), "an escaped bar stays in its cell");
        assertEquals(List.of("区数据局"), names(tasks.get(2).leadUnits()));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.code() == WarningCode.CELL_COUNT && w.line() == 10),
                "the row with a cell too many is warned about: " + plan.warnings());
    }

    static ParsedPlan parse(byte[] bytes, String fileName) {
        return new PlanParser(KnownUnits.NONE).parse(DocumentReader.read(bytes, fileName, null));
    }

    private static void assertTask(ParsedTask t, String text, List<String> leaders, List<String> leads, List<String> responsible) {
        String where = "task " + t.number();
        assertEquals(text, t.text(), where);
        assertEquals(leaders, t.leaders(), where + " leaders");
        assertEquals(leads, names(t.leadUnits()), where + " lead units");
        assertEquals(responsible, names(t.responsibleUnits()), where + " responsible units");
    }

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }
}
