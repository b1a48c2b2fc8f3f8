package org.duban.progress.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.testing.Csv;
import org.junit.jupiter.api.Test;

class NoticeRendererTest {

    private final NoticeRenderer renderer = new NoticeRenderer();

    private static Notice notice() {
        return new Notice("关于2018年重点工作一季度完成情况的通报",
                List.of(new Notice.IndicatorLine("地区生产总值", "增长8.5%", "8%"),
                        new Notice.IndicatorLine("城镇登记失业率", "控制在2.08%", "4.5%以内")),
                List.of(new Notice.QuantifiedTask("23", "完成年度荒山造林15.4万亩", "一季度已完成造林17.75万亩", 114.5),
                        new Notice.QuantifiedTask("9", "完成棚户区改造9642套", "已开工3114套,完成目标任务的32.30%。", 32.3)),
                List.of(new Notice.Section("坚持发展第一要务", List.of(new Notice.Item("第12项 积极扩大有效投资", "集中开工项目77个。")))),
                List.of(new Notice.UnitLine("区统计局", "一季度逾期未报 1 项")),
                List.of(new Notice.UnitLine("区棚改办", "进度滞后 1 项")));
    }

    @Test
    void markdownFollowsTheSeedNoticeOrder() {
        String md = new String(renderer.render(notice(), PublicationFormat.MARKDOWN), StandardCharsets.UTF_8);
        int indicators = md.indexOf("一、主要经济指标完成情况");
        int quantified = md.indexOf("(二)报告中确定的其他指标任务完成情况");
        int narrative = md.indexOf("二、其他重点工作完成情况");
        int units = md.indexOf("三、报送及进度情况");
        assertTrue(indicators >= 0 && indicators < quantified && quantified < narrative && narrative < units, md);
        assertTrue(md.contains("地区生产总值增长8.5%(预期目标8%);城镇登记失业率控制在2.08%(预期目标4.5%以内)。"));
        assertTrue(md.contains("1.完成年度荒山造林15.4万亩。一季度已完成造林17.75万亩,占年度任务的114.5%。"), md);
        // a text that already quotes its share is not given a second one
        assertTrue(md.contains("2.完成棚户区改造9642套。已开工3114套,完成目标任务的32.30%。\n"), md);
        assertTrue(md.contains("### (一)坚持发展第一要务"));
        assertTrue(md.contains("第12项 积极扩大有效投资:集中开工项目77个。"), md);
        assertTrue(md.indexOf("各责任单位:") < indicators, "主送 before the body");
        assertTrue(md.trim().endsWith("政府督查室"), "落款 last");
        assertTrue(md.contains("区统计局:一季度逾期未报 1 项"));
        assertTrue(md.contains("(二)进度滞后单位"));
    }

    @Test
    void csvHasOneRowPerParagraphUnderItsHeading() {
        List<List<String>> rows = Csv.parse(renderer.render(notice(), PublicationFormat.CSV));
        assertEquals(List.of("部分", "内容"), rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("(一)逾期未报或迟报单位") && r.get(1).startsWith("区统计局")));
    }

    @Test
    void htmlEscapesText() {
        Notice n = new Notice("<通报>", List.of(), List.of(), List.of(), List.of(), List.of());
        String html = new String(renderer.render(n, PublicationFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>&lt;通报&gt;</h1>"));
        assertTrue(html.contains("本期暂无指标数据和重点工作进展。"));
    }

    /** 公文 shape: 文号, 主送, parts numbered as they come with no empty heading, 落款 and date. */
    @Test
    void aNoticeWithoutIndicatorsHasNoEmptyHeadingAndCarriesItsHeadAndSignature() {
        Notice n = new Notice("关于2019年重点工作一季度完成情况的通报", List.of(), List.of(),
                List.of(new Notice.Section("推动高质量发展", List.of(new Notice.Item("重点工作第1项 新开工项目50个", "已开工12个。")))),
                List.of(new Notice.UnitLine("区统计局", "一季度逾期未报1项:主要预期目标第1项 地区生产总值")), List.of(), null,
                new Notice.Head("区督通〔2019〕2号", "各乡、街道办事处,区直各单位:", "区政府督查室"), "2019年4月12日");
        String md = new String(renderer.render(n, PublicationFormat.MARKDOWN), StandardCharsets.UTF_8);
        assertTrue(!md.contains("主要经济指标") && !md.contains("暂无"), "no part without content: " + md);
        assertTrue(md.contains("## 一、重点工作完成情况") && md.contains("## 二、报送及进度情况"), md);
        assertTrue(md.indexOf("区督通〔2019〕2号") < md.indexOf("各乡、街道办事处,区直各单位:"), md);
        assertTrue(md.indexOf("区政府督查室") < md.indexOf("2019年4月12日") && md.indexOf("报送及进度情况") < md.indexOf("区政府督查室"), md);
        List<List<String>> csv = Csv.parse(renderer.render(n, PublicationFormat.CSV));
        assertTrue(csv.contains(List.of("文号", "区督通〔2019〕2号")) && csv.contains(List.of("落款", "区政府督查室")), csv.toString());
    }

    @Test
    void aTaskIsNamedByItsNumberAndTitleAndItsPartWhenNumbersRepeat() {
        assertEquals("实际利用外资", TaskReferences.head("实际利用外资,增长10%"));
        assertEquals("新建改建农村公路和桥梁工…", TaskReferences.head("新建改建农村公路和桥梁工程共计100公里"));
        org.duban.progress.assignment.TaskView a = task("1", "地区生产总值增长8%", "一、主要预期目标");
        org.duban.progress.assignment.TaskView b = task("1", "新开工项目50个", "二、重点工作 / (一)稳增长");
        assertEquals("主要预期目标第1项 地区生产总值增长8%", new TaskReferences(List.of(a, b)).of(a));
        assertEquals("重点工作第1项 新开工项目50个", new TaskReferences(List.of(a, b)).of(b));
        assertEquals("第1项 地区生产总值增长8%", new TaskReferences(List.of(a)).of(a), "numbers unique: the number says it");
    }

    @Test
    void aNoticeSaysTheFirstSentenceOfAReportNotTheWholeReport() {
        assertEquals("集中开工项目77个,总投资120亿元。", DocumentBuilder.firstSentence("集中开工项目77个,总投资120亿元。其中工业项目40个。\n下一步…"));
        assertEquals("已完成", DocumentBuilder.firstSentence("已完成"));
        assertEquals(120, DocumentBuilder.firstSentence("很".repeat(300)).length());
    }

    private static org.duban.progress.assignment.TaskView task(String number, String title, String path) {
        org.duban.progress.assignment.TaskView t = new org.duban.progress.assignment.TaskView();
        t.number = number;
        t.title = title;
        t.sectionPath = path;
        return t;
    }
}
