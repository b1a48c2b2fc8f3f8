package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table copied out of a PDF one cell a line: the annex of a report ("附件 ××区2024年经济社会发展主要指标") comes out
 * as "序号" / "指标名称" / "单位" / "2023年预计" / "2024年目标" / "指标属性" / "1" / "地区生产总值增速" / "%" / "5.2" /
 * "6左右" / "预期性" / "2" / … (batch u's u03, where every cell was read as a "target" of its own). The header is a run
 * of three or more lines that are column titles (序号, 指标名称, 单位, …年目标, …年预计, 指标属性, 备注, and a notice's
 * 1—9月完成, 同比增长(%), 进度评价 — batch c's c07); the lines after it
 * are taken in rows of as many cells as the header has, while each row fits (its 序号 cell a number, no cell a
 * sentence), and written back one row a line, cells apart by a tab, so that the table readers read it as any other
 * flattened table.
 */
public final class CellPerLineTable {

    /** A column title: a fixed word, or a year's target, estimate or result column. */
    private static final Pattern TITLE = Pattern.compile("^(?:序号|指标|指标名称|项目|主要指标|单位|计量单位|属性|指标属性|"
            + "指标类别|类别|备注|(?:\\d{4}年)?(?:全年|年度|本年|今年)?(?:预期|(?:预期)?(?:目标|预期目标|目标值|计划|预计|预计完成|完成|实际完成|"
            + "完成情况|规划目标|实绩))(?:\\(.*\\))?|(?:\\d{1,2}\\s*[-—–~至]\\s*)?\\d{1,2}月(?:份)?(?:完成|累计)?|(?:同比|比(?:上年|去年)(?:同期|同月)?)(?:增长|增减)?(?:±)?"
            // a 统计月报's "本月" / "1-本月" columns one cell a line (a city's 2008 月报, batch mf's mf04)
            + "(?:%|\\(%\\))?|本月|当月|(?:1|一)\\s*[-—–~至]\\s*本月(?:累计)?|本月止累计|自年初累计"
            + "(?:%|\\(%\\))?|增长(?:%|\\(%\\))?|增速(?:%|\\(%\\))?|进度评价|完成评价|完成进度(?:%|\\(%\\))?"
            // a district's 1—8月 table one cell a line (batch i's i02): 全年目标, 完成进度%; and the columns real tables
            // print beside them — completion of the year's target, the pace, last year's figure, the province's growth
            // and rank (read as reference columns, never the row's own)
            + "|(?:完成|占)(?:年度|全年)?(?:目标|计划|任务)(?:%|\\(%\\))?|(?:比|与)?(?:序时|时序|时间)进度(?:比)?(?:\\(±?(?:个)?百分点\\)|±)?"
            + "|上年同期(?:完成)?|(?:全国|全省|全市|全州|全盟)(?:增速|增长|平均)?(?:%|\\(%\\))?|(?:全省|全市)?(?:位次|排名|排位)"
            + "|绝对[量额值数](?:\\([^()]{1,6}\\))?"
            // a 目标任务 table one cell a line (batch l's l08): 序号 / 目标任务 / 1-9月完成情况 / 完成进度(%) / 责任单位
            + "|目标任务|责任单位|牵头单位|(?:\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月|一季度|上半年|前三季度)?(?:完成|进展)情况)$");
    private static final Pattern NAME_TITLE = Pattern.compile("^(?:指标|指标名称|项目|主要指标|目标任务)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}$");
    /**
     * A row that only names a group of the rows under it: "一、经济发展", "(二)投资" (a county's 统计快报, batch l's l01; a
     * city's plan table one cell a line, batch ma's ma02). Inside a table it is neither a row nor the table's end.
     */
    public static final Pattern GROUP_ROW = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))[^\\d\\s]{1,10}$");
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_CELL = 40;

    private CellPerLineTable() {
    }

    /**
     * {@code text} with every table written one cell a line rewritten one row a line; other lines kept. A page copied
     * double spaced ({@link #singleSpaced}) is read without its blank lines when that finds a table in it, else as written
     * (a double-spaced notice's headings stand on their own: batch md's md05).
     */
    public static String rejoin(String text) {
        return rejoin(text, name -> false);
    }

    /**
     * As {@link #rejoin(String)}; {@code indicatorName} tells a row's name that is an indicator's whole name (the catalog's),
     * so that a group's name over two lines above such a row is told from a row's own name wrapped over three
     * ({@link #afterSpanningName}).
     */
    public static String rejoin(String text, java.util.function.Predicate<String> indicatorName) {
        String[] lines = text.split("\\R", -1);
        String[] single = singleSpaced(lines);
        if (single != lines) {
            String joined = rejoinLines(single, indicatorName);
            if (!joined.equals(String.join("\n", single))) {
                return joined;
            }
        }
        return rejoinLines(lines, indicatorName);
    }

    private static String rejoinLines(String[] lines, java.util.function.Predicate<String> indicatorName) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && TITLE.matcher(title(lines[end])).matches()) {
                end++;
            }
            List<String> titles = new ArrayList<>();
            for (int k = i; k < end; k++) {
                titles.add(title(lines[k]));
            }
            List<String> header = withSubtitlesUnderGroups(titles);
            if (header.size() < MIN_COLUMNS || header.stream().noneMatch(h -> NAME_TITLE.matcher(h).matches())) {
                out.add(lines[i]);
                i++;
                continue;
            }
            int numberColumn = header.indexOf("序号");
            int nameColumn = -1;
            for (int h = 0; h < header.size(); h++) {
                if (NAME_TITLE.matcher(header.get(h)).matches()) {
                    nameColumn = h;
                    break;
                }
            }
            int unitColumn = nameColumn >= 0 && nameColumn + 1 < header.size()
                    && UNIT_TITLE.matcher(header.get(nameColumn + 1)).matches() ? nameColumn + 1 : -1;
            List<String> rows = new ArrayList<>();
            int next = end;
            while (true) {
                int probe = next;
                while (probe < lines.length && lines[probe].isBlank()) {
                    probe++;
                }
                if (probe < lines.length && GROUP_ROW.matcher(lines[probe].strip()).matches()) {
                    rows.add(lines[probe].strip()); // a group's name, on its own line as the table readers expect
                    next = probe + 1;
                    continue;
                }
                int spanned = nameColumn == 0 && unitColumn == 1 ? afterSpanningName(lines, probe, indicatorName) : -1;
                if (spanned > 0) {
                    next = spanned;
                    continue;
                }
                List<String> cells = new ArrayList<>();
                int k = next;
                while (k < lines.length && cells.size() < header.size()) {
                    if (!lines[k].isBlank()) {
                        String cell = lines[k].strip();
                        if (cells.size() == unitColumn && unitColumn > 0 && header.size() > unitColumn + 2
                                && LOST_UNIT.matcher(cell).matches()) {
                            // "城镇常住居民人均可支配收入" / "43760" / "8以上" / …: a row whose unit cell the copy lost
                            // (ny05), its figures one column early — the unit a dash, as a cell left empty is printed
                            cells.add("—");
                        }
                        if (cells.size() == unitColumn && unitColumn > 0 && wrappedName(cell, lines, k)) {
                            // "单位地区生产总值二氧化碳排" / "放降低率" / "%" (a city's 2026 plan annex, batch me's me08): a
                            // name cell the PDF wrapped onto a second line — it continues the name, the unit follows
                            cells.set(unitColumn - 1, cells.get(unitColumn - 1) + cell);
                        } else {
                            cells.add(cell);
                        }
                    }
                    k++;
                }
                if (cells.size() < header.size() || !fits(cells, numberColumn)) {
                    int unnumbered = numberColumn == 0 ? unnumberedRow(lines, next, header.size()) : -1;
                    if (unnumbered < 0) {
                        break;
                    }
                    // "其中:工业投资" / "亿元" / "30" / … under a row of its own number: a row without 序号 (a county's
                    // 目标任务 table one cell a line, batch mb's mb08, which ended there); its number cell left empty
                    List<String> sub = new ArrayList<>();
                    sub.add("");
                    for (int m = next; m < unnumbered; m++) {
                        if (!lines[m].isBlank()) {
                            sub.add(lines[m].strip());
                        }
                    }
                    rows.add(String.join("\t", sub));
                    next = unnumbered;
                    continue;
                }
                rows.add(String.join("\t", cells));
                next = k;
            }
            if (rows.stream().noneMatch(r -> r.contains("\t"))) {
                // (group names alone are no rows)
                // no row fits under the whole header: a header that opens with 序号 stays as it is, no shorter header
                // tried from inside it (序号 / 目标任务 / 责任单位 / 完成情况 whose progress cells are sentences, batch n's
                // n07); any other first line may be a stray title above the header, so the next line is tried
                if (header.get(0).equals("序号")) {
                    for (int k = i; k < end; k++) {
                        out.add(lines[k]);
                    }
                    i = end;
                } else {
                    out.add(lines[i]);
                    i++;
                }
                continue;
            }
            out.add(String.join("\t", header));
            out.addAll(rows);
            i = next;
        }
        return String.join("\n", out);
    }

    /**
     * Where the row under a group's name that spans its rows begins, or -1: "主要污染物" / "排放总量" / "化学需氧量" / "万吨" /
     * … (a city's plan table one cell a line, batch ny's ny05) — two lines of words, then a row's name that is an
     * indicator's whole name, and its unit. The group's name is left out: the row's own name says what it is. Not a row's
     * name wrapped over three lines, "研究与试验发" / "展经费支出相" / "当于GDP比重" / "%" (the review of round 25's rules).
     */
    private static int afterSpanningName(String[] lines, int from, java.util.function.Predicate<String> indicatorName) {
        List<Integer> written = new ArrayList<>();
        for (int k = from; k < lines.length && written.size() < 4; k++) {
            if (!lines[k].isBlank()) {
                written.add(k);
            }
        }
        if (written.size() < 4) {
            return -1;
        }
        for (int w = 0; w < 3; w++) {
            String cell = lines[written.get(w)].strip();
            if (!cell.matches("[^\\d\\s。;;,,::]{2,12}") || UNIT_CELL.matcher(cell).matches()) {
                return -1;
            }
        }
        String name = lines[written.get(2)].strip();
        String wrapped = lines[written.get(0)].strip() + lines[written.get(1)].strip() + name;
        return UNIT_CELL.matcher(lines[written.get(3)].strip()).matches() && indicatorName.test(name)
                && !indicatorName.test(wrapped) ? written.get(2) : -1;
    }

    /** A title line as a title: "指  标  名  称", spaced as a title is printed, is 指标名称. */
    private static String title(String line) {
        return line.strip().replaceAll("\\s+", "");
    }

    /** A column under a group's title: its figure or its growth. */
    private static final Pattern SUBTITLE = Pattern.compile("^(?:绝对[量额值数]|(?:同比)?(?:增长|增速|增幅)(?:%|\\(%\\))?)$");
    private static final Pattern ABSOLUTE = Pattern.compile("^绝对[量额值数]$");

    /**
     * A header of two rows, one cell a line: "指标名称" / "单位" / "2015年目标" / "2015年实绩" / "绝对值" / "增速(%)" /
     * "绝对值" / "增速(%)" (a city's 2015 plan report, batch ny's ny05, whose table was not read) — the groups' titles, then
     * as many subtitles under each: one column a subtitle, titled with its group ("2015年目标", "2015年目标增速(%)");
     * other headers as they are.
     */
    static List<String> withSubtitlesUnderGroups(List<String> titles) {
        int subtitles = titles.size();
        while (subtitles > 0 && SUBTITLE.matcher(titles.get(subtitles - 1)).matches()) {
            subtitles--;
        }
        int under = titles.size() - subtitles;
        for (int groups = Math.min(subtitles, under / 2); groups >= 1; groups--) {
            if (under % groups != 0 || subtitles - groups < 1) {
                continue;
            }
            List<String> groupTitles = titles.subList(subtitles - groups, subtitles);
            if (!groupTitles.stream().allMatch(g -> GROUP_TITLE.matcher(g).find())) {
                continue;
            }
            int each = under / groups;
            List<String> columns = new ArrayList<>(titles.subList(0, subtitles - groups));
            for (int g = 0; g < groups; g++) {
                for (int k = 0; k < each; k++) {
                    String sub = titles.get(subtitles + g * each + k);
                    columns.add(ABSOLUTE.matcher(sub).matches() ? groupTitles.get(g) : groupTitles.get(g) + sub);
                }
            }
            return columns;
        }
        return titles;
    }

    private static final Pattern GROUP_TITLE = Pattern.compile("目标|预期|计划|预计|完成|实绩|实际|本月|累计");

    /**
     * Where a row of {@code size - 1} cells starting at {@code from} ends, if it is one: its first cell words of a
     * part (其中…), no cell a sentence, and a row number (or the text's end) after it; otherwise -1.
     */
    private static int unnumberedRow(String[] lines, int from, int size) {
        List<String> cells = new ArrayList<>();
        int k = from;
        while (k < lines.length && cells.size() < size - 1) {
            if (!lines[k].isBlank()) {
                cells.add(lines[k].strip());
            }
            k++;
        }
        if (cells.size() < size - 1 || !cells.get(0).startsWith("其中") || !fits(cells, -1)) {
            return -1;
        }
        int after = k;
        while (after < lines.length && lines[after].isBlank()) {
            after++;
        }
        return after >= lines.length || ROW_NUMBER.matcher(lines[after].strip()).matches() ? k : -1;
    }

    /** A figure where a unit belongs: a level of four digits or more, the copy having lost the row's unit cell. */
    private static final Pattern LOST_UNIT = Pattern.compile("^\\d{4,}(?:\\.\\d+)?$");

    /** A unit cell: %, 亿元, 万人, 微克/立方米, 个百分点 …, or a dash for none. */
    private static final Pattern UNIT_CELL = Pattern.compile("^[((]?(?:%|‰|个百分点|[万亿千百]?(?:元|美元|人|人次|吨|吨标准煤|户|家|个|件|项|套|"
            + "亩|公里|千瓦时|千瓦|立方米|平方米|平方公里|标准箱|标箱|辆|所|床|公顷|倍)|[^\\d/]{1,6}/[^\\d/]{1,6}|岁|年|天|—|-|/)[))]?$");
    private static final Pattern UNIT_TITLE = Pattern.compile("^(?:单位|计量单位)$");

    /** The cell at {@code k}, where the unit belongs, is no unit, has no figure, and a unit follows it: the name goes on. */
    private static boolean wrappedName(String cell, String[] lines, int k) {
        // a unit the list does not know (万千瓦, 公顷, 倍) is short: a wrapped part of a name has four characters or more
        if (UNIT_CELL.matcher(cell).matches() || cell.length() < 4 || cell.length() > 12 || cell.matches(".*[\\d—\\-/].*")) {
            return false;
        }
        int after = k + 1;
        while (after < lines.length && lines[after].isBlank()) {
            after++;
        }
        // the unit must follow as a unit, not a dash (a dash is a cell left empty, no sign of a wrap — the review of batch me)
        return after < lines.length && UNIT_CELL.matcher(lines[after].strip()).matches()
                && !lines[after].strip().matches("[—\\-/]");
    }

    private static boolean fits(List<String> cells, int numberColumn) {
        if (numberColumn >= 0 && !ROW_NUMBER.matcher(cells.get(numberColumn)).matches()) {
            return false;
        }
        return cells.stream().allMatch(c -> c.length() <= MAX_CELL && !c.matches(".*[。;;].*"));
    }

    /**
     * The lines of a page copied double spaced — one blank line after every line (a municipality's monthly table, one cell
     * per line with a blank line between cells, batch ms's ms08) — without the blank lines; other text as it is. Double
     * spaced: at least {@link #MIN_DOUBLE_SPACED} lines, and three in four of them followed by exactly one blank line.
     */
    static String[] singleSpaced(String[] lines) {
        int written = 0;
        int followedByOneBlank = 0;
        for (int k = 0; k < lines.length; k++) {
            if (lines[k].isBlank()) {
                continue;
            }
            written++;
            boolean oneBlank = k + 2 < lines.length && lines[k + 1].isBlank() && !lines[k + 2].isBlank();
            followedByOneBlank += oneBlank ? 1 : 0;
        }
        if (written < MIN_DOUBLE_SPACED || followedByOneBlank * 4 < (written - 1) * 3) {
            return lines;
        }
        return java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).toArray(String[]::new);
    }

    private static final int MIN_DOUBLE_SPACED = 12;
}
