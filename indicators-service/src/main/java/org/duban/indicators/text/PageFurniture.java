package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.List;
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
     * A bare page number, blank lines around it, between a figure and its unit: "…实现财政一般预算收入4.6" / "" / "1" / "" /
     * "亿元,同比增长32.4%;…" (a district's 2008 report from a PDF, batch ow's ow05, whose figures after the break were lost)
     * — no table's 序号 sits so; taken out with the breaks, the figure meets its unit.
     */
    // (a figure at the end of a line of words, a unit opening a clause: a table one cell a line, "12" / "" / "9" / "" /
    // "亿元", is no such page — the review of round 36's rules)
    private static final Pattern NUMBER_BETWEEN_FIGURE_AND_UNIT = Pattern.compile("(?<=[\\u4e00-\\u9fff]\\d{1,9}(?:\\.\\d{1,9})?)"
            + "\\h*+\\R\\h*+\\R\\s*+\\d{1,4}\\h*+\\R\\h*+\\R\\s*+"
            + "(?=(?:万亿元|亿元|万元|元|亿美元|万美元|万人|万吨|%|‰|个百分点)[,,;;。、])");

    /** A page's "第 2 页,共 9 页" inside a line (break-it trial of 2026-12-05: a GDP of 2亿元). */
    private static final Pattern INLINE_PAGE = Pattern.compile("第\\h*+\\d{1,4}\\h*+页\\h*+[,,/]?\\h*+共\\h*+\\d{1,4}\\h*+页");

    private PageFurniture() {
    }

    /**
     * {@code text} without its page-number lines and the blank lines around them. A web page's furniture is
     * {@link WebFurniture}'s.
     */
    public static String remove(String text) {
        String[] lines = INLINE_PAGE.matcher(NUMBER_BETWEEN_FIGURE_AND_UNIT.matcher(text).replaceAll("")).replaceAll("").split("\\R", -1);
        List<String> out = new ArrayList<>();
        boolean afterPageNumber = false;
        for (String line : lines) {
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
