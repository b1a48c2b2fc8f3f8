package org.duban.indicators.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.IndicatorMatch;
import org.duban.indicators.text.ChineseText;
import org.duban.indicators.text.QuantityReader;
import org.duban.indicators.text.QuantityReader.Quantity;

/**
 * Cuts report text into statements: sentences at 。;; and line ends, phrases at ,, (never inside brackets). A
 * phrase that names an indicator, or that starts with a subject of its own, opens a statement; a phrase that only
 * says "达到581亿元" continues the one before.
 */
public final class StatementSplitter {

    /** Who is responsible, after each task of a plan: not part of the target. Unclosed brackets run to line end. */
    private static final Pattern RESPONSIBILITY =
            Pattern.compile("\\((牵头单位|责任单位|责任领导|配合单位|协办单位)[::][^)\\n]*\\)?");
    private static final Pattern ENUMERATOR =
            Pattern.compile("^\\s*(\\([一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+[,,、]"
                    // a bullet with or without a space after it ("■全市生产总值增长6%-6.5%", a city paper's box, batch mi's
                    // mi02); a hyphen, an asterisk, ▲ (a photo's caption in a news page) and ★ only with one
                    + "|\\d+[.、.](?!\\d)|[①-⑳]|[•·●▪◆■□]|[-*▲★]\\s"
                    // a goal's nickname and a dash: "“两个高于”—— 经济增长速度高于全区平均水平" (a league's digest, batch no's no10)
                    + "|[“\"][^”\"\\n]{1,12}[”\"]\\h*[—–]{1,2}"
                    // a paragraph of a group opened by a double dash: "——关于经济发展类目标(13个)。…" (a city's 2020 plan
                    // notice, batch nu's nu08, whose second and third groups were lost)
                    // (not before a group's heading with a colon, "——结构调整:", which the heading pattern takes whole)
                    + "|——(?=\\S)(?![^,,::。;;\\d]{1,12}[::]))\\s*");
    /** A line that stops at a word which wants a figure after it (控制, 达到, 增长…). */
    private static final Pattern BROKEN_OFF = Pattern.compile("(控制在?|达到|达|增长|增|下降|降低|提高|保持在?|稳定在|不低于|不超过|"
            + "不高于|超过|突破|减少|压减)$");
    /** A statistics' own sentence after a note's full stop on its line: "…请及时反馈。 初步核算,2020年…". */
    // (only after its opener: "…修订。2019年全市地区生产总值…增长6.5%为修订数" is the note's own — the review of round 47's rules)
    private static final Pattern AFTER_NOTE = Pattern.compile("。\\h*+(?=(?:据|经)?(?:初步核算|初步统计)[,,])");
    /** A note under the targets ("注:增速按可比价格计算"): it explains, it sets nothing. */
    private static final Pattern NOTE_LINE = Pattern.compile("^\\s*[((]?(注|说明|备注)\\d*[::)]");
    /** A group heading inside a sentence: "——经济增长方面,", "民生改善方面:". */
    private static final Pattern GROUP_HEADING = Pattern.compile("^(?:—*\\s*[^,,::。;;]{1,12}方面[,,::]|—+\\s*[^,,::。;;\\d]{1,12}[::]"
            // "关于经济发展类目标(13个)。" (nu08): a group of targets named with its count
            + "|—*\\s*(?:关于)?[^,,::。;;\\d]{1,12}类(?:目标|指标)(?:\\(\\d+个\\))?(?:[。.::,,]|$))\\s*");
    /**
     * A relative target (增速高于全省平均水平, 力争增速快于全市平均水平; 增幅不低于全省平均水平, batch mc's mc01 and mc07,
     * kept as the same comparison): the growth of the statement's indicator must beat the average of the region above.
     */
    // (or its level after a word of growth: "农村常住居民人均可支配收入增速高于全国水平", a province's 2026 plan report, batch
    // nj's nj05 — without one, "人均地区生产总值高于全国水平" is a level above the nation's, no growth: the review)
    static final Pattern RELATIVE = Pattern.compile("(?:力争|确保|争取)?(?:(?:增速|增幅|增长速度|发展速度)(?:高于|快于|不低于|不慢于)"
            + "(?=(?:全国|全省|全市|全州|全盟|全区|全县)(?:的)?水平)|(?:增速|增幅|增长速度|发展速度)?(?:高于|快于|不低于|不慢于)"
            + "(?=(?:全国|全省|全市|全州|全盟|全区|全县)(?:的)?平均)"
            // ("一般公共预算收入高于全市7个百分点以上", a new district's 2024 aims, batch nw's nw08: the average unsaid; a
            // target's 以上 needed — "增幅高于全市1.5个百分点" in a notice is how the figure compares, no target)
            + "|(?:增速|增幅|增长速度|发展速度)?(?:高于|快于)(?=(?:全国|全省|全市|全州|全盟|全区|全县)\\s*\\d+(?:\\.\\d+)?个?百分点以上)"
            // (or its growth's word right before: "规模以上工业增加值增速高于全市1个百分点" in a list of aims, a district's aims,
            // round 58's qn01; "增长14%、增速快于全省2个百分点" as with a comma — the review of round 59's rules; without the word,
            // "增长7.4%,高于全省0.6个百分点", it compares)
            + "|(?:增速|增幅|增长速度|发展速度)(?:高于|快于)(?=(?:全国|全省|全市|全州|全盟|全区|全县)\\s*\\d+(?:\\.\\d+)?个?百分点))"
            // (and its growth named: "高于全市平均增速10个百分点", a 开发区's 2011 aims, round 45's pn03)
            + "(全国|全省|全市|全州|全盟|全区|全县)(?:(?:的)?(?:平均(?:水平|增速|增幅|增长速度)?|水平)|(?=\\s*\\d))"
            // "高于全省平均水平1个百分点" (a break-it trial): the points beyond the average belong to the comparison
            + "(?:\\s*\\d+(?:\\.\\d+)?个?百分点(?:以上)?)?");
    private static final Pattern SECOND_COMPARISON = Pattern.compile("^[、,,]?(?:高于|快于)[^\\d,,。;;]{2,12}$");
    /**
     * A phrase that only says the growth keeps pace (增速与经济增长同步; after a growth's word 和 as well, "地方一般公共预算
     * 收入、居民收入增长和经济增长基本同步", a province's 2024 report, round 44's pl04): it has no subject of its own.
     */
    private static final Pattern IN_STEP_PHRASE = Pattern.compile("(?:(?:增速|增幅|增长)(?:基本)?(?:与|同|和)|(?:基本)?(?:与|同))"
            + "[^,,]{2,12}(?:基本)?(?:保持)?同步");
    /**
     * The words after the targets that explain them: what follows is narrative (上述目标,既考虑了…; 提出上述目标,主要考虑是:
     * 经济增长5.5%左右,与…相衔接; 这里需要说明的是,生产总值增长10%左右的目标,比去年实际增速低1.8个百分点).
     */
    private static final Pattern CONCLUSION = Pattern.compile("(?:^|[。;;\\n]|\\.(?=\\s))\\h*(?=(?:上述|以上|这些)(?:预期)?目标|"
            // "围绕实现上述目标,报告提出重点抓好七项工作:" (a county's 2013 report, batch me's me09): the work for them
            // (围绕各项目标,全年城镇新增就业… introduces targets: a verb and 上述/以上/这些 are needed — the review of batch me)
            // ("完成上述目标,必须…", a region's 2006 report on a news portal, batch mz's mz04)
            // ("记者从会上获悉,围绕实现今年预期目标,…将重点抓好六个方面工作", a district's 2021 report in a news item, nl06)
            + "(?:实现|完成|提出|确定|安排)(?:上述|以上|这些)(?:预期)?目标|(?:[^。;;\\n,,]{0,12}获悉[,,])?围绕(?:实现|完成)"
            + "(?:上述|以上|这些|今年|全年|年度)的?(?:预期)?目标|"
            // ("为确保目标任务顺利完成,今年遥观镇排出了32个…重点项目" after a 镇's 2016 list, round 61's qt03: the work for them)
            // (opening a sentence: after a semicolon the list goes on, "…增长8%;为确保全年目标实现,规模以上工业增加值增长12%" — the
            // review of round 61's rules)
            + "(?<![;;]\\h{0,4})为(?:确保|保证|实现|完成)(?:上述|以上|这些|今年|全年|年度)?(?:各项)?目标(?:任务)?(?:顺利|圆满|全面)?"
            + "(?:完成|实现)?[,,]|"
            // ("围绕奋斗目标,经济工作的重点是做好…" after a county's 2009 targets, batch or's or02: the work for them)
            + "围绕(?:上述|以上|这些)?(?:奋斗|预期)目标[,,][^。;;\\n]{0,12}?(?:重点|工作)|"
            // ("市委书记方宁在会上指出,近年来,…在今后经济发展中要保持良好的发展势头,…" after a county's 2007 targets in a news item
            // on his visit, round 53's qd01: a leader's remarks with no figure, read as four qualitative targets)
            // (and only where no figure follows anywhere: "市长在会上强调,要确保目标实现。全市城镇居民…增长9%" goes on with targets —
            // the review of round 53's rules)
            + "[^。;;\\n,,]{2,24}?(?:在会上|在讲话中|在调研时)(?:指出|强调)[,,::](?!\\D*+\\d)|"
            + "目标的确定|(?:这里)?需要说明的是|"

            // "《报告》著重对速度预期目标进行了说明,主要是考虑…" (an online interview on the national 2015 report, batch ny's
            // ny08, whose guest's explanation gave six "targets")
            // (the explanation itself: "…进行了说明,主要是考虑…"; not a remark inside the list, "报告还对目标作了解释,强调…;同时
            // 提出城镇新增就业3万人" — the review of round 25's rules)
            + "《?(?:政府工作)?报告》?(?:着重|特别|专门)?对[^。;;\\n]{0,12}?目标(?:进行了|作了|做了|作出了)(?:说明|解释|阐述)"
            + "[,,]\\s*+(?:主要是|主要|是)?(?:考虑|基于|出于|因为)|"

            // "为实现今年的目标任务,将突出做好以下工作:(一)…" (a new district's 2012 经济工作报告, batch w's w02): the
            // work arranged for the targets, not targets — its headings were read as three qualitative "targets"
            // (and 为了: "为了实现上述目标,城厢镇将持续优化载体建设" — a town's 2022 aims, round 45's pn06)
            + "(?:为了?|要)(?:实现|完成)(?:今年|全年|明年|本年度|年度|上述|以上|这些)?的?(?:各项)?(?:预期)?(?:增长|发展|经济社会发展)?目标(?:任务)?[,,]|"
            // (an excerpt cut inside it: "…保持一致。为实现上述", batch nw's nw05)
            + "为(?:实现|完成)(?:上述|以上|这些)?\\s*$|"
            // "为确保完成各项目标,该镇将从以下三方面做好今年工作" (batch me's me04); "要确保完成全年目标,规模以上工业增加值
            // 增长10%以上" introduces targets, so only 为
            + "为(?:确保|保证)(?:实现|完成)(?:今年|全年|明年|本年度|年度|上述|以上|这些)?的?(?:各项)?(?:预期)?目标(?:任务)?[,,]|"
            // "把经济增长预期目标定为9%左右,比去年实际增速低3.2个百分点,主要是为了…" (a province's 2011 report, batch
            // f's f01): one target named again with the reasons for it (a target written 把…定为 with no reason stays)
            + "把[^。;;\\n]{0,20}?(?:预期)?目标(?:定为|确定为|设定为|安排为|定在)[^。;;\\n]{0,60}?(?:主要|考虑|为了|旨在)|"
            // "提出地区生产总值增长7%以上,主要考虑了…": the reasons for one figure, named again, after the targets
            + "提出[^。;;\\n]{1,60}?[,,]主要考虑|"
            // "一般公共预算收入目标安排考虑了落实结构性减税降费政策的减收因素" (a district's 2024 report, batch y's y08): the
            // reasons for one target, named by it, after the list
            + "[^。;;\\n,,]{0,20}?目标(?:的)?(?:安排|确定|设定|设置)?[,,]?(?:主要|充分|综合)?(?:是)?(?:考虑|兼顾|体现|基于)|"
            // "全旗各族干部群众要坚定信心、真抓实干,确保各项目标任务圆满完成" (a 旗's 2014 report, y09): the call to
            // carry the targets out, not a target
            // (a call, not a noun after 的: "主要经验有两点:…二是得益于干群一心、众志成城的真抓实干" before a 县's aims in a
            // daily's commentary, batch op's op03, whose aims were cut off as the conclusion)
            + "[^。;;\\n]{0,30}?(?<!的)(?:坚定信心|真抓实干|努力奋斗|奋力拼搏|确保(?:全年)?各项(?:目标)?任务(?:圆满|全面)?完成))");
    /**
     * A numbered item's label closed by a half-width full stop: "(二)财政收入.一般公共预算收入同口径增长3.5%左右." (a
     * district's 2021 news item, batch me's me06) — the label names the area, not an indicator (财政收入 is one).
     */
    private static final Pattern ITEM_LABEL = Pattern.compile("^([^,,::。;;.．\\d%]{2,6})[.．](?=[^\\d\\s.．])");
    private static final Pattern LABEL_VERB = Pattern.compile("增长|下降|降低|提高|同步|控制|达到|完成|实现|保持|稳定|不低于|不超过");

    private String withoutItemLabel(String clause) {
        Matcher m = ITEM_LABEL.matcher(clause);
        if (!m.find() || LABEL_VERB.matcher(m.group(1)).find()) {
            return clause;
        }
        // "(一)GDP.增长6%以上.", "4.粮食总产量.稳定在50万吨以上.": the label is the indicator when no other name follows it
        // (the review of batch me); "(二)财政收入.一般公共预算收入同口径增长3.5%" names its own
        String rest = clause.substring(m.end()).trim();
        Optional<IndicatorMatch> label = catalog.findFirst(m.group(1));
        Optional<IndicatorMatch> after = catalog.findFirst(rest);
        boolean labelIsSubject = label.isPresent() && (after.isEmpty() || after.get().start() > 0);
        return labelIsSubject ? m.group(1) + rest : rest;
    }

    /**
     * The list of work that follows the targets: "重点抓好十个方面工作:一是…" (a district's 2021 news item, batch me's me06),
     * "报告提出重点抓好七项工作:" — cut at the clause that opens it, so targets before it in the same sentence stay
     * ("全年要确保…增长14%,重点抓好以下几个方面工作:"); a count or 以下/如下 is needed (切实做好节能减排工作: heads targets).
     */
    // (and "2018年将集中精力抓好九个方面工作:一要…" after a district's list, batch ok's ok04, whose work item was read as a
    // target)
    // (集中精力 and 全力 only after 将, the year's plan announced: "会议要求,全力抓好以下三项工作:一是确保地区生产总值增长7%以上"
    // heads targets — the review of round 31's rules)
    private static final Pattern WORK_LIST = Pattern.compile("(?:^|[。;;\\n,,])\\h*(?=[^。;;\\n,,]{0,20}?(?:重点|着力|突出|切实|将集中精力|将全力)(?:抓好|做好)"
            + "(?:以下|如下|[一二三四五六七八九十几]+(?:个|项|大))[^。;;\\n,,]{0,10}?工作(?:[::]"
            // (or a full stop before its first item: "该县将重点抓好七个方面工作。一是坚定不移统筹发展与安全,…" — a county's
            // 2024 report in a news item, round 48's pt01, whose 卫浴产值150亿元以上 and 25家 were read as targets)
            // (not 第一产业 or 第一季度: "…三个方面工作。第一产业增加值增长3.5%" — the review of round 48's rules)
            + "|。\\h*+(?=一是|一要|一、|第一[,,、是要]|首先))"
            // (or its measures counted: "主要有三方面举措:" after a town's 2012 plan in a speech, round 52's qb05, whose work items
            // were read as targets)
            + "|(?=[^。;;\\n,,]{0,8}?(?:主要|重点)(?:有|是|采取)?(?:以下|如下)?[一二三四五六七八九十几]*+(?:个)?(?:方面|项|条)(?:的)?(?:举措|措施)[::])"
            // (or named as the year's work after the targets: "报告明确2025年重点工作:" over a news summary's work items, a
            // city's 2025 report, batch oi's oi07, whose 500个项目, 9家平台, 3100套 were read as targets)
            // (a heading on its own line: "全年重点任务是:新增城镇就业5万人,…" runs on with targets — the review of round 30's
            // rules)
            + "|[^。;;\\n,,]{0,8}?(?:\\d{4}年|今年|全年)(?:的)?重点(?:工作|任务)(?:是|为|包括)?[::]\\h*+\\n"
            // (or a chapter of work, its heading a sentence and its first item 一是: "…约束性指标。 一、坚持抢抓机遇、保持定力,…。
            // 一是高效率抢抓…" — a city's 2025 plan as one line of a PDF's text, batch oi's oi02)
            // (a slogan of work, with its comma, never a heading of targets: "二、主要经济指标。一是…", "二、稳增长目标。(一)…",
            // "二、重点任务。(一)做大工业经济,规上工业增加值增长9%" stay — the review of round 30's rules)
            + "|[一二三四五六七八九十]{1,3}、(?![^。;;\\n]{0,70}?(?:指标|目标))[^。;;\\n,,]{2,30}+[,,][^。;;\\n]{2,40}+。\\h*+"
            + "(?:一是|[((]一[))]))");
    /** The region's GDP as a share's whole, however written: 全州生产总值, 地区生产总值, 全市GDP. */
    static final String GDP_AS_WHOLE = "(?:全?[国省市区县州旗盟])?(?:地区|国内)?(?:生产总值|GDP)";
    /** A phrase that opens with the share's whole: 占地区生产总值比重…, 占GDP的比重…, 相当于…的. */
    private static final Pattern SHARE_OF_BEFORE = Pattern.compile("^(?:其)?(?:占[^,,;;。\\d]{2,20}?(?:的)?(?:比重|比例|的)"
            + "|相当于" + GDP_AS_WHOLE + "的)");
    /**
     * A sentence that says which indicators are binding and which expected ("上述指标中,单位地区生产总值能耗和主要污染物排放
     * 总量为约束性指标,其余为预期性指标", batch me's me03): it sets nothing, and the targets after it stay.
     */
    private static final Pattern KINDS_DECLARED = Pattern.compile("(?:为|是|属于|列为)(?:约束性|预期性)指标[^\\d]*$");
    /**
     * "其中约束性指标确保完成,预期性指标力争完成" (a district's 2025 plan, batch mg's mg06) as the whole clause: a pledge on
     * the kinds, no target ("…等约束性指标完成省下达任务" is one — the review of batch mg).
     */
    private static final Pattern KINDS_PLEDGED = Pattern.compile("(?:^|[,,;;])\\s*(?:其中)?(?:约束性|预期性)指标(?:要|须|必须|务必)?"
            + "(?:确保|力争|争取)(?:完成|实现)(?:[,,]\\s*(?:约束性|预期性)指标(?:要|须|必须|务必)?(?:确保|力争|争取)(?:完成|实现))?\\s*[。;;]?$");

    /** The dashes that open an item of a list (——), left after the group heading is read. */
    private static final Pattern LEADING_DASH = Pattern.compile("^[—–]+\\s*");
    /** Several subjects, then the word that hands each its own value (分别) or one value to all (均, 都). */
    // (and a cut: "二氧化硫、化学需氧量排放量均削减2%", batch ok's ok06, whose second name was lost)
    private static final Pattern DISTRIBUTOR = Pattern.compile("分别|(?<![人平年])[均都](?=增长|增|达到|提高|下降|降低|削减|减少|压减"
            + "|控制|保持|实现|在|为|稳定|与|同)");
    /** Kept within what is set from above: "控制在省、市下达的目标以内". */
    static final String KEPT_WITHIN_SET = "控制在[^,,;;。]{0,16}?(?:目标|任务|指标)(?:以内|之内|范围内)";
    /** {@link #KEPT_WITHIN_SET} compiled, for a predicate that begins with it. */
    static final Pattern KEPT_WITHIN_SET_START = Pattern.compile(KEPT_WITHIN_SET);
    /**
     * A figureless aim several listed names share, right after the last: "规上工业增加值、社会消费品零售总额增长率与全市目标保持
     * 一致", "固定资产投资和地区生产总值增长率高于全市目标" (a 旗's 2026 aims, batch oc's oc07), "…增速高于全省平均水平" — each
     * name's own target; read as one qualitative target named by the whole list.
     */
    // (and kept within the targets set above, after 等…指标: "城镇登记失业率、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内",
    // a county's report, batch oe's oe03 — group 1, no part of any name's clause)
    // (only after 等…指标: "化学需氧量、二氧化硫排放总量控制在自治区下达指标以内" stays one clause, p19)
    static final Pattern SHARED_AIM = Pattern.compile("(等(?:主要)?(?:约束性|预期性)?指标)(?=" + KEPT_WITHIN_SET + ")"
            + "|(?:增长率|增长速度|增速|增幅)?(?:高于|不低于|快于|与[^,,;;。]{2,12}?(?:保持)?(?:基本)?一致)"
            // (and the task set from above, done: "进出口总额和实际到账外资完成市下达任务" — a district's 2016 report, round
            // 68's rh01; keyed one clause each since, as the README keys names sharing a figureless aim, oc07)
            // (with the rate the names share before it: "化学需氧量、二氧化硫、氨氮和氮氧化物排放量年削减率完成上级下达的年度目标
            // 任务" — a county's 2013 plan notice, round 70's rl02)
            + "|(?:年?削减率|降低率|下降率)?完成(?:[省市县区]|上级)?(?:政府)?下达(?:的)?(?:年度)?(?:目标)?任务");
    /** The one value two names share: a percentage, alone (not 个百分点, not the first of a list of values). */
    private static final Pattern SHARED_PERCENT = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?%(?:左右|以上|以内|以下)?(?![、和及]?\\d)");
    /**
     * Where the shared predicate of a list of names begins when nothing says it is shared: "城镇调查失业率和登记失业率稳定在
     * 4.3%左右" (a city's 2019 targets, batch mi's mi02), "财政收入和城乡居民人均可支配收入与地区生产总值同步增长" (a city's
     * 2017 report, batch mi's mi06).
     */
    private static final Pattern SHARED_PREDICATE = Pattern.compile("增长|下降|降低|提高|稳定在|保持在|控制在|达到|与|同(?=[^,,]{2,12}同步)");
    private static final Pattern HEADING = Pattern.compile("^\\s*[一二三四五六七八九十]+、");
    /** A chapter of a report's work arrangement: 一、…, (一)…, 第一部分 / 第一章. */
    private static final Pattern CHAPTER =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|第[一二三四五六七八九十]+(?:部分|章))");
    /** An introduction that ends in a colon: "2016年全区经济社会发展的预期目标是:". */
    private static final Pattern INTRO = Pattern.compile("^[^::]*(目标|如下|是)[::]");
    /**
     * Words that carry no subject of their own: what remains after removing them decides if a phrase has one (已经:
     * "1-4月已经完成1399.86亿元", 厦门晚报 on a city's 1-4月 table, round 44's pm07, named "1-4月已经").
     */
    private static final Pattern FILLER = Pattern.compile("同比|比上年同期|较上年同期|较去年同期|比上年|较上年|比去年同期|比去年|"
            + "总的看|总体看|总的来看|总体来看|总体上看|综合来看|其中|全区|全市|我市|我区|全县|"
            + "本区|本市|累计|预计|已经|已|实现|完成|达到|达|增长|增幅|增速|增|提高|上涨|下降|减少|降低|回落|控制在|力争|确保|"
            + "左右|以上|以内|以下|不低于|不超过|分别|为|约|共|和|及|、|\\s|[一二三四]季度|上半年|下半年|前三季度|全年"
            // (and the verbs of holding: "农村居民人均可支配收入达21220元以上,增幅保持在9%以上" — a city's 2018 rural aims,
            // round 68's rh04, whose growth was named by nothing)
            + "|保持在|稳定在"
            // (and 突破 before a level: "林业总产值提高11%,突破12亿元的目标" — a city forestry bureau's 2013 aims, round 73's rr03)
            + "|突破");
    // (降到, 降至, 减少到: "贫困发生率降到1.3%" in a province's 2019 图说, batch ot's ot07, named "贫困发生率降到")
    // (the longer verbs first: the group is possessive, so 提高 taken for 提高至 is never given back — "…统一提高至每人每月",
    // rh04, kept its 提高至)
    private static final Pattern TRAILING_VERB = Pattern.compile("(扩大到|扩大至|提高至|提升至|增加至|"
            + "达到|实现|完成|增长|增幅|增速|同比|控制在|提高到|提升到|增加到|降低到|下降到|降到|降至|减少到|减少至|下降至|降低至|"
            + "提高|下降|减少|降低|压减|削减|为|达|增|"
            + "不低于|不少于|不超过|不高于|超过|突破|稳定在|保持在|力争|争取|确保|方面|总计|合计|计划"
            // (and the future's 将 and a verb of reach: "小麦播种面积将稳定在1600万亩", "…覆盖面扩大到80%" — a wire on a
            // region's rural work conference, batch pf's pf08)
            + "|将|超"
            // (and 在 alone before a bound: "肉类总产量在100万吨以上", a city's rural work conference, round 59's qp08)
            + "|(?<![所存现实自内外])在"
            // (and 要 before its verb: "全口径工业开票销售要突破1700亿元" — a city's 2023 aims in a news item, round 63's qx05)
            + "|(?<![主重需紧只还])要"
            // (and a standard's measure per person and its adverb: "城乡低保标准统一提高至每人每月630元" — a city's 2018 rural
            // aims, round 68's rh04)
            + "|每人每[月年]|统一"
            // (and 控制 alone before its bound: "森林采伐限额控制12.65万立方米以内" — a county forestry plan, round 70's rl06)
            + "|(?<=[\\u4e00-\\u9fff]{2})控制)++$");
    /**
     * A verb between a place and the measure it names: "招商北固湾商业街实现税收100万元" (a 街道's 2014 aims in a city paper, round
     * 71's rn02) is the street's 税收, the verb no word of the name.
     */
    private static final Pattern VERB_BEFORE_MEASURE = Pattern.compile("(?<=[\\u4e00-\\u9fff]{2})(?:实现|完成)(?=(?:税收|销售收入|营业收入|利润|利税)$)");
    /** Words before a subject of its own that are not part of its name (其中工业投资, 完成棚户区改造). */
    // (and the region that will do it: "园区将新开工超亿元项目10个" — an industrial park's 2013 targets, batch ny's ny07)
    // (and 将 before the region: "将全区棉花总面积控制在2300万亩左右", pf08)
    // (and 即: opening the list after 奋斗目标: "园区…的奋斗目标,即:全力确保30家企业建成或投产" — round 63's qx01)
    private static final Pattern LEADING_VERB = Pattern.compile("^(即[::]|其中|完成|实现|确保|力争|(?:全[省市区县镇]|园区|开发区|新区|高新区|我[省市区县镇])将"
            // (将 alone is a place's first character as often: 将乐县, 将军乡 — the review of round 41's rules)
            + "|[\\u4e00-\\u9fff]{0,16}?将(?:实现|完成)|将全[省市区县镇]|(?:(?:19|20)\\d{2}年)?[\\u4e00-\\u9fff]{0,6}?计划(?:今年|年内)?将"
            // (and the plan's verb of doing: "计划年内实现工农业生产总值18亿元" — a 镇's 2012 aims in a local paper, round 72's rp01)
            + "|计划(?:今年|年内|全年)?(?:实现|完成)"
            // (and a county's plan to carry out: "2017年师宗县计划实施天保工程人工造林0.5万亩" — a county's forestry aims, round 70's
            // rl08; a place's only, not a part's or a scope's: "开发区计划实施工业投资", "市重点项目计划实施年度投资" — its review)
            // (and the region by 全/我/本: "全区计划实施重点项目50个", "我区计划实施…" — the review of rounds 71–72's rules)
            + "|(?:(?:19|20)\\d{2}年)?(?:[\\u4e00-\\u9fff]{0,5}?[县市镇乡旗]|[全我本][省市区县镇乡旗])计划实施(?=[\\u4e00-\\u9fff]{4})"
            // (and the targets' list named inline: "城厢镇的其他主要指标还包括工业投资增长10%以上" — a town's 2022 aims,
            // round 45's pn06, named "城厢镇的其他主要指标还包括工业投资")
            + "|[\\u4e00-\\u9fff]{0,16}?(?:指标|目标)(?:还)?包括"
            // (and the meeting's decision or the year's plan before a name outside the catalog: "会议确定今年我区实现农业增加值
            // 增长6%以上", "2010年计划实现社会总产值6.7亿元" — round 49's pv03 and pv08, named with those words)
            // (and after a colon, with the future's 将 and striving: "淮滨县提出:2010年将努力实现全县生产总值增长13.5%" — a 县's 2010
            // aims in a daily's commentary, batch op's op03)
            + "|[\\u4e00-\\u9fff]{0,12}?(?:确定|提出|明确)[::]?(?:今年|明年|全年|\\d{4}年)(?:将)?(?:努力)?(?:全|我)?[省市区县镇州旗]?(?:要)?"
            + "(?:实现|完成)?(?:全[省市区县镇])?"
            // (计划 and 要 only before the verb: 计划生育率, 计划免疫, 计划内, 要素, 要闻 are words of names — the review of round
            // 49's rules)
            + "|(?:\\d{4}年|今年|明年|全年|年内)(?:计划|要)(?:实现|完成|(?=新建|改造|开工|建成|新增|引进|实施|培育|争取|投资|推进|建设|打造"
            + "|开展))"
            // (and the field and the striving before a name: "在畜牧精深加工、电子元器件制造等领域新招引产业项目6个以上,努力争取市县级
            // 重点项目4个,力求实现市外到位资金突破2亿元" — a town's 2025 aims at a news conference, round 50's px05)
            // (在 only before a list ending in 等…领域, and no 申报: 在线教育行业, 在民营经济领域税收收入, 申报专利数量 are names — the
            // review of round 50's rules)
            // (在 as a preposition only: 在线, 在建, 在校, 在岗 are words of names — the review of round 51's rules)
            + "|在(?![线建校岗职途库册])[^,,。;;]{2,30}?等(?:领域|方面|行业)|努力争取|力求实现|力求)++");
    /**
     * A share written with two names (服务业增加值占地区生产总值比重, 税收收入占一般公共预算收入比重): its own
     * indicator, never the denominator's, unless the catalog knows the whole name. 相当于 only of the region's GDP:
     * "农民人均纯收入相当于全省平均水平的90%" is a ratio to an average, no share.
     */
    private static final Pattern SHARE = Pattern.compile("^(.{2,20}?)(?:占(.{2,20}?)(?:(?:的)?(?:比重|比例)|的(?=\\d|$))"
            + "|相当于" + GDP_AS_WHOLE + "的(?=\\d|$))");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、和及]");
    /** A name and the word of its growth, nothing else: 规上工业产值增幅, 限上社零额同比增长. */
    // (not a second growth of the same indicator: 实际增长5%, 两年平均增长5.5%, 现价增速8% — the review of batch mi)
    /**
     * A rate named with its own verb after a figure: "确保新一轮建档立卡经济薄弱村脱贫率达80%以上、低收入农户累计脱贫率在90%以上"
     * (rh04, whose second rate was taken into the first's clause).
     */
    // (a rate of four characters or more before 率: a bare 参保率 or 处理率 after a count is that count's rate, whose subject the
    // item before holds — left in its clause, its figure warned, as before; the review of rounds 68–69's rules)
    private static final Pattern OWN_RATE = Pattern.compile("[^\\d、,,;;。]{4,16}?率(?:达到|达|在|为|保持在|稳定在)");
    private static final Pattern OWN_GROWTH = Pattern.compile("(?!实际|名义|现价|可比|按|两年|三年|年均|平均|同比|其中)"
            + "[^\\d、,,;;。]{2,16}?(?:同比)?(?:增幅|增速|增长)(?:达到|为)?");

    private final IndicatorCatalog catalog;

    public StatementSplitter(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The statements of {@code text}; phrases that cannot belong to any statement become warnings. */
    public List<Statement> split(String text, List<ParseWarning> warnings) {
        List<Statement> statements = new ArrayList<>();
        String normalised = RESPONSIBILITY.matcher(ChineseText.normalise(text)).replaceAll("");
        for (String line : joinBrokenClauses(normalised.split("\\R"))) {
            if (NOTE_LINE.matcher(line).find()) {
                // (a paragraph a page ran into the note stays: "备注:以上数据来源于…,如有不准确之处,请及时反馈。 初步核算,2020年
                // 西藏地区生产总值1902.74亿元,…" — a mirror of a region's 2020 results, round 47's ps10, read nothing)
                Matcher after = AFTER_NOTE.matcher(line);
                if (!after.find()) {
                    continue;
                }
                line = line.substring(after.end());
            }
            if (isHeading(line)) {
                continue;
            }
            for (String sentence : ChineseText.splitOutsideBrackets(line, "。;;")) {
                if (KINDS_DECLARED.matcher(sentence).find() && !sentence.matches(".*\\d.*")) {
                    continue;
                }
                Matcher pledged = KINDS_PLEDGED.matcher(sentence.trim());
                if (pledged.find()) {
                    // the pledge ends the sentence; the clauses before it (安排如下(见附表)) stay
                    sentence = sentence.trim().substring(0, pledged.start());
                }
                String unnumbered = ENUMERATOR.matcher(sentence.trim()).replaceFirst("").trim();
                String clause = stripIntro(unnumbered);
                if (unnumbered.length() < sentence.trim().length()) {
                    clause = withoutItemLabel(clause);
                }
                clause = ENUMERATOR.matcher(clause).replaceFirst("").trim();
                clause = GROUP_HEADING.matcher(clause).replaceFirst("").trim();
                // "——完成自治区和盟下达的节能减排任务。" (a 旗's 2014 report, batch f's f04): the dash opens the item
                clause = LEADING_DASH.matcher(clause).replaceFirst("").trim();
                if (!clause.isEmpty()) {
                    splitSentence(clause, statements, warnings);
                }
            }
        }
        return statements;
    }

    /**
     * Lines as the author meant them: a line that breaks off inside a clause ("8. 居民消费价格涨幅控制" followed by
     * "在3%左右;") — no closing punctuation and no figure yet — continues on the next line, unless that one starts a
     * numbered item of its own.
     */
    static List<String> joinBrokenClauses(String[] lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder pending = null;
        for (String line : lines) {
            if (pending != null) {
                if (line.isBlank() || ENUMERATOR.matcher(line).find()) {
                    joined.add(pending.toString());
                    pending = null;
                } else {
                    pending.append(line.trim());
                    line = pending.toString();
                    pending = null;
                }
            }
            String body = ENUMERATOR.matcher(line).replaceFirst("").trim();
            boolean broken = BROKEN_OFF.matcher(body).find() && firstDigitOutsideBrackets(body) == body.length();
            if (broken) {
                pending = new StringBuilder(line);
            } else {
                joined.add(line);
            }
        }
        if (pending != null) {
            joined.add(pending.toString());
        }
        return joined;
    }

    /** A line that ends on a character a sentence or a phrase can end with: no hard wrap after it. */
    private static final Pattern ENDS_PHRASE = Pattern.compile("[。;;,,::、!?!?))”\"】》]\\s*$");
    /** The fewest characters a hard-wrapped line has, and how much shorter than the longest it may be. */
    private static final int WRAP_MIN_LENGTH = 20;
    private static final int WRAP_SLACK = 4;
    /** The width (half-width columns) from which lines are compared by width too: about 30 Chinese characters. */
    private static final int WRAP_MIN_COLUMNS = 60;

    /**
     * A paragraph copied from a PDF, hard-wrapped at a fixed width ("…;城镇居民人均可" / "支配收入增长10%…"): lines are
     * cut where the width ends, inside a word and between a name and its figure. A line as long as the longest (within
     * {@value #WRAP_SLACK} characters) that ends on no punctuation joins the next, unless that one is blank or starts a
     * numbered item. It takes two such lines to call a text hard-wrapped, so that a list written one target a line
     * without punctuation keeps its lines; a table row (cells apart by | or spaces) is never joined. Notices are
     * unwrapped the same way (a 2012 county 经济运行 page wrapped inside numbers, "126.6" / "亿元", "增长15." / "6%").
     */
    public static String unwrapHardWrapped(String text) {
        String[] lines = text.split("\\R", -1);
        // the width is that of the lines that may be wrapped: a paragraph typed on one line before the wrapped ones (a
        // county news page's opening sentence, batch x's x08) ends on punctuation and sets no width
        int width = 0;
        int columns = 0;
        for (String line : lines) {
            String l = line.strip();
            // (nor a line with no Chinese in it: the page's address over a gazetteer's wrapped text, batch nb's nb02,
            // was wider than its lines and none of them was joined)
            if (!ENDS_PHRASE.matcher(l).find() && !l.contains("|") && !l.contains("\t") && ChineseText.countCjk(l) > 0) {
                width = Math.max(width, l.length());
                columns = Math.max(columns, columns(l));
            }
        }
        boolean[] wrapped = new boolean[lines.length];
        int count = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            // as long as the longest by its characters or by the width they take (digits are half as wide)
            wrapped[i] = line.length() >= WRAP_MIN_LENGTH
                    && (line.length() >= width - WRAP_SLACK
                            // by width only for a page's width of lines (a list typed one target a line is not wrapped)
                            || columns >= WRAP_MIN_COLUMNS && columns(line) >= columns - 2 * WRAP_SLACK)
                    && !ENDS_PHRASE.matcher(line).find() && !line.contains("|") && !line.contains("  ")
                    && !line.contains("\t") && !lines[i + 1].isBlank() && !ENUMERATOR.matcher(lines[i + 1]).find()
                    && !ROW_NUMBER_ALONE.matcher(lines[i + 1]).matches()
                    // a short line cut inside a number, at a page's end ("…增长5." / "5%;", batch a's a10)
                    || !line.contains("|") && !line.contains("\t") && insideNumber(line, lines[i + 1].strip());
            count += wrapped[i] ? 1 : 0;
        }
        if (count < 2) {
            return unwrapBrokenClauses(text);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(wrapped[i] ? lines[i].strip() : lines[i]);
            if (!wrapped[i] && i + 1 < lines.length) {
                out.append('\n');
            } else if (wrapped[i]) {
                lines[i + 1] = lines[i + 1].strip();
            }
        }
        // lines shorter than the width may still be cut inside a clause (a page's last lines, batch a's a10:
        // "…社会消费品零售总额增长" / "6%;…")
        return unwrapBrokenClauses(out.toString());
    }

    /**
     * The width a line takes on the page, in half-width columns: a Chinese character two, a digit or Latin letter one.
     * A PDF wraps at a width, not at a count of characters: "…国内生产总值达到32.5亿元,增" and "长12%以上;…增长25%;社"
     * are the same width with 38 and 43 characters (a county's 2006 report, batch ma's ma10, whose GDP growth was cut
     * off when lines were compared by their length).
     */
    static int columns(String line) {
        return line.codePoints().map(c -> c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 ? 2 : 1).sum();
    }

    /** The words after a line's last punctuation: the clause the line ends with. */
    private static final Pattern LAST_CLAUSE = Pattern.compile("[^。;;,,::、!?!?]*$");
    private static final Pattern OPENS_ITEM = Pattern.compile("^\\s*(?:[—\\-–●·•■◆]|[((【]|第[一二三四五六七八九十\\d]+|"
            + "[一二三四五六七八九十]+[是、.]|\\d{1,2}[.、.)](?!\\d))");

    /**
     * A clause broken by a line end in a text whose lines end on punctuation (a list of "——…;" items, a paragraph
     * copied from a PDF or printed across a page): "——万元GDP能耗下" / "降3.2%", "一般公共预算收" / "入达到18.6亿元",
     * "实际利用外资达到2." / "35亿美元", "粮食产量稳定" / (page number and running header) / "在9.5亿斤以上" (batch y's
     * y01, y06, y10: each was read as a qualitative "target" and a figure without a name, or as 2 亿美元, silently).
     * Such a line ends on no punctuation, its last clause has no figure yet (or it ends inside a number, "2."), and the
     * next line opens no item; it joins the next line. A list written one target a line without punctuation keeps its
     * lines: its lines do not mostly end on punctuation.
     */
    static String unwrapBrokenClauses(String text) {
        String[] lines = text.split("\\R", -1);
        int punctuated = 0;
        int open = 0;
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty() && !l.contains("\t") && !l.contains("|")) {
                if (ENDS_PHRASE.matcher(l).find()) {
                    punctuated++;
                } else {
                    open++;
                }
            }
        }
        if (punctuated == 0 || open > punctuated) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            String previous = i > 0 ? lines[i - 1].strip() : "";
            if (brokenClause(line.strip(), next.strip()) && !newsSubheading(previous, line.strip(), next.strip())) {
                out.append(line.stripTrailing());
                lines[i + 1] = next.strip();
            } else {
                out.append(line);
                if (i + 1 < lines.length) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * A line that is only a number: the 序号 cell of a table copied one cell a line ("1" / "地区生产总值增长14%" /
     * "完成212.6亿元,…", batch b's b06), which no wrapped line goes on with.
     */
    private static final Pattern ROW_NUMBER_ALONE = Pattern.compile("^\\s*\\d{1,3}\\s*$");

    /** An item's own number before its words: "(4)", "4.", "4、", "(四)". */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(?:[((][\\d一二三四五六七八九十]+[))]|\\d{1,2}[.、.](?!\\d))");

    /**
     * A line cut inside a number: it ends on a decimal point ("增长5." / "5%") or on the first digits after a verb or
     * name ("达到1" / "28.6亿元", batch a's a02), and the next line goes on with digits.
     */
    private static boolean insideNumber(String line, String next) {
        if (next.isEmpty() || !Character.isDigit(next.charAt(0)) || next.contains("|") || next.contains("\t")
                || ENUMERATOR.matcher(next).find() || ROW_NUMBER_ALONE.matcher(next).matches() || A_YEAR.matcher(next).lookingAt()) {
            return false; // "…增长8" / "2.固定资产投资…" opens an item; "附件1" / "2019年…" starts a title
        }
        return line.matches(".*\\d\\.$")
                || line.matches(".*[\\u4e00-\\u9fff]\\d{1,3}$") && NUMBER_GOES_ON.matcher(next).lookingAt();
    }

    /** A year opening a line: "2019年全区主要经济指标…". */
    private static final Pattern A_YEAR = Pattern.compile("\\d{4}年");
    /** The rest of a number cut after its first digits, then its unit: "28.6亿元", "5%". */
    private static final Pattern NUMBER_GOES_ON = Pattern.compile("(?<![\\d.])\\d*+(?:\\.\\d++)?(?:%|‰|亿|万|元|个|家|人|件|吨|户|倍|岁|斤|公里)");

    /**
     * A numbered section's heading: "二、经济社会发展的主要预期目标", "(一)总体要求" (a city's 2022 plan, batch nd's nd04, whose
     * heading was joined to the targets under it and its guiding principles read as targets) — a title, no broken clause.
     */
    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}+、|[((][一二三四五六七八九十]{1,3}+[))])"
            + "[^,,。;;\\d]{0,24}(?:目标|指标|要求|任务|思路)");

    private static boolean brokenClause(String line, String next) {
        if (line.isEmpty() || next.isEmpty() || ENDS_PHRASE.matcher(line).find() || line.contains("\t")
                || line.contains("|") || next.contains("\t") || next.contains("|") || OPENS_ITEM.matcher(next).find()
                || ROW_NUMBER_ALONE.matcher(next).matches()
                || ENUMERATOR.matcher(next).find() || NEWS_SUBHEADING.matcher(line).matches()
                || SECTION_HEADING.matcher(line).matches()) {
            return false;
        }
        if (insideNumber(line, next)) {
            return true; // inside a number: "2." / "35亿美元", "达到1" / "28.6亿元"
        }
        Matcher tail = LAST_CLAUSE.matcher(line);
        // "(4)社会消费品零" / "售总额增长9.5%左右;" (batch a's a02): the item's number is no figure of the clause
        String clause = ITEM_NUMBER.matcher(tail.find() ? tail.group() : line).replaceFirst("");
        return ChineseText.countCjk(clause) >= 2 && !clause.matches(".*\\d.*")
                && !ENDS_PHRASE.matcher(next.substring(0, 1)).find();
    }

    private boolean isHeading(String line) {
        if (!HEADING.matcher(line).find()) {
            return false;
        }
        String rest = HEADING.matcher(line).replaceFirst("");
        return !rest.contains("%") && catalog.findFirst(rest).isEmpty() && !rest.matches(".*[。;;].*");
    }

    /**
     * "今年经济社会发展的主要预期目标是:" introduces the targets: what a report says before it (last year's results, the
     * year's significance) is narrative, not targets, and is left out. Text without such an introduction is read whole.
     */
    public static String afterIntroduction(String text) {
        return afterIntroduction(Introduction.of(text));
    }

    /**
     * A text with where its year's introduction ends ({@link #yearsIntroduction}), normalised once for the several
     * readings of it: normalising (ICU's transliteration and some hundred patterns) is most of reading a long paste.
     *
     * @param text       the text as given
     * @param normalised {@link ChineseText#normalise(String)} of it
     * @param end        where the introduction ends in {@code normalised}, or -1 for none
     */
    record Introduction(String text, String normalised, int end) {

        static Introduction of(String text) {
            String normalised = ChineseText.normalise(text);
            return new Introduction(text, normalised, yearsIntroduction(normalised));
        }
    }

    /** A numbered item's label that ends in a colon: "1. 经济发展目标:", "(二)脱贫攻坚目标:". */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^\\h*+(?:\\d{1,2}[.、.]|[((][一二三四五六七八九十\\d]{1,3}[))])"
            + "\\h*+[^,,。;;::\\d]{2,10}目标[::]\\h*+");

    /** A label that introduces the year's targets: "(一)主要预期目标:", "(一)发展目标:" — the list's introduction. */
    private static final Pattern GENERIC_LABEL = Pattern.compile("(?:^|[^\\u4e00-\\u9fff])(?:主要预期|主要|预期|发展|总体|奋斗|年度)目标[::]");
    /** A later item labelled as a target too: "2. 脱贫攻坚目标:" after "1. 经济发展目标:" (oe05). */
    private static final Pattern NEXT_LABELLED_ITEM = Pattern.compile("\\n\\h*+(?:\\d{1,2}[.、.]|[((][一二三四五六七八九十\\d]{1,3}[))])"
            + "\\h*+[^,,。;;::\\d\\n]{2,10}目标[::]");

    /** {@link #afterIntroduction(String)} of a text whose introduction is found already. */
    static String afterIntroduction(Introduction introduction) {
        String text = introduction.text();
        String normalised = introduction.normalised();
        int end = introduction.end();
        // (a heading's introduction ends with its line: its list is paragraphs under it, not a sentence run on after it;
        // so does an introduction whose colon ends its line — "主要预期目标:" over one target a paragraph, a city's report
        // in a paper's digest, batch nq's nq05, of which only the first was read)
        if (end < 0) {
            return text;
        }
        int lineEnd = normalised.indexOf('\n', end);
        int lineStart = normalised.lastIndexOf('\n', end - 1) + 1;
        if (NUMBERED_LABEL.matcher(normalised.substring(lineStart, end)).matches()
                && !GENERIC_LABEL.matcher(normalised.substring(lineStart, end)).find()
                && NEXT_LABELLED_ITEM.matcher(normalised.substring(Math.max(lineEnd, end))).find()) {
            // "1. 经济发展目标:国内生产总值…" / "" / "2. 脱贫攻坚目标:确保…" (a 解读 page, batch oe's oe05): the colon is
            // the first item's label, not the list's introduction — the list is the numbered items from this line on (the
            // items after the first, past a blank line, were lost without a word)
            String list = introducedList(normalised.substring(lineStart), true, false);
            return list + laterList(normalised, end, list);
        }
        boolean colonEndsItsLine = lineEnd > 0 && normalised.substring(end, lineEnd).isBlank();
        String list = introducedList(normalised.substring(end), normalised.charAt(end - 1) == '\n', colonEndsItsLine);
        return list + laterList(normalised, end, list);
    }

    /**
     * The list of a later introduction in a news item whose first quoted the targets in part and went on with the
     * reporter's words: "报告提出,2013年…主要预期目标:全省生产总值增长11%左右。" / "报告首先总结了过去五年…" / "报告明确提出
     * 了2013年…主要预期目标:全省生产总值增长11%左右;地方公共财政收入增长12%;…" (a province's 2013 report, batch no's no08) —
     * read after a list that ended at such a paragraph ({@link #NEWS_PARAGRAPH}); empty otherwise.
     */
    private static String laterList(String normalised, int end, String list) {
        String[] listLines = list.strip().split("\\R");
        int listEnd = normalised.indexOf(listLines[listLines.length - 1], end);
        if (list.isBlank() || listEnd < 0) {
            return "";
        }
        listEnd += listLines[listLines.length - 1].length();
        int nextLine = normalised.indexOf('\n', listEnd);
        if (nextLine < 0 || !NEWS_PARAGRAPH.matcher(normalised.substring(nextLine + 1)).lookingAt()) {
            return "";
        }
        Matcher later = TARGETS_INTRODUCED.matcher(normalised);
        later.region(nextLine, normalised.length());
        while (later.find()) {
            String rest = normalised.substring(later.end());
            String restOfLine = rest.split("\\R", 2)[0].strip();
            if (!FIGURES_ONLY.matcher(restOfLine).matches() && !REVIEW_HEADING.matcher(lineBefore(normalised, later.start())).find()
                    && !FIVE_YEAR.matcher(sentenceBefore(normalised, later.start())).find()) {
                return "\n" + introducedList(rest, normalised.charAt(later.end() - 1) == '\n', restOfLine.isEmpty());
            }
        }
        return "";
    }

    /**
     * {@code text} less the lists of the year's work, with no figure, under their heading ("2010年8大工作重点" over "■全面推进灾后恢复重建,
     * 基本完成目标任务" …, batch mv's mv01, a text without an introduction whose eight lines were read as targets): the
     * heading and the list lines right under it, taken before hard wraps are joined (the last line of such a list ran on
     * into the next paragraph); and a line of last year's results in a 去年/今年 digest ("去年:投资消费强劲拉动。全社会固定
     * 资产投资12020.7亿元,增长58.1%。…", the same page, beside "今年:…力争到位国内省外资金5000亿元").
     */
    public static String withoutWorkLists(String text) {
        String[] lines = text.split("\\R", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (LAST_YEAR_LINE.matcher(lines[i]).lookingAt()) {
                // (what it says of this year stays: "去年:…增长8.1%;今年目标:地区生产总值增长7.5%左右" — the review)
                int thisYear = lines[i].indexOf("今年");
                if (thisYear > 0) {
                    kept.add(lines[i].substring(thisYear));
                }
                continue;
            }
            if (!WORK_HEADING.matcher(lines[i]).matches()) {
                kept.add(lines[i]);
                continue;
            }
            // (the list under a heading only: scanned from every line, 5,000 lines of "一、" took 5 s — the trial of
            // 2026-12-04)
            int end = i + 1;
            while (end < lines.length && LIST_LINE.matcher(lines[end]).lookingAt()) {
                end++;
            }
            boolean figures = false;
            for (int k = i + 1; k < end; k++) {
                figures |= DIGIT.matcher(lines[k]).find();
            }
            if (figures) {
                // (a list of figures under "2024年重点任务" is targets: 1.地区生产总值增长6% … — the review)
                kept.add(lines[i]);
                continue;
            }
            i = end - 1;
        }
        return kept.equals(List.of(lines)) ? text : String.join("\n", kept);
    }

    /**
     * The sentences before the year's introduction that state targets of their own: "报告又提出今(2024)年经济社会发展的各项
     * 预期目标,包括预期今年GDP增长6%,…,外贸进出口总额增长2%等" in a news item's lead, before the report's own "主要预期目标是:"
     * list (a prefecture's 2024 report, batch mv's mv02, whose 外贸 target was only in the lead): not read, so that last
     * year's results before an introduction stay unread, but named for the office to check. Empty without an introduction.
     */
    public static List<String> targetsBeforeIntroduction(String text) {
        return targetsBeforeIntroduction(Introduction.of(text));
    }

    /** {@link #targetsBeforeIntroduction(String)} of a text whose introduction is found already. */
    static List<String> targetsBeforeIntroduction(Introduction introduction) {
        String normalised = introduction.normalised();
        int end = introduction.end();
        if (end < 0) {
            return List.of();
        }
        String before = normalised.substring(0, end);
        Matcher boundary = LAST_SENTENCE.matcher(before);
        before = boundary.find() ? before.substring(0, boundary.start() + 1) : "";
        List<String> found = new ArrayList<>();
        EARLIER_TARGETS.matcher(before).results().forEach(r -> found.add(r.group().strip()));
        HEADLINE_AIM.matcher(normalised.substring(0, Math.max(0, before.length() - 1) + 1)).results()
                .forEach(r -> found.add(r.group().strip()));
        return found;
    }

    /**
     * A news item's subheading that quotes one aim of the year on a line of its own before the list: "展望2018 / 力争城镇化率
     * 达到45% / 报告中指出,2018年全区…主要预期目标是:…" (a district's 2018 report, batch ok's ok04, whose 城镇化率 was in the
     * lead and this line only).
     */
    /** Whether {@code line} is such a subheading, whole. */
    public static boolean isHeadlineAim(String line) {
        Matcher m = HEADLINE_AIM.matcher("\n" + line + "\n");
        return m.find() && m.group().strip().equals(line.strip());
    }

    private static final Pattern HEADLINE_AIM = Pattern.compile("(?<=^|\\n)\\h*+(?:力争|确保|争取)[^,,。;;\\n\\d]{2,20}?"
            + "(?:达到|增长|突破|控制在|稳定在|保持在)\\d+(?:\\.\\d+)?(?:%|亿元|万元|万人|元|万吨|吨|万亩)(?:左右|以上|以内)?\\h*+(?=\\n)");

    /** The sentence a text ends in, with the mark that ends the one before it. */
    private static final Pattern LAST_SENTENCE = Pattern.compile("[。;;\\n][^。;;\\n]*+$");

    /**
     * A sentence that sets out the year's targets and gives figures after them: "…提出…预期目标,包括…增长6%" — a verb that
     * proposes them (提出, 确定, 明确, 部署, 建议, 安排, 设定) before 预期目标, and none of a review's words: last year's, a year's
     * results against its targets ("2023年,全市上下紧扣年初预期目标,地区生产总值增长6.1%", "今年以来…围绕年度预期目标", "好于
     * 预期目标", "实际增长" — the review of batch mv's rules, where a report's review section warned once a sentence).
     */
    private static final Pattern EARLIER_TARGETS = Pattern.compile("(?<=^|[。;;\\n])(?![^。;;\\n]*(?:去年|上年|前年|过去|一年来|以来|年初"
            + "|十[一二三四五六]五|时期|完成|实现|实际|顺利|相比|好于|高于|低于|超过|紧扣|围绕|对照))"
            + "[^。;;\\n]{0,40}?(?:提出|确定|明确|部署|建议|安排|设定|今年|今\\(\\d{4}\\)年)[^。;;\\n]{0,24}?预期目标[^。;;\\n]{0,20}?(?:包括|有|是|为|[::,,])"
            + "[^。;;\\n]{0,200}?(?:增长|达到|控制在|下降|提高)[^。;;\\n\\d]{0,4}\\d[^。;;\\n]*+");

    /**
     * Where the year's introduction ends, or -1 for none: the first "主要预期目标是:" whose sentence is not about the
     * five-year plan ("'十四五'时期…主要目标是:", "到2025年…"), which a report of a plan's first year states before
     * the year's own targets (trial: a 2021 report read the 十四五 goals as 2021's). A five-year introduction is taken
     * only when it is the only one.
     */
    /** Figures with no name after an introduction, to the line's end: "确保22%,力争30%". */
    private static final Pattern FIGURES_ONLY = Pattern.compile("(?<![\\d.])(?:(?:确保|力争|争取)?+(?:增长)?+\\d++(?:\\.\\d++)?+%"
            + "(?:左右|以上)?+[,,、;;]?+\\s*+){1,20}+[。.]?+\\s*+");

    static int yearsIntroduction(String normalised) {
        Matcher m = TARGETS_INTRODUCED.matcher(normalised);
        int first = -1;
        while (m.find()) {
            int lineEnd = normalised.indexOf('\n', m.end());
            String restOfLine = normalised.substring(m.end(), lineEnd < 0 ? normalised.length() : lineEnd).strip();
            if (FIGURES_ONLY.matcher(restOfLine).matches()) {
                // "兰州新区今年GDP增长预期目标:确保22%,力争30%" (a news headline, batch nu's nu03): figures whose subject came
                // before the introduction's words — the list is a later introduction's
                continue;
            }
            if (first < 0) {
                first = m.end();
            }
            if (REVIEW_HEADING.matcher(lineBefore(normalised, m.start())).find()) {
                // "一、2023年计划执行情况" / "(一)主要预期目标" / last year's results: the review's, not the year's (the
                // review of batch mz's rules)
                continue;
            }
            if (!FIVE_YEAR.matcher(sentenceBefore(normalised, m.start())).find()) {
                return laterYearsHeading(normalised, m);
            }
        }
        return first >= 0 ? first : latestYearAlone(normalised);
    }

    /** A year alone as a heading, ended by a colon and its line: "2003年:" (after a sentence's 。 or at a line's start). */
    // (after a title its line was joined to, "××市两会报道2003年:" — the review of this round's rules)
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:^|[。\\n])[^\\n,,。;;::\\d]{0,30}?((?:19|20)\\d{2})年[::][ \\t]*+(?=\\n)");

    /**
     * In a text with no introduction, the end of the latest of two or more years alone as headings: a news item's
     * "2003年:" over last year's results, then "2004年:" over this year's plans (a city's 2004 reports in a paper,
     * batch nb's nb04, whose 2003 results were read as targets); -1 with fewer than two.
     */
    private static int latestYearAlone(String normalised) {
        Matcher y = YEAR_ALONE.matcher(normalised);
        int latest = -1;
        int end = -1;
        int headings = 0;
        while (y.find()) {
            headings++;
            int year = Integer.parseInt(y.group(1));
            if (year > latest) {
                latest = year;
                end = y.end();
            }
        }
        return headings >= 2 ? end : -1;
    }

    /**
     * Where a heading introduction ends, or a later introduction's of a later year: "2024年主要预期目标" over last year's
     * results in a plan report's first chapter, then "二、2025年主要预期目标" over the year's (the review of batch mi's
     * rules), or "2025年,全市…主要预期目标是:".
     */
    private static int laterYearsHeading(String normalised, Matcher m) {
        int end = m.end();
        Integer year = headingYear(m.group());
        if (year == null) {
            return end;
        }
        while (m.find()) {
            Integer later = headingYear(m.group());
            if (later == null && !FIVE_YEAR.matcher(sentenceBefore(normalised, m.start())).find()) {
                // (or an introduction in a sentence of a later year: "2023年主要预期目标" over last year's targets, then
                // "2024年,全市…主要预期目标是:" — the review of batch mz's rules)
                Matcher y = STATED_YEAR.matcher(sentenceBefore(normalised, m.start()) + m.group());
                while (y.find()) {
                    later = Integer.valueOf(y.group(1));
                }
            }
            if (later != null && later > year) {
                year = later;
                end = m.end();
            }
        }
        return end;
    }

    /** The year of an introduction that is a heading line of its own ("二、2025年主要预期目标"), else null. */
    private static Integer headingYear(String introduction) {
        Matcher y = STATED_YEAR.matcher(introduction);
        return !introduction.contains(":") && !introduction.contains(":") && !introduction.endsWith("是")
                && !introduction.endsWith("为") && y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /**
     * The year a text states for its targets ("2016年全区经济社会发展的预期目标是" → 2016), or null when its
     * introduction names none.
     */
    public static Integer statedYear(String text) {
        return statedYearOfNormalised(ChineseText.normalise(text));
    }

    /** As {@link #statedYear} of a text already normalised ({@link ChineseText#normalise}). */
    static Integer statedYearOfNormalised(String normalised) {
        int end = yearsIntroduction(normalised);
        if (end < 0) {
            return null;
        }
        Matcher y = STATED_YEAR.matcher(sentenceBefore(normalised, end));
        Integer year = null;
        while (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        return year;
    }

    /** A heading of a review of last year: 执行情况, 完成情况, 回顾, 总结, 去年, 上年. */
    private static final Pattern REVIEW_HEADING = Pattern.compile("执行情况|完成情况|回顾|总结|去年|上年");

    /**
     * The line before the one {@code position} is on, when {@code position} opens its line (blank lines skipped); else
     * empty — only a heading line of its own has a line above it that heads its section.
     */
    private static String lineBefore(String text, int position) {
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        if (!text.substring(lineStart, position).isBlank()) {
            return "";
        }
        int end = lineStart - 1;
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            end = start - 1;
        }
        return "";
    }

    /**
     * The text from a later paragraph's own introduction of the year's targets, or null: "…今年浦东新区经济发展的主要预期目标是:
     * 地区生产总值增长8%以上、突破1万亿元。/ …/ 据杭迎偉介紹,2018年浦東經濟社會發展的主要預期目標是:地區生產總值增長8%以上、
     * 突破1萬億元,一般公共預算收入…" (a wire on a new district's 2018 report, batch op's op02: the lead gives one target, the
     * body the whole list, six of whose targets were lost without a word).
     */
    static String afterALaterIntroduction(Introduction introduction) {
        if (introduction.end() < 0) {
            return null;
        }
        String normalised = introduction.normalised();
        Matcher m = TARGETS_INTRODUCED.matcher(normalised);
        // (the next paragraph's, not one inside the list's own paragraph)
        int paragraphEnd = normalised.indexOf('\n', introduction.end());
        if (paragraphEnd < 0 || !m.find(paragraphEnd)) {
            return null;
        }
        String sentence = sentenceBefore(normalised, m.start());
        return FIVE_YEAR.matcher(sentence).find() || REVIEW_HEADING.matcher(lineBefore(normalised, m.start())).find() ? null
                : normalised.substring(sentenceStart(normalised, m.start()));
    }

    private static int sentenceStart(String text, int position) {
        return Math.max(Math.max(text.lastIndexOf('。', position - 1), text.lastIndexOf('\n', position - 1)),
                text.lastIndexOf(';', position - 1)) + 1;
    }

    /**
     * Whether the introduction a text's targets follow is a five-year plan's ("“十四五”时期经济社会发展的主要目标是:"): taken
     * only when the text has no year's introduction, and then its goals are no year's targets (a break-it trial read them
     * as the year's without a word).
     */
    static boolean fiveYearsIntroduction(Introduction introduction) {
        return introduction.end() >= 0 && FIVE_YEAR.matcher(sentenceBefore(introduction.normalised(), introduction.end())).find();
    }

    private static String sentenceBefore(String text, int position) {
        return text.substring(sentenceStart(text, position), position);
    }

    /** Words of a five-year plan's goals (十四五, 五年, 到2025年, 2035年远景). */
    private static final Pattern FIVE_YEAR = Pattern.compile("十[一二三四五六七八九]五|五年|到20\\d{2}年|远景");
    private static final Pattern STATED_YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    /**
     * What an introduction introduces, and no more — a whole report goes on after its targets with the year's work
     * ("一、加快第三产业发展,彰显城市竞争优势。我们将…力争第三产业达到全区经济总量的75%以上"), whose figures are
     * commitments, not the year's expected targets. Targets written on the introduction's own line
     * ("预期目标是:地区生产总值增10%,…") end with their paragraph (a blank line) or at a chapter heading of the work
     * arrangement (一、, (一), 第一部分); a list under an introduction that ends in its colon runs over its items,
     * blank lines between them included, and ends at the first paragraph after a blank line that is no list item, or
     * at a chapter heading of another kind than its first item's. Source: the 2015 district report seed, where the
     * targets paragraph sits between the review of 2015 and the seven chapters of 2016's work.
     *
     * @param afterIntroduction the text after the introduction's colon (or 是/为), normalised
     * @return the lines of the introduced targets, each ending in a line break
     */
    /** The title of a table of targets: words and a year, ending in 主要指标 / 主要预期目标 / 指标表 (计划, 草案). */
    private static final Pattern TABLE_TITLE = Pattern.compile("^[^\\d。;;,,::]{0,30}(?:\\d{4}年)?[^\\d。;;,,::]{0,30}"
            + "(?:主要(?:预期)?(?:指标|目标)|指标表|目标表)(?:计划)?(?:\\((?:草案|预期)\\))?(?:表)?$");

    /** The heading of the year's work on a line of its own: 今年重点工作, 2025年主要任务, 重点工作. */
    // (and their count: "2010年8大工作重点" over eight ■ lines of work, a newspaper's digest of a province's 2010 report, batch
    // mv's mv01)
    private static final Pattern WORK_HEADING = Pattern.compile("^\\s*+[■●◆□▲★]?\\s*+(?:今年|明年|\\d{4}年)?(?:的)?"
            + "(?:[\\d一二三四五六七八九十]{1,2}(?:大|项))?(?:重点工作|主要任务|重点任务|工作重点)\\s*$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** The longest paragraph read as one target with a figure ("城镇新增就业1.1万人。") under a heading of targets. */
    private static final int SHORT_TARGET = 60;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[,,。;;]");
    /** A line that names a year or a part of one is no item of the year's list ("2023年全市地区生产总值增长5.1%" — the review). */
    private static final Pattern FIVE_YEAR_GOAL = Pattern.compile("十[一二三四五六七]五|年均|五年");
    /** A paragraph opening on a year's estimates: "2014年,桃源镇全年预计完成…", "去年全市预计实现…". */
    private static final Pattern ESTIMATES_PARAGRAPH = Pattern.compile("^\\s*+(?:(?:19|20)\\d{2}年|去年|上年)[,,]?[^,,。;;\\n\\d]{0,12}?"
            + "(?:全年)?预计");
    private static final Pattern NAMES_A_TIME = Pattern.compile("(?:19|20)\\d{2}年|上半年|一季度|前三季度|去年|上年|过去|\\d{1,2}月");
    /** A line of a digest that gives last year's results: "去年:…", "上年:…". */
    private static final Pattern LAST_YEAR_LINE = Pattern.compile("^\\s*+(?:去年|上年|过去一年)\\s*+[::]");
    /** A line of a list: a bullet or a number first. */
    private static final Pattern LIST_LINE = Pattern.compile("^\\s*+(?:[■●◆□▲★·•\\-—]|\\d{1,2}[.、.]|[((]?[一二三四五六七八九十]{1,2}[、))])");

    /**
     * "…城镇登记失业率4.5%以内,…,贫困县全部摘帽等。" — a list written on its introduction's line and closed by 等 ends
     * there, even when the next line follows without a blank one (a news item quoting an autonomous region's 2020
     * targets, batch mn's mn06, whose next lines — the year's work 一是…十一是 and last year's results — were read as
     * fourteen more targets).
     */
    private static final Pattern ENUMERATION_CLOSED = Pattern.compile("(?<![中平同高均对初上下次超优特头一二三])等"
            + "(?:[^。,,;;]{0,10}(?:目标|指标))?[。.]\\s*$");
    /**
     * A figure a target is made of, in a line's first sentence: what goes on after a list closed by 等 is targets still
     * ("约束性指标:单位地区生产总值能耗下降3%", "其中,规模以上工业增加值增长9%" — the review of batch mn's rules).
     */
    /** Targets without a figure: "实际使用外资、进出口总额稳中提质", "…持续下降", "完成上级下达的能耗下降、环境改善等指标任务". */
    private static final Pattern UNFIGURED_TARGETS = Pattern.compile("稳中(?:提质|有[升进增])|持续(?:下降|改善|提升)"
            + "|完成(?:上级|[省市县区])下达的[^。]{0,24}?(?:任务|目标)");
    private static final Pattern TARGET_FIGURE = Pattern.compile("^[^。]*?(?:增长|下降|控制在|达到|提高|降低|减少|不低于|不超过)"
            + "[^。\\d]{0,6}\\d|^[^。]*?(?:完成|实现)[^。]{0,12}?(?:任务|目标)");

    /**
     * A line that opens the year's work: "2009年政府工作的4大重点是:" (a province's 2009 report in a news item, batch mp's
     * mp03, whose four 以…为重点 clauses were read as targets), "今年的主要任务是:".
     */
    private static final Pattern WORK_LEAD = Pattern.compile("^\\s*(?:今年|明年|\\d{4}年)?(?:政府)?(?:工作)?(?:的)?"
            + "(?:[\\d一二三四五六七八九十]+(?:大|项))?(?:重点工作|主要任务|重点任务|工作重点|重点)(?:是|为|有)?[::]");

    /**
     * A news item's subheading after targets quoted on the introduction's line: "强化“三农”工作 推进社会主义新农村建设" (a
     * province's 2006 report in a news item, batch mp's mp01) — words and spaces, no figure, no punctuation of a
     * sentence; what follows it is the year's work.
     */
    /**
     * A heading of results or of other years' goals after a year's list, one a line: "2020年完成:", "2019年成就:",
     * "“十四五”目标:" (a listicle's blocks, the review of this round's rules) — the year's list ends there.
     */
    private static final Pattern OTHER_YEARS_HEADING = Pattern.compile("^\\s*+(?:(?:(?:19|20)\\d{2}年|去年|上年)(?:完成|成就|成绩|回顾)"
            + "(?:情况)?|[“\"]?十[一二三四五六七]五[”\"]?(?:规划)?(?:目标|成就))[::]?\\s*+$");

    /**
     * A news item's next paragraph after targets quoted on the introduction's line, opened by the reporter's words or by
     * what the report said of other things: "报告说,2012年工作任务的完成,…" (no08), "记者从会上获悉", "据了解,…",
     * "2016年,该市围绕…" (last year's results, nj02, whose 2016 projects were read as targets).
     */
    private static final Pattern NEWS_PARAGRAPH = Pattern.compile("^\\s*(?:报告(?:首先|还|并)?(?:说|指出|称|强调|回顾|总结)|记者|据悉|据了解"
            + "|会上|会议(?:指出|强调|认为)|(?:19|20)\\d{2}年[,,]该[省市县区州旗镇]"
            // (a wire's lead and the reporter's "根据报告," under a headline that quotes one target: "天津:2025年预期目标是地区
            // 生产总值增长5%左右" / "上证报中国证券网讯(记者…)…" / "根据报告,2024年…预计增长4.7%左右,…" — round 56's qj01)
            // (the reporter's words on the year gone by only: "据报告,城镇新增就业38万人,…" goes on with the list — the review)
            + "|[\\u4e00-\\u9fff]{0,12}+讯\\h*+[((【]|(?:根据|据)报告[,,](?=[^。\\n]{0,30}?(?:预计|去年|上年)))");
    /** The words of the year ahead, for telling a year's aims from results: 今年, 计划, 力争, 将 (not 将近). */
    static final String YEAR_AHEAD = "今年|明年|计划|力争|争取|确保|将(?!近)";

    /**
     * Words of the year ahead: a reporter's paragraph with them goes on with targets ("据了解,今年全市城镇新增就业5万人",
     * "2024年,该市还将力争…" — the review of this round's rules), and does not end the list.
     */
    private static final Pattern AHEAD = Pattern.compile("^[^。]*?(?:" + YEAR_AHEAD + "|预期)");
    private static final Pattern NEWS_SUBHEADING = Pattern.compile("^(?![^\\n]*(?:增长|下降|完成|控制|达到|提高|同步|任务|指标|收入|率|"
            + "分别|目标))[^\\d,,。;;::%()]{2,20}\\s+[^\\d,,。;;::%()\\s]{2,20}");

    /**
     * A line that compares the targets with last year's or other places' ("相较于2022年政府工作报告中提出的目标,2023年泉州
     * 全市GDP增速目标下调0.5-1个百分点,…" — a news item's commentary after the list, batch nd's nd02, whose comparisons
     * with other cities were read as targets): the reporter's, not the report's — left out of the list.
     */
    // (not a line that sets a target itself: "与“十四五”规划目标相衔接,研发经费投入强度调高至2.6%", "与上年报告相比,…目标由增长5%
    // 调低为增长3%" — the review of batch nd/ne's rules, where such a line ended the list and the targets after it)
    // (and a target set against last year's: "泉州市2023年社会消费品零售总额增长目标(7%)与上年(7-7.5%)比略有下调,…分别
    // 上调0.7个百分点、1.5个百分点", the same item's next line — read as a change of retail sales by −0.7 points)
    // (nor one that sets it after the comparison: "…增长目标比上年调低,为6%左右", "较上年下调0.5个百分点,定为5%左右",
    // "适当下调后确定为降低2.5%左右" — the review of batch nf/ng's rules)
    private static final Pattern TARGETS_COMPARED = Pattern.compile("^(?![^。\\n]*?(?:增长|达到|控制在|提高到|"
            + "调高至|调高到|调低为|调低至|调整为|下降|降低|[为至到](?:增长|下降|降低)?)\\d)(?:(?:相较于?|相比于?)[^。\\n]{0,30}?(?:目标|报告)"
            + "|[^。\\n]{0,40}?目标[^。\\n]{0,20}?(?:与|较|比)(?:上年|去年))[^。\\n]{0,60}?(?:上调|下调|调高|调低)");

    /** Whether the first non-blank line after {@code line} opens with a sentence of targets ({@link #TARGET_FIGURE}). */
    private static boolean nextLineHasTargets(String[] lines, String line) {
        boolean after = false;
        for (String l : lines) {
            if (after && !l.isBlank()) {
                return TARGET_FIGURE.matcher(l.strip()).find();
            }
            after = after || l == line;
        }
        return false;
    }

    /**
     * The list an introduction opens: its own line's sentence run on (inline) or the lines under it, up to a heading of
     * the year's work, another chapter, or a paragraph after a blank line that is no item. Under a heading on its own line
     * ({@code underHeading}: "2024年主要目标") a paragraph that opens with a target's figure goes on with the list — one
     * target a paragraph, blank lines between (the review of batch nd/ne's rules lost every target after the first).
     */
    static String introducedList(String afterIntroduction, boolean underHeading) {
        return introducedList(afterIntroduction, underHeading, false);
    }

    /**
     * As {@link #introducedList(String, boolean)}; {@code colonLine}: the introduction's colon ended its line, and its
     * list goes on over blank lines while each item is one target, a line with no mark of a sentence ("地区生产总值增长8%"
     * / "" / "规模以上工业增加值增长8.5%", nq05) — not last year's sentence after a table ("2025年全县地区生产总值增长6.2%,
     * 一般公共预算收入增长4%。").
     */
    static String introducedList(String afterIntroduction, boolean underHeading, boolean colonLine) {
        String[] lines = afterIntroduction.split("\\R", -1);
        boolean inline = !underHeading && !lines[0].isBlank();
        StringBuilder targets = new StringBuilder();
        String firstItem = null;
        boolean gap = false;
        boolean onePerParagraph = false;
        for (String line : lines) {
            if (line.isBlank()) {
                onePerParagraph |= firstItem != null && !gap && targets.toString().strip().equals(firstItem.strip());
                gap = firstItem != null;
                continue;
            }
            if (firstItem == null && TABLE_TITLE.matcher(line.strip()).matches()) {
                // "××市2026年国民经济和社会发展主要指标" over the table that follows (a city's plan report, batch ma's
                // ma02): the table's title, not the list's first item — the gap after it ended the list there
                targets.append(line).append('\n');
                continue;
            }
            if (firstItem != null) {
                // a heading of the year's work ends the targets: "今年重点工作" over the work's bullets (a city paper's
                // box, batch mi's mi02)
                if (WORK_HEADING.matcher(line).matches() || WORK_LEAD.matcher(line).lookingAt()
                        || OTHER_YEARS_HEADING.matcher(line).matches()
                        || inline && targets.toString().stripTrailing().endsWith("。") && isSubheading(line, lines)
                        // (a paragraph of the year gone by's estimates after a closed list: "2014年,桃源镇全年预计完成地区生产总值
                        // 73.85亿元,…" after a town's 2015 aims — a paper's item on its party congress, round 56's qj02)
                        || inline && targets.toString().stripTrailing().endsWith("。") && ESTIMATES_PARAGRAPH.matcher(line).lookingAt()
                        || inline && (NEWS_SUBHEADING.matcher(line.strip()).matches()
                                || NEWS_PARAGRAPH.matcher(line).lookingAt() && !AHEAD.matcher(line).find())) {
                    break;
                }
                if (TARGETS_COMPARED.matcher(line.strip()).lookingAt()) {
                    continue; // the reporter's comparison, left out; a target after it stays (the review of batch nd/ne)
                }
                boolean chapter = CHAPTER.matcher(line).find() && !sameEnumerator(firstItem, line);
                boolean paragraphEnded = gap && (inline || !ENUMERATOR.matcher(line).find())
                        && !(underHeading && (TARGET_FIGURE.matcher(line.strip()).find()
                                || DIGIT.matcher(line).find() && line.strip().length() <= SHORT_TARGET))
                        && !(colonLine && TARGET_FIGURE.matcher(line.strip()).find() && !SENTENCE_MARK.matcher(line).find()
                                && !NAMES_A_TIME.matcher(line).find())
                        // (an item that ended with a semicolon is not the list's last: "国内生产总值增长5.5%左右;" / "" /
                        // "城镇新增就业1100万人以上,…;" — a national report's list in a news digest, batch ns's ns07, of
                        // which only the first was read) — in a list of one item a paragraph, not after rows run together
                        // (a table written as sentences, then last year's sentence after a blank line)
                        // (nor last year's results or a five-year goal after a careless last semicolon — the review)
                        && !(colonLine && onePerParagraph && targets.toString().stripTrailing().matches("(?s).*[;；]")
                                && !NAMES_A_TIME.matcher(line).find() && !FIVE_YEAR_GOAL.matcher(line).find())
                        // (nor a sentence the blank line broke: the list's line ends with no stop and the next goes
                        // on with targets — "主要预期目标为:地区生产总值增长8%;…力争完成65亿元" / "" / "固定资产投资增长6%,…",
                        // a district's 2023 list in a forum's copy, batch nw's nw07)
                        && !(inline && !targets.toString().stripTrailing().matches("(?s).*[。.!!??]")
                                && (TARGET_FIGURE.matcher(line.strip()).find() || UNFIGURED_TARGETS.matcher(line).find())
                                && !NAMES_A_TIME.matcher(line).find()
                                && !FIVE_YEAR_GOAL.matcher(line).find());
                if (chapter || paragraphEnded) {
                    break;
                }
            } else {
                firstItem = line;
            }
            gap = false;
            targets.append(line).append('\n');
            if (inline && ENUMERATION_CLOSED.matcher(line).find() && !nextLineHasTargets(lines, line)) {
                break;
            }
        }
        return targets.toString();
    }

    /**
     * A news item's subheading over its next paragraph: "“全域成都”规划" / "继续深化市、县、乡三级总体规划,…" after the list
     * of targets in the lead (a city's 2008 report in a provincial paper, batch oa's oa06, whose work paragraphs were read
     * as targets) — a short line of words, the paragraph under it a long one.
     */
    private static boolean isSubheading(String line, String[] lines) {
        for (int k = java.util.Arrays.asList(lines).indexOf(line) + 1; k > 0 && k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return newsSubheading("。", line.strip(), lines[k].strip());
            }
        }
        return false;
    }

    /** {@link #isSubheading}: after a sentence's end, a short line of words, then a long paragraph (not a clause broken). */
    private static boolean newsSubheading(String previous, String line, String next) {
        // (not a clause broken before its figure, "城镇调查失业率控制" / "在5.5%以内,…"; nor a group's heading over more targets,
        // "民生保障方面" / "城镇新增就业2000人以上,…" — the review of round 26's rules)
        return previous.endsWith("。") && SUBHEADING.matcher(line).matches() && next.length() > 30
                && SENTENCE_MARK.matcher(next).find() && !DIGIT.matcher(next.split("[,,。;;]", 2)[0]).find()
                && !TARGET_FIGURE.matcher(next).find();
    }

    private static final Pattern SUBHEADING = Pattern.compile("[^\\d,,。;;::%、]{3,14}");

    /** Whether two lines start with the same kind of enumerator (一、 and 三、; (1) and (2)). */
    private static boolean sameEnumerator(String a, String b) {
        return enumeratorKind(a) != null && enumeratorKind(a).equals(enumeratorKind(b));
    }

    private static String enumeratorKind(String line) {
        Matcher m = ENUMERATOR.matcher(line);
        return m.find() ? m.group(1).replaceAll("[一二三四五六七八九十]", "一").replaceAll("\\d+", "1") : null;
    }

    /**
     * The targets without the explanation a report gives after them ("上述目标,既考虑了…", "实现这些目标,需要…",
     * "目标的确定,主要基于以下考虑:…"): from such a sentence on, the text is narrative.
     */
    public static String beforeConclusion(String text) {
        return beforeConclusion(text, null);
    }

    /**
     * As {@link #beforeConclusion(String)}, and a later year's goal ends the targets too: "力争到2020年,新区地区生产总值
     * 突破800亿元" after a 2019 report's (batch mc's mc03); "力争到2025年底,城镇新增就业1.2万人" in a 2025 report is a
     * target of the year and stays.
     *
     * @param year the year the report states for its targets, or null when unknown (then no goal is taken as later)
     */
    public static String beforeConclusion(String text, Integer year) {
        Matcher m = CONCLUSION.matcher(text);
        String before = m.find() && m.start() > 0 ? text.substring(0, m.start() + 1) : text;
        Matcher review = REVIEW_AFTER.matcher(before);
        while (review.find()) {
            String after = before.substring(review.end());
            int sentenceEnd = after.indexOf('。');
            String sentence = sentenceEnd < 0 ? after : after.substring(0, sentenceEnd);
            // (not a sentence that looks ahead, "今年以来,我们将努力推动…", "一年来,我县还要完成…任务", nor one after which
            // the year's targets are still to come, "…今年以来,区委区政府提出全年目标:" — the review of this round's rules)
            // (one on last year only where no later year's words follow it: "去年全市新增城镇就业4.5万人,今年新增城镇就业5万人以上",
            // "…200亿元。2014年全市固定资产投资增长15%" — the review of round 53's rules)
            boolean lastYearOnly = !review.group().contains("去年") && !review.group().contains("回顾") || !LATER_YEARS_WORDS.matcher(after).find();
            if (review.start() > 0 && TARGET_FIGURE.matcher(before.substring(0, review.start())).find()
                    && !REVIEW_LOOKS_AHEAD.matcher(sentence).find() && !TARGETS_STILL_TO_COME.matcher(after).find() && lastYearOnly) {
                before = before.substring(0, review.start() + 1);
                break;
            }
        }
        Matcher forThem = WORK_FOR_THE_TARGETS.matcher(before);
        while (forThem.find()) {
            if (FIGURE_OF_A_TARGET.matcher(before.substring(0, forThem.start())).find()) {
                before = before.substring(0, forThem.start() + 1);
                break;
            }
        }
        Matcher reasons = REASONS.matcher(before);
        if (reasons.find()) {
            before = before.substring(0, reasons.start() + 1);
        }
        Matcher work = WORK_LIST.matcher(before);
        if (work.find() && work.start() > 0) {
            before = before.substring(0, work.start() + 1);
        }
        if (year == null) {
            return before;
        }
        Matcher later = LATER_GOAL.matcher(before);
        while (later.find()) {
            int goal = later.group(1) != null ? Integer.parseInt(later.group(1)) : later.group(3) != null
                    ? Integer.parseInt(later.group(3)) : 2005 + 5 * "一二三四五六".indexOf(later.group(2)) + 5;
            if (later.start() > 0 && goal > year) {
                return before.substring(0, later.start() + 1);
            }
        }
        return before;
    }

    /**
     * A review of the year still running after the targets: "…增长10%。今年以来,该区以…为动力,…预计全年全区完成工业总产值
     * 55亿元" (a district's 2009 targets set in December 2008, batch oe's oe06) — results, each read as a target. Only
     * after a target's figure: "一年来,该镇…" opening a town's report before its targets is its own review (nb06).
     */
    private static final Pattern REVIEW_LOOKS_AHEAD = Pattern.compile("将|要|力争|争取|确保|目标|任务|计划|提出");
    // (and this year's figure after last year's: "去年全省固定资产投资增长17.5%。报告称,今年全省生产总值增长8.5%" — oa01)
    private static final Pattern TARGETS_STILL_TO_COME = Pattern.compile("预期目标|主要目标|目标任务|全年目标|今年[^。]{0,10}目标"
            + "|今年[^。,,]{0,20}?(?:增长|达到|控制在)\\d");
    /**
     * "为此,本市将开展…立法调研" after "今年,北京市的目标是…" (a news item on an environment bulletin, batch ok's ok06): what
     * will be done for the targets, at a sentence's start after a target's figure — not when targets follow in its
     * sentence ("为此,全市将努力实现以下目标:地区生产总值增长8%", the review of round 31's rules), nor before any target
     * ("为此,全县上下一定要坚持做到…。会议确定该县今年的奋斗目标是:…", batch om's om03, whose list was lost silently).
     */
    // (a target's figure in any sentence before it, and after a half-width full stop too — the review of round 32's rules)
    private static final Pattern WORK_FOR_THE_TARGETS = Pattern.compile("(?<=[。;;\\n]|\\.\\h)\\h*(?:为此[,,](?=[^。;;\\n]{0,12}?(?:将|要))"
            + "(?![^。;;\\n]*?(?:目标|\\d))"
            // ("省委、省政府对明年全省经济工作作了全面部署:以增加农民收入为中心,…" after a province's 2004 targets in a paper's
            // item, batch op's op05, whose eight clauses of work were read as targets — after a target's figure only: "会议对
            // 今年经济工作作了部署:全市地区生产总值增长6%左右" introduces them, the review of round 35's rules)
            + "|[^。;;\\n]{0,30}?(?:作了|作出了?|做了|做出了?)(?:全面|具体|周密)?部署[::]"
            // ("如何实现,看这里:" over a town's projects after its aims — a radio hotline's item, round 64's qz02)
            + "|如何(?:实现|完成)[^。;;\\n]{0,8}?[::])");
    /** A target's figure anywhere: "增长7%", "控制在4.5%以内", "达到1.2万人". */
    // (and a growth said as 增加 x%: "较上年增加5.1%" before "如何实现,看这里:" — round 65's qz02; not 增加 of a count nor 突破,
    // last year's "比上年增加800人", "突破100亿元" before "作了部署:" — the review of round 64's rules)
    private static final Pattern FIGURE_OF_A_TARGET = Pattern.compile("(?:增长|下降|控制在|达到|提高|降低|减少|不低于|不超过)[^。;;\\d]{0,6}\\d"
            + "|增加\\d++(?:\\.\\d++)?%");
    // (and a paragraph on the year gone by after a list: "回顾过去一年,全市地区生产总值增长7.8%" — the review of round 52's rules)
    /** Words of a year after the one reviewed: 今年, 明年, a year by its number. */
    // (with a figure in their clause, and a year not compared with nor the one reviewed: "为今年发展奠定了坚实基础", "比2012年增长18%",
    // "在2013年全省考核中" — the review of round 54's rules)
    // (a comma after the year word too: "2014年,全县财政总收入增长12%" — the review of round 55's rules)
    private static final Pattern LATER_YEARS_WORDS = Pattern.compile("(?:今年|明年|(?<![比较与于在至到])(?:19|20)\\d{2}年(?!以来))"
            + "[,,]?[^。,,;;\\d]{0,20}?\\d");
    private static final Pattern REVIEW_AFTER = Pattern.compile("(?<=[。;;\\n])\\h*(?:(?:今年以来|一年来|去年以来|回顾过去(?:的)?一年|回顾去年|去年)[,,]"
            + "|去年(?=全[省市区县州旗盟]|我[省市区县]))");

    /**
     * A paragraph that gives the reasons for a target: "确定10%的增长目标,是市委、市政府广泛听取意见…决定的" (a city's 2017
     * report, batch mi's mi06) — only at a paragraph's start and with the figure ("确定目标是:" introduces targets, and a
     * reason inside a numbered item leaves the items after it — the review of batch mi).
     */
    private static final Pattern REASONS = Pattern.compile("\\n\\h*确定\\d+(?:\\.\\d+)?%(?:左右)?的(?:经济)?(?:增长|增速)?目标[,,是]");

    private static final Pattern LATER_GOAL = Pattern.compile("(?:[。;;\\n]|\\.(?=\\s))\\h*(?:(?:力争|争取|确保)到(\\d{4})年"
            // "“十五五”期末,全县地区生产总值达到500亿元" after a 2025 report's targets (a break-it trial): a plan's end
            + "|(?:力争|争取|确保)?(?:到)?[“\"]?十([一二三四五六])五[”\"]?(?:期末|末)"
            // "2027年地区生产总值力争增长6.5%" opening a sentence after 2026's targets (the last session's break-it trial:
            // a second GDP target, and the commit refused): the next year's aim
            + "|(\\d{4})年(?=[^。;;\\n]{0,20}?(?:力争|争取|确保|预期|目标)))");

    /**
     * "主要预期目标是:", "主要预期目标为:", "预期目标调整为:", "主要目标是:" — the colon or 是/为 ends the introduction; so does
     * a proposal of its own after the reasons for it ("…也要考虑资源环境的约束。据此,建议:").
     */
    private static final Pattern TARGETS_INTRODUCED =
            // "主要预期指标是:" (a province's 2017 report, batch me's me07) names the targets as indicators
            // (not "主要预期指标完成情况如下:", last year's review — the review of batch me)
            // "部署2014年主要预期发展指标是:" (a high-tech zone's work meeting in a news item, batch mp's mp05)
            // "2021年目标:" heading a listicle's lines after "2020年成就:" and "“十四五”目标:" (a province's 2021 report in a
            // news listicle, batch no's no07, whose results were read as targets); "展望2018年" after "回顾2017年" (mr07)
            // (not a note's colon in brackets: "GDP增速与预期目标相差1个多点(注:2014年广州确定GDP增速为10%)", a news item on a
            // city's 2015 report, batch pf's pf01, whose whole account was read as the list)
            Pattern.compile("(?:主要预期目标|主要目标|预期目标|发展目标)[^::。;;\\n((]{0,8}?[::]|主要预期(?:发展)?指标(?:是|为)[::]?"
                    // (and a sentence that says the report set them out, the list in the next paragraph: "…详细阐述了北京市2025年经济
                    // 社会发展的主要预期目标。/ 报告明确指出,北京市将致力于实现地区生产总值增长5%左右,…" — a securities paper's item on
                    // a city's 2025 report under an AI summary of it, round 52's qb04, whose body's three targets were lost)
                    + "|(?:阐述|介绍|说明|公布)了?[^。;;\\n]{0,30}?(?:主要预期目标|预期目标|发展目标)。[ \\t]*+"
                    + "(?=\\n\\s*+[^\\n]{0,80}?(?:增长|达到|控制在|下降|提高)[^\\n\\d]{0,4}\\d)"
                    // "对于2025年天津市经济社会发展的预期目标,报告显示,地区生产总值增长5%左右,…" (a securities paper's item on a
                    // municipality's 2025 report, round 56's qj01)
                    // (not last year's: "对照去年的主要预期目标,报告显示,2024年…" — the review of round 56's rules)
                    + "|(?<!去年的|上年的|去年的主要|上年的主要)(?:主要预期目标|预期目标)[,,](?:报告|规划|计划)(?:显示|提出|明确|指出)[,,::]"
                    // "实现以下目标:" (a county tourism bureau's 2018 plan, batch pf's pf02, whose list was read as narrative)
                    + "|(?:实现|完成|确保|力争)以下(?:主要)?(?:预期)?目标[::]"
                    // "会议确定了今年经济发展主要目标,实现规模以上工业增加值5.2亿元,…" (a 镇's work meeting in a city site's item,
                    // round 65's rb01): the targets a meeting set, after a comma
                    + "|(?:确定|提出|明确)了?(?:今年|全年|\\d{4}年)?的?[^,,。;;::\\n]{0,8}?(?:主要目标|预期目标|发展目标|奋斗目标)[,,]"
                    + "(?=[^,,。;;\\n]{0,30}?\\d)"
                    // "园区将全力实现“3567”工作奋斗目标。即:全力确保30家企业建成或投产,…" (a county's industrial zone's 2016 aims in a
                    // phone paper, round 63's qx01, whose lead sentence was read as a target): a nicknamed list spelled out after 即
                    // (or the nickname itself before 即: "经济总量上实现“六个突破”即生产总产值突破30亿元增长25%,…" — a 镇's aims to the
                    // year's end in a county site's item, round 64's qz01, read as GDP named 经济总量)
                    + "|目标[。,,]?[ \\t]*+即[::]|[“\"][^”\"\\n]{1,10}[”\"][,,]?即[::]?(?=[\\u4e00-\\u9fff])"
                    // "报告提出了今年政府工作目标任务:" (a district's 2021 report in a news item, batch nl's nl06)
                    + "|(?:今年|年度|\\d{4}年)(?:政府)?(?:工作)?目标任务[::]"
                    // ("2015年工作目标:力争全镇生产总值达到13.07亿元;…" — a 镇's 2015 aims in a city paper, round 62's qv02, whose
                    // 财政收入…同比增长15% was taken for a result)
                    + "|(?:今年|年度|\\d{4}年)的?(?:政府|全镇|全乡|全县|全区|全市)?(?:工作|经济)目标[::]"
                    // "政府工作报告提出,在整体经济发展目标方面,2023年西安市GDP增长7%左右,…" (a 省会's 2023 report in a business
                    // paper's item, batch or's or07, whose list after the headline's two figures was lost)
                    + "|在(?:整体|总体)?(?:经济社会|经济)?(?:发展)?(?:主要)?(?:预期)?目标方面[,,]"
                    // "会议确定该县今年的奋斗目标是:促进经济增长质量和效益明显提高,GDP预期目标增长13.5%以上,…" (a county's 全会 in
                    // a news item, batch om's om03)
                    + "|(?:今年|全年|年度|\\d{4}年)的?(?:主要)?奋斗目标(?:是|为)?[::]"
                    // "今年,北京市的目标是空气质量二级和好于二级天数达到73%、…" closing a news item on last year's environment
                    // bulletin (batch ok's ok06, whose 2009 results were read as targets): this year's, at a sentence's start
                    + "|(?<=^|[\\n。])[ \\t]*+今年[,,]?[^,,。;;\\n\\d]{0,10}?目标(?:是|为)(?=[\\u4e00-\\u9fff]{2})(?=[^。;;\\n]{0,40}?\\d)"
                    + "|(?<=^|\\n)[ \\t]{0,4}(?:(?:(?:19|20)\\d{2}年|今年)(?:主要)?目标[::]|展望(?:19|20)\\d{2}年[::]?)(?=[ \\t]*\\n)"
                    // (and "主要预期目标建议为地区生产总值增长8.5%" — a prefecture's 2015 report in a news item, batch mv's mv08)
                    + "|(?:主要预期目标|主要目标)(?:调整|建议)?(?:是|为)(?!的)"
                    // "今年,开发区预期目标是地区生产总值实现1200亿元,…" (a development zone's 2009 targets in a news item,
                    // batch mr's mr02): 预期目标是 after the region, before an indicator's name (not "经济增长预期目标为7%")
                    + "|(?<=^|[,,。;;\\s]|今年|明年|年|全[省市县区]|开发区|新区|高新区|园区)(?<!去年|上年|前年|年初)预期目标(?:是|为)"
                    + "(?=[\\u4e00-\\u9fff]{2})(?!增长|下降|控制|达到|提高|保持)"
                    // (with a figure soon after, in a sentence that does not go on to what became of it: "去年预期目标是…,
                    // 实际增长6.8%", "年初,高新区预期目标为…,后因疫情影响调整为8%", "全市预期目标为全省设区市中靠前位次" are
                    // no introductions — the review of batch mr's rules)
                    // (or an aim's verb right after it, in a report with no figure among its targets: "预期目标是坚决夺取脱贫攻坚
                    // 全面胜利,…" — a prefecture's 2020 report that set no growth, batch oa's oa04)
                    // (坚决 only: "预期目标是确保完成…", "…全面实现…" open results and aims alike — the review of round 26)
                    + "(?=[^。;;\\n]{0,30}?\\d|坚决)(?![^。\\n]{0,80}?(?:调整为|调整到|实际(?:完成|增长|实现)|未完成))"
                    // a run-in heading with its full stop: "主要目标。国内生产总值增长10%,…" (a province's gazetteer on its
                    // 2003 plan, batch nb's nb02, after "指导思想。…", whose prose was read as targets)
                    // (and numbered, 目标任务 too: "2.目标任务。全区规模以上工业企业实现工业总产值、工业增加值同比增长15%;实现
                    // 利润同比增长8%;…" — a high-tech zone's 2014 work points, round 68's rh02, whose list after the first was
                    // left as narrative)
                    + "|(?:^|(?<=[\\n。]))[ \\t]*+(?:\\d{1,2}[.、.][ \\t]*+)?(?:主要预期目标|主要目标|预期目标|目标任务)[。.]"
                    // (not over last year's results: "2.目标任务。去年全区GDP增长7.5%,…" — the review of rounds 68–69's rules)
                    + "(?![^。\\n]{0,8}?(?:去年|上年|过去|前年))(?=[^。\\n]{0,40}?(?:增长|达到|控制在|下降|提高)\\d)"
                    // a heading on its own line over a line of figures: "2024年目标任务" (a development zone's page in a
                    // city paper, batch nd's nd05, whose work outline below was read as targets), "二、经济社会发展的主要预期
                    // 目标" (a city's 2022 plan, nd04, whose guiding principles were read as targets)
                    // (its words before the target word behind the match, where a five-year plan's heading is seen:
                    // "“十四五”时期主要目标" — the review of batch mi's rules)
                    + "|(?<=(?:^|\\n)[ \\t]{0,4}[^\\n,,。;;::]{0,20})(?:主要预期目标|主要目标|预期目标|发展目标|目标任务)[ \\t]*+\\n"
                    + "(?=\\s*+[^\\n]{0,40}?(?:增长|增速|达到|控制在|下降|提高)[^\\n\\d]{0,4}\\d"
                    // (or a goal's nickname line over the goals: "“十三五”发展目标" / "“一个率先”—— …" / "“两个翻番”—— 2020年前,实现
                    // 地区生产总值和城乡居民人均收入比2010年翻一番", a league's digest, batch no's no10, whose goals were lost
                    // silently before the later "预期目标为:")
                    + "|\\s*+[“\"][^”\"\\n]{1,12}[”\"]\\h*[—–]{1,2})"
                    // "主要目标安排如下。预期性指标为:…" (a development zone's 2015 report, batch mc's mc06)
                    + "|(?:主要预期目标|主要目标|预期目标|发展目标)[^::。;;\\n]{0,8}?如下[。.]"
                    // (and "报告建议:2008年全市经济…,生产总值增长10%左右" — a plan report's proposal in a news item, mp02)
                    + "|(?:^|(?<=[,,。;;\\n]))(?:建议[::]|报告建议[::](?=[^。\\n]{0,60}?(?:增长|达到|控制在|下降|提高)\\d))"
                    // "××州划定发展预期目标,地区生产总值增长3%;…" (a prefecture's 2023 report in a news item, batch mk's mk03):
                    // a verb that sets the targets, then a comma
                    // (and a target with its figure right after: "全会明确了今年的发展目标,全市上下要咬定目标不放松" introduces
                    // nothing — the review of batch mk's rules)
                    + "|(?:划定|确定|提出|明确|设定)(?:了)?[^,,。;;::\\n]{0,12}?(?:主要预期目标|预期目标|发展目标|主要目标)[,,]"
                    + "(?=[^,,。;;\\n]{2,20}?(?:增长|达到|控制在|下降|提高)\\d)"
                    // a heading line of its own over a list: "■ 2025年经济社会发展的主要预期目标" over bulleted targets (a
                    // provincial paper's digest, batch mi's mi07, after last year's results in bullets), "今年预期目标" (mi02;
                    // not its headline "…提出今年××主要预期目标" over the photo's caption)
                    // (not a plan's five-year goals, nor a review: "“十四五”时期主要目标", "2024年计划执行情况")
                    + "|(?:^|(?<=\\n))(?![^\\n]*(?:十[一二三四五六]五|时期|期间|执行情况|完成情况|去年|上年))"
                    + "[ \\t]*+(?:[一二三四五六七八九十]+、)?[■●◆□▲★]?[ \\t]*+(?:\\d{4}年|今年)?[^\\n\\d。;;::,,]{0,16}(?:主要预期目标|预期目标|主要目标)"
                    + "[ \\t]*(?:(?=\\n[ \\t]*(?:[■●◆□▲★\\-—(]|\\d{1,2}[.、.]|[一二三四五六七八九十]+[、是]))"
                    // (or a line of targets right under it: "2016年全市经济发展预期目标" over "地区生产总值增长6.5~7%;…", a
                    // city's development conference in a news item, batch mz's mz01 — read whole, five-year goals and all;
                    // not under a review's heading, see yearsIntroduction)
                    + "|(?=\\n[ \\t]*[^\\n。;;]{2,16}?(?:增长|达到|控制在|下降|提高)\\d))"
                    // "建议2016年全省经济社会发展主要预期目标按表2安排。" (a province's plan report, batch l's l04): the
                    // targets are the table after it
                    + "|(?:主要预期目标|主要目标|预期目标)(?:(?!完成|执行|实现)[^。;;\\n]){0,6}?(?:按|如)(?:附|下)?表\\s*"
                    + "[\\d一二三四五六七八九十]*(?:安排|确定)[。.]?");

    /**
     * The clause after its introduction ("…的预期目标是:"); a colon inside brackets introduces nothing — "规模以上工业增加值
     * 增长7.2%(年度目标:增长6.5%)" prints its target there (a 发改委 notice, batch o's o07, whose figure was cut away).
     */
    private static String stripIntro(String clause) {
        Matcher m = INTRO.matcher(clause);
        return m.find() && outsideBrackets(clause, m.end() - 1) ? clause.substring(m.end()).trim() : clause;
    }

    private static boolean outsideBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '【' || c == '[' ? 1 : c == ')' || c == '】' || c == ']' ? (depth > 0 ? -1 : 0) : 0;
        }
        return depth == 0;
    }

    private void splitSentence(String sentence, List<Statement> out, List<ParseWarning> warnings) {
        splitSentence(sentence, sentence, out, warnings);
    }

    /** As above, with the sentence the statements name as their source when {@code sentence} was rewritten from it. */
    private void splitSentence(String sentence, String source, List<Statement> out, List<ParseWarning> warnings) {
        Builder current = null;
        int sentenceStart = out.size();
        List<String> parts = phrases(sentence);
        for (int index = 0; index < parts.size(); index++) {
            String part = parts.get(index).trim();
            if (part.isEmpty()) {
                continue;
            }
            if (index == parts.size() - 1 && current != null && cutName(part)) {
                // "…城乡居民收入稳步增长,城" where a page's excerpt breaks off (batch ok's ok02): the start of a name, no
                // word of the statement before ("稳步增长城")
                flush(current, out);
                current = null;
                warnings.add(new ParseWarning(part, "原文在指标名称中截断,未读取 / the text breaks off inside a name: not read"));
                continue;
            }
            // (or the statements a list split before it left: "一产、二产、三产增加值分别为23.85亿元、53.13亿元和75.87亿元,同比分别
            // 增长8.0%、27.1%、13.6%", a prefecture's half year, batch od's od06)
            boolean statementsBefore = current != null || out.size() > sentenceStart;
            if (statementsBefore && BARE_ROUND.matcher(part).matches()) {
                // "一二三产分别完成584.53亿元、3833.85亿元和2108.31亿元,增长3.8%、18.3%和10.3%" (a province's first three
                // quarters, batch pc's pc03): a second round of the list's values, its 分别 said once before the first (the
                // count is checked as for a written 分别)
                part = "分别" + part;
            }
            if (statementsBefore && part.matches("^同比(?:分别|均).*")) {
                // "财政总收入318亿元,其中公共财政预算收入184亿元,同比分别增长3.7%和7.1%" (a mayor's half-year report in a
                // city paper, batch ne's ne05): the year-on-year is the growth's, the 分别 the statements' before
                part = part.substring(2);
            }
            if ((part.startsWith("分别") || part.matches("^均(增长|增|达到|提高|下降|降低|削减|减少|压减|控制在|保持在).*")) && statementsBefore) {
                // "城镇…达到2.36万元、农民人均纯收入达到1.05万元,分别增长10%和11%": one value for each statement before
                current = flush(current, out);
                if (!distributeOverPrevious(part, out, sentenceStart, warnings)) {
                    warnings.add(new ParseWarning(part, "“分别”后的数值个数与前面的指标个数不符 / 分别: number of values "
                            + "does not match the indicators before it"));
                }
                continue;
            }
            if (SHARE_OF_BEFORE.matcher(part).lookingAt() && current != null && !current.distributed
                    && !current.subjectText.isBlank()) {
                // "服务业增加值增长9%,占地区生产总值比重提高到47%" (the review of batch me; read as GDP growth of 47 %):
                // a share with no numerator of its own is the statement before's subject's share
                part = current.subjectText + part;
            }
            if (TOTAL_OF_BEFORE.matcher(part).lookingAt() && current != null && !current.distributed) {
                // "铝产业计划增长2%,总量在260亿元左右" (an industrial park's 2019 plan, batch pd's pd08): the total is the
                // level of the statement before, as its growth's amount (read as a subject 总量在)
                current.addPredicate(part);
                continue;
            }
            int months = leadingMonths(part);
            int headEnd = months + firstDigitOutsideBrackets(part.substring(months));
            String head = part.substring(0, headEnd);
            if (current != null && IN_STEP_PHRASE.matcher(part).lookingAt()) {
                // "居民人均可支配收入达到5.2万元,增速与经济增长同步": the growth of the statement before keeps pace
                current.addPredicate(part);
                continue;
            }
            Matcher relative = RELATIVE.matcher(part);
            if (relative.lookingAt() && current != null) {
                current.addPredicate(part); // "地区生产总值增长9%,增速快于全市平均水平": the indicator of the phrase before
                continue;
            }
            if (part.startsWith("包括") && part.indexOf(',') > 0 && headEnd == part.length()) {
                // an enumeration joined with what is to be done with it (enumerationsJoined): one clause, as written
                current = flush(current, out);
                current = new Builder(List.of(), part, "", false, source);
                continue;
            }
            Optional<IndicatorMatch> match = catalog.findFirst(head);
            Matcher share = SHARE.matcher(head);
            // "一般预算收入占全市32.5%" (batch me's me05): a name followed by 占 heads a share even without 比重
            if (match.isPresent() && !match.get().matchedName().contains("占")
                    && (share.find() && match.get().end() <= share.end() || head.startsWith("占", match.get().end()))) {
                match = Optional.empty(); // a part of a share (its numerator or denominator) is not the subject
            }
            Matcher distributor = DISTRIBUTOR.matcher(part);
            if (distributor.find() && distributor.start() <= headEnd) {
                List<ParseWarning> unresolved = new ArrayList<>();
                Builder distributed = distributed(part, source, unresolved);
                if (distributed != null) {
                    current = flush(current, out);
                    current = distributed;
                    continue;
                }
                String each = eachWithItsPredicate(part, distributor);
                if (each != null) {
                    current = flush(current, out);
                    splitSentence(each, source, out, warnings);
                    continue;
                }
                warnings.addAll(unresolved);
            } else if (match.isPresent() && match.get().end() < headEnd
                    && LIST_SEPARATOR.matcher(head.substring(match.get().end(), match.get().end() + 1)).matches()) {
                // names listed with no 分别 or 均 before one predicate share it, as 均 would say
                Matcher verb = SHARED_PREDICATE.matcher(part);
                // (a percentage, or keeping pace: "化学需氧量、二氧化硫排放总量控制在自治区下达指标以内" is one qualitative
                // target; one amount or one change in points after two names is not theirs each: "城镇新增就业和农村劳动力
                // 转移就业达到1.5万人", "常住人口城镇化率和户籍人口城镇化率提高1个百分点" — the review of batch mi)
                boolean sharedFigure = verb.find(match.get().end() + 1) && verb.start() <= headEnd
                        && (SHARED_PERCENT.matcher(part.substring(headEnd)).lookingAt()
                                || headEnd == part.length() && IN_STEP_PHRASE.matcher(part).region(verb.start(), part.length()).lookingAt());
                Matcher aim = SHARED_AIM.matcher(part);
                boolean sharedAim = !sharedFigure && !hasFigure(part) && aim.find(match.get().end() + 1);
                String shared = sharedFigure ? part.substring(0, verb.start()) + "均" + part.substring(verb.start()) : null;
                Builder distributed = shared != null ? distributed(shared, source, new ArrayList<>())
                        : sharedAim ? distributed(part, aim.start(), aim.group(1) == null ? aim.start() : aim.end(1), source,
                                new ArrayList<>()) : null;
                // (a level in % only for rates: "稳定城镇新增就业和城镇调查失业率控制在5.5%以内" is no bound on the jobs)
                boolean level = shared != null && verb.group().matches("稳定在|保持在|控制在|达到");
                if (distributed != null && (!level || distributed.subjects.stream().allMatch(x -> "%".equals(x.indicator().unit())))) {
                    current = flush(current, out);
                    current = distributed;
                    continue;
                }
            }
            if (match.isPresent()) {
                current = flush(current, out);
                IndicatorMatch m = match.get();
                current = new Builder(List.of(m), m.matchedName(), part.substring(0, m.start()), false, source);
                current.addPredicate(part.substring(m.end()));
            } else if (hasOwnSubject(head)) {
                Builder before = current;
                current = flush(current, out);
                String subject = TRAILING_VERB.matcher(head.trim()).replaceFirst("").trim();
                // "完成棚户区改造2300户" names 棚户区改造; "完成市下达的节能减排任务" (no figure) stays a whole clause
                String named = VERB_BEFORE_MEASURE.matcher(LEADING_VERB.matcher(subject).replaceFirst("")).replaceFirst("");
                // (a field's name stays before a name of the catalog: "在交通、水利等领域固定资产投资" is the field's, not the
                // region's investment — the review of round 51's rules)
                named = subject.startsWith("在") && catalog.findFirst(named).isPresent() ? subject : named;
                subject = named.length() >= 2 && headEnd < part.length() ? named : subject;
                String predicate = part.substring(head.indexOf(subject) + subject.length());
                current = new Builder(List.of(), shareOfTheStatementBefore(subject, before), "", false, source);
                current.addPredicate(predicate);
            } else if (current != null) {
                current.addPredicate(part);
            } else if (!QuantityReader.read(ChineseText.extractBrackets(part).outside()).isEmpty()) {
                warnings.add(new ParseWarning(part, "数字前没有指标名称 / a figure without an indicator name"));
            }
        }
        flush(current, out);
    }

    /**
     * "固定资产投资、工业投资、服务业投资均增长12%左右" (a development zone's 2024 targets, batch nd's nd05), where not
     * every name is in the catalog: each name with the shared predicate, as separate phrases ("固定资产投资增长12%左右,
     * 工业投资增长12%左右,…"), so that the names outside the catalog are kept as written. 分别 gives each name its own
     * value, in order, with the wording they share ("第二产业增加值、第三产业增加值分别增长6%和7%" is "第二产业增加值增长6%,
     * 第三产业增加值增长7%" — the second's 7 % had been taken for a second target of the first pair's catalog name). Null
     * when the list is not one of plain names (a figure inside it, or fewer than two) or, for 分别, its values are not one
     * per name or its names do not all end as the last does (a tail they share) — unless two or more of them end with a
     * whole catalog name, which no shared tail completes ("宿迁市实现规模工业总产值、规模工业增加值、工业开票销售、工业用电量分别
     * 增长45.6%、26.8%、43.3%、31.9%", a city's half-year industry brief, batch nr's nr06).
     */
    /** A place below the region before a list's first name: a town, a street, a zone, a park, a county (not 全县). */
    private static final Pattern PLACE_BEFORE_LIST = Pattern.compile("(?<!全)(?:镇|乡|街道|园|区|县|村|社区)");
    /** A quoted formula naming a class of things: "“4+1”", "“1+N”", "“6+3”". */
    private static final Pattern QUOTED_FORMULA = Pattern.compile("“[\\d一二三四五六七八九十]{1,2}\\+[\\dA-Za-z一二三四五六七八九十]{1,2}”");
    /** A total with no name of its own, after a statement: "总量在260亿元左右", "总量达到1200亿元". */
    private static final Pattern TOTAL_OF_BEFORE = Pattern.compile("^(?:总量|规模|总额)(?:在|达到?|为|突破|超过)(?=\\d)"
            // (and its average growth a year: "到2020年,地区生产总值达到2000亿元,年均增长8.33%" — a 镇's five-year aims, round
            // 57's ql07, and a 开发区's, round 59's qp02, each read as a subject 年)
            + "|^(?:年均|平均每年|每年平均)(?:增长|增速|增幅)(?:保持在|为|达到)?(?=\\d)");
    /** A round of growths, one for each name of a list before it, with no 分别 of its own: "增长3.8%、18.3%和10.3%". */
    private static final Pattern BARE_ROUND = Pattern.compile("^(?:同比)?(?:增长|下降)\\d{1,3}(?:\\.\\d{1,3})?%"
            + "(?:[、和及]\\d{1,3}(?:\\.\\d{1,3})?%){1,8}$");
    /** How an indicator's name ends (增加值, 总额, 收入, 投资, 产值, 交易额, 增长率): a name no shared tail completes. */
    // (and 规模: "数字经济规模、固定资产投资分别增长15%和8%" — a break-it trial, where investment took 15 %)
    private static final Pattern NAME_ENDING = Pattern.compile("(?:增加值|总值|产值|额|收入|投资|量|率|指数|比重|能耗|规模)$");
    /** An average over years before 分别: "两年平均", "年均". */
    private static final Pattern AVERAGE_BEFORE = Pattern.compile("平均|年均");

    private String eachWithItsPredicate(String part, Matcher distributor) {
        String[] items = LIST_SEPARATOR.split(part.substring(0, distributor.start()));
        if (items.length < 2 || Arrays.stream(items).anyMatch(i -> hasFigure(i) || !hasOwnSubject(i) || i.length() > 20)) {
            return null;
        }
        String predicate = part.substring(distributor.end());
        if (!distributor.group().equals("分别")) {
            return Arrays.stream(items).map(i -> i.trim() + predicate).collect(java.util.stream.Collectors.joining(","));
        }
        // (whole names only, as their common ending shows: "对全市项目招引、重大项目开工、重大项目竣工贡献度分别达到…" share the
        // last one's 贡献度, which only a catalog name could tell apart — left to the warning)
        String lastName = items[items.length - 1].trim();
        String ending = lastName.substring(Math.max(0, lastName.length() - 2));
        List<Quantity> values = QuantityReader.read(predicate);
        // (one whole catalog name is enough when every name before the last ends as a name does, so that none can be
        // sharing the last one's tail: "高新技术产业增加值、地区生产总值、电子商务交易额分别增长12%、6.5%和20%左右" gives
        // 地区生产总值 its own 6.5 % — the break-it trial's D10, where the whole clause had been GDP's with the first figure)
        boolean[] whole = new boolean[items.length];
        for (int k = 0; k < items.length; k++) {
            String item = items[k].trim();
            whole[k] = catalog.findFirst(item).filter(m -> m.end() == item.length()).isPresent();
        }
        long wholeNames = IntStream.range(0, items.length).filter(k -> whole[k]).count();
        boolean standAlone = wholeNames >= 1 && IntStream.range(0, items.length - 1)
                .allMatch(k -> whole[k] || NAME_ENDING.matcher(items[k].trim()).find());
        // (not a place's list — "城关镇规上工业增加值、固定资产投资、工业用电量分别增长…", "工业园区…", whose later names would
        // lose the place — nor averages over years, 两年平均分别增长: the review of batch nr/ns's rules)
        String first = items[0].trim();
        String place = first.substring(0, catalog.findFirst(first).map(IndicatorMatch::start).orElse(0));
        boolean placeOrAverage = PLACE_BEFORE_LIST.matcher(place).find()
                || AVERAGE_BEFORE.matcher(part.substring(0, distributor.start())).find();
        if (values.size() != items.length || placeOrAverage
                || wholeNames < 2 && !standAlone && !Arrays.stream(items).allMatch(i -> i.trim().endsWith(ending))) {
            return null;
        }
        values = sharedWording(values, values.size());
        String verb = values.get(0).lead().trim();
        StringBuilder each = new StringBuilder();
        for (int k = 0; k < items.length; k++) {
            Quantity q = values.get(k);
            each.append(k == 0 ? "" : ",").append(items[k].trim()).append(verb).append(written(q));
        }
        return each.toString();
    }

    /**
     * "一般公共预算收入增长4%左右,其中税收收入占比稳定在75%以上": a share (占比) written without its whole is a share
     * of the indicator of the statement before (税收收入占一般公共预算收入比重).
     */
    private static String shareOfTheStatementBefore(String subject, Builder before) {
        if (!subject.endsWith("占比") || subject.length() < 4 || before == null || before.subjects.size() != 1) {
            return subject;
        }
        String part = LEADING_VERB.matcher(subject.substring(0, subject.length() - 2)).replaceFirst("");
        return part + "占" + before.subjects.get(0).indicator().nameZh() + "比重";
    }

    /**
     * The phrases of a sentence: cut at commas, and at a 、 that ends a figure and starts another indicator with its
     * own figure ("城镇居民人均可支配收入达到2.36万元、农民人均纯收入达到1.05万元"); a 、 inside a list of names or of
     * values (城镇登记失业率、居民消费价格涨幅…分别控制在4%、3%) does not cut.
     */
    /** A sentence's last piece that is only the start of a catalog name (1–6 characters, no figure): "城", "城镇新增就". */
    private boolean cutName(String part) {
        return part.length() <= 6 && part.codePoints().allMatch(Character::isIdeographic) && catalog.all().stream()
                .flatMap(i -> i.names().stream()).anyMatch(n -> n.length() > part.length() && n.startsWith(part));
    }

    /** A verb that makes an item a clause of its own, not a bare name. */
    private static final Pattern VERB_OF_AIM = Pattern.compile("增长|增加|下降|降低|减少|提高|提升|稳定|同步|保持|控制|完成|实现|达到|改善|突破");
    /** An item that ends on a target's figure: "…天数达到73%", "…增长8%左右", "…5万人以上". */
    private static final Pattern ENDS_ON_FIGURE = Pattern.compile("\\d(?:%|‰|个百分点|万?亿?元|万人|人|个|家|天|吨)?(?:左右|以上|以内|以下)?\\s*$");

    private static final String AMOUNTS_SCALE = "(?:万亿|亿|万|千)";
    private static final String AMOUNTS_BASE = "(?:元|美元|吨|人|个|家|户|亩|公里)";
    private static final String AMOUNTS_UNIT = AMOUNTS_SCALE + "?" + AMOUNTS_BASE;
    /** 和 or 及 between one amount and a name with its own ("…1.55亿和引进内资8000万元"): perhaps a list's last item. */
    private static final Pattern AND_BETWEEN_AMOUNTS = Pattern.compile("(?<=\\d" + AMOUNTS_SCALE + "?" + AMOUNTS_BASE + "?)"
            + "[和及](?=[\\u4e00-\\u9fff]{2,16}\\d)");
    private static final Pattern AMOUNT_AT_END = Pattern.compile("\\d(?:\\.\\d+)?\\s*(?:" + AMOUNTS_UNIT + "|万亿|亿|万)"
            + "(?:左右|以上)?\\s*$");
    private static final Pattern AMOUNT_AT_START = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?\\s*+" + AMOUNTS_UNIT);
    /** A name of an amount of its own, not a part or a total of the item before ("其中工业…", "总量…", "人均…"). */
    // (nor the total of the things counted before it: "新开工亿元以上项目10个和总投资50亿元" — the review of round 59's rules)
    private static final Pattern NAME_OF_AN_AMOUNT = Pattern.compile("(?!其中|比|较|同比|占|增|人均|总|年均|平均|累计|分别|均)"
            + "[\\u4e00-\\u9fff]{2,16}?(?:达到|达|为|完成|实现)?");

    private List<String> phrases(String sentence) {
        List<String> phrases = new ArrayList<>();
        for (String part : enumerationsJoined(ChineseText.splitOutsideBrackets(sentence, ",,"))) {
            List<String> items = new ArrayList<>();
            java.util.Map<Integer, String> afterAnd = new java.util.HashMap<>();
            for (String item : ChineseText.splitOutsideBrackets(part, "、")) {
                Matcher and = AND_BETWEEN_AMOUNTS.matcher(item);
                int from = 0;
                while (and.find()) {
                    items.add(item.substring(from, and.start()));
                    afterAnd.put(items.size(), and.group());
                    from = and.end();
                }
                items.add(item.substring(from));
            }
            StringBuilder current = new StringBuilder(items.get(0));
            // (whether the phrase so far has a figure, kept as it grows: asked of the whole phrase at each item, a long
            // list "8%、8%、…" took quadratic work — the hostile-input review)
            // (a year or months opening it are no figure: "2016年全区规模以上工业总产值、规模以上工业增加值同比增长8.5%" — a
            // high-tech zone's 2016 work points, round 68's rh05, whose first name lost the shared growth)
            boolean figureBefore = hasFigure(items.get(0).substring(leadingMonths(items.get(0))));
            String previous = items.get(0);
            for (int at = 1; at < items.size(); at++) {
                String item = items.get(at);
                String head = item.substring(0, firstDigitOutsideBrackets(item));
                // (or a name outside the catalog with its verb and own figure: "力争固定资产投资增幅16%以上、规上工业产值增幅
                // 13%以上、工业技改投资增幅20%以上" — a district's 2023 targets, batch mi's mi05)
                boolean named = figureBefore && head.length() < item.length()
                        && catalog.findFirst(head).map(m -> m.start() == 0).orElse(false);
                // (a shared head before a name's own verb: "单位地区生产总值能耗…下降3.5%、水耗下降4%", batch nd's nd01)
                String sharedHead = figureBefore && !named && head.length() < item.length()
                        ? withSharedHead(current.toString(), head) : null;
                // (or names with no figure of their own opening a list after one: "…天数达到73%、大气和水主要污染物二氧化硫、
                // 化学需氧量排放量均削减2%", batch ok's ok06, whose first pollutant was taken into the air's phrase)
                // (names only: an item with its own verb, "财政收入稳定增长", "一般公共预算收入与经济增长同步", is a clause that the
                // next item's figure must not reach — the review of round 31's rules)
                boolean namesAfter = ENDS_ON_FIGURE.matcher(previous).find() && !DIGIT.matcher(item).find()
                        && catalog.findFirst(item).isPresent() && !IN_STEP_PHRASE.matcher(item).lookingAt()
                        && !VERB_OF_AIM.matcher(item).find();
                // (or a name outside the catalog with its own amount after an amount: "财政收入1300万元、固定资产投资1.55亿和引进
                // 内资8000万元", a 镇's 2010 aims, round 59's qp01, whose 8000万元 went to the investment)
                boolean ownAmount = afterAnd.containsKey(at) && sharedHead == null && AMOUNT_AT_END.matcher(previous).find()
                        && head.length() < item.length() && NAME_OF_AN_AMOUNT.matcher(head).matches()
                        && AMOUNT_AT_START.matcher(item).region(head.length(), item.length()).lookingAt();
                boolean newSubject = named || namesAfter || ownAmount || figureBefore && sharedHead == null
                        && head.length() < item.length() && (OWN_GROWTH.matcher(head).matches() || OWN_RATE.matcher(head).matches())
                        && hasOwnSubject(head);
                if (newSubject || sharedHead != null) {
                    phrases.add(current.toString());
                    current = new StringBuilder(sharedHead == null ? item : sharedHead + item.substring(head.length()));
                    figureBefore = hasFigure(item);
                } else {
                    current.append(afterAnd.getOrDefault(at, "、")).append(item);
                    figureBefore |= hasFigure(item);
                }
                previous = item;
            }
            phrases.add(current.toString());
        }
        return phrases;
    }

    /** The verb that opens the clause ending an enumeration of indicators: what is to be done with them. */
    private static final Pattern ENUMERATION_VERB = Pattern.compile("^\\s*(?:全面)?(?:完成|实现|控制在|达到(?!或))");

    /**
     * "包括设区市细颗粒物(PM2.5)浓度下降比例,设区市城市空气质量优良天数比例,…,氮氧化物减排幅度,完成国家下达任务" (a
     * province's 2017 binding targets, batch mi's mi01): the indicators 包括 lists, up to the clause that says what is to be
     * done with them, are one clause — each was read as a qualitative target of its own. A 包括 with no such clause after
     * it, or with a figure, is left as it is.
     */
    private static List<String> enumerationsJoined(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int end = -1;
            if (part.strip().startsWith("包括")) {
                for (int j = i + 1; j < parts.size() && j <= i + 10 && end < 0; j++) {
                    if (firstDigitOutsideBrackets(parts.get(j)) < parts.get(j).length()) {
                        break;
                    }
                    if (ENUMERATION_VERB.matcher(parts.get(j)).find()) {
                        end = j;
                    }
                }
            }
            if (end < 0 || firstDigitOutsideBrackets(part) < part.length()) {
                out.add(part);
            } else {
                out.add(String.join(",", parts.subList(i, end + 1)));
                i = end;
            }
        }
        return out;
    }

    /**
     * "粮食播种面积稳定在62万亩、总产稳定在5.2亿斤以上": an item whose head names an indicator only with the first
     * words of the indicator before it (粮食 + 总产 = 粮食总产; 单位地区生产总值 + 水耗 = 单位地区生产总值水耗, a
     * 2011 report's "…能耗和二氧化碳排放量均下降3.5%、水耗下降4%") is that indicator; the head so completed, or null.
     */
    private String withSharedHead(String before, String head) {
        // (only a name at its start counts: its first characters are enough, and the whole of a long list was searched
        // once per item)
        Optional<IndicatorMatch> previous = catalog.findFirst(before.substring(0, Math.min(before.length(), NAME_REACH)))
                .filter(m -> m.start() == 0);
        if (previous.isEmpty() || head.isBlank()) {
            return null;
        }
        String name = previous.get().matchedName();
        // (any head of the name: 粮食 + 总产, and 单位地区生产总值 + 水耗 — batch nd's nd01)
        for (int k = 2; k <= name.length() - 1; k++) {
            String candidate = name.substring(0, k) + head;
            int length = k;
            boolean other = catalog.findFirst(candidate).filter(m -> m.start() == 0 && m.end() > length
                    && m.indicator() != previous.get().indicator()).isPresent();
            if (other) {
                return candidate;
            }
        }
        return null;
    }

    /** Characters enough to hold any catalog name with the words before it at the start of a phrase. */
    private static final int NAME_REACH = 160;

    private static boolean hasFigure(String item) {
        return firstDigitOutsideBrackets(item) < item.length();
    }

    /**
     * Gives the i-th value of a subjectless "分别…" phrase to the i-th of the sentence's last statements; false when the
     * values do not match the statements. Shares of a larger whole after 分别 are no figure of the statements' own: they
     * are said in {@code warnings}, never dropped without a word (issue 11).
     */
    private static boolean distributeOverPrevious(String part, List<Statement> out, int sentenceStart,
            List<ParseWarning> warnings) {
        List<Quantity> values = QuantityReader.read(part);
        int statements = out.size() - sentenceStart;
        if (part.startsWith("均") && values.size() == 1) {
            // "A达到2.9万元,B达到1.3万元,均增长9%左右": the value for each statement of the run before it without a rate
            int first = out.size();
            while (first > sentenceStart && out.get(first - 1).predicates().stream().noneMatch(p -> p.contains("%"))) {
                first--;
            }
            if (out.size() - first < 2) {
                return false;
            }
            for (int k = first; k < out.size(); k++) {
                Statement s = out.get(k);
                List<String> predicates = new ArrayList<>(s.predicates());
                predicates.add(part.substring(1));
                out.set(k, new Statement(s.subjects(), s.subjectText(), s.prefix(), predicates, s.distributed(), s.source(),
                        s.aboveReference()));
            }
            return true;
        }
        Statement last = statements > 0 ? out.get(out.size() - 1) : null;
        if (last != null && last.distributed() && last.subjects().size() == values.size()) {
            // "A和B分别达到38620元和19870元,分别增长4.5%和6.3%": a second round of values for the same list
            List<String> predicates = new ArrayList<>(last.predicates());
            predicates.add(part.substring(2));
            out.set(out.size() - 1, new Statement(last.subjects(), last.subjectText(), last.prefix(), predicates, true,
                    last.source(), last.aboveReference()));
            return true;
        }
        if (values.size() < 2 || values.size() > statements) {
            return false;
        }
        values = sharedWording(values, values.size());
        String verb = values.get(0).lead().replace("分别", "").trim();
        if (verb.startsWith("占")) {
            // "…实际利用外资2750.9万美元,自营进出口额3.8亿美元,分别占全市份额的54.8%、90.2%、63.1%" (a zone's first quarter in
            // traditional characters, round 62's qw07, read as growths of 90.2 % and 63.1 %): each figure's share of a larger
            // whole, no figure of the statements' own
            warnings.add(new ParseWarning(part, "“分别占…”是各项在更大总量中的比重,不是本项的数值,未读取 / shares of a larger whole"
                    + " after 分别: not the items' own figures, not read"));
            return true;
        }
        int first = out.size() - values.size();
        for (int k = 0; k < values.size(); k++) {
            Statement s = out.get(first + k);
            Quantity q = values.get(k);
            List<String> predicates = new ArrayList<>(s.predicates());
            predicates.add(verb + written(q));
            out.set(first + k, new Statement(s.subjects(), s.subjectText(), s.prefix(), predicates, s.distributed(),
                    s.source(), s.aboveReference()));
        }
        return true;
    }

    /** "城镇居民、农村居民人均可支配收入分别达到3.1万元、1.7万": the names share the tail of the last one. */
    private Builder distributed(String part, String sentence, List<ParseWarning> warnings) {
        Matcher distributor = DISTRIBUTOR.matcher(part);
        return distributor.find() ? distributed(part, distributor.start(), distributor.end(), sentence, warnings) : null;
    }

    /** The names of {@code part} before {@code at}, each with the predicate from {@code predicateStart}; null if not all known. */
    private Builder distributed(String part, int at, int predicateStart, String sentence, List<ParseWarning> warnings) {
        String subjectPhrase = part.substring(0, at);
        // (the comparison before 分别 is no part of the last name: "规模工业增加值、产值同比分别增长…", ob08)
        String[] items = LIST_SEPARATOR.split(COMPARISON_BEFORE_DISTRIBUTOR.matcher(subjectPhrase).replaceFirst(""));
        if (items.length < 2) {
            return null;
        }
        String last = items[items.length - 1].trim();
        Optional<IndicatorMatch> lastMatch = catalog.findFirst(last);
        if (lastMatch.isEmpty()) {
            lastMatch = resolveWithSharedHead(last, items[0].trim());
            last = lastMatch.map(IndicatorMatch::matchedName).orElse(last);
        }
        if (lastMatch.isEmpty()) {
            warnings.add(new ParseWarning(part, "“分别”前的指标无法识别 / indicators before 分别 not recognised"));
            return null;
        }
        List<IndicatorMatch> subjects = new ArrayList<>();
        for (int i = 0; i < items.length - 1; i++) {
            Optional<IndicatorMatch> resolved = resolveWithSharedTail(items[i].trim(), last);
            if (resolved.isEmpty()) {
                warnings.add(new ParseWarning(items[i], "“分别”前的指标无法识别 / indicator before 分别 not recognised"));
                return null;
            }
            subjects.add(resolved.get());
        }
        subjects.add(lastMatch.get());
        Builder builder = new Builder(subjects, subjectPhrase.trim(), "", true, sentence);
        builder.addPredicate(part.substring(predicateStart));
        return builder;
    }

    /**
     * "单位地区生产总值能耗、二氧化碳排放分别下降3.5%、4%" (batch v): a name after the first that shares the first one's
     * head (单位地区生产总值 + 二氧化碳排放 = 单位地区生产总值二氧化碳排放), the mirror of a shared tail; the longest head of
     * the first name that makes a catalog name of the item, or empty. A list of names in Chinese writes a modifier they
     * share once, before the first (单位GDP能耗、二氧化碳排放 = per unit of GDP, both); only a whole catalog name counts.
     */
    // (and the growth's word the names share: "规模以上工业总产值和增加值增速分别达25%、21.2%" — a county's half year in a news
    // item, round 54's qg04, whose second name was left as 增加值增速)
    private static final Pattern COMPARISON_BEFORE_DISTRIBUTOR = Pattern.compile("(?:同比|比上年同期|比上年|比去年同期|比去年|较上年)?"
            + "(?:增速|增幅|增长速度)?$");
    private static final Pattern REGION_BEFORE_NAME = Pattern.compile("^(?:全|我|本)[省市州县区盟旗镇]");

    private Optional<IndicatorMatch> resolveWithSharedHead(String item, String first) {
        // (the region before the first name is no part of the head: "全市规模工业增加值、产值" is 规模工业产值 — a city's 1-8月
        // industry brief, batch ob's ob08)
        first = REGION_BEFORE_NAME.matcher(first).replaceFirst("");
        for (int cut = first.length() - 1; cut >= 2 && !item.isEmpty(); cut--) {
            String candidate = first.substring(0, cut) + item;
            var exact = catalog.byExactName(candidate);
            if (exact.isPresent()) {
                return Optional.of(new IndicatorMatch(exact.get(), candidate, 0, candidate.length()));
            }
        }
        return Optional.empty();
    }

    private Optional<IndicatorMatch> resolveWithSharedTail(String item, String last) {
        Optional<IndicatorMatch> own = catalog.findFirst(item);
        if (own.isPresent()) {
            return own;
        }
        for (int cut = 1; cut < last.length(); cut++) {
            String candidate = item + last.substring(cut);
            var exact = catalog.byExactName(candidate);
            if (exact.isPresent()) {
                return Optional.of(new IndicatorMatch(exact.get(), candidate, 0, candidate.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * The values of a "分别" statement, one per subject. One rate for several subjects (均增长10%以上, 分别增长9%) is
     * shared by all (one amount is not: that is a value missing); the words before the first value (分别控制在) and a modifier written only after the last one
     * (分别增长8%和12%左右, 分别控制在4%、3%、5‰以内) hold for every value.
     */
    /**
     * The values of a 分别 list in rounds of one value per indicator ("分别达到38620元和19870元,分别增长4.5%和6.3%" is
     * two rounds), each round with its shared wording ({@link #sharedWording}); empty when the values do not divide
     * into rounds (then the caller warns).
     */
    public static List<List<Quantity>> rounds(List<Quantity> quantities, int subjects) {
        List<List<Quantity>> rounds = new ArrayList<>();
        if (quantities.size() == 1) {
            List<Quantity> shared = sharedWording(quantities, subjects);
            if (shared.size() == subjects) {
                rounds.add(shared);
            }
        } else if (subjects > 0 && !quantities.isEmpty() && quantities.size() % subjects == 0) {
            for (int r = 0; r < quantities.size() / subjects; r++) {
                rounds.add(sharedWording(quantities.subList(r * subjects, (r + 1) * subjects), subjects));
            }
        }
        return rounds;
    }

    static List<Quantity> sharedWording(List<Quantity> quantities, int subjects) {
        if (quantities.isEmpty()) {
            return quantities;
        }
        Quantity only = quantities.get(0);
        boolean rate = only.isPercent() || "‰".equals(only.unit());
        // one rate for several (分别增长9%) is shared; one amount for two incomes (分别达到4.2万元) is a value missing
        List<Quantity> values = quantities.size() == 1 && subjects > 1 && rate
                ? java.util.Collections.nCopies(subjects, only) : quantities;
        Quantity first = values.get(0);
        Quantity last = values.get(values.size() - 1);
        // (not when an earlier value is the same number: "城乡居民人均可支配收入分别增长8%和8%以上" says 8 % and at least 8 % —
        // a county's 2017 targets, batch nl's nl05; the same bound on both would be written 均增长8%以上)
        boolean suffixOnLast = !last.suffix().isEmpty()
                && values.subList(0, values.size() - 1).stream().allMatch(q -> q.suffix().isEmpty()
                        && q.number().compareTo(last.number()) != 0);
        List<Quantity> shared = new ArrayList<>();
        for (Quantity q : values) {
            String prefix = q.prefix().isEmpty() ? first.prefix() : q.prefix();
            String suffix = suffixOnLast ? last.suffix() : q.suffix();
            shared.add(new Quantity(q.start(), q.end(), q.lead(), prefix, q.low(), q.number(), q.unit(), suffix, q.text()));
        }
        return shared;
    }

    /** Whether {@code head} says more than filler words (力争, 全市, 其中): at least two characters of a subject. */
    static boolean hasOwnSubject(String head) {
        return ChineseText.countCjk(FILLER.matcher(head).replaceAll("")) >= 2;
    }

    /**
     * "1—10月全市规模以上工业增加值增长6.4%": the months a phrase starts with are when, not a figure; so is its year
     * ("初步核算,2015年全县地区生产总值244394万元", a county's annual figures, batch o's o02, whose GDP went to the
     * subject 初步核算), with or without months after it (2024年1—2月); so is a year after who set the aims ("淮滨县提出:2010年将
     * 努力实现全县生产总值增长13.5%" — a 县's aims in a daily's commentary, batch op's op03, named 淮滨县提出), or after a first
     * count ("初步核算2010年全区累计实现地区生产总值393.4亿元" — a district's 公报, round 53's qe06, named 初步核算).
     */
    private static final Pattern LEADING_MONTHS = Pattern.compile("^(?:(?:[\\u4e00-\\u9fff]{0,12}?(?:提出|确定|明确)[::]?|(?:据|经)?初步(?:核算|统计)[,,]?)?"
            + "(?:19|20)\\d{2}\\s*年(?:度)?)?"
            + "(?:\\d{1,2}(?:\\s*+月?\\s*[-—–~至到]\\s*\\d{1,2})?月(?:份)?)?");

    static int leadingMonths(String part) {
        Matcher m = LEADING_MONTHS.matcher(part);
        return m.find() ? m.end() : 0;
    }

    /** Where the first figure stands, outside brackets; digits of a Latin name (PM2.5, PM10, 5G) are not figures. */
    static int firstDigitOutsideBrackets(String part) {
        int depth = 0;
        boolean inName = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean latin = c < 128 && Character.isLetter(c);
            if (latin) {
                inName = true;
            } else if (!(Character.isDigit(c) || c == '.' && inName)) {
                inName = false;
            }
            Matcher formula = c == '“' ? QUOTED_FORMULA.matcher(part).region(i, part.length()) : null;
            if (formula != null && formula.lookingAt()) {
                // (a quoted name of a formula, "“4+1”投资增长15%" — a 开发区's 2020 aims, batch pd's pd03, whose name was cut to
                // 投资; a quoted figure, "“5%左右”", stays one)
                i = formula.end() - 1;
            } else if (c == '(' || c == '《') {
                depth++; // (a document's title too: 《中国制造2025》 is no figure — batch oa's oa01)
            } else if ((c == ')' || c == '》') && depth > 0) {
                depth--;
            } else if (depth == 0 && Character.isDigit(c) && !inName && !nameFollows(part, i)) {
                int end = notAFigure(part, i);
                if (end < 0) {
                    // (a minus sign is the figure's: "工业品出厂价格涨幅为-1.5%" — the break-it trial's lost sign)
                    return i > 1 && (part.charAt(i - 1) == '-' || part.charAt(i - 1) == '−')
                            && Character.isIdeographic(part.charAt(i - 2)) ? i - 1 : i;
                }
                i = end - 1;
            }
        }
        return part.length();
    }

    /**
     * The end of the digits at {@code i} when they are no figure, else -1: an ordinal ("北京市第16届人民代表大会", a news
     * digest of 2024's local 两会, batch nf's nf07) or a year inside the words before a target named ("…在政府工作报告中提到
     * 2024年全北京市经济成长率目标为5%左右": the name after the year was cut off the figure's head; "预计2022年…增长13%" is a
     * result, and its year still ends the head).
     */
    private static int notAFigure(String part, int i) {
        int j = i;
        while (j < part.length() && Character.isDigit(part.charAt(j))) {
            j++;
        }
        boolean ordinal = i > 0 && part.charAt(i - 1) == '第';
        // (not a horizon: "到2025年全市地区生产总值目标突破1000亿元" is a later year's target — but "提到2024年…" is a verb)
        boolean horizon = i > 0 && "到至".indexOf(part.charAt(i - 1)) >= 0 && (i < 2 || "提说谈".indexOf(part.charAt(i - 2)) < 0);
        boolean year = i > 0 && j - i == 4 && (part.startsWith("19", i) || part.startsWith("20", i)) && part.startsWith("年", j)
                && j + 1 < part.length() && Character.UnicodeScript.of(part.charAt(j + 1)) == Character.UnicodeScript.HAN
                && "均度内底末初".indexOf(part.charAt(j + 1)) < 0 && namesATarget(part, j) && !horizon;
        return ordinal || year ? j : -1;
    }


    /**
     * Whether the words after {@code from}, up to the next figure, say 目标 (a year's target named, no year's result) — or
     * 任务 with no figure after it: "完成2013年省政府下达的林业生态工程建设任务" (a county forestry bureau's 2013 aims, round
     * 61's qt05, whose clause was lost without a word).
     */
    private static boolean namesATarget(String part, int from) {
        int k = from;
        while (k < part.length() && !Character.isDigit(part.charAt(k))) {
            k++;
        }
        String words = part.substring(from, k);
        return words.contains("目标") || k == part.length() && words.contains("任务");
    }

    /** One value of a 分别 list written out with its own wording: "约", 7.5, "%", "左右" → 约7.5%左右. */
    private static String written(Quantity q) {
        return q.prefix() + q.number().toPlainString() + (q.unit() == null ? "" : q.unit()) + q.suffix();
    }

    /** "5G基站": a digit directly followed by a Latin letter belongs to a name. */
    private static boolean nameFollows(String part, int i) {
        int j = i;
        while (j < part.length() && Character.isDigit(part.charAt(j))) {
            j++;
        }
        return j < part.length() && part.charAt(j) < 128 && Character.isLetter(part.charAt(j));
    }

    private static Builder flush(Builder builder, List<Statement> out) {
        if (builder != null) {
            out.add(new Statement(builder.subjects, builder.subjectText, builder.prefix, builder.predicates,
                    builder.distributed, builder.source, builder.aboveReference));
        }
        return null;
    }

    private static final class Builder {
        final List<IndicatorMatch> subjects;
        final String subjectText;
        final String prefix;
        final boolean distributed;
        final String source;
        final List<String> predicates = new ArrayList<>();
        String aboveReference;

        Builder(List<IndicatorMatch> subjects, String subjectText, String prefix, boolean distributed, String source) {
            this.subjects = subjects;
            this.subjectText = subjectText;
            this.prefix = prefix;
            this.distributed = distributed;
            this.source = source;
        }

        /** Adds a phrase about the subject; a relative target inside it ("增速高于全省平均水平") is taken out of it. */
        void addPredicate(String phrase) {
            Matcher relative = RELATIVE.matcher(phrase);
            if (relative.find()) {
                // (a second average after the first is beaten too: "高于全市平均增速10个百分点,高于全省平均增速5个百分点",
                // a 开发区's 2011 aims, round 45's pn03 — both kept, "全市平均水平、全省平均水平")
                String reference = relative.group(1) + "平均水平";
                aboveReference = aboveReference == null ? reference
                        : aboveReference.contains(reference) ? aboveReference : aboveReference + "、" + reference;
                phrase = (phrase.substring(0, relative.start()) + phrase.substring(relative.end())).trim();
                // (and a second comparison after it, with another group's growth: "增速高于全国水平、高于城镇居民收入增速",
                // nj05 — the relative target is the clause's)
                phrase = SECOND_COMPARISON.matcher(phrase).replaceFirst("");
                if (phrase.isEmpty() && !predicates.isEmpty()) {
                    return; // the phrase was only the relative target, which belongs to the statement's first phrase
                }
            }
            predicates.add(phrase);
        }
    }
}
