package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page numbers a report or notice carries when its text is copied out of a PDF: a line "— 7 —" (the 党政机关公文格式
 * GB/T 9704 page number, with the blank lines around it), "-7-", "第7页", "第7页 共20页", "7/20". Such a line cuts a
 * paragraph in two — and often a sentence or a name ("…;单位" / "— 7 —" / "地区生产总值能耗下降3.2%", batch u's u04, a
 * 2015 city report whose targets after the page break were lost: a blank line ends an introduced paragraph). It is
 * taken out with the blank lines around it, so that the line after it follows the line before as any other line of
 * the page does; a hard wrap across the page break is then joined like the others
 * ({@code StatementSplitter.unwrapHardWrapped}).
 *
 * <p>A bare number alone on a line is kept: it is as often a table's 序号 cell as a page number.
 *
 * <p>The running header printed beside the page number ("××县人民政府工作报告", "2023年政府工作报告", "××市人民政府公报",
 * a title ending in 报告, 公报, 通报, 简报, 文件 with no punctuation of a sentence) goes with it: it cut "粮食产量稳定" from
 * "在9.5亿斤以上" (batch y's y10) and a table one cell a line between two rows (y04), whose later rows were lost.
 */
public final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:[-—–－]+\\s*\\d{1,4}\\s*[-—–－]+"
            + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,,/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*$");

    private static final Pattern RUNNING_HEADER = Pattern.compile("^\\s*[^,,;;。::!?!?、%()]{2,30}?"
            + "(?:报告|公报|通报|简报|文件)\\s*$");

    /**
     * A web page's trail of where it stands, on a line of its own: "您的位置:新文秘网>>工业/企业讲话/…>>正文" over a park's
     * annual summary (batch na's na05, whose title under it then named no zone).
     */
    private static final Pattern BREADCRUMB = Pattern.compile("^\\s*(?:您的位置|您现在的位置|当前位置|所在位置)\\s*[::].*$");

    private PageFurniture() {
    }

    /**
     * A forum's anti-copy noise ("jammer"): runs of one- or two-character ASCII tokens a space apart, glued to the words
     * and figures — "力争达296亿元7 M& T\" a+ {* Q3 b( I7 J' D", "增长15%以上4 t% ~; K3 G, O" (a city's 2013 targets reposted
     * on a forum, batch mx's mx02, whose 4 and 7 were read as figures). A run of four tokens or more with a letter and two
     * different marks of punctuation ({@link #isJammer}); "a) b) c) d)" and "CPI PPI M2" are no such run.
     */
    // (each token ends where the ASCII does, so that a run ends at its last token and is read once — a run that ended in
    // a space was tried again from every token, quadratic on a page of noise: the newcomer trial of 2026-12-03)
    private static final Pattern JAMMER_RUN = Pattern.compile("(?<![!-~])[!-~]{1,2}(?![!-~])(?:[ \\t][!-~]{1,2}(?![!-~])){3,}+");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    /** A token run that is noise: a letter, and two different marks other than . and %. */
    private static boolean isJammer(String run) {
        return LETTER.matcher(run).find() && run.chars().filter(c -> c < 0x7F && !Character.isLetterOrDigit(c) && c != ' '
                && c != '\t' && c != '.' && c != '%').distinct().count() >= 2;
    }

    /**
     * The clause's own marks at the ends of a run of noise: "…J' D,社会消费品…" keeps its comma (the review of batch mx's
     * rules: the text's ,;: are ASCII once normalised, and two clauses ran into one).
     */
    private static String clausePunctuation(String run) {
        Matcher lead = LEADING_MARKS.matcher(run);
        Matcher trail = TRAILING_MARKS.matcher(run);
        return (lead.find() ? lead.group() : "") + (trail.find() ? trail.group() : "");
    }

    private static final Pattern LEADING_MARKS = Pattern.compile("^[,;:]++");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:]++$");

    /**
     * {@code text} without its page-number lines and the blank lines around them, a forum's anti-copy noise, nor a web
     * page's breadcrumb line.
     */
    public static String remove(String text) {
        String[] lines = JAMMER_RUN.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(isJammer(m.group())
                ? clausePunctuation(m.group()) : m.group())).split("\\R", -1);
        List<String> out = new ArrayList<>();
        boolean afterPageNumber = false;
        for (String line : lines) {
            if (BREADCRUMB.matcher(line).matches()) {
                continue;
            }
            if (PAGE_NUMBER.matcher(line).matches()) {
                while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                    out.remove(out.size() - 1); // the blank lines before the page number
                }
                if (!out.isEmpty() && RUNNING_HEADER.matcher(out.get(out.size() - 1)).matches()
                        && out.size() > 1 && !out.get(out.size() - 2).isBlank()) {
                    out.remove(out.size() - 1); // the running header above it, inside the text
                    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                        out.remove(out.size() - 1);
                    }
                }
                afterPageNumber = true;
                continue;
            }
            if (afterPageNumber && line.isBlank()) {
                continue; // and those after it
            }
            if (afterPageNumber && RUNNING_HEADER.matcher(line).matches()) {
                continue; // the running header of the next page
            }
            afterPageNumber = false;
            out.add(line);
        }
        return String.join("\n", out);
    }
}
