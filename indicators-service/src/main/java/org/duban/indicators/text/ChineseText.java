package org.duban.indicators.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Normalisation and bracket-aware splitting of Chinese report text. */
public final class ChineseText {

    private ChineseText() {
    }

    /**
     * The warning a reader gives for a text that is not Chinese (an English release of a Chinese city, batch oh's
     * oh10: nothing was read and nothing said so): the whole text is not read.
     */
    public static final String NOT_CHINESE = "全文不是中文,未读取;请粘贴中文原文 / the text is not in Chinese: nothing was read";

    /**
     * What a reader says of a text that shows figures but from which it read nothing and said nothing (a notice of
     * "第7项 地区生产总值增长6%左右:1-9月增长6.1%" lines gave no figure and no word — the break-it trial after round 39):
     * a total miss is never silent.
     */
    public static final String NOTHING_READ = "文中有数字,但未读出任何内容,请核对原文格式 / the text has figures, but nothing was read "
            + "from it: check its layout";

    /** Whether {@code text} shows a figure with its unit (6%, 121.9亿元, 1.2万人): one a reader should have read or said. */
    public static boolean hasFigures(String text) {
        return QuantityReader.read(normalise(text)).stream().anyMatch(q -> q.unit() != null);
    }

    /**
     * What a reader says of a text that stops inside its last clause, right after the verb of a figure ("…;固定资产投资
     * 增长", the break-it trial after round 39, whose last clause had become a qualitative target without a word).
     */
    public static final String CUT_MID_CLAUSE = "文本在句中结束,最后一句的数字可能缺失,请核对 / the text stops mid-clause: its last "
            + "figure may be missing";

    /**
     * How the name of a rate, an amount or a count ends, before its 为: 率, 额, 值, 量, 人数, 户数, 口数, 比重 (not 指数, nor 比例:
     * "城乡居民收入比例为2.4", "出生人口性别比例为106" are ratios with no unit — the review of round 51's rules).
     */
    private static final String FIGURES_NAME_END = "(?:率|额|值|量|人数|户数|口数|比重)";

    /** A last clause ending on the verb its figure should follow, with nothing after it (not even a full stop). */
    // (a manner before the verb ends a clause of its own: "外贸出口稳定增长", "粮食产量稳步提高", "…持续降低" — nothing is
    // missing there; the review of round 41's rules)
    private static final java.util.regex.Pattern VERB_AT_THE_END = java.util.regex.Pattern.compile(
            "[^,,;;。::!!??\\n]{0,40}?(?:(?<!稳定|持续|较快|平稳|快速|稳步|正|合理|同步|恢复|不断|逐步|明显|大幅|进一步|有所|继续)"
            + "(?:增长|提高|下降|降低)|达到|控制在|(?<=率|额|数|耗|费)(?<!总量|总额)控制|保持在|稳定在|突破|增速为|增长率为|目标为|目标是"
            // (and the one character of a fall or a rise after a rate's or an amount's name: "万元生产总值能耗降", a
            // province's 2006 plan cut by the store, round 46's pp03; and of a ceiling, "城镇登记失业率控", a city's 2024 aims,
            // round 58's qn04)
            + "|(?<=耗|率|额|值|量)[降增控]"
            // (and 为 with nothing after it, where a cut figure was taken off: "出生率为1", pu10)
            + "|(?<=" + FIGURES_NAME_END + ")为)\\h*+$");

    /**
     * Digits with no unit right after a verb at the very end of a text: "…全年全区出生人口9.12万人,出生率为1" (a 公报 the store
     * cut inside its figure, round 48's pu10, recorded as a birth rate of 1‰) — a figure cut short, not a figure; only after
     * a rate's or an amount's 为/达到 in prose (a table's last cell, "常住人口城镇化率	百分点	1.4	提高1.2", w06, is whole; so is an
     * index, which has no unit: "居民消费价格总指数为102.1" — the review of round 49's rules).
     */
    private static final java.util.regex.Pattern FIGURE_CUT_AT_THE_END = java.util.regex.Pattern.compile(
            "(?<=" + FIGURES_NAME_END + "(?:为|达到))\\d++(?:\\.\\d*+)?+$");

    /** {@code text} without a figure cut at its very end ({@link #FIGURE_CUT_AT_THE_END}); the clause is then said to be cut. */
    static String withoutFigureCutAtTheEnd(String text) {
        int from = Math.max(0, text.length() - 30);
        java.util.regex.Matcher cut = FIGURE_CUT_AT_THE_END.matcher(text).region(from, text.length());
        cut.useTransparentBounds(true);
        return cut.find() ? text.substring(0, cut.start()) : text;
    }

    /** The last clause of {@code text} when the text stops right after its verb ({@link #CUT_MID_CLAUSE}), else null. */
    public static String cutMidClause(String text) {
        String stripped = text == null ? "" : text.strip();
        java.util.regex.Matcher cut = VERB_AT_THE_END.matcher(stripped.substring(Math.max(0, stripped.length() - 60)));
        return cut.find() ? cut.group().strip() : null;
    }

    /** A text's first 60 characters (what a warning about the whole text quotes). */
    public static String opening(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= 60 ? trimmed : trimmed.substring(0, 60) + "…";
    }

    /**
     * Whether a text is written in another language: at least 20 Latin letters and fewer than one Chinese character
     * for each thirty of them ("GDP growth target: about 6%" was read as a GDP target) (a Chinese report quoting "GDP", "PMI" or a URL stays Chinese, and so does a bilingual
     * page, whose Chinese lines are read — the review of this round's rules).
     */
    public static boolean notChinese(String text) {
        int latin = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                latin++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return latin >= 20 && han * 30 < latin;
    }

    /** The warning for the lines of another language left out of a Chinese text. */
    public static final String FOREIGN_LINES = "文中的外文段落未读取(中英对照页面只读中文) / lines in another language were not read "
            + "(a bilingual page is read in its Chinese)";
    /** A figure in words of another language: "5.6 percent", "12.05 billion yuan", "6%". */
    private static final java.util.regex.Pattern FOREIGN_FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d[\\d.,]*+\\s*+(?:%|percent|per cent|billion|million|trillion|yuan)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@code text} without its lines in another language ({@link #notChinese}'s measure, line by line): a bilingual page's
     * English half read "regional GDP grew 5.6 percent" as 5.6亿元 of GDP and "GDP growth target: about 6%" as a second GDP
     * target, which held up the commit (break-it trial, 2026-12-04). The lines left out that carry figures are added to
     * {@code withFigures}, for the reader to say so; a footer ("All rights reserved") is left out without a word.
     */
    public static String withoutForeignLines(String text, List<String> withFigures) {
        if (text.indexOf('\n') < 0 && !notChinese(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        boolean changed = false;
        for (String line : text.split("\n", -1)) {
            if (notChinese(line)) {
                changed = true;
                if (FOREIGN_FIGURE.matcher(line).find()) {
                    withFigures.add(line.strip());
                }
                kept.append('\n');
            } else {
                kept.append(line).append('\n');
            }
        }
        return changed ? kept.substring(0, kept.length() - 1) : text;
    }

    /**
     * Traditional characters to simplified ones (規模以上工業增加值 → 规模以上工业增加值), everything else kept: ICU4J's
     * Traditional-Simplified transliterator, run only on the lines it would change ({@link SimplifiedChinese}).
     */
    public static String simplified(String text) {
        return SimplifiedChinese.of(text);
    }

    /**
     * A figure grouped by thousands with half-width commas before its unit: "累计完成448,236万元,同比增收72,815万元" (a
     * prefecture's 上半年 fiscal report, batch mj's mj05, whose clauses are parted by the full-width ","): 448236, never
     * 448 and a stray 236. Only before a unit, so that a list of bare numbers keeps its commas.
     */
    private static final java.util.regex.Pattern RESPECTIVELY_BEFORE = java.util.regex.Pattern.compile("分别|依次");
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile(
            // (and before a traditional unit, read before the characters are: "1,267 萬人", a Taiwan wire, batch oe's oe08)
            "(?<![\\d.,前第])(\\d{1,3})((?:,\\d{3})+)(?=(?:\\.\\d+)?\\s*(?:万|亿|萬|億|元|美元|吨|噸|人|户|戶|个|個|家|件|辆|輛))");

    /**
     * Folds traditional characters to simplified (ICU4J) and full-width digits, letters, punctuation (,;:), percent
     * signs, decimal points and brackets to ASCII so one set of patterns reads every report; the seeds mix "8%" and "8%", "(" and "(".
     * A fall written as a growth (增长-8.7%, 负增长7.3%) is written 下降x% ({@link NegativeGrowth}); 名义 before a growth and
     * a survey threshold before an investment (500万元以上固定资产投资) are taken out ({@link GrowthWording}).
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = simplified(raw);
        // thousands commas before a unit: where the clauses are parted by full-width commas always; in a text of half-width
        // ones only where no 分别 list is before it in its sentence — "分别达到120,135,148亿元" is three values (the review of
        // batch mi), "达到1,200亿元", "35,612元" were 1亿元 and 35元 (break-it trial of 2026-12-05)
        boolean fullWidthClauses = text.indexOf('\uFF0C') >= 0;
        String commas = text;
        text = THOUSANDS.matcher(text).replaceAll(m -> fullWidthClauses || !RESPECTIVELY_BEFORE.matcher(commas.substring(
                commas.lastIndexOf('。', m.start()) + 1, m.start())).find() ? m.group(1) + m.group(2).replace(",", "")
                : java.util.regex.Matcher.quoteReplacement(m.group()));
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFF08' || c == '\uFF09') {
                out.append(c == '\uFF08' ? '(' : ')');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                // every full-width form of ASCII (digits, letters, ，；：, ％, ．) as its ASCII twin: a
                // report typed on a full-width keyboard mixes "７.５％" and "7.5%", "：" and ":", even inside one number
                out.append((char) (c - 0xFEE0));
            } else if (c == '%' || c == '\uFF05' || c == '\u2105' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                // (℅, "care of", typed for % after a figure: "增长15℅", a county's 2010 review, batch oj's oj06)
                out.append('%');
            } else if (c == '\uFF0E') {
                out.append('.');
            } else if (c == '(') {
                out.append('(');
            } else if (c == ')') {
                out.append(')');
            } else if (c >= '\uFE50' && c <= '\uFE6B') {
                // the small forms (﹔﹐﹑﹕﹪…) as the marks they stand for, by Unicode's compatibility mapping: a 人民网 page
                // in traditional characters parts its clauses with ﹔ (batch nd's nd03, whose last three targets ran together)
                out.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else if (c >= '\u2488' && c <= '\u249B') {
                // ⒈…⒛, a number with its full stop in one character: a scraped page wrote 4.2 as "⒋2" (batch mt's mt06);
                // before a year it numbers an item ("⒈2024年地区生产总值…", the review)
                boolean item = text.startsWith("年", i + 5) && text.substring(i + 1, Math.min(text.length(), i + 5)).matches("\\d{4}");
                out.append(item ? "(" + (c - 0x2487) + ")" : (c - 0x2487) + ".");
            } else {
                out.append(c);
            }
        }
        String folded = withoutTonelessPinyin(PINYIN.matcher(out).replaceAll(""));
        folded = SPACED_LETTERS.matcher(folded).replaceAll("");
        folded = PERMILLE_TYPED.matcher(folded).replaceAll("‰");
        // ("同比增长39.5/%", a district's 2008 公报, batch ou's ou06: a stray slash before the per cent sign)
        folded = SLASH_BEFORE_PERCENT.matcher(folded).replaceAll("%");
        folded = SPACED_DECIMAL.matcher(folded).replaceAll(".");
        folded = spacedDecimalsThroughout(stopsAsDecimalPoints(folded)).replace("%%", "%");
        folded = SPACED_PERCENT_SIGN.matcher(spacedWordsThroughout(folded)).replaceAll("%");
        // ("增长6.5%左 右": a space inside the qualifier after a figure — a break-it trial after round 39, read as exactly 6.5 %)
        folded = SPACED_QUALIFIER.matcher(folded).replaceAll("$1$2");
        folded = SPACED_THOUSANDS.matcher(folded).replaceAll(m -> m.group().replaceAll("\\h", ""));
        folded = DOUBLED_MARK.matcher(folded).replaceAll("");
        folded = MICROGRAMS_PER_CUBIC_METRE.matcher(folded).replaceAll("微克/立方米");
        // ("旅游总收入720亿元人民币,同比增长20%": the currency named after 元, a province's 2009 tourism aims, round 57's ql02,
        // whose growth was taken for a figure of a qualitative target)
        folded = CURRENCY_AFTER_YUAN.matcher(folded).replaceAll("");
        // ("预计一季度完成固定资产投资4.9个亿,同比增长28%": the spoken 个亿 of a town's quarterly report, round 58's qo07)
        folded = SPOKEN_HUNDRED_MILLION.matcher(folded).replaceAll("");
        folded = RESEARCH_AND_DEVELOPMENT.matcher(folded).replaceAll("研发");
        folded = ABOVE_SIZE_TYPO.matcher(folded).replaceAll(m -> m.group().equals("限上") ? "限额以上"
                : m.group().replace("上", "以上"));
        folded = BUDGET_WITHOUT_REVENUE.matcher(folded).replaceAll("$0收入");
        folded = BRACKETED_ITEM.matcher(FOOTNOTE_MARK.matcher(folded).replaceAll("")).replaceAll("$1($2)");
        // ("限额以上企业(单位)消费品零售总额", a province's November release, batch os's os03: the statistics' own gloss; read as
        // 社会消费品零售总额 once the bracket was dropped from the name)
        // (and 盈亏相抵后 before profits, the release's gloss: "规模以上工业企业盈亏相抵后实现利润7.59亿元", a county's 2007 公报,
        // batch pg's pg06)
        folded = GLOSS_IN_NAME.matcher(folded).replaceAll("").replace("企业(单位)", "企业").replace("盈亏相抵后", "");
        folded = THREE_SECTORS_SHORT.matcher(folded).replaceAll(m -> "第一产业增加值" + m.group(1) + "第二产业增加值" + m.group(2) + "第三产业"
                + (m.group(3) == null ? "" : "增加值"));
        folded = THREE_SECTORS_RUN_TOGETHER.matcher(folded).replaceAll("第一产业增加值、第二产业增加值、第三产业增加值分别$1");
        folded = TWO_INDUSTRIES.matcher(folded).replaceAll("第$1产业增加值$2第$3产业增加值");
        folded = SECTOR_WITHOUT_ORDINAL.matcher(SECTOR_VERB.matcher(folded).replaceAll("")).replaceAll("第$1产业增加值");
        folded = GOOD_DAYS_SHARE.matcher(folded).replaceAll("优良天数比例");
        folded = DONE_INSIDE_NAME.matcher(folded).replaceAll("");
        // (both bases for one name: the 户籍 one is no region's per-capita figure — "按户籍人口计算,人均GDP为63525元…按常住人口
        // 计算,人均GDP为75115元" in a county's 2021 公报, round 65's rc07; the resident one is the standard, as nx05 and mw08;
        // the same name under both, not two names — the review of round 65's rules)
        folded = withHouseholdBasisApart(folded);
        folded = PER_CAPITA_BASIS.matcher(folded).replaceAll("");
        folded = TAIWAN_LEVEL.matcher(PER_CAPITA_WORDS.matcher(folded).replaceAll("人均")).replaceAll("水平");
        folded = TAIWAN_TRILLION.matcher(TAIWAN_GROSS_PRODUCT.matcher(folded).replaceAll("总值")).replaceAll("万亿")
                .replace("数位经济", "数字经济").replace("消费者物价指数升幅", "居民消费价格涨幅")
                // (投入 for 投资: "全社会固定资产投入增长20%", a district's 2009 targets, batch oe's oe06)
                .replace("固定资产投入", "固定资产投资")
                // (and 固定投资: "完成全社会固定投资14亿元", an industrial park's 2019 plan, batch pd's pd08)
                .replace("固定投资", "固定资产投资")
                // (其中 with a colon: "其中:税收收入8103万元", a county's budget page, batch pg's pg02 — the colon was a name's)
                .replace("其中:", "其中")
                // (上一年 in a comparison: "比上一年同期增长34%", a 街道's 2007 results in a wiki, round 64's ra01 — read as a
                // name 比上一年同期)
                .replace("比上一年", "比上年").replace("较上一年", "较上年");
        // (现价 inside a name, the prices it is measured at: "一、二、三产业现价增加值分别达到…", "农林牧渔业现价总产值15.42亿元" —
        // an unnamed county's 2007 plan report, batch pi's pi05, each outside the catalog)
        folded = AT_CURRENT_PRICES.matcher(folded).replaceAll("");
        // (固投 alone is the whole investment, "固投增长8%" — the break-it trial after round 39; 工业固投 is a part, np09)
        folded = SHORT_INVESTMENT.matcher(ALL_FIXED_ASSETS.matcher(folded).replaceAll("全社会固定资产投资")).replaceAll("固定资产投资");
        folded = SHARED_UNIT.matcher(folded).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                LISTED_NUMBER.matcher(m.group()).replaceAll("$0" + m.group(1))));
        return withoutFigureCutAtTheEnd(NegativeGrowth.asFall(GrowthWording.plain(monthWords(moreThan(amountWords(
                fractionWords(folded)))))));
    }

    /**
     * The Taiwan words a big5 gateway puts into a mainland page beside its characters: 水平 → 水準 and 人均 → 每人平均
     * ("城鎮常住居民每人平均可支配收入高於全國平均水準", a province's 2020 plan report on china.com.cn's big5 pages, batch ns's
     * ns04, whose relative targets were lost). ICU's transliterator converts characters, not words; these two are the
     * mainland's words back, only where a report's target says them (an average's or last year's level, a per-capita
     * figure).
     */
    private static final java.util.regex.Pattern TAIWAN_LEVEL = java.util.regex.Pattern.compile(
            "(?<=平均|上年|去年|上年度|全国|全省|全市|全区|全县|前列|领先)水准");
    // (and 人平, the per head of central China's counties and towns: "农民人平纯收入达到9640元" — a 镇's 2012 aims, round 55's qh01)
    private static final java.util.regex.Pattern PER_CAPITA_WORDS = java.util.regex.Pattern.compile(
            "(?:每人平均|人平)(?=(?:可支配|纯|现金|消费)?(?:收入|支出)|地区生产总值|生产总值|GDP|住房)");
    /**
     * A Taiwan wire's words for the mainland's figures (鉅亨網 on the 2026 national report, batch oe's oe08): 国内生产毛额
     * is 国内生产总值, 数位经济 is 数字经济, 消费者物价指数升幅 is 居民消费价格涨幅, and 兆 after a figure is 万亿 (1.4兆斤 is 1.4
     * 万亿斤; in Taiwan usage 兆 is 10¹²) — each read as a name outside the catalog, or the figure lost.
     */
    private static final java.util.regex.Pattern TAIWAN_GROSS_PRODUCT = java.util.regex.Pattern.compile("(?<=生产)毛额");
    private static final java.util.regex.Pattern TAIWAN_TRILLION = java.util.regex.Pattern.compile("(?<=\\d)\\s?兆(?=[元斤吨]|立方米|美元)");

    /**
     * 四百六十多亿元 ("社会消费品零售总额四百六十多亿元", a wire copy of a region's 2004 report, batch nb's nb01): more than the
     * figure, written as 460亿元以上 so it reads as at least 460亿元 (it was read as exactly 460 with its unit lost).
     */
    private static final java.util.regex.Pattern MORE_THAN = java.util.regex.Pattern.compile(
            "(?<=\\d)多(亿元|亿美元|万元|万美元|万吨|万亩)(?!\\s*+(?:左右|上下|以上|以内|以下))");

    static String moreThan(String text) {
        return text.indexOf('多') < 0 ? text : MORE_THAN.matcher(text).replaceAll("$1以上");
    }

    /**
     * ‰ typed as a per cent sign and a zero or an o, as pages without the sign print it: "人口自然增长率控制在6%0以内" (a
     * region's 2006 report on a news portal, batch mz's mz04) — after a figure, before a bound or a clause's end.
     */
    // (only before a bound or a clause's end on the same line: "增长6%0" ending a line of a table run together is 6 % and
    // a column's 0 — the review of batch mz's rules)
    private static final java.util.regex.Pattern PERMILLE_TYPED = java.util.regex.Pattern.compile(
            "(?<=\\d)%[0oO](?=[ \\t]*+(?:以内|以下|左右|以上|[,,;;。、)]))");

    /**
     * Numbers listed before the one unit they share: "分别回落4.5、4.2个百分点" (a city's 1-8月 analysis, batch ne's ne08,
     * where 4.5 alone was read as an amount) is 4.5个百分点、4.2个百分点; group 1 is the unit, given to each number.
     */
    // (the whole list matched once, from its first number only — a number after "digit、" is inside one: a lookahead from
    // every number scanned the rest of the list again, quadratic on a page of "1、1、1…")
    private static final java.util.regex.Pattern SHARED_UNIT = java.util.regex.Pattern.compile(
            "(?<![\\d.])(?<!\\d、)\\d{1,4}(?:\\.\\d+)?(?:、\\d{1,4}(?:\\.\\d+)?)*+(?:和\\d{1,4}(?:\\.\\d+)?)?(个百分点|%)");
    private static final java.util.regex.Pattern LISTED_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}(?:\\.\\d+)?(?=[、和])");

    /**
     * 全社会固定资产 with its 投资 lost in print: "全社会固定资产完成15.7亿元,增长30%" (a county's 2009 aims in a traditional
     * mirror, round 65's rb06) — the whole society's fixed assets are only ever counted as investment.
     */
    // (only before a verb or a figure: 全社会固定资产交付使用率 is a rate of its own — the review of round 65's rules)
    // (not before the nouns of its other measures: 全社会固定资产交付使用率, 新增固定资产, 净值, 原值 — the reviews of rounds 65 and 66)
    private static final java.util.regex.Pattern ALL_FIXED_ASSETS = java.util.regex.Pattern.compile("全社会固定资产(?!投资|投入|交付|新增"
            + "|净值|原值|折旧|存量)");
    /**
     * A space between a figure and its per cent sign, once a PDF's spaced words are joined: "同比增长 2.08 %" (a 镇's half year
     * in a 文库 copy, round 65's rc08, whose growth was lost).
     */
    private static final java.util.regex.Pattern SPACED_PERCENT_SIGN = java.util.regex.Pattern.compile("(?<=\\d)\\h++%");
    private static final java.util.regex.Pattern SHORT_INVESTMENT = java.util.regex.Pattern.compile("(?<![\\u4e00-\\u9fff])固投"
            + "|(?<=全[省市州县区旗盟]|[,,;;、:]|其中|今年|全年)固投");

    /** Where a list of the three sectors may open: not inside a word, but after the region (全市) or 其中. */
    private static final String SECTORS_OPEN = "(?:(?<![\\u4e00-\\u9fff])|(?<=全[省市州县区旗盟]|其中))";

    /**
     * The three sectors run together before 分别: "一二三产分别完成增加值584.53亿元、3833.85亿元和2108.31亿元" (a province's
     * first three quarters, batch pc's pc03) — each its own value added, as {@link #THREE_SECTORS_SHORT} reads them with
     * their 、; group 1 the verb before the values, if one.
     */
    // (or growths with 增加值 before 分别, or none: "一二三产业增加值分别增长3%、7%和6%", "一二三产分别增长…" — a break-it trial;
    // not "一二三产业增加值分别完成…" beside a province's own figures, ml08's, which are not its three sectors')
    private static final java.util.regex.Pattern THREE_SECTORS_RUN_TOGETHER = java.util.regex.Pattern.compile(
            SECTORS_OPEN + "一二三产(?:业)?(?:分别(完成|实现|为)?增加值|(?:增加值)?分别(?=增长|下降))");

    /** "按(年平均|年末){population}人口计算(的)," before a per-head name: the population a per-capita figure is computed on. */
    private static java.util.regex.Pattern basis(String population) {
        return java.util.regex.Pattern.compile("按(?:年平均|年末)?" + population + "人口(?:计算|计)(?:的)?[,,]?(?=(?:全[省市县区])?人均)");
    }

    /**
     * The population a per-capita figure is computed on, before its name: "按常住人口计算人均地区生产总值为74331元" (a
     * county's 2022 公报, batch pc's pc06, read as 常住人口 of 74331元) — the basis, no name of its own.
     */
    private static final java.util.regex.Pattern PER_CAPITA_BASIS = basis("(?:常住|户籍)");
    /** The resident (常住) and the registered (户籍) population as the basis of a per-head figure, before its name. */
    private static final java.util.regex.Pattern RESIDENT_BASIS = basis("常住");
    /** {@code text} with a 户籍 per-head figure named apart ("户籍人口人均GDP") where a 常住 one of the same name is there too. */
    private static String withHouseholdBasisApart(String text) {
        java.util.Set<String> resident = new java.util.HashSet<>();
        RESIDENT_BASIS.matcher(text).results().forEach(r -> perHeadName(text, r.end()).ifPresent(resident::add));
        if (resident.isEmpty()) {
            return text;
        }
        return HOUSEHOLD_BASIS.matcher(text).replaceAll(m -> perHeadName(text, m.end()).filter(resident::contains).isPresent()
                ? "户籍人口" : java.util.regex.Matcher.quoteReplacement(m.group()));
    }

    /** The per-head name at {@code at}, its region word off and GDP's names as one (人均GDP = 人均地区生产总值 = 人均生产总值). */
    private static java.util.Optional<String> perHeadName(String text, int at) {
        java.util.regex.Matcher name = PER_HEAD_NAME.matcher(text).region(at, text.length());
        return name.lookingAt() ? java.util.Optional.of(GDP_NAMES.matcher(name.group().replaceFirst("^全[省市县区]", "")).replaceAll("GDP"))
                : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern GDP_NAMES = java.util.regex.Pattern.compile("地区生产总值|国内生产总值|生产总值");

    /** A per-head name after a basis: 人均GDP, 人均地区生产总值, 人均可支配收入 (to the verb or the figure). */
    private static final java.util.regex.Pattern PER_HEAD_NAME = java.util.regex.Pattern.compile("(?:全[省市县区])?人均[\\u4e00-\\u9fffA-Z]{1,10}?"
            + "(?=为|达到|达|折合|\\h|\\d|[,,])");
    private static final java.util.regex.Pattern HOUSEHOLD_BASIS = basis("户籍");

    /**
     * 完成 inside an industry's name: "全市工业完成总产值1956.52亿元" (a city's first-quarter industry meeting, batch pc's
     * pc01) is 工业总产值 — the verb between the sector and the measure hid the name. (Not before 增加值: "辖区工业完成增加值"
     * beside a 地方规模以上 figure is all industry's, which a bare 工业增加值 does not say — mo03.)
     */
    // (and 累计实现 after 规模以上工业, whose 增加值 is no one else's: "全省规模以上工业累计实现增加值3370.2亿元", pc03)
    private static final java.util.regex.Pattern DONE_INSIDE_NAME = java.util.regex.Pattern.compile("(?<=工业)(?:累计)?(?:完成|实现)(?=总产值)"
            + "|(?<=规模以上工业|规上工业)(?:累计)?(?:完成|实现)(?=增加值)"
            // (and all industry's: "全年全部工业创造增加值25.71亿元" — a wire on a province's 2007 results, round 65's rc01)
            + "|(?<=全部工业)(?:完成|实现|创造)(?=增加值)");

    /**
     * 优良天数占比 is 优良天数比例 ("空气质量优良天数占比达到88%", a city's 十四五 plan, batch nh's nh06): the share of days,
     * not a share of something named before it (a catalog name with 占比 was dropped by the notice reader as a share — the
     * review of batch nh/ni's rules).
     */
    // (before its figure only: "空气优良天数占比完成市定目标" is a clause kept as written)
    private static final java.util.regex.Pattern GOOD_DAYS_SHARE = java.util.regex.Pattern.compile(
            "优良天数占比(?=\\s*+(?:达到|达|为|保持在|稳定在|不低于|提高到|提升到|在)?\\s*+\\d)");

    /**
     * Two industries sharing one 增加值: "第二、第三产业增加值均增长6.5%", "第二、三产业增加值分别增长6%和7%" — each its own
     * value added (the first was lost, or took the second's figure). Not three ("第一、二、三产业…", read together by the
     * target parser) and not a share or a structure (no 增加值 after them).
     */
    private static final java.util.regex.Pattern TWO_INDUSTRIES = java.util.regex.Pattern.compile(
            "(?<![、一二三])第([一二三])(?:产业)?([、和与及])第?([二三])产业增加值");

    /**
     * The three sectors written short before one 增加值: "一产、二产、三产增加值分别为23.85亿元、53.13亿元和75.87亿元" (a
     * prefecture's half year in traditional characters, batch od's od06) — each its own value added; read as one list
     * whose names were unknown, 三产 took 一产's figure.
     */
    // (or named in full, or short with no 增加值 at all before 分别: "其中第一产业、第二产业、第三产业增加值分别为4750万元、…",
    // "其中一产、二产、三产分别为4750万元、…" — a zone's 2007 summary, round 59's qq04, where 第三产业增加值 took the first value;
    // "第一、第二、第三产业增加值分别为…" — the review of round 59's rules)
    private static final java.util.regex.Pattern THREE_SECTORS_SHORT = java.util.regex.Pattern.compile(
            SECTORS_OPEN + "(?:一产|第一产业|第一)([、,,])(?:二产|第二产业|第二)([、和及与])(?:三产|第三产业)(?:(?=增加值)|((?=分别)))");

    /**
     * A verb between a sector and its value added: "服务业实现增加值10731.13亿元" (a municipality's 前三季度 in a repost,
     * batch nr's nr01), "第二产业完成增加值…" — the value added of the sector (not 规模以上/规上服务业's, nor before a share,
     * 服务业实现增加值占…比重 — the review); and 累计 before the verb, and all industry: "第一产业累计实现增加值4亿元", "全部工业
     * 累计实现增加值54.6亿元" (a district's 2010 公报, round 53's qe06).
     */
    private static final java.util.regex.Pattern SECTOR_VERB = java.util.regex.Pattern.compile(
            "(?<=产业|(?<!上)服务业|全部工业)(?:累计)?(?:实现|完成)(?=增加值(?!占))"
            // (and 经济 after industry with its verb: "西藏工业经济实现增加值1.81亿元" is 工业增加值 — a 一季度 release, round 56's qk10)
            // (not a kind of economy's industry: "非公有制工业经济实现增加值12亿元" — the review of round 56's rules)
            + "|(?<=(?<![制营有资])工业)经济(?:累计)?(?:实现|完成)(?=增加值(?!占))");

    /**
     * A sector named without 第: "一产业增加值增长3.5%,…三产业(服务业)增加值增长7.6%" (a city's half-year news item, batch np's
     * np05), also as items of a list ("一产业增加值增长3%、二产业增加值增长7.5%") — not inside a list of the three
     * ("一二三产业增加值分别完成…", "一、二、三产业增加值…"), nor inside a word ("单一产业增加值占比" — the review).
     */
    private static final java.util.regex.Pattern SECTOR_WITHOUT_ORDINAL = java.util.regex.Pattern.compile(
            "(?<![\\u4e00-\\u9fff])(?<![一二三][、,,])([一二三])产业增加值");

    /** The 个 of the spoken "4.9个亿", "50个亿元以上" before its clause ends (not "3个万亩基地", a count). */
    private static final java.util.regex.Pattern SPOKEN_HUNDRED_MILLION = java.util.regex.Pattern.compile(
            "(?<=\\d)个(?=亿(?:元|美元)?(?:[,,。;;、)]|以上|以下|左右|$))");
    /** 人民币 after an amount in 元: "720亿元人民币". */
    private static final java.util.regex.Pattern CURRENCY_AFTER_YUAN = java.util.regex.Pattern.compile("(?<=\\d[亿万千百]?元)人民币");

    /**
     * A gloss inside a sector's name: "第三产业(服务业)增加值568.32亿元" (ne07) is 第三产业增加值; and the threshold's gloss
     * inside 规模以上工业: "规模以上(全部国有工业及年产品销售收入在500万元以上的非国有工业企业)工业增加值240.34亿元" (a province's
     * 2006 公报, round 56's qk05) is 规模以上工业增加值 — not a bracket that narrows the scope, "规模以上(不含油)工业增加值"
     * (the review of round 56's rules).
     */
    private static final java.util.regex.Pattern GLOSS_IN_NAME = java.util.regex.Pattern.compile(
            "(?<=产业)\\([\\u4e00-\\u9fff]{2,6}\\)(?=增加值)|(?<=规模以上)\\((?![^()\\n]{0,60}?(?:含|除|包括))[^()\\n]{2,60}+\\)(?=工业)");

    /**
     * A footnote's mark after a name: "全年地区生产总值(GDP)[2]684.84亿元", "其中:第一产业[3] | 2.27" (a district's 2016
     * bulletin, batch ne's ne07, where 2 was read as GDP), "[注1]" — no figure.
     */
    private static final java.util.regex.Pattern FOOTNOTE_MARK = java.util.regex.Pattern.compile(
            "(?<=[\\u4e00-\\u9fff)])\\[注?\\d{1,2}\\]");
    /**
     * "[1]地区生产总值增长6%左右;[2]一般公共预算收入增长5%": an item numbered in square brackets at a line's or a clause's
     * start, as (1) numbers it (the review of batch nd/ne's rules: nothing after the first item was read).
     */
    private static final java.util.regex.Pattern BRACKETED_ITEM = java.util.regex.Pattern.compile(
            "(?m)(^[ \\t]*+|(?<=[;;。]))\\[(\\d{1,2})\\]");

    /**
     * A number whose thousands are parted by spaces, before its unit: "全年國內生產總值完成30 315萬元" (a 旗's 2001 figures in a
     * yearbook, batch pa's pa10, read as 30万元 without a word) is 30315万元 — only groups of three after the first, and only
     * before a unit, so "2023年 5月" or a table's columns stay apart.
     */
    private static final java.util.regex.Pattern SPACED_THOUSANDS = java.util.regex.Pattern.compile(
            "(?<![\\d.])\\d{1,3}(?:\\h\\d{3})++(?=\\h?(?:万亿元|亿元|万元|元|万人|人|万吨|吨|户|家|平方米|亩|公顷))");

    /**
     * A PDF's text with spaces inside words, where the page also puts one before its per cent signs ("预计全年实现生 产总值
     * 212.8 亿元,同比增长 10.5 %;…实现销 售收入", a county's 2013 report on a document site, batch pc's pc05, whose GDP was
     * lost): the space between two characters goes — only on a page with the habit (three spaced per cent signs at
     * least), so a headline's space between two targets stays.
     */
    // (only in a line of prose, two clause marks at least, and not before an item's ordinal: a table's row or a headline
    // parts its cells and targets by spaces — "地区生产总值 亿元 286.4 5.7", "增长 6 %左右 二、主要任务" — the review of round
    // 39's rules)
    static String spacedWordsThroughout(String text) {
        if (!foundAtLeast(SPACE_BEFORE_PERCENT, text, 3)) {
            return text;
        }
        return Arrays.stream(text.split("\\R", -1)).map(line -> foundAtLeast(CLAUSE_MARK, line, 2)
                ? SPACE_INSIDE_WORD.matcher(line).replaceAll("") : line).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static final java.util.regex.Pattern SPACED_QUALIFIER = java.util.regex.Pattern.compile(
            "(?<=[\\d%‰])\\h*+(左|以)\\h++(右|上|内|下)");
    private static final java.util.regex.Pattern SPACE_BEFORE_PERCENT = java.util.regex.Pattern.compile("\\d\\h+%");
    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[,,;;。]");
    private static final java.util.regex.Pattern SPACE_INSIDE_WORD = java.util.regex.Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])\\h(?=[\\u4e00-\\u9fff])(?![一二三四五六七八九十]{1,3}、)");

    /** A rate printed with a space after its decimal point: "33. 3%". */
    private static final java.util.regex.Pattern SPACED_RATE = java.util.regex.Pattern.compile("\\d\\.\\h+\\d+\\h*%");
    /** A space after a decimal point between digits. */
    // (only where a figure results, followed by its unit or a list's mark: "1. 1-6月…", "1. 2026年" are items — the review of
    // round 36's rules)
    private static final java.util.regex.Pattern SPACE_AFTER_POINT = java.util.regex.Pattern.compile("(?<=\\d)\\.\\h+(?=\\d++\\h*+"
            + "(?:%|‰|个百分点|[万亿]|元|人|吨|[、,,;;。]|和|及|$))");

    /**
     * {@code text} with every decimal point's space taken out when the page writes its figures so — three rates or more
     * printed "33. 3%" (a zone's 2003 述职报告 from a PDF, batch ow's ow08: "24. 3 亿元" opening a wrapped line, "增长 36. 8、25%、
     * 33. 3%…") — else as it is: one "1. 6%" opening a line is an item number (the review of round 34's rules).
     */
    static String spacedDecimalsThroughout(String text) {
        return foundAtLeast(SPACED_RATE, text, 3) ? SPACE_AFTER_POINT.matcher(text).replaceAll(".") : text;
    }

    private static final java.util.regex.Pattern AT_CURRENT_PRICES = java.util.regex.Pattern.compile("现价(?=增加值|总产值|总值|生产总值)");

    /** A figure whose decimal point a page printed as a full stop: "GDP38。02亿元", "增长9。5%". */
    private static final java.util.regex.Pattern STOP_AS_POINT = java.util.regex.Pattern.compile(
            "\\d。\\d++(?:[亿万元%‰]|个百分点)");
    // (not before a year or months: "…前3。2025年…", "第3。1-9月…" are two sentences — the review of round 43's rules)
    private static final java.util.regex.Pattern STOP_BETWEEN_DIGITS = java.util.regex.Pattern.compile("(?<=\\d)。(?=\\d)"
            + "(?!(?:19|20)\\d{2}年|\\d{1,2}\\s*[-—~至到]\\s*\\d{1,2}月|\\d{1,2}月)");

    /**
     * {@code text} with its full stops between digits read as decimal points where the page writes its figures so —
     * three at least (a county's 2009 summary in traditional characters, batch pi's pi07: "全年實現GDP38。02億元,增長14%。
     * 財政總收入3。22億元,增長9。5%", every figure read as its whole part, silently); one "2。3" stays two sentences.
     * (The doubled per cent sign of another page, "增长5.0%%", is one.)
     */
    static String stopsAsDecimalPoints(String text) {
        return text.indexOf('。') >= 0 && foundAtLeast(STOP_AS_POINT, text, 3)
                ? STOP_BETWEEN_DIGITS.matcher(text).replaceAll(".") : text;
    }

    /** Whether {@code pattern} is found in {@code text} {@code times} times at least (a page's habit, not a slip). */
    private static boolean foundAtLeast(java.util.regex.Pattern pattern, String text, int times) {
        java.util.regex.Matcher found = pattern.matcher(text);
        int n = 0;
        while (n < times && found.find()) {
            n++;
        }
        return n >= times;
    }

    private static final java.util.regex.Pattern SLASH_BEFORE_PERCENT = java.util.regex.Pattern.compile("(?<=\\d)/%");

    /**
     * Spaces around a decimal point inside a figure with its unit: "经济增长6 . 5%左右" (a city's 2025 targets in a news
     * item, batch or's or04, read as 6亿元 and 5 %) — a space before the point too: "1. 6%左右的地区生产总值增长" is an item
     * numbered 1 (the review of round 34's rules).
     */
    private static final java.util.regex.Pattern SPACED_DECIMAL = java.util.regex.Pattern.compile(
            // (or after a point only when a word is before the digits: "增长6. 5%" — the review of round 35's rules; a space
            // between them too after a verb of change, "增长 6. 5 %", read as 5 % — a break-it trial; not after a heading,
            // "主要预期目标 1. 20万人…" numbers an item — the review of round 39's rules)
            "(?:(?<=\\d)\\h+\\.\\h*|(?<=[\\u4e00-\\u9fff]\\d{1,3}|(?:增长|下降|提高|降低|达到|控制在|为)\\h\\d{1,3})\\.\\h+)(?=\\d+\\h*(?:%|‰|个百分点|万|亿|元|人|吨))");

    /**
     * A budget named without 收入 before what it did: "其中:地方一般预算完成预算的23%,同比增长3.2%" (a high-tech zone's
     * first quarter, batch ne's ne06) is the revenue (地方一般预算收入); 支出 is named when it is meant, and an amount
     * right after 预算 is money set aside ("统筹一般公共预算2.6亿元支持乡村振兴" — the review of batch nd/ne's rules).
     */
    private static final java.util.regex.Pattern BUDGET_WITHOUT_REVENUE = java.util.regex.Pattern.compile(
            // (and 一般公共财政预算: "一般公共财政预算增长8%" ending a district's 2025 list, batch or's or01)
            "(?:地方)?一般(?:公共)?(?:财政)?预算(?=完成|实现|同比|增长|下降)");

    /**
     * 以 left out of 规模以上 / 限额以上: "规模上工业增加值", "限额上批零企业实现商品销售额" (a high-tech zone's first quarter,
     * batch ne's ne06) — the designated size, as the statistics name it; 规模上 only before 工业 or 服务业 ("在规模上企业仍偏小" is
     * prose about size — the review of batch nd/ne's rules).
     */
    private static final java.util.regex.Pattern ABOVE_SIZE_TYPO = java.util.regex.Pattern.compile(
            "规模上(?=工业|服务业)|限额上(?=工业|企业|批|零|住|餐|服务|单位)"
            // (and 限上 before the retail sales the catalog names: "限上社会消费品零售总额增长56%", a development zone's
            // targets, batch nq's nq06, was taken for the whole region's retail sales; 限上批零住餐 stays as written)
            + "|(?<![\\u4e00-\\u9fff])限上(?=社会消费品零售总额|消费品零售总额)");

    /**
     * R&D before a Chinese word as 研发, the word the catalog's names use: "全社会R&D经费投入强度增长3.35%" (a development
     * zone's 2024 targets, batch nd's nd05) is 研发经费投入强度.
     */
    private static final java.util.regex.Pattern RESEARCH_AND_DEVELOPMENT = java.util.regex.Pattern.compile(
            "R\\s?&\\s?D(?=[\\u4e00-\\u9fff])");

    /**
     * The concentration's unit in symbols, as the catalog names it in words: "PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3"
     * (a city's targets, batch mv's mv04), μg/m³, ug/m3 — 微克/立方米.
     */
    private static final java.util.regex.Pattern MICROGRAMS_PER_CUBIC_METRE = java.util.regex.Pattern.compile(
            "[μµu]g\\s*/\\s*(?:m3|m³|M3)(?![\\w])");

    /**
     * A comma doubled by another mark: "下降3.5%,、水耗下降4%", "低1个百分点,。" (a mirror of a 2011 news item that writes a
     * comma before most marks, batch nd's nd01) — the comma goes, the mark stays, and the 、 no longer opens a phrase.
     */
    private static final java.util.regex.Pattern DOUBLED_MARK = java.util.regex.Pattern.compile(",(?=[、。;;,])");

    /**
     * A reading in pinyin after a character, the ruby of a page flattened into its text: "地区(qū)生产(chǎn)总值" (a
     * district's 2010 report in traditional characters, batch mt's mt03), "會(huì )議" with a space (a wire copy, batch nf's
     * nf02) — at least one tone mark, so "(GDP)" stays; a word's reading and a gloss given twice: "社会消费品(xiāofèipǐn)零售
     * 总额(língshòuzǒngé)", "增长(zēngzhǎng)(zēngzhǎng)" (a mirror of a city's 2025 press conference, batch ny's ny02, whose
     * 社会消费品零售总额 was lost).
     */
    /** A reading in pinyin without tone marks after a character, once or repeated: "兵團(tuan)(tuan)", "同(tong)(tong)比". */
    private static final java.util.regex.Pattern TONELESS_PINYIN = java.util.regex.Pattern.compile("(?<=[\\u4e00-\\u9fff])(?:\\([a-z]{1,6}\\))++");

    /**
     * {@code text} without toneless pinyin glosses when the page is full of them (five or more: a mirror of a 兵团's
     * quarter in traditional characters, batch oy's oy10, "實(shi)現(xian)總產值45.61億(yi)元(yuan)"); a single "(km)" after
     * a name stays.
     */
    static String withoutTonelessPinyin(String text) {
        return foundAtLeast(TONELESS_PINYIN, text, 5) ? TONELESS_PINYIN.matcher(text).replaceAll("") : text;
    }

    private static final java.util.regex.Pattern PINYIN = java.util.regex.Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])(?:\\((?=[a-zü ]{0,30}+[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ ]{1,40}+\\))++");

    /**
     * The space inside an abbreviation a page spaced out: "G D P", "G DP" (a newspaper's page of a port zone's 2016
     * targets, batch mv's mv03) — a space after a single capital letter, before another; "CPI PPI" keeps its space.
     */
    // (and "PM 2.5", "P M 2.5": the particulate's name keeps its figure — the review of batch mv's rules)
    private static final java.util.regex.Pattern SPACED_LETTERS = java.util.regex.Pattern.compile("(?<=(?<![A-Za-z])[A-Z]) (?=[A-Z])"
            + "|(?<=PM) (?=2\\.5|10(?!\\d))"
            // (and the spaces a PDF's text puts around an abbreviation between characters: "研发经费投入占 GDP 比重 2.43%", a city's
            // 2025 plan, batch oi's oi02, whose share lost its catalog name)
            + "|(?<=[\\u4e00-\\u9fff])\\h++(?=[A-Z]{2,5}+\\h*+[\\u4e00-\\u9fff])|(?<=[\\u4e00-\\u9fff][A-Z]{2,5}+)\\h++(?=[\\u4e00-\\u9fff])");

    /** 千分之七 → 7‰, 百分之三点五 → 3.5%: a rate written in words, as reports often write permille targets. */
    private static final java.util.regex.Pattern FRACTION_WORDS =
            // (the whole number or none: "百分之九千" was 9 % — a break-it trial; 9000 % is said as no report's figure)
            // (and a range's other end in words: "增长百分之五到六" was exactly 5 % — the break-it trial after round 39)
            java.util.regex.Pattern.compile("(千分之|百分之)([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"
                    + "(?![零〇一二两三四五六七八九十百千万亿点])(?:(到|至)([零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)"
                    + "(?![零〇一二两三四五六七八九十百千万亿点个]))?");

    /**
     * 百分之 or 千分之 before digits: "增长百分之8左右", "控制在百分之4.6以内" (a wire on the nation's 2007 report in traditional
     * characters, round 66's rd06, read as 8亿元 and a qualitative clause).
     */
    private static final java.util.regex.Pattern FRACTION_BEFORE_DIGITS = java.util.regex.Pattern.compile(
            "(千分之|百分之)(?=\\d)(\\d++(?:\\.\\d++)?)(?![\\d.%‰])");

    static String fractionWords(String raw) {
        String text = FRACTION_BEFORE_DIGITS.matcher(raw).replaceAll(d -> d.group(2) + (d.group(1).equals("千分之") ? "‰"
                : raw.startsWith("个百分点", d.end()) ? "" : "%"));
        java.util.regex.Matcher m = FRACTION_WORDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = chineseNumber(m.group(2));
            // (百分之一点五个百分点 is 1.5 points, not 1.5 % — the break-it trial after round 39)
            String unit = m.group(1).equals("千分之") ? "‰" : m.group(3) == null && text.startsWith("个百分点", m.end()) ? "" : "%";
            String other = m.group(4) == null ? null : chineseNumber(m.group(4));
            m.appendReplacement(out, number == null ? m.group() : number + (other == null ? unit + (m.group(3) == null ? ""
                    : m.group(3) + m.group(4)) : "-" + other + unit));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * 一点五万人 → 1.5万人, 控制在一百零三以内 → 控制在103以内: an amount written in words before its unit, or a figure in
     * words after a verb of target (a wire story, batch me's me10, where every figure is in words). Ordinals, dates and
     * counts of years (第十二届, 一月二十八日, 连续五年) are none of these and stay as written.
     */
    private static final java.util.regex.Pattern AMOUNT_WORDS = java.util.regex.Pattern.compile(
            // only after a verb of target (百亿元企业, 超十亿元项目, 每百万人口, 最后一公里 are names, not figures — the review
            // of batch me), and only before a unit the figures are read in
            // (and 突破 before 万亿元: "力争GDP首次突破一万亿元人民币", Yunnan's 2012 report in a news item, batch oc's oc06)
            // (and a gap to the target or the pace in words: "低于目标零点六个百分点" — a break-it trial, the gap dropped)
            "(?<=控制在|达到|增长|提高|降低|下降|新增就业|新增|就业|实现|完成|增加|减少|突破|目标|进度)"
            // (and 万 inside before a unit of one, "城镇新增就业一万二千人" — a break-it trial, a target with no value)
            + "([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?|[一二两三四五六七八九十]+万[零〇一二两三四五六七八九十百千]+(?=人|元|吨|户))"
            + "(?:(?=万人|万元|亿元|万亿元|万吨|个百分点|元|人|吨|户)(?![^,,;;。\\s]{0,8}?(?:企业|项目|产业|级|大关))"
            + "|(?=以内|以上|以下|左右|[,,。;;]))");

    /**
     * 二千零一十五亿元, 四十九点五亿美元, 四百六十多亿元: an amount in words right before a unit of money, output or people,
     * after a name (a wire copy of a region's 2004 report, batch nb's nb01, where every figure is in words) — only a number
     * of at least two words or with 十/百/千/点, so 一亿元企业 and 千亿元产业 (names, excluded as above) stay.
     */
    private static final java.util.regex.Pattern AMOUNT_BEFORE_UNIT = java.util.regex.Pattern.compile(
            // (only after the name of an amount or a verb of one: "开工建设三百万吨钢铁基地", "三十万人口规模的新城" are
            // projects — the review of batch nb's rules)
            "(?<=[值资额入量口润收]|达到|实现|完成|突破|超过|为|至)"
            + "([零〇一二两三四五六七八九十百千]{2,}+(?:点[零〇一二三四五六七八九]+)?"
            + "|[一二两三四五六七八九]点[零〇一二三四五六七八九]+"
            // (and one word before 万亿元: "地区生产总值三万亿元" — a break-it trial of 2026-12-05, kept as words)
            + "|[一二两三四五六七八九](?=万亿元))"
            // (and 多 after the scale: "国内生产总值一千五百八十四亿多元人民币", a city's 1-7月 in a wire, batch ou's ou09)
            + "(?=(?:多?(?:万亿元|亿元|亿美元|万元|万美元|万吨|万人|元)|[亿万]多[元人吨])(?!\\S{0,3}(?:企业|项目|产业|级|以上企业)))");

    static String amountWords(String text) {
        return inDigits(inDigits(text, AMOUNT_WORDS), AMOUNT_BEFORE_UNIT);
    }

    /** {@code text} with each number in words that {@code words} finds (its group 1) in digits; one that is none stays. */
    private static String inDigits(String text, java.util.regex.Pattern words) {
        return words.matcher(text).replaceAll(m -> {
            String number = chineseNumber(m.group(1));
            return java.util.regex.Matcher.quoteReplacement(number == null ? m.group() : number);
        });
    }

    /** 元至九月, 一至十一月, 元月至6月: the months from January, as 1-9月 (a county's 2018 简况, batch mh's mh04). */
    private static final java.util.regex.Pattern MONTH_WORDS = java.util.regex.Pattern.compile(
            "(?<![\\d一二三四五六七八九十万亿千百])(?:元|一)月?(?:至|到|—|-|~)((?:十[一二]?|[二三四五六七八九])|1[0-2]|[2-9])月");

    /**
     * Quarters counted from the first: "1-3季度我镇完成全社会固定资产投资41.5亿元" (a town's news item, batch mu's mu08) is
     * 前三季度, 1-2季度 上半年 — the figure after the digits had lost its name; 第一至三季度 too. Not "未来1-2个季度", a span
     * of time ahead (the review of batch mu's rules).
     */
    private static final java.util.regex.Pattern QUARTERS_FROM_FIRST = java.util.regex.Pattern.compile(
            "(?:第)?(?<![\\d.])(?:1|一)\\s*(?:至|到|—|-|~)\\s*([23]|[二三])季度");

    /**
     * January and February listed, as a release of the first two months names them: "1、2月份,全县规模以上工业增加值同比增长
     * 8.2%" (一、二月份) is 1-2月 — read as a list item "1、" and a single month, its figures were lost. Only these two: "3、
     * 4月" are two months of their own, not a period from January; "一、二月份全市…" opening a line is an outline's first
     * item on February, and "十一、二月份" are November and December (the review of batch nf/ng's rules).
     */
    private static final java.util.regex.Pattern FIRST_TWO_MONTHS = java.util.regex.Pattern.compile(
            "(?<![\\d.、,,])1、2月|(?<![\\d.、,,\\n。;;一二三四五六七八九十])(?<!^)一、二月");

    /**
     * The first months counted: "前8个月,全市规模以上工业增加值同比增长9.1%" (a city's news copy, batch ng's ng07), 前两个月 —
     * 1-8月, 1-2月; the period was lost and every figure with it. Not 提前两个月 (ahead of time: the review).
     */
    private static final java.util.regex.Pattern FIRST_MONTHS = java.util.regex.Pattern.compile(
            "(?<![提超早延推之以])前(1[0-2]|[2-9]|十[一二]?|[两二三四五六七八九])个月");

    /**
     * A year written half in Chinese numerals and half in digits: "其中二00六年上海生产总值达到…" (a wire copy of 2007, batch
     * nf's nf02) is 2006年 — its 00 was read as a figure of 0 and the year lost.
     */
    private static final java.util.regex.Pattern MIXED_YEAR = java.util.regex.Pattern.compile(
            "(?<![\\d一二三四五六七八九〇零])(?=[^年]{0,3}[\\d])(?=[^年]{0,3}[一二三四五六七八九〇零])([12一二][\\d〇零一二三四五六七八九]{3})(?=年)");

    /**
     * A year of this century by its last two figures, the first a zero: "渡过了经济发展最困难的0九年" (a wire on a city's 2010 report
     * in traditional characters, batch ov's ov08, read as a GDP of 0亿元) is 2009年.
     */
    private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile(
            // (in words after the zero only: "06年" is as it was — the review of round 36's rules)
            "(?<![\\d一二三四五六七八九〇零十百千万亿.])[0〇零]([一二三四五六七八九])(?=年)");

    static String monthWords(String text) {
        text = SHORT_YEAR.matcher(text).replaceAll(y -> "200" + "零一二三四五六七八九".indexOf(y.group(1)));
        text = QUARTERS_FROM_FIRST.matcher(text).replaceAll(q -> "2二".contains(q.group(1)) ? "上半年" : "前三季度");
        text = FIRST_TWO_MONTHS.matcher(text).replaceAll("1-2月");
        text = MIXED_YEAR.matcher(text).replaceAll(y -> y.group(1).chars().mapToObj(c -> String.valueOf(Character.isDigit(c)
                ? (char) c : (char) ('0' + "零一二三四五六七八九".indexOf(c == '〇' ? '零' : c)))).collect(java.util.stream.Collectors.joining()));
        text = FIRST_MONTHS.matcher(text).replaceAll(m -> "1-" + (m.group(1).matches("\\d+") ? m.group(1)
                : chineseNumber(m.group(1).replace('两', '二'))) + "月");
        java.util.regex.Matcher m = MONTH_WORDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String last = m.group(1).matches("\\d+") ? m.group(1) : chineseNumber(m.group(1));
            m.appendReplacement(out, last == null ? m.group() : "1-" + last + "月");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A Chinese number below 10000, with a decimal part after 点 (三点五 → 3.5, 二千零一十五 → 2015); null when it is not one. */
    static String chineseNumber(String words) {
        String digits = "零一二三四五六七八九";
        if (words.matches("[零〇一二两三四五六七八九]*[零〇][零〇一二两三四五六七八九]*(?:点[零〇一二三四五六七八九]+)?")) {
            // written digit by digit: 一〇八点二 is 108.2, 三〇〇 is 300 (the review of batch nb's rules)
            StringBuilder figure = new StringBuilder();
            for (char c : words.toCharArray()) {
                figure.append(c == '点' ? '.' : (char) ('0' + digits.indexOf(c == '〇' ? '零' : c == '两' ? '二' : c)));
            }
            return figure.toString().replaceFirst("^0+(?=\\d)", "");
        }
        if (words.matches(".*[一二两三四五六七八九][一二两三四五六七八九].*") && !words.contains("点")) {
            return null; // 三五万人, 七八个百分点, 一两个: an estimate, not a figure
        }
        String[] parts = words.replace('〇', '零').replace('两', '二').split("点", 2);
        int value = 0;
        int current = 0;
        int tenThousands = 0;
        for (char c : parts[0].toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '万' && tenThousands == 0 && parts.length == 1) {
                // 一万二千 is 12000: what came before counts in ten thousands
                tenThousands = value + current;
                value = 0;
                current = 0;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                value += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if (c == '千' && value == 0) {
                value += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                return null;
            }
        }
        value += current + tenThousands * 10000;
        if (parts.length == 1) {
            return Integer.toString(value);
        }
        StringBuilder decimals = new StringBuilder();
        for (char c : parts[1].toCharArray()) {
            decimals.append(digits.indexOf(c));
        }
        return value + "." + decimals;
    }

    /** Splits at any of the separator characters that stand outside round brackets. */
    public static List<String> splitOutsideBrackets(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '〈' || c == '【' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '〉' || c == '】' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** The text with every (...) group removed, and the contents of those groups, in order. */
    public record Bracketed(String outside, List<String> groups) {
    }

    public static Bracketed extractBrackets(String text) {
        StringBuilder outside = new StringBuilder();
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth > 0) {
                    group.append(c);
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    groups.add(group.toString());
                    group.setLength(0);
                } else {
                    group.append(c);
                }
            } else if (depth > 0) {
                group.append(c);
            } else {
                outside.append(c);
            }
        }
        if (depth > 0) {
            // an unclosed bracket (scraping damage in the seeds) still counts as a group
            groups.add(group.toString());
        }
        return new Bracketed(outside.toString(), groups);
    }

    public static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    public static int countCjk(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The most characters a quoted source text or warning fragment keeps ({@link #excerpt}). */
    public static final int EXCERPT_LENGTH = 300;

    /**
     * {@code text} cut to {@link #EXCERPT_LENGTH} characters with "…" after, or as it is when shorter (or null). A target
     * or figure quotes the sentence it was read from; a sentence without a full stop can be a whole 500,000-character
     * text, quoted once per target — an answer growing with the square of the input, which ran the gateway out of
     * memory in a break-it trial (2026-12-02).
     */
    public static String excerpt(String text) {
        String shown = shown(text);
        return shown == null || shown.length() <= EXCERPT_LENGTH ? shown : shown.substring(0, EXCERPT_LENGTH) + "…";
    }

    /** {@code text} as it is shown to a person: without the readers' marks ({@link #ZERO_WIDTH_SPACE}); null stays null. */
    public static String shown(String text) {
        return text == null || text.indexOf(ZERO_WIDTH_SPACE) < 0 ? text : text.replace(String.valueOf(ZERO_WIDTH_SPACE), "");
    }

    /** A mark the readers put between words that must not be read together; never shown (excerpts drop it). */
    public static final char ZERO_WIDTH_SPACE = '\u200B';
}
