package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Notice} as Markdown, HTML, or as a table (CSV/XLSX: part, number, item, text). Text is encoded
 * for each format: escaped Markdown, HTML from an escaping template, formula-safe cells ({@link SpreadsheetCells}).
 */
public final class NoticeRenderer {

    public byte[] render(Notice notice, PublicationFormat format) {
        return switch (format) {
            case MARKDOWN -> markdown(notice).getBytes(StandardCharsets.UTF_8);
            case HTML -> html(notice).getBytes(StandardCharsets.UTF_8);
            case CSV, XLSX -> TableWriter.of(format).write(table(notice));
        };
    }

    /** The notice as blocks of (heading level, text), the single source of every format's order. */
    List<Block> blocks(Notice n) {
        List<Block> blocks = new ArrayList<>();
        int part = 1;
        blocks.add(new Block(1, ChineseNumerals.of(part++) + "、主要经济指标完成情况", null));
        blocks.add(new Block(2, "(一)主要预期目标完成情况", null));
        if (n.indicators().isEmpty()) {
            blocks.add(new Block(0, "本期暂无指标数据。", null));
        } else {
            blocks.add(new Block(0, String.join(";", n.indicators().stream().map(Notice.IndicatorLine::sentence).toList()) + "。", null));
        }
        blocks.add(new Block(2, "(二)报告中确定的其他指标任务完成情况", null));
        int i = 1;
        for (Notice.QuantifiedTask t : n.quantifiedTasks()) {
            blocks.add(new Block(0, (i++) + "." + ensureStop(t.title()) + quantified(t), t.number()));
        }
        blocks.add(new Block(1, ChineseNumerals.of(part++) + "、其他重点工作完成情况", null));
        if (n.overview() != null && !n.overview().isBlank()) {
            blocks.add(new Block(0, n.overview(), null));
        }
        int s = 1;
        for (Notice.Section section : n.sections()) {
            blocks.add(new Block(2, "(" + ChineseNumerals.of(s++) + ")" + section.title(), null));
            int k = 1;
            for (Notice.Item item : section.items()) {
                blocks.add(new Block(3, (k++) + "." + ensureStop(item.title()), null));
                blocks.add(new Block(0, item.progress(), null));
            }
        }
        if (!n.lateUnits().isEmpty() || !n.behindUnits().isEmpty()) {
            blocks.add(new Block(1, ChineseNumerals.of(part) + "、报送及进度情况", null));
            if (!n.lateUnits().isEmpty()) {
                blocks.add(new Block(2, "(一)逾期未报或迟报单位", null));
                n.lateUnits().forEach(u -> blocks.add(new Block(0, u.unitName() + ":" + u.detail(), null)));
            }
            if (!n.behindUnits().isEmpty()) {
                blocks.add(new Block(2, "(" + (n.lateUnits().isEmpty() ? "一" : "二") + ")进度滞后单位", null));
                n.behindUnits().forEach(u -> blocks.add(new Block(0, u.unitName() + ":" + u.detail(), null)));
            }
        }
        return blocks;
    }

    private static String quantified(Notice.QuantifiedTask t) {
        String progress = t.progress() == null ? "" : t.progress();
        if (t.percentOfAnnual() == null || progress.contains("%")) {
            return progress;
        }
        return ensureStop(progress).replaceAll("。$", "") + ",占年度任务的" + pct(t.percentOfAnnual()) + "。";
    }

    static String pct(double v) {
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)) + "%";
    }

    private static String ensureStop(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char last = s.charAt(s.length() - 1);
        return last == '。' || last == '.' || last == ';' || last == '!' ? s : s + "。";
    }

    /** Every text is escaped for its place ({@link Markdown}): the notice's own headings are its only structure. */
    String markdown(Notice n) {
        StringBuilder sb = new StringBuilder("# ").append(Markdown.heading(n.title())).append("\n\n");
        for (Block b : blocks(n)) {
            if (b.level() > 0) {
                sb.append("#".repeat(b.level() + 1)).append(' ').append(Markdown.heading(b.text()));
            } else {
                sb.append(Markdown.paragraph(b.text()));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** From the Qute template {@code publication/notice.html}, which HTML-escapes every text ({@link HtmlTemplates}). */
    String html(Notice n) {
        return HtmlTemplates.NOTICE.data("title", n.title()).data("blocks", blocks(n)).render();
    }

    TableDocument table(Notice n) {
        List<List<String>> rows = new ArrayList<>();
        String heading = "";
        for (Block b : blocks(n)) {
            if (b.level() > 0 && b.level() < 3) {
                heading = b.text();
            } else {
                rows.add(List.of(heading, b.text()));
            }
        }
        return new TableDocument(n.title(), List.of("部分", "内容"), rows, List.of());
    }

    record Block(int level, String text, String taskNumber) {
    }
}
