package org.duban.indicators.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice's table of target tasks written one row a line, its cells apart by | or by spaces:
 * {@code 序号 指标名称 单位 年度目标 上半年完成 同比增长(%) 完成年度目标(%)}. Each row becomes the task heading and the
 * sentence a notice would write ("第5项 财政总收入18.5亿元。上半年财政总收入完成10.12亿元,增长6.3%,完成年度目标的54.7%"),
 * so that the target cell is the task's target wording (never a figure), the 单位 column gives the unit, and one
 * grammar reads text and tables alike. An empty cell (—) says nothing; a row with no figure yields no observation.
 *
 * <p>A column of gaps to the pace ("与序时进度比(百分点)", "比时序进度(±)") holds signed points: +5.0 (or 5.0) ahead of
 * the pace, -0.2 behind (a city's 前三季度 主要经济指标完成情况表, batch o's o05, whose gaps were lost, silently).
 */
final class NoticeTable {

    private static final Pattern EMPTY = Pattern.compile("^[—\\-–/]*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?(?:左右|以上|以内|以下)?$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");
    private static final Pattern SIGNED_NUMBER = Pattern.compile("^[+-]?\\d+(?:\\.\\d+)?$");
    /**
     * A figure cell that prints its own unit, in a table with no 单位 column: "48.36亿元", "720人" (a county's 一季度
     * table, batch b's b08: those figures were lost, silently); "2.86%" (a rate's row, batch i's i05).
     */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)(万亿元|亿元|万元|元|万美元|亿美元|万人|人|万吨|吨|家|个|件|户|亩|万平方米|公里|%)$");
    /**
     * A column of growths titled without 增长: "同比±%", "同比(%)", "比上年±%", "增减(%)" (a county's 1—8月 table, batch
     * c's c05, whose rows were all lost).
     */
    private static final Pattern GROWTH_TITLE = Pattern.compile("^(?:同比|比上年(?:同期)?|比去年同期|增减)(?:±|\\+/?-)?(?:%|\\(%\\))?$");
    /**
     * A column of the period's figures titled by the period alone: "1—8月", "1-8月累计", "一季度", "上半年", "本期" — not a
     * single month ("8月", the month beside the months from January) nor 全年 (the annual target's column).
     */
    private static final Pattern PERIOD_TITLE = Pattern.compile("^(?:\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月(?:份)?|一季度|上半年"
            + "|前三季度|本期|(?:1|一)\\s*[-—–~至]\\s*本月|本月止|自年初)(?:累计)?$");
    /**
     * A column that assesses each row in words: "进度评价" ("低于目标5.2个百分点", "完成年度预算的71.5%,慢于时序进度3.5个
     * 百分点"; a county's 前三季度 table one cell a line, batch c's c07), or "备注" ("低于序时进度3个百分点", a zone's 上半年
     * table, batch l's l05): read as the row's sentence goes on.
     */
    private static final Pattern NOTE_TITLE = Pattern.compile("^(?:进度评价|完成评价|进度情况|评价|备注)$");
    /** A column of completion titled 完成进度(%) or 完成率 (a zone's 1—8月 快报, batch e's e04). */
    private static final Pattern COMPLETION_TITLE = Pattern.compile("^完成(?:进度|率)(?:\\(%\\)|%)$|^完成率$");
    /** A column of the figures titled 绝对量, 绝对额, 绝对值 (a province's 统计月报, batch e's e05; a city's 附表, e08). */
    private static final Pattern ABSOLUTE_TITLE = Pattern.compile("^(?:\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月|一季度|上半年|前三季度)?绝对[量额值数]"
            + "(?:\\([^()]{1,6}\\))?$");
    /** The second line of a column title: "增长(%)" under "比上年同期" (e05). */
    /** A title on the second line of a two-line header. */
    private static final Pattern SUB_TITLE = Pattern.compile("^(?:绝对[额值量数]|总量|本月|累计|完成|(?:同比|比上年(?:同期)?)?(?:增长|增速|增减|增幅)"
            + "(?:\\(%\\)|%|±%|\\(±%\\))?|%|±%)$");
    private static final Pattern TITLE_CONTINUED = Pattern.compile("^(?:同比)?(?:增长|增速|增减|增幅)(?:\\(%\\)|%|±%|\\(±%\\))?$");
    private static final Pattern PACE_TITLE = Pattern.compile("(?:序时|时间|时序)进度");
    /**
     * A growth column titled by a region: "全省增速(%)" beside a city's own 同比增长(%) (a city's 1—9月 web table, batch i's
     * i08, whose province column was read as the city's growth, silently). Beside a growth column of the table's own it
     * is a reference, never the row's; a province's table whose every growth column names a region ("全省增长 | 全国增长")
     * has its own first.
     */
    private static final Pattern REGION_GROWTH_TITLE = Pattern.compile("^(?:全国|全省|全市|全州|全盟|全县|全区).*");
    /** A column of standing or of last year: "全省位次", "排名", "上年同期完成" — never the row's figure or growth. */
    private static final Pattern REFERENCE_TITLE = Pattern.compile("^(?:全国|全省|全市|全州|全盟)?(?:平均)?(?:位次|排名|排位).*"
            + "|^上年(?:同期)?(?!.*(?:增长|增速|增幅)).*");
    /** A growth column of one month beside the period's: "9月增长(%)", "本月增长", "当月增速" (never the period's). */
    private static final Pattern MONTH_GROWTH_TITLE = Pattern.compile("^(?:本月|当月|(?<![\\d—\\-–~至])\\d{1,2}月(?:份)?)(?:同比)?(?:增长|增速|增幅).*"
            + "|^比(?:上年|去年)同月.*");
    /** A row of a growth rate: its name ends in 增速, 增长率, 增幅 (…增速(%)); a bare target number is a growth. */
    private static final Pattern GROWTH_ROW = Pattern.compile("(?:增速|增长率|增长速度|增幅)$");

    /**
     * A row that only names a group of the rows under it: "一、工业", "(二)投资" (a county's 统计快报, batch l's l01, whose
     * rows after the first group were read as prose, 41260 万元 as 41260 亿元).
     */
    private static final Pattern CATEGORY_ROW = org.duban.indicators.text.CellPerLineTable.GROUP_ROW;
    /** A unit cell of an index row: "上年同期=100", "%(上年=100)" — the row's figure is an index, its unit none. */
    private static final Pattern INDEX_UNIT = Pattern.compile("^%?\\(?(?:以)?上年(?:同期)?=100\\)?$");

    /** Opens a row of a table without 序号 whose target cell is filled: "行目标:固定资产投资185亿元。…". */
    static final String ROW_TARGET = "行目标:";

    private NoticeTable() {
    }

    /** Where the columns are; -1 for a column the table does not have. */
    /** A row whose figure is a rate or a share, in %: its target in a %-titled column is a level, not a growth. */
    private static final Pattern RATE_NAME = Pattern.compile("(?:率|比重|占比|指数|涨幅|比例|收入比|之比)(?:\\(.*\\))?$");

    private record Header(int size, int task, int name, int unit, int target, int value, int growth, int completion,
            int pace, String period, int progress, int note, int targetGrowth, boolean targetInPercent) {
        Header withPeriod(String named) {
            return new Header(size, task, name, unit, target, value, growth, completion, pace, named, progress, note,
                    targetGrowth, targetInPercent);
        }
    }

    /** A table of contents' line: a name, dot leaders and a page number ("固定资产投资……5"). */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?m)^\\h*+[^\\s…·.\\d][^…·\\n]*?[…·.]{2,}\\s*\\d{1,3}\\s*$");
    private static final Pattern LEADER_ROW = Pattern.compile("(?m)^(\\h*+[^\\s…·.\\d][^…·\\n]*?)[…·.]{3,}\\s*"
            + "(-?\\d+(?:\\.\\d+)?\\s*(?:万亿元|亿元|万元|元|亿美元|万美元|万人|人|万吨|吨|家|个|%)?)(?:\\s+([+-]\\d+(?:\\.\\d+)?))?\\s*$");
    /**
     * The month a monthly table is of, from its title: "2022年8月社会消费品零售总额" (a municipality's monthly table, batch
     * ms's ms08) — its 1-本月 column is 1-8月; "××市8月份主要经济指标", "2022年08月". Only the title's ({@link #releaseMonth}):
     * a month in a note ("较2021年12月回落", "受2022年3月以来疫情影响") is no edition's.
     */
    private static final Pattern MONTH_OF_RELEASE = Pattern.compile("(?<![\\d.\\-—–~至])(\\d{1,2})月(?!\\d|\\s*[-—–~至])");
    /** A line that is a date alone, under a title: "2021年12月". */
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\d{4}年\\d{1,2}月份?\\s*$");
    /** Lines over a title that are no title: 发布时间:…, 来源:…, 日期:…. */
    private static final Pattern RELEASE_NOTE = Pattern.compile("^\\s*(?:发布时间|发布日期|来源|日期|时间|浏览次数)");
    /** A column of the months so far titled against the current month: 1-本月, 本月止, 自年初. */
    private static final Pattern RELATIVE_MONTHS = Pattern.compile("^(?:(?:1|一)\\s*[-—–~至]\\s*本月|本月止|自年初)$");
    /** The months so far as a document names them: 1-7月, 1—11月. */
    private static final Pattern MONTHS_SO_FAR = org.duban.indicators.text.NameValueLines.MONTHS_SO_FAR;

    /**
     * The column of a 目标任务 table that reports in words: "进展情况", "完成情况", "推进情况" (a district's
     * 《政府工作报告》主要目标任务1-8月进展情况, 序号 / 目标任务 / 责任单位 / 进展情况, batch x's x07: nothing was read), also
     * titled by its months ("1-9月完成情况", beside a 完成进度(%) column whose number is the task's completion: batch l's
     * l08).
     */
    /** A target cell of a bound and a number: "≤4", "≥5000", "不低于85". */
    private static final Pattern BOUNDED_NUMBER = Pattern.compile("^(≤|<=|<|不超过|不高于|≥|>=|>|不低于|不少于)\\s*(\\d+(?:\\.\\d+)?)$");
    /** The months from January or a quarter's name opening a column title ("1-9月", "上半年"). */
    private static final String PERIOD_WORDS = "(?:\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月|一季度|上半年|前三季度)";
    /** A row name stating its own period in brackets: "地区生产总值(前三季度)". */
    private static final Pattern NAME_WITH_PERIOD = Pattern.compile("^(.+?)[((]" + PERIOD_WORDS.replace("(?:", "(") + "[))]$");
    private static final Pattern PERIOD_PREFIX = Pattern.compile("^" + PERIOD_WORDS);
    private static final Pattern PROGRESS_TITLE = Pattern.compile("^" + PERIOD_WORDS + "?(?:进展|完成|推进|落实|执行)(?:情况|进度)$");
    /** The column of a 目标任务 table holding the plan's wording of each task ("一般公共预算收入增长5%"). */
    private static final Pattern TASK_TITLE = Pattern.compile("^(?:年度)?(?:目标任务|主要目标|目标任务内容|任务目标)$");

    /**
     * The unit a table states once above its header for its amounts: "单位:万元、%" (a town's 1-10月 table, batch mj's
     * mj08, with no 单位 column): rows of amounts are in 万元, rates and growths in %. Money only, and only for rows that
     * name an amount ({@link #AMOUNT_NAME}): a count's row (新增市场主体, 城镇新增就业) keeps its own unit — the review of
     * batch mj's rules.
     */
    private static final Pattern TABLE_UNIT = Pattern.compile("^\\s*(?:计量)?单位[::]\\s*(万亿元|亿元|万元|元|万美元|亿美元)"
            + "(?:\\s*[、,,/;;]\\s*%)?\\s*$");

    /** Any unit caption above a table: "单位:人、%", "计量单位:万吨". */
    private static final Pattern UNIT_CAPTION = Pattern.compile("^\\s*(?:计量)?单位[::][^\\d。;;,,]{1,20}$");
    /** A row that names an amount of money: …值, …额, …收入, …投资, …支出, …经费, …资金, …利润. */
    private static final Pattern AMOUNT_NAME = Pattern.compile("(?:值|额|收入|投资|支出|经费|资金|利润|税收|产值|总值)$");

    /** {@code text} (normalised) with the rows of every task table written out as headings and sentences. */
    static String asSentences(String text) {
        text = withWrappedNamesJoined(withTwoLineHeadersMerged(withTitlesApartFromHeaders(withBrokenHeaderJoined(text))));
        // "社会消费品零售总额………………146.9亿元      +21.6" under "(累计数;增幅为比上年同期±%)" (a district's 2012 月报,
        // batch mh's mh06): a name joined to its figure by dot leaders, the signed growth after it
        // — a figure with its unit, a decimal or a growth: "规模以上工业增加值……3" in a 目录 is a page number (the review of
        // batch mh), and such a line is dropped
        text = CONTENTS_ENTRY.matcher(text).replaceAll("");
        text = LEADER_ROW.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(3) == null && !m.group(2).matches(".*(?:\\.\\d|[^\\d\\s]).*") ? m.group()
                        : m.group(1).strip() + m.group(2) + (m.group(3) == null ? ""
                                : (m.group(3).startsWith("-") ? ",下降" : ",增长") + m.group(3).substring(1) + "%") + "。"));
        StringBuilder out = new StringBuilder();
        Header header = null;
        String tableUnit = "";
        for (String line : text.split("\\R", -1)) {
            if (line.isBlank() && header != null) {
                tableUnit = ""; // a table's unit ends with it
            }
            Matcher stated = TABLE_UNIT.matcher(line);
            if (stated.matches() || UNIT_CAPTION.matcher(line).matches()) {
                // the caption is the table's, not text: left in, it was glued to the first row as its name
                tableUnit = stated.matches() ? stated.group(1) : "";
                continue;
            }
            List<String> cells = cells(line);
            if (header != null && header.task() == 0 && cells.size() == header.size() - 1 && cells.size() > 2
                    && !cells.get(0).matches("\\d{1,3}") && header(cells) == null) {
                // "      其中:服务业增加值  亿元  166  170.42 …" under "序号 指标名称 …": a row without its number (its first
                // cell no number, one cell short, and no header of another table), the empty first cell lost to the spaces (a district's 完成情况 table, batch mb's mb05, whose table ended there)
                cells = new ArrayList<>(cells);
                cells.add(0, "");
            }
            if (header != null && cells.size() == header.size()) {
                String row = row(cells, header, tableUnit);
                if (row != null) {
                    out.append(row).append('\n');
                    continue;
                }
            }
            if (header != null && line.matches("^[\\s|:\\-—]+$") && line.contains("-")) {
                continue; // a markdown separator row
            }
            if (header != null && cells.size() == 1 && CATEGORY_ROW.matcher(cells.get(0)).matches()) {
                continue; // "一、工业", "二、投资": a group of rows, not the table's end
            }
            if (header != null && !cells.isEmpty() && cells.size() < header.size()
                    && cells.stream().allMatch(c -> TITLE_CONTINUED.matcher(c).matches())) {
                continue; // "比上年同期" / "增长(%)": a column title carried onto a second header line
            }
            Header h = header(cells);
            if (h != null) {
                if (RELATIVE_MONTHS.matcher(h.period()).matches()) {
                    // "1-本月" / "本月止累计" (a city's 2008 月报, batch mf's mf04): the months so far are those the
                    // document names ("1-7月累计完成…"); with none named the column says no period
                    Matcher named = MONTHS_SO_FAR.matcher(text);
                    int month = releaseMonth(text);
                    h = h.withPeriod(named.find() ? named.group() : month == 1 ? "1月" : month > 1 ? "1-" + month + "月" : "");
                }
                header = h;
                Matcher valueUnit = VALUE_TITLE_UNIT.matcher(h.value() >= 0 ? cells.get(h.value()) : "");
                if (tableUnit.isEmpty() && valueUnit.find()) {
                    tableUnit = valueUnit.group(1); // "绝对数(万元)": the amounts' unit, in the figures' column title
                }
                continue;
            }
            if (!line.isBlank()) {
                header = null;
                tableUnit = "";
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The unit in a figures' column title: "绝对数(万元)", "1-9月(亿元)" (the review of round 25's rules). */
    private static final Pattern VALUE_TITLE_UNIT = Pattern.compile("\\((亿元|万元|元|亿美元|万美元|万人|人|万吨|吨|万亩|家|个)\\)$");
    private static final Pattern SPACE_IN_TITLE = Pattern.compile("(?<=[\\u4e00-\\u9fff])\\s+(?=[\\u4e00-\\u9fff])");
    /** A header row of a | table that names its rows' column ("| 项 目 名 称 | 计算 单位 |"). */
    private static final Pattern PIPE_HEADER_START = Pattern.compile("^\\s*\\|\\s*(?:项\\s*目|指\\s*标)[^|]*\\|.*\\|\\s*$");
    /** A line that goes on with a broken header's cells: no | first, one last. */
    private static final Pattern PIPE_HEADER_GOES_ON = Pattern.compile("^\\s*[^|\\s][^\\n]*\\|\\s*$");

    /**
     * A | table's header broken over lines: "| 项 目 名 称 | 计算 单位 |" / "3月 | 1-3月 累计 |" / "累计比上年同期增长(%) | 结构(%) |"
     * over "| 一、社会消费品零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |" (a district's 统计月报 as a page stores it,
     * batch nv's nv08): the header's lines joined into one.
     */
    static String withBrokenHeaderJoined(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            StringBuilder line = new StringBuilder(lines[i]);
            if (PIPE_HEADER_START.matcher(lines[i]).matches()) {
                while (i + 1 < lines.length && PIPE_HEADER_GOES_ON.matcher(lines[i + 1]).matches()) {
                    line.append(' ').append(lines[++i].strip());
                }
            }
            out.append(line).append(i < lines.length - 1 ? "\n" : "");
        }
        return out.toString();
    }

    /**
     * A numbered table title with the column titles on its line: "5、规模以上工业产销 4月 1-4月累计 累计增长%" over
     * "规模以上工业增加值(亿元) 89.36 316.44 1.5" (a city statistics bureau's 1—4月 进度数据, batch nt's nt10, whose
     * month column was read as the months' figure): the columns a header of their own, the title left out (it named the
     * first row's indicator a second time).
     */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、.]\\s*[^\\s\\d]{2,20}$");

    private static final Pattern SHARES_TITLE = Pattern.compile("构成|结构|比重|占比");

    static String withTitlesApartFromHeaders(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        boolean shares = false;
        for (String line : text.split("\\R", -1)) {
            List<String> cells = cells(line);
            boolean titled = cells.size() >= 3 && !line.contains("|") && NUMBERED_TITLE.matcher(cells.get(0)).matches()
                    && cells.stream().skip(1).allMatch(c -> c.length() <= 10 && !c.matches(".*[,,。;;].*"))
                    && cells.stream().skip(1).anyMatch(c -> PERIOD_TITLE.matcher(c).matches());
            if (shares && (line.isBlank() || titled)) {
                shares = false;
            }
            if (shares) {
                continue; // a row of a table of shares (构成): no figure of its indicator
            }
            if (titled && SHARES_TITLE.matcher(cells.get(0)).find()) {
                // "2、本地生产总值构成 3月 1-3月累计 累计增长百分点" over "第三产业 —— 47.39 ——": left out with its rows (its
                // 100 was read as GDP, its 3 as the tertiary industry — the review of batch nt's rule)
                shares = true;
                continue;
            }
            if (titled) {
                List<String> titles = new ArrayList<>(cells);
                titles.set(0, "指标");
                if (header(titles) != null) {
                    out.append(String.join(" ", titles)).append('\n');
                    continue;
                }
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * The month of the edition its title names (1–12): in the first line that is no release note, or in a date line
     * right under it ("××区统计月报" / "2021年12月"); 0 when the title names none.
     */
    static int releaseMonth(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank() && !RELEASE_NOTE.matcher(l).lookingAt()).limit(2).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 1 && !DATE_LINE.matcher(lines.get(i)).matches()) {
                break;
            }
            Matcher m = MONTH_OF_RELEASE.matcher(lines.get(i));
            if (m.find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 12) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    /**
     * A header over two lines, cells apart by tabs, whose first line spans columns (a city's 1—9月 table, batch md's md02:
     * "指标名称 | 计量单位 | 1—9月 | | 全年预期目标 | | 全省" over " | | 绝对额 | 增长% | 绝对额 | 增长% | 增长%"): written as one
     * line of titles, each top title carried over the columns it spans ("1—9月增长%", "全年预期目标增长%").
     */
    static String withTwoLineHeadersMerged(String text) {
        // (a second line of titles: 绝对额 / 增长% / 同比±% / 总量 / 累计 / 本月 / 完成)
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            String[] top = lines[i].split("\t", -1);
            String[] bottom = lines[i + 1].split("\t", -1);
            if (top.length < 3 || top.length != bottom.length || !bottom[0].isBlank()
                    || java.util.Arrays.stream(top).noneMatch(String::isBlank)
                    || java.util.Arrays.stream(top).map(String::strip).noneMatch(c -> c.matches("指标|指标名称|项目|主要指标"))
                    || java.util.Arrays.stream(bottom).map(String::strip).filter(c -> !c.isEmpty()).count() < 2
                    || !java.util.Arrays.stream(bottom).map(String::strip).allMatch(c -> c.isEmpty() || SUB_TITLE.matcher(c).matches())) {
                continue; // the second line must be column titles under a header's first (a review of batch md's rule)
            }
            List<String> merged = new ArrayList<>();
            String carried = "";
            for (int k = 0; k < top.length; k++) {
                String t = top[k].strip();
                String b = bottom[k].strip();
                if (!t.isEmpty()) {
                    carried = t;
                }
                merged.add((t.isEmpty() ? (b.isEmpty() ? "" : carried) : t) + b);
            }
            lines[i] = String.join("\t", merged);
            lines[i + 1] = "";
        }
        for (int i = 0; i + 1 < lines.length; i++) {
            // "序号 指标名称 单位 年度目标 1-11月份" over "完成 增幅(%) 进展情况占比(%) 是否达序时", laid out with spaces (a
            // county's 督查 table, batch mf's mf07): the last top title spans every title of the second line
            List<String> top = cells(lines[i]);
            List<String> bottom = cells(lines[i + 1]);
            if (top.size() < 4 || bottom.size() < 2 || top.stream().noneMatch(c -> c.matches("指标|指标名称|项目|主要指标"))
                    || !PERIOD_TITLE.matcher(top.get(top.size() - 1).replace("月份", "月")).matches()
                    || !bottom.stream().allMatch(c -> SUB_TITLE.matcher(c).matches() || SPANNED_TITLE.matcher(c).matches())) {
                continue;
            }
            List<String> merged = new ArrayList<>(top.subList(0, top.size() - 1));
            merged.add(top.get(top.size() - 1) + bottom.get(0));
            merged.addAll(bottom.subList(1, bottom.size()));
            lines[i] = String.join("\t", merged);
            lines[i + 1] = "";
        }
        return String.join("\n", lines);
    }

    /** Titles under a period's title that spans them: 进展情况占比(%), 是否达序时, 完成进度. */
    private static final Pattern SPANNED_TITLE = Pattern.compile("^(?:进展情况占比|完成占比|占年度目标|完成进度|是否达序时(?:进度)?|进度评价)(?:\\(%\\)|%)?$");

    /** The rest of a name wrapped onto a line of its own: "配收入" under "城镇常住居民人均可支  元  14286  4.9". */
    private static final Pattern NAME_REST = Pattern.compile("^\\s*([\\u4e00-\\u9fff]{1,6})\\s*$");
    /** How an indicator's name ends: …收入, …总额, …增加值, …率, …比重, …指数, …数, …量. */
    private static final Pattern NAME_END = Pattern.compile("(?:值|额|收入|投资|支出|经费|资金|利润|产值|率|比重|指数|数|量|总值|产量)$");

    /**
     * A row whose name cell wrapped, its rest on the next line alone ("城镇常住居民人均可支  元  14286  4.9" / "配收入", a
     * district's space-aligned 附表, batch e's e02): the name joined again — only where the first part ends as no name does
     * and the joined one ends as a name does. The wrapped line had ended the table, and the rows after it were lost.
     */
    static String withWrappedNamesJoined(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher rest = i + 1 < lines.length ? NAME_REST.matcher(lines[i + 1]) : null;
            List<String> cells = cells(line);
            if (rest != null && rest.matches() && cells.size() >= 3 && !line.contains("|")
                    && cells.get(0).matches("[\\u4e00-\\u9fff()()]{2,30}") && !NAME_END.matcher(cells.get(0)).find()
                    && NAME_END.matcher(cells.get(0) + rest.group(1)).find()
                    && cells.stream().skip(1).anyMatch(c -> c.matches("-?\\d+(?:\\.\\d+)?"))) {
                int at = line.indexOf(cells.get(0)) + cells.get(0).length();
                line = line.substring(0, at) + rest.group(1) + line.substring(at);
                i++;
            }
            out.append(line).append(i + 1 < lines.length ? "\n" : "");
        }
        return out.toString();
    }

    private static List<String> cells(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (trimmed.contains("|")) {
            List<String> cells = new ArrayList<>(Arrays.stream(trimmed.split("\\|", -1)).map(String::trim).toList());
            if (cells.get(0).isEmpty()) {
                cells.remove(0);
            }
            if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            return cells;
        }
        return List.of(trimmed.split("\\s+"));
    }

    private static Header header(List<String> cells) {
        if (cells.size() < 3) {
            return null;
        }
        int task = -1;
        int name = -1;
        int unit = -1;
        int target = -1;
        int value = -1;
        int growth = -1;
        int completion = -1;
        int pace = -1;
        String period = "";
        int progress = -1;
        int note = -1;
        int targetGrowth = -1;
        List<Integer> growths = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            // (a title spaced out, "项 目 名 称", "1-3月 累计": the words run together)
            String c = SPACE_IN_TITLE.matcher(cells.get(i)).replaceAll("");
            if (REFERENCE_TITLE.matcher(c).matches()) {
                continue;
            } else if (PROGRESS_TITLE.matcher(c).matches()) {
                progress = i;
            } else if (NOTE_TITLE.matcher(c).matches()) {
                note = i;
            } else if (TASK_TITLE.matcher(c).matches()) {
                name = i;
                target = i;
            } else if (PACE_TITLE.matcher(c).find()) {
                pace = i;
            } else if (c.equals("序号")) {
                task = i;
            } else if (c.equals("指标") || c.equals("指标名称") || c.equals("项目") || c.equals("项目名称")) {
                name = i;
            } else if (c.equals("单位") || c.equals("计量单位") || c.equals("计算单位")) {
                unit = i;
            } else if (c.matches("^(?:完成|占)(?:年度|全年)?(?:目标|计划|预算|任务).*") || COMPLETION_TITLE.matcher(c).matches()
                    || c.matches("^(?:进展情况|完成)占比(?:\\(%\\)|%)?$")) {
                completion = i;
            } else if (c.matches(".*(?:目标|计划).*(?:增长|增速|增幅).*")) {
                targetGrowth = i; // "全年预期目标增长%" under a two-line header (batch md's md02): a target growth
            } else if (c.matches(".*(?:目标|计划).*") || c.matches("^(?:年度|全年)任务(?:数)?(?:\\(.*\\))?$")) {
                target = i; // "年度任务" over the year's figure to reach (a town's 1-10月 table, batch mj's mj08)
            } else if (c.matches(".*(?:增长|增速|增幅).*") || GROWTH_TITLE.matcher(c).matches()) {
                growths.add(i);
            } else if (c.matches(".*(?:完成|实际|累计).*") || value < 0 && (PERIOD_TITLE.matcher(c).matches()
                    || ABSOLUTE_TITLE.matcher(c).matches())) {
                value = i;
                period = c.replaceAll("完成(?:值|数|情况)?|实际|累计|绝对[量额值数]|总量|\\(.*\\)", "");
            }
        }
        growth = growthColumn(cells, growths, value);
        boolean taskTable = progress >= 0 && task >= 0 && name >= 0 && name == target;
        if (progress >= 0 && !taskTable && value >= 0 && note < 0 && cells.get(progress).equals("完成情况")) {
            // "完成情况" beside 全年完成 and its growth (an annual 通报, batch mh's mh07): the assessment, "完成107.5%"
            note = progress;
            progress = -1;
        }
        if (progress >= 0 && !taskTable && value < 0 && PERIOD_PREFIX.matcher(cells.get(progress)).lookingAt()) {
            // "1-6月完成情况" beside 指标名称 / 年度目标 / 同比增长: the period's figures, not a task's words
            value = progress;
            period = cells.get(progress).replaceAll("(?:完成|进展)情况$", "");
            progress = -1;
        }
        if (taskTable) {
            // 序号 / 目标任务 / 完成情况 (batch b's b06, rejoined from one cell a line) is a table of three columns
            return new Header(cells.size(), task, name, -1, target, -1, -1, completion, -1, "", progress, -1, -1, false);
        }
        // (three columns only as a bulletin's table prints them: "指标 | 绝对数(亿元) | 比上年增长(%)", a city's 统计公报, batch
        // nz's nz04)
        boolean bulletinTable = cells.size() == 3 && name == 0 && value == 1 && growth == 2
                && ABSOLUTE_TITLE.matcher(SPACE_IN_TITLE.matcher(cells.get(1)).replaceAll("")).matches();
        if (name < 0 || value < 0 && growth < 0 || cells.size() < 4 && !bulletinTable) {
            return null;
        }
        // "年度目标(%)" beside rows in 亿元 (a county's 2025 Q1 analysis, batch mf's mf08): the targets are growths
        boolean targetInPercent = target >= 0 && cells.get(target).replace(" ", "").matches(".*(?:\\(%\\)|%)$");
        return new Header(cells.size(), task, name, unit, target, value, growth, completion, pace, period, -1, note,
                targetGrowth, targetInPercent);
    }

    /**
     * The row's growth among the growth columns: the one right after its figure ("本月 | 同比增长(%) | 累计 | 同比增长(%)",
     * e07), else the last one that is neither a month's nor, beside one of the table's own, a region's (i08), else -1.
     */
    private static int growthColumn(List<String> cells, List<Integer> growths, int value) {
        List<Integer> candidates = growths.stream().filter(g -> !MONTH_GROWTH_TITLE.matcher(cells.get(g)).matches()).toList();
        if (value >= 0 && candidates.contains(value + 1)) {
            return value + 1;
        }
        List<Integer> own = candidates.stream().filter(g -> !REGION_GROWTH_TITLE.matcher(cells.get(g)).matches()).toList();
        if (!own.isEmpty()) {
            return own.get(own.size() - 1);
        }
        return candidates.isEmpty() ? -1 : candidates.get(0);
    }

    /** Whether a row's own period ("前三季度") is another than its table's ("1-11月"); false when either is unknown. */
    private static boolean otherPeriodThan(String rowPeriod, String tablePeriod) {
        var row = ReportingPeriod.detect(rowPeriod);
        var table = ReportingPeriod.detect(tablePeriod);
        return row.isPresent() && table.isPresent() && row.get().endMonth() != table.get().endMonth();
    }

    private static String cell(List<String> cells, int column) {
        if (column < 0) {
            return "";
        }
        String c = cells.get(column).replace(" ", "");
        return EMPTY.matcher(c).matches() ? "" : c;
    }

    /** The row as "第N项 wording。sentence", or null when the line is no row of the table. */
    private static String row(List<String> cells, Header header, String tableUnit) {
        String task = cell(cells, header.task());
        String name = cell(cells, header.name());
        // a row of its own without a number ("其中:服务业增加值", batch mb's mb05) is a row, not the table's end
        boolean subRow = task.isEmpty() && header.progress() < 0;
        if (name.isEmpty() || header.task() >= 0 && !task.matches("\\d{1,3}") && !subRow) {
            return null;
        }
        Matcher otherPeriod = NAME_WITH_PERIOD.matcher(name);
        if (otherPeriod.matches() && otherPeriodThan(otherPeriod.group(2), header.period())) {
            // "地区生产总值(前三季度)" in a 1-11月 table (a city's 统计月报, batch mb's mb02): another period's figure, as a
            // month's own figure in a cumulative notice is — nothing for this period
            return "";
        }
        if (otherPeriod.matches()) {
            name = otherPeriod.group(1); // "地区生产总值(1—9月)" in a 1-9月 table: its own period, said again
        }
        if (header.progress() >= 0) {
            // "完成106.1%" in the completion column (an annual 通报's table, batch mh's mh07): the number
        String completion = cell(cells, header.completion()).replaceFirst("^完成", "").replaceFirst("%$", "");
            String progress = cell(cells, header.progress());
            boolean stated = progress.contains(completion + "%");
            return progressRow(task, name, progress
                    + (NUMBER.matcher(completion).matches() && !stated ? ",完成年度目标的" + completion + "%" : ""));
        }
        String unit = cell(cells, header.unit());
        if (INDEX_UNIT.matcher(unit).matches()) {
            unit = "";
            name = name.contains("指数") ? name : name + "指数"; // 居民消费价格 | 上年同期=100 | 102.1: an index
        }
        Matcher named = org.duban.indicators.catalog.Units.NAME_WITH_UNIT.matcher(name);
        if (unit.isEmpty() && named.matches()) {
            name = named.group(1);
            unit = named.group(2);
        }
        String value = cell(cells, header.value());
        Matcher valueWithUnit = NUMBER_WITH_UNIT.matcher(value);
        if (valueWithUnit.matches() && (unit.isEmpty() || unit.equals(valueWithUnit.group(2)))) {
            // "48.36亿元" with no 单位 column: the row's unit (its bare target's too), and the figure's number
            unit = valueWithUnit.group(2);
            value = valueWithUnit.group(1);
        }
        if (unit.isEmpty() && header.unit() < 0 && !tableUnit.isEmpty() && AMOUNT_NAME.matcher(name).find()
                && !RATE_NAME.matcher(name).find() && !GROWTH_ROW.matcher(name).find()) {
            unit = tableUnit; // the amounts' unit the table states above its header
        }
        boolean growthRow = GROWTH_ROW.matcher(name).find() && (unit.isEmpty() || unit.equals("%"));
        if (growthRow) {
            name = GROWTH_ROW.matcher(name).replaceFirst("");
        }
        String target = cell(cells, header.target());
        String targetGrowth = cell(cells, header.targetGrowth());
        if ((target.isEmpty() || target.matches("[—\\-/]+")) && NUMBER.matcher(targetGrowth).matches()) {
            // "— | 8.0" under 全年预期目标 绝对额 | 增长%: the target is the growth
            target = (targetGrowth.startsWith("-") ? "下降" : "增长") + targetGrowth.replace("-", "") + "%";
        }
        Matcher bounded = BOUNDED_NUMBER.matcher(target);
        if (bounded.matches()) {
            // "≤4" in a row of 城镇登记失业率 (%): 4%以内 (a district's 完成情况 table, batch mb's mb05)
            target = bounded.group(2) + unit + (bounded.group(1).matches("≤|<=|<|不超过|不高于") ? "以内" : "以上");
        } else if ((growthRow || header.targetInPercent() && (unit.isEmpty() || unit.endsWith("元")) && !RATE_NAME.matcher(name).find())
                && BARE_NUMBER.matcher(target).matches()) {
            // (an amount's row only: a count's 6000 人 or 30 家 under 年度目标(%) is a level — the review of batch mf)
            // "7" in a row of 规模以上工业增加值增速(%): the target is a growth of 7 %, not a level
            target = target.replaceFirst("^(-?)(\\d+(?:\\.\\d+)?)", "$2%").replaceFirst("^", target.startsWith("-") ? "下降" : "增长");
        } else if (BARE_NUMBER.matcher(target).matches()) {
            // "18.5" in 亿元, "5.5以内" in %: the number takes the row's unit, before its modifier
            target = target.replaceFirst("^(-?\\d+(?:\\.\\d+)?)", "$1" + unit);
        }
        String growth = cell(cells, header.growth());
        if (growthRow && growth.isEmpty() && NUMBER.matcher(value).matches()) {
            growth = value; // the row's figure is its growth
            value = "";
        }
        // "完成106.1%" in the completion column (an annual 通报's table, batch mh's mh07): the number
        String completion = cell(cells, header.completion()).replaceFirst("^完成", "").replaceFirst("%$", "");
        List<String> parts = new ArrayList<>();
        if (NUMBER.matcher(value).matches() && !(unit.equals("%") && !growth.isEmpty())) {
            parts.add((unit.equals("%") ? "为" : "完成") + value + unit);
        }
        if (NUMBER.matcher(growth).matches()) {
            parts.add((growth.startsWith("-") ? "下降" : "增长") + growth.replace("-", "") + "%");
        }
        if (NUMBER.matcher(completion).matches()) {
            parts.add("完成年度目标的" + completion + "%");
        }
        // the pace column before the assessment in words: "…88.9%,滞后序时进度2.8个百分点,未达序时" (a 督查通报's table, batch
        // mh's mh02 — after a remark of words the gap was not read as the row's)
        String pace = cell(cells, header.pace());
        if (SIGNED_NUMBER.matcher(pace).matches()) {
            parts.add((pace.startsWith("-") ? "滞后" : "超") + "序时进度" + pace.replaceFirst("^[+-]", "") + "个百分点");
        }
        // "完成107.5%" or "57.5%" in a 完成情况 column: the completion of the year's target
        String remark = cell(cells, header.note()).replaceFirst("^(?:完成)?(\\d+(?:\\.\\d+)?)%$", "完成年度目标的$1%");
        if (!remark.isEmpty() && !parts.isEmpty()) {
            parts.add(remark); // "低于目标5.2个百分点", "完成年度预算的71.5%,慢于时序进度3.5个百分点"
        }
        // a table without 序号 still prints each row's target: its wording is the row's own, with no task number
        String heading = !task.isEmpty() ? "第" + task + "项 " + name + target + "。"
                : !target.isEmpty() && !parts.isEmpty() ? ROW_TARGET + name + target + "。" : "";
        return parts.isEmpty() ? heading : heading + header.period() + name + String.join(",", parts) + "。";
    }

    /**
     * A row of a 目标任务 / 进展情况 table as "第N项 wording。progress": the task cell is the plan's wording (the task's
     * explicit target, never a figure), the progress cell the period's figures; a progress cell that names no indicator
     * ("1-8月完成21.3亿元,增长3.2%") takes the task's name after its months.
     */
    private static String progressRow(String task, String wording, String progress) {
        String sentence = SubjectlessFigure.withSubject(SubjectlessFigure.nameOf(wording), progress);
        return "第" + task + "项 " + wording + "。" + sentence.replaceFirst("。?$", "。");
    }
}
