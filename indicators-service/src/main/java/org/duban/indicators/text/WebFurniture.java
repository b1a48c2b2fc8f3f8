package org.duban.indicators.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a web page puts around an article's text, as it comes when the page is copied: the trail of where the page
 * stands, the article's source, author, editor, counters and date line, a forum's anti-copy noise. None of it is the
 * document's; each is taken out before the text is read. A PDF's page numbers and running headers are
 * {@link PageFurniture}'s.
 */
public final class WebFurniture {

    /**
     * A web page's trail of where it stands, on a line of its own: "您的位置:新文秘网>>工业/企业讲话/…>>正文" over a park's
     * annual summary (batch na's na05, whose title under it then named no zone).
     */
    private static final Pattern BREADCRUMB = Pattern.compile("^\\s*(?:您的位置|您现在的位置|当前位置|所在位置)\\s*[::].*$");
    /**
     * A breadcrumb with no label: "房天下 >资讯中心 > 其他 > 正文" (a property portal's copy of a 高新区's year, batch nm's
     * nm05: over the title, it hid the zone the notice is about) — three short names or more parted by >, » or ›.
     */
    private static final Pattern TRAIL_MARK = Pattern.compile("[>»›]");
    private static final Pattern TRAIL_NAME = Pattern.compile("[^。,;\\d]{1,12}");

    private static boolean isBreadcrumbTrail(String line) {
        if (line.indexOf('>') < 0 && line.indexOf('»') < 0 && line.indexOf('›') < 0) {
            return false;
        }
        String[] names = TRAIL_MARK.split(line.strip(), -1);
        return names.length >= 3 && java.util.Arrays.stream(names).allMatch(n -> TRAIL_NAME.matcher(n.strip()).matches());
    }

    /**
     * A line of the article's particulars: "阅读量:423", "来源:天台人才网 作者:天台人才网" (a town's 2010 news item, batch nb's
     * nb06, whose counter was read as a target of 423), "责任编辑:××", "浏览次数:1024" — a key at the line's start and no
     * figure of a unit or period, so a line "来源:…统计局,1-6月地区生产总值增长5%" stays; after a bullet too ("  • 阅读量:
     * 8357", a 政协 news page, batch nh's nh07).
     */
    // (and a portal's 信息来源 / 文章来源 / 发布机构 line under a title: the title ran into it and its 主要预期目标 took the line's
    // colon for the list's introduction, every target lost without a word — break-it trial of round 30)
    private static final Pattern ARTICLE_PARTICULARS = Pattern.compile("^\\s*+(?:[•·●▪◆■]\\s*+)?(?:(?:信息|文章|内容|新闻|稿件)?来源|稿源|作者|编辑|"
            + "责任编辑|审核|发布者|发布机构|发布单位|供稿|"
            + "阅读量|阅读次数|阅读|浏览次数|浏览量|浏览|点击数|点击量|点击次数|点击|访问量|字号|"
            // (a 政府信息公开 page's particulars: "索引号:11410000-001-2025-00012", "点击:88" were read as targets of 12 and
            // 88 — break-it trial of round 30)
            + "索引号|文号|发文字号|主题分类|公开方式|公开范围|信息分类|发文机关|所属机构|有效性"
            // (and a site's contacts: "邮箱:978899468@qq.com" over a news item, batch ph's ph07, read as a target — a
            // contact's shape only, the review of round 43: "电话:全县固定电话普及率达到30部/百人" is a list's item)
            + "|(?:邮箱|电子邮箱)(?=\\s*+[::]\\s*+[\\w.+-]*+@)|(?:手机|电话|联系电话|传真|邮编|QQ|微信)(?=\\s*+[::][\\d\\s()+-]*+$)"
            + "|地址(?=\\s*+[::][^\\n\\d%]*+$))\\s*+[::]"
            // (a line that holds a figure with its unit or a period stays: "来源:县统计局 前三季度城镇新增就业3260人", "作者:
            // 县统计局 2019年上半年全县经济运行简况" — the review of batch nb's rules; not a paper's date and page, "来源: 《吴江日报》
            // 2015年1月17日01版", read as a target of 1 — a town's aims, round 56's qj02)
            + "(?![^\\n]*?(?:\\d\\s*+[%‰万亿元人吨个家项户]|增长|下降|\\d{4}年(?!\\d{1,2}月\\d{1,2}日)|季度|半年|\\d月(?!\\d{1,2}日)))"
            + "[^\\n]*+$");

    /**
     * A site's registration line at the page's foot: "备案号:沪ICP备1303151…" (a news aggregator's copy of a province's 2019
     * targets, batch ot's ot02, read as a target of 1303151), "京公网安备11010502…", "版权所有 © …".
     */
    private static final Pattern SITE_REGISTRATION = Pattern.compile("ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright\\s*+(?:©|\\(c\\))",
            Pattern.CASE_INSENSITIVE);

    /** Words of a document's own content: a line with them is not the site's foot, whatever else it carries. */
    private static final Pattern CONTENT_WORDS = Pattern.compile("增长|下降|目标|%|亿元|万元|万人(?!次)");

    /**
     * The line without the site's registration foot, in one look: null when the line is the foot alone (no word of a
     * document's content on it); the document's part when the line runs on into the foot, "…一般公共预算收入增长4%。版权所有:
     * 某某区人民政府 网站标识码:1234000012" (a one-line page — the review of round 35's rules); else the line as it is.
     */
    private static String withoutSiteRegistration(String line) {
        Matcher foot = SITE_REGISTRATION.matcher(line);
        if (!foot.find()) {
            return line;
        }
        if (!CONTENT_WORDS.matcher(line).find()) {
            return null;
        }
        return CONTENT_WORDS.matcher(line.substring(0, foot.start())).find() ? line.substring(0, foot.start()) : line;
    }

    /**
     * A date line, "2010-04-17 09:01:37", "发布时间:2023-01-14 10:20", alone on its line (nb06: it ran into the title above
     * it, whose 17 was read as a figure; nc04: over a park's 1至5月 report, it stood where the title is looked for).
     */
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*+(?:(?:发布时间|发布日期|更新时间|时间|日期)\\s*+[::]\\s*+)?"
            + "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s++\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            // (with the page's source or author after it, "发布日期: 2022-01-21 21:08:22 来源: 中国新闻网" — a portal's copy of a
            // 中新网 item, batch oi's oi01: left in, the title above ran into it and its 主要预期目标 took the date line's colon
            // for the list's introduction, and the whole list was lost without a word)
            + "(?:\\s++(?:来源|稿源|作者|编辑|责任编辑|发布者|供稿)\\s*+[::][^\\d\\n%]*+)?"
            // (and a portal's cells after it, "发布时间:2012年01月12日 10:12 | 进入复兴论坛 | 来源:南方日报 | 手机看视频" — a
            // copy of a city paper's item on its 2012 report, round 46's pp01, whose 10 was read as a target)
            + "(?:\\s*+\\|[^\\d\\n%|]*+)*+\\s*+$");

    /**
     * A chart's caption over the years on a line of its own: "2011-2015年地区生产总值及其增长速度", "2010与2015年三次产业结构比"
     * (a city's 统计公报, batch od's od04, where the caption ran into the next paragraph's 价格全年居民消费价格比上年上涨0.6% and
     * its 增长速度 took the figure from the name) — no figure of its own.
     */
    private static final Pattern CHART_CAPTION = Pattern.compile("^\\s*+(?:图\\s*+\\d{1,2}\\s*+[::.、]?\\s*+)?\\d{4}\\s*+(?:[-—–~至]|与|和)"
            + "\\s*+\\d{4}\\s*+年[^\\d,,。;;::%]{2,30}+\\s*+$");

    /**
     * A page's counter of readers inside a line, "内容来源:辽宁日报 发布时间:2026年03月06日 浏览次数:79次" (a 解读 page, batch oc's
     * oc08, whose 79 was read as a target): the key and its count, never a figure.
     */
    // (with its colon: "全年政府网站访问量1200万次" is a figure — the review)
    private static final Pattern COUNTER = Pattern.compile("(?:阅读量|阅读次数|浏览次数|浏览量|点击数|点击量|点击次数|访问量)\\s*+[::]\\s*+"
            + "\\d++(?![\\d.万亿])\\s*+次?");

    /**
     * A date written in digits inside a line, "上海市生产总值 2022-07-19 来源:市统计局" (a mirror of 上海市统计局's half-year
     * table, batch ng's ng08, whose 19 was read as GDP of 19亿元), with its time: never a figure.
     */
    private static final Pattern DATE_IN_LINE = Pattern.compile("(?<![\\d.])\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?:\\s++\\d{1,2}:\\d{2}(?::\\d{2})?)?(?![\\d.])");

    /**
     * A forum's anti-copy noise ("jammer"): runs of one- or two-character ASCII tokens a space apart, glued to the words
     * and figures — "力争达296亿元7 M& T\" a+ {* Q3 b( I7 J' D", "增长15%以上4 t% ~; K3 G, O" (a city's 2013 targets reposted
     * on a forum, batch mx's mx02, whose 4 and 7 were read as figures). A run of four tokens or more with a letter and two
     * different marks of punctuation ({@link #isJammer}); "a) b) c) d)" and "CPI PPI M2" are no such run.
     */
    // (each token ends where the ASCII does, so that a run ends at its last token and is read once — a run that ended in
    // a space was tried again from every token, quadratic on a page of noise: the newcomer trial of 2026-12-03)
    private static final Pattern JAMMER_RUN = Pattern.compile("(?<![!-~])[!-~]{1,2}(?![!-~])(?:[ \\t][!-~]{1,2}(?![!-~])){3,}+");
    /**
     * A news item's dateline at the start of its first paragraph: "中新网呼和浩特1月21日电 (记者 李爱平)", "新华社北京3月5日电", "本报讯(记者
     * 王某)" (batch oi's oi01, whose dateline became the subject of the lead's GDP target, "中新网呼和浩特 增长6%左右", and whose
     * 1月21日 is no figure) — the paragraph from what follows it.
     */
    // (电 or 讯 ends a word there, and no preposition opens the place: "到12月31日电动汽车公共充电桩达到500个", "截至6月30日
    // 电商…" are no datelines — the review of round 30's rules)
    private static final Pattern DATELINE = Pattern.compile("^\\h*+(?:(?!到|截至|截止|至|于|自|从)[\\u4e00-\\u9fff]{1,14}+\\d{1,2}+月"
            + "\\d{1,2}+日[电讯]|本报讯)(?=\\h|[((]|$)\\h*+"
            + "(?:[((](?:记者|通讯员|特约记者|见习记者)[^))\\n]{0,40}+[))])?\\h*+");
    /**
     * A reposting site's disclaimer at the foot: "以上文章仅代表作者个人观点,本网只是转载,…电话:029-63903870" (a mirror of a
     * 2024 national list, round 57's ql08, read as a qualitative target) — its sentence only: a page flattened to one line
     * goes on with the document ("免责声明:本站转载文章均注明出处。2014年全市主要预期目标:…" — the review).
     */
    private static final Pattern DISCLAIMER = Pattern.compile("^\\s*+(?:免责声明[::]|(?:以上|本)(?:文章|文|稿件|内容)(?:仅|只)代表作者)"
            + "[^。\\n]*+。?");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[,;:]++");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:]++$");

    private WebFurniture() {
    }

    /**
     * {@code text} (normalised) without a forum's anti-copy noise, a breadcrumb line (labelled or a bare trail), lines of
     * the article's particulars and date lines, and without a news item's dateline and the dates in digits of other lines;
     * the other lines as they were.
     */
    public static String remove(String text) {
        String cleared = JAMMER_RUN.matcher(withoutLineEndTag(text)).replaceAll(m -> Matcher.quoteReplacement(isJammer(m.group())
                ? clausePunctuation(m.group()) : m.group()));
        return Arrays.stream(cleared.split("\\R", -1)).filter(line -> !BREADCRUMB.matcher(line).matches()
                && !isBreadcrumbTrail(line)
                && !ARTICLE_PARTICULARS.matcher(line).matches() && !DATE_LINE.matcher(line).matches()
                && !CHART_CAPTION.matcher(line).matches())
                .map(line -> DISCLAIMER.matcher(line).replaceFirst(""))
                .map(WebFurniture::withoutSiteRegistration).filter(java.util.Objects::nonNull)
                .map(line -> COUNTER.matcher(DATE_IN_LINE.matcher(DATELINE.matcher(line).replaceFirst("")).replaceAll(" ")).replaceAll(" "))
                .collect(Collectors.joining("\n"));
    }

    private static final Pattern UNIT_TAG = Pattern.compile("kWh|MWh|GWh|kW|MW|GW|km|kg|Mt|Gt|mm|cm|ha|Pa|kPa|MPa|Mbps|Gbps");
    /** Letters glued to a line's end after a Chinese character: "2018年工作回顾zTB". */
    private static final Pattern LINE_END_TAG = Pattern.compile("(?<=[\\u4e00-\\u9fff::,。;;])([A-Za-z]{2,5})\\h*+(?=\\R|$)");

    /**
     * {@code text} without a tag a document site glued to its line ends, where one tag ends five lines or more (a 2019 report
     * on 公文搜, batch pj's pj07, whose "2018年工作回顾zTB" heading was not seen as the review's, its results read as targets).
     */
    public static String withoutLineEndTag(String text) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        Matcher tag = LINE_END_TAG.matcher(text);
        while (tag.find()) {
            counts.merge(tag.group(1), 1, Integer::sum);
        }
        // (a tag mixes cases and is no unit: "GDP" or "kWh" ending five hard-wrapped lines is a word — the review of round 43)
        return counts.entrySet().stream().filter(e -> e.getValue() >= 5 && !e.getKey().equals(e.getKey().toUpperCase())
                && !e.getKey().equals(e.getKey().toLowerCase()) && !UNIT_TAG.matcher(e.getKey()).matches())
                .map(java.util.Map.Entry::getKey).findFirst()
                .map(t -> Pattern.compile("(?<=[\\u4e00-\\u9fff::,。;;])" + Pattern.quote(t) + "\\h*+(?=\\R|$)").matcher(text).replaceAll(""))
                .orElse(text);
    }

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
}
