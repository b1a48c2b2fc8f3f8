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

    /**
     * The notice as blocks of (heading level, text), the single source of every format's order: 文号 and 主送 first,
     * then the parts — each only when it has something to say (no empty heading), numbered as they come — then the
     * 落款 and date.
     */
    List<Block> blocks(Notice n) {
        List<Block> blocks = new ArrayList<>();
        if (n.head().documentNumber() != null) {
            blocks.add(new Block(0, n.head().documentNumber(), null, "number"));
        }
        blocks.add(new Block(0, n.head().addressee() + ":", null, "addressee"));
        if (n.editedBody() != null) {
            blocks.addAll(edited(n.editedBody()));
            signature(n, blocks);
            return blocks;
        }
        int part = 1;
        if (!n.indicators().isEmpty() || !n.quantifiedTasks().isEmpty()) {
            blocks.add(new Block(1, ChineseNumerals.of(part++) + "、主要经济指标完成情况", null));
            int sub = 1;
            if (!n.indicators().isEmpty()) {
                blocks.add(new Block(2, "(" + ChineseNumerals.of(sub++) + ")主要预期目标完成情况", null));
                blocks.add(new Block(0, String.join(";", n.indicators().stream().map(Notice.IndicatorLine::sentence).toList()) + "。", null));
            }
            if (!n.quantifiedTasks().isEmpty()) {
                blocks.add(new Block(2, "(" + ChineseNumerals.of(sub) + ")报告中确定的其他指标任务完成情况", null));
                int i = 1;
                for (Notice.QuantifiedTask t : n.quantifiedTasks()) {
                    blocks.add(new Block(0, (i++) + "." + ensureStop(t.title()) + quantified(t), t.number()));
                }
            }
        }
        boolean overview = n.overview() != null && !n.overview().isBlank();
        if (overview || !n.sections().isEmpty()) {
            blocks.add(new Block(1, ChineseNumerals.of(part++) + "、" + (part == 2 ? "重点工作完成情况" : "其他重点工作完成情况"), null));
            if (overview) {
                blocks.add(new Block(0, n.overview(), null));
            }
            int s = 1;
            for (Notice.Section section : n.sections()) {
                blocks.add(new Block(2, "(" + ChineseNumerals.of(s++) + ")" + section.title(), null));
                for (Notice.Item item : section.items()) {
                    blocks.add(new Block(0, item.reference() + ":" + ensureStop(item.progress()), null));
                }
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
        if (part == 1 && n.lateUnits().isEmpty() && n.behindUnits().isEmpty()) {
            blocks.add(new Block(0, "本期暂无指标数据和重点工作进展。", null));
        }
        signature(n, blocks);
        return blocks;
    }

    private static void signature(Notice n, List<Block> blocks) {
        blocks.add(new Block(0, n.head().issuer(), null, "signature"));
        if (n.date() != null && !n.date().isBlank()) {
            blocks.add(new Block(0, n.date(), null, "date"));
        }
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");
    private static final java.util.regex.Pattern SUB_PART = java.util.regex.Pattern.compile("^[((][一二三四五六七八九十]+[))]");

    /**
     * The office's text as blocks: paragraphs are separated by blank lines (a single line break inside one is kept
     * without a space, as Chinese text is); "一、…" is a part heading and "(一)…" a sub-heading when it is a paragraph of one line.
     */
    static List<Block> edited(String body) {
        List<Block> out = new ArrayList<>();
        for (String paragraph : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean oneLine = text.indexOf('\n') < 0;
            int level = oneLine && PART.matcher(text).find() ? 1 : oneLine && SUB_PART.matcher(text).find() ? 2 : 0;
            out.add(new Block(level, text.replaceAll("\\s*\n\\s*", ""), null));
        }
        return out;
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
            } else if (b.role() != null) {
                rows.add(List.of(switch (b.role()) {
                    case "number" -> "文号";
                    case "addressee" -> "主送";
                    case "signature" -> "落款";
                    default -> "日期";
                }, b.text()));
            } else {
                rows.add(List.of(heading, b.text()));
            }
        }
        return new TableDocument(n.title(), List.of("部分", "内容"), rows, List.of());
    }

    /**
     * A heading (level 1–3) or a paragraph (level 0); {@code role} marks the paragraphs of the document's frame —
     * "number" (文号), "addressee" (主送), "signature" (落款), "date" — and is null for the body.
     */
    record Block(int level, String text, String taskNumber, String role) {
        Block(int level, String text, String taskNumber) {
            this(level, text, taskNumber, null);
        }
    }
}
