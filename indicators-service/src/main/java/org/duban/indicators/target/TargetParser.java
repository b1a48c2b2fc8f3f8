package org.duban.indicators.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.IndicatorKind;
import org.duban.indicators.catalog.IndicatorMatch;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.text.CellPerLineTable;
import org.duban.indicators.text.ChineseText;
import org.duban.indicators.text.PageFurniture;
import org.duban.indicators.text.WebFurniture;
import org.duban.indicators.text.QuantityReader;
import org.duban.indicators.text.QuantityReader.Quantity;

/**
 * Reads expected targets from report text: "地区生产总值增10%,达到581亿元", "增长7.8%左右", "增长6%以上",
 * "控制在4.5%以内", "下降3.5%以上", "与经济发展同步增长", "分别达到3.1万元、1.7万", "全面完成节能减排任务".
 *
 * <p>A percentage is a growth for amounts and levels, and the value itself for rates (失业率 4.5%). Levels are
 * converted to the indicator's unit. Every fragment that cannot be read becomes a warning; nothing is guessed.
 */
public final class TargetParser {

    /** How far on the bad side an ABOUT (左右) target still counts as met. */
    public record Options(BigDecimal aboutGrowthPoints, BigDecimal aboutLevelPercent) {
        public static Options defaults() {
            return new Options(new BigDecimal("0.5"), new BigDecimal("1"));
        }
    }

    // (and "与经济发展趋势基本一致", Sichuan's 2022 report in a news item, batch oc's oc01: consistent with the economy's
    // trend is in step with it — read as a clause of no target)
    private static final Pattern IN_STEP = Pattern.compile("(?:与|和|同)(?:(.{1,40}?)(?:保持)?同步"
            + "|(经济(?:增长|发展))(?:趋势)?(?:基本)?(?:保持)?一致)");
    /** An income's "保持同步增长", "基本同步" with no reference named: in step with the economy (see targetFor). */
    private static final Pattern UNNAMED_STEP = Pattern.compile("(?:增长)?(?:基本)?(?:保持)?(?:基本)?同步(?:增长)?");
    /** Farmers' net income, the rural survey's measure until 2013: 农民人均纯收入, 农村居民人均纯收入, 农牧民人均纯收入. */
    private static final Pattern FARMERS_NET_INCOME = Pattern.compile("(?:农民|农村居民|农牧民)人均纯收入");
    /** 人均可支配收入 with no residents named before it (not 居民人均…, 城镇…, 全市…). */
    private static final Pattern BARE_DISPOSABLE_INCOME = Pattern.compile("(?<![\\u4e00-\\u9fff])人均可支配收入"
            + "|(?<=[、和及与])人均可支配收入");
    /** 财政 alone before its growth, as a list's item: "确保生产总值增长12%,财政增长13%", "确保财政增长13%". */
    private static final Pattern BARE_FISCAL = Pattern.compile("(?<=^|[,,;;、。]|确保|力争|争取)财政(?=增长\\d)");
    /** A verb of work opening a piece (扩大, 加快, 推进…): the piece is a task, not a name. */
    private static final Pattern WORK_VERB = Pattern.compile("^(?:扩大|加大|加快|推进|提升|促进|稳定|优化|增加|强化|深化|持续|着力|大力|积极|努力)");

    /**
     * Names listed with 、 before "等(主要)(经济)指标" and one growth without a figure for all: "一般公共预算收入、固定资产投资、
     * 工业开票等主要经济指标保持较快增长" (a development zone's 2025 aims, round 48's pt02), "…进出口总额等主要经济指标实现两位数
     * 增长" (mk06) — each name's own qualitative target, a clause of its own named by the catalog's name where it has one, as
     * the README keys names sharing a figureless aim (oc07). Group 1 the names, group 2 the aim.
     */
    private static final Pattern NAMES_SHARING_A_GROWTH_AIM = Pattern.compile("(?<=^|[,,。;;::])((?:[^,,。;;::、\\d%]{2,16}、){1,8}"
            + "[^,,。;;::、\\d%]{2,16}?)等(?:主要)?(?:经济)?指标((?:保持|实现)?(?:较快|平稳|快速|稳定|稳步|两位数|中高速)(?:的)?增长)"
            + "(?=[,,。;;]|$)");
    /** Words of the sentence before the first listed name: "力争一般公共预算收入、…", "全年…". */
    private static final Pattern BEFORE_FIRST_NAME = Pattern.compile("^(?:力争|确保|争取|推动|实现|全年|今年|年内|全[省市区县镇旗州]|我[省市区县镇旗州])++");
    /**
     * A list that is no list of aims: results so far (今年以来, 去年), or names sharing a head noun ("城镇、农村居民人均可支配收入等
     * 指标稳步增长": 城镇 is half a name) — the review of round 48's rules.
     */
    private static final Pattern NOT_NAMES_OF_AIMS = Pattern.compile("以来|去年|上年|(?:^|、)(?:城镇|农村|城乡|城市|乡村)、");

    /**
     * Names of investments or revenues parted by commas, then 均 and one growth for all: "其中交通投资,生态环保、城市更新和水利
     * 设施投资,高新技术产业投资,民间项目投资均增长12%以上" (a city's 2020 plan notice, batch nu's nu08, of which only the last
     * was read, as "民间项目投资均") — each name with the growth, as a phrase of its own (a name that is itself a list,
     * 生态环保、城市更新和水利设施投资, stays one). A piece opened by a verb of work is a task, no name: "扩大有效投资,重点项目
     * 投资均增长10%" is one name's growth (the review of batch nu/nv).
     */
    private static final Pattern NAMES_APART_BY_COMMAS = Pattern.compile("(?<=其中|^|[。;;::])((?:"
            + "[^,,。;;::\\d%]{2,16}?(?:投资|收入|额|值|产值|总额)[,,]){1,8}"
            + "[^,,。;;::\\d%]{2,16}?(?:投资|收入|额|值|产值|总额))均((?:增长|提高|下降)\\d+(?:\\.\\d+)?%(?:以上|左右|以内)?)");

    /**
     * A name outside the catalog listed before a catalog name, one growth for both: "可用财力、农民人均纯收入增长20%以上" (a
     * town's 2013 targets in a news item, batch nu's nu05, whose 可用财力 was dropped, silently) — each name with the growth.
     * Not a head that shares the catalog name's tail (城镇、农村居民人均可支配收入), which is the two incomes.
     */
    private static final Pattern LISTED_NAME_BEFORE = Pattern.compile("(?<=^|[,,;;。::])([^,,;;。::、\\d%\\s]{2,10})、"
            + "([^,,;;。::、\\d%]{2,20}?)((?:增长|提高|下降)\\d+(?:\\.\\d+)?%(?:以上|左右|以内)?)");

    private static final Pattern SHARED_HEAD = Pattern.compile("(?:居民|城镇|城区|城市|农村|农民|农业|工业|服务业|产业)$");

    private String withListedNameApart(String text) {
        return LISTED_NAME_BEFORE.matcher(text).replaceAll(m -> {
            String before = m.group(1);
            String name = m.group(2);
            // (not a head of whom or what the name counts: 城镇居民、农民人均纯收入, 城区、农村居民…, 农业、规模以上工业增加值 —
            // the review of batch nu's rule)
            boolean catalogued = catalog.byExactName(name).isPresent() && catalog.findFirst(before).isEmpty()
                    && !SHARED_HEAD.matcher(before).find();
            for (int cut = 1; catalogued && cut < name.length(); cut++) {
                catalogued = catalog.byExactName(before + name.substring(cut)).isEmpty();
            }
            return Matcher.quoteReplacement(catalogued ? before + m.group(3) + "," + name + m.group(3) : m.group());
        });
    }

    /** "为全面实现2013年", "为完成2024年": the purpose before targets named in a sentence, with its year (group 1). */
    private static final String PURPOSE = "为(?:全面)?(?:实现|完成)((?:19|20)\\d{2})年";
    private static final Pattern PURPOSE_WITH_YEAR = Pattern.compile(PURPOSE + "(?=[^,,。;;\\d]{2,20}"
            + "(?:增长|提高|下降|达到|控制))");

    /** The purpose with its year through its 目标: "为全面实现2025年地区生产总值达到1000亿元的目标". Group 1 is the year. */
    private static final Pattern LATER_GOAL = Pattern.compile(PURPOSE + "[^。;;]{2,80}?的(?:奋斗)?目标");

    /** The first year a text names ("2024年,洛江区双阳街道定下新目标!"): its targets' when its introduction names none. */
    private static final Pattern FIRST_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    /**
     * Growth of nothing: 零增长, 与上年持平 are a growth of 0 % (the corpus's and the statistics bureaus' reading); so are
     * 与上年度持平 and 与2023年持平 in a 2024 report, the year before named by its number (a district's and a 街道's 2024
     * targets, batch nd), and 保持上年水平. Group 1 is that year.
     */
    // (not a rate's, share's or index's: "城镇登记失业率与上年度持平" holds last year's rate, no rate of 0 %; nor a year that
    // is not the year before the report's own — "与2023年持平" in a 2023 report, "与2020年持平" (a base year): the review of
    // batch nd/ne's rules)
    // (nor a growth's: "全体居民人均可支配收入增长与上年度持平" holds last year's growth rate — a town's 2025 aims, batch or's
    // or08, read as "增长增长0%")
    // (not 社零增长7%, 社零 being 社会消费品零售总额 — the break-it trial after round 39)
    // (and 基本 before it: "地区生产总值74.5亿元,基本与上年持平" — a 镇's 2012 plan, round 60's qr01, read as a subject 基本)
    private static final Pattern ZERO_GROWTH = Pattern.compile("(?<!社)零增长|(?<![率幅重例数长])(?:(?:基本|大体)(?=与|同))?(?:与|比|同)"
            + "(?:上年度?|去年|上一年|((?:19|20)\\d{2})年度?)"
            + "(?:基本)?持平|同比持平|由负转平|(?:增速|增幅)?转负为平"
            // "财政收入保持上年水平" (a province's 2020 plan report, batch ns's ns04): last year's amount held
            + "|(?<![率幅重例数速度比])保持(?:在)?(?:上年度?|去年)(?:的)?水平");
    /**
     * A target the report says is set elsewhere or later: 另行确定, 待…后确定, 暂不设定, and "全社会固定资产投资增长目标根据新的
     * 统计口径设置" (a province's 2017 report, batch mi's mi01) — a target that names no figure because it will follow a
     * new statistical scope.
     */
    /**
     * A ratio written against 1: "中心区城乡居民收入差距控制在2.2∶1以内", "…差距缩小到1.2∶1" (a regional plan's 2025 goals,
     * batch no's no14) gave nothing, silently, or in a longer sentence the incomes a level of 2.2元. The clause is not
     * read — the office is told.
     */
    private static final Pattern RATIO_TO_ONE = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?\\s*+[∶:]\\s*+1(?![\\d.:∶])");
    private static final String CLAUSE_ENDS = ",,;;。\n";
    private static final Pattern INCOME_RATIO_WORDS = Pattern.compile("收入(?:之)?比|倍差");

    /** {@code text} less every clause that states a ratio against 1 ({@link #RATIO_TO_ONE}), each told in a warning. */
    private static String withoutRatioClauses(String text, List<ParseWarning> warnings) {
        // ("城乡居民人均可支配收入比控制在2.3:1以内": the urban-rural ratio, read as 城乡收入倍差 — the review)
        return withoutClauses(text, RATIO_TO_ONE, CLAUSE_ENDS, clause -> INCOME_RATIO_WORDS.matcher(clause).find(), false,
                "比值目标(x∶1)未读取,请人工录入 / a ratio target (x∶1) not read: enter it by hand", warnings);
    }

    /**
     * {@code text} less each clause — to the nearest of {@code ends} either side — in which {@code found} finds, unless
     * {@code kept} holds of the clause; each clause left out is told in a warning with {@code message}. With
     * {@code withItsMark} the mark that closes the clause goes with it (a line's end stays).
     */
    private static String withoutClauses(String text, Pattern found, String ends, java.util.function.Predicate<String> kept,
            boolean withItsMark, String message, List<ParseWarning> warnings) {
        Matcher m = found.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            if (m.start() < copied) {
                continue; // a second find in a clause already left out
            }
            int start = m.start();
            while (start > copied && ends.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int end = m.end();
            while (end < text.length() && ends.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String clause = text.substring(start, end);
            if (kept.test(clause)) {
                continue;
            }
            if (withItsMark && end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            warnings.add(new ParseWarning(text.substring(start, end).strip(), message));
            out.append(text, copied, start);
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Targets quoted before the words that name them: "确立了“地区生产总值增长6%,规上工业增加值增长8%,…,主要经济指标增速
     * 不低于全国、全省平均水平”的预期目标" (a city's 2025 targets in a press conference's news item, batch ny's ny02, whose
     * results and task counts before were read as targets and the quote's close as part of the last) — written as an
     * introduction before the list, "确立了主要预期目标:…。", so the text before is narrative and the list ends with the quote.
     */
    private static final Pattern QUOTED_TARGETS = Pattern.compile("(确立|确定|提出|明确|锁定|设定|定下)了?“([^“”\\n]{0,400}?"
            + "(?:增长|达到|控制在|提高|下降)[^“”\\n]{0,10}?\\d[^“”\\n]{0,400}?)”的(?:主要)?(?:经济社会发展)?预期目标");
    /** Spaces after a rate, before the next clause's words (not before its qualifier: "7% 左右"). */
    private static final Pattern SPACE_AFTER_RATE = Pattern.compile("(?<=\\d[%‰])\\h+(?=[\\u4e00-\\u9fffA-Z]{2})"
            + "(?!左右|以上|以内|以下|上下|之间|的|和|与|及|或)");
    /** An indicator's aim in a clause: its growth or level in figures or in words (两位数, 翻一番). */
    private static final Pattern AIM_IN_CLAUSE = Pattern.compile("(?:增长|增速|提高|下降|达到|突破|控制在)[^,,。;;]{0,6}?(?:\\d|两位数|翻一?番)"
            + "|(?:两位数|\\d%)(?:以上)?的?(?:增长|增幅)");

    /**
     * A text whose every word the work after its conclusion took, nothing read before it ("2024年,综保区将重点做好以下几项工作:一是
     * …力争全年营业收入、税收、固投、工业总产值等主要经济指标,再次实现两位数以上增长", a 综保区's aims in a 人代会 item, batch
     * ot's ot03, read as nothing without a word): the clauses in the work that name an indicator of the catalog with its aim
     * are said, in one warning (issue 11: every miss a warning).
     */
    private void aimsInTheWork(String work, List<ParseWarning> warnings) {
        List<String> aims = new ArrayList<>();
        for (String clause : work.split("[。;;\\n]")) {
            if (AIM_IN_CLAUSE.matcher(clause).find() && catalog.findFirst(clause).isPresent()) {
                aims.add(clause.strip());
            }
        }
        if (!aims.isEmpty()) {
            String joined = String.join(";", aims);
            warnings.add(new ParseWarning(joined.length() > 120 ? joined.substring(0, 120) + "…" : joined, "工作部署中的" + aims.size()
                    + "处指标表述未读作目标,请人工核对 / " + aims.size() + " clauses naming an indicator's aim in the work: not read"));
        }
    }

    /** Last year's account in brackets, one bracket inside at most: "(去年低于预期目标(4.8%)0.6个百分点)". */
    private static final Pattern LAST_YEAR_IN_BRACKETS = Pattern.compile("\\((?:去年|上年|上一年)[^()]{0,40}+(?:\\([^()]{0,20}+\\)[^()]{0,40}+)?\\)");
    /** A goal of a year after the aim's verb and no name: ",力争2027年突破2000亿元", ",力争到2028年达到1000亿元". */
    private static final Pattern YEAR_AIM_WITHOUT_NAME = Pattern.compile("(?<=[,,;;])(力争|确保|争取)(?:到)?((?:19|20)\\d{2})年(?:底|末)?"
            + "(?=(?:突破|达到|超过|实现|迈上|跨上)?\\d)[^,,。;;]*+");
    /** A growth in the clause that follows: "全区地区生产总值增长6.5%左右". */
    private static final Pattern GROWTH_AFTER = Pattern.compile("[^,,。;;]{0,20}?(?:增长|下降|增速)[^,,。;;\\d]{0,4}\\d+(?:\\.\\d+)?%");

    /** The warning for a goal of a year the text does not show to be the targets': left out ({@code notRead}) or kept. */
    private static ParseWarning goalOfAnotherYear(String clause, String year, boolean notRead) {
        return new ParseWarning(clause, "“" + year + "年”的目标不能确定是本年度的" + (notRead ? ",未读取" : "") + ",请核对 / a goal of " + year
                + ", not shown to be this year's" + (notRead ? ": not read" : ""));
    }

    /** Whether {@code text} names {@code words} at two places at least. */
    private static boolean namedTwice(String text, String words) {
        int first = text.indexOf(words);
        return first >= 0 && text.indexOf(words, first + words.length()) >= 0;
    }

    /** A text cut right after the 以 of a figure's 以上 or 以内: "…城镇新增就业6.9万人以" at an excerpt's end. */
    private static final Pattern CUT_QUALIFIER = Pattern.compile("(?<=^|[,,。;;\\n])([^,,。;;\\n]*\\d(?:\\.\\d+)?\\h*[^\\d\\s,,。;;]{0,3})以\\h*$");
    /** A fall to a level: 下降至, 降到, 减少到. */
    private static final Pattern FALLEN_TO = Pattern.compile("(?:下降|降低|减少|降)(?:至|到)");
    /** Words of a fall before a figure. */
    private static final Pattern FALL_WORDS = Pattern.compile("下降|降低|减少|削减|压减");
    /** Words of a ceiling before a figure: what is cut after its 以 is 以内. */
    private static final Pattern CEILING_WORDS = Pattern.compile("控制在|不超过|低于|以内|之内");

    /**
     * {@code text} with a 以 cut at its very end read as the qualifier it began — 以内 after words of a ceiling (控制在) or
     * for an indicator better lower, else
     * 以上 — and said ("…城镇新增就业6.9萬人以", a city's 2025 targets in a news item cut there, batch or's or04, read as
     * exactly 6.9万人 without a word).
     */
    String withCutQualifierRead(String text, List<ParseWarning> warnings) {
        if (!text.stripTrailing().endsWith("以")) {
            return text;
        }
        // (the text's last clause only: the pattern is tried at every place it could start)
        int tail = Math.max(0, text.length() - 200);
        Matcher cut = CUT_QUALIFIER.matcher(text).region(tail, text.length());
        if (!cut.find()) {
            return text;
        }
        // (以内 too for an indicator that is better lower: "城镇登记失业率4.5%以" — the review of round 34's rules)
        // (but a fall's cut is 以上: "能耗下降3%以" — the review of round 35's rules)
        // (a fall to a level is its ceiling: "死亡人数下降至20人以")
        boolean ceiling = CEILING_WORDS.matcher(cut.group(1)).find() || FALLEN_TO.matcher(cut.group(1)).find()
                || !FALL_WORDS.matcher(cut.group(1)).find()
                && catalog.findFirst(cut.group(1)).map(m -> !m.indicator().higherIsBetter()).orElse(false);
        String qualifier = ceiling ? "以内" : "以上";
        warnings.add(new ParseWarning(cut.group().strip(), "原文在“以”后截断,读作“" + qualifier + "”,请核对 / the text breaks off "
                + "after 以: read as " + qualifier + ", check it"));
        return text.substring(0, cut.start()) + cut.group(1) + qualifier;
    }

    /** The targets' year right after an aim's verb, before the region or the name, and the clause: "力争2023年全市地区生产总值…". */
    private static final Pattern YEAR_AFTER_AIM = Pattern.compile("(力争|确保|争取|努力)((?:19|20)\\d{2})年(?:全年)?"
            + "((?:全[省市县区州盟旗]|[^,,。;;\\d]{0,6}?(?:地区生产总值|生产总值|GDP))[^,,。;;]*+)");
    /**
     * Targets named by their figures' digits in quotes, then spelt out: "今年曲沃经济工作的奋斗目标“535511”,即全县地区生产总值
     * 达到56亿元,…" (a county's 2009 targets in traditional characters, batch or's or02, whose label was read as a target of
     * 535511) — the label is no figure, the words after 即 the list.
     */
    private static final Pattern NUMBERED_GOAL = Pattern.compile("(目标)“[\\d+]{3,12}”[,,]?即[,,]?");
    /**
     * Digits in quotes used as a name: "按照“135”工作思路", "夯实党建引领“141”基层智治体系" (a town's 2025 工作要点, batch or's
     * or08, each read as a target of 135 and 141) — no figure; the quoted digits are left out.
     */
    // (not a figure put in quotes before its unit: "全年接待游客“1000”万人次" — the review of round 34's rules)
    // (a measure's unit only: "“135”人才工程", "“100”个重点项目", "“1000”亿级" are names, left out; before a unit, "突破“5000”万
    // 人次", the quotes are — the review of round 35's rules)
    // (a unit that ends its clause: "项目“100”个," is a count, "“100”个重点项目", "“2000”万元级" are names — the review of
    // round 36's rules)
    // (one digit or a decimal too, before %: "增长“6”%左右" was 6亿元 — break-it trial of 2026-12-05)
    // (a formula naming a class stays, quotes and all: "“4+1”投资增长15%以上" — batch pd's pd03, whose name was cut to 投资)
    private static final Pattern QUOTED_DIGITS = Pattern.compile("“(?!\\d{1,2}\\+\\d{1,2}”[\\u4e00-\\u9fff])([\\d+.]{1,12})”(?=((?:万人次|万人|人次|亿元|万元|万吨|个|户|家|人|项|元|吨)"
            + "(?=[,,。;;、)]|$|以上|左右|以内)|%|‰)?)");
    /**
     * Quoted targets that are not the year's: a review of last year's ("年初…确定了“…”的预期目标", "2024年,我们确定了…"), or
     * goals of several years (到2027年, 年均, 三年内, 十四五) — the review of round 25's rules.
     */
    private static final Pattern NOT_THE_YEARS_QUOTE = Pattern.compile("年初|去年|上年|过去|一年来|到(?:19|20)\\d{2}年|年均|[三五]年[内来间]"
            + "|十[一二三四五六]五|\\d{4}年,我们");

    /**
     * {@code text} with quoted targets written as an introduction, when the text has no introduction of its own and the
     * quote and the words before it in its sentence are of the year ahead.
     */
    private static String withQuotedTargetsIntroduced(String text) {
        if (text.indexOf('“') < 0 || StatementSplitter.yearsIntroduction(text) >= 0) {
            return text;
        }
        return QUOTED_TARGETS.matcher(text).replaceAll(m -> {
            int sentenceStart = Math.max(Math.max(text.lastIndexOf('。', m.start()), text.lastIndexOf('\n', m.start())),
                    Math.max(text.lastIndexOf(';', m.start()), text.lastIndexOf(';', m.start())));
            String before = text.substring(sentenceStart + 1, m.start());
            return NOT_THE_YEARS_QUOTE.matcher(before + m.group(2)).find() ? Matcher.quoteReplacement(m.group())
                    : Matcher.quoteReplacement(m.group(1) + "了主要预期目标:" + m.group(2) + "。");
        });
    }

    /**
     * Foreign capital received, named by the clause before: "完成注册外资7500万美元,实际到账4000万美元" (an industrial park's
     * 2013 targets, batch ny's ny07) — 实际到账 is the 外资's, 实际利用外资 in the catalog.
     */
    // (外资 itself: not 内外资, 省外资金, 市外资金; its own clause right before, no 内资 clause between — the review of round 25)
    private static final Pattern FOREIGN_CAPITAL_RECEIVED = Pattern.compile(
            "(?<=(?<![内省市县区州])外资(?!金)[^,,;;。、\\n]{0,20}[,,])实际(?:到账|到位)(?=\\d)");

    /**
     * A bullet's item broken over a blank line, between two bullets: "●全面完成国家下达的节能减排降碳" / "" / "约束性指标和环境质量
     * 改善目标" / "" / "●…" (a paper's digest of a province's 2023 targets, batch nq's nq03) — the line without a bullet goes
     * on with the item before it, which ends on no mark.
     */
    // (the line ends on a target's noun and is no remark on the list: not "上述目标综合考虑了各方面因素", "预期目标的设定,…",
    // "相关阅读", "其他指标" — the review)
    private static final Pattern BULLET_BROKEN = Pattern.compile("(?m)^(\\h*+[●•■◆▪][^\\n]*+(?<![\\s。;;,,::.!!]))\\h*+\\n"
            + "\\h*+\\n\\h*+(?!上述|这些|其他|以上|预期|目标)([^●•■◆▪\\s\\d][^\\n\\d,,。;;]{1,30}?(?:目标|任务|指标))\\h*+\\n");
    private static final Pattern NEXT_IS_BULLET = Pattern.compile("^\\h*+\\n?\\h*+[●•■◆▪]");

    /**
     * {@code text} with each {@link #BULLET_BROKEN} item joined when a bullet follows it; when none does, the line after
     * the item may be its end or a heading ("…降碳" / "约束性指标和环境质量改善目标" / "重点抓好十个方面工作", nq03): left as it
     * is, and the office told.
     */
    private static String withBrokenBulletsJoined(String text, List<ParseWarning> warnings) {
        return BULLET_BROKEN.matcher(text).replaceAll(broken -> {
            if (NEXT_IS_BULLET.matcher(text).region(broken.end(), text.length()).lookingAt()) {
                return Matcher.quoteReplacement(broken.group(1) + broken.group(2) + "\n");
            }
            String item = broken.group(1).strip().replaceFirst("^[●•■◆▪]\\h*", "");
            warnings.add(new ParseWarning(item + broken.group(2).strip(), "条目可能在下一行继续,请核对 / the item may go "
                    + "on in the line after it: check"));
            return Matcher.quoteReplacement(broken.group());
        });
    }

    /**
     * How much a target was revised, in brackets after it: "力争国内生产总值增长12%以上(调增2个百分点)" (a development zone's
     * mid-year revision, batch nq's nq06) — read as a change of 2 个百分点 beside the growth.
     */
    // (the size only: "(上调至6.5%)", "(下调为7%左右)" give the revised target itself, left for the warning — the review)
    private static final Pattern REVISION = Pattern.compile("\\((?:调增|调减|调高|调低|上调|下调)(?![至为到])[^()\\n]{0,20}\\)");
    /** A reference to an annex or a table in brackets: "(见附件1)", "(详见附表2)", "(见表一)". */
    private static final Pattern SEE_ANNEX = Pattern.compile("[((](?:详)?见(?:附件|附表|表)[\\d一二三四五六七八九十]{0,3}[))]");
    /** A change from a named base year: "较2017年下降10%", "比2010年增长一倍". */
    private static final Pattern BASE_YEAR = Pattern.compile("^\\s*+(?:较|比)((?:19|20)\\d{2})年(?:同期)?(?:的)?(?:水平)?"
            + "(?:下降|降低|减少|增长|提高|上升|增加)");
    /** A five-year plan's period before a figure: "完成“十一五”期间下降20%左右的目标", "十二五时期累计下降16%". */
    // (and before the subject, "“十四五”期间单位地区生产总值能耗累计下降13.5%", and five years' sums, "五年累计新增城镇就业6万人" —
    // a break-it trial, each read as this year's)
    private static final Pattern FIVE_YEAR_PERIOD = Pattern.compile("(?:“?十[一二三四五六]五”?(?:期间|时期|规划期)|五年(?:累计|内|间)|(?:今后|未来)五年)"
            + "[^,,;;。\\d]{0,24}?\\d");
    private static final Pattern SET_LATER = Pattern.compile("另行(?:确定|安排|下达|制定)|待[^,,。;;]{0,20}?后(?:再)?(?:确定|安排)"
            + "|暂不(?:设定|设置|确定)|目标(?:将)?根据[^,,。;;\\d]{0,20}?口径(?:另行)?(?:设置|设定|确定|制定)(?![为到]?\\s*\\d)");
    /**
     * A share of GDP written as a proportion: "全社会研发经费支出相当于全市生产总值的比例保持在4%左右" (a city's 2019 targets,
     * batch mi's mi02) is the share the catalog names 研发经费投入占地区生产总值比重 — read as …占地区生产总值比重.
     */
    // (not inside brackets, where it defines a name: "研发投入强度(全社会研发经费支出相当于全市生产总值的比例)达到3.2%"; not of
    // GDP itself: "全市生产总值相当于全省生产总值的比重" is the city's share of the province — the review of batch mi)
    private static final Pattern GDP_PROPORTION = Pattern.compile("(?<!生产总值|GDP)相当于" + StatementSplitter.GDP_AS_WHOLE
            + "的(?:比例|比重)(?![^()]*\\))");
    /** A 、 after a figure's unit, before another name with its figure: two clauses. */
    private static final Pattern FIGURE_THEN_NAME = Pattern.compile("(?<=\\d(?:万人次|亿元|万元|万人|万吨|万亩|万户))、(?=(?:(?!稳定|达到|控制|保持|增长|提高|下降|实现|完成)[\\u4e00-\\u9fff]){4,12}\\d)");
    /**
     * A 、 after a figure, before a verb that puts its own amount first: two clauses ("落实7家规上企业、落实7000万项目资金",
     * "新建保障房4万套、新增学位3万个" — round 63's qx01 and qx04, the second figure a warned extra of the first).
     */
    private static final Pattern FIGURE_THEN_VERB = Pattern.compile("(?<=\\d[^,,;;。、\\d]{0,8})、(?=(?:力争|确保|争取|基本)?"
            + "(?:筹措|筹集|落实|新建|建成|引进|培育|新增|招引|发展)[^,,;;。、\\d]{0,8}\\d)");
    /**
     * Where a figure starts from before the level it is raised or cut to: "农村低保省定最低标准从2650元提高到3000元" (a
     * province's 2017 aims in a news item, round 63's qx04, read as a level of 2650 元), "城镇化率从55%提高到57%" — the
     * target is the level a standard is raised to; the start goes.
     */
    // (a raise only: "全市生产总值从3875亿元增加到5786亿元", "收入倍差从2.04缩小到1.92" are a city's five years told at its
    // 人代会, batch ph's ph07, no targets)
    private static final Pattern FROM_FIGURE = Pattern.compile("从\\d++(?:\\.\\d++)?[^\\d,,;;。]{0,4}?(?=(?:提高|提升|上调)(?:到|至)\\d)");
    /**
     * A task's figure adjusted to another: "姚王将市交国税开票销售12亿元的任务调整为16亿元" (a 镇's park raising its 2011 aims in
     * a city site's item, round 65's rb04) — the target is the figure adjusted to; the assigned one goes.
     */
    private static final Pattern ADJUSTED_FROM = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?(?:万亿元|亿元|万元|元|万人|人|个|家|%)?的?"
            + "(?:任务|目标)?(?:调整|调高|调增|上调)(?:为|到|至)(?=\\d)");
    /**
     * A colon after a speaker's verb: "上海市市长韩正在政府工作报告中透露:2009年上海市生产总值增长的预期目标为9%、…" (a wire on a
     * municipality's 2009 report in traditional characters, round 67's rf03, whose GDP was named by the sentence before it)
     * — the words said begin there, as after a comma.
     */
    private static final Pattern SPEECH_COLON = Pattern.compile("(?<=透露|表示|指出|强调|宣布|介绍|称|说)[::](?!\\h*+\\R)");
    /** The level that assigned a task, before its name: "市交国税开票销售" (the city's), after the place that took it on. */
    // (only after 将, or before a tax or revenue's name: 市交通建设, 区交易市场, 市交投集团 are names — the review of round 65)
    private static final Pattern ASSIGNED_BY = Pattern.compile("^(?:[\\u4e00-\\u9fff]{1,4}?将[市县省区]交|[市县省区]交(?=国税|地税|财政|税收))"
            + "(?=[\\u4e00-\\u9fff]{2})");
    /** A share named with 的 before 比重 ("占地区生产总值(GDP)的比重"): the share's name as the corpus writes it. */
    private static final Pattern SHARE_WITH_OF = Pattern.compile("(占[^,,;;。的()]{2,14})(?:\\((?:GDP|生产总值)\\))?的(比重|比例)");
    /** The margin over a standard after a figure, "超出认定标准0.3个百分点": a comparison, no target. */
    private static final Pattern STANDARD_MARGIN = Pattern.compile("[,,](?:超出|高出|高于|超过)[^,,;;。\\d]{0,6}?标准\\d+(?:\\.\\d+)?个?百分点");
    /** Good-air days named as a count with a figure in %: "空气质量优良天数达到80%", "空气质量二级和好于二级天数达到73%". */
    private static final Pattern AIR_DAYS_IN_PERCENT = Pattern.compile("((?:环境)?空气(?:质量)?(?:优良|二级和好于二级)天数)(?!比例|比率|占)"
            + "(?=[^,,。;;\\d]{0,8}?\\d+(?:\\.\\d+)?%)");
    /** The category before pollutants' names: "大气和水主要污染物二氧化硫、化学需氧量…", "主要污染物化学需氧量…". */
    private static final Pattern POLLUTANTS_CATEGORY = Pattern.compile("(?:大气和水|大气|水)?主要污染物(?=二氧化硫|化学需氧量|氨氮|氮氧化物)");
    /** A share of a named whole region's GDP: "占全省GDP比重", "占全市GDP的比重". */
    private static final Pattern WHOLE_REGIONS_GDP = Pattern.compile("占(全[国省市区县州盟])GDP(?=(?:的)?(?:比重|比例))");
    /** 较大及以上生产安全事故零发生: accidents and incidents are counted in 起, and the target is none. */
    private static final Pattern ZERO_OCCURRENCE = Pattern.compile("零发生");
    /**
     * Words a target is made of: a clause with neither a figure nor one of these (既考虑了…的需要, 在实际工作中) is
     * narrative, not a target. A rank to hold or reach is a target too: "主要经济指标增幅继续位居全市开发区前列" (a
     * development zone's 2017 list, batch y's y06, dropped silently), 进入全省前十, 争先进位.
     */
    /** Words before a percentage that make it a share of some whole (…占全市13%, 占比达到). */
    private static final Pattern SHARE_LEAD = Pattern.compile("占[^,,;;。]{0,12}?(?:比重|比例)?(?:的)?(?:达到|达|为)?\\s*$|占比(?:达到|达|为)?\\s*$");
    /** What stands between a level and its growth: 达到23亿元,增长12% / 23亿元、同比增长12%. */
    /** Between a growth and the level it reaches: ",总量在", ",达到". */
    // (and 实现: "多种经营产值保持14%的增长速度,实现4.3亿元" — a forest bureau's 2010 plan, round 49's pv08)
    private static final Pattern GROWTH_THEN_LEVEL = Pattern.compile("^(?:左右|以上)?[,,、]\\s*(?:总量|规模|总额)?(?:在|达到?|为|突破|超过|实现)\\s*$");
    private static final Pattern LEVEL_THEN_GROWTH = Pattern.compile("\\s*[,,、;;]?\\s*(?:同比|比上年|较上年)?\\s*(?:增长|增加|增|下降|降低|减少)?\\s*");
    /** A rise by an amount: 增加600元, 增收500元, 净增3000户 — not 增加到 (a level). */
    private static final Pattern INCREMENT = Pattern.compile("(?:增加|增收|净增|多增)\\s*$");
    /**
     * A growth stated by its margin over the region above: "今年福建全省生产总值预计增长8.5%,…,保持比全国高2个百分点左右的增幅"
     * (a province's 2016 targets in a news item, batch oa's oa01) — the relative target 力争增速高于全国平均水平 (the margin
     * not kept, as for "高于全市7个百分点以上"), the wish before it kept as its 力争.
     */
    /**
     * A question: "将怎样来实现这个目标?" (an interview explaining a report, batch mv's mv05) — its words or a question mark
     * after a clause of some length; not a page's garbled character ("坚决夺取脱贫攻坚全面胜利,确?,F行标准下…", a
     * traditional-character mirror, batch oa's oa04, whose first target was dropped as a question).
     */
    private static final Pattern QUESTION = Pattern.compile("[吗呢么]\\s*+\\?|(?:怎样|怎么|如何|什么|哪|多少|是否|能否)[^,,。;;?]{0,40}+\\?"
            + "|(?<![^,,。;;?])[^,,。;;?]{6,}+\\?");
    /**
     * 持续 / 始终 / 继续 before a comparison with a region's average: "研发经费投入强度持续高于全国全省平均水平" (a city's 2025
     * targets in a news summary, batch oi's oi07) is the comparison itself — the word made it a qualitative "研发经费投入强度持续".
     */
    /**
     * A sentence about the targets of other years or of a five-year plan: set before ("曾将…定为7%", "被确定为8%", "被定为
     * 7.5%"), the plan's yearly average ("今后五年…年均增长7%", "年均实际增速为11.2%") or this year's compared with them ("八年来
     * 首次低于8%"). The sentence with its full stop, or its line.
     */
    // (the clause only — a bracket closes it too — and the other year's figure right after its word, 被定为 only after 连续…年
    // or 曾: "今年增长目标被定为6%左右" is this year's (break-it trial); "我县被确定为全省试点县,全年地区生产总值增长7%",
    // "今年是实施今后五年规划的开局之年,…", "五年来首次正增长" keep this year's targets — the review of round 30's rules)
    private static final Pattern OTHER_YEARS_TARGETS = Pattern.compile("曾(?:将|把)[^,,;;。\\n]{0,30}?(?:定为|确定为)\\d"
            + "|(?:连续[^,,;;。\\n]{1,4}年|曾)[^,,;;。\\n]{0,10}?被(?:确)?定为\\d|今后五年[^,,;;。\\n]{0,20}?年均|年均(?:实际)?增速为\\d"
            + "|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})年来首次(?:低于|高于)\\d");

    /** {@code text} less each clause {@link #OTHER_YEARS_TARGETS} finds in, with its comma or full stop; each said in a warning. */
    private static String withoutOtherYearsTargets(String text, List<ParseWarning> warnings) {
        return withoutClauses(text, OTHER_YEARS_TARGETS, CLAUSE_ENDS + "()()", clause -> false, true,
                "以往年份或五年规划的目标,不是本年度目标,未读取 / a target of other years or of the five-year plan, not this year's: not read",
                warnings);
    }
    /**
     * A paragraph on the five years gone by or ahead: "过去五年,乐东全县地区生产总值年均增长4.5%,…" and "未来五年,乐东将力争…。
     * 地区生产总值年均增长10%左右,…" (a news item on a county's party congress, batch pf's pf07, whose results and five-year
     * aims were read as the year's targets) — its line, left out and said.
     */
    // (and a line opened by a sentence on the five years' record: "先看看咱中国过去五年的“成绩单”。国内生产总值增加到121万
    // 亿元,…" — a 两会 explainer of the national 2023 report, round 45's pn05)
    private static final Pattern FIVE_YEAR_PARAGRAPH = Pattern.compile("(?m)^\\h*+(?:(?:(?:过去|今后|未来)的?(?:五|5)年(?:来|间|里|中)?|五年来)"
            + "[,,]|[^\\n。;;\\d]{0,16}?过去的?(?:五|5)年的?[“\"]?(?:成绩单|成绩|成就)[”\"]?[。::]"
            // (and a heading of the five years' aims over their line: "今后五年经济社会发展主要目标\n保持经济稳中有进…,生产总值年均
            // 增长7.5%左右,…" — a city's 2017 人代会 in a paper, round 71's rn04, whose five-year aims were read as the year's)
            // (the heading may be joined to its line by then)
            // (a heading only: not "今后五年主要目标的实现关键在今年,地区生产总值增长9%…" — the review of rounds 71–72's rules)
            + "|(?:今后|未来)的?(?:五|5)年[^\\n。,,;;\\d]{0,16}?(?:主要)?目标(?![^\\n]{0,20}?(?:今年|本年|明年)))[^\\n]*+");

    /** A sentence of such a paragraph turning to this year: "…;今年,…", "。2024年,…". */
    private static final Pattern THIS_YEAR_TURN = Pattern.compile("[。;;](?=\\h*+(?:今年|明年|(?:19|20)\\d{2}年))");

    /** {@code text} without its {@link #FIVE_YEAR_PARAGRAPH}s, each said. */
    private static String withoutFiveYearParagraphs(String text, List<ParseWarning> warnings) {
        return FIVE_YEAR_PARAGRAPH.matcher(text).replaceAll(m -> {
            // (to the sentence that turns to this year: "今后五年,…年均增长6.5%;今年,地区生产总值增长7%,…" keeps its year's
            // targets — the review of round 41's rules)
            Matcher turn = THIS_YEAR_TURN.matcher(m.group());
            int end = turn.find() ? turn.start() + 1 : m.group().length();
            String years = m.group().substring(0, end);
            if (ChineseText.hasFigures(years)) {
                warnings.add(new ParseWarning(ChineseText.opening(years), "五年的回顾或五年的目标,不是本年度目标,未读取 / the five "
                        + "years gone by or ahead, not this year's targets: not read"));
            }
            return Matcher.quoteReplacement(m.group().substring(end));
        });
    }
    private static final Pattern HELD_AT_TYPO = Pattern.compile("保持的(?=\\d)");
    /**
     * Last year's figure as the base a growth starts from: "农村居民人均纯收入在去年11302元基础上增长12%" (a town's 2016
     * aims, round 47's pr02, read as a level of 11302元) — no bound of the target; its growth is.
     */
    private static final Pattern BASE_FIGURE = Pattern.compile("在(?:去年|上年|(?:19|20)\\d{2}年)?(?:的)?(?<![\\d.])\\d++(?:\\.\\d++)?"
            + "(?:万亿|亿|万)?元?(?:的)?基础上(?=[,,]?(?:增长|提高|下降|降低|再增长|实现))");
    private static final Pattern STILL_ABOVE = Pattern.compile("(?:持续|始终|继续)(?=(?:增速|增幅)?(?:高于|快于)(?:全国|全省|全市|全州|全区|全县))");
    /**
     * One comparison with two regions' averages, "…高于全国全省平均水平" / "高于全国、全省平均水平": written as two comparisons
     * of the clause's subject, one target beating both averages ("全国平均水平、全省平均水平", oi07; as "高于全市平均增速10个
     * 百分点,高于全省平均增速5个百分点", round 45's pn03 — two targets of one indicator would leave the office to delete one).
     */
    // (an item's number before the name stays before the first only: "2.居民人均可支配收入增速持续高于全国全省平均水平" gave a level of
    // 2元 — break-it trial)
    private static final Pattern TWO_REFERENCES = Pattern.compile("(?<=^|[,,;;。:\\n])(\\h*+(?:\\d{1,2}[.、.]|[((][一二三四五六七八九十\\d]{1,3}"
            + "[))]|[一二三四五六七八九十]{1,3}、)?)([^,,;;。:\\n]{2,24}?)((?:增速|增幅)?(?:高于|快于))"
            + "(全国|全省)[、和及与]?(全省|全市|全州|全区|全县)((?:的)?(?:平均)?水平)");
    /** "…基本接近全国平均水平,其中,安宁河6县(市)…" (oa04): 其中 with the clause it opens, not the one before. */
    private static final Pattern PART_COMMA = Pattern.compile("(?<=[,,;;。])其中[,,]");

    // (an aim's word before it, and the wish with no figure between it and the figure it follows, "力争更快更好些"; not a
    // result's comparison, "增长6.8%,比全省高1.2个百分点", nor a level's, "城镇化率达到62%,比全省高3个百分点" — the review)
    private static final Pattern POINTS_ABOVE = Pattern.compile("(?:[,,](?:力争|争取|努力)(?:更快更好|更好更快|更好|更快)些?)?"
            + "[,,](?:保持|力争|确保|争取)比(全国|全省|全市|全州|全盟|全区|全县)(?:平均水平|平均)?"
            + "(?:高|快)\\d+(?:\\.\\d+)?个?百分点(?:左右|以上)?(?:的)?(?:增幅|增速|增长)");

    /**
     * A growth above the aim set at the year's start: "今年全区固定资产投资要高于年初提出的全年增长12%的预期目标" (the break-it
     * trial's D14, read as exactly 12 %) is a growth of more than 12 %; only a percentage before 的…目标 (a result's "高于预期
     * 目标0.1个百分点" is a gap, no target), and only as an aim (要, 力争, 确保): "增长7%,高于年初提出的6.5%的目标" is
     * a result measured against it.
     */
    // (or a region's: "要高于全省6%的预期目标" — the break-it trial after round 39, read as exactly 6 %)
    private static final Pattern ABOVE_THE_AIM = Pattern.compile("(?<=要|应|力争|确保|争取|努力)(?:高于|超过|快于)(?:全[国省市州区县盟])?"
            + "(?:年初|年度|此前)?(?:提出|确定|制定|设定)?的?"
            + "(?:全年|年度)?(?:增长|增速)?(\\d{1,3}(?:\\.\\d{1,3})?)%(?:左右)?的(?:预期|年度|全年|计划)?(?:增长)?目标"
            + "(?:(\\d{1,2}(?:\\.\\d{1,2})?)个百分点(?:以上)?)?");

    /**
     * {@code text} with each aim to exceed the year's aim ({@link #ABOVE_THE_AIM}) written as the growth it sets — read
     * before the introduction is looked for, since "…的预期目标," would otherwise be taken for one (the review of round 39's
     * rules: the clause was dropped without a word); a margin after it counts ("高于…6%的预期目标1个百分点以上" is 7 % or
     * more).
     */
    static String aboveTheAim(String text) {
        return ABOVE_THE_AIM.matcher(text).replaceAll(m -> "增长高于" + (m.group(2) == null ? m.group(1)
                : Units.strip(new BigDecimal(m.group(1)).add(new BigDecimal(m.group(2)))).toPlainString()) + "%");
    }

    /**
     * Whether {@code q}, after the words {@code lead}, is a change by an amount — "农民人均纯收入增加600元以上" (batch a's a03),
     * "化学需氧量排放量减少9万吨" (batch oa's oa06) — which no level or growth bound says: read as a level it would be met by
     * any income above 600 元, or by emissions of 9万吨; left to the office with a warning (added to {@code warnings}).
     */
    private static boolean changeByAmount(Quantity q, String lead, List<ParseWarning> warnings) {
        if (q.isPercent() || "个百分点".equals(q.unit())) {
            return false;
        }
        if (INCREMENT.matcher(lead).find()) {
            warnings.add(new ParseWarning(q.text(), "“" + q.text() + "”是增加的数额,不是要达到的水平,请人工核对 / an increase "
                    + "by an amount, not a level to reach: not read"));
            return true;
        }
        if (q.unit() != null && DECREMENT.matcher(lead).find()) {
            warnings.add(new ParseWarning(q.text(), "“" + q.text() + "”是减少的数额,不是要达到的水平,请人工核对 / a fall by an "
                    + "amount, not a level to reach: not read"));
            return true;
        }
        return false;
    }

    /**
     * A fall by an amount: "化学需氧量、氨氮、二氧化硫排放量分别减少9万吨、0.98万吨、2.3万吨" (a city's 2008 report, batch oa's
     * oa06, read silently as levels of 90,000 吨…) — as {@link #INCREMENT}, no level or growth bound says it.
     */
    private static final Pattern DECREMENT = Pattern.compile("(?:减少|削减|减排|压减|下降|降低)\\s*$");
    /**
     * "在固定资产投资、社会消费品零售总额、进出口方面,分别保持增长20%、13%和14%以上" (a city's 2014 plan in a news item,
     * batch mr's mr04): the names of a 分别 list in a "在…方面" phrase before it.
     */
    private static final Pattern AREAS_BEFORE_DISTRIBUTED = Pattern.compile("(?<=^|[。;;\\n,,])在"
            // (names, not numerals: "在一、二、三产业方面" names no indicator — the review of batch mr's rules)
            + "(?![一二三四五六七八九十][、,])([^。;;\\n,,]{2,40}?)方面[,,](?=分别)");
    /** "确保实际利用外资10207万美元、内资118亿元" (a district's 2012 targets, batch mr's mr06): 内资 of the same verb. */
    private static final Pattern ELIDED_DOMESTIC = Pattern.compile("(实际(?:利用|使用|到位))外资([^、,,;;。]{1,20}?)、内资");
    /**
     * 全年, 今年 before the name of a figure outside the catalog ("全年接待游客人数超过5000万人次", batch mr's mr07): no
     * word of its name.
     */
    /**
     * A fall by an amount, not to it: "农村贫困人口减少130万" (a province's 2019 targets in a news summary, batch mz's mz03)
     * is 130万 fewer poor, not 130万 poor — the verb stays in the name, as the corpus keys 减少农村贫困人口1.5万人.
     */
    private static final Pattern FALL_BY_AMOUNT = Pattern.compile("^(减少|削减|压减)(?![到至为])\\s*\\d");
    private static final Pattern FALL_TO = Pattern.compile("(?<=[\\u4e00-\\u9fff]{2})(?:减少|削减|压减|下降|降低)(?:到|至)$");
    /**
     * A place and this year before a name: "县工业集中区今年力争实现工业税收6000万元" (a headline over a zone's 2016 aims,
     * round 63's qx01) is 工业税收's.
     */
    private static final Pattern PLACE_THIS_YEAR = Pattern.compile("^[\\u4e00-\\u9fff]{1,10}?[省市县区镇乡园](?=(?:今年|全年|年内)(?:力争|确保|争取)?"
            + "(?:实现|完成)?[\\u4e00-\\u9fff]{2})");
    /** The aims of years of effort: ",通过3年的努力,国税开票破6亿,…" (round 65's rb02), to the sentence's end or 今年. */
    // (two years or more, to the sentence's end or this year's word: "通过一年的努力,全县地区生产总值增长9%" is this year's — the
    // review of round 65's rules)
    // (to a clause that opens on 今年, not 比今年 or 在今年基础上 inside the goal — the review of round 66's rules)
    private static final Pattern YEARS_OF_EFFORT = Pattern.compile("[,,]通过(?:[2-9]|[二两三四五六七八九十])年(?:左右)?的?努力[,,]"
            + "(?:(?![,,](?:今年|本年))[^。;;\\n])*+");
    /** An amount of money written 万 or 亿 alone ("落实7000万项目资金", round 63's qx01): 万元, 亿元. */
    // (and sales invoiced: "国税开票突破3个亿" — round 65's rb02)
    // (not 销售 alone: "生猪销售30万" counts pigs — the review of round 65's rules)
    private static final Pattern NAME_OF_MONEY = Pattern.compile("(?:资金|投资|收入|税收|产值|销售额|营业额|利润|开票|开票销售)$");
    /** Money that is as often in dollars ("外资到位资金5000万" — the review of round 64's rules): its unit left as written. */
    private static final Pattern FOREIGN_MONEY = Pattern.compile("外资|外商|境外|外汇|出口");
    /** A count of people written 万 alone after a name of people (农村贫困人口减少130万): 万人. */
    private static final Pattern NAME_OF_PEOPLE = Pattern.compile("(?:人口|人数|人员|就业|劳动力|群众|居民)(?:减少|削减|压减)?$");
    // (and the whole region's: "2016年要实现全市农业增加值增长5%" is 农业增加值's — a city's farm targets, round 56's qj03)
    // (one after another: "今年全年实现脱贫20万人" — a province's 2017 aims, round 63's qx04, named 全年实现脱贫)
    private static final Pattern LEADING_YEAR_WORD = Pattern.compile("^(?:全年(?!龄)|今年|年内|全[省市区县州旗盟镇乡](?![域镇块场级])){1,3}"
            + "(?=[\\u4e00-\\u9fff]{2})");
    /** Urban and rural residents together: 城乡居民, 城镇、牧区常住居民, 城镇和农村居民. */
    // (and 城市和农村居民家庭: "城市和农村居民家庭人均可支配收入持续稳定增长", a wire on a 直辖市's 2010 report, batch oi's oi06)
    // (and each with its own 居民: "城镇居民、农村居民人均可支配收入不低于经济增速", a city's 2024 aims, round 58's qn04 — the
    // urban income was dropped, silently where a figure followed: "城镇居民和农村居民人均可支配收入增长8%")
    private static final String BOTH_RESIDENTS = "(?:城乡|城[、,]乡|城(?:镇|市)(?:常住)?(?:居民)?[、和及与](?:农村|牧区|农牧区))(?:常住)?居民(?:家庭)?";
    private static final Pattern INCOME_RATIO = Pattern.compile(BOTH_RESIDENTS + "(?:人均)?(?:可支配)?收入(?:之)?比"
            // (not a doubling on a base year, "城乡居民人均收入比2010年翻一番" — batch no's no10)
            + "(?=缩小|扩大|降至|降低到|控制在|为|由|\\d(?!\\d{3}年翻))");
    /**
     * The words of a gap to another region, average or year before a number of points ("高于全市平均增速10个百分点", a
     * 开发区's 2011 aims, round 45's pn03, whose margin was read as a change of GDP by 10 points).
     */
    // (only a region's average growth: "城乡居民收入平均增幅提高1个百分点" is a change of the incomes' growth — the review of
    // round 45's rules)
    private static final Pattern COMPARED_POINTS = Pattern.compile("(?:平均水平|平均|全[国省市州盟县区](?:的)?平均(?:增速|增幅|增长速度)|全[国省市州县区]|去年|(?:上年|去年)(?:同期)?(?:的)?(?:预期|目标|计划)(?:目标)?|上年(?:同期)?|上半年|一季度)"
            + "(?:的)?(?:高|低|快|慢|提高|提升|下降|降低|加快|回落)?\\s*$");
    /** A change verb right before a number with no unit: 增长60750, 提高1.2 (the % or 个百分点 lost). */
    private static final Pattern GROWTH_WITHOUT_UNIT = Pattern.compile("(?:增长|增速|增幅|下降|降低|减少|提高|上涨|回落)\\s*$");
    private static final Pattern TARGET_WORD = Pattern.compile("完成|实现|确保|下降|降低|减少|压减|提高|提升|增长|增加|"
            + "控制|保持|稳定|达到|达标|持平|同步|零|脱贫|摘帽|改善|优化|消除|不低于|不超过|以上|以内|新增|建成|淘汰|"
            + "前列|前茅|位次|进位|争先|进入(?:全国|全省|全市|全区)?前"
            // "生态环境指标以国家下达任务为准" in a province's 2025 plan (batch no's no04): the target is the one set above
            // (indicators of this region only: not "各县(市、区)目标以市政府确定的任务为准" nor "上述指标以…为准" — the review)
            // (or carried out as the state asks: "生态环境质量、能源、水资源等指标按国家要求落实", Beijing's 2022 targets, batch
            // nq's nq08)
            // (of environment and energy only: not "具体指标以省下达为准", "各乡镇指标按县政府下达计划执行", "这些指标按省要求落实"
            // — the review)
            + "|^(?:生态|环境|能源|能耗|水资源|节能|减排|约束性)[^,,;;。]{0,16}?指标(?:以|按)[^,,;;。]{0,12}?(?:下达|确定|要求)"
            + "(?:的?(?:任务|目标|指标|计划))?(?:为准|落实|执行)"
            // "外贸外资促稳提质" in a province's list of targets (batch nq's nq03)
            + "|促稳提质"
            // "生态环境进一步好转,人民群众获得感、幸福感、安全感不断增强" in a target list (a 街道's 2023 report, batch mg's
            // mg04) — only these subjects: 经济持续好转, 发展后劲明显增强 are narrative (the review of batch mg)
            + "|(?:生态环境|环境质量|空气质量|水环境|水质|大气环境)[^,,。;;]{0,8}好转|(?:获得感|幸福感|安全感)[^,,。;;]{0,10}增强$"
            // "社会事业协调发展" closing a district's 2019 list (batch mi's mi04); "力争农村居民可支配收入增速快于城镇居民" (a
            // district's 2023 list, mi05): one income's growth against the other's, no figure
            // (only these subjects: "有利于推动经济社会持续健康协调发展" is narrative — the review of batch mi)
            // "安全生产平稳可控" closing a town's 2022 list (batch mk's mk08)
            + "|^(?:安全生产|社会大局|社会治安)[^,,。;;]{0,4}平稳可控$"
            // "供给侧结构性改革取得实质性进展;有效防控金融财政风险,政府债务化解完成年度任务" closing a 盟's 2018 plan list
            // (batch nf's nf05): progress to make and risks to hold, each a target of its own, at the clause's end
            + "|改革[^,,。;;]{0,4}取得[^,,。;;]{0,6}进展$|^有效防(?:控|范)[^,,。;;]{0,12}风险$"
            // (and the risks as the subject: "各类风险有序有效防控" closing the nation's 2018 list on a traditional mirror, round
            // 50's px08, dropped silently)
            + "|^(?:各类|重大|各种|金融)?风险[^,,。;;]{0,10}(?:防控|防范|化解|可控)$"
            // "国际收支基本平衡" (the nation's 2021 list in a news copy, batch nl's nl04)
            + "|^国际收支(?:基本)?平衡$"
            // (and "城乡区域发展更加均衡" closing a city's 2025 list, round 51's pz04)
            + "|^(?:社会事业|各项社会事业|城乡区域|城乡|区域)(?:全面|更加)?协调发展$|^(?:城乡区域|城乡|区域)发展(?:更加|更为)?(?:协调|均衡)$|(?:增速|增幅|增长)(?:继续)?(?:快于|高于)[^\\d,,。;;]{2,10}$"
            // "主要经济指标高于2018年同期、高于湖北省平均水平" (a city's first-quarter aim, batch oi's oi08, lost silently)
            + "|^主要(?:经济)?指标(?:增速|增幅)?(?:均)?(?:高于|快于|好于|优于)");
    /**
     * "三次产业结构调整为9.2:38.6:52.2": the shares of the primary, secondary and tertiary industries in GDP, in that
     * order (国家统计局's 三次产业 and the way plans state their structure), one target each.
     */
    private static final Pattern STRUCTURE = Pattern.compile("三次产业(?:结构|比例|增加值比例)(?:比例)?(?:调整为|优化为|调整到|优化调整为|达到|为)?"
            + "\\s*(\\d+(?:\\.\\d+)?)\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*:\\s*(\\d+(?:\\.\\d+)?)");
    /**
     * "45个贫困村出列", "3个贫困乡镇摘帽": a count written before what it counts is the count target of that event
     * (贫困村出列 45 个), read as "贫困村出列45个".
     */
    // (and firms to be built or put into production, after an aim's verb: "全力确保30家企业建成或投产" — a 工业集中区's 2016
    // aims, round 63's qx01, read as a target 30家 named "即:全力")
    private static final Pattern COUNT_FIRST = Pattern.compile("(?<=^|[,,;;、::\\n])(?:全力)?(?:确保|力争|推动)?"
            + "(\\d+(?:\\.\\d+)?)(个|家|户|所)"
            + "([\\u4e00-\\u9fa5]{2,10}?)(出列|摘帽|退出|销号|建成或投产|建成投产|投产)(?=$|[,,;;。、\\n])");
    /** People counted before what becomes of them: "全年实现8500人稳定脱贫" (a county's 2012 farm aims, round 65's rb08). */
    private static final Pattern PEOPLE_FIRST = Pattern.compile("(?<=^|[,,;;、::\\n]|实现|确保|力争)(\\d+(?:\\.\\d+)?)(万人|人|户)"
            + "(稳定脱贫|脱贫退出|脱贫)(?=$|[,,;;。、\\n])");
    /**
     * "其中第一、二、三产业增加值分别增长4.5%、12.5%和11%" (a city's 2012 report, batch l's l02), "三次产业增加值分别增长…":
     * the three industries named in one, each with its value (the primary and secondary industries are not in the
     * catalog, so the 分别 list could not pair them); a 左右 after the last value holds for all three.
     */
    private static final Pattern THREE_INDUSTRIES = Pattern.compile("(?:第?一、(?:第)?二、(?:第)?三产业|三次产业)(?:增加值)?分别"
            + "(增长|下降)\\s*(\\d+(?:\\.\\d+)?)%?\\s*[、,,]\\s*(\\d+(?:\\.\\d+)?)%?\\s*[、和及,,]\\s*(\\d+(?:\\.\\d+)?)%(左右|以上)?");
    /** A count's unit and bound with no figure before them, ending an item: "企业家以上、" — the figure was lost. */
    private static final Pattern LOST_FIGURE = Pattern.compile("(?<![\\d.一二三四五六七八九十两百千万零〇几])(?:家|个|户)(?:以上|以下|以内|左右)(?=[、,,;;]|$)");
    /**
     * An industry named alone before its growth: "生产总值增长11%,其中农业预期增长4%,第二产业增长13.5%,第三产业增长11.5%" (a
     * province's 2008 plan in a news item, batch mx's mx05) — each its value added, as THREE_INDUSTRIES reads them together.
     */
    private static final String FIRM_MEASURE = "总产值|增加值|主营业务收入|营业收入|利润总额|利润|利税";
    /**
     * The firms above the scale with their measures listed after them: "规模以上工业企业实现总产值、增加值同比增长8.5%" (a
     * high-tech zone's 2016 work points, round 68's rh05) — each measure its own name (规模以上工业总产值, 规模以上工业增加值,
     * 规模以上工业企业利润), so that the one growth is theirs each. Group 1 the measures.
     */
    // (not a kind of the firms before it: "高新技术规上工业企业实现总产值、增加值…", "民营规上工业企业…" are theirs, not all
    // industry's — the review of rounds 68–69's rules)
    private static final Pattern FIRMS_MEASURES = Pattern.compile("(?<=^|[^\\u4e00-\\u9fff]|全[省市区县镇旗]|我[省市区县镇旗]|年)"
            + "(?:规模以上|规上)工业企业(?:实现|完成)?+((?:" + FIRM_MEASURE
            + ")(?:[、和及](?:" + FIRM_MEASURE + "))++)");
    /**
     * The firms' profits with no subject of their own right after their output: "全区规模以上工业企业实现工业总产值、工业增加值
     * 同比增长15%;实现利润同比增长8%" (a high-tech zone's 2014 work points, round 68's rh02, read as a bare 利润) — the
     * firms' profits (规模以上工业企业利润总额 in the catalog).
     */
    // (the clause right before only: "…,商贸流通企业实现销售收入50亿元,实现利润增长10%" is the traders' — the review of rounds
    // 68–69's rules)
    private static final Pattern FIRMS_PROFITS_AFTER = Pattern.compile("(?<=规模以上工业[^。;;,,\\n]{0,40}[;;,,])实现(利润总额|利润|利税)"
            + "(?=(?:同比)?增长)");
    /**
     * A crop's output with no name of its own after the crop's area: "确保全市粮食播种面积172万亩,产量14.2亿斤,…油料面积20.53万亩、
     * 产量0.68亿斤" (a city's 2024 crop-farming work points, round 69's rj05, read as a bare 产量) — the crop's output
     * (粮食产量, 油料产量). Group 1 the crop, group 2 the area and its figure, group 3 the output's word.
     */
    private static final Pattern OUTPUT_AFTER_AREA = Pattern.compile("(粮食|油料|蔬菜|棉花|小麦|玉米|水稻|大豆|油菜|花生|水果|瓜果"
            + "|茶叶|烟叶|中药材|食用菌)((?:播种|种植)?面积[^,,;;。、\\d]{0,8}+\\d[^,,;;。、]{0,12}+[,,、])(总产量|产量|总产)"
            + "(?=\\d|稳定|达到|达|保持)");
    /**
     * A label that names a place ("(一)城区:…"), kept as a label that is itself a name is ("(一)地区生产总值:增长8%左右",
     * "(二)城镇化率:达到55%") — the review of round 70's rules.
     */
    private static final Pattern PLACE_LABEL = Pattern.compile("(?:[区镇乡县市园]|街道)[::]$");
    /**
     * A predicate right after a label that is a name, which names it: "(一)地区生产总值:增长8%左右" — but "(二)财政收入:一般公共
     * 预算收入增长8%" has a name of its own after its label (the review of rounds 71–72's rules).
     */
    private static final Pattern PREDICATE_FIRST = Pattern.compile("^\\h*+(?:增长|增速|下降|降低|提高|达到|达|控制|保持|稳定|突破|"
            + "不低于|不超过|\\d)");
    /** A measure with no name of its own after a label, whose subject the label is: "(一)粮食生产:总产量稳定在50万吨". */
    private static final Pattern BARE_MEASURE = Pattern.compile("总?产量|总产|出栏|存栏|面积|产值|增加值");
    /**
     * A numbered section's label run into the line before its items: "二、目标任务(一)造林绿化:完成营造林11.2万亩,…(二)资源管护:
     * 森林采伐限额控制12.65万立方米以内" (a county forestry bureau's 2017 plan in a 文库 copy, round 70's rl06, whose labels
     * were read as words of the first names) — a line of its own.
     */
    private static final Pattern INLINE_SECTION_LABEL = Pattern.compile("(?<=[。;;\\n]|^|目标任务|主要目标)\\h*+[((][一二三四五六七八九十]{1,3}[))]"
            + "[^,,。;;::\\d\\n((]{2,8}[::]");
    /**
     * 期成 ("hoped to reach") after a target, as 力争 is written: "第二产业增加值增长11%,期成增长12%" (a district's 2009 target
     * notice, round 70's rl03, whose every 期成 was read as a target named 期成) — the stretch figure gives no target.
     */
    // (after a semicolon too: "地区生产总值可比价增长12%;期成可比价增长14%"; the clause is taken out and said, never read as
    // 力争 is — "…分别增长9%、10%,期成增长10%、12%" overwrote the list's values, "…;期成达到20亿元" became a level — the review
    // of round 70's rules)
    private static final Pattern HOPED_FOR = Pattern.compile("[,,;;]期成(?=可比价|增长|增|下降|达到|突破|控制|\\d)[^,,;;。\\n]*+");
    /**
     * The Latin gloss inside a name: "研究与试验发展(R&D)经费支出占生产总值比重" (a county's 2013 plan notice, round 70's rl02,
     * whose name the catalog did not know with it) — the name without it.
     */
    private static final Pattern LATIN_GLOSS = Pattern.compile("(?<=发展|研发)[((]\\h*+R\\h*+[&＆]\\h*+D\\h*+[))]");
    private static final Pattern INDUSTRY_GROWTH = Pattern.compile("(?<=^|[,,;;、]|其中)(第[一二三]产业|农业|服务业)(?:预期|计划)?"
            + "(?=(?:力争)?(?:增长|增)\\d)");
    /**
     * A conjunction opening a clause, no word of a target: "…农村劳动力转移就业8万人,并在全省率先实现脱贫奔小康目标" (a city's
     * 2015 report in a news item, batch mx's mx08).
     */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:并且|并|同时|而且)(?=[\\u4e00-\\u9fff]{2})");
    /**
     * A figureless clause about the targets rather than a target — the explanation a 计划报告, a 解读 or an interview gives
     * around them: their purpose ("为实现全年发展目标", mt05; "为确保实现“十一五”目标奠定基础", mp02), a reference back to targets
     * already stated ("实现这些目标需要付出艰苦努力", me07; "虽然实现这一目标充满困难和挑战", mv05), or a deliberation ("考虑了当期
     * 及未来价格增长", "既考虑了稳增长、保就业、防风险的需要", "体现了经济运行又好又快的特点", mr03/me07). Each was read as a
     * qualitative target (the corpus's extras, 2026-12-04).
     */
    private static final Pattern COMMENTARY = Pattern.compile("^为了?(?:确保|全面)?(?:实现|完成)"
            + "|(?:这一|这个|这些|上述|以上)(?:预期|发展|主要)?目标"
            + "|^(?:考虑|既考虑|虽然|尽管|比如|例如|体现了|这一方面|要辩证|要正视|我也)");
    /**
     * Something done, told beside the targets: "出色完成了区第十七届人大二次会议确定的工作任务" (mp04), "现在已提前实现了"十一五"
     * 目标" (mx05), "经济总量提前一年实现“十三五”目标" (oa05) — a result, not an aim, unless aimed at ({@link #AIMED}).
     */
    // (not inside a name of what is done: "巩固已实现的脱贫攻坚成果", "对已完成改造的老旧小区实施长效管理" — the review)
    private static final Pattern DONE = Pattern.compile("(?:(?:完成|实现|提出|新增|确定|突破|取得)了|已经?(?:提前)?(?:完成|实现)"
            + "|提前[一二两三]年(?:完成|实现))(?![^,,;;。]{0,8}?的)");
    /**
     * The words of a state aimed at that {@link #TARGET_WORD} does not take: 增强, 加强, 和谐, 进步, 稳定, 提高, 幸福感 … —
     * "县域经济综合发展力显著增强", "社会和谐", "各项事业取得全面进步" (om03).
     */
    // (a state reached, at the clause's end: not a work's words, 发展, 全面, 持续, 更加 anywhere — the review of round 32's rules,
    // where 27 of 46 warnings named work, slogans and explanations after a list)
    // (持续向好: "…科技贡献率稳步提高,环境质量持续向好" in a 开发区's 2020 aims, batch pd's pd03, dropped without a word)
    // (and 完善, 健全: "农村基础设施不断完善" in a province's 2009 farm aims, round 57's ql01, dropped without a word)
    // (not a want or a state reached: "还不完善", "尚不健全", "有待完善", "需进一步完善", "已基本健全" — the review)
    private static final Pattern AIM_OF_STATE = Pattern.compile("(?:增强|加强|和谐|进步|稳定|提高|提升|改善|好转|向好|满意|显著"
            + "|(?<!(?:不|未|待|需|已)(?:进一步|逐步|基本|加以)?)(?:完善|健全)"
            + "|(?:繁荣|全面|协调|健康|持续|快速|平稳)发展|新成效|新突破|新进展"
            // (and 更加/更有 a state: "人民群众幸福感、获得感更加殷实、更有保障" ending a city's 2024 list in a news item,
            // batch ph's ph01, dropped without a word)
            + "|更加[\\u4e00-\\u9fff]{2}|更有[\\u4e00-\\u9fff]{2})$");
    /** A clause of work, a call or an explanation: "加强社会治理创新", "要更加注重…", "确保社会大局和谐稳定", "我们将…". */
    private static final Pattern WORK_OR_TALK = Pattern.compile("^(?:加强|加快|推进|推动|深化|围绕|坚持|统筹|着力|切实|确保|促进|保持|实现|持续(?:深化|推进|加强|优化|改善)"
            + "|全面(?:加强|推进|深化)|以|为|在|同时|体现|综合考虑)|要|将|必须|我们|号召|要求|努力");
    /** Words that make what follows an aim: 力争提前一年实现…, 确保完成…. */
    // (and 要, 计划, 务必, 力求: "今年要提前一年完成“十四五”规划确定的主要目标任务" — the review)
    private static final Pattern AIMED = Pattern.compile("力争|确保|争取|努力|将要|预计|要|计划|务必|力求");
    /**
     * "地区生产总值增速“保6争7”" (a prefecture's 2021 report in a news item, batch nf's nf03): a growth of at least 6 % to
     * be kept and 7 % striven for — written out as 增长6%以上,力争7% (the 力争 figure gives no target). Only after a word
     * of growth: "粮食产量保50争55万吨" is an output (the review of batch nf/ng's rules).
     */
    private static final Pattern KEEP_AND_STRIVE = Pattern.compile("(?:增速|增长|增幅)\\s*+[“\"]?保(\\d+(?:\\.\\d+)?)%?争(\\d+(?:\\.\\d+)?)%?[”\"]?"
            + "(?![\\d.]*+\\s*+[万亿吨元人个家户天])");
    /**
     * 其中 and a part of the region's places: 其中安宁河谷县市, 其中脱贫县, 其中中心城区 (not 其中工业投资, a part of a figure,
     * nor 其中城镇居民…, 城乡…, 乡村… — the review of batch nf/ng's rules).
     */
    private static final Pattern PART_OF_REGION = Pattern.compile("^\\s*其中[,,]?[\\u4e00-\\u9fff]{1,8}?(?:县市|县区|市县|旗县|城区|乡镇|园区|片区|"
            + "(?<!农)县|(?<![工农商产])区|(?<!城)镇|(?<!城)乡(?!村))(?=[\\u4e00-\\u9fff])"
            // (or the parts together opening a clause: "镇街工业增加值增长18%,…开发区与全区计划持平" after a district's 2013 aims,
            // round 65's rb03)
            + "|^\\s*(?:各)?(?:镇街(?!道路)|县区|县市区)(?=[\\u4e00-\\u9fff]{2})|^\\s*(?:开发区|园区)与全[区县市]");
    /** A figure striven for rather than promised (力争10%, 争取8%). */
    private static final Pattern STRIVEN = Pattern.compile("力争|争取");
    /** An index written against 100 (居民消费价格指数控制在103以内): the target is the rise, 3 %. */
    private static final BigDecimal INDEX_BASE = BigDecimal.valueOf(100);

    private final IndicatorCatalog catalog;
    private final StatementSplitter splitter;
    private final TargetTable table;
    private final Options options;

    public TargetParser(IndicatorCatalog catalog, Options options) {
        this.catalog = catalog;
        this.splitter = new StatementSplitter(catalog);
        this.table = new TargetTable(catalog);
        this.options = options;
    }

    public TargetParser(IndicatorCatalog catalog) {
        this(catalog, Options.defaults());
    }

    /**
     * "城乡居民收入" names two indicators, urban then rural: "城乡居民收入分别增长7%和8%" pairs them with the values,
     * "城乡居民收入增长与经济增长同步" and "城乡居民人均可支配收入均增长8%" set the same target for both.
     */
    /** 城乡居民收入, and urban and rural named apart: 城镇、牧区常住居民人均可支配收入 (a 旗's 2023 report, batch mg's mg01). */
    // (and 人均 alone: "城乡居民人均收入增长12%左右" — a 高新区's 2014 aims, round 61's qt02, read as one name outside the catalog)
    // (only before its figure: "城乡居民人均收入比2010年翻一番" stays one clause, no10)
    private static final Pattern URBAN_AND_RURAL = Pattern.compile(BOTH_RESIDENTS + "(?:(?:人均可支配)?收入(?!差距)"
            // (and before 分别: "城乡居民人均收入分别增长9%和11%" — the review of round 70's rules, whose rural income took the 9 %)
            + "|人均收入(?=分别|(?:增长|增速|提高)\\d))");
    private static final Pattern OWN_RESIDENTS = Pattern.compile("城(?:镇|市)(?:常住)?居民[、和及与]");
    private static final String URBAN = "URBAN_PER_CAPITA_INCOME";
    private static final String RURAL = "RURAL_PER_CAPITA_INCOME";

    /** "城乡居民收入分别…": the urban and the rural per-capita income, named so that 分别 pairs each with its value. */
    public static String expandUrbanAndRural(String text) {
        return URBAN_AND_RURAL.matcher(text).replaceAll(m -> {
            int after = m.end();
            // and as an item of a list ("财政收入和城乡居民人均可支配收入与地区生产总值同步增长", batch mi's mi06)
            boolean listed = m.start() > 0 && "、和及".indexOf(text.charAt(m.start() - 1)) >= 0;
            // (and 人均收入 before its own growth: "城乡居民人均收入增长9%" — the review of round 61's rules)
            boolean distributed = text.startsWith("分别", after) || text.startsWith("收入分别", after) || listed
                    || m.group().endsWith("人均收入");
            // (names written apart already, "城镇居民、农村居民人均可支配收入分别…", share their tail as any 分别 list does: the
            // statement keeps the text as written)
            boolean apart = OWN_RESIDENTS.matcher(m.group()).lookingAt();
            return distributed && !apart ? "城镇居民人均可支配收入和农村居民人均可支配收入" : m.group();
        });
    }

    /**
     * "…主要预期目标包括地区生产总值增长5%左右。" in a news item's lead, then "…主要预期目标是:一般公共预算收入增长4%左右,…"
     * without the GDP (a Hong Kong wire on a 直辖市's 2026 report, batch nb's nb08): what a sentence before the
     * introduction lists after 包括 is read when none of its indicators is in the introduced list; otherwise (a lead that
     * repeats or differs from the list) it is warned of and not read, as before.
     */
    // (the report's own, said of it: not "中央经济工作会议明确,今年主要预期目标包括…", the nation's — the review of batch nb's
    // rules; nor "预期目标有所调整")
    private static final Pattern TARGETS_INCLUDED = Pattern.compile("预期目标(?:包括|有(?!所))");
    private static final Pattern OTHER_BODY = Pattern.compile("中央|全国|国家|国务院|党中央");

    private List<Target> beforeIntroduction(StatementSplitter.Introduction prepared, List<Target> introduced,
            List<ParseWarning> warnings) {
        List<Target> read = new ArrayList<>();
        for (String sentence : StatementSplitter.targetsBeforeIntroduction(prepared)) {
            Matcher included = TARGETS_INCLUDED.matcher(sentence);
            if (included.find() && !OTHER_BODY.matcher(sentence.substring(0, included.start())).find()) {
                List<Target> listed = parse(sentence.substring(included.end()), false).targets();
                if (!listed.isEmpty() && listed.stream().allMatch(t -> t.indicatorCode() != null && !t.qualitative()
                        && introduced.stream().noneMatch(i -> t.indicatorCode().equals(i.indicatorCode())))) {
                    read.addAll(listed);
                    continue;
                }
            }
            if (StatementSplitter.isHeadlineAim(sentence)) {
                // a subheading quoting one aim: read when the list lacks its indicator, else it repeats the list
                List<Target> aim = parse(sentence, false).targets();
                if (aim.size() == 1 && aim.get(0).indicatorCode() != null && !aim.get(0).qualitative()) {
                    if (introduced.stream().noneMatch(i -> aim.get(0).indicatorCode().equals(i.indicatorCode()))) {
                        read.addAll(aim);
                    }
                    continue;
                }
            }
            warnings.add(new ParseWarning(sentence,
                    "引言“主要预期目标”之前另有目标表述,未读取,请人工核对 / targets stated before the introduction: not read"));
        }
        return read;
    }

    /** A part of the year before a target's name: a quarter, a half, the first months (not 1-12月, the whole year). */
    private static final Pattern PART_OF_THE_YEAR = Pattern.compile("第?[一二三四1-4]季度|[上下]半年|前三季度"
            + "|(?<![\\d.])(?:1|一)\\s*[-—~至到]\\s*(?:[2-9]|1[01]|[二三四五六七八九]|十[一]?)\\s*月(?:份|末|底)?");

    /**
     * The targets of a report's 主要预期目标 (a paragraph, a page or a whole report, as pasted: simplified or traditional,
     * full- or half-width, tables flattened), in order, with a warning for each clause read with doubt or not read.
     * Never throws on text; an empty text gives no targets.
     */
    public TargetParseResult parse(String report) {
        return parse(report, true);
    }

    /** As {@link #parse(String)}; a later paragraph's list is followed only at the first level (each reads the text again). */
    private TargetParseResult parse(String report, boolean followLaterList) {
        if (ChineseText.notChinese(report)) {
            return new TargetParseResult(List.of(), List.of(new ParseWarning(ChineseText.opening(report), ChineseText.NOT_CHINESE)));
        }
        List<ParseWarning> warnings = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        report = ChineseText.withoutForeignLines(report, foreign);
        if (!foreign.isEmpty()) {
            warnings.add(new ParseWarning(ChineseText.opening(String.join(" / ", foreign)), ChineseText.FOREIGN_LINES));
        }
        List<Target> targets = new ArrayList<>();
        String normalised = aboveTheAim(withCutQualifierRead(catalog.withSpacedNamesJoined(WebFurniture.withoutLineEndTag(
                ChineseText.normalise(report))), warnings));
        String pastYearsOut = withoutReviewChapters(withoutLastYearsAccount(withoutPastYearBlocks(FOREIGN_CAPITAL_RECEIVED.matcher(
                normalised).replaceAll("实际利用外资"), warnings), warnings), warnings);
        String prepared = withBrokenBulletsJoined(StatementSplitter.unwrapHardWrapped(StatementSplitter.withoutWorkLists(
                table.asSentences(CellPerLineTable.rejoin(PageFurniture.remove(WebFurniture.remove(withQuotedTargetsIntroduced(
                        QUOTED_DIGITS.matcher(NUMBERED_GOAL.matcher(pastYearsOut).replaceAll("$1是:"))
                                .replaceAll(m -> m.group(2) == null ? "" : m.group(1))))),
                        name -> catalog.byExactName(name).isPresent())))),
                warnings);
        StatementSplitter.Introduction introduction = StatementSplitter.Introduction.of(prepared);
        String introducedText = StatementSplitter.afterIntroduction(introduction);
        boolean introduced = !introducedText.equals(prepared);
        List<String> unread = new ArrayList<>();
        if (introduced && StatementSplitter.fiveYearsIntroduction(introduction)) {
            warnings.add(new ParseWarning(ChineseText.opening(introducedText), "五年规划的目标,不是一年的目标,请核对 / a five-year "
                    + "plan's goals, not one year's targets: check them"));
        }
        Integer stated = StatementSplitter.statedYearOfNormalised(normalised);
        Integer horizon = introduced ? horizonOf(introduction) : null;
        if (horizon != null && (stated == null || horizon > stated)) {
            // "到2026年,总体目标是全市生产总值达到8000亿元,…" (a news item on a city's 2022 report, batch ph's ph07): the
            // goals of the term, by a later year — none of them this year's target; said, not read
            warnings.add(new ParseWarning(ChineseText.opening(introducedText), "到" + horizon + "年的目标,不是本年度目标,未读取 / "
                    + "the goals for " + horizon + ", not this year's targets: not read"));
            return new TargetParseResult(List.of(), warnings, stated);
        }
        String targetsOnly = StatementSplitter.beforeConclusion(introducedText, stated);
        // (the year its introduction states, else the first the text names: "2024年,洛江区双阳街道定下新目标!", nd06)
        Matcher firstYear = FIRST_YEAR.matcher(prepared);
        Integer year = stated != null ? stated : firstYear.find() ? Integer.valueOf(firstYear.group(1)) : null;
        String text = ZERO_OCCURRENCE.matcher(ZERO_GROWTH.matcher(LAST_YEARS_FIGURE.matcher(targetsOnly).replaceAll(""))
                .replaceAll(m -> m.group(1) == null || year != null && Integer.parseInt(m.group(1)) == year - 1 ? "增长0%"
                        : Matcher.quoteReplacement(m.group()))).replaceAll("起数为0起");
        text = POINTS_ABOVE.matcher(text).replaceAll(",力争增速高于$1平均水平");
        // ("…目标:GDP增长约7% 规上工业增加值预计增长超10%", a headline's two targets parted by a space, batch or's or07)
        text = SPACE_AFTER_RATE.matcher(text).replaceAll(",");
        // ("…量的合理增长,力争2023年全市地区生产总值同比增长6%" ending a 县级市's 总体要求, batch or's or03: the year between the
        // aim's verb and the name made the clause a figure without a name, joined to the words before)
        // (only the targets' year: the one the introduction states, or one the text names elsewhere too — "力争2027年全县地区生产
        // 总值突破300亿元" alone names a later goal's year, the first the text names: the review of round 34's rules)
        // (or a growth follows, a year's aim: "力争2026年全区地区生产总值增长6.5%左右" — the review of round 35's rules)
        // (any other is a goal whose year the text does not show to be this one: "力争2027年全市生产总值迈上3000亿元台阶" after the
        // year's list gave its level to the clause before — left out, and said)
        text = YEAR_AFTER_AIM.matcher(text).replaceAll(m -> {
            if (year != null && Integer.parseInt(m.group(2)) == year && (stated != null || namedTwice(prepared, m.group(2) + "年")
                    || GROWTH_AFTER.matcher(m.group(3)).lookingAt())) {
                return Matcher.quoteReplacement(m.group(1) + m.group(3));
            }
            warnings.add(goalOfAnotherYear(m.group(), m.group(2), true));
            return "";
        });
        // ("地区生产总值增长6%,力争2027年突破2000亿元": a goal of a year named after the aim's verb, no name after it, joined to
        // the clause before as its level — left out and said when the text states another year, said when it states none —
        // break-it trial of 2026-12-05)
        text = YEAR_AIM_WITHOUT_NAME.matcher(text).replaceAll(m -> {
            int named = Integer.parseInt(m.group(2));
            if (stated != null && named == stated || stated == null && year != null && named == year && namedTwice(prepared, named + "年")) {
                return Matcher.quoteReplacement(m.group());
            }
            warnings.add(goalOfAnotherYear(m.group(), m.group(2), stated != null));
            return stated != null ? "" : Matcher.quoteReplacement(m.group());
        });
        // ("…的比例保持的百分之三左右", a wire's typo for 保持在, oi06: the figure is what is held)
        text = HELD_AT_TYPO.matcher(text).replaceAll("保持在");
        text = BASE_FIGURE.matcher(text).replaceAll("");
        text = TWO_REFERENCES.matcher(STILL_ABOVE.matcher(text).replaceAll("")).replaceAll("$1$2$3$4$6,$3$5$6");
        text = PART_COMMA.matcher(text).replaceAll("其中");
        // "为全面实现2013年农业总产值增长10%以上,…的目标" (nu05): the purpose and its year before the first name — when the
        // year is the report's: the one its introduction states, else the first it names or the next (a town's 2012
        // results, then its 2013 targets); "为实现2025年…" in a 2023 report is a goal of later years (the review of batch
        // nu/nv)
        java.util.function.IntPredicate reportsYear = named -> stated != null ? named == stated
                : year == null || named == year || named == year + 1;
        // ("为全面实现2025年地区生产总值达到1000亿元、…的目标" in a 2023 report: the goal of a later year, its figures none
        // of this year's targets — left out, and said; the review of this round's rules)
        // ("今年,…国税开票突破3个亿,财政收入突破1500万,通过3年的努力,国税开票破6亿,财政收入超3000万。" — a 镇's party secretary in
        // a city site's item of 2008, round 65's rb02: the aims of three years' effort, read as this year's)
        text = YEARS_OF_EFFORT.matcher(text).replaceAll(m -> {
            warnings.add(new ParseWarning(m.group(), "几年努力后的目标,不是本年度目标,未读取 / a goal of years of effort, not this "
                    + "year's: not read"));
            return "";
        });
        text = LATER_GOAL.matcher(text).replaceAll(m -> {
            if (reportsYear.test(Integer.parseInt(m.group(1)))) {
                return Matcher.quoteReplacement(m.group());
            }
            warnings.add(new ParseWarning(m.group(), m.group(1) + "年的目标,不是本年度目标,未读取 / a goal of " + m.group(1)
                    + ", not this year's: not read"));
            return "";
        });
        // ("自2005年开始,这一预期目标连续七年被确定为8%", "今后五年国内生产总值年均增长7%", "GDP预期增长目标八年来首次低于8%" — a
        // news item on a year's growth target, batch oi's oi05: the targets of other years and of the five-year plan, the
        // comparison with them; each was read as this year's GDP target)
        text = withoutOtherYearsTargets(text, warnings);
        text = withoutFiveYearParagraphs(text, warnings);
        // ("到2026年,总体目标是全市生产总值达到8000亿元,…" quoted in a news item on a city's 2022 report, ph07: the term's
        // goals by a later year; a sentence opened by 到 a year not the text's own is one — left out, said)
        // (in a year's report only: a plan's 纲要 keys its 到2025年 goals as the end year's targets — nh06, no14)
        boolean yearsReport = YEARS_REPORT.matcher(prepared).find() && !PLAN_OUTLINE.matcher(prepared).find();
        // (with no year stated, only the term's words — 总体目标, 奋斗目标, 任期… — mark a later goal; "到2025年底,全县地区生产
        // 总值增长6%" opens a year's own list — the review of round 43's rules)
        text = HORIZON_SENTENCE.matcher(text).replaceAll(m -> {
            if (!yearsReport || stated != null && Integer.parseInt(m.group(1)) <= stated
                    || stated == null && (m.group(2) != null || !TERM_GOAL.matcher(m.group()).find())) {
                return Matcher.quoteReplacement(m.group());
            }
            warnings.add(goalOfAnotherYear(m.group(), m.group(1), stated != null));
            return "";
        });
        text = PURPOSE_WITH_YEAR.matcher(text).replaceAll(m -> reportsYear.test(Integer.parseInt(m.group(1))) ? ""
                : Matcher.quoteReplacement(m.group()));
        // "…人均可支配收入增长10%,农民人均纯收入增长9%" (a county's 2010 targets, batch nw's nw04): before 2013 the urban
        // survey gave 可支配收入 and the rural one 纯收入 — beside farmers' 纯收入, a bare 人均可支配收入 is urban residents'
        if (FARMERS_NET_INCOME.matcher(text).find()) {
            text = BARE_DISPOSABLE_INCOME.matcher(text).replaceAll("城镇居民人均可支配收入");
        }
        // "财政增长13%" in a county's list: its fiscal revenue (财政总收入), the figure a county's reports lead with
        text = BARE_FISCAL.matcher(text).replaceAll("财政总收入").replace("非税占比", "非税收入占比");
        text = NAMES_SHARING_A_GROWTH_AIM.matcher(text).replaceAll(m -> NOT_NAMES_OF_AIMS.matcher(m.group(1)).find()
                ? Matcher.quoteReplacement(m.group()) : Matcher.quoteReplacement(String.join(",",
                java.util.Arrays.stream(BEFORE_FIRST_NAME.matcher(m.group(1)).replaceFirst("").split("、"))
                        .map(name -> catalog.byExactName(name).map(Indicator::nameZh).orElse(name) + m.group(2)).toList())));
        // (a piece opened by a verb of work is the task the names serve, no target: "扩大有效投资,工业投资,重点项目投资均增长
        // 10%", "持续增加城乡居民收入,城镇居民…,农村居民…均增长7%" — the review of this round's rules)
        text = NAMES_APART_BY_COMMAS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(String.join(",",
                java.util.Arrays.stream(m.group(1).split("[,,]")).filter(name -> !WORK_VERB.matcher(name).find())
                        .map(name -> name + m.group(2)).toList())));
        text = STRUCTURE.matcher(text).replaceAll(m -> "第一产业增加值占地区生产总值比重为" + m.group(1) + "%,第二产业增加值占地区生产总值比重为"
                + m.group(2) + "%,第三产业增加值占地区生产总值比重为" + m.group(3) + "%");
        // ("一般公共预算收入、固定资产投资保持正增长", a district's 2025 list, batch nh's nh03)
        text = POSITIVE_GROWTH.matcher(text).replaceAll("增长0%以上");
        text = GROWTH_AS_NOUN.matcher(text).replaceAll("增长$1");
        text = REACH_AFTER_KEEP.matcher(KEEP_AND_REACH.matcher(text).replaceAll("确保")).replaceAll("$1力争");
        text = LIST_ITEM.matcher(text).replaceAll(item -> Matcher.quoteReplacement(
                CLAUSE_SPACE.matcher(item.group()).replaceAll(",")));
        text = PEOPLE_FIRST.matcher(COUNT_FIRST.matcher(KEEP_AND_STRIVE.matcher(text).replaceAll("增长$1%以上,力争$2%"))
                .replaceAll("$3$4$1$2")).replaceAll("$3$1$2");
        text = FIRMS_MEASURES.matcher(text).replaceAll(m -> java.util.Arrays.stream(m.group(1).split("[、和及]"))
                .map(measure -> "规模以上" + (measure.endsWith("产值") || measure.equals("增加值") ? "工业" : "工业企业") + measure)
                .collect(java.util.stream.Collectors.joining("、")));
        text = OUTPUT_AFTER_AREA.matcher(text).replaceAll("$1$2$1$3");
        String labelled = text;
        text = INLINE_SECTION_LABEL.matcher(text).replaceAll(m -> catalog.findFirst(m.group()).isPresent()
                && PREDICATE_FIRST.matcher(labelled).region(m.end(), labelled.length()).lookingAt()
                || PLACE_LABEL.matcher(m.group()).find()
                || BARE_MEASURE.matcher(labelled).region(m.end(), labelled.length()).lookingAt() ? Matcher.quoteReplacement(m.group()) : "\n");
        text = HOPED_FOR.matcher(text).replaceAll(m -> {
            warnings.add(new ParseWarning(m.group().substring(1), "期成的数值是争取数,不作目标 / a hoped-for figure (期成): no target"));
            return "";
        });
        text = LATIN_GLOSS.matcher(text).replaceAll("");
        text = FIRMS_PROFITS_AFTER.matcher(text).replaceAll("规模以上工业企业实现$1");
        text = IndicatorCatalog.withIndustryValueAdded(INDUSTRY_GROWTH.matcher(text).replaceAll("$1增加值"));
        text = THREE_INDUSTRIES.matcher(text).replaceAll(m -> {
            String suffix = m.group(5) == null ? "" : m.group(5);
            String[] names = {"第一产业增加值", "第二产业增加值", "第三产业增加值"};
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                out.append(k == 0 ? "" : ",").append(names[k]).append(m.group(1)).append(m.group(k + 2)).append('%')
                        .append(suffix);
            }
            return Matcher.quoteReplacement(out.toString());
        });
        text = HEADING_SENTENCE.matcher(withoutHeadlineLabels(text)).replaceAll("");
        text = GDP_PROPORTION.matcher(text).replaceAll("占地区生产总值比重");
        // ("接待游客超386万人次、旅游综合收入25.03亿元", "旅游业增加值占地区生产总值(GDP)的比重达7.5%,超出认定标准0.3个百分点" — a
        // county tourism bureau's 2018 plan, batch pf's pf02: two figures of two names parted by 、, a share named with its
        // gloss and 的, and the margin over a standard, which became a target of its own)
        text = SPEECH_COLON.matcher(ADJUSTED_FROM.matcher(FROM_FIGURE.matcher(text).replaceAll("")).replaceAll("达到")).replaceAll(",");
        text = STANDARD_MARGIN.matcher(SHARE_WITH_OF.matcher(FIGURE_THEN_VERB.matcher(FIGURE_THEN_NAME.matcher(text)
                .replaceAll(",")).replaceAll(","))
                .replaceAll("$1$2")).replaceAll("");
        // ("空气质量二级和好于二级天数达到73%", ok06; "空气质量优良天数达到80%" — the review of round 31's rules: a count of days
        // given in % is their share of the year)
        text = AIR_DAYS_IN_PERCENT.matcher(text).replaceAll("$1比例");
        // ("大气和水主要污染物二氧化硫、化学需氧量排放量均削减2%", ok06: the category before the pollutants' names)
        text = POLLUTANTS_CATEGORY.matcher(text).replaceAll("");
        // ("占全省GDP比重增长1个百分点", a province's county economy in 2013, batch oi's oi03: the whole's catalog name)
        text = WHOLE_REGIONS_GDP.matcher(text).replaceAll("占$1地区生产总值");
        text = REVISION.matcher(text).replaceAll("");
        // ("地区生产总值增长6%左右(见附件1)", a break-it trial: the annex's number was read as a level of 1亿元)
        text = SEE_ANNEX.matcher(text).replaceAll("");
        // ("地区生产总值增长5.5%左右(去年低于预期目标(4.8%)0.6个百分点)": last year's account in brackets, its gap read as a
        // level of this year — break-it trial of 2026-12-05)
        text = LAST_YEAR_IN_BRACKETS.matcher(text).replaceAll("");
        text = withoutRatioClauses(text, warnings);
        // "城乡居民收入比缩小到2.05" (a break-it trial): the ratio of the two incomes, never either income
        text = INCOME_RATIO.matcher(text).replaceAll("城乡收入倍差").replaceAll("城乡收入倍差由\\d+(?:\\.\\d+)?", "城乡收入倍差");
        text = ELIDED_DOMESTIC.matcher(AREAS_BEFORE_DISTRIBUTED.matcher(text).replaceAll("$1")).replaceAll("$1外资$2、$1内资");
        String expanded = expandUrbanAndRural(withListedNameApart(text));
        for (Statement statement : splitter.split(expanded, warnings)) {
            String clause = statement.prefix() + statement.subjectText() + statement.predicateText();
            // (inside brackets it is about something else: 单位生产总值能耗下降4%(分县区指标另行下达) — the review of batch me)
            if (SET_LATER.matcher(clause.replaceAll("\\([^)]*\\)", "")).find()) {
                // "全社会固定资产投资增长目标根据新的统计口径另行确定" (a province's 2017 report, batch me's me07): no
                // target this year, said so; kept as a warning for the office, not as a qualitative target
                warnings.add(new ParseWarning(clause.trim(), "目标另行确定,本段未设定 / the target is set later"));
                continue;
            }
            Matcher base = BASE_YEAR.matcher(statement.predicateText());
            if (statement.isKnown() && !statement.distributed() && year != null && base.lookingAt()
                    && Integer.parseInt(base.group(1)) < year - 1) {
                // "单位GDP能耗较2017年下降10%" among a regional plan's 2025 goals (batch no's no14): a change since a base year,
                // not one year's growth — the clause is kept as written, and the office told
                String written = (statement.subjectText() + statement.predicateText()).trim();
                warnings.add(new ParseWarning(written, "以" + base.group(1) + "年为基数的累计变化,不是一年的增速 / a change since a "
                        + "base year, not one year's growth"));
                targets.add(new Target(statement.subjects().get(0).indicator().code(), written, null, null, true,
                        statement.source(), List.of()));
                continue;
            }
            // (not a yearly average over the plan, "“十二五”期间年均增长10%", a yearly growth — the review of round 31's rules)
            if (statement.isKnown() && !statement.distributed() && FIVE_YEAR_PERIOD.matcher(clause).find()
                    && !clause.contains("年均")) {
                // "万元生产总值综合能耗进一步下降、完成“十一五”期间下降20%左右的目标" (a wire on a 直辖市's 2010 report, batch
                // oi's oi06, read as a fall of 20 % this year): the five-year plan's total, the clause kept as written
                String written = (statement.subjectText() + statement.predicateText()).trim();
                warnings.add(new ParseWarning(written, "五年规划期间的累计目标,不是一年的增速 / the five-year plan's total, not "
                        + "one year's growth"));
                targets.add(new Target(statement.subjects().get(0).indicator().code(), written, null, null, true,
                        statement.source(), List.of()));
                continue;
            }
            Matcher part = PART_OF_THE_YEAR.matcher(statement.prefix());
            if (part.find()) {
                // "市下达我区一季度地区生产总值增长5%的任务", "力争一季度规上工业增速8%左右" (the break-it trial after round 39;
                // a city's 开门红 targets, batch nh's nh07): a quarter's or half-year's target — read, as a page of such targets
                // has no other, and said, so that it is not committed as the year's without a look
                warnings.add(new ParseWarning(clause.trim(), part.group() + "的目标,不是全年目标,请核对 / a target for "
                        + part.group() + ", not for the year: check it"));
            }
            if (PART_OF_REGION.matcher(clause).lookingAt()) {
                // "其中安宁河谷县市增速高于全省平均水平", "其中脱贫县农村居民人均可支配收入增速高于全国平均水平" (a prefecture's
                // 2021 targets, batch nf's nf03): a target of some of the region's counties, not of the region
                warnings.add(new ParseWarning(clause.trim(), "下辖部分区域的目标,未读取 / a target of a part of the region: not read"));
                continue;
            }
            if (LOST_FIGURE.matcher(statement.subjectText()).find()) {
                // "新增“四上”企业家以上、商事主体1.3万户以上" (a district's targets in a news item, batch mv's mv04): the page lost
                // the count before 家以上; what is read of the clause is uncertain, and the office is told
                warnings.add(new ParseWarning(clause.trim(), "指标名称中有单位而无数字,数字疑似缺失,请人工核对 / a unit without its "
                        + "figure in the name: a figure seems lost"));
            }
            if (!statement.isKnown()) {
                uncatalogued(statement, warnings, unread).ifPresent(targets::add);
            } else if (statement.distributed()) {
                targets.addAll(distributed(statement, warnings));
            } else if (URBAN_AND_RURAL.matcher(statement.prefix() + statement.subjects().get(0).matchedName()).find()
                    || statement.prefix().endsWith("城乡")) {
                for (String code : List.of(URBAN, RURAL)) {
                    Indicator indicator = catalog.byCode(code).orElseThrow();
                    // (with the relative target the phrase carried: "城乡居民人均可支配收入增速高于全市水平" — the review of batch
                    // nj/nk's rules, where the comparison was cut out and lost)
                    targetFor(indicator, indicator.nameZh(), statement.predicateText(), statement.source(), warnings)
                            .map(t -> withReference(t, statement)).ifPresent(targets::add);
                }
            } else if (statement.predicateText().isBlank() && statement.prefix().isBlank()
                    && statement.aboveReference() == null) {
                continue; // a bare name ("一是经济发展。") heads a group; it sets no target
            } else {
                IndicatorMatch match = statement.subjects().get(0);
                // "完成上级下达的节能减排和碳排放强度下降目标": words of their own before the name belong to the clause
                // (and a verb alone: "完成能耗强度降低和煤炭消费压减任务", a district's 2025 list, batch nh's nh03)
                String clausePrefix = StatementSplitter.hasOwnSubject(statement.prefix())
                        || TASK_VERB.matcher(statement.prefix().trim()).matches() || "确保".equals(statement.prefix().trim())
                        ? statement.prefix().trim() : "";
                targetFor(match.indicator(), match.matchedName(), statement.predicateText(), statement.source(),
                        warnings)
                        .map(t -> t.qualitative() && !clausePrefix.isEmpty()
                                ? new Target(t.indicatorCode(), clausePrefix + t.subject(), null, null, true,
                                        t.sourceText(), t.notes())
                                : t)
                        .map(t -> withReference(t, statement))
                        .ifPresent(targets::add);
            }
        }
        targets.addAll(0, beforeIntroduction(introduction, targets, warnings));
        String later = followLaterList ? StatementSplitter.afterALaterIntroduction(introduction) : null;
        if (later != null && later.length() < report.length()) {
            // the later list's targets the first lacks (the lead gave one, the body all: op02); its clauses in words only where
            // they name an indicator ("确保人民生活水平稳步提升", "报告还强调了…的改善" in a body that retells the lead's list, round
            // 52's qb04, are the paper's words)
            Set<String> have = new HashSet<>();
            targets.forEach(t -> have.add(t.indicatorCode() != null ? t.indicatorCode() : t.subject()));
            parse(later, false).targets().stream().filter(t -> !have.contains(t.indicatorCode() != null ? t.indicatorCode() : t.subject()))
                    .filter(t -> t.indicatorCode() != null || t.level() != null || t.growth() != null || t.aboveReference() != null)
                    .forEach(targets::add);
        }
        if (introduced && !unread.isEmpty()) {
            // "县域经济综合发展力显著增强;社会和谐,…,人民群众幸福感进一步加强" in a county's 奋斗目标 (batch om's om03): an
            // introduced list's clause that names no target the reader knows is said, never dropped without a word (issue
            // 11: every miss a warning)
            String joined = String.join(";", new java.util.LinkedHashSet<>(unread));
            warnings.add(new ParseWarning(joined.length() > 120 ? joined.substring(0, 120) + "…" : joined, "引言后的" + unread.size()
                    + "处表述未读作目标,请人工核对 / " + unread.size() + " clauses after the introduction not read as targets"));
        }
        List<Target> read = withoutImplausible(withoutRepeats(withBareIndustryApart(withLevelsAndTheirGrowth(withoutLeadIns(
                withTheirTask(withoutYearNumbers(withRankMovesInWords(withRankAimsJoined(withSharedFallsApart(targets)))))))), warnings), warnings);
        if (read.isEmpty() && introducedText.startsWith(targetsOnly) && targetsOnly.length() < introducedText.length()) {
            aimsInTheWork(introducedText.substring(targetsOnly.length()), warnings);
        }
        List<Target> kept = withNameCutAtTheStart(introduced ? read : withoutNarrative(read, prepared, warnings), prepared, warnings);
        if (kept.isEmpty() && warnings.isEmpty() && ChineseText.hasFigures(prepared)) {
            warnings.add(new ParseWarning(ChineseText.opening(prepared), ChineseText.NOTHING_READ));
        }
        String cut = ChineseText.cutMidClause(prepared);
        if (cut != null) {
            warnings.add(new ParseWarning(cut, ChineseText.CUT_MID_CLAUSE));
            Target last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.qualitative() && last.level() == null && last.growth() == null && cut.endsWith(last.subject())) {
                // ("…;人口自然增长率控制" where a digest stops, batch ph's ph02: the clause cut before its figure is said, not
                // kept as a qualitative target)
                kept = kept.subList(0, kept.size() - 1);
            }
        }
        return new TargetParseResult(kept, warnings, stated);
    }

    /**
     * A year in Arabic or Chinese digits, as a heading writes it: 2008, 二〇〇八 — and 〇〇八 where a page lost its first
     * character ("〇〇八年工作回顾" in a county's 2009 report, round 51's pz07, whose results were read as eighteen targets).
     */
    private static final String YEAR_IN_ANY_DIGITS = "(?:(?:19|20)\\d{2}|二?[〇零][〇零一二三四五六七八九]{2})";
    /** A chapter that reviews a year gone by: "一、2025年工作回顾", "(一)2019年计划执行情况" — not "…回顾和2026年目标". */
    // (and a year's 工作回顾 as a heading with no number: "2018年工作回顾", pj07)
    private static final Pattern REVIEW_CHAPTER = Pattern.compile("^\\h*+(?:(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])"
            + "(?=[^\\n]*(?:工作回顾|执行情况|完成情况))(?![^\\n]*(?:目标|计划草案|安排|任务|要求))[^\\n]*|" + YEAR_IN_ANY_DIGITS + "年(?:的)?(?:政府)?工作回顾"
            + "\\h*+)$", Pattern.MULTILINE);
    /** A chapter's heading of the top level: "一、…" (not a section's "(一)…"). */
    private static final Pattern TOP_CHAPTER_LINE = Pattern.compile("^\\s*+[一二三四五六七八九十]+、");
    /** A chapter on a five-year plan's goals: "二、“十五五”时期主要目标和重大任务". */
    private static final Pattern FIVE_YEAR_CHAPTER = Pattern.compile("^\\h*+(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])"
            + "[^\\n\\d]{0,4}十[一二三四五六七八九]五[”」\"]?(?:时期|规划)[^\\n\\d]*目标[^\\n\\d]*$", Pattern.MULTILINE);

    /**
     * {@code text} without the chapters that review a year gone by or set a five-year plan's goals, each to the next
     * chapter's heading: "一、2025年工作回顾 / 国内生产毛额增长5% / …" and "二、“十五五”时期主要目标和重大任务 / 全社会研发经费投入
     * 年均增长7%以上 / …" before "三、2026年经济社会发展总体要求" (a Taiwan wire's digest of the 2026 report, batch oe's
     * oe08) — their figures are results and five-year goals, each read as a target (the corpus keys neither). One warning
     * says what was left out.
     */
    static String withoutReviewChapters(String text, List<ParseWarning> warnings) {
        String[] lines = text.split("\n", -1);
        // (only a chapter another one follows: where the text stops inside it, the year's targets may sit in its table —
        // "一、2015年…计划执行情况" over a table of 2015's results and 2016's targets, batch ny's ny05)
        int lastChapter = -1;
        for (int i = 0; i < lines.length; i++) {
            if (CHAPTER_LINE.matcher(lines[i]).lookingAt()) {
                lastChapter = i;
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> left = new ArrayList<>();
        boolean skipping = false;
        boolean underTopChapter = false;
        int chapterYear = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (CHAPTER_LINE.matcher(line).lookingAt()) {
                boolean top = TOP_CHAPTER_LINE.matcher(line).lookingAt();
                if (skipping && underTopChapter && !top && !sectionSetsTargets(lines, i, chapterYear)) {
                    // "一、2020年国民经济和社会发展计划执行情况 / (一)2020年计划执行情况 / 1.地区生产总值增长4.3%…" (a city's plan
                    // report cut inside its review, batch ok's ok05): a section of a review is the review
                    continue;
                }
                // (a year's 工作回顾 is the review wherever the text stops: only a 计划执行情况's table may hold the next year's
                // targets — a 2019 report cut inside its "2018年工作回顾", batch pj's pj07, read its results as targets)
                boolean yearsReview = line.contains("工作回顾");
                skipping = (i < lastChapter || yearsReview)
                        && (yearsReview ? !introducesTargets(lines, i) : !holdsThisYearsTargets(lines, i))
                        && (REVIEW_CHAPTER.matcher(line).matches()
                                || FIVE_YEAR_CHAPTER.matcher(line).matches() && oneYearsChapterFollows(lines, i));
                underTopChapter = skipping && top;
                Matcher year = ANY_YEAR.matcher(line);
                chapterYear = top && year.find() ? Integer.parseInt(year.group(1)) : top ? 0 : chapterYear;
                if (skipping) {
                    left.add(line.strip());
                }
            }
            if (!skipping) {
                out.append(line);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        // (said only where no introduction of the year's targets follows: a whole report's "一、2023年工作回顾" before its
        // "主要预期目标是:" was never read as targets, and a warning there would hold up every report's commit)
        if (!left.isEmpty() && StatementSplitter.yearsIntroduction(out.toString()) < 0) {
            warnings.add(new ParseWarning(String.join(" / ", left), "回顾和五年规划目标章节,不是今年的目标,未读取 / a review of a year "
                    + "gone by or a five-year plan's goals, not this year's targets: not read"));
        }
        return out.toString();
    }

    /**
     * Whether the chapter headed at line {@code heading} speaks of this year's targets ("今年主要预期目标…" inside "一、2024年
     * 工作回顾", a report that reviews and sets in one chapter — the review of this round's rules).
     */
    /** Whether the chapter headed at line {@code heading} introduces a year's targets ("主要预期目标是:"): a review's words of
     * its own targets ("确定的目标任务") do not. */
    private static boolean introducesTargets(String[] lines, int heading) {
        StringBuilder chapter = new StringBuilder();
        for (int i = heading + 1; i < lines.length && !CHAPTER_LINE.matcher(lines[i]).lookingAt(); i++) {
            chapter.append(lines[i]).append('\n');
        }
        // (or names a later year than its heading's: "一、2024年工作回顾 / … / 2025年,全县地区生产总值增长6%左右" — the review)
        Matcher reviewed = ANY_YEAR.matcher(lines[heading]);
        int reviewedYear = reviewed.find() ? Integer.parseInt(reviewed.group(1)) : Integer.MAX_VALUE;
        Matcher named = ANY_YEAR.matcher(chapter);
        while (named.find()) {
            if (Integer.parseInt(named.group(1)) > reviewedYear) {
                return true;
            }
        }
        return StatementSplitter.yearsIntroduction(chapter.toString()) >= 0 || THIS_YEARS_AIM.matcher(chapter).find();
    }

    /** This year's aim told in a review's last lines: "今年全县地区生产总值预期增长6%左右" (the review of round 43's rules). */
    private static final Pattern THIS_YEARS_AIM = Pattern.compile("(?:今年|明年)[^。\\n]{0,30}?(?:预期|力争|确保|目标|计划)");

    // (not a review's words of the targets it met: "圆满完成了十届人大四次会议确定的各项预期目标" in a province's 2006
    // 计划执行情况, round 44's pl07, cut inside it — its results were read as eight targets)
    private static boolean holdsThisYearsTargets(String[] lines, int heading) {
        for (int i = heading + 1; i < lines.length && !CHAPTER_LINE.matcher(lines[i]).lookingAt(); i++) {
            Matcher words = TARGET_WORDS_IN_CHAPTER.matcher(lines[i]);
            while (words.find()) {
                if (words.group().equals("目标") && !namesALaterYear(lines[i], lines[heading])
                        && !TARGET_SET_AFTER.matcher(lines[i]).region(words.end(), lines[i].length()).lookingAt()) {
                    // (a word of the review's own, "统筹多元目标," — a district's 2023 计划执行情况 cut inside it, round 50's px07,
                    // whose estimates were read as targets)
                    continue;
                }
                if (!words.group().equals("目标") || !TARGETS_MET.matcher(lines[i].substring(0, words.start())).find()
                        || namesALaterYear(lines[i], lines[heading])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code line} names a later year than {@code heading}: "2015年完成 2016年目标" over a table's columns, "全市超额
     * 完成年度目标,2024年全市地区生产总值预期增长6%左右" (the review of round 44's rules) speak of next year's targets.
     */
    private static boolean namesALaterYear(String line, String heading) {
        Matcher reviewed = ANY_YEAR.matcher(heading);
        if (!reviewed.find()) {
            return false;
        }
        Matcher named = ANY_YEAR.matcher(line);
        while (named.find()) {
            if (Integer.parseInt(named.group(1)) > Integer.parseInt(reviewed.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** A review's words before the targets it speaks of: "完成了…确定的各项预期", "实现…的". */
    private static final Pattern TARGETS_MET = Pattern.compile("(?:完成|实现|达到|超过|超额)[^,,。;;]{0,24}$");

    /**
     * Whether the section headed at line {@code heading} inside a review sets targets: this year's or next year's, a plan's
     * draft, or targets introduced ("目标是", "目标:") — not the review's own "各项主要目标任务基本完成", "超预期目标8.57亿元".
     */
    private static boolean sectionSetsTargets(String[] lines, int heading, int chapterYear) {
        // (by its heading: "(二)2021年经济社会发展主要预期目标" under "一、2020年…执行情况", a later year's section — the review
        // of round 31's rules, where such sections were lost)
        if (SECTION_OF_TARGETS.matcher(lines[heading]).find() && !SECTION_OF_RESULTS.matcher(lines[heading]).find()) {
            return true;
        }
        Matcher year = ANY_YEAR.matcher(lines[heading]);
        while (year.find()) {
            if (chapterYear > 0 && Integer.parseInt(year.group(1)) > chapterYear) {
                return true;
            }
        }
        for (int i = heading; i < lines.length && (i == heading || !CHAPTER_LINE.matcher(lines[i]).lookingAt()); i++) {
            if (TARGETS_SET_IN_SECTION.matcher(lines[i]).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SECTION_OF_TARGETS = Pattern.compile("目标|指标|计划草案|安排");
    private static final Pattern SECTION_OF_RESULTS = Pattern.compile("执行|完成|回顾|成效|成绩");
    private static final Pattern TARGETS_SET_IN_SECTION = Pattern.compile("今年|明年|草案|安排|目标(?:是|为|[::])");

    /** A name outside the catalog that is an unemployment rate (失业率, 失業率 once simplified). */
    private static final Pattern UNEMPLOYMENT_NAME = Pattern.compile("失业率$");
    /** What follows 目标 where it sets one: "目标增长7%", "全年目标:…", "目标是", "目标任务为", "目标(…)", "目标9%". */
    private static final Pattern TARGET_SET_AFTER = Pattern.compile("(?:任务|值)?(?:是|为|[::]|增长|增速|[((]|\\d)");
    /** Words of targets in a chapter's lines: "2025年,全镇地区生产总值目标增长7%", "全年目标:…" (the review). */
    private static final Pattern TARGET_WORDS_IN_CHAPTER = Pattern.compile("目标|今年|计划");
    /** A chapter of one year's work or targets: "三、2026年经济社会发展总体要求", "二、今年主要工作". */
    private static final Pattern ONE_YEARS_CHAPTER = Pattern.compile("\\d{4}\\s*年|今年|年度|明年");

    /**
     * Whether a chapter after line {@code heading} is of one year's work or targets: a five-year plan's goals are left out
     * only before such a chapter (a five-year plan's own text — its goals and nothing of one year — is read as before;
     * the review of this round's rules).
     */
    private static boolean oneYearsChapterFollows(String[] lines, int heading) {
        for (int i = heading + 1; i < lines.length; i++) {
            if (CHAPTER_LINE.matcher(lines[i]).lookingAt() && ONE_YEARS_CHAPTER.matcher(lines[i]).find()
                    && !REVIEW_CHAPTER.matcher(lines[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that speaks of this year's targets: the years it names are the targets' years (预期增长, 新的一年: "2026年,全区
     * 地区生产总值预期增长6%" after "2025年,…完成预期目标。" — break-it trial of 2026-12-05).
     */
    // (and a plan's figures: "2018年,长春高新区将…。计划规模以上工业产值增长12%,…" — a 高新区's 2018 aims, batch oi's oi04, whose
    // 2017 results before them were read as targets)
    // (not a line of last year's plan, "2024年,全县计划地区生产总值增长7%" beside its results: a year of its own makes it
    // this year's only when it is the latest the text names — the review of round 30's rules; see thisYearsLine)
    // (not the targets said met: "经济社会发展主要目标全面实现" in a spokesman's account of 2008, round 53's qd07)
    // (and the aims a place set itself: "2018年,二七区给自己定下了小目标:地区生产总值增长8%以上,…" after "初步预计,2017年…"
    // — a district's 2018 aims in a news story, round 60's qr04, whose 2017 estimates were read as targets)
    private static final Pattern THIS_YEARS_LINE = Pattern.compile("今年|预期目标|主要目标(?!(?:全面|圆满|顺利|基本)?(?:实现|完成))|目标是|目标为|工作要求|工作安排|预期(?:增长|达到|下降|控制)|新的一年|新一年"
            + "|(?:定下|确定|提出|设定|制定)了?[^,,。;;\\d]{0,10}?目标[::]");
    private static final Pattern PLAN_LINE = Pattern.compile("计划[^,,。;;]{2,20}?(?:增长|达到)\\d");
    /** A year named as what a line speaks of: "2019年,重庆…", "2024年的四川答卷" — not "比2024年", "在2024年基础上". */
    private static final Pattern TOPIC_YEAR = Pattern.compile("(?<![比较与在至到于截止截至和、\\d])((?:19|20)\\d{2})年(?![底末初基以同水价—\\-~至到])");
    /** Any year a line names with 年. */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    /** Words of a line that looks ahead: it is no account of a year gone by. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("今年|明年|目标|预期|力争|确保|争取|计划|要求|将|拟|建议|安排|到\\d{4}年");
    /** Last year as the base of this year's target. */
    private static final Pattern LAST_YEARS_BASE = Pattern.compile("基础|基数|为基|保持\\d{4}年|超过\\d{4}年|\\d{4}年(?:年底|年末|底|末)");
    /** The year as what the sentence is about: "2019年,重庆…", "2024年全年,…". */
    // (or the year, its subject and a verb of a result: "2010年全市上下齐心协力完成了…", "2010年南通市产业转型升级取得新进展" —
    // pd07)
    private static final Pattern ACCOUNT_OPENING = Pattern.compile("\\d{4}年(?:全年)?[,,]"
            + "|\\d{4}年[^,,。;;\\d]{0,16}?(?:完成了|实现了|取得了?新?(?:进展|成效|成绩|突破))");
    /**
     * A line that opens on the year before the targets' and the whole region: "2008年全省地区生产总值增长12.5%左右;…" after
     * "省政府去年50项重点工作完成情况良好" and before "今年,省政府将…为全面完成2009年各项目标任务奠定基础" (a provincial
     * spokesman's account of 2008, round 53's qd07, whose results were read as eleven targets). Group 1 the year.
     */
    // (not a line of the meeting that set the targets: "2014年全市经济工作会议确定:地区生产总值增长8%" under "2015年全市主要预期目标"
    // — the review of round 53's rules)
    private static final Pattern YEAR_OF_THE_REGION = Pattern.compile("^\\h*+((?:19|20)\\d{2})年全[省市区县州旗盟]"
            + "(?![^。\\n]*?(?:会议|确定|提出|部署|明确|目标|计划|预期))");
    /** A task said done standing as a clause of its own among a year's results: ";完成节能减排目标任务。". */
    private static final Pattern TASK_DONE_AMONG_RESULTS = Pattern.compile("(?<=[;;,,])(?:超额|全面|圆满)?完成[^,,。;;\\d]{0,10}?目标任务"
            + "(?=[;;。]|$)");
    /** The 将 of an estimate: "预计全年生产总值将突破950亿元". */
    private static final Pattern ESTIMATES_WILL = Pattern.compile("(?<=预计[^,,。;;]{0,12})将");
    /** An estimate or a first count of a year gone by. */
    private static final Pattern ESTIMATE = Pattern.compile("预计|初步核算|初步统计|答卷");
    /** A line opened by the year's estimate: "预计全年实现地区生产总值2800亿元,…". */
    // (or its year: "预计2014年,全年完成地区生产总值174亿元,…" — a county's meeting of January 2015 with no aims printed,
    // round 60's qr07, whose five estimates were read as targets; group 1 the year)
    /** A page's date line: "时间:2016-03-09 19:29:46", "发布日期:2016年3月9日"; group 1 the year. */
    private static final Pattern DATELINE = Pattern.compile("(?:时间|日期|发布时间|发布日期|发表时间|更新时间)\\s*[::]\\s*((?:19|20)\\d{2})"
            + "\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2}");
    /** A year named with its aims: "2015年工作目标", "2015年的主要预期目标"; group 1 the year. */
    private static final Pattern YEARS_AIMS = Pattern.compile("((?:19|20)\\d{2})年(?:度)?[^,,。;;\\d]{0,8}?(?:目标|计划|预期|任务)");
    private static final Pattern ESTIMATE_OPENING = Pattern.compile("^\\h*+(?:据|经)?(?:初步)?预计(?:全年|去年|上年"
            + "|((?:19|20)\\d{2})年(?:度)?[,,]?(?:全年)?(?:实现|完成))");
    /** Last year's estimate: "预计重庆去年新增…", "初步预计上年…". */
    private static final Pattern LAST_YEARS_ESTIMATE = Pattern.compile("预计[^,,。;;]{0,10}(?:去年|上年)");
    /**
     * A line that opens on the year gone by without naming it: "过去一年,内蒙古地区生产总值突破2万亿元、同比增长6.3%,…"
     * (batch oi's oi01, between the lead and the list, whose four results were read as targets).
     */
    // (and after its source, "据统计,去年福建省生产总值(GDP)达19701.78亿元,…" after a province's 2013 list, round 45's pn04)
    private static final Pattern LAST_YEAR_OPENING = Pattern.compile("^\\h*+(?:(据(?:初步)?(?:统计|核算))[,,]\\h*+(?:去年|上年|上一年)"
            + "|(?:过去一年|过去的一年|去年|上年|上一年)(?:全年|以来|来)?[,,])");
    /**
     * Words that make such a line more than last year's account: the year ahead (新的一年), a standing task (今后, 每年,
     * 任务), the meeting that set this year's targets (会议确定, 提出, 部署, 明确) — the review of round 30's rules.
     */
    // (not the decisions a year was run by: "全面贯彻…上级各项决策部署,…经济发展持续向好" — a district's 2024 told at its
    // 2025 人代会, round 64's qz07, whose results were read as targets)
    private static final Pattern OPENING_LOOKS_AHEAD = Pattern.compile("新的一年|新一年|今后|每年|任务|会议|确定|提出|(?<!决策)部署|明确");
    /** A result measured against its year's target: "低于预期目标0.7个百分点", "超额完成年度目标", "实现了预期目标". */
    // (and the targets a meeting set, said done: "2010年全市上下齐心协力完成了市十三届人大三次会议确定的目标任务" — a city's
    // 2011 report in a news item, batch pd's pd07, whose 2010 results were read as eleven targets)
    private static final Pattern MEASURED_AGAINST_TARGET = Pattern.compile("(?:低于|高于|超过|超出|快于|慢于|(?:超额)?完成(?:了)?|实现(?:了)?)"
            + "(?:年初|全年|年度)?(?:的)?(?:预期|计划)?目标"
            + "|(?:超额|圆满|全面)?完成了[^,,。;;\\d]{0,24}?确定的(?:各项)?(?:目标任务|目标|任务)"
            // (and the targets said met: "2014年全市主要目标基本完成,地区生产总值增长7.6%" — the review of round 53's rules)
            + "|(?:主要|各项)?(?:预期)?目标(?:任务)?(?:全面|圆满|顺利|基本)(?:实现|完成)");
    /** A full stop inside a line (not at its end). */
    private static final Pattern INNER_FULL_STOP = Pattern.compile("。(?=\\h*+\\S)");
    /** A sentence's end inside a line (not at its end). */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[。;;](?=\\h*+\\S)");
    /** A figure in a line. */
    private static final Pattern LINE_FIGURE = Pattern.compile("\\d(?:\\.\\d+)?\\s*(?:%|亿|万|元|个|户|家|人)");

    /**
     * {@code text} without the lines that give the account of the year before the targets' year: "2019年,重庆工业经济逐步回暖,
     * 规上工业增加值增长6.1%以上。…居民消费价格涨幅控制在3%以内" before "对于今年政府工作要求,会议提出,2020年…" (a news item
     * on a municipality's 2020 report, batch oe's oe07), "2024年的四川答卷…预计全省地区生产总值增长5.7%…" before "今年发展主要预期
     * 目标是" of 2025 (a news item, batch og's og01) — each of last year's results was read as a target. A line is such an
     * account when it names year Y−1 as its topic, where Y is a year named in a line about this year's targets, names no
     * later year, has a figure and no word that looks ahead (今年, 目标, 力争, 将 …). One warning says what was left out.
     */
    static String withoutLastYearsAccount(String text, List<ParseWarning> warnings) {
        // (a line's sentences each on their own where a later one opens on a year: "2025年,全市地区生产总值增长5.6%,高于预期
        // 目标0.1个百分点。今年,全市…预期增长6%左右" on one line — break-it trial of 2026-12-05, read as this year's GDP 5.6 %)
        String[] lines = YEAR_OPENING_SENTENCE.split(text, -1);
        boolean[] joined = new boolean[lines.length];
        Matcher boundary = YEAR_OPENING_SENTENCE.matcher(text);
        for (int i = 0; boundary.find(); i++) {
            joined[i] = !boundary.group().contains("\n");
        }
        Set<Integer> targetYears = new HashSet<>();
        int first = -1;
        int last = -1;
        int latest = 0;
        Matcher named = ANY_YEAR.matcher(text);
        while (named.find()) {
            latest = Math.max(latest, Integer.parseInt(named.group(1)));
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // (a result measured against last year's target, "高于预期目标0.1个百分点", does not make a line this year's)
            String ahead = MEASURED_AGAINST_TARGET.matcher(line).replaceAll("");
            if (THIS_YEARS_LINE.matcher(ahead).find() || PLAN_LINE.matcher(line).find() && latestYearOnly(line, latest)) {
                first = first < 0 ? i : first;
                last = i;
                // (with the years of the sentences before it on its line, but those that open on a year of their own: "…在
                // 2015年3月××日的××县政府工作报告中做了部署。今年,…" is 2015's, mg03)
                for (int j = i; j == i || j >= 0 && joined[j] && !NUMBERED_YEAR_OPENING.matcher(lines[j]).lookingAt(); j--) {
                    Matcher year = ANY_YEAR.matcher(lines[j]);
                    while (year.find()) {
                        targetYears.add(Integer.valueOf(year.group(1)));
                    }
                }
            }
        }
        if (first >= 0 && targetYears.isEmpty()) {
            // (this year's lines name no year, "今年经济工作的主要指标:…": the page's date names it — "时间:2016-03-09", a 镇's
            // 2016 meeting in a district's news, round 61's qt03, whose 2015 results were read as targets)
            Matcher dated = DATELINE.matcher(text);
            if (dated.find()) {
                targetYears.add(Integer.valueOf(dated.group(1)));
            }
            // (or the year gone by goes on by its number: "过去的一年,王场镇…成绩喜人。2016年,全镇完成工业总产值40.54亿元,…" — a
            // 镇's news of March 2017, round 61's qt07, whose 2016 results were read as targets)
            for (int i = 0; i + 1 < lines.length && targetYears.isEmpty(); i++) {
                Matcher year = NUMBERED_YEAR_OPENING.matcher(lines[i + 1]);
                if (joined[i] && LAST_YEAR_OPENING.matcher(lines[i]).lookingAt() && year.lookingAt()) {
                    targetYears.add(Integer.parseInt(year.group(1)) + 1);
                }
            }
        }
        boolean reviewOnly = false;
        if (first < 0) {
            // (a text that only reviews a year it names, "报告在回顾2024年工作时称,…。2024年,长丰县发展…实现…" — a county's 2025
            // report in a news item, batch oz's oz07, whose nine results were read as targets: that year's lines are its account)
            Matcher reviewed = REVIEWED_YEAR.matcher(text);
            Matcher paperDate = PAPER_DATE.matcher(text);
            Matcher estimate = java.util.Arrays.stream(lines).map(ESTIMATE_OPENING::matcher).filter(m -> m.lookingAt() && m.group(1) != null)
                    .findFirst().orElse(null);
            if (reviewed.find()) {
                targetYears.add(Integer.parseInt(reviewed.group(1)) + 1);
            } else if (estimate != null && !YEARS_AIMS.matcher(text).results()
                    .anyMatch(y -> Integer.parseInt(y.group(1)) >= Integer.parseInt(estimate.group(1)))) {
                // (not where that year's aims are named: "2015年工作目标:预计2015年,全年实现…" — the review of round 60's rules)
                targetYears.add(Integer.parseInt(estimate.group(1)) + 1); // the year estimated is the one gone by
            } else if (paperDate.lookingAt()) {
                // (a newspaper page's date over an interview: "2015年3月11日 星期 / …2014年,园区地区生产总值增长22.8%,达到28.8亿元。…"
                // — a 开发区's director in a city paper, round 65's rb07, whose year gone by was read as eleven targets)
                targetYears.add(Integer.parseInt(paperDate.group(1)));
            } else {
                return text;
            }
            first = lines.length;
            reviewOnly = true;
        }
        StringBuilder out = new StringBuilder();
        List<String> left = new ArrayList<>();
        boolean resultsListed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // (and a year before's line that lists its results, with the items, to the next line on a year: "2011年,前楼镇紧紧围绕…,推动
            // 经济持续发展。主要成效有: / 1、项目工作力度加大。…拟投资5000万元…" — a town's speech on its 2012 plan, round 52's
            // qb05, whose results were read as ten targets)
            resultsListed = i < first && (resultsListed && !NUMBERED_YEAR_OPENING.matcher(line).lookingAt()
                    || yearBeforeOpening(line, targetYears) && RESULTS_LISTED.matcher(line).find());
            if (resultsListed) {
                if (!line.isBlank()) {
                    left.add(line.strip());
                }
                out.append(i < lines.length - 1 && !joined[i] ? "\n" : "");
                continue;
            }
            // (not between two lines of this year's targets: "报告首先总结了过去五年的主要工作。2012年全省生产总值…" between a
            // news item's two lists is told apart where it stands, as before)
            // (a blank line stays in its place: it ends a news item's list as the reporter's paragraph did, nj02)
            // (a line opening on the year gone by is its account wherever it stands: oi01's 过去一年 between lead and list)
            // (and one opening on the year before by its number: "2009年,上海经济增速连续第二年出现减缓,…" after a 2010 list and
            // before "在分析今年经济走势时", oi06)
            if (i < first && resultOpening(line, targetYears)
                    || (i < first || i > last || lastYearOpening(line) || yearBeforeOpening(line, targetYears))
                    && lastYearsAccount(line, targetYears, reviewOnly)) {
                left.add(line.strip());
            } else {
                out.append(line);
            }
            if (i < lines.length - 1) {
                out.append(joined[i] ? "" : "\n");
            }
        }
        if (!left.isEmpty()) {
            String said = String.join(" / ", left);
            warnings.add(new ParseWarning(said.length() > 120 ? said.substring(0, 120) + "…" : said,
                    "上一年的情况,不是今年的目标,未读取 / last year's account, not this year's targets: not read"));
        }
        return out.toString();
    }

    /** Every year {@code line} names is {@code latest} (or it names none). */
    private static boolean latestYearOnly(String line, int latest) {
        Matcher year = ANY_YEAR.matcher(line);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) != latest) {
                return false;
            }
        }
        return true;
    }

    /**
     * A year the text says it reviews: "在回顾2024年工作时", "回顾过去的2024年", and the year's numbers it sets out,
     * "2008年有升有降、有增有减的关键数字" (a 解读 of a city's 2009 report, round 46's pp05).
     */
    // (not a report's own numbers: "2016年政府工作报告中的关键数字" heads its targets — the review of round 47's rules)
    private static final Pattern REVIEWED_YEAR = Pattern.compile("(?:回顾(?:过去的?)?|(?=(?:19|20)\\d{2}年(?![^,,。;;\\n\\d]{0,16}?"
            + "(?:报告|目标|计划|预期))[^,,。;;\\n\\d]{0,16}?的(?:关键|主要)?数字))((?:19|20)\\d{2})年");
    /** A newspaper page's date heading the text: "2015年3月11日 星期三". */
    private static final Pattern PAPER_DATE = Pattern.compile("^\\h*+((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日\\h*+(?:星期|\\R)");
    /** A line that ends by opening a list of its results: "主要成效有:", "取得的主要成绩是:". */
    private static final Pattern RESULTS_LISTED = Pattern.compile("(?:成效|成绩|亮点|做法|工作)(?:主要)?(?:有|是|如下|体现在)?[::]\\h*+$");
    /** A line opening on a year by its number: "2009年,上海经济…", "2024年全年,…". */
    private static final Pattern NUMBERED_YEAR_OPENING = Pattern.compile("^\\h*+((?:19|20)\\d{2})年(?:全年)?[,,]");

    /** Whether {@code line} opens on the year before one of {@code targetYears} by its number. */
    private static boolean yearBeforeOpening(String line, Set<Integer> targetYears) {
        Matcher opening = NUMBERED_YEAR_OPENING.matcher(line);
        // (the result measured against its target is no word of the aims: "2013年全市地区生产总值增长8%,超过预期目标0.5个百分点"
        // — the review of round 54's rules)
        Matcher region = YEAR_OF_THE_REGION.matcher(MEASURED_AGAINST_TARGET.matcher(line).replaceAll(""));
        return opening.lookingAt() && targetYears.contains(Integer.parseInt(opening.group(1)) + 1)
                || region.lookingAt() && targetYears.contains(Integer.parseInt(region.group(1)) + 1);
    }

    /**
     * Whether {@code line}, before this year's lines where they name no year (今年), opens on a year whose result it
     * measures against its target ("2025年,…高于预期目标0.1个百分点。今年,…" — break-it trial of 2026-12-05).
     */
    private static boolean resultOpening(String line, Set<Integer> targetYears) {
        return targetYears.isEmpty() && NUMBERED_YEAR_OPENING.matcher(line).lookingAt() && MEASURED_AGAINST_TARGET.matcher(line).find();
    }

    /** The end of a sentence inside a line whose next sentence opens on a year: "…0.1个百分点。今年,…", "…。2025年,…". */
    // (and an estimate of a year: "…。预计2014年,全年完成地区生产总值174亿元,…", round 60's qr07)
    // (and this year's aims introduced in one: "…同比分别增长8.9%、8.8%。今年经济工作的主要指标:…", a 镇's 2016 meeting, round
    // 61's qt03, whose 2015 results on the same line were kept with its list)
    private static final Pattern YEAR_OPENING_SENTENCE = Pattern.compile("\n|(?<=。)(?=\\h*+(?:(?:今年|明年|(?:19|20)\\d{2}年(?:全年)?)[,,]"
            + "|(?:据|经)?(?:初步)?预计(?:19|20)\\d{2}年|今年[^,,。;;\\d]{0,12}?(?:目标|指标)))");

    /** A line of one sentence opening on the year gone by, with none of {@link #OPENING_LOOKS_AHEAD}'s words. */
    private static boolean lastYearOpening(String line) {
        // (a statistics' account is one to its full stop, its results parted by semicolons: "据统计,去年…增长11.4%;公共财政
        // 总收入…" — pn04; an opening of the speaker's own may turn to this year after one, "去年,全区GDP增速全市第一;巩固这一
        // 势头,全区地区生产总值增长7%以上")
        Matcher opening = LAST_YEAR_OPENING.matcher(line);
        if (!opening.lookingAt() || OPENING_LOOKS_AHEAD.matcher(line).find()) {
            return false;
        }
        Matcher end = (opening.group(1) != null ? INNER_FULL_STOP : INNER_SENTENCE_END).matcher(line);
        if (!end.find()) {
            return true;
        }
        // (or its one sentence of the year's estimates after it: "过去的一年,…经济发展持续向好。全年预计实现地区生产总值1690亿元、
        // 同比增长5.5%;固定资产投资增速6.5%;…" — a district's 2024 told at its 2025 人代会, round 64's qz07)
        String after = line.substring(end.end());
        return line.charAt(end.start()) == '。' && ESTIMATES_AFTER.matcher(after).lookingAt() && !INNER_FULL_STOP.matcher(after).find();
    }

    /** A sentence of the year's estimates: "全年预计实现…", "预计…". */
    private static final Pattern ESTIMATES_AFTER = Pattern.compile("^\\h*+(?:全年)?(?:初步)?预计");

    /**
     * Whether {@code line} is the account of a year gone by; {@code reviewOnly} when the text sets no list of its own and
     * says it reviews a year (then a line opened by 预计全年 is that year's — not under a year's 主要预期目标, the review of
     * round 47's rules).
     */
    private static boolean lastYearsAccount(String line, Set<Integer> targetYears, boolean reviewOnly) {
        // (a result measured against its target looks back: "过去一年,全县地区生产总值增长6.3%,低于预期目标0.7个百分点" — the
        // break-it trial of round 30, read as this year's GDP 6.3 % and a target of "低于预期目标" 0.7)
        // (an estimate's 将 looks at the year gone by: "2009年预计全年生产总值将突破950亿元" — a city paper's 2010 item, batch
        // op's op06)
        // (and a task said done among the results: "…城镇登记失业率2.75%;完成节能减排目标任务。" — pd07)
        String ahead = TASK_DONE_AMONG_RESULTS.matcher(ESTIMATES_WILL.matcher(MEASURED_AGAINST_TARGET.matcher(line)
                .replaceAll("")).replaceAll("")).replaceAll("");
        if (LOOKS_AHEAD.matcher(ahead).find() || !LINE_FIGURE.matcher(line).find()) {
            return false;
        }
        if (lastYearOpening(line) && !ANY_YEAR.matcher(line).find()) {
            return true;
        }
        if (LAST_YEARS_ESTIMATE.matcher(line).find() && !ANY_YEAR.matcher(line).find()) {
            return true; // "会议提到,预计重庆去年新增社会融资规模5100亿元,…" (oe07)
        }
        Matcher estimate = ESTIMATE_OPENING.matcher(line);
        if (reviewOnly && estimate.lookingAt() && (estimate.group(1) == null ? !ANY_YEAR.matcher(line).find()
                : ANY_YEAR.matcher(line).results().allMatch(y -> y.group(1).equals(estimate.group(1))))) {
            // "预计全年实现地区生产总值2800亿元,…;全社会固定资产投资1340亿元,增长30%;…" (a 解读 of a city's 2009 report on the
            // year gone by, round 46's pp05, whose results after the first were read as ten targets)
            return true;
        }
        if (LAST_YEARS_BASE.matcher(line).find()) {
            return false; // "在2024年基础上", "以2024年为基数", "保持2024年的规模", "超过2024年的…水平": this year's target
        }
        Matcher topic = TOPIC_YEAR.matcher(line);
        if (!topic.find() || !targetYears.contains(Integer.parseInt(topic.group(1)) + 1)
                || !(ACCOUNT_OPENING.matcher(line.substring(topic.start())).lookingAt() || ESTIMATE.matcher(line).find()
                        || YEAR_OF_THE_REGION.matcher(MEASURED_AGAINST_TARGET.matcher(line).replaceAll("")).lookingAt())) {
            return false;
        }
        int year = Integer.parseInt(topic.group(1));
        Matcher any = ANY_YEAR.matcher(line);
        while (any.find()) {
            if (Integer.parseInt(any.group(1)) > year) {
                return false;
            }
        }
        return true;
    }

    /** A line that is nothing but a year: "2025年", "2026年度". */
    private static final Pattern YEAR_HEADING = Pattern.compile("^[ \\t]*+((?:19|20)\\d{2})年度?[ \\t]*+$", Pattern.MULTILINE);
    /** A chapter's heading, which ends a year's block: "二、报告原文:…", "(二)…". */
    private static final Pattern CHAPTER_LINE = Pattern.compile("^\\s*+(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]"
            + "|" + YEAR_IN_ANY_DIGITS + "年(?:的)?(?:政府)?工作(?:回顾|安排|任务)\\h*+$)");

    /**
     * {@code text} without the lines under a bare year's heading that is earlier than the latest such heading, to the next
     * year's heading or chapter: "辽宁亮点 / 2025年 / 城镇新增就业48万人 / … / 辽宁落点 / 2026年 / 地区生产总值增长4.5%左右"
     * (a 解读 page pairing last year's results with the year's targets, batch oc's oc08) — the earlier year's lines are
     * results, each read as a target. Only where the earlier year's lines carry no bound of a target and the latest
     * year's do. One warning says what was left out.
     */
    static String withoutPastYearBlocks(String text, List<ParseWarning> warnings) {
        Matcher heading = YEAR_HEADING.matcher(text);
        int latest = 0;
        int headings = 0;
        while (heading.find()) {
            latest = Math.max(latest, Integer.parseInt(heading.group(1)));
            headings++;
        }
        if (headings < 2) {
            return text;
        }
        // (results only: a block with a target's bound is a year of a plan — "2026年 / 2027年" of a two-year plan, near-term
        // targets under 2026年 before a 2030年 heading; the review)
        java.util.Map<Integer, Boolean> bounded = new java.util.HashMap<>();
        int blockYear = 0;
        for (String line : text.split("\n", -1)) {
            Matcher year = YEAR_HEADING.matcher(line);
            if (year.matches()) {
                blockYear = Integer.parseInt(year.group(1));
            } else if (CHAPTER_LINE.matcher(line).lookingAt()) {
                blockYear = 0;
            } else if (blockYear > 0 && TARGET_BOUND.matcher(line).find()) {
                bounded.put(blockYear, true);
            }
        }
        if (!bounded.getOrDefault(latest, false)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        List<String> left = new ArrayList<>();
        boolean past = false;
        for (String line : text.split("\n", -1)) {
            Matcher year = YEAR_HEADING.matcher(line);
            if (year.matches()) {
                int named = Integer.parseInt(year.group(1));
                past = named < latest && !bounded.getOrDefault(named, false);
            } else if (CHAPTER_LINE.matcher(line).lookingAt()) {
                past = false;
            } else if (past) {
                if (!line.isBlank()) {
                    left.add(line.strip());
                }
                continue;
            }
            out.append(line).append('\n');
        }
        if (left.isEmpty()) {
            return text;
        }
        warnings.add(new ParseWarning(ChineseText.excerpt(String.join(";", left)), "往年标题下的" + left.size()
                + "行是实绩,未读作目标 / " + left.size() + " lines under an earlier year's heading are results: not read"));
        return out.substring(0, out.length() - 1);
    }

    /**
     * Words that make a clause without an indicator of the catalog a target even in a text that introduces none: a task
     * set from above (完成市下达的节能指标任务), a goal (率先实现…目标), a standard to meet (总体达标), a rank to hold (保持全市第一
     * 方阵, 位次; and {@link #RANK_AIM_WORDS}); the binding indicators kept within a range (主要约束性指标控制在省市规定范围以内,
     * a county's 2024 aims in a news item, round 48's pt01; the whole clause, not an instruction or a state — the review).
     */
    private static final Pattern AIM_WORDS = Pattern.compile("任务|目标|达标|考核|方阵|位次|前列|率先|高于|不低于|快于"
            + "|^(?:主要|各项)?约束性指标[^,,;;。]{0,6}控制在[^,,;;。]{0,12}(?:以内|之内|范围内)$");
    /**
     * A rank to hold or reach, in words: a clause of them is kept as a target beside the year's figures ("继续在全市开发区
     * 板块中保持领先", "在国家高新区综合排名中前进1~2位", oi04) — but they do not make a sentence of results look ahead ("增速排名
     * 全市第2位", "增速领先全省" after last year's figures: the review of round 30's rules).
     */
    private static final Pattern RANK_AIM_WORDS = Pattern.compile("排名|领先");

    /** A clause that moves an indicator up a ranking: "地区生产总值在全市排名提升1位", "经济总量在全省排位前进2位". */
    private static final Pattern RANK_MOVE_OF_INDICATOR = Pattern.compile("[^,,;;。::\\n]{0,30}?(?:排名|排位|位次)[^,,;;。\\d]{0,6}?"
            + "(?:提升|前进|上升|前移|跃升|进位)(\\d{1,3})(?:[~～-]\\d{1,3})?位");
    /** A move in a ranking, the last word before its figure: "在国家高新区综合排名中前进1~2位". */
    private static final Pattern RANK_MOVE = Pattern.compile("(?:前进|上升|提升|前移|跃升|进位|晋升)$");

    /** A rank aimed at with no subject of its own: "力争进入前三名", "确保位居全市前列". */
    private static final Pattern SUBJECTLESS_RANK_AIM = Pattern.compile("^(?:力争|争取|确保|努力)?(?:进入|保持|位居|跻身|稳居|保持在)"
            + "[^,,。;;]{0,8}?(?:前[一二三四五六七八九十\\d]{1,2}(?:名|位)?|前列|第[一二三\\d]名?)$");

    /**
     * A rank aimed at with no subject, after the aim it crowns: "招商引资全面完成县下达任务,力争进入前三名" (a 镇's 2011 aims,
     * round 62's qv01) is one aim of 招商引资, not a second "target" with no subject — joined to the qualitative clause before
     * it in the same sentence.
     */
    static List<Target> withRankAimsJoined(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            Target last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.qualitative() && last.level() == null && last.growth() == null && t.qualitative()
                    && t.level() == null && t.growth() == null && t.sourceText().equals(last.sourceText())
                    && SUBJECTLESS_RANK_AIM.matcher(t.subject()).matches()
                    && last.sourceText().contains(last.subject() + "," + t.subject())) {
                out.set(out.size() - 1, new Target(last.indicatorCode(), last.subject() + "," + t.subject(), null, null, true,
                        last.sourceText(), last.notes(), last.aboveReference(), null));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A move up a ranking is an aim in words, not a level: "在国家高新区综合排名中前进1~2位" (a 高新区's 2018 aims, batch oi's
     * oi04) was read as a level of 1 with no unit, named "…前进". Kept as the qualitative clause it is, its figure and 位 in
     * it; only for a name outside the catalog with no unit (or 位) and no growth.
     */
    static List<Target> withRankMovesInWords(List<Target> targets) {
        return targets.stream().map(t -> {
            if (t.indicatorCode() != null && t.growth() == null && t.level() != null) {
                // (a catalog indicator's rank: "地区生产总值在全市排名提升1位" was GDP 达到1亿元 — break-it trial)
                Matcher rank = RANK_MOVE_OF_INDICATOR.matcher(t.sourceText());
                while (rank.find()) {
                    if (new BigDecimal(rank.group(1)).compareTo(t.level().value()) == 0) {
                        return new Target(null, rank.group().strip(), null, null, true, t.sourceText(), t.notes(), null);
                    }
                }
                return t;
            }
            if (t.indicatorCode() != null || t.growth() != null || t.level() == null
                    || !(t.level().unit() == null || t.level().unit().isBlank() || "位".equals(t.level().unit()))
                    || !RANK_MOVE.matcher(t.subject()).find()) {
                return t;
            }
            // the clause from the subject to its 位 (one shared pattern, not one compiled per target)
            String source = t.sourceText();
            for (int at = source.indexOf(t.subject()); at >= 0; at = source.indexOf(t.subject(), at + 1)) {
                Matcher tail = RANK_TAIL.matcher(source).region(at + t.subject().length(), source.length());
                if (tail.lookingAt()) {
                    return new Target(null, source.substring(at, tail.end()), null, null, true, source, t.notes(), null);
                }
            }
            return t;
        }).toList();
    }

    /** What follows a rank move's subject up to its 位: "前进1~2位" after "在国家高新区综合排名中". */
    private static final Pattern RANK_TAIL = Pattern.compile("[^,,;;。]{0,12}?位");

    /**
     * A year written without 年 is no target: "为期三天的2024管城区两会闭幕" (a district's news item, batch og's og07),
     * "2019重庆市第五届人民代表大会第三次会议开幕" (a municipality's report, batch oe's oe07) were read as "targets" of 2024 and
     * 2019 with no unit. Only for a name outside the catalog, a bare whole number from 1949 to 2050, no growth.
     */
    static List<Target> withoutYearNumbers(List<Target> targets) {
        return targets.stream().filter(t -> !(t.indicatorCode() == null && t.growth() == null && t.level() != null
                && (t.level().unit() == null || t.level().unit().isBlank())
                && t.level().comparator() == TargetComparator.EXACT && isYear(t.level().value()))
                && !((t.indicatorCode() == null || t.qualitative()) && NOT_A_TARGET.matcher(t.subject()).find())
                && !indicatorCount(t))
                .toList();
    }

    /**
     * Names that are no development target, outside the catalog: the budget's arrangements (赤字率拟按4%左右安排, 拟发行
     * 超长期特别国债1.3兆元, 拟安排地方政府专项债券4.4兆元, 拟安排中央预算内投资7,550亿元 — a wire's digest of the 2026 report,
     * batch oe's oe08, whose corpus key gives none), a progress assessment (…指标要实现规划目标的难度较大, 主要目标完成较好,
     * …低于预期目标的平均进度要求 — a five-year plan's mid-term evaluation, batch og's og08), a clause that describes the
     * targets rather than setting one (首次将两项收入安排为同步增长, …预期增幅为8年来最高, …近年预期安排的最高水平, 在确保投资
     * 适度快速增长的同时 — a city's plan report, og04), a lead-in (围绕创新能力提升…等重点支持领域, og07) and a table's title
     * (…优秀县名单及位次, oi03).
     */
    // (only the arrangements proposed, 拟…, and the special bonds the report arranges: a county's own 专项债券发行规模控制在
    // 20亿元以内 or 争取中央预算内投资3亿元 are its targets — the review of this round's rules)
    private static final Pattern NOT_A_TARGET = Pattern.compile("拟(?:按|安排|发行)|^(?:[^:]{0,4}:)?安排(?:超长期)?特别国债"
            + "|^(?:[^:]{0,4}:)?拟?安排$"
            + "|难度较大|完成较好|完成良好|进展顺利|低于[^,,。;;]{0,20}进度要求|达到或超过"
            + "|^首次将|(?<!\\d)\\d++年来最[高低]|最[高低]水平$|^在[^,,。;;]{2,30}的同时$|^围绕[^,,。;;]{2,40}(?:领域|方面)$"
            // (a table's title after the meeting's targets, "…十强县及发展速度优秀县名单及位次", oi03)
            + "|名单(?:及位次)?$|一览表$"
            // (the meeting's attendance, "本次大会应到代表96人,实到95人,列席代表51人" — a 镇's 人代会 news, round 59's qp07;
            // a county's, batch mr's mr07)
            + "|^(?:本次|这次)?(?:大会|会议)?(?:应到|实到|应出席|实际出席|出席|列席)(?:会议|大会)?(?:的)?(?:人大)?(?:代表|委员|人员|人)?$"
            // (the means, not an aim: "以增加农民收入为核心", "以经济发展、社会稳定、人民幸福为目标", "紧扣“…”三大主题", "坚持…" —
            // round 61's qt07 and the corpus's extras; no key has a clause so worded)
            + "|^以?[^,,。;;]{2,30}为(?:目标|抓手|核心|主线|支撑|依托|平台|引领|导向|统领|中心)$|^以[^,,。;;]{2,30}为重点$"
            + "|^(?:紧扣|紧紧围绕|坚持)"
            // ("商南县围绕“一稳定、一减少、二增长”目标全力做好农业农村工作" over a county's numbered farm aims, round 65's rb08)
            + "|围绕[^,,。;;]{0,30}?目标[^,,。;;]{0,4}?(?:做好|抓好|推进|开展|实施)");

    /**
     * A count of a plan's indicators, no target: "其中预期性指标11个,约束性指标12个", "《纲要》确定的23项主要指标中" (og08); or
     * the count of a list the colon opens: "做好云南“三农”工作必须准确把握好5个方向性问题:一是…" (a province's 2015 rural work
     * conference, round 49's pv04, read as a target of 5个) — work, issues or tasks counted, or items numbered after the
     * colon (一是…); "建设5个特色小镇:东城镇、…" and "实施30项民生实事:新建学校5所,…" are targets (the review of round 49's rules).
     * The list's word may stand before a noun of work at the colon, the count may have no unit ("深化5个方面改革:", "推进3大
     * 战略:" — the review of round 51's rules; not "建成5个重点领域示范工程:", things to build — the review of round 52's).
     */
    private static boolean indicatorCount(Target t) {
        if (t.indicatorCode() != null || t.level() == null || t.growth() != null
                || !("个".equals(t.level().unit()) || "项".equals(t.level().unit()) || t.level().unit() == null
                        || t.level().unit().isEmpty())) {
            return false;
        }
        String count = t.level().value().stripTrailingZeros().toPlainString();
        return t.subject().matches(".*(?:约束性|预期性|主要)指标") || Pattern.compile("(?<![\\d.])" + Pattern.quote(count) + "(?:个|项)(?:主要)?指标"
                + "|(?<![\\d.])" + Pattern.quote(count) + "(?:个|项|大)(?:[^,,。;;::\\d]{0,10}(?:方面|工作|任务|问题|关系|重点|举措|行动|原则|领域|关键|导向|制度|抓手|环节|理念|机制|路径|战略|体系|方向|思路|要求)"
                + "(?:的)?(?:改革|工作|任务|问题|举措)?[::]"
                + "|[^,,。;;::\\d]{1,10}[::]\\s*+(?:一是|一要|一、|[((]一[))]|第一|首先))")
                .matcher(t.sourceText()).find();
    }

    private static boolean isYear(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(1949)) >= 0
                && value.compareTo(BigDecimal.valueOf(2050)) <= 0;
    }

    /**
     * The targets of a text with no introduction (a news story, an interview, a listicle of results and goals) less
     * the clauses of its narrative: a qualitative "target" that names no indicator of the catalog and no aim
     * ({@link #AIM_WORDS}), in a sentence of {@code text} (to its 。 or line end) where no target has a figure or an
     * indicator — "会上,市长表示,今年要加快调整经济结构和转变增长方式,…" — which, kept, buried the few targets of such a
     * text under dozens (118 of them in the corpus's 50 texts without an introduction, against 17 qualitative targets
     * keyed there, 2026-12-04). A bare list keeps its clauses beside its figures ("地区生产总值增长6%;粮食生产稳定;…").
     * One warning lists the clauses left out, for the office to check.
     */
    private static List<Target> withoutNarrative(List<Target> read, String text, List<ParseWarning> warnings) {
        List<String> sentences = java.util.Arrays.asList(SENTENCE_END.split(text));
        Set<Integer> withFigures = new HashSet<>();
        read.stream().filter(t -> (t.indicatorCode() != null || t.level() != null || t.growth() != null) && !isResult(t)
                        && !isBareNumber(t))
                .forEach(t -> withFigures.add(sentenceOf(sentences, t)));
        List<Target> kept = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Target t : read) {
            int sentence = sentenceOf(sentences, t);
            // (and a bare number named by no indicator, no unit: "444名人大代表", "上午9时整" in a 开幕式 item, ph07)
            if (isBareNumber(t) && sentence >= 0 && !withFigures.contains(sentence)) {
                left.add(clauseOf(t));
            } else if (t.qualitative() && t.indicatorCode() == null && t.level() == null && t.growth() == null
                    && t.aboveReference() == null && (!AIM_WORDS.matcher(t.subject()).find() && !RANK_AIM_WORDS.matcher(t.subject()).find()
                            || TARGET_COMPARED.matcher(t.sourceText()).find()) && sentence >= 0
                    && !withFigures.contains(sentence)) {
                // (and, in a sentence of results against the year's target, its remarks on the targets: "预计…各项约束性
                // 指标全面完成", "均能完成年度预期目标(见表一)" — ny05)
                left.add(t.subject());
            } else if (isResult(t) || t.qualitative() && t.level() == null && t.growth() == null
                    && SHORTCOMING.matcher(t.subject()).find()) {
                // (and a shortcoming told of the region: "报告提到,乐东产业结构不平衡,经济总量不大、动能不足,…财政收入质量
                // 不高" — pf07, three qualitative targets)
                left.add(clauseOf(t));
            } else {
                kept.add(t);
            }
        }
        left = new ArrayList<>(new java.util.LinkedHashSet<>(left));
        if (!left.isEmpty()) {
            warnings.add(new ParseWarning(String.join(";", left), "无引言的文本中" + left.size() + "处叙述未读作目标,请人工核对 / "
                    + left.size() + " clauses of narrative in a text without an introduction not read as targets"));
        }
        return kept;
    }

    /**
     * Names listed before one fall with no figure: "单位生产总值能耗、单位生产总值二氧化碳排放量、主要污染物排放量进一步下降" (a news
     * item on 上海's 2021 report, batch pf's pf04) — each name's own qualitative target, as 城乡居民收入 is split (README), named
     * by the catalog's name where the catalog knows it; read as one target of the first name.
     */
    // (names only: "化学需氧量、二氧化硫排放量在消化当年增量的基础上进一步下降", mt06, is one clause with its condition)
    private static final Pattern SHARED_FALL = Pattern.compile("(?:进一步|持续|继续|稳步|逐步)(?:下降|降低)$");
    /** One name of a {@link #SHARED_FALL}'s list. */
    private static final Pattern LISTED_NAME = Pattern.compile("[^、,,;;。在的]{2,20}");

    /**
     * The names of a list parted by 、, its last two by 和 too where the first is a name of the catalog and the second a
     * measure's name: "单位国内生产总值能耗和主要污染物排放量" (the nation's 2023 list in traditional characters, round 54's qf08,
     * read as one clause) — not "批发和零售业".
     */
    private String[] namesOfAList(String list) {
        List<String> names = new ArrayList<>(List.of(list.split("、", -1)));
        String last = names.get(names.size() - 1);
        int and = last.indexOf('和');
        if (and > 0 && catalog.byExactName(last.substring(0, and).strip()).isPresent()
                && MEASURE_NAME.matcher(last.substring(and + 1).strip()).matches()) {
            names.set(names.size() - 1, last.substring(0, and));
            names.add(last.substring(and + 1));
        }
        return names.toArray(String[]::new);
    }

    /** A measure's name: four characters or more, ending as an amount, a use, a rate or a degree does. */
    private static final Pattern MEASURE_NAME = Pattern.compile("[\\u4e00-\\u9fff()()0-9.A-Za-z]{2,18}(?:量|耗|率|度|值|额|数)");

    /** {@code targets} with each {@link #SHARED_FALL} made one target a name. */
    private List<Target> withSharedFallsApart(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            Matcher shared = t.qualitative() && t.level() == null && t.growth() == null ? SHARED_FALL.matcher(t.subject()) : null;
            String[] names = shared != null && shared.find() ? namesOfAList(t.subject().substring(0, shared.start())) : new String[0];
            if (names.length < 2 || java.util.Arrays.stream(names).anyMatch(name -> !LISTED_NAME.matcher(name).matches())) {
                out.add(t);
                continue;
            }
            for (String name : names) {
                Optional<Indicator> known = catalog.byExactName(name.strip());
                out.add(new Target(known.map(Indicator::code).orElse(null), known.map(Indicator::nameZh).orElse(name.strip())
                        + shared.group(), null, null, true, t.sourceText(), List.of()));
            }
        }
        return out;
    }

    /** A year's report: a 政府工作报告, or the 人代会 that hears it. */
    private static final Pattern YEARS_REPORT = Pattern.compile("政府工作报告|人大[^。\\n]{0,12}?会议|人代会");
    /** A plan's outline over several years, whose end-year goals are its targets. */
    private static final Pattern PLAN_OUTLINE = Pattern.compile("规划|纲要");
    /** A sentence opened by a horizon: "到2026年,总体目标是全市生产总值达到8000亿元,…". */
    private static final Pattern TERM_GOAL = Pattern.compile("总体目标|奋斗目标|远景目标|总目标|任期|本届|五年");
    private static final Pattern HORIZON_SENTENCE = Pattern.compile("(?<=^|[。;;\\n“\"::])\\h*+到((?:19|20)\\d{2})年(底|末)?[,,]"
            + "[^。;;\\n”\"]*+");

    /** A horizon before a list's introduction in its sentence: "到2026年,总体目标是…". */
    private static final Pattern HORIZON = Pattern.compile("到((?:19|20)\\d{2})年(?:底|末)?[,,]?[^。;;\\n]{0,20}$");

    /** The year an introduced list is the goals for ("到2026年,总体目标是:"), or null when its sentence names none. */
    private static Integer horizonOf(StatementSplitter.Introduction introduction) {
        int end = introduction.end();
        if (end < 0) {
            return null;
        }
        String before = introduction.normalised().substring(0, end);
        int sentence = Math.max(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')), Math.max(before.lastIndexOf(';'),
                before.lastIndexOf('“')));
        Matcher horizon = HORIZON.matcher(before.substring(sentence + 1));
        return horizon.find() ? Integer.valueOf(horizon.group(1)) : null;
    }

    /** A number with no unit and no indicator: no target a reader could check. */
    private static boolean isBareNumber(Target t) {
        return isUnitlessLevel(t) && !AIM_VERB_BEFORE.matcher(clauseOf(t)).find();
    }

    /** A level with no unit, no growth and no indicator of the catalog. */
    private static boolean isUnitlessLevel(Target t) {
        return t.indicatorCode() == null && t.growth() == null && t.level() != null
                && (t.level().unit() == null || t.level().unit().isEmpty());
    }

    /** A verb of aim before a figure: "恩格尔系数下降到0.3", "进入全省前10" are targets without a unit (the review of round 43). */
    private static final Pattern AIM_VERB_BEFORE = Pattern.compile("(?:达到|下降到|降到|降至|提高到|提升到|进入|控制在|保持在|稳定在|突破"
            + "|超过|不低于|不超过|力争|确保)[^,,;;。]{0,12}?\\d");

    /** A shortcoming, no aim: 不大, 不足, 不高, 靠后, 偏低 … at a clause's end. */
    private static final Pattern SHORTCOMING = Pattern.compile("(?:不大|不足|不高|不强|不优|不快|靠后|偏低|偏弱|较弱|偏小|较小|乏力|不平衡|不充分)$");

    /**
     * The words of a result, not a target, in a clause of a text with no introduction: "比上年增长5%", "同比增长",
     * "预计实现地区生产总值4250亿元", "实现了…", "已达…" (a news item's last-year figures beside this year's targets).
     */
    private static final Pattern RESULT_WORDS = Pattern.compile("比上年(?:同期)?(?:增长|增加|下降)|同比(?:增长|增加|下降)|预计(?:实现|完成)"
            + "|共(?:完成|实现)|(?:比|较)(?:年初|年度|全年)?(?:预期|计划)?目标(?:高|低|快|慢|多|少)|(?:高|低|快|慢)于(?:年初|年度|全年)(?:预期|计划)?目标"
            // (last year's results told as such: "据初步预计,2015年福建全省生产总值2.59万亿元,增长9%。去年福建省一般公共预算总收入
            // 4143亿元…", a province's 2016 report in a news item, batch oa's oa01)
            // (去年 opening a clause of the region's results — not "在去年基础上", "稳定在去年水平", "超过去年", "去年底召开的…会议
            // 提出" — the review of round 26's rules)
            + "|初步(?:预计|统计|核算)|(?<=^|[,,。;;::\\s]|[省市州县区旗])去年(?!底|末|同期|以来)"
            + "(?=[,,]|(?:全|我|本)?[\\u4e00-\\u9fa5×]{0,4}?(?:[省市州县区旗]|经济总量|生产总值|GDP))"
            + "|(?:实现|完成|达到|增长)了|已(?:经)?(?:达|实现|完成|突破)"
            // (the years gone by, told as such: "过去四年年均增长21.6%", "累计实施566项…,万元生产总值能耗累计下降16%" —
            // a news item on a district's report, batch ph's ph03)
            + "|过去(?:的)?[一二三四五六七八九十两\\d]{1,2}年|累计(?:实施|完成|实现|下降|增长|降低|减少|投入|建成)"
            // (a change from one level to another, the years gone by: "全市生产总值从3875亿元增加到5786亿元", ph07)
            + "|从\\d+(?:\\.\\d+)?[^,,;;。\\d]{0,6}?(?:增加|提高|增长|上升|下降|缩小|扩大)(?:到|至)"
            // (a multiple of a past level: "生产总值达到.7亿元,是“十一五”末的1.7倍", a development zone's 十二五 results before
            // its 2016 targets, batch oc's oc04)
            // (not of a year: "到2030年…达到1万亿元,是2025年的1.5倍" is a target's multiple — the review)
            + "|是[“\"]?(?:十[一二三四五]五[”\"]?末|上年|去年)的\\d++(?:\\.\\d++)?倍");
    /**
     * A figure of a result: in a sentence that says nothing of the year ahead, a clause with no bound of a target — "2020年,
     * 全市预计实现地区生产总值4250亿元、比上年增长5%", not "今年,全市生产总值计划比上年增长8%", nor "全年地区生产总值增长
     * 6.5%左右" beside a 共完成 (the review of round 24's rules); a sentence that measures its figures against the year's
     * target is one of results whatever else it says ("全年实现地区生产总值4619.8亿元,增长8.3%,比年初预期目标高1.3个百分点",
     * a city's plan report on the year before, batch ny's ny05).
     */
    private static boolean isResult(Target t) {
        if (t.level() == null && t.growth() == null || !RESULT_WORDS.matcher(t.sourceText()).find()) {
            return false;
        }
        boolean againstTarget = TARGET_COMPARED.matcher(t.sourceText()).find();
        // (预期性指标, a kind of indicator, says nothing of the year ahead)
        String words = t.sourceText().replace("预期性", "");
        return (againstTarget || !AIM_WORDS.matcher(words).find()) && !FORWARD_WORDS.matcher(words).find()
                && !TARGET_BOUND.matcher(clauseOf(t)).find();
    }

    /** A figure measured against the year's target: 比年初预期目标高1.3个百分点, 低于年度目标. */
    private static final Pattern TARGET_COMPARED = Pattern.compile("(?:比|较)(?:年初|年度|全年)?(?:预期|计划)?目标(?:高|低|快|慢|多|少)"
            + "[^,,;;。]{0,12}|(?:高|低|快|慢)于(?:年初|年度|全年)(?:预期|计划)?目标[^,,;;。]{0,12}");

    /** The bound of a target in a clause (6.5%左右, 300亿元以上, 控制在…以内): an aim, not a result. */
    private static final Pattern TARGET_BOUND = Pattern.compile("左右|以上|以内|不低于|不超过|控制在|力争");
    /** Words of the year ahead in a sentence: its figures are aims, whatever the verbs (计划比上年增长8%, 力争同比增长5%). */
    private static final Pattern FORWARD_WORDS = Pattern.compile(StatementSplitter.YEAR_AHEAD + "|预期(?!目标)");
    /**
     * Where a sentence ends for telling narrative from targets: a stop, or a line's end — but not a line ended by a
     * semicolon or comma, nor one before a numbered item ("2024年,我县将:" / "1.地区生产总值增长7%;" / "2.粮食生产保持稳定;"
     * is one list — the review of this round's rules).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?!?]|(?<![;;,,::])\\R(?![ \\t]*+(?:\\d{1,2}[.、.]"
            + "|[((][一二三四五六七八九十\\d]{1,2}[))]|[一二三四五六七八九十]{1,2}[、是]))");

    /** The clause of its sentence a target was read from: the one naming its subject, else the sentence. */
    private static String clauseOf(Target t) {
        for (String clause : t.sourceText().split("[,,;;]")) {
            if (clause.contains(t.subject())) {
                return clause.strip();
            }
        }
        return t.sourceText();
    }

    /** The index of the sentence a target's subject is first found in, or -1. */
    private static int sentenceOf(List<String> sentences, Target t) {
        String words = t.indicatorCode() == null ? t.subject() : t.sourceText();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(words)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A list of indicators named with no verb: "人口自然增长率、万元GDP能耗和主要污染物排放总量削减率等约束性指标" — not a
     * target of its own with a verb ("生态环境质量达到省考核指标", "完成市下达的各项考核指标": the review of batch mr's rules).
     */
    private static final Pattern NAMED_INDICATORS = Pattern.compile("^(?:(?!完成|达到|实现|确保|控制|下达|力争)[^,,;;。])+?"
            + "等(?:约束性|主要|预期性|考核|各项)?指标$");
    private static final Pattern TASK_FOR_THEM = Pattern.compile("^(?:确保|全面|完成|力争|努力)");
    /**
     * What a figure leaves out or how it is counted, in brackets after a name: "一般公共预算支出(扣除2022年灾后恢复重建专项
     * 资金支出外)增长3%以上" (an autonomous county's 2023 targets, batch nh's nh04) — no word of the name; a short gloss
     * ("(营业额)", "(省考)", "(PM2.5)") is one.
     */
    // (at the name's end only: "规模以上工业(不含电力行业)增加值" is another figure than the catalog's; nor a unit, "能源消费总量
    // (万吨标准煤)" — the review of batch nh/ni's rules)
    private static final Pattern QUALIFIER_IN_BRACKETS = Pattern.compile("\\(((?:扣除|不含|剔除|含|按|其中|包括)[^()]*+"
            + "|[^()]*?[\\u4e00-\\u9fff][^()]{4,})\\)\\s*$");
    /**
     * A numbered item of a list, its line: "四、进出口量稳质升 国际收支基本平衡;" (the nation's 2021 targets in a news copy,
     * batch nl's nl04), where a space parts two targets the page's comma was lost between.
     */
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^[ \\t]*+(?:[一二三四五六七八九十]{1,3}、|\\d{1,2}[.、]|\\([一二三四五六七八九十\\d]{1,3}\\))[^\\n]*+");
    /** A space between two clauses of four characters or more, the second no verb or bound of the first. */
    private static final Pattern CLAUSE_SPACE = Pattern.compile("(?<=[\\u4e00-\\u9fff]{4})[ \\u3000]++(?=[\\u4e00-\\u9fff]{4})"
            + "(?!增长|下降|降低|提高|达到|控制|保持|完成|实现|左右|以上|以内|力争|确保|同比|比上年)");
    /** A verb of a task alone before a name: 完成, 全面完成, 确保完成. */
    private static final Pattern TASK_VERB = Pattern.compile("(?:全面|确保|力争|努力)?(?:完成|实现)");
    /** 保持正增长, 实现正增长: a growth above 0, read as 增长0%以上 (the schema has no strict bound). */
    private static final Pattern POSITIVE_GROWTH = Pattern.compile("(?:保持|实现|确保)?正增长");
    /**
     * A growth said as a noun after its rate: "农业增加值实现6%以上增长" (a wire's headline on a region's 2010 rural work
     * conference, round 49's pv03), "多种经营产值保持14%的增长速度" (a forest bureau's 2010 plan, pv08) — read as 增长6%以上, not
     * a level of 6 %; not where the words name a target ("实现6.5%左右的增长预期目标是有条件的", nj08). Group 1 the rate with
     * its qualifier.
     */
    private static final Pattern GROWTH_AS_NOUN = Pattern.compile("(?:实现|保持)((?<![\\d.])\\d{1,3}(?:\\.\\d{1,2})?%(?:以上|左右)?)的?"
            + "(?:增长速度|增长率|增速|增幅|增长)(?![^,,。;;]{0,2}\\d|[^,,。;;]{0,4}目标)");
    /**
     * 保 and 争 before two figures, the floor and the aim: "全局年人均收入保1.2万元,争1.5万元" (pv08) — 确保 and 力争 (after a
     * name of an amount only: 医保, 社保 and 环保 are names).
     */
    private static final Pattern KEEP_AND_REACH = Pattern.compile("(?<=收入|产值|总值|产量|总额|面积)保(?=\\d)");
    private static final Pattern REACH_AFTER_KEEP = Pattern.compile("(?<=[元吨亩人户%])([,,])争(?=\\d)");

    /**
     * "…等约束性指标,确保完成省政府下达的任务" (a city's 2014 plan in a news item, batch mr's mr04): the indicators a
     * qualitative target is about and the target itself are one target, not a bare list of names and a task of no
     * subject.
     */
    static List<Target> withTheirTask(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Target next = i + 1 < targets.size() ? targets.get(i + 1) : null;
            if (t.qualitative() && t.level() == null && t.growth() == null
                    && NAMED_INDICATORS.matcher(t.subject()).find() && next != null && next.qualitative()
                    && java.util.Objects.equals(next.sourceText(), t.sourceText())
                    && next.level() == null && next.growth() == null && TASK_FOR_THEM.matcher(next.subject()).find()) {
                out.add(new Target(t.indicatorCode(), t.subject() + "," + next.subject(), null, null, true, t.sourceText(),
                        t.notes()));
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A target stated again word for word (the same indicator with the same bounds: a summary repeating the list, a
     * table after the prose, text pasted twice) is one target, and the office is told how often it was repeated. A
     * break-it trial's 8,000 copies of "地区生产总值增长6%左右" gave 8,000 identical targets and no warning. Targets that
     * differ in any bound are all kept (they are for the office to choose between).
     */
    /**
     * {@code targets} without those whose figure no report can hold ("地区生产总值达到1e26亿元", "增长1e308%" — a break-it trial
     * of 2026-12-05: the preview showed them and only the commit refused), each said.
     */
    /** 争取 (or 争取到) before funds, within eight characters: the funds won from higher levels (争取中央引导资金). */
    private static final Pattern FUNDS_WON = Pattern.compile("^(?:全年|今年|年内)?争取(?:到)?([^,,。;;\\d]{0,8}?)资金");
    /** A verb between 争取 and the funds: then 争取 is the striving ("争取实现到位资金", "争取引进项目资金到位"). */
    private static final Pattern VERB_BEFORE_FUNDS = Pattern.compile("实现|引进|完成|招引|利用");

    /** Whether {@code subject} names funds won ({@link #FUNDS_WON}) with no verb of its own before them. */
    private static boolean fundsWon(String subject) {
        Matcher m = FUNDS_WON.matcher(subject);
        return m.lookingAt() && !VERB_BEFORE_FUNDS.matcher(m.group(1)).find();
    }

    /**
     * A whole number of seven digits or more, no unit, no indicator, after a word of contact: a telephone number, a postcode,
     * a record number (not "义务植树1500000株", whose unit the reader does not know — the review of round 54's rules).
     */
    private static boolean isNumberOfContact(Target t) {
        return isUnitlessLevel(t) && CONTACT_WORDS.matcher(t.subject()).find() && t.level().value().stripTrailingZeros().scale() <= 0
                && t.level().value().abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) >= 0;
    }

    /** Words before a telephone or a code. */
    // (and 联系, 地址, 账号: "联系人:李明 13974512345" — the review of round 55's rules)
    private static final Pattern CONTACT_WORDS = Pattern.compile("电话|热线|传真|邮编|邮政编码|手机|QQ|微信|备案|ICP|编号|号码|信箱|联系|地址|账号|邮箱");

    static List<Target> withoutImplausible(List<Target> targets, List<ParseWarning> warnings) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            if (isNumberOfContact(t)) {
                // "新闻线索提供热线:63074375" in a page's footer (round 54's qf08): a telephone or a code, no target
                warnings.add(new ParseWarning(t.sourceText(), "“" + t.subject() + "”后是电话或编号,不是目标,未读取 / a telephone number "
                        + "or a code, no target: not read"));
            } else if (t.plausible()) {
                out.add(t);
            } else {
                warnings.add(new ParseWarning(t.sourceText(), "“" + t.subject() + "”的数值超出合理范围,未读取,请核对 / a figure out of "
                        + "range: not read"));
            }
        }
        return out;
    }

    /**
     * A bare 工业增加值 beside a 规模以上工业增加值 of the same text: all industry's (全部工业增加值), as the notice reader takes it
     * — "工业增加值增长7%,其中规模以上工业增加值增长8%" gave two targets of 规上, and the commit refused the paragraph whatever
     * the office accepted (break-it trial of 2026-12-05).
     */
    // (and one inside the secondary industry, as the README keys it: "第二产业增加值增长11%,…;其中工业增加值增长12%" — a
    // district's 2009 target notice, round 70's rl03)
    static List<Target> withBareIndustryApart(List<Target> targets) {
        boolean aboveSize = targets.stream().anyMatch(t -> "INDUSTRIAL_VALUE_ADDED".equals(t.indicatorCode()) && !"工业增加值".equals(t.subject()));
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            boolean insideSecondary = !out.isEmpty() && out.get(out.size() - 1).subject().endsWith("第二产业增加值")
                    && t.sourceText().startsWith("其中");
            out.add("INDUSTRIAL_VALUE_ADDED".equals(t.indicatorCode()) && "工业增加值".equals(t.subject()) && (aboveSize || insideSecondary)
                    ? new Target("INDUSTRY_VALUE_ADDED", t.subject(), t.level(), t.growth(), t.qualitative(), t.sourceText(), t.notes(),
                            t.aboveReference(), t.secondGrowth())
                    : t);
        }
        return out;
    }

    static List<Target> withoutRepeats(List<Target> targets, List<ParseWarning> warnings) {
        // (and a level repeated without the growth the list gives it: "遥观镇今年目标:工业总产值480亿元" over "实现工业总产值480亿元,
        // …同比分别增长9.4%和8.5%" — a 镇's 2016 meeting in a news item, round 61's qt03: the headline's and the lede's repeats)
        java.util.Set<List<Object>> withGrowth = targets.stream().filter(t -> t.indicatorCode() != null && t.level() != null
                && t.growth() != null).map(t -> List.<Object>of(t.indicatorCode(), t.level())).collect(java.util.stream.Collectors.toSet());
        targets = targets.stream().filter(t -> {
            boolean repeated = t.indicatorCode() != null && t.level() != null && t.growth() == null && t.aboveReference() == null
                    && withGrowth.contains(List.<Object>of(t.indicatorCode(), t.level()));
            if (repeated) {
                warnings.add(new ParseWarning(t.sourceText(), "同一目标“" + t.subject() + "”的数值另有带增速的一条,只保留那一条 / the same "
                        + "level given again with its growth: kept once"));
            }
            return !repeated;
        }).toList();
        java.util.Map<List<Object>, Integer> seen = new java.util.LinkedHashMap<>();
        java.util.Map<List<Object>, Target> first = new java.util.HashMap<>();
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            List<Object> key = java.util.Arrays.asList(t.indicatorCode(), t.subject(), t.level(), t.growth(), t.qualitative(),
                    t.aboveReference(), t.secondGrowth());
            if (seen.merge(key, 1, Integer::sum) == 1) {
                first.put(key, t);
                out.add(t);
            }
        }
        seen.forEach((key, times) -> {
            if (times > 1) {
                warnings.add(new ParseWarning(first.get(key).sourceText(), "同一目标“" + first.get(key).subject() + "”重复出现" + times
                        + "次,只保留一条 / the same target " + times + " times: kept once"));
            }
        });
        return out;
    }

    /**
     * A level and, in the next clause of the same sentence, the growth of the same indicator named again: "力争GDP首次突破
     * 一万亿元人民币,全年生产总值增长12%以上" (Yunnan's 2012 report in a news item, batch oc's oc06) is one target with
     * both bounds, as "达到23亿元,增长12%" in one clause is — read as two, the level's target had no growth and the
     * growth's no level. Only when the growth's name follows the amount's clause directly (全年 at most between): not a
     * county area's, a quarter's or last year's growth after the city's amount (县域生产总值增长8%, 一季度…, 今年… — the
     * review).
     */
    static List<Target> withLevelsAndTheirGrowth(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Target next = i + 1 < targets.size() ? targets.get(i + 1) : null;
            if (next != null && t.indicatorCode() != null && !t.qualitative() && t.level() != null && t.growth() == null
                    && t.aboveReference() == null && t.indicatorCode().equals(next.indicatorCode()) && !next.qualitative()
                    && next.level() == null && next.growth() != null && t.sourceText().equals(next.sourceText())
                    && Pattern.compile("[元吨人户个家项件](?:人民币)?[,,](?:全年|同时|并且?)?(?:全[省市区县州旗盟])?"
                            + Pattern.quote(next.subject()) + "(?:同比)?增长").matcher(t.sourceText()).find()) {
                List<String> notes = new ArrayList<>(t.notes());
                next.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
                out.add(new Target(t.indicatorCode(), t.subject(), t.level(), next.growth(), false, t.sourceText(), notes,
                        next.aboveReference(), next.secondGrowth()));
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "一是经济保持较快增长,地区生产总值增长13%,力争14%" (an autonomous prefecture's report, batch d's d05): words about
     * the economy as a whole that open a clause whose figure follows are its lead-in, not a qualitative target of their
     * own. Only for the economy (经济…), so that "外贸出口稳定增长,实际利用外资增长10%" keeps both targets.
     */
    static List<Target> withoutLeadIns(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Target next = i + 1 < targets.size() ? targets.get(i + 1) : null;
            boolean leadIn = t.qualitative() && t.indicatorCode() == null && ECONOMY_LEAD_IN.matcher(t.subject()).lookingAt()
                    && next != null && !next.qualitative() && java.util.Objects.equals(next.sourceText(), t.sourceText());
            // a group's title; or a 分别 list the splitter could not pair (warned there), left as words
            boolean groupTitle = t.qualitative() && t.level() == null && t.growth() == null
                    && (GROUP_TITLE.matcher(t.subject()).matches() || UNPAIRED.matcher(t.subject()).find());
            if (!leadIn && !groupTitle) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Pattern ECONOMY_LEAD_IN = Pattern.compile("(?:全[省市州县区盟旗]|全区域)?(?:经济(?:社会)?(?:保持|实现|继续|持续)?"
            + "(?:平稳|较快|稳定|稳中|持续|健康|高质量|快速)"
            // "四是生态环境持续改善,细颗粒物(PM2.5)年均浓度控制在38微克/立方米以下" (a district's 2019 report, batch f's
            // f05): the heading words of an area whose figures follow, as the economy's are
            + "|(?:生态环境|环境质量|人民生活|民生福祉|城乡居民生活)(?:质量|水平)?(?:持续|不断|进一步|明显|稳步)?(?:改善|好转|提高|提升|增进|优化))");
    /**
     * "一是经济保持平稳增长。地区生产总值增长7.5%左右" (a district's 2023 report, batch ma's ma03): an area's heading as a
     * numbered sentence of its own, nothing but the words of {@link #ECONOMY_LEAD_IN}; removed before the statements are
     * read. In a list ("…;生态环境质量持续改善;…") the same words are a target and stay.
     */
    /**
     * A news item's headline over a line, with a figure of its own, before a colon: "科技对经济增长贡献率超过50%:深入实施…,科技
     * 进步对经济增长的贡献率达到51.5%", "利用外资增幅涨15%:力争实际利用外资7亿美元,增长40%" (a city's 2004 reports in a
     * paper, batch nb's nb04) — the reporter's summary of the line, read as a second target; removed where the line goes
     * on with figures. (Not "地区生产总值:增长8%", a name and its target: the headline has a figure before its colon.)
     */
    private static final Pattern HEADLINE_LABEL = Pattern.compile("(?m)^[ \\t]*+(?![一二三四五六七八九十\\d]{1,3}[、.是]|[((]|——|—)"
            + "[^::\\n。,,;;]{2,20}?\\d+(?:\\.\\d+)?(?:%|万|亿|个|家|倍)[^::\\n。,,;;\\d]{0,4}[::](?!\\s*其中)(?=([^\\n]*\\d[^\\n]*))");

    /**
     * {@code text} less its headlines ({@link #HEADLINE_LABEL}): a label that names no indicator of the catalog, or the
     * one its line goes on to name — not a target of its own before a colon ("地区生产总值增长7%左右:其中第一产业增长3%",
     * "城镇新增就业1.2万人:城镇登记失业率控制在4%以内" — the review of this round's rules).
     */
    private String withoutHeadlineLabels(String text) {
        return HEADLINE_LABEL.matcher(text).replaceAll(m -> {
            Optional<IndicatorMatch> label = catalog.findFirst(m.group());
            Optional<IndicatorMatch> line = catalog.findFirst(m.group(1));
            boolean headline = label.isEmpty() || line.isPresent()
                    && line.get().indicator().code().equals(label.get().indicator().code());
            return headline ? "" : Matcher.quoteReplacement(m.group());
        });
    }
    private static final Pattern HEADING_SENTENCE = Pattern.compile("(?<=^|[。;;::\\n])\\h*(?:[一二三四五六七八九十]+是|"
            + "[((][一二三四五六七八九十]+[))])(?:" + ECONOMY_LEAD_IN.pattern() + ")[^,,;;。\\d]{0,6}。"
            // only over figures of its own: "三是生态环境质量持续改善。四是…" ends a list of targets, and is one
            + "(?![一二三四五六七八九十]+是|[((][一二三四五六七八九十]+[))])(?=[^。]*\\d)");
    /**
     * "(一)经济增长目标。全市生产总值增长13%" (a county-level city's 2008 report, batch f's f10): the title of a group of
     * targets, a name ending in 目标 with no verb in it, sets none itself ("全面完成节能减排目标", "能耗强度完成省下达目标"
     * are targets).
     */
    /** A 分别 clause cut at its verb, its values not paired ("…分别增长"): warned by the splitter, no target itself. */
    private static final Pattern UNPAIRED = Pattern.compile("分别(?:增长|下降|提高|降低|达到|控制在)$");
    private static final Pattern GROUP_TITLE = Pattern.compile("^(?!.*(?:完成|实现|确保|力争|达到|争取|下达|省定|市定|全面))"
            + "[\\u4e00-\\u9fa5]{2,10}目标$");

    /**
     * The target that {@code predicate} ("增长6%以上", "预期目标3.5%以内") sets for {@code indicator}; empty when
     * nothing could be read (then there is a warning).
     */
    public Optional<Target> targetFor(Indicator indicator, String matchedName, String predicate, String source,
            List<ParseWarning> warnings) {
        List<String> notes = new ArrayList<>();
        catalog.choiceNote(indicator, matchedName).ifPresent(notes::add);
        Bound level = null;
        Bound growth = null;
        Bound secondGrowth = null;
        if (indicator.nameZh().contains("收入") && UNNAMED_STEP.matcher(predicate.strip()).matches()) {
            // "城乡居民收入保持同步增长" (a development zone's 2024 targets, batch nd's nd05): the step an income keeps when
            // none is named is the economy's, as in the policy's words 居民收入增长和经济发展同步
            predicate = "与经济增长同步";
        }
        Matcher inStep = IN_STEP.matcher(predicate);
        if (inStep.find()) {
            // "与经济保持同步增长" (a wire story, batch me's me10): the economy's growth is GDP's, as in 与经济增长同步
            String written = inStep.group(1) != null ? inStep.group(1) : inStep.group(2);
            String referenceName = written.replaceFirst("^(?:全[国省市州县区])?经济(?:保持)?$", "经济增长");
            Optional<IndicatorMatch> reference = catalog.findFirst(referenceName);
            if (reference.isEmpty()) {
                warnings.add(new ParseWarning(inStep.group(), "同步的参照指标无法识别 / unknown reference indicator"));
                return Optional.empty();
            }
            growth = Bound.inStepWith(reference.get().indicator().code());
            notes.add("“" + written + "” → " + reference.get().indicator().code());
            predicate = predicate.substring(0, inStep.start()) + predicate.substring(inStep.end());
        }
        boolean increment = false;
        for (Quantity q : committed(QuantityReader.read(predicate))) {
            if ("个百分点".equals(q.unit()) && COMPARED_POINTS.matcher(q.lead()).find()) {
                // "增长6%,高于全省平均水平1个百分点", "比去年提高2个百分点" (a break-it trial): a gap to another region or
                // year, not a change of the indicator to reach — read as one it was a level of 1 个百分点
                notes.add(q.text() + ":与其他地区或年份的差距,不是目标 / a gap to another region or year, not a target");
                increment = true;
                continue;
            }
            if (q.isPercent() && !matchedName.contains("占") && SHARE_LEAD.matcher(q.lead().replaceAll("\\([^)]*\\)", "")).find()) {
                // "实际利用外资1.2亿美元规模工业应税销售占全市13%" (a web page that lost its separators, batch me's
                // me05): a share of another whole named after the figure, not this indicator's growth
                warnings.add(new ParseWarning(q.text(), "“" + q.lead().trim() + q.text() + "”是另一项比重,未作为本指标目标 / a share of "
                        + "something else: not this indicator's target"));
                increment = true;
                continue;
            }
            if (q.unit() == null && GROWTH_WITHOUT_UNIT.matcher(q.lead()).find()) {
                // "地区生产总值增长60750" (a break-it trial): a change with its unit lost, % or 个百分点 or an amount; read in
                // the indicator's unit it became a level of 60750 亿元, silently
                warnings.add(new ParseWarning(q.text(), "“" + q.text() + "”的数字缺少单位(%、个百分点?),未读取,请人工核对 / a change "
                        + "without its unit: not read"));
                increment = true;
                continue;
            }
            if (changeByAmount(q, q.lead(), warnings)) {
                increment = true;
                continue;
            }
            Reading reading = read(indicator, matchedName, q, q.isDecrease(), notes, warnings);
            if (reading == null) {
                continue;
            }
            if (reading.isGrowth()) {
                if (growth != null && growth.comparator() == TargetComparator.IN_STEP_WITH && secondGrowth == null) {
                    // "增长8%,与经济增长基本同步": the figure is the growth, keeping pace with GDP the second bound
                    secondGrowth = growth;
                    growth = reading.bound();
                } else if (growth != null) {
                    warnings.add(new ParseWarning(q.text(), "同一指标有两个增速目标 / a second growth target"));
                } else {
                    growth = reading.bound();
                }
            } else if (level != null) {
                warnings.add(new ParseWarning(q.text(), "同一指标有两个数值目标 / a second level target"));
            } else {
                level = reading.bound();
            }
        }
        boolean qualitative = level == null && growth == null;
        if (qualitative && increment) {
            return Optional.empty();
        }
        // a target without a number is its clause as written ("单位GDP能耗下降完成省定目标"), not the indicator's name alone
        String subject = qualitative && !predicate.isBlank() ? matchedName + predicate.replace(",", "") : matchedName;
        return Optional.of(new Target(indicator.code(), subject, level, growth, qualitative, source, notes, null,
                secondGrowth));
    }

    /**
     * "确保增长9%、力争10%", "力争增长8%、确保7%": when a figure is promised (确保), the one striven for (力争, 争取)
     * beside it is an aspiration, not the target, whichever comes first. A 力争 figure standing alone (力争突破800亿元)
     * is the target.
     */
    static List<Quantity> committed(List<Quantity> quantities) {
        if (quantities.size() < 2 || quantities.stream().noneMatch(q -> q.lead().contains("确保"))) {
            return quantities;
        }
        return quantities.stream().filter(q -> !STRIVEN.matcher(q.lead()).find()).toList();
    }

    /**
     * "农村常住居民人均可支配收入高于全国平均水平0.5个百分点以上" (a province's 2020 plan report, batch ns's ns04): the margin
     * over the average, which a relative target does not hold — kept in the source text, and said in a note.
     */
    private static final Pattern MARGIN_OVER_AVERAGE = Pattern.compile("(?:平均(?:水平)?|全[国省市州盟区县])\\s*(\\d+(?:\\.\\d+)?个?百分点(?:以上)?)");

    /** The statement's relative target ("增速高于全省平均水平") on the target read for its indicator. */
    private static Target withReference(Target target, Statement statement) {
        if (statement.aboveReference() == null) {
            return target;
        }
        List<String> notes = target.notes();
        Matcher margin = MARGIN_OVER_AVERAGE.matcher(statement.source());
        if (margin.find()) {
            notes = new ArrayList<>(notes);
            notes.add("高于平均水平的幅度(" + margin.group(1) + ")只在原文中 / the margin over the average is kept in the"
                    + " source text only");
        }
        if (target.level() == null && target.growth() == null && statement.predicateText().isBlank()) {
            // "地区生产总值增速高于全省平均水平" and nothing else: the relative target alone
            return new Target(target.indicatorCode(), target.subject(), null, null, false, target.sourceText(),
                    notes, statement.aboveReference());
        }
        return new Target(target.indicatorCode(), target.subject(), target.level(), target.growth(), target.qualitative(),
                target.sourceText(), notes, statement.aboveReference(), target.secondGrowth());
    }

    /**
     * The targets a distributed statement (城乡居民人均可支配收入分别增长8%和9%) sets, one per subject in order — for a
     * notice's task heading, whose wording is the target of the figures that follow.
     */
    public List<Target> distributedTargets(Statement statement, List<ParseWarning> warnings) {
        return distributed(statement, warnings);
    }

    private List<Target> distributed(Statement statement, List<ParseWarning> warnings) {
        List<IndicatorMatch> subjects = statement.subjects();
        List<Quantity> quantities = QuantityReader.read(statement.predicateText());
        if (quantities.isEmpty() && (IN_STEP.matcher(statement.predicateText()).find()
                || StatementSplitter.SHARED_AIM.matcher(statement.predicateText()).lookingAt()
                || StatementSplitter.KEPT_WITHIN_SET_START.matcher(statement.predicateText()).lookingAt()
                || statement.aboveReference() != null)) {
            // "财政收入和城乡居民人均可支配收入与地区生产总值同步增长" (a city's 2017 report, batch mi's mi06): each keeps pace;
            // "规上工业增加值、社会消费品零售总额增长率与全市目标保持一致" (oc07): each has the aim, a clause of its own named by
            // the catalog's name (as 城乡居民收入 is split, README)
            boolean aim = !IN_STEP.matcher(statement.predicateText()).find();
            List<Target> inStep = new ArrayList<>();
            for (IndicatorMatch subject : subjects) {
                targetFor(subject.indicator(), aim ? subject.indicator().nameZh() : subject.matchedName(),
                        statement.predicateText(), statement.source(), warnings)
                        .map(t -> withReference(t, statement)).ifPresent(inStep::add);
            }
            return inStep;
        }
        List<List<Quantity>> rounds = StatementSplitter.rounds(quantities, subjects.size());
        if (rounds.isEmpty()) {
            warnings.add(new ParseWarning(statement.source(), "“分别”后的数值个数(" + quantities.size() + ")与指标个数("
                    + subjects.size() + ")不符 / 分别: number of values does not match number of indicators"));
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Indicator indicator = subjects.get(i).indicator();
            List<String> notes = new ArrayList<>();
            catalog.choiceNote(indicator, subjects.get(i).matchedName()).ifPresent(notes::add);
            Bound level = null;
            Bound growth = null;
            for (List<Quantity> round : rounds) {
                // the words before the first value of a round ("分别达到", "分别下降") hold for every value of it
                Quantity q = round.get(i);
                if (changeByAmount(q, round.get(0).lead().replace("分别", ""), warnings)) {
                    continue; // "分别减少9万吨、0.98万吨、2.3万吨" (oa06): changes by amounts, as for one name
                }
                Reading reading = read(indicator, subjects.get(i).matchedName(), q, round.get(0).isDecrease(),
                        notes, warnings);
                if (reading != null && reading.isGrowth()) {
                    growth = reading.bound();
                } else if (reading != null) {
                    level = reading.bound();
                }
            }
            if (level != null || growth != null) {
                targets.add(new Target(indicator.code(), subjects.get(i).matchedName(), level, growth, false,
                        statement.source(), notes));
            }
        }
        return targets;
    }

    /**
     * Last year's figure a target is set against: "与去年的政府工作报告提出的全省生产总值增长9%相比,今年GDP的增长挑战10%",
     * "CPI涨幅控制从去年的5%左右,下降到3%左右" (a newspaper's digest of a province's 2010 report, batch mv's mv01, which read
     * 9 and 5 as this year's): the comparison goes, the target stays.
     */
    private static final Pattern LAST_YEARS_FIGURE = Pattern.compile("与(?:去年|上年)[^,,。;;]{0,40}?\\d+(?:\\.\\d+)?%(?:左右)?相比[,,]?"
            // (only before a figure of this year: "涨幅与去年的3%左右相比保持稳定" keeps its only figure — the review)
            + "(?=[^。;;\\n]*?\\d)"
            + "|从(?:去年|上年)的?\\d+(?:\\.\\d+)?%(?:左右)?[,,]?");
    /** Words that raise or hold a rate to its figure: 提高到, 达到, 保持在, 稳定在, 回升. */
    private static final Pattern DIRECTION = Pattern.compile("提高|提升|达到|达|增加|增长|回升|保持|稳定|转正|不低于");

    /** Words of an argument where a name would stand: 必须, 才能, 所以说, 可能会有, 也就是说. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?:必须|才能|所以|所以说|可能|可能会|可能会有|大概|大概在|也就是说?|就是|但是?"
            + "|而且|因此|因而|那么|这样|同时|另外|此外)");

    /**
     * "…贫困县全部摘帽等。" closing a list of targets (an autonomous region's 2020 report in a news item, batch mn's mn06):
     * the 等 (or 等等) ends the list, it is no word of the last clause (中等, 平等, 同等 are words).
     */
    // (and 等等: "…生态环境质量稳定改善等等" — a 两会 explainer of the national 2023 targets, round 45's pn05)
    private static final Pattern TRAILING_ETC = Pattern.compile("(?<=[^中平同高均对初上下次超优特头一二三])等(?:等)?$");

    /**
     * A subject outside the catalog (专利授权量达到300件, 主要污染物排放总量减少2%, 全面完成省下达的节能减排任务): kept
     * with its figure as written — a growth when it is a percentage after a verb of change, else a level in the unit
     * written — but not compared with observations (qualitative), since no indicator of the catalog records it. A
     * clause with neither a figure nor a word targets are made of is narrative and yields nothing.
     */
    /** The start of a word that may stand before a whole name (新增, 新认定, 国家, 规模以上, 城镇, 全部…): no cut inside a name. */
    private static final Pattern WORD_BEFORE_A_NAME = Pattern.compile("新|净增|累计|全|规模|规上|限额|限上|年末|年底|城|农村|社会|地方|人均"
            + "|实际|当年|国家|省|市|县|区|重点|主要|各");

    /**
     * A text that opens inside a name: "然增长率控制在6.1‰以内。" (a county's speech on page 2 of a 范文 copy, round 64's qz04) is
     * the end of 人口自然增长率 — the first target, named by the tail of exactly one catalog name (three characters at least),
     * is read as that indicator and said, never kept silently under the broken name.
     */
    private List<Target> withNameCutAtTheStart(List<Target> targets, String text, List<ParseWarning> warnings) {
        if (targets.isEmpty() || targets.get(0).indicatorCode() != null
                || targets.get(0).level() == null && targets.get(0).growth() == null) {
            return targets;
        }
        Target first = targets.get(0);
        String tail = first.subject();
        if (tail.length() < 3 || !text.strip().startsWith(tail)) {
            return targets;
        }
        // (a whole name lacking only a word of its own is no cut: "高新技术企业达到50家" is no 新增高新技术企业 — the review of round
        // 64's rules)
        List<Indicator> ending = catalog.all().stream().filter(i -> Stream.concat(Stream.of(i.nameZh()), i.synonyms().stream())
                .anyMatch(name -> name.length() > tail.length() && name.endsWith(tail)
                        && !WORD_BEFORE_A_NAME.matcher(name.substring(0, name.length() - tail.length())).lookingAt())).toList();
        if (ending.size() != 1) {
            return targets;
        }
        Indicator indicator = ending.get(0);
        warnings.add(new ParseWarning(tail, "原文开头在指标名称中截断,读作“" + indicator.nameZh() + "”,请核对 / the text opens inside a "
                + "name: read as " + indicator.nameZh() + ", check it"));
        List<Target> read = new ArrayList<>(targets);
        read.set(0, new Target(indicator.code(), indicator.nameZh(), first.level(), first.growth(), false, first.sourceText(),
                List.of(), first.aboveReference(), first.secondGrowth()));
        return read;
    }

    /**
     * Examples named before what they are examples of: "新竣工东富龙、新中洲、鼎邦等重点产业项目12个" (a development zone's 2024
     * aims in a city paper, round 64's qz05) is 新竣工重点产业项目 — the firms before 等 are no words of the name.
     */
    // (after a verb of projects only: "在交通、水利等领域固定资产投资" is a field named by its examples — the review of round 51)
    private static final Pattern EXAMPLES_BEFORE_NAME = Pattern.compile("^(新竣工|新开工|新建|建成|引进|培育|新签约|实施)"
            + "(?:[^、,,;;。\\d]{2,12}、){1,8}[^、,,;;。\\d]{2,12}等(?=[\\u4e00-\\u9fff]{2}|\\d)");

    /** The bound of a size class ("3000万元以上项目"), the unit of what is counted in it, and the noun counted. */
    private static final Pattern SIZE_CLASS_BOUND = Pattern.compile("以上|及以上");
    private static final Pattern COUNT_UNIT = Pattern.compile("个|家|项|户");
    // (a bare 项目 or 企业, or with a word of their kind — never a verb's, "争取上级资金2亿元以上支持项目30个" is money and a count
    // of projects it supports — the review of round 64's rules)
    private static final Pattern CLASS_NOUN = Pattern.compile("(?:的)?(?:工业|重点|技改|产业|产业化|重大|制造业|服务业|农业|外资|内资|招商"
            + "|在建|签约|亿元)?(?:项目|企业)");

    /**
     * 经营主体, the name 市场主体 has had since 2023 (市场主体登记管理条例 → 经营主体) — not the farms' own "新型农业经营主体" (family
     * farms and co-operatives; a 镇's aims, round 65's rb01, renamed 新型农业市场主体).
     */
    private static final Pattern BUSINESS_ENTITIES = Pattern.compile("(?<!农业)经营主体");

    /** A verb that puts the amount before its name: 筹措5亿元建设资金, 落实7家规上企业, 新建5所学校. */
    private static final Pattern AMOUNT_FIRST_VERB = Pattern.compile("(?:力争|确保|争取|计划)?(?:筹措|筹集|落实|新建|建成|引进|培育|新增|招引)");
    /** The name after an amount, to the clause's end: words only, no figure, no size class (10亿元以上项目 is no amount of 项目). */
    private static final Pattern NAME_AFTER_AMOUNT = Pattern.compile("^(?!以|左右|上下|多|余)[\\u4e00-\\u9fff]{2,8}$");

    private Optional<Target> uncatalogued(Statement statement, List<ParseWarning> warnings, List<String> unread) {
        int at = statement.source().indexOf(statement.subjectText().strip());
        if ((statement.aboveReference() != null || StatementSplitter.RELATIVE.matcher(statement.subjectText()
                + statement.predicateText()).find()) && !statement.subjectText().isBlank() && at >= 0) {
            // "主要经济指标按照高于全市2个百分点以上来安排" (a new district's 2024 aims, batch nw's nw08): no indicator of the
            // catalog to compare, the clause as written is the target
            String clause = statement.source().substring(at).split("[,,;;。]", 2)[0].strip();
            return Optional.of(new Target(null, clause, null, null, true, statement.source(), List.of()));
        }
        List<Quantity> quantities = QuantityReader.read(statement.predicateText());
        Bound level = null;
        Bound growth = null;
        // 经营主体 is the name 市场主体 has had since 2023: one figure, one name
        String subject = QUALIFIER_IN_BRACKETS.matcher(BUSINESS_ENTITIES.matcher(statement.subjectText()).replaceAll("市场主体"))
                .replaceAll(b -> Units.isMeasure(b.group(1)) ? Matcher.quoteReplacement(b.group()) : "")
                // 均 before the verb is "all of them", no word of the name (重点项目投资均增长10%); 人均 is one
                .replaceFirst("(?<!人)均$", "");
        if (QUESTION.matcher(subject + statement.predicateText()).find()) {
            return Optional.empty(); // "将怎样来实现这个目标?" (an interview explaining a report, batch mv's mv05): a question
        }
        if (quantities.size() == 2 && SIZE_CLASS_BOUND.matcher(quantities.get(0).suffix()).matches()
                && COUNT_UNIT.matcher(quantities.get(1).unit() == null ? "" : quantities.get(1).unit()).matches()
                && CLASS_NOUN.matcher(statement.predicateText().substring(quantities.get(0).end(), quantities.get(1).start())).matches()) {
            // "新开工建设有效投入3000万元以上项目20个", "引进1亿美元以上项目2个" (a 工业园区's 2011 aims in a traditional mirror, round
            // 64's qz08, read as an investment of 3000万元): the amount is the size of the projects counted, a word of their name
            String predicate = statement.predicateText();
            subject = subject + predicate.substring(quantities.get(0).start(), quantities.get(1).start()).strip();
            quantities = List.of(quantities.get(1));
        }
        String afterAmount = quantities.size() == 1 ? statement.predicateText().substring(quantities.get(0).end()).strip() : "";
        if (NAME_AFTER_AMOUNT.matcher(afterAmount).matches() && AMOUNT_FIRST_VERB.matcher(subject).matches()
                && quantities.get(0).suffix().isEmpty()) {
            // "筹措5亿元建设资金,…落实7家规上企业" (a county's industrial zone's 2016 aims in a phone paper, round 63's qx01):
            // the amount before its name; the name is the words after it, the verb no word of it
            subject = afterAmount;
        }
        // (and no name at all: "财政收入达到5.68亿元,增长8%,力争突破6亿元" in a county's 2009 targets, batch or's or02 — a
        // stretch figure left after the level and its growth was a target named by nothing)
        if ((CONNECTIVE.matcher(subject).matches() || subject.isBlank()) && !quantities.isEmpty()) {
            // "必须实现9.5%以上增长,才能完成12.5%的年均增长目标,所以说,10%左右的增速是科学的" (mv05): words of an argument
            // before a figure name nothing; the figure is told, not read as a target named 必须
            warnings.add(new ParseWarning(subject + statement.predicateText(), "数字前没有指标名称 / a figure without an indicator name"));
            return Optional.empty();
        }
        if (subject.endsWith("净") && statement.predicateText().startsWith("增") && !quantities.isEmpty()
                && !quantities.get(0).isPercent() && !"个百分点".equals(quantities.get(0).unit())) {
            // "工业开票销售净增150亿元" (a county-level city's 2021 plan, batch mr's mr05): an increase by an amount, which
            // no level or growth bound says (as INCREMENT for a catalogued indicator) — left to the office
            warnings.add(new ParseWarning(subject + statement.predicateText(), "“" + subject + statement.predicateText()
                    + "”是增加的数额,不是要达到的水平,请人工核对 / an increase by an amount, not a level to reach: not read"));
            return Optional.empty();
        }
        if (!quantities.isEmpty()) {
            // one level and one growth at most: "工业总产值力争达到23亿元,增长12%" (a town's 2011 report, batch me's me04)
            // is a level with its growth, as a catalogued indicator's would be; any other figure is warned
            String predicate = statement.predicateText();
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                // the growth of a level only right after it (达到23亿元,增长12%), not a figure of text run together
                boolean growthOfLevel = i == 1 && level != null
                        && LEVEL_THEN_GROWTH.matcher(predicate.substring(quantities.get(0).end(), q.start())).matches();
                if (q.isPercent() && q.hasGrowthVerb() && growth == null && (i == 0 || growthOfLevel)) {
                    TargetComparator comparator = comparatorOf(q, q.isDecrease());
                    growth = Bound.of(comparator == TargetComparator.DECREASE_AT_LEAST ? TargetComparator.AT_LEAST : comparator,
                            Units.strip(q.isDecrease() ? q.number().negate() : q.number()), "%");
                } else if (level == null && (growth == null || i == 1 && GROWTH_THEN_LEVEL.matcher(predicate.substring(
                        quantities.get(0).end(), q.start())).matches()) && !(q.isPercent() && q.hasGrowthVerb())) {
                    // (and the level right after the growth: "铝产业计划增长2%,总量在260亿元左右", pd08)
                    // "煤炭消费占能源消费总量比重下降1.2个百分点": a change in points carries the sign of its verb
                    BigDecimal number = "个百分点".equals(q.unit()) && q.isDecrease() ? q.number().negate() : q.number();
                    TargetComparator comparator = comparatorOf(q, false);
                    if (comparator == TargetComparator.EXACT && q.isPercent() && UNEMPLOYMENT_NAME.matcher(subject).find()
                            && !DIRECTION.matcher(q.lead()).find()) {
                        // an unemployment rate outside the catalog, stated bare, is a ceiling as the catalog's are: "失業率為4.1%"
                        // in Taiwan's 2013 aims (round 50's px06)
                        comparator = TargetComparator.AT_MOST;
                    }
                    level = Bound.of(comparator, Units.strip(number), q.unit() == null ? "" : q.unit());
                } else {
                    warnings.add(new ParseWarning(q.text(), "定性目标中多余的数值 / extra figure in a qualitative target"));
                }
            }
        } else {
            subject = LEADING_CONJUNCTION.matcher(TRAILING_ETC.matcher(subject + (statement.predicates().isEmpty() ? ""
                    : statement.predicates().get(0))).replaceFirst("")).replaceFirst("");
            // "2008年全市经济在优化结构、提高效益…的基础上,生产总值增长10%左右" (batch mp's mp02): the condition a target
            // is set on, no target
            if (!TARGET_WORD.matcher(subject).find() || subject.endsWith("的基础上") || COMMENTARY.matcher(subject).find()
                    || DONE.matcher(subject).find() && !AIMED.matcher(subject).find()) {
                if (!TARGET_WORD.matcher(subject).find() && AIM_OF_STATE.matcher(subject).find() && !WORK_OR_TALK.matcher(subject).find()) {
                    unread.add(subject); // an aim in words the reader does not take for a target: said if introduced
                }
                return Optional.empty();
            }

        }
        // "完成灾后重建主要目标任务的72%" (batch mp's mp03): the 的 before the figure is no word of the name
        subject = subject.endsWith("的") && subject.length() > 2 ? subject.substring(0, subject.length() - 1) : subject;
        if (level != null || growth != null) {
            // (and the verb after it: "全年实现工农业总产值3.36亿元", a town's 2010 targets in a news item, batch mt's mt02)
            // (and the aim's word: "全年力争签约项目总计15个" is 签约项目 — an industrial park's 2019 plan, batch pd's pd08)
            // (and 计划 before a verb: "2019年贵州省计划减少农村贫困人口110万人" is 减少农村贫困人口 — a province's 2019 aims in a
            // wire, batch ot's ot02; never 计划 before a noun, 计划投资 is a name, nor before a rate, 计划完成率 — the review)
            // (not 争取 before funds: "争取项目资金1500万元" is the funds won from higher levels, 项目资金 alone any project's — a
            // town's 2012 plan in a speech, round 52's qb05)
            subject = LEADING_YEAR_WORD.matcher(PLACE_THIS_YEAR.matcher(EXAMPLES_BEFORE_NAME.matcher(ASSIGNED_BY.matcher(subject)
                    .replaceFirst("")).replaceFirst("$1"))
                    .replaceFirst("")).replaceFirst("")
                    .replaceFirst(fundsWon(subject) ? "^(?:实现|完成)?(?=[\\u4e00-\\u9fff]{2})"
                            : "^(?:力争|确保|争取|争创|计划(?=(?:减少|完成|实现|新增|建成|新建|引进|培育|种植|开工)(?![^,,;;]{0,20}率$)))?(?:实现|完成)?"
                            + "(?=[\\u4e00-\\u9fff]{2})", "");
        }
        if (level != null && "%".equals(level.unit())) {
            subject = shareOfWhole(subject);
        }
        if (level != null && !"%".equals(level.unit()) && !"个百分点".equals(level.unit()) && !"‰".equals(level.unit())) {
            // (to a level: "农村贫困人口减少到5万人以下" is the level of 农村贫困人口 itself)
            subject = FALL_TO.matcher(subject).replaceFirst("");
            Matcher fall = FALL_BY_AMOUNT.matcher(statement.predicateText());
            if (fall.find() && !subject.endsWith(fall.group(1))) {
                subject = subject + fall.group(1);
            }
            if ("万".equals(level.unit()) && NAME_OF_PEOPLE.matcher(subject).find()) {
                level = Bound.of(level.comparator(), level.value(), "万人");
            } else if (("万".equals(level.unit()) || "亿".equals(level.unit())) && !FOREIGN_MONEY.matcher(subject).find()
                    && (NAME_OF_MONEY.matcher(subject).find() || "亿".equals(level.unit()) && subject.endsWith("销售"))) {
                // (亿 after 销售 is money, 万 may count pieces: "实现销售120亿", "生猪销售30万" — the reviews of rounds 65 and 66)
                level = Bound.of(level.comparator(), level.value(), level.unit() + "元");
            }
        }
        if (level != null && "起".equals(level.unit()) && !subject.endsWith("数")) {
            subject = subject + "起数"; // a count of accidents or incidents: 较大及以上生产安全事故起数
        }
        Optional<Indicator> named = catalog.byExactName(subject);
        if (named.isPresent()) {
            // a share written out to the catalog's own name ("研究与发展经费支出占全市生产总值的比例" → 研发经费投入占地区生产总值
            // 比重, batch nf's nf02) is the catalog's indicator, compared with its figures — it was kept as written, no code
            return targetFor(named.get(), subject, statement.predicateText(), statement.source(), warnings);
        }
        return Optional.of(withReference(new Target(null, subject, level, growth, true, statement.source(),
                List.of("不在指标目录中,不与统计数据比较 / not in the catalog: kept as written, not evaluated")), statement));
    }

    /**
     * A share of a larger whole written without 比重 ("一般预算收入占全市32.5%", a high-tech zone's 2024 plan, batch me's
     * me05) is named as a share: its numerator by the catalog's standard name where the catalog knows it (一般预算收入 →
     * 一般公共预算收入), 规上 / 规模 / 限上 written out, then 占…比重.
     */
    private String shareOfWhole(String subject) {
        Matcher m = SHARE_OF_WHOLE.matcher(subject);
        if (!m.matches()) {
            return subject;
        }
        String part = ABBREVIATED_SCALE.matcher(m.group(1)).replaceAll(r -> r.group().startsWith("限") ? "限额以上" : "规模以上");
        Optional<IndicatorMatch> named = catalog.findFirst(part);
        if (named.isPresent() && named.get().start() == 0 && named.get().end() == part.length()) {
            part = named.get().indicator().nameZh();
        }
        String whole = WHOLE_GDP.matcher(m.group(2)).matches() ? "地区生产总值" : m.group(2);
        String share = part + "占" + whole + "比重";
        Optional<IndicatorMatch> known = catalog.findFirst(share);
        // a share named with 比重 and outside the catalog is named as the document names it (服务业增加值占GDP比重); one the
        // catalog knows by its whole however written is the catalog's ("研发支出占国内生产总值比重", a city's 十四五 plan,
        // batch nh's nh06)
        return known.isPresent() && known.get().start() == 0 && known.get().end() == share.length()
                ? known.get().indicator().nameZh() : subject.endsWith("比重") ? subject : share;
    }

    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("(.{2,20}?)(?:占|相当于)(全[国省市区县州旗盟]|[^占比]{1,10}?)(?:的)?(?:比重|比例)?");
    /** The region's GDP as a share's whole, however written: 全州生产总值, 全市GDP → 地区生产总值. */
    private static final Pattern WHOLE_GDP = Pattern.compile("^" + StatementSplitter.GDP_AS_WHOLE + "$");
    /** 规上工业, 规模工业, 限上住宿餐饮业: the scales of the statistics (规模以上, 限额以上) written short. */
    private static final Pattern ABBREVIATED_SCALE = Pattern.compile("规上|规模(?!以上)(?=工业|服务业|企业)|限上");

    private record Reading(Bound bound, boolean isGrowth) {
    }

    private Reading read(Indicator indicator, String matchedName, Quantity q, boolean decrease, List<String> notes,
            List<ParseWarning> warnings) {
        if ((matchedName.contains("指数") || q.lead().contains("指数")) && "%".equals(indicator.unit())
                && (q.unit() == null && q.number().compareTo(BigDecimal.valueOf(90)) > 0
                        || "%".equals(q.unit()) && q.number().compareTo(INDEX_BASE) >= 0)
                && q.number().compareTo(BigDecimal.valueOf(130)) < 0) {
            // 居民消费价格指数控制在103以内: an index against last year = 100, the target is the rise (3 %); also written
            // with a percent sign (总指数控制在104%以内) — a rise of 100 % or more is no price target
            BigDecimal rise = Units.strip(q.number().subtract(INDEX_BASE));
            notes.add(q.text() + " → " + rise.toPlainString() + "%(指数以上年为100 / index, last year = 100)");
            q = new Quantity(q.start(), q.end(), q.lead(), q.prefix(), null, rise, "%", q.suffix(), q.text());
        }
        if ("个百分点".equals(q.unit())) {
            // "城镇化率提高1.5个百分点": a change of the rate itself, kept in points (not comparable with a level in %)
            BigDecimal points = decrease ? q.number().negate() : q.number();
            return new Reading(new Bound(comparatorOf(q, decrease) == TargetComparator.DECREASE_AT_LEAST
                    ? TargetComparator.AT_LEAST : comparatorOf(q, decrease), Units.strip(points), "个百分点", null, null), false);
        }
        BigDecimal number = q.number();
        TargetComparator comparator = comparatorOf(q, decrease);
        if (comparator == TargetComparator.EXACT && indicator.kind() == IndicatorKind.RATE && !indicator.higherIsBetter()
                && !decrease && !DIRECTION.matcher(q.lead()).find()) {
            // a rate that is better lower, stated bare, is a ceiling: "工作报告确定的CPI是3%" and "全年物价控制在3%以内" of one
            // target (a 2015 report explained in an interview, batch mv's mv05) — prices, unemployment and population growth
            // are 调控 ceilings, and the corpus's statisticians keyed ~450 such targets AT_MOST or ABOUT, never EXACT (a rate
            // raised or held to a figure is not: 人口出生率提高到9‰, 人口自然增长率达到3‰ — the review of batch mv's rules)
            comparator = TargetComparator.AT_MOST;
        }
        boolean percent = q.isPercent();
        if (q.isRange()) {
            // "增长6.5%-7%": kept as the range it is; the evaluation meets it at the end on the bad side
            BigDecimal from = decrease ? q.low().negate() : q.low();
            BigDecimal to = decrease ? q.number().negate() : q.number();
            if (percent && indicator.kind() != IndicatorKind.RATE) {
                return new Reading(Bound.range(Units.strip(from), Units.strip(to), "%"), true);
            }
            Optional<BigDecimal> low = Units.convert(from, q.unit(), indicator.unit());
            Optional<BigDecimal> high = Units.convert(to, q.unit(), indicator.unit());
            if (low.isPresent() && high.isPresent()) {
                return new Reading(Bound.range(low.get(), high.get(), indicator.unit()), false);
            }
        }
        if (percent && indicator.kind() != IndicatorKind.RATE) {
            BigDecimal value = decrease ? number.negate() : number;
            return new Reading(withTolerance(new Bound(comparator, Units.strip(value), "%", null, null)), true);
        }
        if (percent != "%".equals(indicator.unit())) {
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符 / unit does not match the indicator's unit"));
            return null;
        }
        if (decrease && percent && indicator.nameZh().endsWith("涨幅")) {
            // a rate that is itself a rise: "居民消费价格上涨-1%" (a fall, 下降1%) is a rise of −1 %, as the notice reader takes
            // "居民消费价格同比下降0.2%" (the break-it trial after round 39: read as at most +1 %)
            number = number.negate();
        }
        // (a unit per 万元 written without its 万元, the name holding it: "万元地区生产总值用水量下降到45立方米")
        String written = q.unit() != null && indicator.unit().startsWith(q.unit() + "/") ? indicator.unit() : q.unit();
        Optional<BigDecimal> converted = Units.convert(number, written, indicator.unit());
        if (converted.isEmpty() && Units.isMoney(q.unit()) && Units.isMoney(indicator.unit())) {
            // 外贸进出口总额突破50亿元 for an indicator kept in 亿美元: the target as written, in its own currency
            // (not person-times for a count of people, "实现城镇新增就业不少于2.5万人次" in the seed plan: no target of the
            // indicator, only the warning below — a target kept in 万人次 was suggested as the task's link to 城镇新增就业)
            notes.add(q.text() + ":以" + q.unit() + "计,与指标单位" + indicator.unit() + "不同,按原文保存 / kept in the currency written");
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符:目标按原文(" + q.unit() + ")保存,不能与统计数据比较 / another currency than the indicator's: kept as "
                    + "written, not comparable with the figures"));
            return new Reading(withTolerance(new Bound(comparator, Units.strip(number), q.unit(), null, null)), false);
        }
        if (converted.isEmpty()) {
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符 / unit does not match the indicator's unit"));
            return null;
        }
        if (q.unit() == null || Units.parse(q.unit()).map(Units.Unit::isMultiplierOnly).orElse(false)) {
            notes.add(q.text() + " → " + converted.get().toPlainString() + " " + indicator.unit()
                    + "(单位缺失,按指标单位 / unit missing, read in the indicator's unit)");
        }
        return new Reading(withTolerance(new Bound(comparator, converted.get(), indicator.unit(), null, null)), false);
    }

    private Bound withTolerance(Bound bound) {
        if (bound.comparator() != TargetComparator.ABOUT) {
            return bound;
        }
        BigDecimal tolerance = "%".equals(bound.unit())
                ? options.aboutGrowthPoints()
                : bound.value().abs().multiply(options.aboutLevelPercent()).divide(BigDecimal.valueOf(100), 6,
                        RoundingMode.HALF_UP);
        return new Bound(bound.comparator(), bound.value(), bound.unit(), null, Units.strip(tolerance), bound.from());
    }

    /** The modifier after the number wins over the word before it: 控制在10个月左右 is ABOUT. */
    static TargetComparator comparatorOf(Quantity q, boolean decrease) {
        switch (q.suffix()) {
            case "左右", "上下":
                return TargetComparator.ABOUT; // 增长6%上下 is 增长6%左右
            case "以上":
                return decrease ? TargetComparator.DECREASE_AT_LEAST : TargetComparator.AT_LEAST;
            case "以内":
            case "以下":
                return decrease ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST;
            default:
                break;
        }
        return switch (q.prefix()) {
            case "不低于", "不少于", "不小于", "超过", "超", "高于", "突破", "站上", "迈上", "登上", "跨上", "迈过", "跨过" -> decrease ? TargetComparator.DECREASE_AT_LEAST
                    : TargetComparator.AT_LEAST;
            case "不超过", "不超", "不高于", "不大于", "控制在", "低于", "少于" -> TargetComparator.AT_MOST;
            case "约" -> TargetComparator.ABOUT; // 增长约6%, 约180亿元: "about" written before the number
            default -> TargetComparator.EXACT;
        };
    }
}
