package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.Units;

/**
 * A yearbook's table of totals copied one cell a line, a name then its figure, with no column titles: "国民经济核算(亿元)"
 * / " 地区生产总值" / "13698.5" / "  第一产业" / "3438.3" / " 人均地区生产总值(元)" / "42635" (a province's 2020 总量与速度
 * 指标表, batch mu's mu07, whose every figure was read as a number without a name). A run of at least {@link #MIN_PAIRS}
 * such pairs is written back as sentences, "地区生产总值13698.5亿元。", the unit from the name's brackets or from the
 * heading above it, or from the item an indented one is under; a name marked # is a part, written "其中…" (kept when the
 * catalog knows it, "# 工业" under 第二产业, warned otherwise). When
 * the text names a year and no months, the figures are the year's ("全年,"); when it names the months from January
 * anywhere (a note under the table: "表中数据为1-11月累计数"), theirs. Under column titles of an amount and a growth
 * ("总量" / "(亿元)" / "比上年同期" / "增长(%)", 上海市统计局's 生产总值 table of a half year, batch ng's ng08) each name is
 * followed by both, written "第三产业增加值14862.01亿元,比上年同期下降3.1%。"; under titles naming 生产总值 the three
 * industries are their value added.
 */
public final class NameValueLines {
    /** Pairs enough to take a run of lines as such a table, not as a few short lines of prose. */
    static final int MIN_PAIRS = 4;

    private static final Pattern VALUE = Pattern.compile("^\\s*+(-?\\d++(?:\\.\\d++)?)\\s*+$");
    /** A name cell: words with an optional unit in brackets, no figure and no sentence punctuation. */
    private static final Pattern NAME = Pattern.compile("^(\\s*+)(#?)\\s*+([\\u4e00-\\u9fff][\\u4e00-\\u9fff、·]{0,24})"
            + "(?:\\(([^()\\d]{1,8}|上年=100)\\))?\\s*+$");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}年");
    /** The months from January a page names: 1-11月, 1—9月 (the table readers' too). */
    public static final Pattern MONTHS_SO_FAR = Pattern.compile("(?<![\\d.])1\\s*[-—–~至]\\s*(?:[2-9]|1[0-2])月");
    /** Words of a plan's list, not of figures done: 预期目标, 目标任务, 工作任务, 力争, 计划目标. */
    private static final Pattern PLANNED = Pattern.compile("预期目标|目标任务|工作任务|重点任务|力争|计划(?:目标|任务|完成)");
    /** Items measured in their own way: an index, a rate, a share, a figure per head. */
    private static final Pattern OWN_MEASURE = Pattern.compile("指数|率|比重|占比|人均|平均");
    /** A heading naming what its items measure: 产量, 播种面积. */
    private static final Pattern HEADING_MEASURE = Pattern.compile("(?:产量|播种面积)$");
    private static final Pattern PART_OF_YEAR = Pattern.compile("月|季度|半年");

    /**
     * A growth column's title above the run: "比上年同期" / "增长(%)", "同比增长(%)", "增速(%)" (上海市统计局's 生产总值 table
     * of a half year, one cell a line, batch ng's ng08) — each name is then followed by its amount and its growth.
     */
    private static final Pattern GROWTH_TITLE = Pattern.compile("^\\s*(?=\\S)(?:比上年(?:同期)?|同比)?(?:增长|增速|增幅)?(?:\\(%\\)|%)?\\s*$");
    /** The amount column's unit above the run: "总量" / "(亿元)", "总量(亿元)", "绝对值(亿元)". */
    private static final Pattern AMOUNT_TITLE = Pattern.compile("^\\s*(?:总量|绝对值|绝对额|数值)?\\(([^()\\d]{1,4})\\)\\s*$");
    private static final Pattern THREE_INDUSTRIES = Pattern.compile("第[一二三]产业");
    /** Filled lines above a run read for its column titles. */
    private static final int TITLE_LINES = 6;

    private NameValueLines() {
    }

    /** {@code text} with each such run written as sentences; any other text as it was. */
    public static String asSentences(String text) {
        if (PLANNED.matcher(text).find()) {
            return text; // targets and tasks listed one a line are no figures of a year done (the review of batch mu's rules)
        }
        String[] lines = text.split("\\R", -1);
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                filled.add(i);
            }
        }
        String head = String.join("\n", filled.stream().limit(6).map(i -> lines[i]).toList());
        // (months anywhere — "注:表中数据为1-11月累计数" under the table — and the figures are no year's, but those months')
        Matcher months = MONTHS_SO_FAR.matcher(text);
        String period = months.find() ? months.group() + "," : YEAR_ONLY.matcher(head).find()
                && !PART_OF_YEAR.matcher(text).find() ? "全年," : "";
        boolean changed = false;
        for (int k = 0; k < filled.size(); ) {
            Columns columns = columns(lines, filled, k);
            int end = runEnd(lines, filled, k, columns.growth());
            if (pairs(lines, filled, k, end) >= MIN_PAIRS) {
                write(lines, filled, k, end, period, columns);
                changed = true;
                k = end;
            } else {
                k = Math.max(k + 1, end); // a run too short from its start is no longer from inside it
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /**
     * The titles above a run: whether a growth column follows the amounts, the amounts' unit (or null), and whether the
     * table is of value added (its titles name 生产总值: "第一产业", "工业" under it are each one's 增加值).
     */
    private record Columns(boolean growth, String unit, boolean valueAdded) {
    }

    private static boolean isTitle(String line) {
        return GROWTH_TITLE.matcher(line).matches() || AMOUNT_TITLE.matcher(line).matches() || line.matches("总量|绝对值|绝对额");
    }

    private static Columns columns(String[] lines, List<Integer> filled, int from) {
        boolean growth = false;
        boolean amount = false;
        String unit = null;
        boolean valueAdded = false;
        // (the titles above the first row with a figure: a run may open on a title that reads as a name, "增长(%)")
        int first = from;
        while (first < Math.min(filled.size(), from + TITLE_LINES) && !value(lines, filled, first + 1, filled.size())) {
            first++;
        }
        for (int k = Math.max(0, from - TITLE_LINES); k < first; k++) {
            String line = lines[filled.get(k)].strip();
            Matcher title = AMOUNT_TITLE.matcher(line);
            if (title.matches() && Units.isMeasure(title.group(1))) {
                unit = title.group(1);
                amount = true;
            } else if (line.matches("总量|绝对值|绝对额")) {
                amount = true;
            } else if (amount && !line.isEmpty() && GROWTH_TITLE.matcher(line).matches()) {
                growth = true;
            }
            valueAdded |= line.contains("生产总值");
        }
        return new Columns(growth, unit, valueAdded);
    }

    private static boolean value(String[] lines, List<Integer> filled, int k, int end) {
        return k < end && k < filled.size() && VALUE.matcher(lines[filled.get(k)]).matches();
    }

    /** A unit alone on the line after a figure ("58600" / "万元", an 一图读懂 page), or null. */
    private static String unitAfter(String[] lines, List<Integer> filled, int k, int end) {
        if (k >= end || k >= filled.size()) {
            return null;
        }
        String line = lines[filled.get(k)].strip();
        return Units.isMeasure(line) ? line : null;
    }

    /** The first filled line past the run of names and values that starts at {@code from}. */
    private static int runEnd(String[] lines, List<Integer> filled, int from, boolean growthColumn) {
        int k = from;
        int all = filled.size();
        while (k < all && NAME.matcher(lines[filled.get(k)]).matches()) {
            boolean valued = value(lines, filled, k + 1, all);
            boolean grown = valued && growthColumn && value(lines, filled, k + 2, all);
            k += grown ? 3 : valued ? (unitAfter(lines, filled, k + 2, all) != null ? 3 : 2) : 1;
        }
        return k;
    }

    private static int pairs(String[] lines, List<Integer> filled, int from, int end) {
        int pairs = 0;
        for (int k = from; k + 1 < end; k++) {
            if (value(lines, filled, k + 1, end)) {
                pairs++;
                k++;
            }
        }
        return pairs;
    }

    private static void write(String[] lines, List<Integer> filled, int from, int end, String period, Columns columns) {
        String tableUnit = columns.unit() == null ? "" : columns.unit();
        String unit = tableUnit;
        String heading = "";
        String parentUnit = null;
        int parentIndent = -1;
        for (int k = from; k < end; k++) {
            int at = filled.get(k);
            Matcher name = NAME.matcher(lines[at]);
            name.matches();
            String own = Units.isMeasure(name.group(4)) ? name.group(4) : null;
            if (!value(lines, filled, k + 1, end) && isTitle(lines[at].strip())) {
                lines[at] = ""; // a column's title the run opened on ("增长(%)"): no heading of the rows
                continue;
            }
            if (!value(lines, filled, k + 1, end)) {
                unit = own == null ? tableUnit : own; // a heading: its unit holds for the items under it
                heading = name.group(3);
                parentIndent = -1;
                lines[at] = "";
                continue;
            }
            String value = lines[filled.get(k + 1)].strip();
            lines[filled.get(k + 1)] = "";
            String growth = columns.growth() && value(lines, filled, k + 2, end) ? lines[filled.get(k + 2)].strip() : null;
            String after = growth == null ? unitAfter(lines, filled, k + 2, end) : null;
            if (growth != null) {
                lines[filled.get(k + 2)] = "";
            } else if (after != null) {
                own = after;
                lines[filled.get(k + 2)] = "";
            }
            // an item indented under another takes that one's unit: "  出口额" under " 进出口总额(万美元)"
            int depth = name.group(1).length();
            if (depth <= parentIndent || parentIndent < 0) {
                parentIndent = depth;
                parentUnit = own;
            } else if (own == null && parentUnit != null) {
                own = parentUnit;
            }
            String item = name.group(3);
            // a heading's unit is of the amounts under it: not of an index, a rate, a share or a figure per head
            // ("地区生产总值指数(上年=100)", "人均地区生产总值", "城镇登记失业率" under "(亿元)" — the review)
            String shared = OWN_MEASURE.matcher(item).find() ? "" : unit;
            // items under a heading of outputs or of sown areas are those of each crop: "粮豆薯" under "主要农产品产量"
            Matcher what = HEADING_MEASURE.matcher(heading);
            if (what.find() && !item.contains(what.group())) {
                item = item + what.group();
            }
            // (an item indented under another is written too — 出口额 under 进出口总额 is an indicator of its own; the
            // catalog tells the parts, 第一产业 under 地区生产总值, from them); a fall in a growth column is 下降
            // an index (地区生产总值指数(上年=100) 101.0) is no amount; a price index is read as one (居民消费价格总指数)
            boolean index = item.contains("指数") && !item.contains("价格");
            // a name marked # is a part (其中): written so, for the reader to keep it when the catalog knows it ("# 工业"
            // under 第二产业 in a table of value added) and to leave it out otherwise (#城镇就业人员, #水稻)
            String whereof = name.group(2).isEmpty() ? "" : "其中";
            // (the three industries, and "# 工业", all industry's value added — the firms above the designated size are a part
            // of it; the other industries' rows are outside the catalog)
            if (columns.valueAdded() && THREE_INDUSTRIES.matcher(item).matches()) {
                item = item + "增加值";
            } else if (columns.valueAdded() && item.equals("工业")) {
                item = "全部工业增加值";
            }
            String figure = value.startsWith("-") && "%".equals(own != null ? own : shared)
                    ? "下降" + value.substring(1) : value;
            String grew = growth == null ? "" : growth.startsWith("-") ? ",比上年同期下降" + growth.substring(1) + "%"
                    : ",比上年同期增长" + growth + "%";
            lines[at] = index ? "" : whereof + period + item + figure + (own != null ? own : shared) + grew + "。";
            k += growth != null || after != null ? 2 : 1;
        }
    }

    /**
     * A list of indicators one a line, each name and its figures apart by a space, no stop at the line ends: "城镇居民人均可支配
     * 收入 19458元,同比增长8.6%" / "农村居民人均现金收入 10423元,同比增长11%" / … (a city's 1-8月 一览 on a traditional mirror,
     * batch nv's nv10, whose lines were joined into one sentence and every figure after the first read as a second value).
     * A run of at least {@value #MIN_NAMED_LINES} such lines is ended line by line with 。; anything else is kept.
     */
    public static String withNamedFigureLinesEnded(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && NAMED_FIGURE_LINE.matcher(lines[end]).matches()) {
                end++;
            }
            boolean run = end - i >= MIN_NAMED_LINES;
            for (int k = i; k < Math.max(end, i + 1); k++) {
                out.append(lines[k]).append(run ? "。" : "").append(k < lines.length - 1 ? "\n" : "");
            }
            i = Math.max(end, i + 1);
        }
        return out.toString();
    }

    private static final int MIN_NAMED_LINES = 3;

    /**
     * An infographic's lines, a name on one and its figures on the next: "上半年全省地方一般公共预算支出" / "949.49亿元 同比
     * 增长12.9%", "…一般公共预算收入进度" / "完成年初预算的57.1%" (a province's half-year 一图读懂 in a paper, batch nx's
     * nx10, whose figures were read without a name) — the two joined where the name line ends with a word, no stop and
     * no figure, and the next opens with a figure and its unit or with a completion.
     */
    public static String withFigureLinesJoined(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            boolean join = i + 1 < lines.length && NAME_LINE.matcher(lines[i]).matches()
                    && FIGURE_FIRST_LINE.matcher(lines[i + 1]).lookingAt();
            if (join) {
                // the figures' line ends the statement: the next line is another's ("税收收入增长66.4%")
                i++;
                out.append(lines[i]).append(lines[i].stripTrailing().matches(".*[。;;,,]") ? "" : "。");
            }
            out.append(i < lines.length - 1 ? "\n" : "");
        }
        return out.toString();
    }

    private static final Pattern NAME_LINE = Pattern.compile("^\\h*[\\u4e00-\\u9fff][^\\d\\n,,。;;::!!??]{3,29}(?<=[\\u4e00-\\u9fff])\\h*$");
    private static final Pattern FIGURE_FIRST_LINE = Pattern.compile("^\\h*(?:-?\\d+(?:\\.\\d+)?\\h*(?:万亿元|亿元|万元|元|亿美元|万美元|万人|万吨|%)"
            + "|完成(?:年度|全年|年初)?(?:预算|目标|计划|任务)的?\\d)");
    private static final Pattern NAMED_FIGURE_LINE = Pattern.compile("^\\h*[\\u4e00-\\u9fff][\\u4e00-\\u9fff()]{1,20}\\h+"
            + "(?:同比)?(?:增长|下降)?[-+]?\\d[^\\n。;;]*+(?<![。;;,,、::\\s])$");
}
