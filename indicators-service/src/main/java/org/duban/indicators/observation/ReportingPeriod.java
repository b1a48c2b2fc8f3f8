package org.duban.indicators.observation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the year a figure covers, always from January: Q1, H1, Q3, ANNUAL (the reporting periods of the
 * plans) or M01..M12 (months, year to date).
 */
public record ReportingPeriod(String code, int endMonth) implements Comparable<ReportingPeriod> {

    public static final ReportingPeriod Q1 = new ReportingPeriod("Q1", 3);
    public static final ReportingPeriod H1 = new ReportingPeriod("H1", 6);
    public static final ReportingPeriod Q3 = new ReportingPeriod("Q3", 9);
    public static final ReportingPeriod ANNUAL = new ReportingPeriod("ANNUAL", 12);

    private static final Pattern MONTH = Pattern.compile("M(0[1-9]|1[0-2])");
    /**
     * "2016年,全市…", "2016年度全市…", "2016年全年": a year named alone, as an annual notice opens its account; "××州2012年度
     * 政府工作报告目标任务完成情况" (batch b's b06), "××高新区2017年主要经济指标完成情况" (batch c's c06): the year before a
     * report's or a notice's own words, with no part of the year named (a part, when named, is found before this is
     * tried); not "完成2019年度预算的26%", which names the annual budget inside a quarter's figure.
     */
    // (and its end: "截止2007年底,全镇工农业总产值完成10.6亿元" — a town's report on its year, batch nr's nr10)
    // (only after 截止/截至: "2024年底,全县将实现…" is a deadline, "2023年末,…存款余额" last year's base — the review)
    // (and a year a template left unwritten, "20XX年工作回顾" over a county's review of 2019, batch on's on06)
    // (and before the year's GDP or output with its figure, as a place's profile writes it: "2006年国内生产总值7亿元", "2006年
    // 工业总产值4.7亿元" — a 乡's profile, round 63's qy06)
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?<!\\d)(?:19|20)(?:\\d{2}|[Xx×]{2})年度?"
            + "(?:(?=(?:国内|地区)生产总值\\d|(?:工业|农业)?总产值\\d)"
            + "|[,,]|(?<=(?:截止|截至)\\d{4}年)[底末][,,]"
            + "|全年|全[省市县区乡镇旗]"
            // (or the region by its name, then a figure in the clause: "2011年海南省地区生产总值完成2515.29亿元" — a province's
            // press conference on its year, round 49's pw02, whose figures were left with no period)
            // (a name of two characters or more, no zone's: "2014年城区…", "2014年园区…" are parts — the review of round 49's rules)
            // (or the region as 本市, 该县, 我区 — the review of round 50's rules; no zone anywhere in the name: 工业园区, 中心城区)
            // (not 本区域, 我县域, 本市级 — the review of round 51's rules)
            + "|(?=(?:(?:本|该|我)[省市县区州旗盟](?![域内外级镇乡属])|(?![\\u4e00-\\u9fff]{0,4}?(?:开发区|高新区|经开区|保税区|新区|园区|城区|社区|试验区|示范区))"
            // (and a town's or a township's: "2011年三阁司乡人均纯收入为1996元" — a 乡's report, round 60's qs06)
            + "[\\u4e00-\\u9fff]{2,6}?(?:省|市|县|区|州|旗|盟|乡|镇))(?!委|政府|人大|政协|党委|将|要)[^,,。;;]{0,30}?\\d)"
            // (or what the year came to in all: "2007年共完成财政收入5910万元" — a 街道's year in a wiki, round 64's ra01)
            + "|共(?:完成|实现)"
            // (各项 too: "2007年各项经济指标全线飘红" — a 农垦 system's year at its work meeting, round 64's ra02)
            + "|(?:主要|各项)?(?:经济)?指标|主要经济|国民经济|经济社会|《?政府工作报告》?|统计公报"
            // "一、2021年目标任务完成情况" heading a county's estimates of its year (round 44's pm04)
            + "|(?:目标任务|目标)完成情况"
            // "一、2024年工作回顾" opening a city's 2025 政府工作报告 on its year (batch oh's oh06); "2023年工作总结"
            + "|(?:工作)?回顾|工作总结"
            // "报告回顾了2024年的工作成果" opening a news item on a province's report (batch ol's ol06)
            + "|(?<=回顾了?(?:19|20)\\d{2}年)的?(?:工作成果|工作成绩|成绩|成就|工作)"
            // "2007年是××市全面落实科学发展观…的重要之年。一年来,…" opening a city's 2007 统计公报 (batch my's my10)
            // (with 一年来 after it: a quarter's notice opens "2024年是…之年。一季度,…" too — the review)
            + "|是[^。;;\\d]{0,60}?之年。[^。]{0,4}一年来)");
    /**
     * The quarters so far, summed: "截止二季度,全县…累计完成规模以上工业总产值22.02亿元" (a county's analysis, round 57's qm07) is
     * the half year; "截至2014年第三季度末,…累计…" the first three quarters. Only with 累计 after it in the sentence: "截至三季度末,
     * 全县金融机构贷款余额90亿元" beside "三季度,…增长10%" (one quarter's) named no period for the notice before — the review of
     * round 57's rules.
     */
    private static final Pattern QUARTERS_SO_FAR = Pattern.compile("截[止至]到?(?:(?:19|20)\\d{2}年)?第?([二三])季度末?"
            + "(?=[^。;;\\n]{0,40}?累计)");
    /** 1-9月; or a month's end, "9月末", "截至9月底" — a stock (存款余额, 失业率) at the end of the months so far. */
    // (and "前7月", "前10个月": the months so far — a province's 1-7月 release, batch nz's nz01)
    // (a space before 月 as a document site's text has it: "1-9 月份,全县地区生产总值完成10.43 亿元" — a county's speech,
    // batch of's of02, whose figures were read as the year's)
    // (and the first month named whole: "1月~11月" — a county's investment news, round 55's qi06)
    // (and a month's last day after 截至: "截至3月31日,全区完成财政收入29612万元" — a district's 财政 of the first quarter,
    // round 62's qw06, with no period read)
    private static final Pattern CHINESE_MONTHS = Pattern.compile("(?<!\\d)1\\s*+月?\\s*+[-—~至到]\\s*+(1[0-2]|[1-9]) ?月|(?<![\\d\\-—~])(1[0-2]|[1-9])月(?:末|底"
            + "|(?<=截[至止](?:(?:19|20)\\d{2}年)?(?:1[0-2]|[1-9])月)(?:3[01]|2[89])日)"
            + "|(?<![\\d提])前(1[0-2]|[2-9])个?月");

    /** The period of a code; IllegalArgumentException for anything else (M13, Q5, 2019Q1). */
    public static ReportingPeriod parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("period is required");
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        switch (c) {
            case "Q1":
                return Q1;
            case "H1":
                return H1;
            case "Q3":
                return Q3;
            case "ANNUAL":
                return ANNUAL;
            default:
                break;
        }
        Matcher m = MONTH.matcher(c);
        if (m.matches()) {
            return new ReportingPeriod(c, Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("unknown period " + code + " (Q1, H1, Q3, ANNUAL, M01..M12)");
    }

    public static boolean isValid(String code) {
        try {
            parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The period a Chinese phrase names (一季度, 上半年, 前三季度, 全年, 1-5月), if any; "半年累计" is the half year's running
     * total ("今年6月全县实现规上工业产值20.67亿元…,半年累计完成规上工业产值108.7亿元", a county's 2010 industry note, batch
     * np's np08, had no period).
     */
    /**
     * "完成全年目标的89.0%", "全年预期目标", "全年任务": 全年 before the words of a target names the annual target, not
     * the period (a province's 前三季度 release, batch x's x03: 城镇新增就业 and the unemployment rate after it were put in
     * an annual period, silently); "高于全年控制目标1.2个百分点" (batch z's z08) likewise.
     */
    // (and a kind of target: "为全年经济目标打下了坚实基础", a county's 一季度 news item, batch ni's ni01, put its GDP in an
    // annual period)
    // (not 全年各项任务顺利完成, a year-end report's opening — the review)
    // (and the target's amount between: "完成全年80亿目标任务的125.64%", a city's 1-10月 investment promotion, batch nz's nz06)
    // (and the target's kind: "占全年收入任务的52.3%", a county's half year in a news item, batch oy's oy07, put in the year)
    private static final Pattern TARGET_AFTER = Pattern.compile("^(?:\\d+(?:\\.\\d+)?(?:万|亿)?元?)?(?:的)?(?:经济|发展|经济社会发展|收入|财政收入|税收|投资)?"
            + "(?:预期|计划|控制|调控)?(?:目标|任务|计划|预算)");

    private static boolean namesTheTarget(String text, int after) {
        return TARGET_AFTER.matcher(text).region(after, text.length()).lookingAt(); // (no copy of the rest: many calls stay linear)
    }

    /**
     * The words of a comparison right before a period: "比上半年", "较1—2月", and last year's — "比上年全年加快0.5个百分点"
     * after a 一季度 figure (a province's press conference, batch mw's mw03, whose investment and retail growths were put in
     * the year).
     */
    // (and "高于前4月", "较今年前5月": a month's notice compared with the months before — the review of round 25's rules)
    // (and "继上半年增长5.5%之后,前三季度增长5.2%", the national 前三季度 release in a bilingual podcast page, batch ob's ob10)
    // (and 和: "农作物总播种面积4585公顷,和上半年持平" in a district's 2008 公报, batch ou's ou06, recorded as the half year's)
    // (and a later item of the compared list: "增速比1至2月、一季度分别提高4.9和0.3个百分点" — 青海日报 on a province's half
    // year, round 47's ps02, whose investment was put in the first quarter; with its year, "高于上年同期、2017年全年" — pa08)
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?:[比较与同和]|[高低快慢好]于)(?:上年|去年|上一年|今年)?"
            // (and any later item of a longer list: "比今年1-3月、1-4月、1-5月、1-6月分别提高…" — a 区's 1~7月 analysis, round 61's
            // qu10, put in 1-5月)
            + "(?:[^,,。;;比较、]{1,10}+、){0,5}(?:(?:19|20)\\d{2}年)?$");

    private static final Pattern FOLLOWED_ON = Pattern.compile("[^,,。;;]{0,20}?之后");

    private static boolean compares(String text, int at) {
        return COMPARED_BEFORE.matcher(text.substring(Math.max(0, at - 60), at)).find()
                // ("继…之后" only: "继前三季度增长5.2%后…" names no period of its own either way — the review)
                || at > 0 && text.charAt(at - 1) == '继' && FOLLOWED_ON.matcher(text).region(at, text.length()).lookingAt();
    }

    /** Whether the period at {@code start}–{@code end} is one a clause says things have gone on since ("…了前三季度以来"). */
    private static boolean since(String text, int start, int end) {
        return start > 0 && text.startsWith("以来", end) && !SINCE_OPENS.matcher(text.substring(0, start)).find();
    }

    /** What may stand before a period that opens its own account with 以来: a clause's start, 今年, 2021年. */
    private static final Pattern SINCE_OPENS = Pattern.compile("(?:[,,。;;:：\\s]|年|^)$");

    public static Optional<ReportingPeriod> detect(String text) {
        int best = Integer.MAX_VALUE;
        ReportingPeriod found = null;
        String[][] words = {{"前三季度", "Q3"}, {"前三个季度", "Q3"}, {"第一季度", "Q1"}, {"一季度", "Q1"}, {"上半年", "H1"}, {"半年累计", "H1"},
            // ("中卫经济“半年报”公布,全市实现地区生产总值257.13亿元" — a city's half year in a news item, round 60's qs01)
            {"半年报", "H1"}, {"全年", "ANNUAL"}};
        for (String[] word : words) {
            int at = text.indexOf(word[0]);
            // "增速比上半年提高2.1个百分点" compares with another period: it does not name this one
            // (and 下半年累计 is no first half's running total — the review)
            // (nor does a period things have gone on since, inside a clause: "扭转了前三季度以来同比下降的不利局面" in a
            // year's review, round 44's pm05, put the year's figures after it in the first three quarters; "今年上半年以来,"
            // opening a half year's news names it)
            while (at > 0 && compares(text, at) || at >= 0 && namesTheTarget(text, at + word[0].length())
                    || since(text, at, at + word[0].length())
                    || at > 0 && word[0].equals("半年累计") && text.charAt(at - 1) == '下'
                    // (nor a remark giving the figure before an earlier period's: "规上增长10%,上半年为9.5%,固定资产投资增长15%" in a
                    // third quarter's notice — the review of round 53's rules)
                    || at > 0 && ",,;;".indexOf(text.charAt(at - 1)) >= 0
                            && REMARK_ON_THE_FIGURE_BEFORE.matcher(text).region(at + word[0].length(), text.length()).lookingAt()) {
                at = text.indexOf(word[0], at + 1);
            }
            if (at >= 0 && at < best) {
                best = at;
                found = parse(word[1]);
            }
        }
        Matcher soFar = QUARTERS_SO_FAR.matcher(text);
        if (soFar.find() && soFar.start() < best) {
            best = soFar.start();
            found = soFar.group(1).equals("二") ? H1 : Q3;
        }
        Matcher m = CHINESE_MONTHS.matcher(text);
        boolean months = m.find();
        while (months && (m.start() > 0 && compares(text, m.start()) || since(text, m.start(), m.end()))) {
            months = m.find(); // "比1—2月回落1.5个百分点" compares with other months
        }
        if (found == null && !months) {
            Matcher year = WHOLE_YEAR.matcher(text);
            while (year.find()) {
                // (not a year compared with: "增速分别高于上年同期、2017年全年7.5、9.3个百分点" in a zone's first quarter, pa08)
                if (year.start() == 0 || !compares(text, year.start())) {
                    return Optional.of(ANNUAL); // "2016年,全市地区生产总值完成…": an annual notice names the year alone
                }
            }
        }
        if (months && m.start() < best) {
            int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            found = switch (month) {
                case 3 -> Q1;
                case 6 -> H1;
                case 9 -> Q3;
                case 12 -> ANNUAL;
                default -> parse(String.format("M%02d", month));
            };
        }
        return Optional.ofNullable(found);
    }

    /** What follows a period word that gives the figure before an earlier period's: "为14.2%", "、上半年分别为8%、8.6%". */
    private static final Pattern REMARK_ON_THE_FIGURE_BEFORE = Pattern.compile("(?:、[^,,。;;]{1,8}?)?(?:分别)?(?:为|是|增速为)\\s*+-?\\d");

    /**
     * The period a clause opens with, the last between {@code from} and {@code to} of {@code text} (a quarter's word, 上半年,
     * 全年), not one compared with or gone on since: "一季度开局良好(GDP增长5.9%),上半年延续平稳增长态势(GDP增长5.2%),…" gives each
     * figure of one sentence the period of the clause it stands in (a district's 2024 analysis, round 52's qc03, whose four
     * growths were all put in the first quarter). Empty where none is named there.
     */
    public static Optional<ReportingPeriod> namedBetween(String text, int from, int to) {
        int best = -1;
        ReportingPeriod found = null;
        String[][] words = {{"前三季度", "Q3"}, {"前三个季度", "Q3"}, {"第一季度", "Q1"}, {"一季度", "Q1"}, {"上半年", "H1"}, {"全年", "ANNUAL"}};
        for (String[] word : words) {
            // (searched inside from..to only: a sentence of thousands of figures stays linear)
            String between = text.substring(from, to);
            for (int in = between.indexOf(word[0]); in >= 0; in = between.indexOf(word[0], in + 1)) {
                int at = from + in;
                // (at a clause's start only: "全县经济延续一季度较快增长势头,完成地区生产总值…" names no period of its own — the
                // half year's news, oj04)
                boolean inside = at > 0 && ",,;;".indexOf(text.charAt(at - 1)) < 0
                        // (nor a remark on the figure before: ",上半年为14.2%", ",一季度、上半年分别为8%、8.6%", "(上半年为8.5%)" —
                        // the review of round 52's rules)
                        || REMARK_ON_THE_FIGURE_BEFORE.matcher(text).region(at + word[0].length(), text.length()).lookingAt();
                if (!inside && !compares(text, at) && !namesTheTarget(text, at + word[0].length()) && !since(text, at, at + word[0].length())
                        && at > best) {
                    best = at;
                    found = parse(word[1]);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Share of the year this period covers, for pacing amounts against an annual target. */
    public double yearShare() {
        return endMonth / 12.0;
    }

    public boolean isAnnual() {
        return endMonth == 12;
    }

    public LocalDate endDate(int year) {
        return YearMonth.of(year, endMonth).atEndOfMonth();
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byMonth = Integer.compare(endMonth, other.endMonth);
        return byMonth != 0 ? byMonth : code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
