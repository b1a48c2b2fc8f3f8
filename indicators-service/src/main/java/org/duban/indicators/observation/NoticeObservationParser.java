package org.duban.indicators.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.indicators.catalog.Indicator;
import org.duban.indicators.catalog.IndicatorCatalog;
import org.duban.indicators.catalog.IndicatorKind;
import org.duban.indicators.catalog.IndicatorMatch;
import org.duban.indicators.catalog.Units;
import org.duban.indicators.target.Bound;
import org.duban.indicators.target.ParseWarning;
import org.duban.indicators.target.Statement;
import org.duban.indicators.target.StatementSplitter;
import org.duban.indicators.target.Target;
import org.duban.indicators.target.TargetComparator;
import org.duban.indicators.target.TargetParser;
import org.duban.indicators.text.CellPerLineTable;
import org.duban.indicators.text.NameValueLines;
import org.duban.indicators.text.YearColumns;
import org.duban.indicators.text.ChineseText;
import org.duban.indicators.text.ShortLineParagraphs;
import org.duban.indicators.text.PageFurniture;
import org.duban.indicators.text.WebFurniture;
import org.duban.indicators.text.QuantityReader;
import org.duban.indicators.text.QuantityReader.Quantity;

/**
 * Reads observed figures from notice and report text: "一季度,我市实现地区生产总值增长8.5%(预期目标8%)",
 * "居民消费价格涨幅控制在2.9%(预期目标3.5%以内)", "完成地区生产总值121.9亿元(预计数),同比增长8%".
 *
 * <p>The period comes from the sentence (一季度, 上半年, 1-5月) and holds for the sentences after it until another
 * is named. A bracket that mentions 目标 is the target; one that says 预计 marks an estimate.
 */
public final class NoticeObservationParser {

    /** Months counted from a month to a month, "1-9月", "1—9月", "1至9月": the one spelling the patterns below share. */
    /** A bare whole number from which a figure in 万人 must be a head count (persons): 10,000. */
    private static final BigDecimal HEAD_COUNT = BigDecimal.valueOf(10_000);
    private static final String MONTHS_RANGE = "\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月";

    /**
     * Whose year a completion counts against, before its noun (目标, 预算, 计划, 任务): 年度, 全年, 年初, 年, and 预期 after
     * them — "完成全年预期目标的64.4%" (a district's half-year analysis, batch np's np07: read as an indicator named
     * 全年预期目标的, and the completion lost).
     */
    // (and the target's kind: "占全年收入任务的52.3%", a county's half year in a news item, batch oy's oy07)
    private static final String OF_THE_YEAR = "(?:年度|全年|年初|年)?(?:预期|预计|工作|考核|责任|收入|财政收入|税收|投资)?";
    private static final Pattern TARGET_WORDS = Pattern.compile("^.*?目标(任务)?(为|是)?[::]?");
    private static final Pattern ESTIMATE = Pattern.compile("预计");
    /**
     * "完成年度目标的21.3%", "完成年度预算的70.2%": the share of the annual target done; "完成年初预算的71.9%" and
     * "占年度计划的78.5%" (a 高新区's 前三季度 notice, batch z's z05) say the same and were lost.
     */
    /**
     * A completion or a pace gap after a semicolon, with no subject of its own: "全县规模工业累计完成产值96.02亿元,同比增长
     * 23%,可比增长28%;占年度目标95%,超时序进度3个百分点" (a county's 1-11月 news item, batch ng's ng10) — the figure's
     * before it, lost as a clause of its own; the semicolon is read as a comma.
     */
    // (and the growth after them: "一般公共预算收入完成1603.8亿元,占预算的56.6%,超过时间进度6.6个百分点;比上年同期增长15.5%"
    // — a province's half-year budget execution, batch of's of06, whose growths were lost)
    /**
     * A month's own figure before the months' so far: "3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成
     * 234267万元,下降10.9%" (a city's budget page, batch of's of10) — the notice's figure is the total so far; the month's,
     * with its growth, is left out (the total was read as a figure with no name).
     */
    /**
     * A month named first, the figure after it 累计: "4月,一般公共预算收入累计完成24627万元" (a county's budget page, batch pg's
     * pg02) is of 1-4月 — the month's own figure would say 当月 ({@link #MONTH_OWN_THEN_TO_DATE}); the period was not read.
     */
    private static final Pattern MONTH_THEN_CUMULATIVE = Pattern.compile("(?<![\\d\\-—~至到])(1[0-2]|[2-9])月份?[,,]"
            + "(?=[^。;;,,]{0,30}?累计(?:完成|实现)\\d)(?![^。;;,,]{0,30}?当月)");
    private static final Pattern MONTH_THEN_TO_DATE = Pattern.compile("当月(?:完成|实现)?\\d+(?:\\.\\d+)?(?:亿|万)?元"
            + "(?:[,,](?:同比|比上年同月)?(?:增长|下降)-?\\d+(?:\\.\\d+)?%)?[,,]累计(?=完成|实现)");
    /**
     * The same with the month named first: "3月份,…当月完成…,累计完成…" is of 1-3月 — only where 当月 sets the month's own
     * figure apart ("9月份,…完成12亿元,…累计完成98亿元" names no 当月, and its first figure is the month's — the review).
     */
    private static final Pattern MONTH_OWN_THEN_TO_DATE = Pattern.compile("(?<![\\d\\-—~至到])(1[0-2]|[2-9])月份?[,,]"
            + "([^。;;,,]{0,30}?)当月(?:完成|实现)?\\d+(?:\\.\\d+)?(?:亿|万)?元"
            + "(?:[,,](?:同比|比上年同月)?(?:增长|下降)-?\\d+(?:\\.\\d+)?%)?[,,]累计(?=完成|实现)");
    // (and after a full stop, the indicator's name inside the completion: "出口48583万美元,…同比增长24.1%。完成全年出口目标任务的
    // 60.5%,超任务进度10.5个百分点" in a city's 商务 half-year summary, batch pg's pg01, whose 60.5 became a growth of exports
    // of the year — see NAME_IN_COMPLETION)
    private static final Pattern COMPLETION_AFTER_SEMICOLON = Pattern.compile("[;;。](?=(?:占|完成)" + OF_THE_YEAR
            + "(?:目标|预算|计划|任务)[^。;;,,]{0,6}?\\d|(?:超|超过|快于|慢于|滞后|落后)于?(?:时序|序时|时间)进度"
            + "|(?:比上年同期|比去年同期|比上年|同比)(?:增长|下降|减少)\\s*-?\\d)");
    /**
     * A clause run on after a figure with its comma lost: "高于全市平均增速24.5个百分点战略性新兴产业产值同比增长20.6%全市第8位"
     * (a county's 1-5月 release whose page dropped its commas, batch ng's ng02: 战略性新兴产业产值 was read as a gap's
     * words) — a comma after the points when words follow that are no bound (以上, 左右…) nor a link (not after a per cent:
     * "比年度目标8%高0.4个百分点" is one clause).
     */
    private static final Pattern RUN_ON_CLAUSE = Pattern.compile("(?<=\\d个百分点)(?=[\\u4e00-\\u9fff])"
            // (nor a target's words: "同比增长7.4%,处于7%—7.5%年度预期目标区间", batch nc's nc07)
            + "(?!以上|以下|以内|之内|左右|上下|之间|的|和|与|及|或|至|到|为|是|即|了|以|、|年度|全年|预期|目标|区间|范围|水平)");
    /**
     * Who set the target, between 完成 and it: "完成州政府下达任务数132.63亿元的90.8%" (a development zone's 1到10月 item,
     * batch ng's ng05), "完成市下达目标的80%" — the year's target, whoever set it; the completion was lost.
     */
    // (and to whom, as a 工作目标: "完成省下达我市工作目标3000万美元的66.2%", a city's 1-9月 notice, batch ng's ng06)
    private static final Pattern ISSUER_OF_TARGET = Pattern.compile("(?<=完成|占)(?:[省市州县区盟旗]|上级)(?:政府|委|级)?下达(?:给)?"
            + "(?:我[省市州县区旗镇])?(?:的)?(?:工作)?(?=(?:年度|全年)?(?:目标|任务|计划))");
    /** "…53369万元,为年度预算数的62.6%" (a county's 督查 notice, batch ml's ml01): the completion, said with 为. */
    // (and with the target's amount: "全镇财税总收入累计完成419万元,为全年任务740万元的56.6%" — a town's half-year summary,
    // batch mw's mw06, whose target and completion were lost silently)
    // (and with no 的: "公共财政预算总收入67949万元,为年初预算61.22%", a county's 1—8月 budget report, batch ob's ob07)
    private static final Pattern COMPLETION_WITH_IS = Pattern.compile("(?<=[,,])为(?=" + OF_THE_YEAR + "(?:目标|预算|计划|任务)(?:数)?"
            // (a budget's share only: not "为全年计划7%的80%", "为年初计划4%以内" — the review)
            + "(?:\\d+(?:\\.\\d+)?(?:[\\u4e00-\\u9fa5]{0,3}元|万人|人))?的\\d|(?:年初|年度|全年)预算\\d+(?:\\.\\d+)?%(?![的以左]))");
    /** A sentence that breaks the figure down by period: 分季度看, 分月看, 从季度看. */
    private static final Pattern BREAKDOWN = Pattern.compile("^\\s*(?:分季度|分月份?|从季度|从月份?|分阶段|逐季)看");
    /**
     * A bound's target said met in words, with no figure: ",完成年度目标", ",实现了全年控制目标" after "城镇登记失业率控制在4%以内"
     * or "…分别控制在3.5%和3%以内" (the review of round 49's rules found the bounds then read as the rates) — the bound stays the
     * target.
     */
    private static final String TARGET_MET_IN_WORDS = "(?:完成|实现|达到)了?(?:年度|全年|年初|省|市|上级)?(?:下达的?)?"
            + "(?:控制|预期|调控)?(?:目标|任务|计划)(?:任务)?(?:要求)?";
    /** A predicate that is only {@link #TARGET_MET_IN_WORDS}. */
    private static final Pattern TARGET_MET_ONLY = Pattern.compile(TARGET_MET_IN_WORDS + "[。.;;]?");
    /** {@link #BOUND_ONLY} of a 分别 list: "分别控制在5%和3%以内" (分别 as the splitter leaves it, or taken off); group 1 the bound's side. */
    private static final Pattern DISTRIBUTED_BOUND_ONLY = Pattern.compile("^(?:分别)?(?:控制在|稳定在|保持在)\\s*+\\d{1,3}(?:\\.\\d{1,2})?[%‰]?"
            + "(?:\\s*+[和、及,,]\\s*+\\d{1,3}(?:\\.\\d{1,2})?[%‰]?){1,6}\\s*+(以内|以下|之内|以上)(?:[,,、]\\s*+" + TARGET_MET_IN_WORDS + ")?"
            + "[。.;;]?$");
    /** The words of a bound a rate stayed within: 控制在, 稳定在, 保持在. */
    private static final Pattern KEPT_WITHIN = Pattern.compile("控制在|稳定在|保持在");
    /** The number of a {@link #BOUND_ONLY} predicate. */
    private static final Pattern BOUND_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A rate's bound with nothing else: "控制在5.5%以内", "控制在4%以下" — target words, no figure. */
    // (and in ‰, and written with ≤: "城镇登记失业率≤4%;人口自然增长率控制在6‰以内", a district's plan report on its year,
    // batch od's od05 — both read silently as the figures)
    // (and a floor: "森林覆盖率稳定在33%以上" in a 旗's half-year report, batch pg's pg05, read as the rate 33 %)
    // (and the bound alone after the name: "——城镇调查失业率5%以内。" in a district's plan report on its year, round 53's qe03)
    private static final Pattern BOUND_ONLY = Pattern.compile("^(?:(?:控制在)?\\s*\\d+(?:\\.\\d+)?[%‰](?:以内|以下|之内)"
            + "|(?:≤|<=|不超过|不高于)\\s*\\d+(?:\\.\\d+)?[%‰](?:以内|以下|之内)?"
            + "|(?:稳定在|保持在|≥|>=|不低于)\\s*\\d+(?:\\.\\d+)?[%‰]以上)(?:[,,、]\\s*+" + TARGET_MET_IN_WORDS + ")?[。.;;]?$");
    // (and a higher government's approved figure: "占省级核定一般公共预算支出预计数的60.68%", a city's half-year budget report,
    // batch pg's pg10)
    private static final Pattern COMPLETION = Pattern.compile("(?:(?:完成|占)" + OF_THE_YEAR + "(?:目标|预算|计划|任务)++(?:任务)?(?:数)?"
            + "|占(?:省级|上级|市级|县级)?(?:核定|下达)的?[^,,;;。的\\d]{0,16}?(?:预算|预计|目标|计划)数?)的?(\\d+(?:\\.\\d+)?)%");
    /**
     * "完成率25.5%", "目标完成率为27.4%", "完成进度28%" (a 发改委 notice with status lights, batch o's o07): the share of the
     * annual target done, said as a rate — it was read as the growth.
     */
    private static final Pattern COMPLETION_RATE = Pattern.compile("(?:年度|全年)?(?:目标|任务|计划)?完成(?:率|进度)(?:为|达到?)?"
            + "\\s*(\\d+(?:\\.\\d+)?)%");
    /**
     * "实际利用外资0.41亿美元,完成34.2%,滞后时序进度…" (a 督查 notice's task, batch mh's mh08): 完成 and a percentage alone,
     * right after an amount, is the completion of the year's target — not after a growth or a rate ("目标增长7%,完成6.2%"
     * is the growth; the review of batch mh).
     */
    private static final Pattern BARE_COMPLETION = Pattern.compile("(?<=(?:亿元|万元|\\d元|亿美元|万美元|万人|\\d人|万吨|\\d吨|\\d家|\\d个|\\d亩|\\d户|\\d件|\\d项)[,,])"
            + "完成(?=\\d+(?:\\.\\d+)?%(?!以上|以内|左右|的))");
    /**
     * "占年度目标10.66亿元的21.85%", "完成年度预算6.5亿元的53.0%", "占任务数16900万元的63.0%" (a town's 1-10月 report, batch
     * mj's mj08 — read as a growth of 63 %): the annual target and the share of it done.
     */
    private static final Pattern SHARE_OF_TARGET = Pattern.compile("(?:占|完成)" + OF_THE_YEAR + "(?:目标|预算|计划|任务)++(?:数)?(\\d+(?:\\.\\d+)?)"
            + "([\\u4e00-\\u9fa5]{0,3}元|万人|人|美元|亿美元)?的(\\d+(?:\\.\\d+)?)%");
    /**
     * 工业增加值 with no scope, before the part above designated size: "实现工业增加值40.6亿元,占GDP的27.3%,…。其中规模以上工业
     * 增加值36.5亿元" (a county's half-year news, batch mo's mo06) — all industry's value added, 全部工业增加值, whose part
     * the next figure is (the bare name is otherwise the shorthand of 规模以上工业增加值).
     */
    /**
     * A bare 增加值 after the output of the firms above designated size, in the same sentence: "全区27家规模以上企业实现产值
     * 49.45亿元,同比增长3%,实现增加值8.10亿元,同比增长15.4%" (a district's plan report on its year, batch od's od05) — those
     * firms' value added, 规模以上工业增加值; alone it named nothing of the catalog.
     */
    // (and the regions' 规模工业 with no 企业, the two figures parted by 、: "实现规模工业产值6亿元、增加值1.98亿元" — a town's
    // half-year summary, round 48's pu04)
    // (right after the output's figure and its growth only: "规模工业实现产值6亿元,增长15%,建筑业完成产值2亿元、增加值0.6亿元"
    // is the builders' — the review of round 48's rules)
    private static final Pattern VALUE_ADDED_OF_THE_FIRMS = Pattern.compile("(?<=(?:规模以上|规上)(?:工业)?企业"
            + "(?:实现|完成)?(?:工业)?总?产值[^。;;]{0,40}?[,,](?:实现|完成)?"
            + "|规模(?:以上)?工业(?:实现|完成)?(?:工业)?总?产值(?:累计)?(?:\\d{1,9}(?:\\.\\d{1,4})?(?:亿|万)?元)?"
            + "(?:[,,]?(?:同比)?(?:增长|下降)\\d{1,3}(?:\\.\\d{1,2})?%)?[,,、](?:实现|完成)?)(?=增加值(?!率))");
    /** A 分别 list of growths after a sentence of amounts: ",比上年分别增长36.8、25%、33.3%…和19.6%". */
    private static final Pattern GROWTHS_OF_THE_AMOUNTS = Pattern.compile("[,,]\\s*+(?:比上年|比去年|较上年|较去年|同比)?(?:同期)?分别增长\\s*+"
            + "((?:-?\\d+(?:\\.\\d+)?%?\\s*+(?:[、,,]|和|及)\\s*+){2,19}-?\\d+(?:\\.\\d+)?%?)");
    /** A round amount passed, no figure of its own: "突破200亿元大关", "迈上…台阶". */
    private static final Pattern THRESHOLD = Pattern.compile("(?:突破|迈上|跨上|超过)[^,,、]{0,8}?(?:大关|台阶|关口)");
    /** An amount with its unit in a piece of a sentence. */
    // (from a number's first digit only: tried at every digit of a long run it read the run again each time — PatternCostTest)
    private static final Pattern PIECE_AMOUNT = Pattern.compile("(?<![\\d.])\\d++(?:\\.\\d++)?\\s*+(?:万亿元|亿元|万元|亿美元|万美元|万人|万吨|亿|万)");

    /**
     * A sentence of amounts, each with its name, then one 分别 list of their growths, written each beside its amount when
     * they are as many (three or more): "全年实现国内生产总值42亿元,工业销售收入62亿元,财政收入6亿元,实际利用外资8426万美元,其中
     * 直接利用外资5000万美元,实际引进内资25亿元,完成出口额10000万美元,固定资产投资24.3亿元,比上年分别增长36.8、25%、33.3%、…和
     * 19.6%" (a zone's 2003 述职报告, batch ow's ow08): three names outside the catalog made the list's names fewer than its
     * growths, and every growth was given to the last amount. The pairing is by place among the pieces with an amount, as
     * a reader counts them.
     */
    static String withGrowthsBesideTheirAmounts(String text) {
        Matcher list = GROWTHS_OF_THE_AMOUNTS.matcher(text);
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (list.find()) {
            List<String> growths = java.util.Arrays.stream(list.group(1).split("\\s*(?:[、,,]|和|及)\\s*")).filter(g -> !g.isBlank())
                    .map(g -> g.strip().endsWith("%") ? g.strip() : g.strip() + "%").toList();
            int start = Math.max(done, Math.max(text.lastIndexOf('。', list.start() - 1), Math.max(text.lastIndexOf(';', list.start() - 1),
                    text.lastIndexOf(';', list.start() - 1))) + 1);
            String sentence = text.substring(start, list.start());
            String[] pieces = sentence.split("(?<=[,,、])");
            int amounts = 0;
            boolean plain = true;
            for (String piece : pieces) {
                Matcher amount = PIECE_AMOUNT.matcher(piece);
                int inPiece = 0;
                while (amount.find()) {
                    inPiece++;
                }
                amounts += inPiece > 0 ? 1 : 0;
                // (one amount a piece, none a threshold: "突破200亿元大关" or two amounts in a piece leave the pairing to the
                // reader's own 分别 — the review of round 36's rules)
                plain &= inPiece <= 1 && !THRESHOLD.matcher(piece).find();
            }
            // (nor a list whose amounts follow a 分别 of their own: "第一产业、第二产业、第三产业增加值分别为12亿元、45亿元、30亿元,
            // 分别增长4%、9%、8%" is a second round of the same list — the review of round 59's rules, where 第三产业增加值 took
            // the first amount and growth)
            if (growths.size() < 3 || amounts != growths.size() || !plain || sentence.contains("分别")) {
                continue;
            }
            StringBuilder paired = new StringBuilder();
            int k = 0;
            for (String piece : pieces) {
                boolean amount = PIECE_AMOUNT.matcher(piece).find();
                String body = amount && (piece.endsWith(",") || piece.endsWith(",")) ? piece.substring(0, piece.length() - 1) : piece;
                paired.append(amount ? body + ",增长" + growths.get(k++) + ";" : piece);
            }
            out.append(text, done, start).append(paired);
            done = list.end();
        }
        return done == 0 ? text : out.append(text.substring(done)).toString();
    }

    /**
     * The year's target and the share of it done, in two clauses: "一般公共预算收入完成2.74亿元,年度目标10.66亿元,完成21.85%"
     * (the break-it trial after round 39: the target and the share were not read, so 2.74/10.66 = 25.7 % was never checked)
     * — written as "完成年度目标10.66亿元的21.85%", which {@link #SHARE_OF_TARGET} reads.
     */
    /** The indicator named inside its completion, "完成全年出口目标任务的60.5%" (pg01): the clause's indicator, said once. */
    // (and inside a higher government's approved figure: "占省级核定一般公共预算支出预计数的60.68%", pg10)
    private static final Pattern NAME_IN_COMPLETION = Pattern.compile("(?<=完成(?:了)?(?:全年|年度))[\\u4e00-\\u9fff]{1,8}?"
            + "(?=(?:目标|计划)(?:任务)?的\\d)|(?<=占(?:省级|上级|市级|县级)?(?:核定|下达)的?)[\\u4e00-\\u9fff]{1,12}?"
            + "(?=(?:预算|预计|目标|计划)数?的\\d)");
    /**
     * A share of the year's task in tenths: "城镇新增就业超过4.5万人,完成年度任务的9成以上" (a 央广网 item on 西藏's first three
     * quarters, batch pg's pg03) is 90 % of it — the figure was read, its completion lost without a word.
     */
    private static final Pattern COMPLETION_IN_TENTHS = Pattern.compile("(完成(?:了)?(?:年度|全年)(?:目标)?(?:任务|目标|计划)的)"
            + "([1-9一二三四五六七八九])成");
    /** A trade balance's amount, "由前6月的逆差4.68亿元…扭转至1到9月的顺差0.74亿元" (pg03): no figure of the trade's total. */
    private static final Pattern TRADE_BALANCE = Pattern.compile("(?<=顺差|逆差)(?:为|达|达到)?\\d+(?:\\.\\d+)?(?:万亿|亿|万)?(?:美元|元)");
    private static final Pattern TARGET_THEN_COMPLETION = Pattern.compile("[,,](?:年度|全年)(?:预期)?目标(?:任务)?(?:为)?"
            + "(\\d{1,9}(?:\\.\\d{1,4})?(?:万亿|亿|万)?(?:元|美元))[,,](?:已)?完成(?:了)?(\\d{1,3}(?:\\.\\d{1,2})?)%");

    /**
     * A comparison with another period's growth printed in brackets: "增速较上半年(0.6%)回落1.2个百分点,较去年同期(-7.7%)
     * 回升7.1个百分点" (a district's 1-8月, batch ou's ou01) — another period's figures; left out, so that the target after
     * them ("增速低于预期目标(4.8%)5.4个百分点") is the figure's.
     */
    private static final Pattern PERIODS_COMPARED = Pattern.compile("[,,](?:增速|增幅)?(?:较|比)(?:上半年|一季度|前三季度|上季度|上月|"
            + "上年|去年)[^,,。;;()]{0,8}?\\(-?\\d+(?:\\.\\d+)?%\\)(?:回落|回升|提高|下降|加快|放缓|收窄|扩大)\\d+(?:\\.\\d+)?个百分点");
    /**
     * Last year's value of the period printed between a figure and its growth: "完成总产值39.42亿元,去年同期39.04亿元,同比增长
     * 1%" (ou01, whose growth was then lost) — the base, no figure of the notice.
     */
    /**
     * Another period's figures in brackets after the period's own: "限额以上固定资产投资完成7.4亿元,同比增长50.8%(1-7月份,限额以上
     * 固定资产投资完成11.9亿元,同比增长75.2%)" in a 旗's half-year plan report (batch pg's pg05, whose figures all took the
     * bracket's months) — left out, and said.
     */
    private static final Pattern OTHER_PERIOD_IN_BRACKETS = Pattern.compile("(?<=[\\d%‰元人])\\((?:\\d{1,2}\\s*[-—~至]\\s*\\d{1,2}月份?|"
            + "第?[一二三四]季度|上半年|前三季度|\\d{1,2}月(?:份|末|底)?)[,,:][^()\\n]{0,200}?\\d[^()\\n]{0,200}?\\)");
    /** A growth in brackets after an amount, "完成4.7亿元(同比增长54.7%)": the amount's growth (the review of round 41's rules). */
    // (not a target's: "年度目标50亿元(增长8%),1-6月完成26亿元,增长7%" — the review of round 41's rules)
    private static final Pattern GROWTH_PHRASE_IN_BRACKETS = Pattern.compile("(?<!(?:目标|计划|预算|任务)(?:为|是)?\\d{1,9}(?:\\.\\d{1,4})?"
            + "(?:万亿|亿|万)?元)(?<=[万亿]元|万人|万吨)\\(((?:同比|比上年同期|比上年|比去年同期)?"
            + "(?:增长|下降)-?\\d+(?:\\.\\d+)?%)\\)");
    private static final Pattern PRIOR_PERIODS_VALUE = Pattern.compile("[,,](?:去年|上年)同期(?:为)?\\d+(?:\\.\\d+)?(?:万亿元|亿元|万元|元)(?=[,,])");
    /**
     * A gap to another region right before the year's target said in words: "增长9%,增速高于全省(7.5%)1.5个百分点,也高于年初
     * 提出的8%的预期目标" — the comparison is left out, so that the target is the figure's (the review of round 36's rules: it
     * was dropped behind the region's gap without a word).
     */
    /** The words that open a comparison with the year's target: ",但低于年初提出的全年增长", ",增速高于预期". */
    private static final String AIM_COMPARED = "[,,](?:但|也|均|并|且)?(?:增速|增幅)?(?:高于|低于|超过|超出|快于|慢于)"
            + "(?:年初|年度|全年)?(?:提出|确定|制定|设定|下达)?的?(?:全年|年度)?(?:预期|计划)?(?:增长|增速)?";
    private static final Pattern REGION_GAP_BEFORE_AIM = Pattern.compile("[,,](?![^,,。;;]*?目标)(?:增速|增幅)?(?:(?:高于|低于|快于|慢于|超过)"
            + "[^,,。;;]{1,12}?\\d+(?:\\.\\d+)?个百分点|比[^,,。;;\\d]{1,10}?[高低快慢]\\d+(?:\\.\\d+)?个百分点)"
            + "(?=" + AIM_COMPARED + "(?:\\d+(?:\\.\\d+)?%(?:左右)?的(?:预期|计划|年度|全年)?(?:增长)?目标|目标\\())");
    /**
     * The year's target printed after the figure in words of a comparison: "增长百分之十二点六,高于年初提出的全年增长百分之
     * 十二的预期目标" (a city's 1-7月 in a wire, batch ou's ou09), "增速低于预期目标(4.8%)5.4个百分点" (a district's 1-8月,
     * ou01) — both read as the bracket the notices print, "(预期目标12%)"; they were a figure of an unknown indicator and a
     * lost target.
     */
    // (after 但, 也, 均: "…高于全省平均水平,但低于年初提出的7%的预期目标" — the review of round 35's rules)
    private static final Pattern PRINTED_AIM_AFTER = Pattern.compile(AIM_COMPARED + "(?:"
            // (not a pace: "超过50%的全年目标进度")
            + "(\\d+(?:\\.\\d+)?)%(左右)?的(?:预期|计划|年度|全年)?(?:增长)?目标(?!进度|任务进度)"
            + "|目标\\((\\d+(?:\\.\\d+)?)%(左右)?\\)(\\d+(?:\\.\\d+)?个?百分点))");
    /**
     * A growth in brackets right after an indicator's name: "其中,地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期
     * 目标1.0和4.2个百分点,一般公共预算收入(13.5%)完成年初预算的53.7%" (a city's half year in a news item, batch os's os02,
     * read as junk) — the growth, written as one; only after a name of an amount (…值, …额, …入, …资), not a region's
     * ("西夏区(13.0%)", "全国(5.5%)"). Group 2 is what follows when it is a list's mark (else a comma is put after it).
     */
    private static final Pattern GROWTH_IN_BRACKETS = Pattern.compile("(?<=[值额入资])\\((-?\\d+(?:\\.\\d+)?)%\\)(?=([、,,和及]|分别)?)"
            // (and the last of a list before the clause's end or a common verb: "…、固定资产投资(10.1%)均保持较快增长" — break-it
            // trial of 2026-12-05, the third item lost)
            + "(?=[、,,和及。;;]|分别|完成|高于|低于|快于|慢于|超过|均|都)");
    /** The 、 between two growths written from brackets: "增长7.5%、规模以上工业增加值增长9%". */
    private static final Pattern BRACKETED_LIST_MARK = Pattern.compile("(?<=增长-?\\d{1,4}(?:\\.\\d{1,4})?%)、(?=[^、,,。;;\\d]{2,20}?增长-?\\d)");
    /**
     * Words before a bracketed percentage that make it no growth: a progress toward the year's target ("各项指标完成年度目标
     * 进度:一般公共预算收入(56.2%)"), a share or a structure ("三次产业增加值构成中,第三产业增加值(52.1%)") — the review of
     * round 34's rules.
     */
    private static final Pattern NOT_GROWTH_IN_BRACKETS = Pattern.compile("进度|构成|比重|占比|结构|完成率|占");

    /**
     * The words of {@code text} from the start of its clause (after 。, a line break, a semicolon or a comma — not 、 nor a
     * colon: "各项指标完成年度目标进度:一般公共预算收入(56.2%)、固定资产投资(61.3%)" is one clause; "经济结构持续优化,地区生产总值
     * (6.2%)" is two) up to {@code at}.
     */
    private static String clauseBefore(String text, int at) {
        int start = clauseStart(text, at);
        // (a clause that sets the frame, "全年三次产业增加值构成中,第三产业增加值(52.1%)", "从完成进度看,", "…目标进度良好,",
        // counts with the one it frames)
        if (start >= 2) {
            int before = clauseStart(text, start - 1);
            String frame = text.substring(before, start - 1);
            if (frame.endsWith("中") || frame.endsWith("看") || frame.contains("进度")) {
                start = before;
            }
        }
        return text.substring(start, at);
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        for (char c : new char[] {'。', '\n', ';', ';', ',', ','}) {
            start = Math.max(start, text.lastIndexOf(c, at - 1) + 1);
        }
        return start;
    }

    private static final Pattern WHOLE_INDUSTRY_BEFORE_PART = Pattern.compile(
            "(?<!规模以上|规上|全部|规模|以上|企业|[轻重])工业增加值(?=\\d[^。;;]{0,80}?[。;;,,]\\s*+其中[,,::]?\\s*+(?:规模以上|规上)工业增加值)"
            // (or the product's part: "实现生产总值831.5亿元、增长6.5%。其中工业增加值409.3亿元" — a 兵团 division's 2022 in a blog
            // post, round 50's py05; the product's industry is all industry, 规上 being no part of the product)
            + "|(?<=生产总值\\d{1,9}(?:\\.\\d{1,4})?(?:亿|万)?元[^。;;]{0,20}[。;;,,]\\s{0,2}其中[,,]?)工业增加值(?=\\d)"
            // (or its share of the whole economy, 工业化率: "工业增加值1185.8亿元,可比增长4.3%,占全区经济总量的39.1%" — a district's
            // 2024 analysis, round 52's qc03)
            + "|(?<![规模以上全部企业轻重加手])工业增加值(?=\\d[^。;;]{0,40}?占(?:全[省市区县])?(?:经济总量|地区生产总值|生产总值|GDP))");

    /**
     * A district's product opening its account: "2024年,全区实现增加值3029.6亿元,可比增长5.8%" (上海's districts report 增加值, the
     * city alone GDP — a district's 2024 analysis, round 52's qc03) — at a sentence's start only ("全区规模以上工业企业42家,全区
     * 实现增加值18亿元" is the firms' — the review of round 52's rules). Group 1 the year before it, group 2 the verb.
     */
    // (and after the period, "上半年,全区实现增加值150亿元", "1-6月,…"; never without a year or a period: "二、农业 / 全区实现增加值…" is
    // the sector's — the review of round 53's rules)
    private static final Pattern DISTRICT_PRODUCT = Pattern.compile("(?<=^|[。\\n])(\\h*+(?:(?:19|20)\\d{2}年)?(?:全年|上半年|一季度|前三季度"
            + "|1\\s*[-—~至]\\s*\\d{1,2}\\s*月(?:份)?)?[,,]?)(?<=年[,,]?|年|度[,,]?|月[,,]?|份[,,]?)全区(实现|完成)?增加值(?=\\d)", Pattern.MULTILINE);

    /** A numbered heading, on its line or after a full stop: "三、工业生产", "(二)农业". */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("(?m)(?:^|(?<=[。;;]))\\h*+(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])"
            + "[^\\n。,,;;]*+");
    /** How far back {@link #underASector} looks for the heading a figure stands under, in characters. */
    private static final int SECTOR_HEADING_REACH = 2_000;
    /** A sector's words in a heading or a title. */
    // (not 产业 alone: "三次产业协调发展", "产业结构继续优化" head the whole economy — the review of round 55's rules)
    private static final Pattern SECTOR_WORDS = Pattern.compile("农业|工业|建筑|服务业|第[一二三]产业|商贸|旅游|消费|投资|财政|金融");
    /** A sector in a notice's title: industry, agriculture, building, services (not a finance report that opens on the economy). */
    private static final Pattern SECTOR_TITLE = Pattern.compile("农业|工业|建筑业|服务业");

    /**
     * Whether {@code at} stands under a sector's heading ("二、农业", "三、工业生产") or in a notice titled with one
     * ("2014年上半年全区规模以上工业运行情况"): there 全区实现增加值 is the sector's (the review of round 54's rules).
     */
    private static boolean underASector(String text, int at) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        String title = text.substring(start, end < 0 ? text.length() : end);
        // (a title: one short line without a sentence's punctuation — not a lead paragraph naming 工业、投资、消费)
        boolean isTitle = title.length() <= 40 && title.chars().noneMatch(c -> ",,。;;".indexOf(c) >= 0);
        if (isTitle && SECTOR_TITLE.matcher(title).find() && !title.contains("经济")) {
            return true;
        }
        // (the headings of the last 2,000 characters: a paste of many such sentences stays linear)
        Matcher heading = NUMBERED_HEADING.matcher(text.substring(Math.max(0, at - SECTOR_HEADING_REACH), at));
        String last = null;
        while (heading.find()) {
            last = heading.group();
        }
        return last != null && SECTOR_WORDS.matcher(last).find();
    }

    /** A kind of economy's product, no region's: "非公有制经济实现生产总值60亿元" (the review of round 50's rules). */
    private static final Pattern PARTS_PRODUCT = Pattern.compile(IndicatorCatalog.KINDS_OF_ECONOMY + "(?:实现|完成|累计完成)?生产总值");

    /** Whether the product a 其中工业增加值 at {@code at} follows is {@link #PARTS_PRODUCT}: then its industry is the part's too. */
    private static boolean ofAPartsProduct(String text, int at) {
        String before = text.substring(Math.max(0, at - 60), at);
        int product = before.lastIndexOf("生产总值");
        return product >= 0 && PARTS_PRODUCT.matcher(before.substring(0, product + 4)).find();
    }

    /**
     * An earlier period's growth the figure follows on: "国内生产总值继上半年增长5.5%之后,前三季度增长5.2%" (the national
     * 前三季度 release in a bilingual page, batch ob's ob10, whose GDP took the half year's 5.5 %) — a comparison, left out.
     */
    private static final Pattern AFTER_EARLIER_GROWTH = Pattern.compile("继[^,,。;;]{0,12}?(?:增长|下降|回落|提高)\\d+(?:\\.\\d+)?%之后[,,]?");

    /**
     * An increase in amount, no figure of the indicator: "GDP增量为697.47亿元,同比实际增速为3.6%" (a commentary on a
     * province's 前三季度, batch nz's nz10, where the increment was read as the GDP with the growth after it) — the figure
     * left out, its name kept for the growth after it ("全市GDP增量为697.47亿元,同比增长3.6%" is GDP's growth — the review).
     */
    private static final Pattern INCREMENT = Pattern.compile("(GDP|地区生产总值|生产总值|经济总量)(?:的)?增量(?:为|达到?|是)?"
            + "\\d+(?:\\.\\d+)?(?:亿元|万元)[,,]?");

    /**
     * The year's target with its amount before its name: "完成全年80亿目标任务的125.64%" (a city's 1-10月 investment
     * promotion, batch nz's nz06) is written "完成全年目标任务80亿元的125.64%", as {@link #SHARE_OF_TARGET} reads it.
     */
    private static final Pattern AMOUNT_BEFORE_TARGET = Pattern.compile("(?<=完成|占)(全年|年度)(\\d+(?:\\.\\d+)?(?:亿|万))元?"
            + "(目标任务|目标|任务)的(?=\\d)");
    /**
     * "超进度42.31%", "欠进度12.92%" (nz06): the gap to the pace of the months elapsed, in points though printed with a per
     * cent sign (125.64 % done when 83.33 % of the year had passed) — written as {@link #PACE_GAP} reads it.
     */
    private static final Pattern BARE_PACE = Pattern.compile("(超|欠)进度(\\d+(?:\\.\\d+)?)%");

    /** The words of a gap to the pace: behind (滞后, 落后, 低于, 慢于) or ahead (超过, 超出, 超, 高于, 快于, 领先). */
    private static final String PACE_VERBS = "滞后|落后|低于|慢于|超过|超出|超|高于|快于|领先";
    /**
     * The pace itself (the share of the period elapsed), by its three names, with its value in brackets when the
     * notice prints it: "低于时序进度(16.67%)1.27个百分点" (a district's 1-2月 经济运行简况, batch x's x01 — the gap and the
     * growth before it were lost, silently, as one comparison).
     */
    // (and the progress a target's schedule calls for: "低于市下达目标任务进度2个百分点", "低于目标任务进度" — the review of
    // batch mj's rules, where such a figure was lost whole)
    // (and 平均进度 alone, the even pace of the year: "大口径财政收入完成41270万元,高于平均进度10.9个百分点" in a development
    // zone's 前三季度 notice, batch ml's ml03 — not 全市平均进度, another region's average)
    // (and 进度要求: "超过序时进度要求10.68个百分点", pg10)
    private static final String PACE = "(?:(?:序时|时间|时序|(?<![省市州县区])平均)|(?:(?:[省市州县区]|上级)(?:政府|委)?下达(?:的)?)?(?:年度)?(?:目标任务|目标|任务))进度"
            + "(?:要求)?(?:\\(\\d+(?:\\.\\d+)?%\\))?";
    /**
     * A gap to the pace that {@link #PACE_GAP} could not read, a number a few characters after the pace's name and no
     * per cent nor a fraction (not the pace itself, "时间进度50%", "时间进度6/12"): "落后时间进度个2.2分点" (a page's garble of 2.2个百分点, batch np's np07)
     * was dropped without a word.
     */
    private static final Pattern UNREAD_PACE_GAP = Pattern.compile("(?:序时|时间|时序)进度[^,,;;。\\d%]{0,4}\\d+(?:\\.\\d+)?(?![\\d.%/])");
    /**
     * "滞后序时进度3.7个百分点" (−), "超时间进度3.4个百分点" (+): against the share of the year elapsed; the gap may be
     * rounded, "快于时序进度约3.5个百分点" (z05).
     */
    private static final Pattern PACE_GAP = Pattern.compile("(" + PACE_VERBS + ")于?" + PACE + "约?(\\d+(?:\\.\\d+)?)个?百分点");
    /**
     * The annual target as notices name it when they state a gap to it: 目标, 年度目标, 预期目标, and the two words
     * together (全年预期目标, 年度预期目标 — g08: "低于全年预期目标0.3个百分点"), 年初目标, 计划目标, 目标值, and the
     * 控制目标 of a rate (z08: "居民消费价格总水平上涨5.2%,高于全年控制目标1.2个百分点"), the 预算目标 of a revenue (a
     * province's annual bulletin, batch b's b03: "一般公共预算收入…增长9.3%,高于预算目标1.3个百分点"), and by who set it
     * ("高于市政府下达目标3.8个百分点", a city's 上半年 industry report, batch mj's mj06).
     */
    // (and "比全年预期增长目标高1.2个百分点", a province's half-year plan report, batch ml's ml07)
    // (and 预定: "控制在年初预定目标2.5%的范围之内", a city's half-year report to its 人大, batch od's od08)
    // (and one agreed with the region above: "高于与自治区会商目标6.2个百分点", a city's first quarter in a speech, batch
    // ol's ol02)
    // (or the task a higher government set for the period: "超出省政府下达我市一季度任务1.8个百分点" — a city's first-quarter
    // industry meeting, batch pc's pc01, whose implied target was lost)
    private static final String ANNUAL_TARGET = "(?:(?:[省市州县区]|上级)(?:政府|委)?下达(?:的)?(?:我[市县区]|本[市县区])?(?:的)?"
            + "(?:一季度|上半年|前三季度|年度|全年)(?:的)?(?:增长|增速)?任务"
            + "|(?:(?:[省市州县区]|上级)(?:政府|委)?下达(?:的)?|与(?:自治区|[省市州县区])(?:政府)?会商(?:的)?)?"
            + "(?:年度|全年|年初)?(?:预期|预定|计划|控制|调控|预算|工作)?"
            // (and 目标任务: "增速11%,超目标任务1.5个百分点", a 开发区's first quarter, round 59's qq03)
            + "(?:增长|增速)?目标(?:值|任务)?)";
    /**
     * A share named in brackets by its indicator: "其中,城镇常住人口395.33万人,占常住人口比重(常住人口城镇化率)为57.98%" (a
     * region's 2017 公报, round 48's pu10, whose rate was taken for the urban part's) — the bracket's name is the figure's
     * subject when the catalog has it (group 1), read as a clause of its own.
     */
    // (by the catalog's own name, of the whole: "占户籍总人口比重(城镇化率)", "占市区常住人口比重(城镇化率)" are parts' rates —
    // the review of round 48's rules)
    private static final Pattern SHARE_NAMED_IN_BRACKETS = Pattern.compile("[,,]?占(?![^,,。;;()]{0,12}?(?:户籍|市区|城区|县城|中心城|镇区|农村))"
            + "[^,,。;;()]{1,12}?(?:的)?(?:比重|比例)\\(([^,,。;;()]{2,12})\\)(?=为|达到|达|是)");
    /**
     * The plan's growth after a direction: "增长5.8%,低于计划增速2.2个百分点" (a province's half-year plan report to its 人大
     * in a news item, round 48's pu01, whose implied targets were lost) — read as 计划目标, the target the gap implies; the
     * plan alone is not ("超过年度计划5个百分点" after "完成年度计划的80%" is the completion ahead of the schedule — the review of
     * round 48's rules).
     */
    /**
     * The growth's gap to the year's plan, said of the growth: "同比增长11.8%,增幅高于年初计划0.8个百分点" (a province's plan report
     * on its half year in a 人大 item, round 70's rm02, whose implied target was lost without a word) — read as 计划目标, as
     * {@link #PLANNED_GROWTH}; the plan alone after no 增幅 stays no target (the review of round 48's rules).
     */
    private static final Pattern GROWTH_ABOVE_PLAN = Pattern.compile("(?<=(?:增幅|增速)(?:低于|高于|快于|慢于|超过|超出))"
            + "((?:年度|全年|年初)计划)(?=\\d)");
    /**
     * The trend of an earlier part of the year a figure continues: "财政收入继续延续一季度的快速增长之势,1—4月份全区财政收入
     * 122537万元" (a district's 1—4月 in a paper, round 73's rs04, whose figures took the quarter's period) — words of the
     * trend, no period of the figures.
     */
    private static final Pattern CONTINUED_TREND = Pattern.compile("(?:继续)?延续(?:了)?(?:一季度|第一季度|上半年|前三季度|去年|上年)"
            + "[^,,。;;\\d]{0,12}?(?:之势|势头|态势)");
    private static final Pattern PLANNED_GROWTH = Pattern.compile("(?<=低于|高于|快于|慢于|超过|超出|落后于|落后|领先于|领先)"
            + "((?:年度|全年|年初)?计划)(?:增速|增长速度|增长|增幅)(?=\\d)");
    /**
     * The target printed inside the wording of a comparison with it: "上涨2.6%,控制在3.5%左右的预期目标以内", "城镇登记
     * 失业率3.9%,低于4.5%的控制目标", "下降0.3%,低于3%左右的控制目标" (an annual bulletin, batch z's z03 and z06) — the
     * target was lost, silently. For a rate (CPI, unemployment) it is a level target, otherwise a growth target; a
     * target stated with its verb (完成下降3.5%的年度目标) is {@link #STATED_TARGET}'s.
     */
    private static final Pattern PRINTED_TARGET = Pattern.compile("(?<!增长|下降|降低|提高|减少|上涨|回落)"
            + "(?:控制在|低于|高于|好于|优于|不超过|未超过|未突破|在)?(?<![\\d.])(\\d+(?:\\.\\d+)?)%(左右|以内)?的(?:年度|全年|年初)?(?:预期|计划|控制|调控|预算)?目标(?:以内|以下|之内|范围内)?");
    /**
     * "低于目标0.9个百分点": the target is the growth plus the gap (minus for 高于). "超年度目标1.1个百分点", "领先目标…"
     * say 高于 (a county's annual 主要指标完成情况, batch o's o02).
     */
    private static final Pattern TARGET_GAP = Pattern.compile("(低于|高于|超过|超出|超|快于|慢于|落后于?|领先于?)" + ANNUAL_TARGET
            + "(\\d+(?:\\.\\d+)?)个?百分点");
    /**
     * "比全年预期目标(5.5%左右)高0.1个百分点", "比预期目标低1.6个百分点": the gap to the target said the other way round
     * (比…目标高/低); the target in its bracket, when printed, is the target itself.
     */
    // (and 较: "较目标低0.9个百分点" — a break-it trial after round 39, the implied target lost)
    private static final Pattern TARGET_GAP_COMPARED = Pattern.compile("(?:比|较)" + ANNUAL_TARGET + "(\\([^)]*\\)|\\d+(?:\\.\\d+)?%(?:左右)?)?"
            + "(高|低)(\\d+(?:\\.\\d+)?)个?百分点");
    /**
     * A comparison between a figure and its gap to the target: "同比增长7.8%,两年平均增长3.5%,低于目标2.2个百分点", "上涨3.4%,
     * 涨幅比上年同期回落1.9个百分点,低于全年控制目标0.6个百分点", "增长11.6%,比全国平均水平高3.5个百分点,比全年预期目标高
     * 1.6个百分点" (a 督查室 notice and a province's press release, batch mb's mb03 and mb04). The gap is the figure's, so the comparison between is taken out first; it was taken as the gap's.
     */
    private static final Pattern COMPARISON_BEFORE_TARGET_GAP = Pattern.compile("(?:[,,、](?:两年平均(?:增长|下降)?\\d+(?:\\.\\d+)?%"
            // any other comparison in points that is not with the target: 比上年同期回落1.9个百分点, 比全国平均水平高3.5个百分点;
            // a rank (居全市8个县(市、区)第3位, batch mb's mb01)
            // (never one with the pace, the target or the budget: 滞后时序进度3.5个百分点 is the figure's own)
            + "|(?![^,,;;。、]*(?:进度|目标|预算|计划|任务))[^,,;;。、]{0,20}?\\d+(?:\\.\\d+)?个百分点"
            + "|居全[省市国州区盟][^,,;;。]{0,20}?第\\d+位)){1,3}"
            + "(?=[,,](?:(?:低于|高于|超过|超出|超|快于|慢于|落后于?|领先于?)" + ANNUAL_TARGET + "\\d|比" + ANNUAL_TARGET
            // or its completion of the year's target ("降幅比上年同期收窄3.1个百分点,完成年度计划的15.2%", batch mb's mb06)
            + "|(?:完成|占)" + OF_THE_YEAR + "(?:目标|预算|计划|任务)))");
    /**
     * A part named inside an indicator ("一般公共预算收入中税收收入10.41亿元,增长8.7%") and the ratio of urban to rural income
     * ("城乡居民收入比由上年同期的2.02缩小为1.99"): neither is the indicator's figure (a county's analysis, batch mb's mb01).
     */
    static final Pattern PART_OR_RATIO = Pattern.compile("(?<=^|[,,;;。])[^,,;;。]*?(?:收入|投资|总额|增加值)中(?:的)?"
            + "[^,,;;。\\d]{2,10}?\\d+(?:\\.\\d+)?[^,,;;。]*(?:[,,](?:同比)?(?:增长|下降)\\d+(?:\\.\\d+)?%)?"
            + "|城乡居民(?:人均)?(?:可支配)?收入(?:之比|比(?=由|为|从|是|\\d|(?:上年(?:同期)?)?(?:缩小|扩大)))[^,,;;。]*");
    /** "增速与年度目标持平" (a city's half-year notice, batch md's md06): growth equal to the target, an implied target. */
    private static final Pattern LEVEL_WITH_TARGET = Pattern.compile("[,,、]?(?:增速|增幅|涨幅)?与" + ANNUAL_TARGET + "持平");
    /** "控制在年度目标4%以内" (batch md's md06): the target printed after 目标. */
    private static final Pattern WITHIN_TARGET = Pattern.compile("[,,、]?控制在" + ANNUAL_TARGET + "(\\d+(?:\\.\\d+)?%(?:以内|以下|左右)?)"
            + "(?:的?(?:范围)?(?:之内|以内|内))?");
    /**
     * The clauses about a region above the notice's own: in a county's notice (全县 most often named), "全市居民消费价格
     * 上涨0.3%" is the city's CPI, not the county's (batch md's md05; a break-it trial's 全市规模以上工业增加值增长7.1%
     * recorded as a second county figure); in a town's (全镇 most often named: a town's year-end brief, batch ms's ms07)
     * "全市居民消费价格指数同比上涨1.1%" is the city's. Null when the notice names no region level, or none above its own.
     *
     * @param own the notice's own level, {@link #ownLevel}
     */
    static Pattern higherRegion(int own) {
        if (own < 0 || own == 3) {
            return null;
        }
        String above = own == 0 ? "县区旗市省州盟" : own == 1 ? "市省州盟" : "省";
        return Pattern.compile("(?<=^|[。;;,,])\\s*(全[" + above + "])[^。;;,,]*?\\d[^。;;]*");
    }

    /**
     * The level the notice speaks for: 0 a town (镇, 乡), 1 a county (县, 区, 旗), 2 a city (市, 州, 盟), 3 a province; −1
     * when it cannot be told. The region its title names before the year ("××县2023年一季度经济运行情况", "××镇2020年1-10
     * 月份…") is it; else the one its 全X names most often, at least twice (once when it names no other) — a town only when more often than any other (a
     * county's call on 各乡镇 to make 全镇 figures good names its towns as often as itself, the review of batch ms's rules),
     * a county over a city it names as often.
     */
    static int ownLevel(String text) {
        String[] head = text.strip().split("\\R", 3);
        Matcher title = TITLE_REGION.matcher(head[0].substring(0, Math.min(head[0].length(), 40)));
        if (title.find()) {
            return level(title.group(1));
        }
        Matcher dateline = head.length > 1 ? DATELINE.matcher(head[1].strip()) : null;
        if (dateline != null && dateline.matches()) {
            return level(dateline.group(1));
        }
        int[] counts = new int[4];
        Matcher m = REGION_WORD.matcher(text);
        while (m.find()) {
            // (not the region a notice's place is ranked in: "连续四年在全市16个乡镇(街道)业绩考核中排名第一" — a 街道's year in a
            // city paper, round 64's ra03, taken for the city's notice)
            if (m.start() == 0 || !RANKED_AMONG.matcher(text).region(m.start() - 1, text.length()).lookingAt()) {
                counts[level(m.group(1))]++;
            }
        }
        int own = 1;
        for (int k = 2; k < 4; k++) {
            own = counts[k] > counts[own] ? k : own;
        }
        own = counts[0] > counts[own] ? 0 : own;
        // (once is enough when no other level is named at all: "上半年,灵秀镇全镇共完成财政收入40157万元" in a town congress's
        // news item, batch nt's nt09, whose figures were dropped as a part's)
        // (not where the notice speaks as a county or a city, 我县: a town's 全镇 in its news — the review of batch nt's rule)
        boolean alone = counts[own] == 1 && java.util.Arrays.stream(counts).sum() == 1
                && !HIGHER_SPEAKING.matcher(text).find();
        return counts[own] < 2 && !alone ? -1 : own;
    }

    private static final Pattern RANKED_AMONG = Pattern.compile("在全(?:街道|[镇乡县区旗市州盟省])[^。;;]{0,20}?(?:排名|排位|位列|名列|居第|考核|评比)");

    private static int level(String region) {
        return "镇乡".contains(region) || region.equals("街道") ? 0 : "县区旗".contains(region) ? 1 : "市州盟".contains(region) ? 2 : 3;
    }

    /**
     * The issuer and date under a title: "(××街道 2016年1月11日)" under "二○一五年主要工作情况" (a 街道's annual summary, batch
     * my's my05, whose 全街道 figures were dropped as a part's).
     */
    private static final Pattern DATELINE = Pattern.compile("^\\([^()]{0,20}?(街道|[镇乡县区旗市州盟省])(?:人民政府|政府|办事处|统计局)?\\s*+"
            + "\\d{4}年\\d{1,2}月\\d{1,2}日\\)$");
    /** A title's region before its year: "××县2023年…", "××县人民政府2020年…", "××区统计局关于2023年…". */
    private static final Pattern TITLE_REGION = Pattern.compile("(?<!全)([镇乡县区旗市州盟省])(?:人民政府|政府|统计局|发改局"
            + "|发展和改革局)?(?:关于)?\\d{4}年");
    /** 全X naming a region (not 健全, 安全, 完全, 齐全 — words with 全 before 乡 or 镇 that name none). */
    // (nor a region compared with: "增速高于全市0.9个百分点" in a county's own news — the review of round 44's rules, whose
    // 县域 figures were read as a city's counties)
    private static final Pattern REGION_WORD = Pattern.compile("(?<![健安完齐保周])(?<!高于|低于|快于|慢于)全(街道|[镇乡县区旗市州盟省])"
            + "(?![^。;;,,]{0,4}(?:平均|增速|增长\\d|第))");
    /** "全县1-6月社会消费品零售总额…": the region before the months (a break-it trial), read as "1-6月,全县…". */
    // (and after a clause: "据统计,全州1-6月固定资产投资同比增长5.5%" — a prefecture's half year, round 44's pm01, whose
    // subject became 全州 and its growth was lost)
    private static final Pattern REGION_BEFORE_PERIOD = Pattern.compile("(?<=^|[。;;\\n,,])\\h*+(全[县市区省州盟旗])"
            + "((?:\\d{1,2}\\s*[-—–~至]\\s*)?\\d{1,2}月(?:份)?|一季度|上半年|前三季度)(?![,,])");
    /** "比年初确定的12%的目标低0.8个百分点" (batch md's md03): the target printed in words, written as 比年度目标(12%). */
    private static final Pattern TARGET_IN_WORDS = Pattern.compile("比(?:年初|年度|全年)?(?:确定|制定|提出|下达)?的?"
            + "(\\d+(?:\\.\\d+)?%(?:左右)?)的(?:年度|全年|预期)?目标");
    /**
     * "截止到3月15日完成财政总收入309万元" (a town's 一季度 report, batch mu's mu05): the day the figures were counted to, no
     * figure — its digits had cut the indicator's name off ("截至7月底" names the months, and stays).
     */
    private static final Pattern AS_OF_DATE = Pattern.compile("(?:截止|截至)(?:到)?\\s*\\d{1,2}月\\d{1,2}日[,,]?");
    /**
     * "增长34.2%,高于28%的年度目标", "增长47.6%,增速为年度目标(23%)的两倍多" (a city paper's item on its development zones,
     * batch ml's ml02): the target said around a comparison, written as the target in brackets after the growth.
     */
    /**
     * A rate's target named in its comparison: "城镇登记失业率控制在3.37%,比年目标任务4%低0.63个百分点" (a district's 督查
     * notice, batch ob's ob03), "城镇登记失业率为2.09%,低于全年计划调控目标2.5%的水平" (a municipality's 1-9月 release,
     * ob06) — the target in brackets after the figure.
     */
    private static final Pattern RATE_TARGET_COMPARED = Pattern.compile("[,,](?:比|较)(?:年|年度|全年)?(?:计划)?(?:调控|控制)?目标(?:任务)?"
            + "(\\d+(?:\\.\\d+)?%)(?:低|高)\\d+(?:\\.\\d+)?个百分点"
            + "|[,,](?:低于|高于)(?:年|年度|全年)(?:计划)?(?:调控|控制)?目标(\\d+(?:\\.\\d+)?%)的?水平");
    private static final Pattern CEILING_RATE = Pattern.compile("价格|物价|涨幅|失业率|CPI");
    private static final Pattern TARGET_AFTER_COMPARISON = Pattern.compile("[,,](?:高于|超过|超出|低于)(\\d+(?:\\.\\d+)?%)的(?:年度|全年|预期)目标"
            // (not the pace, 超过50%的全年目标进度, nor a gap after it, 高于10%的年度目标1.2个百分点 — the review)
            + "(?![进\\d])"
            + "|[,,](?:增速|增幅)?为(?:年度|全年|预期)目标\\((\\d+(?:\\.\\d+)?%)\\)的[^,,;;。]{0,8}"
            // "增长7.4%,处于7%—7.5%年度预期目标区间范围之内" (a province's 前三季度 press conference, batch nc's nc07): a
            // target range, whose lower end is what the figure has to reach
            + "|[,,](?:处于|位于|在)(\\d+(?:\\.\\d+)?)%?\\s*+[-—–~至]\\s*+(\\d+(?:\\.\\d+)?)%的?(?:年度|全年)?(?:预期)?(?:调控)?目标区间"
            + "(?:范围)?(?:之内|以内|内)?");
    /**
     * "进出口总值达3667.2亿元,与去年同期持平" (nc07): a growth of 0, as 与上年持平 is among the targets.
     */
    // (after an amount only: "同比增长9.2%,与上年同期持平" is last year's growth again, "失业率3.5%,与上年同期持平" the rate —
    // the review of batch nc's rules)
    // (and 持平 alone after an amount, "粮食播种面积57.7万亩,持平" in a district's 统计公报, batch on's on03; 万亩 and 亩 too)
    private static final Pattern LEVEL_WITH_LAST_YEAR = Pattern.compile("(?<=\\d(?:亿元|万元|元|万吨|吨|万人|人|亿美元|万美元|万亩|亩))"
            + "[,,](?:(?:同比)?与(?:去年|上年)(?:同期)?|比上年|同比)?持平(?=[,,;;。]|$)");
    /**
     * A share of the whole and the completion in one phrase, "占全县工业的86.94%和园区全年计划的56.92%" (nc04): the
     * completion, the share left out.
     */
    private static final Pattern SHARE_AND_COMPLETION = Pattern.compile("占(?:全[省市州县区]|全国)[^,,。;;和]{0,10}?的\\d+(?:\\.\\d+)?%和"
            + "[^,,。;;\\d]{0,6}?(全年|年度)(计划|任务|目标)的");
    /**
     * "累计完成投资28.46亿元,同比增长44.89%" in a park's own report (湄潭县工业园区's 1至5月, batch nc's nc04): the zone's
     * investment is its fixed-asset investment — only in a zone's notice, where no project's 完成投资 stands for it.
     */
    // (at a sentence's start: "其中,重点项目32个,完成投资41.2亿元" is the projects' — the review of batch nc's rules)
    private static final Pattern ZONE_INVESTMENT = Pattern.compile("((?:^|[。;;\\n])[ \\t]*+)(?:累计)?完成投资(?=\\d)");
    /**
     * "占年预算96540万元的22.04%,短收18943万元,较上年同期下降49.08%" (a county's 1-5月 summary, batch nc's nc10): the amount
     * short of (or over) the budget's share to date is no figure of the indicator; it took the growth after it away.
     */
    private static final Pattern SHORTFALL = Pattern.compile("[,,](?:短收|超收|减收|增收)\\d+(?:\\.\\d+)?(?:亿|万)?元(?=[,,;;。]|$)");
    /** Figures that compare with something else (比上半年提高2.1个百分点, 两年平均增长7.1%): not this period's figure. */
    private static final Pattern COMPARISON = Pattern.compile("(?:(?<![^,,;;。])|\\G)[^,,;;。]*?(?<!\\d)\\d++(?:\\.\\d++)?个百分点|两年平均(?:增长|下降)?\\d+(?:\\.\\d+)?%"
            + "|居全[省市国]第\\d+位"
            // (a change by a count: 空气质量优良天数比上年增加15天 is no count of days — the review of batch mu's rules)
            + "|比(?:上年|去年)(?:同期)?(?:增加|减少|多|少)了?\\d+(?:\\.\\d+)?(?:天|个|家|人|户|件|项|起)");
    /**
     * A figure of a part of the region (经开区, 主城区, ××街道) or of a share (工业投资占…): not the region's figure. 占
     * ending the words before the name is a share written without 比重: "总量占全区规上工业增加值65.7%", "占全市GDP的
     * 27.3%" (a district's 1~3月 简况, batch o's o04, where 65.7 was read as the growth of 规上工业增加值).
     */
    // (and the firms a level of government runs among the region's: "县属规上企业完成产值66.8亿元" after "全县规上企业完成
    // 产值90.6亿元", batch nx's nx09)
    // (and a county's industrial cluster, "县工业集中区…完成规模工业增加值11亿元,占全县的比重达70%" — batch ol's ol09)
    // (and the city's own level of government, 市本级: "(二)市本级收支情况 上半年,市本级一般公共预算总收入完成249735万元" after
    // the whole city's, a city's half-year budget report, batch pg's pg10)
    private static final Pattern PART_OF_REGION = Pattern.compile("开发区|经开区|高新区|园区|新区|主城区|城区|[镇乡]|街道|片区|保税区|集中区|"
            + "^[省市县区]属|[省市州县区]本级|"
            + "占(?:全国|全省|全市|全州|全区|全县|本市|本区|本县)?的?$|比重");
    /**
     * The towns' or the villages' part of a whole: "城镇社会消费品零售总额同比下降3.1%,农村社会消费品零售总额同比下降13.2%"
     * (a county's half year, round 44's pm02, each recorded as the county's retail sales) — looked for in the words as
     * written, since {@link #NO_TOWN} takes 城镇 and 乡村 out before a part is looked for (城镇固定资产投资 alone was the whole
     * investment's name before 2011).
     */
    private static final Pattern URBAN_OR_RURAL = Pattern.compile("(城镇|农村|乡村)$");

    /**
     * Whether {@code prefix}, as written, makes the indicator the towns' or the villages' part ({@link #URBAN_OR_RURAL}):
     * the villages' always; the towns' for the retail sales, and for another indicator after 其中 ("其中:城镇固定资产投资完成
     * 20.4亿元,…,农村固定资产投资完成5亿元" — a county's 一季度 investment, round 45's po04, both recorded as the county's).
     */
    // (and after a 其中 clause of its own: "其中,城镇规模以上工业增加值增长9%" — the review of round 45's rules)
    private static boolean urbanOrRuralPart(String prefix, String matchedName, String source) {
        Matcher m = URBAN_OR_RURAL.matcher(prefix);
        return m.find() && (!m.group(1).equals("城镇") || matchedName.contains("消费品零售") || prefix.contains("其中")
                || source.startsWith("其中") || source.contains("其中," + prefix.strip()));
    }
    /**
     * A growth told for each period of the year so far: "地区生产总值的增长速度一季度为10.7%,上半年为11%,前三季度为11%"
     * (a municipality's 前三季度 release, batch ne's ne03, which recorded the first quarter's 10.7): the cumulative
     * periods in order, of which the latest — the notice's own — is kept (group 2) and the earlier ones are left out.
     * Single quarters (二季度) are a breakdown, not a running total, and are not taken.
     */
    private static final String CUMULATIVE_PERIOD = "(?:一季度|上半年|前三季度|全年|1[-—–~至]\\d{1,2}月份?)";
    private static final Pattern RUNNING_SERIES = Pattern.compile("(" + CUMULATIVE_PERIOD + "(?:为|是|增长|增速为)?-?\\d+(?:\\.\\d+)?%)"
            + "(?:[,,、](" + CUMULATIVE_PERIOD + "(?:为|是|增长|增速为)?-?\\d+(?:\\.\\d+)?%)){1,11}+");

    /**
     * "固定资产投资保持了17%以上增速,期间虽然略有波动" (ne03): what the growth stayed above over the months, no figure of
     * the period — left out.
     */
    private static final Pattern KEPT_ABOVE = Pattern.compile("保持了?在?\\d+(?:\\.\\d+)?%以上的?(?:增速|增长|增幅)");
    /**
     * The share done of a part of the year's target: "工业增加值完成上半年目标任务的87.6%,占全年目标任务的43.8%" (a
     * prefecture's half year, batch od's od06) — the half-year's plan, no completion of the year's target; read as a growth of
     * 87.6 %, a second figure. Left out; the year's share after it (占全年…) is what was done of the year (完成全年…).
     */
    private static final Pattern PERIOD_TARGET_DONE = Pattern.compile("完成(?:上半年|下半年|[一二三四1-4]季度|前三季度|\\d{1,2}月份?"
            + "|当月|本月)(?:的)?(?:目标|计划)(?:任务)?(?:数)?的?\\d+(?:\\.\\d+)?%([,,、]占(?=全年|年度))?");
    /**
     * A leaderboard's line naming the place that leads, then its figure: "GDP总量第一 :成都 2968.49亿元", "一般公共预算收入增长
     * 第一:南充 34.4%" (a forum's page setting a province's 21 cities side by side, batch od's od10) — another region's figure
     * each, read as the notice's own.
     */
    // (a place's name, not a sector's: "增幅最高:第三产业 9.2%" is the notice's own — the review)
    private static final Pattern LEADERBOARD_LINE = Pattern.compile("(?m)^[^\\n::。]{2,30}?(?:第一|冠军)\\s*+[::]\\s*+"
            + "(?![^\\n\\d]{0,6}?业)[\\u4e00-\\u9fa5]{2,6}\\s*+\\d[^\\n]{0,20}$");
    /**
     * A round mark passed, "经济总量突破1600亿元大关" (a city's 2015 统计公报, batch od's od04, beside its GDP of 1605.1亿元):
     * no figure of the period — read as GDP of 1,600亿元, a second figure.
     */
    private static final Pattern MILESTONE = Pattern.compile("(?:(?<=^|[。;;\\n])[^,,;;。\\n\\d]{0,12}?(?=(?:首次)?(?:突破|跨越|迈上"
            + "|站上|跃上)\\d[^,,;;。\\n]{0,8}?(?:大关|关口|台阶)。))?"
            // (the mark alone when the clause goes on with the figure: "规模以上工业总产值首次突破1000亿元大关,达到1100亿元")
            + "(?:首次)?(?:突破|跨越|迈上|站上|跃上)\\d+(?:\\.\\d+)?(?:万亿|亿|万)?元?(?:大关|关口|台阶)");
    /**
     * "居民消费品价格水平同比上涨1.4个百分点" (ne03): the prices' rise written in points, which for a price level is its rise
     * in per cent (a change of the rise would name what it is compared with: 涨幅比上年回落0.5个百分点).
     */
    // (and over the months: "居民消费价格累计上涨1.8个百分点", a province's half year, batch od's od01)
    private static final Pattern CPI_RISE_IN_POINTS = Pattern.compile("(居民消费品?价格(?:总?水平|指数)?(?:累计)?(?:同比)?(?:上涨|上升|下降))"
            + "(\\d+(?:\\.\\d+)?)个百分点");

    /**
     * The nation named before an indicator (全国GDP, 全国居民消费价格), not a share of it (占全国) — in a notice of a region
     * below it ({@link #REGION_WORD}, 我县, 我镇…): the nation's own communiqué names its figures 全国 too (the review).
     */
    /**
     * The counties of a city or a province summed or averaged: "全省县域第一产业增加值同比增长3.5%", "县均生产总值145.07亿元",
     * "排名前十的县(市、区)实现生产总值5264.84亿元" (an item on a province's 县域 economy, round 44's pm09, each recorded as
     * the province's) — no figure of the region's own. (In a county's own notice 县域 is the county itself.)
     */
    private static final Pattern COUNTIES_OF_REGION = Pattern.compile("县域|县均|县\\((?:市|区)(?:[、,](?:市|区))?\\)");
    /** 对 before an indicator and 增长的贡献率 after it: "…对GDP增长的贡献率…" names what others contributed to. */
    private static final Pattern CONTRIBUTION_TO = Pattern.compile("对$");
    private static final Pattern CONTRIBUTION_RATE = Pattern.compile("(?:增长|增速)?的?(?:贡献率|拉动率)");
    private static final Pattern THE_NATION = Pattern.compile("(?<!占)全国(?!各)[^,,。;;]{0,4}$");

    /**
     * "分县区看,××区固定资产投资增长12.6%,××县增长6.1%" (a city's 1—5月 table, batch b's b04), "分旗县市区看" (a 盟's
     * half-year notice, batch c's c09): the figures of the region's parts, one by one, from 分…看 / 从各…看 to the
     * sentence's end — left out of the text before it is read; the region's own figures before it and in the next
     * sentence stay ("全市固定资产投资增长9.1%,分县区看,A区增长12.6%。全市规模以上工业增加值增长8%。").
     */
    // (and 从 without 各: "从县(市、区)看,鲤城、德化…规模以上工业产值增速均在30%以上" — batch pc's pc01, read as the city's)
    // (and 按…分: "按地区分,东部地区生产总值增长6.8%,中部地区增长6.0%" — 南海网 on a province's half year, round 44's pm03;
    // 按所在地分, the towns' and the villages' retail sales, pm02)
    private static final Pattern BY_PART = Pattern.compile("(?:(?<!部)(?:分|从各?)(?:[县区市旗盟州镇乡()、]|地区|街道|园区){1,8}(?:来|角度)?看"
            // (and 从…角度看: "从园区角度看:上半年,梅县产业园区…实现工业总产值41.35亿元" — a 区's 统计月报, round 61's qu05)
            // (and 划分: "按区域划分,北区完成地区生产总值207.09亿元" — a new area's 2008 公报, round 54's qg01)
            // (not when the whole region's figure follows at once: "按区域划分,上半年全市地区生产总值300亿元,…其中市区180亿元" — the
            // review of round 54's rules)
            + "|按(?:[县区市旗盟州镇乡()、]|地区|区域|街道|园区|所在地|经营地|城乡){1,8}划?分(?=[,,::])(?![,,::][^,,。;;]{0,6}?全[省市区县州旗盟]))"
            // (to the sentence's end, or to a clause of the region's own: "按区域分,城区增长9%,乡镇增长6%,全县固定资产投资增长
            // 10%" — the review of round 44's rules)
            + "(?:(?![,,;;]\\s*+全[县区市旗盟州省])[^。])*+。?");
    /**
     * "其中××市生产总值增长14.1%", "其中,××县…", "其中××区…" (a province's half-year notice, batch z's z08): after 其中, a
     * place named before the indicator is a part of the region — a city of the province, a county of the city, a
     * district — never the region's own figure (全市, 本县 are the region; 地区生产总值, 市场, 城市 name no place).
     */
    /**
     * A county or district named right before the indicator in a city's notice: "上思县财政收入则增长达11.6%", "其中港口区
     * 固定资产投资增长速度达126.9%" (a city's 一季度 news item, batch pg's pg07, each recorded as the city's) — a part of the
     * city. Not the region's own words (全区, 本县, 我区, 各县区, 该区).
     */
    // (not 地区, 辖区: "实现地区进出口总值1187.5亿美元", ob06, is the city's)
    private static final Pattern COUNTY_NAMED = Pattern.compile("(?<![全本我该各])[\\u4e00-\\u9fff]{2,3}(?<![地辖])(?:县|区|旗)"
            + "(?:则|也|的)?$");
    /**
     * Whether {@code prefix} ends in a city ({@link #CITY_NAMED}) that is not the notice's own: another than the first city
     * it names, or any when 全省 comes before that — a city's news names itself first and compares with 全省
     * ("宜宾市一季度地区生产总值增长6.2%,居全省第一。全省一季度…" — the review of round 44's rules).
     */
    private static boolean anotherCity(String prefix, String text) {
        Matcher named = CITY_NAMED.matcher(prefix);
        if (!named.find()) {
            return false;
        }
        Matcher first = ANY_CITY.matcher(text);
        if (!first.find() || !cityName(first.group()).equals(cityName(named.group()))) {
            return true;
        }
        int province = text.indexOf("全省");
        return province >= 0 && province < first.start();
    }

    /** The two characters before 市: a city's name as a clause writes it (达州 of "上半年达州市"). */
    private static String cityName(String named) {
        int at = named.lastIndexOf('市');
        return named.substring(Math.max(0, at - 2), at);
    }

    private static final Pattern ANY_CITY = Pattern.compile("[\\u4e00-\\u9fff]{2}(?<![城超都门股街全本我该各])市(?![场民委])");
    /**
     * A city named right before the indicator in a province's notice, its period between: "三亚市上半年GDP增速4.1%" (南海网
     * on a province's half year, round 44's pm03, recorded as a second GDP figure of the province) — a part of it. With
     * 市 written only: a city's own name ends in 州 as often (上半年达州地区生产总值, np05, in a city's notice that names
     * 全省 most).
     */
    private static final Pattern CITY_NAMED = Pattern.compile("(?<![全本我该各])[\\u4e00-\\u9fff]{2,3}(?<![城超都门股街全本我该各])市"
            + "(?:则|也|的)?(?:一季度|上半年|前三季度|全年)?$");
    private static final Pattern PLACE_AFTER_WHEREOF = Pattern.compile("^其中[,,]?\\s*[^,,。;;\\d]{0,8}?(?<![全本城地社])"
            + "(?:市|县|区|州|盟|旗)(?!场|民|镇|乡)");
    /**
     * The title of a zone's own notice (××高新区2019年前三季度经济运行情况): then 园区, 全区, 高新区 without a name before
     * them are the zone itself — "前三季度,园区完成规模以上工业总产值612.8亿元" (z05) is the zone's figure, not a part's.
     */
    /**
     * ",其中××镇完成12.4亿元", ",其中××工业园区完成投资41.2亿元,增长26.7%" (batch l's l05 and l06): a clause of 其中 and a
     * part of the region, with no indicator of its own — left out, or its figures would be read as the indicator's before.
     */
    private static final Pattern PART_AFTER_WHEREOF = Pattern.compile("[,,]其中[,,]?[^,,。;;\\d]{0,12}?(?:[镇乡]|街道|园区|片区|"
            + "开发区|经开区|高新区|保税区)(?:完成|实现|到资|到位)[^,,;;。]*(?:[,,](?:同比)?(?:增长|下降)\\d+(?:\\.\\d+)?%)?");
    /**
     * "限额上批零企业实现商品销售额同比增长30.9%,…。其中,消费品零售总额同比增长33.4%" (a high-tech zone's first quarter,
     * batch ne's ne06): the retail sales after 其中 are those firms' part of their sales, not the region's 社会消费品零售总额 —
     * the clause is left out (group 1 is what stays).
     */
    private static final Pattern RETAIL_OF_FIRMS_ABOVE_LIMIT = Pattern.compile("(限额以上[^。;;]{0,20}?销售额[^。;;]{0,200}+[。;;]\\s*+)"
            + "其中[,,::]?\\s*+(?:社会)?消费品零售(?:总)?额[^。;;]{0,200}+");

    /**
     * "城镇居民人均可支配收入增长8.1%,农村居民人均可支配收入增长8.9%,均达到或高于8%的目标" (a city's 督查通报, batch l's
     * l03): one target stated for every growth of the clause before it.
     */
    private static final Pattern SHARED_TARGET = Pattern.compile("(?<=^|[。;;\\n])([^。;;\\n]*?)[,,]均(?:达到或)?(?:高于|超过|达到|快于)了?"
            + "(\\d+(?:\\.\\d+)?)%的(?:年度|全年)?(?:预期)?目标");
    private static final Pattern GROWTH_FIGURE = Pattern.compile("(?:增长|下降)\\d+(?:\\.\\d+)?%");

    /** {@code text} with a target stated once for several growths ({@link #SHARED_TARGET}) written after each. */
    static String sharedTarget(String text) {
        if (!text.contains("均")) {
            return text;
        }
        // the clause is matched from a sentence's start only: from every position, a long text without 。 would be
        // scanned again and again
        return SHARED_TARGET.matcher(text).replaceAll(m -> {
            BigDecimal target = new BigDecimal(m.group(2));
            // only the growths that reach it: "均达到或高于8%" says nothing of a GDP growth of 6.2% before them
            return Matcher.quoteReplacement(GROWTH_FIGURE.matcher(m.group(1)).replaceAll(g -> Matcher.quoteReplacement(
                    g.group().startsWith("增长") && new BigDecimal(g.group().replaceAll("[^\\d.]", "")).compareTo(target) >= 0
                            ? g.group() + "(预期目标" + m.group(2) + "%)" : g.group())));
        });
    }

    // (or after 今年以来 the zone as the subject itself, "今年以来,高新区锚定…" (mq10) — not "今年以来,全市坚持把园区作为…",
    // a city's, nor "××县以园区建设为抓手" — the review of batch mq's rules)
    // (after a reporter's lead: "记者从稀土高新区统计局获悉,今年一季度,该区…", a zone's 一季度 news item, batch nz's nz08, whose
    // 规模以上工业增加值 was taken for a part's)
    private static final Pattern ZONE_TITLE = Pattern.compile("^\\s*(?:(?:本报)?记者(?:从|自))?(?:(?:今年以来|年初以来)[,,]?(?=(?:全|本)?[^,,。;;\\d\\n\\s市县把以为在]"
            + "{0,6}?(?:高新区|开发区|经开区|园区|新区|保税区|片区|集中区)))?"
            // (or its year alone: "2008年工业园区工作总结及2009年工作计划", a park's own summary, batch na's na05)
            + "(?:\\d{4}年度?)?(?:(?:\\d{1,2}\\s*[-—–~至]\\s*)?\\d{1,2}月份?[,,]?)?"
            // (after the months it covers: "1-8月××新区经济总体保持平稳较快发展态势", a ministry's item, batch mo's mo04;
            // "1—3月份,园区实现工业总产值17.78亿元", a park's 一季度 news item, batch mu's mu03)
            // (and a county's 工业集中区 over its own figures — the review of round 31's rules)
            + "[^,,。;;\\d\\n]{0,15}?((?:[^,,。;;\\d\\n\\s]{1,6}?)?(?:高新区|开发区|经开区|园区|新区|保税区|片区|集中区))");
    // ("高新区园区实现规上工业总产值405.97亿元" in a 高新区's release, batch mq's mq10: the zone and its 园区 are one)
    private static final Pattern ZONE_AFTER_LEAD = Pattern.compile("(?:该|本|全)(?:区|园区|开发区|新区|高新区)");
    private static final String ZONE_WORDS = "园区|高新区|开发区|经开区|新区|保税区|片区|集中区";
    // (and 这个: "2010年上半年,这个开发区共完成地区生产总值432亿元" — a paper's item on a zone's half year, round 66's re05; not 该,
    // which points back at another zone a notice names, "合作共建的苏宿工业园区…,该园区…" — the review of round 66's rules)
    private static final Pattern ZONE_ITSELF = Pattern.compile("(?<=^|[,,;;。::\\s])(?:(?:全|本|这个)?(?:" + ZONE_WORDS + "))++");
    /** The kind of zone a zone's name ends with: 开发区 of 北京经济技术开发区, 高新区 of ××高新区. */
    private static String zoneKind(String zone) {
        Matcher kind = ZONE_KIND.matcher(zone);
        return kind.find() ? kind.group() : zone;
    }

    private static final Pattern ZONE_KIND = Pattern.compile("(?:" + ZONE_WORDS + ")$");

    /** Words with 镇 or 乡 that name no town (城镇居民, 城乡居民, 乡村振兴): taken out before looking for a sub-area. */
    private static final Pattern NO_TOWN = Pattern.compile("城镇|城乡|乡村");
    /**
     * A town's own report names itself 全镇 / 本镇 ("全镇固定资产投资完成5.7亿元", batch mq's mq05, was dropped as a town's part
     * of the region); a county's names its towns so too ("××镇是我县工业强镇,…全镇完成固定资产投资8.2亿元" — the review), so
     * only a notice that speaks as the town (我镇, 我乡, 本镇) reads them as itself.
     */
    // (and the bare name opening a clause: "1-12月,街道实现财政总收入12.4亿元" in a 街道's own summary, batch my's my05)
    // (its name before its 全镇 too: "灵秀镇全镇共完成财政收入40157万元", batch nt's nt09)
    private static final Pattern THE_TOWN_ITSELF = Pattern.compile("(?:[\\u4e00-\\u9fff]{1,5}镇)?全镇|(?:[\\u4e00-\\u9fff]{1,5}乡)?全乡"
            + "|本镇|本乡|全街道|我镇|我乡|我街道|本街道|该镇|该乡|该街道"
            + "|(?<=^|[,,;;。:\\s])(?:街道|镇|乡)(?=实现|完成|累计)");
    private static final Pattern TOWN_SPEAKING = Pattern.compile("我镇|我乡|本镇|本乡|我街道");
    /** A town or township named by its name: "三阁司乡", "袁庄镇" (not 全乡, 我镇: two characters at least before it). */
    // (and after its county's name: "2011年上半年,怀柔区长哨营乡…" — a 乡's half year in a traditional mirror, round 64's ra05)
    private static final Pattern TOWN_NAME = Pattern.compile("(?<=^|[\\s,,;;。::\\d年]|[\\u4e00-\\u9fff]{2}[区县])[\\u4e00-\\u9fff]{2,4}?[乡镇](?=[\\u4e00-\\u9fff\\d])"
            + "(?<![全我本该各城集小乡村市县区]镇)(?<![全我本该各城集小村市县区]乡)");

    /**
     * The one town a town's own notice names, which is the region itself: "县统计局: 2011年三阁司乡人均纯收入为1996元,…" under
     * "我乡…" (a 乡's report to its county's statistics bureau, round 60's qs06, whose income was left out as a part's); null
     * when it names none or several (a town beside its neighbours stays a part).
     */
    // (named before the notice first speaks as the town, 我乡 or 全镇: "我镇…;城关镇地区生产总值增长12%,我镇比城关镇低3个百分点",
    // "我乡与石桥乡结对帮扶,石桥乡…" name a neighbour — the review of round 60's rules)
    private static Pattern townNamed(String text) {
        java.util.Set<String> names = new java.util.HashSet<>();
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        Matcher name = TOWN_NAME.matcher(head);
        int firstNamed = -1;
        while (name.find() && names.size() < 2) {
            names.add(name.group());
            firstNamed = firstNamed < 0 ? name.start() : firstNamed;
        }
        Matcher speaking = TOWN_SPEAKING_OR_WHOLE.matcher(head);
        boolean namedFirst = !speaking.find() || firstNamed < speaking.start();
        // (and no higher region in the text: "石桥乡农民人均纯收入增长15%,居全县第一;我乡…" ranks a neighbour among the county's
        // — the review of round 61's rules)
        return names.size() == 1 && namedFirst && !HIGHER_OR_SIBLINGS.matcher(head).find()
                ? Pattern.compile(Pattern.quote(names.iterator().next())) : null;
    }

    private static final Pattern TOWN_SPEAKING_OR_WHOLE = Pattern.compile(TOWN_SPEAKING.pattern() + "|全镇|全乡");
    private static final Pattern HIGHER_OR_SIBLINGS = Pattern.compile("全[县市区省州旗盟]|各乡|各镇|乡镇中|其他乡镇");
    /**
     * 该镇 in a news item on the town that names no region's 全X: "截至6月19日,该镇地方财政收入完成1199万元,占全年任务的
     * 59.9%" (a town's item, round 44's pm08, dropped as a part) — only where the first place the item names is a town
     * (a county's item names itself first, "上半年,该县…。城关镇…,该镇…" — the review of round 44's rules).
     */
    // (and the bare word opening a clause, "2008年,街道实现工业总产值38.29亿元" — a city paper's item on a 街道's party
    // meeting, round 64's ra03, whose figures were left out as a part's)
    private static boolean townItem(String text) {
        Matcher bare = BARE_TOWN_CLAUSE.matcher(text);
        if (!THIS_TOWN.matcher(text).find() && bare.find()) {
            // the bare word is the town's where the last place named before it is a town (a page's publisher, 建德市融媒体中心,
            // may be named first)
            Matcher place = FIRST_PLACE.matcher(NO_TOWN.matcher(text.substring(0, bare.start())).replaceAll("，"));
            String last = null;
            while (place.find()) {
                last = place.group(1);
            }
            return last != null;
        }
        if (!THIS_TOWN.matcher(text).find()) {
            return false;
        }
        Matcher place = FIRST_PLACE.matcher(NO_TOWN.matcher(text).replaceAll("，"));
        return place.find() && place.group(1) != null;
    }

    private static final Pattern THIS_TOWN = Pattern.compile("该镇|该乡|该街道");
    private static final Pattern BARE_TOWN_CLAUSE = Pattern.compile("(?<=[,,;;。])(?:街道|镇|乡)(?=实现|完成|累计)");
    private static final Pattern FIRST_PLACE = Pattern.compile("[\\u4e00-\\u9fff]{2,3}?(镇|乡(?!村)|街道)|该(?:县|市|区)|"
            + "[\\u4e00-\\u9fffA-Za-z×]{2,3}?(?:县|市|区|州)(?![场民委级])");
    private static final Pattern HIGHER_SPEAKING = Pattern.compile("我县|我市|我区|我旗|我州|我省");
    /** A task heading: "第1项 地区生产总值增长8.5%左右。上半年…", "(一)第4项:…". */
    private static final Pattern ASSESSED_DONE = Pattern.compile("(?<=[,,])\\s*(?:已)?(?:提前|超额)?(?:完成|实现)(?:了)?(?:全年|年度)(?:目标)?任务[,,]");
    private static final Pattern TASK_IN_BRACKETS = Pattern.compile("^\\s*【任务(\\d+)】\\s*");
    private static final Pattern TASK_HEADING = Pattern.compile("^\\s*+(?:\\([一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十]+、)?\\s*+"
            + "第(\\d+)项[::\\s]*(.*)$");
    /** "未完成下降3%的年度目标": the target stated in words after the figure. */
    private static final Pattern STATED_TARGET = Pattern.compile("(?:未|没有)?(?:完成|实现|达到)?(增长|下降|降低|提高)"
            + "(\\d+(?:\\.\\d+)?)%(?:左右|以上|以内)?的(?:年度|全年|预期)?目标(?:任务)?");
    /**
     * A task named after its target wording, in brackets: "1.地区生产总值增长6%左右(第1项)。前三季度…",
     * "(三)城镇新增就业6.5万人【第7项】:…" (g05). The list number before it is no task number; the line is read as the
     * heading "第1项 地区生产总值增长6%左右。前三季度…" ({@link #TASK_HEADING}).
     */
    private static final Pattern TASK_AFTER_WORDING = Pattern.compile("^\\s*+(?:\\d{1,2}[.、.]|\\([一二三四五六七八九十\\d]+\\)"
            + "|[一二三四五六七八九十]+、)?\\s*+([^。()【】]*?[^。()【】\\s])\\s*+[(【]第(\\d+)项"
            // "地区生产总值(第1项,年度目标:增长8%左右)。" (a 督查室 notice, batch mb's mb03): the task's target in the brackets
            + "(?:[,,;;]\\s*(?:年度|全年)?(?:预期)?目标(?:任务)?[::]?\\s*([^()【】]+?))?[)】]\\s*[。::,,]?(.*)$");
    /** A task heading's text that is figures: an optional "名称:" label, then months and figures. */
    private static final Pattern FIGURES_UNDER_LABEL = Pattern.compile("^(?:([^::。,,\\d]{2,20})[::])?\\s*((?:截至|截止)?"
            + "(?:" + MONTHS_RANGE + "|\\d{1,2}月(?:末|底)|一季度|上半年|前三季度|全年)[^。]*\\d.*)$");
    private static final Pattern TABLE_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*$");
    /**
     * A comma before a phrase about the figure before it (完成年度目标的21.3%, 滞后序时进度3.7个百分点, 低于目标0.9个
     * 百分点): the phrase has no subject of its own and must stay with its indicator.
     */
    // (the amount's completion said of its 绝对值: "同比增长20%,绝对值完成年度目标的75.9%,增幅高于目标5个百分点" — a province's
    // first three quarters, batch pc's pc03, whose completion and gap were lost without a word)
    private static final Pattern ABOUT_THE_FIGURE = Pattern.compile("[,,](?=(?:绝对值|绝对额|总量)?完成" + OF_THE_YEAR + "(?:目标|预算|计划|任务)|"
            // ("占年计划的53.3%", a town's half-year report, batch mq's mq05, was read as a share of 地区生产总值)
            + "占" + OF_THE_YEAR + "(?:目标|预算|计划|任务)|占(?:省级|上级|市级|县级)?(?:核定|下达)|(?:" + PACE_VERBS + ")于?" + PACE + "|"
            // "增速比年度预期目标低0.2个百分点", "增速与年度目标持平", "控制在年度目标4%以内" (batch md's md06)
            + "(?:增速|增幅|涨幅)?(?:但|而|却|仍|但仍)?(?:略|稍)?(?:低于|高于|超过|超出|超|快于|慢于|落后于?|领先于?)" + ANNUAL_TARGET
            + "|(?:增速|增幅|涨幅)?(?:比|较)" + ANNUAL_TARGET + "|(?:增速|增幅|涨幅)?与" + ANNUAL_TARGET + "持平|控制在" + ANNUAL_TARGET + "\\d|"
            + "(?:超额|未|没有)?(?:完成|实现)(?:增长|下降|降低|提高)\\d|"
            + "(?:控制在|低于|高于|好于|优于|不超过|未超过|未突破|在)?\\d+(?:\\.\\d+)?%(?:左右|以内)?的(?:年度|全年|年初)?"
            + "(?:预期|计划|控制|调控)?目标)");

    /**
     * "财政总收入、一般公共预算收入分别超时序进度4.7和2.4个百分点" (often in a 备注 under a table): the pace gaps of
     * figures given before, one for each name in order.
     */
    private static final Pattern DISTRIBUTED_PACE_GAP = Pattern.compile("([^,,。;;::]{1,80}?)分别(" + PACE_VERBS + ")"
            + "于?" + PACE + "((?:\\d+(?:\\.\\d+)?(?:个百分点)?\\s*[和、,,]\\s*){1,20}\\d+(?:\\.\\d+)?)个?百分点");
    /**
     * "规模工业增加值、工业开票销售增幅均好于年初预期,分别超过年度目标13.8、23.3个百分点" (a city's half-year industry brief,
     * batch nr's nr06): the gaps to the targets of figures given in an earlier paragraph, one for each name in order (a
     * sentence with no figure of its own); each implies its target, as {@link #DISTRIBUTED_TARGET_GAP} does. So in a
     * news item's lead, before the figures: "地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全区第一,高于年度
     * 预期目标2.1、6.3、11.2个百分点,固定资产投资增速居全区第二,高于年度预期目标13个百分点" (a city's first quarter, batch
     * my's my02). The names are those of the nearest clause before the gaps that lists as many.
     */
    private static final Pattern NAMED_TARGET_GAPS = Pattern.compile("([^。;;::\\d%\\n]{1,120}?)(?:分别)?(超过|超出|高于|低于|快于|慢于|落后于?)"
            + ANNUAL_TARGET + "((?:\\d+(?:\\.\\d+)?(?:个百分点|个)?\\s*[和、,,]\\s*){0,20}\\d+(?:\\.\\d+)?)个?百分点");
    /** Words of another scope than the notice's own figures: a 其中, last year, the province or the nation, each county. */
    private static final Pattern OTHER_SCOPE_OF_GAPS = Pattern.compile("其中|去年|上年|同期|全省|全国|各[县区市镇乡]");

    /**
     * "区级一般公共预算收入低于时序进度1.5个百分点" (a table's 说明, after the figures): the pace gap of a figure given before,
     * the indicator named with no figure of its own.
     */
    private static final Pattern NAMED_PACE_GAP = Pattern.compile("([^,,。;;::\\d]{1,60}?)(" + PACE_VERBS + ")"
            + "于?" + PACE + "约?(\\d+(?:\\.\\d+)?)个?百分点");
    /**
     * "两项增速分别低于年度目标0.9个和0.5个百分点": the gaps to the targets of the figures just given, in order; each
     * implies its target (growth + gap, minus for 高于).
     */
    // (each gap with its own direction too: "分别低于目标0.7、高于目标5、低于目标0.9个百分点" — a break-it trial, where 0.7 and
    // 5 were read as amounts)
    private static final Pattern DISTRIBUTED_TARGET_GAP = Pattern.compile("[,,。;;]?([^,,。;;]{0,80}?)分别(低于|高于|快于|慢于|落后于?)"
            + ANNUAL_TARGET + "((?:\\d+(?:\\.\\d+)?(?:个百分点|个)?\\s*[和、,,及]\\s*(?:(?:低于|高于|快于|慢于|落后于?)" + ANNUAL_TARGET
            + ")?){1,20}\\d+(?:\\.\\d+)?)个?百分点");
    /** One gap of {@link #DISTRIBUTED_TARGET_GAP}'s list, with the direction written before it if one is (group 1). */
    private static final Pattern ONE_TARGET_GAP = Pattern.compile("(?:(" + "低于|高于|快于|慢于|落后于?" + ")" + ANNUAL_TARGET
            + ")?(\\d+(?:\\.\\d+)?)");
    /**
     * "扣除留抵退税因素后增长5.3%": a growth on another basis beside the headline one; the headline is the figure, the
     * adjusted one a comparison (left out).
     */
    /**
     * "增收34.96亿元、增长12.6%" (a city paper's fiscal brief, batch ms's ms02): the revenue's increase over last year
     * before its growth is a comparison, not a second figure of the revenue.
     */
    // (and spending's: "比上年减支9240万元,下降7.9%", a county's 4月 budget page, batch pg's pg02)
    private static final Pattern REVENUE_INCREASE = Pattern.compile("[,,、](?:同比|比上年(?:同期)?|比去年同期)?(?:增收|减收|增支|减支)\\d++(?:\\.\\d++)?"
            + "(?:万亿|亿|万)?元(?=[,,、](?:同比)?(?:增长|下降|增|降))");
    /**
     * "塌目标1.8个百分点" (a district's half-year plan report, batch ms's ms09): local wording for 低于目标; "高于年度目标
     * 增幅5.6个百分点" (ms02): the target's growth, said as the target.
     */
    private static final Pattern FALLEN_SHORT = Pattern.compile("塌(?=(?:年度|全年)?(?:预期)?目标)");
    /**
     * "高出年度目标3个百分点" (a province's industry and IT work conference on 1-11月, round 69's rk08, whose implied target was
     * lost without a word): 高出 for 高于 before the target and its gap.
     */
    private static final Pattern RISEN_ABOVE = Pattern.compile("高出(?=" + ANNUAL_TARGET + "\\d)");
    /**
     * A bare 增加值 right after the firms' output in one sentence: "1-2月实现规上工业总产值52.47亿元,同比增长28.2%,实现增加值11.58
     * 亿元,同比增长23.4%" (a district's industry release in a glossed mirror, round 71's ro06) — the same firms' value added.
     * Group 1 the scale, group 2 the words between.
     */
    // (its growth between only, no other name's: "规模以上工业总产值120亿元,其中高新技术产业产值40亿元,增加值10亿元" is the
    // high-tech industry's — the review of rounds 71–72's rules)
    private static final Pattern VALUE_ADDED_AFTER_OUTPUT = Pattern.compile("(规上|规模以上)工业总产值([^。;;,,]{1,20}+[,,]"
            + "(?:(?:同比|比上年(?:同期)?)?(?:增长|下降)[^。;;,,]{1,10}+[,,])?(?:实现|完成)?)(?=增加值\\d)");
    /**
     * "城镇和农村常住居民人均可支配收入完成29092元、17191元,分别增长3%、6.4%" (ms09): the values of two names listed after one
     * verb, their growths after 分别 — read as the 分别 list it is (分别为29092元、17191元).
     */
    private static final Pattern LISTED_VALUES = Pattern.compile("(?:完成|实现|达到)((?<![\\d.])\\d++(?:\\.\\d++)?(?:万亿|亿|万)?元"
            + "[、和]\\d++(?:\\.\\d++)?(?:万亿|亿|万)?元)(?=[,,]分别)");
    /** "完成年度計劃92.13。" (a 街道's 2018 statement, batch ms's ms05): a completion printed without its %. */
    // (and "占年计划的58.2,", "占年任务52," — nc05)
    private static final Pattern COMPLETION_WITHOUT_PERCENT = Pattern.compile("((?:完成(?:年度|全年)|占(?:全年|年度|年))(?:计划|任务|目标)(?:的)?)"
            + "(\\d{1,3}\\.\\d{1,2}|(?<=占(?:全年|年度|年)(?:计划|任务|目标)的?)\\d{1,3})(?=[。;;,,]|$)");
    /**
     * "同比增长17.8;", "同比下降15.8(…)" (a town's half-year report reposted on an essay site, batch nc's nc05, every
     * percentage without its sign): a year-on-year change printed without its %, at a clause's end.
     */
    // (not after a rate's figure: "失业率3.6%,同比下降0.2" is points — the review of batch nc's rules)
    private static final Pattern GROWTH_WITHOUT_PERCENT = Pattern.compile("(?<!(?:率|涨幅)\\d{1,3}(?:\\.\\d{1,2})?%[,,])((?:同比|比上年同期|比去年同期)(?:增长|下降|增|降))"
            + "(\\d{1,3}(?:\\.\\d{1,2})?)(?=[。;;,,(]|$)");
    /** A growth with no % right after an amount's clause: ",增长26.9。", ",与去年同期相比增长26.1," (group 1 the words, 2 the number). */
    private static final Pattern BARE_GROWTH_AFTER_AMOUNT = Pattern.compile("(?<=[万亿]?元|万吨|吨|万人|人)([,,](?:同比|与去年同期相比|与上年"
            + "同期相比|比上年|比去年)?(?:增长|下降))(\\d{1,2}(?:\\.\\d{1,2})?|\\d{3}\\.\\d{1,2}|100)(?=[。;;,,]|$)");
    private static final Pattern TARGET_GROWTH_WORD = Pattern.compile("(?<=目标)(?:增幅|增速)(?=\\d)");
    private static final Pattern ADJUSTED_GROWTH = Pattern.compile("[,,]扣除[^,,;;。]{1,20}?后(?:同比)?(?:增长|下降|增|降)"
            + "\\d+(?:\\.\\d+)?%");
    /**
     * The base of a ratio: "城乡居民人均收入比(以农村常住居民人均可支配收入为1) | 2.92" (a province's monitoring table,
     * batch na's na09) names the rural income as the 1 the ratio is counted from — no figure of it.
     */
    private static final Pattern RATIO_BASE = Pattern.compile("[((]以[^()()]{2,30}?为1[))]");
    /**
     * A remark on the figure before it, then the figure's growth in a sentence of its own: "实现地区生产总值(GDP)20517.2亿元,
     * 这是四川省的经济总量首次在上半年便突破两万亿大关。按可比价计算,同比增长7.9%" (a paper's item on a province's half year,
     * batch np's np03) — the remark goes and the growth joins its figure, when the sentence before holds that one figure
     * alone (not "…1256亿元,其中第三产业增加值650亿元。按可比价计算,…", whose growth is not the part's — the review).
     */
    private static final Pattern REMARK_BEFORE_GROWTH = Pattern.compile("(?<=[元人吨])[,,]这(?:是|也是|标志着)"
            + "(?:(?!增长|下降|%)[^。]){2,60}。(?=按(?:可比|不变)价格?计算[,,])");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])\\d[\\d.]*+\\s*+(?:万亿|亿|万)?(?:元|人|吨)");

    private static String withGrowthAfterARemark(String text) {
        return REMARK_BEFORE_GROWTH.matcher(text).replaceAll(remark -> {
            int sentence = Math.max(text.lastIndexOf('。', remark.start()), text.lastIndexOf('\n', remark.start())) + 1;
            String before = text.substring(sentence, remark.start());
            boolean oneAmount = AMOUNT.matcher(before).results().count() == 1;
            return oneAmount && !before.contains("其中") ? "," : Matcher.quoteReplacement(remark.group());
        });
    }

    /** "2856.3亿元,按不变价格计算,比上年增长5.9%": how the growth is computed, no subject of its own. */
    private static final Pattern AT_CONSTANT_PRICES = Pattern.compile("[,,]按(?:不变|可比)价格?计算(?=[,,])"
            // "地区生产总值(现行价)300364万元,比上年增长(可比价)9.8%" (a county's 2008 统计公报, batch nc's nc03): the price
            // basis in brackets, between a verb and its figure
            + "|\\((?:按)?(?:现行|可比|当年|不变)价(?:格)?(?:计算)?\\)");
    /**
     * A sector's share stated without 占: "第三产业增加值比重为33.9%,比上年下降了1.1个百分点" (nc03, read as a growth of 33.9);
     * a count of towns or firms above an amount of a figure: "其中,财政收入超300万元的乡镇有8个,超500万元的有3个" (nc03, read
     * as the county's revenue of 300万元); projects counted by size: "其中5千万以上的67个" (nc01, read as an investment of
     * 5亿元). Neither is a figure of the indicator: the clause that holds it goes ({@link #withoutClausesOf}).
     */
    private static final Pattern SHARE_OR_COUNT_ABOVE = Pattern.compile("(?:增加值|总值|产值|投资|收入)(?:所占)?比重(?:为|是|达到?)?"
            + "\\d++(?:\\.\\d++)?%"
            + "|(?:超过|超|过)\\d++(?:\\.\\d++)?(?:亿|万)?元的(?:乡镇|村|企业|项目|街道|社区|有)"
            + "|(?<![\\d.])\\d++(?:\\.\\d++)?(?:千万|百万|亿|万)元?(?:以上|以下)的?(?:项目)?\\d++个(?=[,,;;。、]|$)");
    private static final String CLAUSE_ENDS = ",,;;。、\n";

    /**
     * {@code text} without each clause (between ,;。、 or a line's ends) that holds a match of {@code core}: a figure
     * joined to the region's own by 、 stays ("第三产业增加值78.6亿元、增长8.5%、占地区生产总值比重为42.2%" — the review of
     * batch nc's rules, where the clause was taken from its start at a comma and the region's figure went with it).
     */
    static String withoutClausesOf(String text, Pattern core) {
        Matcher m = core.matcher(text);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (m.find()) {
            if (m.start() < kept) {
                continue;
            }
            int start = m.start();
            while (start > kept && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            // (a share run into the figure before it, "固定资产投资完成126.5亿元占地区生产总值比重为67.9%", goes from its 占)
            int share = text.lastIndexOf('占', m.start());
            start = share >= start ? share : start;
            int end = m.end();
            while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            out.append(text, kept, start);
            kept = end;
        }
        return out.append(text, kept, text.length()).toString();
    }

    /**
     * A note on what a figure covers: "固定资产投资为500万元以上项目口径" (a county's 1—5月 table's 注, batch i's i04, read as
     * an investment of 0.05 亿元), and the same in brackets after a name ("固定资产投资(500万元以上项目口径)增长15.2%":
     * only the bracket goes). The threshold is no figure of the period.
     */
    // (and what a target leaves out: "占目标任务(剔除烟叶税)的26%", a town's 一季度 report, batch mu's mu05)
    private static final Pattern SCOPE_NOTE = Pattern.compile("\\([^()]*口径\\)|(?<=目标|任务|计划|预算)\\((?:剔除|不含|扣除)[^()]{1,20}\\)"
            + "|(?<=^|[,,。;;::\\s])(?:\\d+[.、.])?[^,,。;;::()\\s]{2,20}?为[^,,。;;()]{0,20}?口径(?=$|[,,。;;])");
    /**
     * A figure revised: "(附注:根据…第五次全国经济普查结果,2023年我镇地区生产总值修订为138.17亿元。)" in a town's 2024
     * release (batch na's na10), "…234.5亿元、上年数据修订为220.1亿元", "一季度地区生产总值增速修正为5.6%" in a half-year's
     * notice, "增长目标由8%修订为7%" — an earlier figure restated, or a target changed, never the notice's own figure. Only a
     * clause naming the notice's own year revised stays ("经最终核实,2023年全市地区生产总值修订为1234.5亿元" in the 2023 final
     * figures — the review of batch na's rules). Left out with its 、.
     */
    private static final Pattern REVISED_FIGURE = Pattern.compile("(?:、|(?<=^|[,,;;。(]))([^,,;;。()、]*?)(?:修订|修正)(?:后)?为\\s*"
            + "\\d+(?:\\.\\d+)?\\s*(?:万亿元|亿元|万元|元|%)?");
    private static final Pattern YEAR_NAMED = Pattern.compile("((?:19|20)\\d{2})年");
    /** A year named as the notice's own: before its months or period, or opening a line ("2025年,全区…", "2024年1-9月…"). */
    // (not a date of release: "2015年1月20日发布", "发布日期:2014年2月20日" over the year before's figures — the review of round 55's
    // rules)
    private static final Pattern OWN_YEAR = Pattern.compile("(?:^|(?<=[\\n。]))[^\\n。,,]{0,12}?((?:19|20)\\d{2})\\s*年度?"
            + "(?!\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?=\\s*(?:1\\s*[-—~至到]\\s*\\d{1,2}\\s*月|[一二三四]季度|第[一二三四]季度|前三季度|上半年|全年|\\d{1,2}\\s*月|[,,]|工作回顾|国民经济|经济运行|统计公报|全[省市县区州盟旗]|本[省市县区]))");

    /**
     * The year a notice gives its figures for — the first year named as a line's or the title's own (before the months
     * or period, or opening a line) — or null when it names none so.
     */
    public static Integer noticesYear(String text) {
        return ownYearOfNormalised(ChineseText.normalise(text == null ? "" : text));
    }

    /** As {@link #noticesYear} of a text already normalised ({@link ChineseText#normalise}). */
    private static Integer ownYearOfNormalised(String normalised) {
        Matcher own = OWN_YEAR.matcher(normalised);
        return own.find() ? Integer.valueOf(own.group(1)) : null;
    }

    /** {@code own} without its revised figures but those of {@code noticeYear} itself (null: the notice names none). */
    private static String withoutEarlierRevisions(String own, Integer noticeYear) {
        return REVISED_FIGURE.matcher(own).replaceAll(m -> {
            Matcher year = YEAR_NAMED.matcher(m.group(1));
            boolean ownYear = false;
            while (year.find()) {
                ownYear |= noticeYear != null && Integer.parseInt(year.group(1)) >= noticeYear;
            }
            return ownYear ? Matcher.quoteReplacement(m.group()) : "";
        });
    }

    /**
     * A single month's figure (10月份居民消费价格同比上涨0.2%) in a notice of months from January belongs to
     * another period than the notice's: left out (k-batch reading), as beside a cumulative one; so is "8月当月规模以上
     * 工业增加值增长8.4%" (batch b's b07), and a clause opened by 当月 or 本月 ("当月全县规模以上工业实现增加值2.90亿元", a
     * county's 1-11月 news item, batch ng's ng10, recorded as the months' figure in conflict with the cumulative one).
     */
    private static final Pattern SINGLE_MONTH = Pattern.compile("(?:(?<![\\d—\\-–~至止到])\\d{1,2}月(?:份|当月)"
            + "|(?<=^|[。;;,,])(本月|当月))[,,]?[^,,;;。]*?"
            // "其中8月当月实现零售额6.72亿元,增长4.1%" (batch i's i02): the month's amount, then its growth after a comma;
            // "其中,7月份实现工业总产值4.22亿元" (batch mo's mo05): the amount alone
            + "(?:\\d+(?:\\.\\d+)?(?:万亿元|亿元|万元|元|亿美元|万美元|万人|人|万吨|吨)(?:[,,](?:同比)?"
            + "(?:上涨|下降|增长)\\d+(?:\\.\\d+)?%)?|(?:上涨|下降|增长)\\d+(?:\\.\\d+)?%)");
    /**
     * "8月当月,全市规上工业增加值同比增长8.2%,1-8月份同比增长5.1%" (a coal city's 1-8月 analysis, batch nr's nr02): the
     * month's growth, then the months' growth of the same subject after a comma — the month's figure is left out and its
     * subject kept for the months' ("全市规上工业增加值1-8月份同比增长5.1%").
     */
    private static final Pattern MONTH_THEN_MONTHS = Pattern.compile("(?<![\\d—\\-–~至止到])(?:\\d{1,2}月份?当月|当月|本月)"
            + "[,,]?(?<subject>[^,,;;。\\d]{2,40}?)(?:同比)?(?:增长|下降|上涨)\\d+(?:\\.\\d+)?%[,,]"
            + "(?=(?:1|一)\\s*[-—–~至到]\\s*\\d{1,2}月份?(?:累计)?[,,]?(?:同比)?(?:增长|下降|上涨)\\d)");
    /**
     * "5月,规上工业增加值同比增长18.8%,…;规上工业总产值3.19亿元,…。" in a 1-5月 brief (a county's 2022 brief, batch mo's
     * mo02): a sentence opening with the last month of the notice's months, bare, is that one month — another period
     * than the notice's, to the end of the sentence. Only when the notice names its months as a range to that month.
     */
    private static final Pattern BARE_MONTH_SENTENCE = Pattern.compile("(?<=^|[。;;]|\\s)(?:全县|全市|全区|全省)?(\\d{1,2})月份?"
            // (up to the months from January said again: "5月,…增长6.2%;1-5月,…增长5.8%" — the review of batch mo's rules)
            + "[,,](?:(?!" + MONTHS_RANGE + ")[^。])*");
    /** A rate or a stock read at a month's end, the period's own figure in that month's sentence. */
    // (and the months so far or the year: "9月,全县累计完成固定资产投资50亿元", "全年固定资产投资完成300亿元" — the review of round
    // 49's rules)
    // (全年 only with its own figure, and no 以来: "6月,社零增长12.5%,为年初以来最高", "增速为全年最高" are the month's — the review of
    // round 50's rules)
    // (not a comparison with another month's end, "增速较二季度末提高", "涨幅比8月末回落", nor the year's aim, "为全年完成目标奠定
    // 基础", "全年有望实现增长12%的目标" — the review of round 51's rules)
    private static final Pattern MONTH_END_STOCK = Pattern.compile("失业率|余额|(?<![比较与][^,,。;;]{0,5})(?:月末|月底|末)|累计"
            + "|全年(?![^,,。;;]{0,20}?目标)[^,,。;;有望]{0,12}(?:完成|实现|达到)");
    /** The parts of the year a notice names, by the month each ends with. */
    private static final Map<String, String> QUARTERS_LAST_MONTHS = Map.of("一季度", "3", "上半年", "6", "前三季度", "9");
    /** One of {@link #QUARTERS_LAST_MONTHS}'s parts, named as the notice's own (not compared with: 比前三季度). */
    private static final Pattern OWN_QUARTER = Pattern.compile("(?<![比较与同于])(一季度|上半年|前三季度)");
    private static final Pattern MONTHS_RANGE_END = Pattern.compile("(?<!\\d)1\\s*[-—–~至到]\\s*(\\d{1,2})月");
    /**
     * "37户规模以上工业企业鼓足干劲,…,完成工业增加值6.1亿元,…,完成工业总产值25.1亿元" (a development zone's report,
     * batch ml's ml03): a sentence whose subject is the firms above the designated size gives their output; the bare
     * 工业总产值 in it is 规模以上工业总产值, not all industry's.
     */
    private static final Pattern FIRMS_ABOVE_SIZE_SENTENCE = Pattern.compile("(?<!新增|新进|新入)(?:规模以上|规上|规模)(?:工业)?企业"
            // (its output after 完成/实现, the subject unchanged: not a count's sentence, 企业总数…;全县工业总产值, nor 全县完成…
            // — the review of batch mq's rules)
            // (bounded: a repeated group of alternatives recurses once per character, and a page of "全旗52户规上企业完成"
            // without a stop overflowed the stack — the hostile-input review)
            + "(?!总数|数)(?:[^。;;]|[;;](?=实现|完成)){0,200}?(?<!全县|全市|全区|全镇|全旗)(?:完成|实现)(?:了)?(?:工业)?总产值");

    /**
     * A target named in a work summary's prose, alone in its clause: "聚焦地区生产总值年度增长6%目标任务" (a county's 2025
     * half-year summary, batch nt's nt08, where it was read as a growth of 6 % beside the estimate of 6.3 %). Group 1 is
     * the target's wording.
     */
    private static final Pattern TARGET_IN_PROSE = Pattern.compile("^(?:年度|全年)?((?:增长|增速|增幅)\\d+(?:\\.\\d+)?%(?:左右|以上)?)"
            + "(?:的)?(?:年度|全年)?(?:预期|发展|增长)?目标(?:任务)?$");
    /**
     * The year's plan before a name: "2017年,我旗计划完成固定资产投资85.9亿元,增速12%" (a banner's 1-9月 news, batch nt's
     * nt03, read as the year's figure) — the target of the figures that follow, never a figure.
     */
    private static final Pattern PLANNED = Pattern.compile("(?:^|[,,])(?:我[省市州县区旗镇乡]|全[省市州县区旗镇乡])?(?:年度|全年|年初)?"
            + "计划(?:完成|实现|达到)?$");

    /**
     * Who says the figures, before them: "数据显示:1-10月份开发区进出口总额177.75亿美元" (a development zone's 1-10月 news,
     * batch nv's nv07, where "数据显示:" was taken for the indicator's name).
     */
    /**
     * A change against the month before, between a figure and its completion or growth: "增加值139.4亿元,环比扩大4.1亿元,
     * 完成考核目标170亿元的82%,同比增长18.5%" (a city's 1-10月 industry news, batch nv's nv09) — no figure of the period.
     */
    private static final Pattern MONTH_ON_MONTH = Pattern.compile("[,,]环比(?:扩大|增加|减少|缩小|提高|下降|回落|加快|上升)"
            + "\\d+(?:\\.\\d+)?(?:亿元|万元|个百分点|%)");
    // ("根据最新统计资料显示,北京经济技术开发区…" opens nv07: the lead goes with its 根据, so the zone opens the text)
    private static final Pattern SOURCE_LEAD = Pattern.compile("(?:(?:根据|据)[^,,。;;\\n]{0,8}?)?(?:数据|统计|资料)显示[::,,]\\s*");

    /**
     * "全市完成财政一般预算收入456.2亿元,其中,地方财政收入224.4亿元" (a city's half-year report, batch mq's mq02): a budget
     * revenue whose 其中 is the local revenue is the whole collected in the region, 财政总收入.
     */
    private static final Pattern TOTAL_BEFORE_LOCAL = Pattern.compile("(?<!地方|地方级)(?:财政一般预算收入|一般预算收入|公共财政预算收入"
            + "|一般公共预算收入)(?=(?:(?!财政总收入|财政收入|预算收入)[^。;;])*?[;;]?其中[,,::]?\\s*地方(?:级)?(?:财政|一般公共预算"
            + "|公共财政预算|一般预算|财政一般预算)收入)");
    /**
     * The parts listed after a budget revenue without 其中, the local revenue and what went up to the centre: "一般公共预算
     * 收入97950万元,…;地方财政收入67569万元,…;上划中央收入23302万元,…" (67569 + 23302 + 7079: a county's 1-11月 release,
     * batch nc's nc01) — the first is the whole collected, 财政总收入, when it is more than the local part and the sentence
     * names no 财政总收入 of its own (the review of batch nc's rules: "财政总收入…;一般公共预算收入…;地方财政收入…" and a
     * budget revenue equal to its local part are no such list).
     */
    private static final Pattern TOTAL_THEN_PARTS = Pattern.compile("(?<!地方|地方级)(?:一般公共预算收入|公共财政预算收入|一般预算收入)"
            + "(?:完成)?(\\d++(?:\\.\\d++)?)(亿元|万元)[^。;;]*+[;;]地方(?:级)?财政收入(?:完成)?(\\d++(?:\\.\\d++)?)(亿元|万元)"
            + "[^。]*?[;;]上划中央");

    /**
     * "全年实现一般公共预算收入150.2亿元,比上年下降4.2%。完成地方一般公共预算收入64.1亿元,…" (a district's 2022 statistical
     * bulletin, batch nt's nt04): a budget revenue followed in the next sentence by the local one, smaller, is the whole
     * collected in the region, 财政总收入, as {@link #TOTAL_BEFORE_LOCAL} reads it before a 其中 — where the notice names
     * no 财政总收入 of its own.
     */
    private static final Pattern TOTAL_THEN_LOCAL_SENTENCE = Pattern.compile("(?<!地方|地方级|本级)(?:一般公共预算收入|公共财政预算收入)"
            // (and a 其中 opening the next: "…公共财政预算收入20348万元,…。其中:地方公共财政预算收入13916万元" — a district's half-year
            // budget page in a glossed mirror, round 72's rq05)
            + "(?:完成|实现)?(\\d++(?:\\.\\d++)?)(亿元|万元)[^。\\n]*+。\\s*+(?:其中[,,::]?\\s*+)?(?:全年|同期)?(?:完成|实现)?地方(?:级)?"
            + "(?:一般公共预算|公共财政预算)收入(?:完成|实现)?(\\d++(?:\\.\\d++)?)(亿元|万元)");

    /**
     * The whole collected named in any of its words (财政收入 bare, 全口径/大口径财政收入, 财政总收入, 一般公共预算总收入): then
     * the budget revenue is what it says (the review of batch nt's rule: "财政收入完成18.6亿元;一般公共预算收入完成11.2亿元。
     * 实现地方一般公共预算收入10.1亿元" made two totals).
     */
    private static final Pattern TOTAL_NAMED = Pattern.compile("(?<!地方|本级|预算|一般|公共|地方级)财政收入|全口径|大口径|财政总收入"
            + "|预算总收入|财税总收入|公共财政总收入");

    static String totalThenLocalSentence(String text) {
        Matcher m = TOTAL_THEN_LOCAL_SENTENCE.matcher(text);
        if (!m.find() || TOTAL_NAMED.matcher(text).find()
                || inWan(m.group(1), m.group(2)).compareTo(inWan(m.group(3), m.group(4))) <= 0) {
            return text;
        }
        int nameEnd = text.indexOf("收入", m.start()) + 2;
        return text.substring(0, m.start()) + "财政总收入" + text.substring(nameEnd);
    }

    static String totalThenParts(String sentence) {
        Matcher m = TOTAL_THEN_PARTS.matcher(sentence);
        if (!m.find() || sentence.contains("财政总收入")) {
            return sentence;
        }
        if (inWan(m.group(1), m.group(2)).compareTo(inWan(m.group(3), m.group(4))) <= 0) {
            return sentence;
        }
        int nameEnd = sentence.indexOf(m.group(1), m.start());
        return sentence.substring(0, m.start()) + "财政总收入" + sentence.substring(nameEnd);
    }

    /** An amount of 亿元 or 万元 in 万元. */
    private static BigDecimal inWan(String amount, String unit) {
        return new BigDecimal(amount).multiply("亿元".equals(unit) ? BigDecimal.valueOf(10000) : BigDecimal.ONE);
    }


    /**
     * A heading run into the text before it and after it, as a page that copies a report into one line does: "(二)固定资产
     * 投资指标完成情况 预计1-6月份,全镇固定资产投资完成5.7亿元" (a town's half-year report, batch mq's mq05) — the heading
     * ends at its space; it named the indicator a second time and the figure was lost.
     */
    private static final Pattern INLINE_HEADING = Pattern.compile("(?<![一二三四五六七八九十(])"
            // (a numeral of at most four characters, from the start of its run: a run of numerals with no 、 after it was
            // tried from each of its characters — the hostile-input review)
            + "(?:[一二三四五六七八九十]{1,4}+、|\\([一二三四五六七八九十]{1,4}+\\))"
            + "[^。,,;;\\d\\s]{2,24}?(?:完成情况|运行情况|情况)\\s+");

    /**
     * A breakdown of GDP by industry that names the industries alone: "其中第一产业188.95亿元,增长4.1%;…;第三产业2373.45亿元"
     * (a city paper's 前三季度 report, batch mq's mq04), "三产2.5480亿元" (mq01) — the tertiary industry right before its
     * amount is its value added.
     */
    // (and its 产值 after 完成: "全县完成第三产业产值7.15亿元,同比增长10.6%" — a county's half-year news item, batch mw's mw02)
    private static final Pattern TERTIARY_AMOUNT = Pattern.compile("(?<=^|[,,;;::、\\s]|其中|完成|实现)(?:第三产业|三产)(?:产值)?"
            + "(?=\\d+(?:\\.\\d+)?\\s*(?:亿元|万元|元))");
    /**
     * "规模工业增加值负增长7.3%,总产值负增长7.0%" (a city's 2020 March brief, batch mo's mo01): the gross output of the
     * same industry, its name said once.
     */
    private static final Pattern OUTPUT_AFTER_VALUE_ADDED = Pattern.compile("((?:规模以上|规上|规模)工业)增加值((?:[^,,;;。]*[,,]){1,2})总产值");

    /**
     * "规模以上工业实现总产值4.1亿元、增加值1.3亿元,同比增长43.9%和30.8%" (a county's 2007 release, batch mq's mq01): the
     * industry's output and value added said once with their growths paired in order.
     */
    private static final Pattern OUTPUT_AND_VALUE_ADDED = Pattern.compile("((?:规模以上|规上|规模)工业)(?:实现|完成)?总产值"
            + "(\\d+(?:\\.\\d+)?(?:亿元|万元))[、,,和及](?:实现|完成)?增加值(\\d+(?:\\.\\d+)?(?:亿元|万元))[,,]\\s*(?:同比)?"
            + "(?:分别)?增长(\\d+(?:\\.\\d+)?)%(?:和|、)(\\d+(?:\\.\\d+)?)%");

    private static final Pattern GROWTH_WORD_BEFORE = Pattern.compile("(?:增幅|增速|涨幅|增长)(?:但|仍|略)?$");

    /**
     * {@code text} without the headings run into it ({@link #INLINE_HEADING}) — only those whose text names its own
     * indicator before its first figure: "(一)社会消费品零售总额完成情况 1-6月完成12.3亿元" names it only in the heading,
     * which then stays (the review of batch mq's rules).
     */
    /**
     * "完成投资" with no name, after the sentence named 固定资产投资: "11月份,我市固定资产投资…达到115.7亿元,…。1至11月累计
     * 完成投资600.1亿元,完成年度计划的92.3%" (a city's 1-11月 news, batch nx's nx04), "固定资产投资项目已开工162项,完成投资
     * 75.33亿元" (a banner's 1-9月 news, nt03) — the investment named last; not after a part's (工业固定资产投资, 民间投资).
     */
    static String withInvestmentNamed(String text) {
        Matcher bare = BARE_INVESTMENT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        int last = 0;
        int namedBefore = -1;
        while (bare.find()) {
            Matcher named = INVESTMENT_NAMED.matcher(text.substring(0, bare.start()));
            String lastNamed = null;
            int at = -1;
            int end = -1;
            while (named.find()) {
                lastNamed = named.group();
                at = named.start();
                end = named.end();
            }
            out.append(text, last, bare.end());
            // (once for each naming: "按行业分,农林牧水项目48项,完成投资22.29亿元" after it is a part's; so is one after
            // 其中, "其中,重点项目32个,完成投资41.2亿元")
            // (nor after projects counted since: "25个市级重点建设项目全部开工,完成投资33.36亿元,占年度任务的114.2%" is the
            // projects', a county's year, round 44's pm04)
            if (lastNamed != null && lastNamed.startsWith("固定资产投资") && at != namedBefore
                    && !text.substring(end, bare.start()).contains("其中") && !PROJECTS_COUNTED.matcher(text.substring(end, bare.start())).find()) {
                namedBefore = at;
                out.setLength(out.length() - "投资".length());
                out.append("固定资产投资");
            }
            last = bare.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * "到位资金" with no name after 招商引资 in its sentence: "招商引资新签及续建项目52个,引资额达527.86亿元,到位资金70.05亿元"
     * (a county's 1-10月 news, batch nx's nx09), "招商引资方面,共履约项目92个,…实际到位资金164303万元" (nx06) — the funds of
     * the investment promotion, 招商引资到位资金; not after 其中 (新建项目19个,到位资金6.2亿元 is a part's, my04).
     */
    static String withFundsNamed(String text) {
        return BARE_FUNDS.matcher(text).replaceAll("招商引资到位资金");
    }

    /**
     * "实际到位资金1005136万元,同比增长125%" opening a sentence of a notice titled "我市2006年1-10月招商引资情况" (a city's
     * investment promotion report, batch nz's nz06): the funds of the promotion the title names. The first such sentence
     * only, and only where the notice names the funds nowhere else, its title no foreign capital (利用外资: its 实际到位资金
     * may be the foreign capital's), and the sentence before is no part's (分区域看, A县:) — the parts' "其中:国内省外
     * 履约项目113个,到位资金为…" stay parts (the review of round 25's rules).
     */
    static String withTitledFunds(String text) {
        String title = text.strip().split("\\R", 2)[0];
        if (!title.contains("招商引资") || title.contains("外资") || NAMED_FUNDS.matcher(text).find()) {
            return text;
        }
        Matcher m = FUNDS_OF_THE_TITLE.matcher(text);
        if (!m.find()) {
            return text;
        }
        int sentenceStart = Math.max(text.lastIndexOf('。', Math.max(0, m.start() - 2)), text.lastIndexOf('\n', Math.max(0, m.start() - 2)));
        String before = text.substring(Math.max(0, sentenceStart), m.start());
        return PART_WORDS.matcher(before).find() ? text
                : text.substring(0, m.start()) + "招商引资到位资金" + text.substring(m.end());
    }

    private static final Pattern FUNDS_OF_THE_TITLE = Pattern.compile("(?<=^|[。;;\\n]\\s{0,4})实际到位资金(?=(?:达|为|共)?\\d)");
    private static final Pattern NAMED_FUNDS = Pattern.compile("招商(?:引资)?(?:累计|实际)?到位资金");
    private static final Pattern PART_WORDS = Pattern.compile("分区域|分县|分地区|分行业|分园区|各[县区镇乡]|[县区镇乡园][::]");

    private static final Pattern BARE_FUNDS = Pattern.compile("(?<=招商引资(?:(?!其中)[^。;;]){0,60}?[,,、])(?:实际)?到位资金(?=(?:达|为|共)?\\d)");
    /**
     * A sector's state, then its value added with no name: "农业生产总体平稳,增加值16.75亿元,增长5.3%;工业经济快速增长,增加值
     * 127.12亿元,增长13.1%;服务业逐步恢复,增加值113.26亿元,增长2.6%" (a city's half year in a news item, round 60's qs01,
     * each 增加值 left unread) — group 1 the sector, group 2 its state. The industry of a sector's account is all industry.
     */
    // (a state, not a part: "工业园区建设加快,增加值15亿元", "服务业重点企业发展良好,实现增加值5亿元" are a park's and some firms'
    // — the review of round 60's rules)
    private static final Pattern SECTORS_STATE_THEN_VALUE_ADDED = Pattern.compile("(?<=^|[;;。\\n]\\s{0,4})(农业生产|农业|工业经济|工业生产"
            // (nor a group of firms after the state's word: "工业运行监测企业", "服务业发展重点企业" — the review of round 61's rules)
            + "|工业|服务业|建筑业)((?:总体|基本|持续|快速|较快|逐步|稳步|平稳|稳定|明显|缓慢|恢复|回升|回落|保持)"
            + "(?![^,,;;。\\d]{0,8}(?:企业|园区|项目|集中区|用电|单位))[^,,;;。\\d]{0,6})[,,]\\s{0,2}(?:实现|完成)?增加值(?=\\d)");

    /**
     * A profile's section heading before its year: "经济概况 2006年国内生产总值7亿元", "工业 2006年工业总产值4.7亿元", "农业
     * 2006年总产值2.1亿元" (a 乡's profile, round 63's qy06, whose figures were named 经济概况 or had no period) — the heading
     * goes; a bare 总产值 or 增加值 after the year is the heading's sector's.
     */
    private static final Pattern PROFILE_HEADING = Pattern.compile("(?<=^|\\n)([\\u4e00-\\u9fff]{2,6})(?:\\h+[\\u4e00-\\u9fff]{2,6})?\\h+"
            + "((?:19|20)\\d{2}年)((?:总产值|增加值)(?=\\d))?");

    static String withProfileHeadings(String text) {
        return PROFILE_HEADING.matcher(text).replaceAll(m -> m.group(2) + (m.group(3) == null ? "" : m.group(1) + m.group(3)));
    }

    static String withSectorsValueAdded(String text) {
        return SECTORS_STATE_THEN_VALUE_ADDED.matcher(text).replaceAll(m -> m.group(1) + m.group(2) + ","
                + (m.group(1).startsWith("工业") ? "全部工业" : m.group(1).replace("生产", "")) + "增加值");
    }

    /**
     * {@code text} with the investment of projects counted in its sentence named as theirs: "年初重点推进的34个产业项目,有15个
     * 开复工,完成固定资产投资2亿元" (a 林区's half year, round 56's qk08) is the 34 projects', not the region's 固定资产投资 —
     * read as 项目投资, a name outside the catalog, and said.
     */
    static String withProjectsInvestment(String text) {
        return INVESTMENT_AFTER_VERB.matcher(text).replaceAll(m -> {
            // the sentence's opening and the clause's, looked for within the reach only (the text is normalised: ASCII commas)
            int from = Math.max(0, m.start() - SENTENCE_REACH);
            int start = from;
            int clause = -1;
            for (int i = m.start() - 1; i >= from; i--) {
                char c = text.charAt(i);
                if (c == ',' && clause < 0) {
                    clause = i + 1;
                }
                if ("。;;\n".indexOf(c) >= 0) {
                    start = i + 1;
                    break;
                }
            }
            // (not the region's after them, "…20个项目进展顺利,全县完成固定资产投资38亿元", nor a figure with its growth, "156个在建
            // 项目稳步推进,累计完成固定资产投资38亿元,同比增长25%" — the review of round 56's rules)
            int end = Math.min(text.length(), m.end() + SENTENCE_REACH);
            return PROJECTS_COUNTED.matcher(text).region(start, m.start()).find()
                    && !WHOLE_REGION.matcher(text).region(Math.max(start, clause), m.start()).find()
                    && !GROWTH_AFTER.matcher(text).region(m.end(), end).lookingAt() ? "项目投资" : m.group();
        });
    }

    private static final Pattern INVESTMENT_AFTER_VERB = Pattern.compile("(?<=完成)固定资产投资(?=\\d)");
    private static final Pattern WHOLE_REGION = Pattern.compile("全[省市区县州旗盟镇乡]");
    /** A growth of the figure in its sentence: "38亿元,同比增长25%". */
    private static final Pattern GROWTH_AFTER = Pattern.compile("[^。;;\\n]{0,60}?(?:增长|下降|同比|比上年)");
    /** How far back a sentence's opening is looked for (a sentence is rarely longer; the look stays linear in the text). */
    private static final int SENTENCE_REACH = 80;
    /** Projects counted: "25个市级重点建设项目" — not 项目 in passing ("受房地产项目减少影响", the review of round 44's rules). */
    private static final Pattern PROJECTS_COUNTED = Pattern.compile("(?<!\\d)\\d++(?:个|项)[^,,。;;\\d]{0,12}?项目");
    private static final Pattern BARE_INVESTMENT = Pattern.compile("(?<=[,,。;;]|^)(?:\\d{1,2}\\s*[至\\-—–~]\\s*\\d{1,2}月份?)?(?:累计)?完成投资(?=\\d)");
    /** The investments a notice names, the whole's and its parts': the last one named before a bare 完成投资 is its. */
    private static final Pattern INVESTMENT_NAMED = Pattern.compile("(?:工业|民间|房地产开发|房地产|基础设施|技改|制造业|项目|产业|重点项目|政府)?"
            + "固定资产投资(?:项目)?|(?:工业|民间|房地产开发|基础设施|技改|制造业|产业|重点项目)投资");

    private String withoutInlineHeadings(String text) {
        return INLINE_HEADING.matcher(text).replaceAll(m -> {
            // (the words after the heading up to its first figure, within a reach: the whole rest of the text was copied
            // once per heading)
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + HEADING_REACH));
            Matcher months = LEADING_MONTHS.matcher(after);
            String rest = months.lookingAt() ? after.substring(months.end()) : after;
            Matcher digit = DIGIT.matcher(rest);
            String words = digit.find() ? rest.substring(0, digit.start()) : rest;
            return catalog.findFirst(words).isPresent() ? "。" : Matcher.quoteReplacement(m.group());
        });
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Characters after an inline heading in which its text names its indicator before a first figure. */
    private static final int HEADING_REACH = 120;
    private static final Pattern LEADING_MONTHS = Pattern.compile("^[^\\d]{0,6}" + MONTHS_RANGE + "份?[,,]?");

    /** The region a zone is in, named as a whole: 全市, 全县, 我市, 我县. */
    private static final Pattern WHOLE_ABOVE_ZONE = Pattern.compile("全市|全县|我市|我县|全州|全省");
    /**
     * The whole named only in a share of it, "累计完成投资28.46亿元,…占全县工业的86.94%" (a park's own report, batch nc's
     * nc04): still the zone's own notice when one zone is its subject — not a city's round of its zones, "高新区完成…,
     * 占全市的18.6%;经开区完成…" (the review of batch nc's rules).
     */
    private static final Pattern WHOLE_OUTSIDE_SHARE = Pattern.compile("(?<!占)(?:全市|全县|我市|我县|全州|全省)");
    private static final Pattern ZONE_SUBJECT = Pattern.compile("([^,,。;;\\d\\s]{0,4}?(?:高新区|开发区|经开区|园区|新区|保税区|片区|产业园))"
            + "(?=(?:累计)?(?:完成|实现))");

    private static boolean namesTheWholeAboveZone(String text) {
        return WHOLE_OUTSIDE_SHARE.matcher(text).find() || WHOLE_ABOVE_ZONE.matcher(text).find()
                && ZONE_SUBJECT.matcher(text).results().map(r -> r.group(1)).distinct().count() > 1;
    }
    /** An average progress stated as a figure: "各街道平均进度为49.5%". */
    private static final Pattern AVERAGE_STATED = Pattern.compile("平均(?:完成)?进度(?:为|是|达到?)?\\d+(?:\\.\\d+)?%");

    /**
     * The output after the sown area, named only 总产量: "其中粮食播种面积64.40万亩,总产量27.89万吨" (a county's 2011 统计公报,
     * batch mw's mw08) — the grain's output.
     */
    private static final Pattern GRAIN_OUTPUT_AFTER_AREA = Pattern.compile("(?:粮食|粮豆薯)(?:作物)?(?:播种|种植)面积[^,,;;。]{0,20}?"
            + "[,,、](?=(?:总产量|总产|产量)(?:为|达到?)?\\d)");

    /**
     * The method note before a growth: "全县实现GDP总量400.61亿元,按可比价计算同比增长6.1%" (a county's half-year release,
     * batch my's my01, whose growth became the figure of an indicator named 按可比价计算); 按可比价格计算, 以可比价计算.
     */
    // (and the national accounts' 按不变价核算 / 按不变价格计算: "一季度全省地区生产总值4815.49亿元,按不变价核算,比上年同期增长6.6%", a
    // province's first-quarter release, batch oj's oj01, whose growth was lost to an indicator named 按不变价核算)
    // (and 同口径 before it: "按同口径可比价计算,比上年下降1.9%" — a 旗's 2020 公报, round 61's qu08)
    // (and 按照: "生产总值(GDP)133.86亿元,按照可比价计算,同比增长8.1%" — a county's 2021 公报, round 65's rc07)
    // (and the prices taken out: "农林牧渔业产值18.19亿元,剔除价格因素(下同),比上年增长3.0%" — the same 公报)
    private static final Pattern COMPARABLE_PRICES = Pattern.compile("(?:(?:按照|按|以)(?:同口径)?(?:可比价格?|不变价格?)(?:计算|核算)?"
            + "|剔除价格因素(?:\\(下同\\))?)[,,]?"
            + "(?=(?:同比|比上年|较上年)(?:同期)?(?:增长|下降|增|降)|增长|下降|增|降)");
    /**
     * A share of a larger whole between a figure and its growth: "规上工业总产值1564.97亿元,占全市规上工业总产值的比重为
     * 69.3%,同比增长5.4%" (my01) — the growth is the figure's; the share of the city's is no figure of the region's.
     */
    /** A share of a region's plan after a figure: ",占全市年度计划的23.4%". */
    private static final Pattern PLAN_OF_REGION = Pattern.compile("([,,])占(全[省市州县区旗盟])(" + OF_THE_YEAR
            + "(?:目标|预算|计划|任务)++(?:任务)?(?:数)?的?\\d+(?:\\.\\d+)?%)");
    private static final Pattern PLANS_REGION = Pattern.compile("全[省市州县区旗盟]");

    /**
     * The share of a plan named by its region: the region's own plan — "济南累计实现社会消费品零售总额468.4亿元,占全市年度计划的
     * 23.4%,同比增长16.5%" (a city's retail release, batch oj's oj07, whose growth was lost to an indicator "…占全市年度计划的")
     * — when no other region's 全X comes before it in the sentence: its completion. After another ("全县固定资产投资完成20亿元,
     * 占全市年度计划的12%", a county's share of its city's plan — the review of round 30's rules) it is no figure of the
     * region's own and is left out, so the growth after it stays the figure's.
     */
    static String withRegionsPlan(String sentence) {
        return PLAN_OF_REGION.matcher(sentence).replaceAll(plan -> {
            Matcher before = PLANS_REGION.matcher(sentence.substring(0, plan.start()));
            String own = null;
            while (before.find()) {
                own = before.group();
            }
            return own == null || own.equals(plan.group(2)) ? Matcher.quoteReplacement(plan.group(1) + "占" + plan.group(3)) : "";
        });
    }

    private static final Pattern SHARE_BEFORE_GROWTH = Pattern.compile("[,,]占(?:全[省市州县区]|全国)[^,,。;;]{1,30}?(?:的)?(?:比重|比例)"
            + "(?:为|达到?|是)?\\d+(?:\\.\\d+)?%(?=[,,](?:同比|比上年|较上年)?(?:增长|下降))");

    /**
     * A round threshold passed, then the figure: "全省地区生产总值突破5500亿元,达到5598.45亿元" (a province's press conference,
     * batch mw's mw03, read as 5500) — the figure is the one after 达到.
     */
    private static final Pattern THRESHOLD_PASSED = Pattern.compile("(?:突破|超过|迈上|跨上)\\d+(?:\\.\\d+)?[^\\d,,。;;]{0,4}[,,]"
            // (a figure with its unit after it: "超过3000亿元,为2015年的1.8倍" is a multiple — the review of batch mw's rules)
            + "(?=(?:达到|达|为|实现)\\d+(?:\\.\\d+)?(?:万亿|亿|万|元|%|人|户|家|吨|个))");

    /**
     * The words read for figures where 平均进度 is a stated average of parts: a zero-width space parts 平均 from 进度, so no
     * pace pattern takes it, and the excerpts that quote these words drop the mark ({@link ChineseText#excerpt}) — the
     * warnings quote the notice's own 平均进度 (it once became 平均完成进度, words the notice does not have).
     */
    private static String withoutEvenPace(String words) {
        return words.replace("平均进度", "平均" + ChineseText.ZERO_WIDTH_SPACE + "进度");
    }

    /** How many firms: "全旗52户规上企业完成工业总产值154.3亿元" (batch mq's mq09) — a count, no figure of the output. */
    private static final Pattern FIRMS_COUNT = Pattern.compile("(?<!\\d|新增|新进|新入)\\d++(?:户|家|个)(?=(?:规模以上|规上|规模)(?:工业)?企业"
            + "[^,,;;。]{0,12}?(?:完成|实现|累计))");

    /**
     * The sentence's bare 工业总产值 after a subject of firms above the designated size ({@link #FIRMS_ABOVE_SIZE_SENTENCE}),
     * without the count of those firms.
     */
    private static String firmsAboveSizeOutput(String text) {
        // (总产值 alone too: "规模以上工业企业33户,实现总产值较上年同期增长56%", a high-tech zone's quarter, batch ne's ne06)
        return FIRMS_ABOVE_SIZE_SENTENCE.matcher(FIRMS_COUNT.matcher(text).replaceAll("")).replaceAll(m -> Matcher.quoteReplacement(
                m.group().replaceFirst("(?:工业)?总产值$", "") + "规模以上工业总产值"));
    }

    /**
     * What a notice's title says: the period it names (a month's report, "2020年10月全区经济运行情况", names the months of
     * the year so far; a year alone, "2019年主要经济指标", names no part of it: the notice's first figure says which), or
     * null; and whether it is a month's report naming no period of its own.
     */
    private record Title(ReportingPeriod period, boolean ofAMonth) {

        private static final Title NONE = new Title(null, false);

        /** The title of {@code text}: its first line when that is one (no figure; see {@link #titleLine}). */
        static Title of(String text) {
            String first = titleLine(text);
            if (first == null) {
                return NONE;
            }
            ReportingPeriod named = ReportingPeriod.detect(first).orElse(null);
            Matcher month = MONTH_TITLE.matcher(first);
            if (named == null && month.find()) {
                // "2020年10月全区经济运行情况" over 1-10月's running totals and a "1-8月外贸出口" further down (a development
                // zone's monthly page, batch oj's oj05): a month's report names the months of the year so far
                return new Title(ReportingPeriod.parse(String.format("M%02d", Integer.parseInt(month.group(1)))), true);
            }
            return new Title(named != null && named.isAnnual() && !ANNUAL_TITLE.matcher(first).find() ? null : named, false);
        }
    }

    /** A notice's first line when it is a title (no figure; before a first section marker on a one-line page), else null. */
    private static String titleLine(String text) {
        String first = ChineseText.normalise(text.strip().split("\\R", 2)[0]).split(
                "\\s(?=[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))", 2)[0];
        return first.length() > 60 || first.matches(".*\\d+(?:\\.\\d+)?\\s*(?:%|亿元|万元|元).*") ? null : first;
    }

    /** A month's report by its title: "2020年10月全区经济运行情况", "2022年8月社会消费品零售总额" — not a day's date. */
    // (not a meeting's, "全市召开2024年4月份经济运行调度会", which reports the months before — the review of round 31's rules)
    private static final Pattern MONTH_TITLE = Pattern.compile("(?:19|20)\\d{2}\\s*年\\s*(1[0-2]|[1-9])\\s*月份?(?![\\d日号上中下])"
            + "[^,,。;;]{0,20}?(?:经济运行|经济指标|统计|零售总额|增加值|投资|收入|进出口)(?![^,,。;;\\n]{0,8}?(?:会|会议))");

    /**
     * The one period a notice names anywhere, when it names just one: a county's list of figures under "一、主要经济指标
     * 完成情况" with no period, and "上半年,全县规模以上工业增加值…" in the section after it (batch nc's nc06, in
     * traditional characters with pinyin) — the list is of that half year. Empty when the notice names none or several.
     */
    // (only for a figure with its growth, "规上工业增加值39.5亿元,同比增长32.0%": a headline's "九个开发区工业总产值突破2000亿
    // 元" or a table's cell before the period is named stays unread, as before)
    // (or with the share of its plan done: "完成粮食作物播种面积422.7万亩、占计划的101.9%" before "上半年…" in a city's half-year
    // document on its counties, batch nz's nz02)
    private static final Pattern LISTED_FIGURE = Pattern.compile("\\d(?:亿元|万元|元|万人|万吨|万亩)[,,、\\s]\\s*(?:(?:同比|比上年同期)?"
            + "(?:增长|下降)|占(?:年度|全年)?(?:计划|目标|任务)的)\\d");

    private static final Pattern FORWARD_OR_PAST = Pattern.compile("确保|力争|争取|目标|预计|计划|底前|之前|以前|去年|前年|上年(?!同期)");

    private static Optional<ReportingPeriod> solePeriod(String text) {
        Set<String> named = new HashSet<>();
        ReportingPeriod sole = null;
        for (String sentence : text.split("[。;;\\n]")) {
            // (not a sentence of what is ahead or behind — "确保上半年实现双过半", "力争全年…", "9月底前开工", "去年上半年受疫情
            // 冲击" gave a list of another period theirs: the review of batch nc's rules)
            if (FORWARD_OR_PAST.matcher(sentence).find()) {
                continue;
            }
            Optional<ReportingPeriod> period = ReportingPeriod.detect(sentence);
            if (period.isPresent() && named.add(period.get().code())) {
                sole = period.get();
            }
        }
        return named.size() == 1 ? Optional.of(sole) : Optional.empty();
    }

    /**
     * A notice of last year's results told early in the next, and of nothing else: "2008年初,省政府将全年…目标任务分解成…。
     * 统计结果显示,去年全省地区生产总值增长12.5%左右;…" (a province's spokesman on the year's results, batch nz's nz09) —
     * 去年 of the region itself (去年全省, 去年我市), no period named anywhere, no 今年 (last year beside this year's figures
     * is a comparison), no 去年同期 (the review of round 25's rules).
     */
    static boolean lastYearsNotice(String text) {
        return LAST_YEAR_OF_REGION.matcher(text).find() && !text.contains("今年") && !text.contains("同期")
                && ReportingPeriod.detect(text).isEmpty();
    }

    // (and the region by its name, or 去年 alone before a comma: "去年西藏自治区国民经济持续保持…", "去年,西藏第一产业增加值为…" —
    // a wire on a region's 2006 results at its statistics bureau's press conference, round 64's ra08)
    private static final Pattern LAST_YEAR_OF_REGION = Pattern.compile("(?<=^|[,,。;;::\\s])去年(?=全[省市州县区盟旗]|我[省市州县区盟旗]"
            + "|[,,]|[\\u4e00-\\u9fff]{2,5}?(?:省|自治区|市|县|区)(?![长委])(?:全[省区市县]|[国经地生])?)");

    /**
     * The reports' shorthand pair at a clause's start, each before its growth: "投资增长21.3%,消费增长13.5%" — 固定资产投资 and
     * 社会消费品零售总额; either alone may point back at the investment or spending just named (技改投资…,投资增长15% — the review
     * of round 66's rules).
     */
    private static final Pattern INVESTMENT_AND_CONSUMPTION = Pattern.compile("(?<=^|[,,;;。、:\\n])投资((?:同比)?(?:增长|下降)\\d++"
            + "(?:\\.\\d++)?%[,,、;;])消费(?=(?:同比)?(?:增长|下降)\\d)");

    /** The year's aims said done, then each figure with its lead over its aim in a bracket: "…预期全部如期超额完成(GDP增长7.8%,高0.8个点;…)". */
    private static final Pattern AIMS_DONE_BRACKET = Pattern.compile("((?:预期|目标|任务)[^(。;;\\n]{0,16}?完成\\()([^()\\n]{10,400}?)\\)");
    /** A lead or a lag of points with no word of what it is measured against: ",高0.8个点", ",低1.2个百分点". */
    // (or said against the aim, "比目标高0.2个点", "比预期目标低0.4个百分点" — a break-it trial, its implied target lost)
    private static final Pattern BARE_POINTS = Pattern.compile("([,,])(?:比(?:预期|年度|全年)?目标)?(高出?|超出?|低)(\\d+(?:\\.\\d+)?)个(?:百分)?点");

    /**
     * {@code text} with each bare gap in a bracket after the year's aims said done written as a gap to the target: "年初七项
     * 主要经济指标的预期全部如期超额完成(GDP增长7.8%,高0.8个点;投资增长11.2%,高1.2个点;…)" (a county's half-year news
     * item, batch oj's oj04) — each growth over its aim by so many points (个点 = 个百分点), the targets 7.0, 10.0, …
     */
    // (the bracket opened into a list of its own, so that each item is a statement: the items after the first were lost
    // without a word inside one bracketed remark — the review of round 31's rules)
    static String withGapsToTheAimsInBrackets(String text) {
        return AIMS_DONE_BRACKET.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).substring(0, m.group(1).length() - 1) + ":"
                + BARE_POINTS.matcher(SHORT_NAME_IN_LIST.matcher(m.group(2)).replaceAll(n -> switch (n.group(1)) {
                    case "投资" -> "固定资产投资";
                    case "消费" -> "社会消费品零售总额";
                    case "城镇居民收入" -> "城镇居民人均可支配收入";
                    default -> "农村居民人均可支配收入";
                })).replaceAll(g -> g.group(1) + (g.group(2).startsWith("低") ? "低于" : "高于")
                        + "预期目标" + g.group(3) + "个百分点")));
    }

    /**
     * Short names opening an item of the main indicators' list: the region's 固定资产投资, 社会消费品零售总额 and the two
     * surveys' disposable incomes (oj04, oh02).
     */
    private static final Pattern SHORT_NAME_IN_LIST = Pattern.compile("(?<=^|[;;])(投资|消费|城镇居民收入|农村居民收入)(?=增长|下降)");

    /** A statement opening on a year by its number, not a span from it (2013年以来): group 1 the year. */
    // (the region right after the year, and no span or period of the notice's in the sentence: "2013年四季度以来,…上半年…",
    // "2013年度全市固定资产投资结算完成后,上半年…", "2013年同口径比较,…" are this period's — the review of round 52's rules)
    // (the span or period before the first figure only: "2013年全县地区生产总值结算后为150亿元,上半年完成80亿元" is the base —
    // the review of round 53's rules; and after a first count, "据初步统计,2013年全市…")
    private static final Pattern EARLIER_YEAR_OPENING = Pattern.compile("^\\h*+(?:(?:据|经)?初步(?:统计|核算)[,,]?)?((?:19|20)\\d{2})年(?:度)?"
            + "(?:全|我)[省市县区州旗盟](?![^。;;\\d]*?(?:以来|之后|后[,,]|口径|季度|上半年|下半年|(?:\\d{1,2}\\s*[-—~至到]\\s*)?\\d{1,2}\\s*月))");
    /**
     * A part of last year named as a figure's period: "去年一季度", "上年同期", "去年1-9月" (not 比去年同期, a comparison, nor
     * an index's base, "(上年同期=100)").
     */
    // (nor its base or its circumstances, "和去年同期相比", "受去年同期基数较高影响", "在去年同期高基数的基础上", "上年同期基数
    // 较低" — the review of round 31's rules, where this period's figures after them were dropped)
    /**
     * Whether {@code source} names a period of last year before any figure of its own: "去年一季度全市经济增长3.6%,…" —
     * each figure of the sentence is last year's. (Asked once per sentence: asked per figure, a pasted sentence of 6,000
     * figures was read in 50 s.)
     */
    private static boolean opensOnLastYearsPart(String source) {
        Matcher lastYears = LAST_YEARS_PART.matcher(source);
        return lastYears.find() && !DIGIT.matcher(source).region(0, lastYears.start()).find();
    }

    private static final Pattern LAST_YEARS_PART = Pattern.compile("(?<![比较与同和受在])(?:去年|上年|前年)(?:同期|一季度|第一季度|上半年"
            + "|前三季度|\\d{1,2}\\s*[-—~至]\\s*\\d{1,2}月)(?!\\s*=)(?![^,,。;;]{0,10}?(?:基数|相比|影响|基础|比较))");

    /**
     * The words of a round threshold passed right before an amount with no figure after it (that case is
     * {@link #THRESHOLD_PASSED}'s): 突破, 迈上, 跨上, 跃上, 站上.
     */
    private static final Pattern THRESHOLD_WORD_BEFORE = Pattern.compile("(?:突破|迈上|迈过|跨上|跨过|跃上|站上)\\h*$");
    /** The units of an amount a target's gap or task is given in. */
    private static final String AMOUNT_UNIT = "(万人|人|亿元|万元|亿美元|万美元)";
    /** The words of a task said done, before its amount: "超额完成国家下达的", "完成省确定的". */
    private static final String TASK_DONE_WORDS = "(?:超额)?完成(?:了)?[^,,。;;\\d]{0,10}?(?:下达|确定)的";
    /** A task of an amount said done: "超额完成国家下达的110万人年度任务", "完成省下达的5万人目标任务". */
    // (not a share of it: "完成市下达的1.2万人年度任务的87.5%" is the completion — break-it trial, read as a growth of 87.5 %)
    private static final Pattern AMOUNT_TASK_DONE = Pattern.compile(TASK_DONE_WORDS + "(\\d+(?:\\.\\d+)?)" + AMOUNT_UNIT
            + "(?:的)?(?:年度|全年)?(?:目标)?任务(?!的?\\d)");
    /** A task of an amount and the share of it done: "完成市下达的1.2万人年度任务的87.5%". */
    private static final Pattern AMOUNT_TASK_SHARE = Pattern.compile(TASK_DONE_WORDS + "(\\d+(?:\\.\\d+)?)" + AMOUNT_UNIT
            + "(?:的)?(?:年度|全年)?(?:目标)?任务的(\\d+(?:\\.\\d+)?)%");
    /**
     * The year's target of an amount printed beside the period's figure, with no share of it: "全市地区生产总值全年目标
     * 2890亿元,1-4月,已完成711.91亿元" (厦门晚报 on a city's 1-4月 table, round 44's pm07, whose target was read as the
     * figure), "…完成711.91亿元,全年目标为2890亿元".
     */
    private static final Pattern YEAR_AMOUNT_TARGET = Pattern.compile("(?<![\u4e00-\u9fff])(?:全年|年度)(?:预期)?目标(?:任务)?(?:为|是)?"
            + "(\\d+(?:\\.\\d+)?)" + AMOUNT_UNIT + "(?![\\d的])");
    /** The comma between a figure and {@link #AMOUNT_TASK_DONE} ("5600人,超额完成市下达的5000人目标任务"). */
    private static final Pattern TASK_DONE_AFTER = Pattern.compile("(?<=\\d" + AMOUNT_UNIT + ")[,,](?=" + TASK_DONE_WORDS + "\\d)");
    /** An amount over the target after the figure: "19.33亿元,超“十五”计划目标3.73亿元", "超预期目标8.57亿元". */
    // (the year's: not "超序时进度目标2亿元", "超过半年目标5亿元", "超季度目标3亿元" — the review of round 31's rules)
    private static final String OVER_TARGET_WORDS = "超(?:过|出|额)?(?![^,,。;;\\d]{0,12}?(?:序时|进度|时序|半年|季度|月度?)目标)"
            + "[^,,。;;\\d]{0,12}?目标(?:任务)?";
    private static final Pattern AMOUNT_OVER_TARGET = Pattern.compile(OVER_TARGET_WORDS + "(\\d+(?:\\.\\d+)?)" + AMOUNT_UNIT);
    /** The comma between a figure and {@link #AMOUNT_OVER_TARGET}, which would make the gap a statement of its own. */
    /**
     * The economy's growth aimed at for the year, "全年11%左右的经济预期增长目标" (round 46's pq04): GDP's, as 经济增长 is in a
     * target paragraph — written as {@link #TARGET_IN_PROSE} reads it.
     */
    // (only an aim to be met, standing as its clause: not "完成全年10%的经济增长目标有压力", "比全年7.5%的经济预期增长目标低1个
    // 百分点", "为完成全年8%以上的经济增长目标奠定基础" — the review of round 46's rules, each read as a second figure)
    private static final Pattern ECONOMY_AIM = Pattern.compile("(?<=(?:确保|力争|努力|争取)(?:完成|实现|达到)?)(?:全年|年度)"
            + "(\\d{1,2}(?:\\.\\d{1,2})?%(?:左右|以上)?)的经济(?:预期)?增长(?:预期)?目标(?=[,,。;;]|$)");
    /** The year's own aim, as {@link #withAimsStated} takes it: 年度 or 全年 said. */
    private static final Pattern YEARS_AIM = Pattern.compile("年度|全年");
    /** A place's word before an indicator (全省, 城区, 南宁市, 该县): the aim is that place's. */
    private static final Pattern PLACE_WORD = Pattern.compile("[省市县区州盟旗镇乡]");
    /** The comma between a figure and {@link #YEAR_AMOUNT_TARGET} after it ("完成711.91亿元,全年目标2890亿元"). */
    private static final Pattern YEAR_AMOUNT_TARGET_AFTER = Pattern.compile("(?<=\\d" + AMOUNT_UNIT + ")[,,]"
            + "(?=(?:全年|年度)(?:预期)?目标(?:任务)?(?:为|是)?\\d+(?:\\.\\d+)?" + AMOUNT_UNIT + "(?![\\d的]))");
    private static final Pattern AMOUNT_OVER_TARGET_AFTER = Pattern.compile("(?<=\\d" + AMOUNT_UNIT + ")[,,]"
            + "(?=" + OVER_TARGET_WORDS + "\\d+(?:\\.\\d+)?" + AMOUNT_UNIT + ")");

    private static final Pattern ANNUAL_TITLE = Pattern.compile("全年|年度|统计公报|1\\s*[-—–~至]\\s*12月");

    /**
     * A numbered section ("六、财政支出有所增长。", "(三)…"): its figures are of the notice's period unless it names
     * another; a period one section named ("五、国际贸易保持顺差。1-2月,货物进出口总额…" in a 1-3月 brief, batch mo's mo01)
     * does not carry into the next (the 1-3月 budget revenue and income after it were read as 1-2月's).
     */
    // (and a numbered item, "2.实际利用外资(第7项):…", whose 预计全年 before it named the year — the review of batch mq's rules)
    /** Months from January, written with any dash: 1-2月, 1—10月, 1至11月. */
    private static final String MONTHS_FROM_JANUARY = "\\d{1,2}\\s*[-—–~至]\\s*\\d{1,2}月";
    /** A part of the year by name: 一季度, 上半年, 前三季度. */
    private static final String PART_OF_YEAR = "[一二三四]季度|上半年|前三季度";

    /**
     * A heading that names a period and no figure: "1-2月数据:", "(一)1-2月进出口情况" after its number, "一季度情况" — the
     * months, a year and a few words, nothing else with a digit; at most 24 characters, ended by a colon or nothing.
     */
    private static final Pattern PERIOD_HEADING = Pattern.compile("^\\s*+(?=[^\\d]{0,24}?(?:\\d{4}年|" + MONTHS_FROM_JANUARY + "|"
            + PART_OF_YEAR + "))(?:\\d{4}年|" + MONTHS_FROM_JANUARY + "份?|[^\\d。,,;;\\s]){2,24}[::]?\\s*+$");
    /** A heading line that names no period: a few words ended by a colon ("累计数据:", "工业:"). */
    private static final Pattern OTHER_HEADING = Pattern.compile("^\\s*+[^\\d,,。;;::]{2,12}[::]\\s*+$");
    /** A paragraph opened by its own period: "上半年,…", "1-4月,…", "2024年1-6月,…". */
    private static final Pattern PERIOD_LEAD = Pattern.compile("^\\s*+(?:\\d{4}年)?(?:" + MONTHS_FROM_JANUARY + "份?|" + PART_OF_YEAR
            + "|全年)[,,]");
    private static final Pattern SECTION_START = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)"
            + "|\\d{1,2}[.、.](?!\\d))");

    /**
     * "8月份,居民消费价格同比上涨2.3%;1—8月累计上涨1.9%": the single month's figure belongs to another period than
     * the notice's; the cumulative one after it, written without a subject, is the figure of the period.
     */
    private static final Pattern MONTH_BESIDE_CUMULATIVE = Pattern.compile("\\d{1,2}月份?[,,]?\\s*((?:全市|全县|全区|全省)?"
            + "[^,,;;。\\d]{2,16}?)(?:同比)?(?:上涨|下降|增长)\\d+(?:\\.\\d+)?%[,,;;]\\s*"
            + "(" + MONTHS_RANGE + "(?:份)?|上半年|前三季度|一季度|全年)累计");
    /**
     * "(二)规模以上工业增加值。全年增长7.9%,…": a section headed by the indicator's name whose sentence gives the figure
     * without naming it again; the heading is its subject.
     */
    private static final Pattern SECTION_HEADED = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))\\s*"
            + "([^。,,;;\\d]{2,20})。((?:上半年|下半年|全年|一季度|前三季度|" + MONTHS_RANGE + "(?:份)?)?[,,]?\\s*"
            // (or with its amount: "(四)实际利用内资。完成463.27亿元,同比增长79.6%,…", a 高新区's half-year notice, batch
            // mf's mf05)
            + "(?:全县|全市|全区|全省)?)((?:同比)?(?:增长|下降).*|(?:完成|实现|达到)\\d.*)$");
    /**
     * A ratio of two figures after the indicator's name (城乡居民收入比为1.84, 城乡收入之比2.1:1, g07): not the indicator's
     * figure, which is a sum of money, but a comparison, as a share (占…比重) is; left out. "比上年", "比2020年" and
     * "比1—9月" compare with another period and stay.
     */
    private static final Pattern RATIO = Pattern.compile("^\\s*(?:之)?比(?:值)?(?:为|是|达到?|缩小[至到为]|扩大[至到为]|降[至到为])?"
            + "\\s*\\d+(?:\\.\\d+)?(?![\\d.%年月季—\\-–~至])");
    /**
     * A price index printed against the base 100 (居民消费价格指数(上年同期=100) 100.6, 居民消费价格指数为102.1; g02):
     * the figure is the rise, index − 100, as a target written as an index is read (居民消费价格指数控制在103以内 = 3 %;
     * {@code TargetParser}). 国家统计局 publishes the CPI as 上年同期=100 and the rise as index − 100.
     */
    private static final Pattern INDEX_BASE = Pattern.compile("指数|(?:上年|去年|上年同期|去年同期|上年同月)\\s*=\\s*100");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[、和及]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final IndicatorCatalog catalog;
    private final StatementSplitter splitter;
    private final TargetParser targetParser;

    public NoticeObservationParser(IndicatorCatalog catalog, TargetParser targetParser) {
        this.catalog = catalog;
        this.splitter = new StatementSplitter(catalog);
        this.targetParser = targetParser;
    }

    /**
     * A piece of the notice: its text, the plan's task it reports on (第7项, a table's 序号) or null, and whether it is
     * the task's target wording (the heading "地区生产总值增长8.5%左右", never an observed figure).
     */
    private record Segment(String text, Integer task, boolean targetWording, String item) {
        Segment(String text, Integer task, boolean targetWording) {
            this(text, task, targetWording, null);
        }

        /** Which wording a figure takes its target from: its task, else the numbered item it stands in. */
        String targetKey() {
            return item != null ? item : String.valueOf(task);
        }
    }

    /**
     * "2.城镇新增就业3.5万人。一季度,全市城镇新增就业0.99万人,完成年度任务的28.3%。": a numbered item that opens with
     * the report's wording of a target (no period named) and goes on with the period's figure of the same indicator.
     */
    /**
     * Words that mark a sentence as the period's figures even without its months: "【黄灯】全市规模以上工业增加值同比增长7.4%"
     * under "2.规模以上工业增加值增长8%。" (a 督查通报 with 红黄绿灯, batch md's md04, whose targets were read as figures).
     */
    private static final Pattern FIGURE_WORDS = Pattern.compile("同比|比上年|【[红黄绿]灯】|累计|完成[^。\\d]{0,40}+\\d");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s*(\\d{1,2})[.、.]\\s*([^。]+)。(.+)$");

    /** A line opened by a task force's name (…专班, …工作专班, …指挥部) and its figures. */
    // (only a task force as the line's subject, its own work after it: not the source of the region's figures, "根据县稳经济
    // 工作专班统计,…", "各工作专班紧盯目标任务,…", "稳增长专班:全区…", "工业经济专班牵头指标:…" — the review of batch nh/ni)
    private static final Pattern TASK_FORCE_LINE = Pattern.compile("^\\s*(?!根据|经|依托|各|在|由)[\\u4e00-\\u9fff]{2,10}?(?:工作)?"
            + "(?:专班|指挥部)(?=项目|完成|累计|实现|新签|签约|引进|招商)");
    /** The label of a task's progress on its own line under the task's heading: "完成情况:", "进展情况:", "推进情况:". */
    private static final Pattern PROGRESS_LABEL = Pattern.compile("^\\s*(?:完成|进展|推进|落实|执行)情况\\s*[::]\\s*");

    /**
     * The row 工业 of a table of the region's product by industry ("2021年全市生产总值及增长速度" over "指标 | 绝对数(亿元) |
     * 比上年增长(%)" … "工业 | 536.03 | 9.5", a city's 统计公报, batch nz's nz04) is all industry's value added, 全部工业增加值
     * — the rows of a table under such a caption, to the table's end; its rows 第一产业 … 第三产业 are the sectors' value added.
     */
    static String withIndustryOfGdpTable(String text) {
        if (!text.contains("生产总值")) {
            return text;
        }
        String[] lines = text.split("\\R", -1);
        boolean gdpTable = false;
        boolean amounts = false;
        boolean ratesCaption = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher caption = GDP_TABLE_CAPTION.matcher(lines[i]);
            if (caption.find() && !lines[i].contains("\t")) {
                gdpTable = true;
                amounts = false;
                // (rates alone: "生产总值增长速度", "生产总值构成", "…(%)" — not "生产总值及其增长速度")
                ratesCaption = !caption.group().contains("及") && !caption.group().contains("和") || RATES_UNIT.matcher(lines[i]).find();
            } else if (gdpTable && lines[i].contains("\t")) {
                amounts |= amountsHeader(lines[i], ratesCaption);
                lines[i] = INDUSTRY_ROW.matcher(lines[i]).replaceFirst("$1全部工业增加值");
                // (the sectors' rows only in a table of amounts: a table of shares, 生产总值构成, or of growths alone gave 第三产业
                // 46.8亿元 — the review of round 49's rules)
                if (amounts) {
                    lines[i] = SECTOR_ROW.matcher(lines[i]).replaceFirst("$1增加值");
                }
            } else if (!lines[i].isBlank()) {
                gdpTable = false;
            }
        }
        return String.join("\n", lines);
    }

    private static final Pattern GDP_TABLE_CAPTION = Pattern.compile("生产总值(?:及其)?(?:及|和)?(?:增长速度|增速|构成)");
    private static final Pattern INDUSTRY_ROW = Pattern.compile("^(\\s*+(?:其中[::]?)?)工业(?=[ ]*+\\t)");
    /** A table's column of amounts: "绝对值(亿元)", "绝对数", "总量(万元)". */
    // (and 绝对额, 数值, 增加值, a year as a column — the review of round 50's rules)
    private static final Pattern AMOUNT_COLUMN = Pattern.compile("绝对值|绝对数|绝对额|总量|总额|数值|增加值|亿元|万元|(?:19|20)\\d{2}年");
    /** A column or caption of rates, never of amounts: "2017年增长(%)", "增加值增速", "比2016年提高(百分点)", "生产总值构成". */
    // (and ranks, shares and increments: "总量位次", "总量占比", "绝对额增量" — the review of round 53's rules)
    private static final Pattern NOT_AN_AMOUNT = Pattern.compile("%|%|增长|增速|增幅|构成|比重|百分点|提高|下降|位次|排位|排名|占比|增量|增减|增加额");
    /** A caption's unit of rates: (%). */
    private static final Pattern RATES_UNIT = Pattern.compile("[((][%%][))]");
    /** A column of amounts named so under a caption of rates: 绝对值, 绝对数, 绝对额, 总量, 总额, 亿元, 万元 (no year, no 增加值). */
    // (the review of round 52's rules: "全区生产总值增长速度" over "指标 | 绝对数 | 比上年增长(%)" is a table of amounts too)
    private static final Pattern UNIT_OF_AMOUNTS = Pattern.compile("绝对值|绝对数|绝对额|总量|总额|亿元|万元");

    /**
     * Whether a table's {@code line} is a header naming a column of amounts ({@link #AMOUNT_COLUMN}), no column of rates in
     * the same cell ({@link #NOT_AN_AMOUNT}); under a caption of rates ("全区生产总值增长速度(%)"), only an amount's word or unit
     * ({@link #UNIT_OF_AMOUNTS}) says so (the review of round 51's rules: "2017年增长(%)", "增加值增长(%)", a share table's
     * "2017年(%)" gave 第三产业增加值 8.1亿元).
     */
    private static boolean amountsHeader(String line, boolean ratesCaption) {
        String[] cells = line.split("\t");
        boolean header = java.util.Arrays.stream(cells).skip(1).map(String::strip).noneMatch(c -> c.matches("[-−]?\\d+(?:\\.\\d+)?"));
        return header && java.util.Arrays.stream(cells).anyMatch(c -> (ratesCaption ? UNIT_OF_AMOUNTS : AMOUNT_COLUMN).matcher(c).find()
                && !NOT_AN_AMOUNT.matcher(c).find());
    }
    /**
     * The rows 第一产业 … 第三产业 of such a table are the sectors' value added: "第三产业 | 1612.33 | 9.2" under "2017年全区生产总值
     * 及其增长速度" repeats the prose's 第三产业增加值 (宁夏's 2017 公报, round 48's pu10, whose repetition went unsaid).
     */
    private static final Pattern SECTOR_ROW = Pattern.compile("^(\\s*+(?:其中[::]?)?第[一二三]产业)(?=[ ]*+\\t)");

    /**
     * The notice cut at task headings and table rows (序号 / 目标任务 / 责任单位 / 完成情况, one cell a line); {@code text}
     * as {@link #parse} prepares it, normalised and without page furniture.
     */
    List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Integer tableTask = null;
        Integer headingTask = null;
        boolean targetLineNext = false;
        for (String line : StatementSplitter.unwrapHardWrapped(NameValueLines.withNamedFigureLinesEnded(
                NameValueLines.withFigureLinesJoined(ShortLineParagraphs.rejoin(
                NoticeTable.asSentences(NameValueLines.asSentences(YearColumns.asSentences(
                        withIndustryOfGdpTable(CellPerLineTable.rejoin(text, name -> catalog.byExactName(name).isPresent())))))))))
                .split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (TASK_FORCE_LINE.matcher(line).lookingAt()) {
                // "新型工业化专班项目编制任务数88个,…;完成重点产业到位资金19.11亿元,占年度目标任务31.69%" (a district's 督考
                // notice, batch ni's ni06): every figure of the line is the task force's, none the region's
                continue;
            }
            int rowTarget = line.indexOf(NoticeTable.ROW_TARGET);
            if (rowTarget > 0 && line.indexOf('。') > rowTarget) {
                // a title joined to a table's first row ("一季度全县主要经济指标完成情况" has no punctuation to end it): the
                // title is a piece of its own, the row's target wording still the row's
                segments.add(new Segment(line.substring(0, rowTarget), null, false));
                line = line.substring(rowTarget);
            }
            Matcher named = TASK_AFTER_WORDING.matcher(line);
            if (named.matches() && ReportingPeriod.detect(named.group(1)).isPresent()) {
                // "前三季度城镇新增就业5.36万人(第7项)。": the task's figure, not its wording
                segments.add(new Segment(named.group(1) + "。" + named.group(4), Integer.parseInt(named.group(2)), false));
                tableTask = null;
                continue;
            } else if (named.matches() && QuantityReader.read(named.group(1)).isEmpty()) {
                // "城镇新增就业(第7项):1-11月新增2.6万人": the label names the indicator, the figures follow; a target in
                // the brackets ("第1项,年度目标:增长8%左右") is the task's wording
                int task = Integer.parseInt(named.group(2));
                if (named.group(3) != null) {
                    segments.add(new Segment(named.group(1).trim() + named.group(3).trim(), task, true));
                }
                segments.add(new Segment(SubjectlessFigure.withSubject(named.group(1).trim(), named.group(4).trim()), task, false));
                tableTask = null;
                continue;
            } else if (named.matches()) {
                line = "第" + named.group(2) + "项 " + named.group(1) + "。" + named.group(4);
            }
            // "【任务5】财政收入完成24亿元" (a county's 政务督查 notice, batch mh's mh08) is the heading 第5项
            line = TASK_IN_BRACKETS.matcher(line).replaceFirst("第$1项 ");
            Matcher heading = TASK_HEADING.matcher(line);
            Matcher number = TABLE_NUMBER.matcher(line);
            if (heading.matches() && FIGURES_UNDER_LABEL.matcher(heading.group(2)).matches()
                    && ReportingPeriod.detect(heading.group(2)).isPresent()) {
                // "第1项 地区生产总值:前三季度完成210亿元,增长6.0%。" (a break-it trial): the task's figures under its name,
                // not its wording — they were taken for the wording and read as nothing
                Matcher label = FIGURES_UNDER_LABEL.matcher(heading.group(2));
                label.matches();
                segments.add(new Segment(label.group(1) == null ? label.group(2)
                        : SubjectlessFigure.withSubject(label.group(1), label.group(2)), Integer.parseInt(heading.group(1)), false));
                tableTask = null;
                headingTask = null;
            } else if (heading.matches()) {
                int task = Integer.parseInt(heading.group(1));
                String rest = heading.group(2);
                int end = wordingEnd(rest);
                segments.add(new Segment(end < 0 ? rest : rest.substring(0, end), task, true));
                if (end >= 0) {
                    // "第3项:全社会固定资产投资45亿元。全年完成47.26亿元,…" (a county's 2008 notice, batch md's md08): the
                    // figures after the wording name no indicator; they are the task's
                    segments.add(new Segment(SubjectlessFigure.withSubject(SubjectlessFigure.nameOf(rest.substring(0, end)),
                            rest.substring(end + 1)), task, false));
                }
                tableTask = null;
                headingTask = end < 0 ? task : null;
            } else if (headingTask != null && PROGRESS_LABEL.matcher(line).find()) {
                // "第1项 地区生产总值增长6%左右(牵头单位:…)" / "完成情况:上半年,全区…" (batch c's c03): the task's figures
                segments.add(new Segment(PROGRESS_LABEL.matcher(line).replaceFirst(""), headingTask, false));
                headingTask = null;
            } else if (headingTask != null && ReportingPeriod.detect(line).isPresent() && catalog.findFirst(line).isEmpty()) {
                // "第7项 地区生产总值增长6%左右" over "1-9月增长6.1%。" (the break-it trial after round 39): the period's
                // figures on the next line name no indicator; they are the task's
                segments.add(new Segment(SubjectlessFigure.withSubject(SubjectlessFigure.nameOf(segments.get(segments.size() - 1)
                        .text()), line), headingTask, false));
                headingTask = null;
            } else if (line.startsWith(NoticeTable.ROW_TARGET) && line.indexOf('。') > 0) {
                // a row of a table without 序号: its target cell is the wording for its own figures, task unknown
                int end = line.indexOf('。');
                String row = "row " + segments.size();
                segments.add(new Segment(line.substring(NoticeTable.ROW_TARGET.length(), end), null, true, row));
                segments.add(new Segment(line.substring(end + 1), null, false, row));
                tableTask = null;
                headingTask = null;
            } else if (isItemWithItsTarget(line, catalog)) {
                Matcher item = NUMBERED_ITEM.matcher(line);
                item.matches();
                segments.add(new Segment(item.group(2), null, true, "item " + item.group(1)));
                segments.add(new Segment(item.group(3), null, false, "item " + item.group(1)));
                tableTask = null;
                headingTask = null;
            } else if (number.matches()) {
                tableTask = Integer.parseInt(number.group(1));
                targetLineNext = true;
                headingTask = null;
            } else {
                Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (!targetLineNext && tableTask != null && last != null && last.targetWording()
                        && tableTask.equals(last.task())) {
                    // the row's progress cell under its task cell, one cell a line: the figures take the task's name
                    line = SubjectlessFigure.withSubject(SubjectlessFigure.nameOf(last.text()), line);
                }
                segments.add(new Segment(line, tableTask, targetLineNext));
                targetLineNext = false;
            }
        }
        return segments;
    }

    /**
     * A bracket citing the document a figure was taken from: "占省级核定一般公共预算支出预计数(预计数取自《福建省财政厅关于
     * 2018年1-5月市县(区)财政收支考核情况的通报》,闽财预〔2018〕30号)的60.68%" (pg10) — its title's months are no period of the
     * notice's figures (they were taken as 1-5月).
     */
    private static final Pattern SOURCE_IN_BRACKETS = Pattern.compile("\\([^()\\n]{0,20}?《[^》\\n]{1,80}》[^()\\n]{0,40}\\)");
    /**
     * A section on the government's own level, "(二)市本级收支情况" after "(一)全市收支情况" (a city's half-year budget report,
     * batch pg's pg10): its lines, to the next heading, are a part of the region's figures — every one of them was recorded
     * as the city's beside the city's own (only the first named 市本级). Left out, and said.
     */
    // (to the next heading, numbered item or line naming the whole, 全市: "3.全市税收收入…", "全市一般公共预算收入完成48.6亿元"
    // after the section were dropped with it — the review of round 41's rules)
    private static final Pattern OWN_LEVEL_SECTION = Pattern.compile("(?m)^\\h*+[((][一二三四五六七八九十]+[))]\\h*+[省市州县区]本级[^\\n]*+"
            + "(?:\\n(?!\\h*+(?:[((][一二三四五六七八九十\\d]+[))]|[一二三四五六七八九十]+、|\\d{1,2}[.、.])|[^\\n]{0,12}?全[省市州县区])[^\\n]*+)*+");
    /**
     * An estimate said before its months: "预计1—6月份实现国内生产总值2.53亿元" (a 农垦 group's half year, batch pi's pi10) —
     * the months' first digit was read as the figure of a name 预计; the months go first ("1-6月份预计实现…").
     */
    private static final Pattern ESTIMATE_BEFORE_MONTHS = Pattern.compile("预计(\\d{1,2}\\s*+[-—–~至到]\\s*+\\d{1,2}月份?)");
    /**
     * An amount more than last year said alone, "农村居民人均纯收入比上年增加289元" (pi05, recorded as the income): the increment,
     * no figure of the indicator.
     */
    // (right after the name only: "…元,比上年增加2604元,增长14.5%" keeps its value and growth apart — na07)
    private static final Pattern INCREMENT_ALONE = Pattern.compile("(?<=[\\u4e00-\\u9fff])(?:比上年|比去年|较上年|较去年)(?:同期)?(?:增加|减少)\\d+(?:\\.\\d+)?"
            + "(?:万亿|亿|万)?元(?=[,,。;;]|$)");
    /**
     * An earlier period's growth the figure turned from: "由上半年下降0.3%转为增长0.2%" (a region's first three quarters, batch
     * pk's pk03, warned as two figures) — the period's own growth is the one after 转为.
     */
    private static final Pattern TURNED_FROM = Pattern.compile("由(?:上半年|一季度|前三季度|上季度|上月|(?:1|一)\\s*[-—~至]\\s*\\d{1,2}月份?)"
            + "(?:的)?(?:增长|下降)-?\\d+(?:\\.\\d+)?%转为(?=增长|下降)|(?:实现)?由负转正[,,]");
    /** A period named by its months: "1-11月份", "1至11月". */
    private static final Pattern MONTHS_NAMED = Pattern.compile("\\d{1,2}\\s*[-—–~至到]\\s*\\d{1,2}\\s*月");
    /** A figure said to be expected, not yet counted. */
    /**
     * {@code text} without a figure the page cut inside, and said: "粮食种植面积26." at a line's end or the text's (a
     * province's 2006 公报 whose stored copy stops there, round 56's qk05: 26 was recorded, in the catalog's 万亩) — in a text
     * that ends its sentences with 。, a number ending in its decimal point there is cut off. A number wrapped after its
     * point ("增长12.\n5%", a PDF's line) is joined first, and the rest of a sentence stays ("地区生产总值2650亿元,比上年增长12."
     * keeps the amount) — the review of round 56's rules.
     */
    static String withoutCutFigures(String text, List<ParseWarning> warnings) {
        String joined = WRAPPED_DECIMAL.matcher(text).replaceAll("$1");
        if (ASCII_STOPS.matcher(joined).find()) {
            return joined; // "增长25." ends a sentence where the text's stops are ASCII ones
        }
        return CUT_NUMBER.matcher(joined).replaceAll(m -> {
            int lineStart = Math.max(joined.lastIndexOf('\n', m.start()) + 1, m.start() - 60);
            warnings.add(new ParseWarning(joined.substring(lineStart, m.end()).strip(), "数值在文本截断处不完整,未记录 / a figure "
                    + "cut off where the text stops: not recorded"));
            return "";
        });
    }

    /**
     * A 、 after a figure and its unit, before the figure's next clause (增长…, 比…, 完成…, 占…) — not in a series of growths
     * after 分别, "分别增长12%、增长13%" (the review of round 57's rules): after a % only before what is no growth's verb.
     */
    private static final Pattern ENUMERATION_COMMA_AFTER_FIGURE = Pattern.compile(
            "(?<=\\d(?:亿元|万元|元|万吨|吨|万人|人|个|家|亿美元|万美元))、(?=(?:同比)?(?:增长|下降|减少|增加|回落|回升|完成|占|较)|比(?!重))"
            + "|(?<=\\d%)、(?=(?:同比)?(?:回落|回升|完成|占|较)|比(?!重))");
    private static final Pattern WRAPPED_DECIMAL = Pattern.compile("(\\d\\.)\\n(?=\\d)");
    private static final Pattern ASCII_STOPS = Pattern.compile("[\\u4e00-\\u9fff%)]\\.(?=\\s|$)");
    private static final Pattern CUT_NUMBER = Pattern.compile("(?<![\\d.])\\d++\\.\\h*+(?=\\n|$)");
    private static final Pattern FORECAST = Pattern.compile("预计|预测|有望|可望");
    /** A change since a named year: "比2000年增长218.29%", "较2015年下降12%". */
    // (not 比YYYY年同期, the same period a year before, whatever year the text names first: "…紧扣2020年全面建成小康社会目标,
    // GDP完成80亿元,比2017年同期增长8.2%" — the review of round 53's rules)
    private static final Pattern SINCE_A_BASE_YEAR = Pattern.compile("[,,]?(?:比|较|与)((?:19|20)\\d{2})年(?:相比)?(?:同期)?"
            + "(?:增长|下降|提高|降低|增加|减少)-?\\d+(?:\\.\\d+)?(?:%|倍|个百分点)");

    /**
     * A level given as a multiple of a named year's, with the average growth since: "全区生产总值为1999年的3.6倍,年均增长
     * 11.5%" (a region's 2008 at a press conference on ten years of 西部大开发, round 48's pu09, whose 3.6 was read as the
     * GDP in 亿元) — no figure of the period; group 1 the year.
     */
    private static final Pattern MULTIPLE_OF_A_YEAR = Pattern.compile("[,,]?(?:为|是|相当于)((?:19|20)\\d{2})年(?:的)?\\d{1,3}(?:\\.\\d{1,2})?倍"
            + "(?:[,,]\\s*(?:年均|年平均)(?:增长|递增)\\d{1,3}(?:\\.\\d{1,2})?%)?");
    /**
     * Last year's level inside the comparison: "人均纯收入为1996元,比上年人均纯收入1848元增长8%" (a 乡's report, round 60's
     * qs06, read as a second income of 1848元 growing 8 %) — the comparison keeps its words, the base level goes (group 1
     * the words kept).
     */
    // (the same figure's, not another population's: "比上年全省平均水平21000元增长4.8%" — the review of round 60's rules)
    private static final Pattern LAST_YEARS_LEVEL_COMPARED = Pattern.compile("((?:比|较)(?:上年|去年)(?:同期)?)(?:的)?"
            + "(?:(?!全[国省市区县]|平均)[^\\d,,。;;]){0,12}?\\d{1,12}(?:\\.\\d{1,4})?(?:万亿|亿|万)?元(?=(?:增长|下降)\\d{1,3}(?:\\.\\d{1,2})?%)");
    /**
     * The average growth a year after a level: "社会消费品零售总额预计达到437亿元,年均增长14%" (a district's five years in
     * review, batch ow's ow10) — the years' average, never the period's growth (the shared splitter gives it to the level's
     * name since round 59, as a target's average growth).
     */
    private static final Pattern AVERAGE_GROWTH_A_YEAR = Pattern.compile("[,,]\\s*(?:年均|年平均|平均每年|每年平均)(?:增长|递增|增速|增幅)"
            + "(?:为|达到|保持在)?-?\\d{1,3}(?:\\.\\d{1,2})?%");
    /**
     * A growth in times, as statistics write a rise above 100 %: "进口215万美元,增长3.1倍" (a county's 2007 公报, round 48's
     * pu06) is a growth of 310 % (the level is 4.1 times last year's), lost; read as the percentage. Group 1 the times.
     */
    private static final Pattern GROWTH_IN_TIMES = Pattern.compile("(?<=增长了?|增加了?)(\\d{1,3}(?:\\.\\d{1,2})?)倍(?![^,,。;;]{0,3}以上)");

    /**
     * {@code text} without the changes since a year before last year: "全县人均GDP12668元,比2000年增长218.29%" (a county's 2007
     * 公报, batch pg's pg06, whose per-capita GDP took the seven years' change as its growth) — no year-on-year growth, left
     * out and said. A change since last year (比2006年增长 in a 2007 notice) is the growth and stays; with no year of its
     * own the notice keeps every such change, said.
     */
    private static String withoutChangesSinceABaseYear(String text, Integer ownYear, List<ParseWarning> warnings) {
        text = MULTIPLE_OF_A_YEAR.matcher(text).replaceAll(m -> {
            warnings.add(new ParseWarning(m.group().replaceFirst("^[,,]", ""), "与" + m.group(1) + "年相比的倍数,不是本期数值,"
                    + "未读取 / a multiple of " + m.group(1) + "'s level, not the period's figure: not read"));
            return "";
        });
        text = LAST_YEARS_LEVEL_COMPARED.matcher(text).replaceAll("$1");
        text = AVERAGE_GROWTH_A_YEAR.matcher(text).replaceAll(m -> {
            warnings.add(new ParseWarning(m.group().replaceFirst("^[,,]\\s*", ""), "年均增速,不是本期同比增速,未读取 / an average "
                    + "growth a year, not the period's growth: not read"));
            return "";
        });
        text = GROWTH_IN_TIMES.matcher(text).replaceAll(m -> new java.math.BigDecimal(m.group(1)).movePointRight(2)
                .stripTrailingZeros().toPlainString() + "%");
        // (with no year of its own, the first year the text names, and only a change of three years or more: "清河区2007年政府
        // 工作报告 … 实现服务业增加值22.7亿元,比2002年增长156%" — a district's five years in review, round 53's qe08, whose
        // five years' change was recorded as the year's growth; a report's title may name the year after its figures)
        Matcher named = YEAR_NAMED.matcher(text);
        Integer firstNamed = ownYear == null && named.find() ? Integer.valueOf(named.group(1)) : null;
        return SINCE_A_BASE_YEAR.matcher(text).replaceAll(m -> {
            int base = Integer.parseInt(m.group(1));
            // (同期 with no year of the notice's own is the year's growth; with one, a period four years back is no growth —
            // "比2010年同期增长45%" in 2014's half year, the review of round 54's rules)
            boolean samePeriod = m.group().contains("同期");
            if (ownYear == null && (samePeriod || firstNamed == null || base > firstNamed - 3) || ownYear != null && base >= ownYear - 1) {
                return Matcher.quoteReplacement(m.group());
            }
            warnings.add(new ParseWarning(m.group().replaceFirst("^[,,]", ""), "以" + base + "年为基数的累计变化,不是同比增速,"
                    + "未读取 / a change since " + base + ", not the year's growth: not read"));
            return "";
        });
    }

    /**
     * Where a task heading's wording ends in {@code rest} (the heading after 第N项): at its full stop, or at a colon the
     * period's figures follow ("第7项 地区生产总值增长6%左右:1-9月增长6.1%。", the break-it trial after round 39, read as
     * nothing); −1 when the line is the wording alone.
     */
    private static int wordingEnd(String rest) {
        int stop = rest.indexOf('。');
        int colon = rest.indexOf(':');
        return colon > 0 && (stop < 0 || colon < stop) && ReportingPeriod.detect(rest.substring(colon + 1)).isPresent()
                && !QuantityReader.read(rest.substring(0, colon)).isEmpty() ? colon : stop;
    }

    /**
     * "2.规模以上工业增加值增长8%。【黄灯】全市规模以上工业增加值同比增长7.4%": a numbered item of the plan's wording, then
     * the period's figures of the same indicator. The figures must name that indicator (城镇 or 农村 for a 城乡 wording),
     * not a part of it (其中…) or a neighbour (一般公共预算支出, 规模以上工业企业营业收入): a numbered figure followed by
     * another figure is no target (a review of batch md's rule, 2026-12-02).
     */
    private static boolean isItemWithItsTarget(String line, IndicatorCatalog catalog) {
        Matcher item = NUMBERED_ITEM.matcher(line);
        if (!item.matches() || ReportingPeriod.detect(item.group(2)).isPresent()
                || ReportingPeriod.detect(item.group(3)).isEmpty() && !FIGURE_WORDS.matcher(item.group(3)).find()
                || QuantityReader.read(item.group(2)).isEmpty() || item.group(3).strip().startsWith("其中")) {
            return false;
        }
        var wording = catalog.findFirst(item.group(2));
        var figures = catalog.findFirst(item.group(3));
        if (wording.isEmpty() || figures.isEmpty()) {
            return false;
        }
        String said = wording.get().indicator().code();
        String reported = figures.get().indicator().code();
        return said.equals(reported) || item.group(2).contains("城乡")
                && (reported.equals("URBAN_PER_CAPITA_INCOME") || reported.equals("RURAL_PER_CAPITA_INCOME"));
    }

    /** @param defaultPeriod the period when the text names none; may be null (then such figures are warnings) */
    public NoticeParseResult parse(String text, ReportingPeriod defaultPeriod) {
        if (ChineseText.notChinese(text)) {
            return new NoticeParseResult(List.of(), List.of(new ParseWarning(ChineseText.opening(text), ChineseText.NOT_CHINESE)));
        }
        List<ParseWarning> warnings = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        text = ChineseText.withoutForeignLines(text, foreign);
        if (!foreign.isEmpty()) {
            warnings.add(new ParseWarning(ChineseText.opening(String.join(" / ", foreign)), ChineseText.FOREIGN_LINES));
        }
        List<ParsedObservation> observations = new ArrayList<>();
        ReportingPeriod period = defaultPeriod;
        boolean laterForecast = false;
        String lastSource = null;
        boolean opensOnLastYearsPart = false; // of lastSource, found once per sentence and not once per figure in it
        Map<String, Target> taskTargets = new HashMap<>();
        // the year's aims the notice states in its prose, by indicator: the target of a figure read before them too
        Map<String, Target> aimsStated = new HashMap<>();
        // the whole notice's own words read once, normalised (simplified characters, half-width forms) and without a web
        // page's furniture, so that its title is the first line ("您的位置:…>>正文" over a park's summary); the segments
        // are cut from this text as it is (the title's period normalises what it is given again, which leaves it so)
        String normalised = catalog.withSpacedNamesJoined(ChineseText.normalise(text));
        Integer ownYear = ownYearOfNormalised(normalised);
        text = withoutCutFigures(PageFurniture.remove(WebFurniture.remove(normalised)), warnings);
        // ("规模以上工业增加值完成12.58亿元、增长12.4%、比一季度回升2.4个百分点": a county's 1-4月 release that parts a figure's
        // clauses with 、, round 57's qm08 — its value added was lost; not between figures or names, "分别增长8%、9%")
        text = ENUMERATION_COMMA_AFTER_FIGURE.matcher(text).replaceAll(",");
        // ("投资增长21.3%,消费增长13.5%" — a municipality's 1—6月 plan execution, round 66's re08: the reports' shorthand pair)
        text = INVESTMENT_AND_CONSUMPTION.matcher(text).replaceAll("固定资产投资$1社会消费品零售总额");
        // (only a name of the catalog: "完成全年工业投资目标的48%" after the whole investment is a part's — the review)
        text = ISSUER_OF_TARGET.matcher(COMPLETION_AFTER_SEMICOLON.matcher(NAME_IN_COMPLETION.matcher(text).replaceAll(m ->
                catalog.byExactName(m.group()).isPresent() ? "" : Matcher.quoteReplacement(m.group()))).replaceAll(",")).replaceAll("");
        text = RUN_ON_CLAUSE.matcher(LEADERBOARD_LINE.matcher(text).replaceAll("")).replaceAll(",");
        text = SHARE_NAMED_IN_BRACKETS.matcher(text).replaceAll(m -> catalog.byExactName(m.group(1))
                .filter(indicator -> indicator.nameZh().equals(m.group(1))).isPresent()
                ? Matcher.quoteReplacement("。" + m.group(1)) : Matcher.quoteReplacement(m.group()));
        text = PLANNED_GROWTH.matcher(TARGET_THEN_COMPLETION.matcher(text).replaceAll(",完成年度目标$1的$2%")).replaceAll("$1目标");
        text = GROWTH_ABOVE_PLAN.matcher(text).replaceAll("$1目标");
        text = CONTINUED_TREND.matcher(text).replaceAll("");
        text = COMPLETION_IN_TENTHS.matcher(TRADE_BALANCE.matcher(text).replaceAll("")).replaceAll(m -> m.group(1)
                + ("一二三四五六七八九".indexOf(m.group(2)) >= 0 ? "一二三四五六七八九".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2)))
                + "0%");
        text = TURNED_FROM.matcher(text).replaceAll("");
        text = INCREMENT_ALONE.matcher(text).replaceAll("");
        text = ESTIMATE_BEFORE_MONTHS.matcher(text).replaceAll("$1预计");
        text = withoutChangesSinceABaseYear(SOURCE_IN_BRACKETS.matcher(text).replaceAll(""), ownYear, warnings);
        text = OWN_LEVEL_SECTION.matcher(text).replaceAll(m -> {
            warnings.add(new ParseWarning(ChineseText.opening(m.group()), "本级政府的数据(全市的一部分),未记录 / the government's own "
                    + "level, a part of the region: not recorded"));
            return "";
        });
        text = withGapsToTheAimsInBrackets(text);
        text = withGrowthsBesideTheirAmounts(text);
        text = PRIOR_PERIODS_VALUE.matcher(PERIODS_COMPARED.matcher(text).replaceAll("")).replaceAll("");
        text = GROWTH_PHRASE_IN_BRACKETS.matcher(text).replaceAll(",$1");
        text = OTHER_PERIOD_IN_BRACKETS.matcher(text).replaceAll(m -> {
            warnings.add(new ParseWarning(m.group(), "括号内是另一时段的数字,未读取 / another period's figures in brackets: not read"));
            return "";
        });
        text = REGION_GAP_BEFORE_AIM.matcher(text).replaceAll("");
        // (the gap after a bracketed target stays, to be checked against it: "低于预期目标(4.8%)0.6个百分点" after a growth
        // of 5.4 % says two things that cannot both be — a break-it trial)
        text = PRINTED_AIM_AFTER.matcher(text).replaceAll(m -> "(预期目标" + (m.group(1) != null ? m.group(1) + "%"
                + (m.group(2) == null ? "" : m.group(2)) + ")" : m.group(3) + "%" + (m.group(4) == null ? "" : m.group(4))
                + ")" + Matcher.quoteReplacement(m.group().substring(0, m.start(3) - m.start() - 1) + m.group(5))));
        String bracketed = text;
        text = GROWTH_IN_BRACKETS.matcher(text).replaceAll(m -> NOT_GROWTH_IN_BRACKETS.matcher(clauseBefore(bracketed, m.start())).find()
                ? Matcher.quoteReplacement(m.group())
                : "增长" + m.group(1) + "%" + (m.group(2) == null || m.group(2).equals("分别") ? "," : ""));
        // (a list of them parted by 、 is a list of figures, each its own clause: "地区生产总值增长7.5%、规模以上工业增加值增长9%、…")
        text = BRACKETED_LIST_MARK.matcher(text).replaceAll(",");
        text = AMOUNT_OVER_TARGET_AFTER.matcher(text).replaceAll("");
        text = TASK_DONE_AFTER.matcher(text).replaceAll("、");
        text = YEAR_AMOUNT_TARGET_AFTER.matcher(text).replaceAll("、");
        text = ECONOMY_AIM.matcher(text).replaceAll("地区生产总值年度增长$1目标");
        String districtRead = text;
        text = DISTRICT_PRODUCT.matcher(text).replaceAll(m -> underASector(districtRead, m.start()) ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement(m.group(1) + "全区" + java.util.Objects.toString(m.group(2), "") + "地区生产总值"));
        String industryRead = text;
        text = WHOLE_INDUSTRY_BEFORE_PART.matcher(text).replaceAll(m -> ofAPartsProduct(industryRead, m.start()) ? m.group() : "全部工业增加值");
        text = VALUE_ADDED_OF_THE_FIRMS.matcher(text).replaceAll("规模以上工业");
        text = totalThenLocalSentence(withGrowthAfterARemark(MONTH_ON_MONTH.matcher(SOURCE_LEAD.matcher(text).replaceAll(""))
                .replaceAll("")));
        text = withTitledFunds(text);
        text = MONTH_THEN_TO_DATE.matcher(MONTH_OWN_THEN_TO_DATE.matcher(text).replaceAll("1-$1月,$2累计")).replaceAll("累计");
        text = MONTH_THEN_CUMULATIVE.matcher(text).replaceAll("1-$1月,");
        Matcher zoneTitle = ZONE_TITLE.matcher(text);
        // (a notice opened by its months and a zone is the zone's own only when it names no region above the zone: "1-6月,
        // 高新区…;经开区…。全市…" is a city's — the review of batch mu's rules)
        boolean zoneNotice = zoneTitle.lookingAt() && !(zoneTitle.group().matches("(?s).*\\d月份?[,,].*")
                && namesTheWholeAboveZone(text));
        if (zoneNotice && zoneTitle.group().startsWith("记者") || zoneNotice && zoneTitle.group().startsWith("本报记者")) {
            // a reporter's lead names the zone's bureau as the source: the zone's notice only when what follows speaks of
            // the zone (该区…, the zone's name), not "记者从昆山开发区统计局获悉,1-5月,昆山市…" (the review of round 25's rules)
            int heard = text.indexOf("获悉", zoneTitle.end());
            String next = heard < 0 ? "" : text.substring(heard + 2, Math.min(text.length(), heard + 40));
            zoneNotice = ZONE_AFTER_LEAD.matcher(next).find() || next.contains(zoneTitle.group(1));
        }
        // the zone the title names ("1-8月××新区经济总体…", batch mo's mo04) is the region itself where a figure names it
        // (not the zones of a city taken together, 全市开发区; nor the zone's own parts, ××新区直管区, ××高新区东区 — the
        // review of batch mo's rules)
        Pattern zoneItself = zoneNotice && !zoneTitle.group(1).matches("^(?:全|各|我市|我县|我区).*|.*各.*") ? Pattern.compile(ZONE_ITSELF.pattern()
                + "|" + Pattern.quote(zoneTitle.group(1)) + "(?![^,,;;。\\s]{0,4}?(?:区|园|片|镇|街道|乡))"
                // (and the title's kind of zone right after the months: "数据显示:1-10月份开发区进出口总额177.75亿美元" in
                // 北京经济技术开发区's own news, batch nv's nv07 — not another kind, "1-6月保税区…" in an 经开区's, nor a
                // part, 开发区东区: the review of this round's rules)
                + "|(?<=\\d月|\\d月份|\\d月底)" + Pattern.quote(zoneKind(zoneTitle.group(1)))
                + "(?![^,,;;。\\s]{0,4}?(?:区|园|片|镇|街道|乡))") : ZONE_ITSELF;
        int ownLevel = ownLevel(text);
        Pattern higherRegion = higherRegion(ownLevel);
        // a town's own notice says 我镇, or names 全镇 more often than any other region (a town's brief, batch ms's ms07)
        // (我镇 only where neither the title nor the 全X words name the level: a county's notice quotes a town's head — the
        // review of batch mu's rules)
        boolean townNotice = ownLevel == 0 || ownLevel < 0 && (TOWN_SPEAKING.matcher(text).find() || townItem(text))
                && !HIGHER_SPEAKING.matcher(text).find();
        Pattern townItself = townNotice ? townNamed(text) : null;
        // "各街道平均进度为49.5%,全区…低于平均进度3.2个百分点": where the notice states an average progress, 平均进度 is that
        // average of its parts, not the year's even pace (the review of batch ms's rules) — told to the pace patterns in
        // the words each figure is read from, so that warnings quote the notice's own words
        boolean averageStated = AVERAGE_STATED.matcher(text).find();
        // a notice that names a region of its own below the nation (全市, 我县, 我镇…): 全国 there is another region's
        boolean belowTheNation = REGION_WORD.matcher(text).find() || HIGHER_SPEAKING.matcher(text).find()
                || TOWN_SPEAKING.matcher(text).find() || THIS_TOWN.matcher(text).find();
        Set<String> monthsRangeEnds = new HashSet<>();
        MONTHS_RANGE_END.matcher(text).results().forEach(r -> monthsRangeEnds.add(r.group(1)));
        // (and a quarter's last month, the quarter named: "前三季度兵团规模以上工业增加值同比增长3.8%。9月,规模以上工业增加值同比
        // 增长16.3%" — the 兵团's 2023 release, round 49's pw01, whose September was recorded as a second Q3 figure)
        // (a rate or a stock at the month's end is the quarter's own figure: "6月份,城镇调查失业率为5.1%", g03)
        Set<String> quartersEnds = new HashSet<>();
        // (the quarter named as the notice's own, not only compared with: "比前三季度加快0.3个百分点" in a year's notice — the
        // review of round 49's rules)
        Matcher ownQuarter = OWN_QUARTER.matcher(text);
        while (ownQuarter.find() && !text.contains("全年经济")) {
            quartersEnds.add(QUARTERS_LAST_MONTHS.get(ownQuarter.group(1)));
        }
        // the period of the notice: its title's, else its first figure's
        Title title = Title.of(text);
        ReportingPeriod documentPeriod = title.period();
        boolean monthsTitled = title.ofAMonth();
        // the first year the notice names: its own (a revision of a year before it is no figure of the notice)
        Matcher firstYear = YEAR_NAMED.matcher(text);
        Integer noticeYear = firstYear.find() ? Integer.valueOf(firstYear.group(1)) : null;
        if (period == null) {
            period = documentPeriod; // "××县2019年上半年经济运行情况 二、工业运行情况 规上工业增加值增长8.2%…" on one line
        }
        Optional<ReportingPeriod> sole = period == null ? solePeriod(text) : Optional.empty();
        if (period == null && sole.isEmpty() && lastYearsNotice(text)) {
            period = ReportingPeriod.ANNUAL; // "统计结果显示,去年全省地区生产总值增长12.5%左右;…" told of nothing but last year
        }
        ReportingPeriod chapterPeriod = null; // the period of the chapter (一、) a subsection ((一)) is in
        ReportingPeriod headingPeriod = null; // the period a heading names for the lines under it, to the next heading
        Integer lastTask = null;
        for (Segment segment : segments(text)) {
            if (documentPeriod != null && segment.task() != null && !segment.task().equals(lastTask)) {
                // each task of a 督查通报 is of the notice's period unless it names another ("1.…(第2项):预计全年增长5%" named
                // the year for the items after it — the review of batch mq's rules)
                period = documentPeriod;
            }
            lastTask = segment.task() != null ? segment.task() : lastTask;
            if (documentPeriod != null && segment.task() == null) {
                // a period named in a paragraph is that paragraph's: "1—5月,全区规模以上工业实现营业收入…" in a half-year
                // release, then "全区实现社会消费品零售总额1609.8亿元" in the next (batch nv's nv03, read as 1-5月's), or
                // "2021年,夏粮种植面积…" before the industry's half year — the notice's own period, or its chapter's, again
                period = headingPeriod != null ? headingPeriod : chapterPeriod != null ? chapterPeriod : documentPeriod;
            }
            Matcher section = SECTION_START.matcher(segment.text());
            if (documentPeriod != null && section.lookingAt()) {
                // a section's heading may name its own months ("二、1-2月对外贸易情况" over its (一)(二) in a 1-3月 notice;
                // "(一)1-2月进出口情况" over the lines of its subsection — the review of batch nu/nv)
                String heading = segment.text().split("[。,,;;::]", 2)[0];
                boolean chapter = section.group().strip().endsWith("、");
                ReportingPeriod around = chapter || chapterPeriod == null ? documentPeriod : chapterPeriod;
                boolean figureless = PERIOD_HEADING.matcher(heading.substring(section.end())).matches();
                period = figureless || catalog.findFirst(heading).isEmpty() ? ReportingPeriod.detect(heading).orElse(around)
                        : around;
                chapterPeriod = chapter ? period : chapterPeriod;
                headingPeriod = !chapter && figureless && !period.equals(around) ? period : null;
            } else if (documentPeriod != null && segment.task() == null
                    && PERIOD_HEADING.matcher(segment.text()).matches()) {
                // a line that only names a period ("1-2月数据:", "一季度情况") heads the lines under it
                headingPeriod = ReportingPeriod.detect(segment.text()).orElse(null);
                period = headingPeriod != null ? headingPeriod : period;
            } else if (headingPeriod != null && (OTHER_HEADING.matcher(segment.text()).matches()
                    || PERIOD_LEAD.matcher(segment.text()).lookingAt())) {
                // a heading that names no period ("累计数据:") or a paragraph that names its own ("上半年,全市地区生产总值…")
                // ends the heading's lines (the review of this round's rules)
                headingPeriod = null;
                period = chapterPeriod != null ? chapterPeriod : documentPeriod;
            }
            String industry = AllIndustry.named(RankPhrase.strip(ChineseText.normalise(segment.text())));
            // "…6180人,已提前完成全年任务,完成率103.0%" (batch mh's mh02): the words of an assessment between a figure and its
            // completion name no indicator; they took the completion away from the figure
            String own = withoutLabelOfOthers(withSectionSubject(BARE_COMPLETION.matcher(
                    ASSESSED_DONE.matcher(industry).replaceAll("")).replaceAll("完成年度目标的")));
            own = withRegionsPlan(own);
            own = averageStated ? withoutEvenPace(own) : own;
            own = ADJUSTED_GROWTH.matcher(COMPLETION_WITH_IS.matcher(own).replaceAll("完成")).replaceAll("");
            own = RISEN_ABOVE.matcher(FALLEN_SHORT.matcher(REVENUE_INCREASE.matcher(own).replaceAll("")).replaceAll("低于"))
                    .replaceAll("高于");
            own = VALUE_ADDED_AFTER_OUTPUT.matcher(own).replaceAll("$1工业总产值$2$1工业");
            own = LISTED_VALUES.matcher(TARGET_GROWTH_WORD.matcher(own).replaceAll("")).replaceAll("分别为$1");
            own = COMPLETION_WITHOUT_PERCENT.matcher(own).replaceAll("$1$2%");
            own = INCREMENT.matcher(own).replaceAll("$1");
            own = AFTER_EARLIER_GROWTH.matcher(own).replaceAll(",");
            own = BARE_PACE.matcher(AMOUNT_BEFORE_TARGET.matcher(own).replaceAll("$1$3$2元的"))
                    .replaceAll(m -> m.group(1).equals("超") ? "超序时进度$2个百分点" : "滞后序时进度$2个百分点");
            own = GROWTH_WITHOUT_PERCENT.matcher(own).replaceAll("$1$2%");
            // (in a text that prints no % at all, a bare growth after an amount is one too: "完成工业增加值76.5亿元,增长26.9。" — a
            // zone's half-year summary on a 范文 page, round 54's qg02)
            own = text.indexOf('%') < 0 ? BARE_GROWTH_AFTER_AMOUNT.matcher(own).replaceAll("$1$2%") : own;
            own = firmsAboveSizeOutput(SCOPE_NOTE.matcher(THRESHOLD_PASSED.matcher(own).replaceAll("")).replaceAll(""));
            own = SHARE_BEFORE_GROWTH.matcher(COMPARABLE_PRICES.matcher(own).replaceAll("")).replaceAll("");
            own = totalThenParts(TOTAL_BEFORE_LOCAL.matcher(own).replaceAll("财政总收入"));
            own = withoutInlineHeadings(withFundsNamed(withInvestmentNamed(withProjectsInvestment(withSectorsValueAdded(withProfileHeadings(own))))));
            own = IndicatorCatalog.withIndustryValueAdded(TERTIARY_AMOUNT.matcher(own).replaceAll("第三产业增加值"));
            own = GRAIN_OUTPUT_AFTER_AREA.matcher(own).replaceAll("$0粮食");
            own = OUTPUT_AFTER_VALUE_ADDED.matcher(own).replaceAll("$1增加值$2$1总产值");
            own = OUTPUT_AND_VALUE_ADDED.matcher(own).replaceAll("$1总产值$2,同比增长$4%;$1增加值$3,同比增长$5%");
            own = RETAIL_OF_FIRMS_ABOVE_LIMIT.matcher(PART_AFTER_WHEREOF.matcher(own).replaceAll("")).replaceAll("$1");
            own = sharedTarget(own);
            own = withoutClausesOf(RATIO_BASE.matcher(AT_CONSTANT_PRICES.matcher(own).replaceAll("")).replaceAll(""),
                    SHARE_OR_COUNT_ABOVE);
            own = TARGET_IN_WORDS.matcher(own).replaceAll("比年度目标($1)");
            own = AS_OF_DATE.matcher(own).replaceAll("");
            own = RUNNING_SERIES.matcher(own).replaceAll("$2");
            own = PERIOD_TARGET_DONE.matcher(own).replaceAll(m -> m.group(1) == null ? "" : "完成");
            own = CPI_RISE_IN_POINTS.matcher(KEPT_ABOVE.matcher(MILESTONE.matcher(own).replaceAll("")).replaceAll(""))
                    .replaceAll("$1$2%");
            own = RATE_TARGET_COMPARED.matcher(own).replaceAll(t -> "(预期目标" + (t.group(1) != null ? t.group(1) : t.group(2)) + ")");
            String compared = own;
            own = TARGET_AFTER_COMPARISON.matcher(own).replaceAll(t -> "(预期目标" + (t.group(1) != null ? t.group(1)
                    : t.group(2) != null ? t.group(2)
                    // a range's end to reach: the lower for a growth, the upper for a rate kept down (CPI 2%—3%, the
                    // review of batch nc's rules)
                    : (CEILING_RATE.matcher(compared.substring(Math.max(0, t.start() - 20), t.start())).find() ? t.group(4)
                            : t.group(3)) + "%") + ")");
            own = zoneNotice ? ZONE_INVESTMENT.matcher(own).replaceAll("$1固定资产投资") : own;
            own = SHARE_AND_COMPLETION.matcher(own).replaceAll("完成$1$2的");
            own = SHORTFALL.matcher(LEVEL_WITH_LAST_YEAR.matcher(own).replaceAll(",同比增长0%")).replaceAll("");
            if (higherRegion != null) {
                Matcher higher = higherRegion.matcher(own);
                while (higher.find()) {
                    warnings.add(new ParseWarning(higher.group(), "上级地区(" + higher.group(1) + ")的数据,未记录 / the figure of a "
                            + "higher region: not recorded"));
                }
                own = higherRegion.matcher(own).replaceAll("");
            }
            own = REGION_BEFORE_PERIOD.matcher(own).replaceAll("$2,$1");
            own = COMPARISON_BEFORE_TARGET_GAP.matcher(own).replaceAll("");
            own = PART_OR_RATIO.matcher(own).replaceAll("");
            if (period == null && defaultPeriod == null) {
                // a title or an opening sentence naming the months and no indicator (××县2025年1—10月主要经济指标完成
                // 情况通报; 现将1—10月…通报如下) gives the period of the figures after it
                Optional<ReportingPeriod> titled = ReportingPeriod.detect(own);
                if (titled.isPresent() && catalog.findFirst(own).isEmpty()) {
                    period = titled.get();
                }
            }
            own = MONTH_BESIDE_CUMULATIVE.matcher(own).replaceAll("$2$1累计");
            // (本月 and 当月 only in a notice of months from January: in a month's own notice they are its figures — the
            // review of batch nf/ng's rules)
            own = MONTH_THEN_MONTHS.matcher(own).replaceAll("${subject}");
            // (said, not dropped: "5月份全市规模以上工业增加值同比增长4.2%" under "××市2024年5月份经济运行情况" went without a word)
            // (本月 under a month's title is that month alone: the title's period is the months so far)
            own = SINGLE_MONTH.matcher(withoutEarlierRevisions(own, noticeYear)).replaceAll(m -> {
                // (January alone is the year so far, and 累计 says the months so far: "5月份,全市累计完成固定资产投资120亿元"
                // — the review of round 31's rules)
                if (monthsTitled && (m.group().contains("累计") || m.group().matches("(?s)\\D*(?<!\\d)1月.*"))) {
                    return Matcher.quoteReplacement(m.group());
                }
                if (m.group(1) != null && monthsRangeEnds.isEmpty() && !monthsTitled) {
                    return Matcher.quoteReplacement(m.group());
                }
                warnings.add(new ParseWarning(m.group().strip(), "单月数值,不是自年初累计,未记录 / a single month's figure, not the "
                        + "months so far: not recorded"));
                return "";
            });
            own = BARE_MONTH_SENTENCE.matcher(own).replaceAll(m -> {
                if (!m.group(1).equals("1") && monthsRangeEnds.contains(m.group(1))) {
                    return "";
                }
                if (quartersEnds.contains(m.group(1)) && !MONTH_END_STOCK.matcher(m.group()).find() && ChineseText.hasFigures(m.group())) {
                    warnings.add(new ParseWarning(m.group().strip(), "单月数值,不是自年初累计,未记录 / a single month's figure, not the "
                            + "months so far: not recorded"));
                    return "";
                }
                return Matcher.quoteReplacement(m.group());
            });
            Matcher targetGaps = DISTRIBUTED_TARGET_GAP.matcher(own);
            List<BigDecimal> gaps = new ArrayList<>();
            boolean behindTargets = false;
            String afterGaps = "";
            String beforeGaps = "";
            if (own.contains("分别") && targetGaps.find() && catalog.findFirst(targetGaps.group(1)).isEmpty()) {
                afterGaps = own.substring(targetGaps.end());
                beforeGaps = own.substring(0, targetGaps.start());
                gaps = gapsBehind(targetGaps.group(2), targetGaps.group(3));
                behindTargets = true;
                own = own.substring(0, targetGaps.start()) + (targetGaps.group().matches("^[。;;].*") ? "。" : "")
                        + own.substring(targetGaps.end());
            }
            // the completions and pace gaps of a 分别 list, kept for the list's figures (the words just before them
            // find the statement again)
            List<Round> rounds = new ArrayList<>();
            while (true) {
                Matcher c = DISTRIBUTED_COMPLETION.matcher(own);
                Matcher p = DISTRIBUTED_PACE_ROUND.matcher(own);
                boolean completion = c.find();
                boolean pace = p.find();
                if (!completion && !pace) {
                    break;
                }
                Matcher m = completion && (!pace || c.start() <= p.start()) ? c : p;
                String anchor = own.substring(Math.max(0, m.start() - 6), m.start());
                int sentenceStart = Math.max(own.lastIndexOf('。', m.start()), own.lastIndexOf(';', m.start())) + 1;
                String sentence = own.substring(sentenceStart, m.start());
                if (m == c) {
                    rounds.add(new Round(anchor, sentence, numbers(c.group(1)), List.of()));
                } else {
                    boolean behind = "滞后落后低于慢于".contains(p.group(1));
                    rounds.add(new Round(anchor, sentence, List.of(),
                            numbers(p.group(2)).stream().map(g -> behind ? g.negate() : g).toList()));
                }
                own = own.substring(0, m.start()) + own.substring(m.end());
            }
            int readBefore = observations.size();
            String segmentText = TargetParser.expandUrbanAndRural(ABOUT_THE_FIGURE.matcher(BY_PART.matcher(own).replaceAll(""))
                    .replaceAll("、"));
            int cursor = 0; // where the statement before stands in the sentence they share
            for (Statement statement : splitter.split(segmentText, warnings)) {
                if (!statement.source().equals(lastSource)) {
                    lastSource = statement.source();
                    opensOnLastYearsPart = opensOnLastYearsPart(lastSource);
                    Optional<ReportingPeriod> named = ReportingPeriod.detect(statement.source());
                    // (a breakdown by quarter leaves the document's period: "分季度看,一季度增长7.4%,…" in an annual
                    // bulletin, batch ml's ml06, made every later figure the first quarter's)
                    // (one that names its indicator states its own period: "分月看,1-2月全市规上工业增加值下降12.5%")
                    if (named.isPresent() && !(BREAKDOWN.matcher(statement.source()).lookingAt()
                            && catalog.findFirst(statement.source()).isEmpty())) {
                        ReportingPeriod before = period;
                        period = named.get();
                        // (named by its months only: a quarter's notice may be taken for its first quarter's by a
                        // title — "预计上半年完成…" in a half-year's news item, pi02; and against the period the text has
                        // read so far when its title names none — the review of round 43's rules)
                        ReportingPeriod notices = documentPeriod != null ? documentPeriod : before;
                        laterForecast = notices != null && period.endMonth() > notices.endMonth() && FORECAST.matcher(statement.source()).find()
                                && MONTHS_NAMED.matcher(statement.source()).find();
                        if (laterForecast) {
                            String forecast = period.code();
                            period = before; // (the figures after it are still the notice's own period's)
                            // "预计1-11月份规模工业增加值达1.13亿" in a 1-10月 report (a township's, mj08): a forecast of
                            // months still to come — no figure yet, said and not recorded
                            warnings.add(new ParseWarning(statement.source(), "以后时段(" + forecast + ")的预计数,未记录 / a "
                                    + "forecast of a later period: not recorded"));
                        } else if (documentPeriod != null && period.endMonth() > documentPeriod.endMonth()) {
                            // "全年粮食产量9.4万吨" in a 1-9月 release (a county's 2007 news, batch mq's mq01): the harvest
                            // is the year's, a later period than the notice's — recorded as named, and said
                            warnings.add(new ParseWarning(statement.source(), "报告期(" + period.code() + ")晚于通报的报告期("
                                    + documentPeriod.code() + "),请核对 / a later period than the notice's: check it"));
                        }
                    } else {
                        laterForecast = laterForecast && FORECAST.matcher(statement.source()).find();
                    }
                    cursor = statement.isKnown() ? Math.max(0, statement.source().indexOf(statement.subjects().get(0).matchedName())) : 0;
                } else if (statement.isKnown() && !statement.distributed()) {
                    // a later figure of the same sentence: the period its own clause names, if any
                    int at = statement.source().indexOf(statement.subjects().get(0).matchedName(), cursor + 1);
                    if (at > cursor) {
                        Optional<ReportingPeriod> named = ReportingPeriod.namedBetween(statement.source(), cursor, at);
                        if (named.isPresent() && (documentPeriod == null || named.get().endMonth() <= documentPeriod.endMonth())) {
                            period = named.get();
                        }
                        cursor = at;
                    }
                }
                if (laterForecast) {
                    continue;
                }
                if (segment.targetWording()) {
                    // the plan's wording of the task: the target of the figures that follow, never a figure
                    if (statement.isKnown() && !statement.distributed()) {
                        IndicatorMatch match = statement.subjects().get(0);
                        targetParser.targetFor(match.indicator(), match.matchedName(), statement.predicateText(),
                                statement.source(), new ArrayList<>())
                                .filter(t -> !t.qualitative())
                                .ifPresent(t -> taskTargets.put(segment.targetKey() + "|" + match.indicator().code(), t));
                    } else if (statement.isKnown()) {
                        // 第9项:城乡居民人均可支配收入分别增长8%和9%: each subject its own target, in order
                        for (Target t : targetParser.distributedTargets(statement, new ArrayList<>())) {
                            if (!t.qualitative()) {
                                taskTargets.put(segment.targetKey() + "|" + t.indicatorCode(), t);
                            }
                        }
                    }
                    continue;
                }
                Matcher aimed = statement.isKnown() && !statement.distributed()
                        ? TARGET_IN_PROSE.matcher(statement.predicateText()) : null;
                if (statement.isKnown() && !statement.distributed() && PLANNED.matcher(statement.prefix().strip()).find()) {
                    // (the amount planned is the target where a growth is given beside it: the completion is of it)
                    IndicatorMatch match = statement.subjects().get(0);
                    targetParser.targetFor(match.indicator(), match.matchedName(), statement.predicateText(),
                            statement.source(), new ArrayList<>()).filter(t -> !t.qualitative())
                            .map(t -> t.level() != null && t.growth() != null ? new Target(t.indicatorCode(), t.subject(),
                                    t.level(), null, false, t.sourceText(), t.notes()) : t)
                            .ifPresent(t -> taskTargets.putIfAbsent(segment.targetKey() + "|" + match.indicator().code(), t));
                    continue;
                }
                if (aimed != null && aimed.matches()) {
                    // "聚焦地区生产总值年度增长6%目标任务" in a work summary: the year's target of the figure the
                    // paragraph gives later, never a figure (and of one it gave before: aimsStated)
                    IndicatorMatch match = statement.subjects().get(0);
                    targetParser.targetFor(match.indicator(), match.matchedName(), aimed.group(1), statement.source(),
                            new ArrayList<>()).filter(t -> !t.qualitative())
                            .ifPresent(t -> {
                                taskTargets.putIfAbsent(segment.targetKey() + "|" + match.indicator().code(), t);
                                // (the year's aim of the region's own: not a place's — 全省…, 城区…, 南宁市… — nor a quarter's;
                                // the review of round 46's rules)
                                if (YEARS_AIM.matcher(statement.source()).find() && !PLACE_WORD.matcher(statement.prefix()).find()) {
                                    aimsStated.putIfAbsent(match.indicator().code(), t);
                                }
                            });
                    continue;
                }
                String prefix = zoneNotice ? zoneItself.matcher(statement.prefix()).replaceAll("")
                        : townItself != null ? townItself.matcher(statement.prefix()).replaceAll("") : statement.prefix();
                if (statement.isKnown() && (isPartOfRegion(prefix, townNotice)
                        || ownLevel >= 2 && COUNTY_NAMED.matcher(prefix).find()
                        || ownLevel == 3 && anotherCity(prefix, text)
                        || ownLevel >= 2 && COUNTIES_OF_REGION.matcher(prefix).find()
                        || urbanOrRuralPart(prefix, statement.subjects().get(0).matchedName(), statement.source())
                        || prefix.contains("其中") && PLACE_AFTER_WHEREOF.matcher(NO_TOWN.matcher(prefix.substring(
                                prefix.lastIndexOf("其中"))).replaceAll("")).find()
                        || statement.source().startsWith("其中") && (isPartOfRegion(
                                statement.source().substring(0, Math.min(statement.source().length(), 12)))
                                || PLACE_AFTER_WHEREOF.matcher(NO_TOWN.matcher(statement.source()).replaceAll("")).find()))) {
                    // 其中,经开区固定资产投资增长15.6%; 其中××市生产总值: a part's figure, said so (it was left out silently)
                    warnings.add(new ParseWarning(statement.source(), "下属地区或园区的数据,未记录 / the figure of a part of the "
                            + "region: not recorded"));
                    continue;
                }
                if (statement.isKnown() && CONTRIBUTION_TO.matcher(prefix).find()
                        && CONTRIBUTION_RATE.matcher(statement.predicateText()).lookingAt()) {
                    // "第二、第三产业对GDP增长的贡献率分别达到60.9%、38.7%" (a district's 2008 公报, round 44's pm06): the
                    // industries' shares of GDP's growth, no figure of GDP
                    warnings.add(new ParseWarning(statement.source(), "对增长的贡献率,不是该指标的数值,未记录 / a contribution to "
                            + "the indicator's growth, not its figure: not recorded"));
                    continue;
                }
                if (statement.isKnown() && belowTheNation && THE_NATION.matcher(prefix).find()) {
                    // "全国GDP增速是6.9%,重庆则达到11%" (a municipality's 前三季度 release, batch ne's ne03): the nation's
                    // figure beside the region's, as 较全国高 compares with it — not the region's
                    warnings.add(new ParseWarning(statement.source(), "全国的数据,未记录 / the nation's figure: not recorded"));
                    continue;
                }
                if (statement.isKnown() && !statement.distributed()
                        && isShareName(statement.subjects().get(0).indicator().nameZh())) {
                    // a share (数字经济核心产业增加值占GDP比重): the corpus of notices leaves shares out — said, since the
                    // catalog has the indicator and the statistician may want it (a break-it trial after round 39: dropped
                    // without a word)
                    if (!QuantityReader.read(statement.predicateText()).isEmpty()) {
                        warnings.add(new ParseWarning(statement.source(), "比重“" + statement.subjects().get(0).matchedName()
                                + "”未从通报记录,请按需手工录入 / a share: not recorded from a notice, enter it by hand if wanted"));
                    }
                    continue;
                }
                if (statement.isKnown() && isRatio(statement)) {
                    continue; // 城乡居民收入比为1.84: a ratio of two figures, not the income itself
                }
                if (!statement.isKnown()) {
                    // a figure outside the catalog is worth a warning; a comparison (比全市平均水平高0.6个百分点) is not
                    String figures = COMPARISON.matcher(statement.subjectText() + statement.predicateText()).replaceAll("");
                    if (statement.subjectText().matches(".*占.*比重.*")) {
                        continue; // a share (工业投资占固定资产投资比重): the corpus of notices leaves shares out
                    }
                    if (!QuantityReader.read(ChineseText.extractBrackets(figures).outside()).isEmpty()) {
                        warnings.add(new ParseWarning(statement.subjectText() + statement.predicateText(),
                                "指标“" + statement.subjectText() + "”不在指标目录中 / indicator not in the catalog"));
                    }
                    continue;
                }
                if (period == null && sole.isPresent() && LISTED_FIGURE.matcher(statement.source()).find()) {
                    period = sole.get(); // from the first figure of a list on, the one period the notice names
                }
                if (period == null) {
                    warnings.add(new ParseWarning(statement.source(), "无法确定报告期 / no reporting period named"));
                    continue;
                }
                if (statement.distributed() && DISTRIBUTED_PACE_GAP.matcher(statement.source()).find()) {
                    continue; // the gaps of figures already read, given to them afterwards
                }
                if (opensOnLastYearsPart) {
                    // "去年一季度全市经济增长3.6%,四季度增长6.3%" in a speech on this year's first quarter (batch ol's ol02):
                    // last year's, never this period's figure
                    warnings.add(new ParseWarning(statement.source(), "上年同期的数值,不是本期的,未记录 / last year's figure "
                            + "of a period: not recorded"));
                    continue;
                }
                Matcher earlierYear = EARLIER_YEAR_OPENING.matcher(statement.source());
                if (noticeYear != null && documentPeriod != null && documentPeriod != ReportingPeriod.ANNUAL && earlierYear.lookingAt()
                        && Integer.parseInt(earlierYear.group(1)) < noticeYear) {
                    // "2013年全市地区生产总值完成400亿元" in a notice on 2014's first half (the review of round 51's rules: recorded
                    // as 2014's annual GDP): a year before the notice's, its base, never this period's figure (only in a notice
                    // titled with a part of its year: a year's notice names the date it was given first, a year after its own)
                    warnings.add(new ParseWarning(statement.source(), "通报年度之前的数值,不是本期的,未记录 / a figure of a year "
                            + "before the notice's: not recorded"));
                    continue;
                }
                if (statement.distributed()) {
                    int before = observations.size();
                    observations.addAll(distributed(statement, period, warnings));
                    for (java.util.Iterator<Round> it = rounds.iterator(); it.hasNext();) {
                        Round round = it.next();
                        if (statement.source().contains(round.anchor())) {
                            withRounds(observations, before, round.completions(), round.paceGaps(), warnings);
                            it.remove();
                        }
                    }
                } else {
                    Target taskTarget = taskTargets.get(segment.targetKey() + "|" + statement.subjects().get(0).indicator().code());
                    // "第5项:财政总收入达到16.8亿元。…;其中一般公共预算收入5.86亿元": a part of the task's figure, not the task
                    // (batch b's b02)
                    boolean partOfTask = statement.source().startsWith("其中") && taskTarget == null
                            && taskTargets.keySet().stream().anyMatch(k -> k.startsWith(segment.targetKey() + "|"));
                    read(statement, period, warnings, partOfTask ? null : segment.task(), taskTarget).ifPresent(observations::add);
                }
            }
            if (!gaps.isEmpty()) {
                // (the figures of the sentences after the gaps are not theirs: "…分别低于年度目标1.5、1.2个百分点。固定资产投资、
                // 社零分别增长8.1%、6.3%" gave the gaps to investment and retail — the review of batch nd/ne's rules)
                // (nor those after them in the same sentence, named only there: "…分别高于预期目标1.0和4.2个百分点,一般公共预算收入
                // 增长13.5%" gave 4.2 to the revenue — batch os's os02)
                int after = 0;
                while (observations.size() - after > readBefore
                        && (afterGaps.contains(observations.get(observations.size() - after - 1).sourceText())
                        || namedOnlyAfter(observations.get(observations.size() - after - 1).matchedName(), beforeGaps, afterGaps))) {
                    after++;
                }
                // (a name of the list outside the catalog, "GDP、社零分别增长6.2%、7.1%,分别高于年度目标0.2和0.6个百分点", leaves
                // fewer figures than gaps: each figure takes the gap at its name's place in the list — the reviews of round 34's
                // and 35's rules)
                if (!withTargetGapsByName(observations, readBefore, observations.size() - after, gaps, listNames(beforeGaps),
                        listGrowths(beforeGaps), behindTargets)) {
                    withTargetGaps(observations, readBefore, observations.size() - after, gaps, behindTargets, warnings);
                }
            }
            if (documentPeriod == null && !observations.isEmpty()) {
                documentPeriod = observations.get(0).period();
            }
            for (Round round : rounds) {
                int first = ofOneSentence(observations, readBefore, round);
                if (first >= 0) {
                    // "新增城镇就业14.2万人,农业富余劳动力转移就业4.7万人,分别完成全年计划的142%和91.2%" (a city paper's
                    // 前三季度 report, batch mq's mq04): the figures of one sentence, each with its own name, then theirs
                    withRoundsAt(observations, first, round.completions(), round.paceGaps());
                    continue;
                }
                Map<Integer, Integer> pieces = byPiece(observations, readBefore, round);
                if (!pieces.isEmpty()) {
                    // "全区城镇新增就业22.30万人,城镇失业人员再就业8.66万人,就业困难人员就业3.55万人,分别完成年度计划目标的
                    // 74.32%、108.22%和177.40%" (a province's half-year press conference, batch ol's ol01): one figure in the
                    // catalog among three, given the round's value at its own place
                    pieces.forEach((at, k) -> withRoundsAt(observations, at,
                            round.completions().isEmpty() ? List.of() : List.of(round.completions().get(k)),
                            round.paceGaps().isEmpty() ? List.of() : List.of(round.paceGaps().get(k))));
                    continue;
                }
                warnings.add(new ParseWarning(round.completions() + " " + round.paceGaps(), "“分别完成/分别超进度”前没有“分别”的"
                        + "数值 / 分别: completions or pace gaps without the figures of a 分别 list before them"));
            }
        }
        doubtfulPeriods(text, observations, warnings);
        if (observations.isEmpty() && warnings.isEmpty() && ChineseText.hasFigures(text)) {
            warnings.add(new ParseWarning(ChineseText.opening(text), ChineseText.NOTHING_READ));
        }
        String cut = ChineseText.cutMidClause(text);
        if (cut != null) {
            warnings.add(new ParseWarning(cut, ChineseText.CUT_MID_CLAUSE));
        }
        return new NoticeParseResult(withoutImplausible(repeatedFigures(withAimsStated(withBareIndustrySetApart(withDistributedPaceGaps(
                averageStated ? withoutEvenPace(text) : text, observations)), aimsStated), warnings), warnings), warnings, ownYear);
    }

    /**
     * Whether two printed growths are the same figure, one of them rounded: 8 and 7.9, 7.5 and 7.46 — a headline's "工业增加值
     * 增长8%" over the body's "规模以上工业增加值增长7.9%" is the shorthand (the review of round 34's rules).
     */
    private static boolean sameAsPrinted(BigDecimal a, String aSource, BigDecimal b, String bSource) {
        int scale = Math.min(printedScale(a, aSource), printedScale(b, bSource));
        return a.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(b.setScale(scale, java.math.RoundingMode.HALF_UP)) == 0;
    }

    /** The decimals {@code growth} is printed with in {@code source}: "增长7.0%" has one, though the figure is 7. */
    private static int printedScale(BigDecimal growth, String source) {
        String plain = Units.strip(growth).abs().toPlainString();
        Matcher printed = Pattern.compile("(?<![\\d.])" + Pattern.quote(plain) + "(\\.0+|(?<=\\.\\d{1,9})0+)?%").matcher(source == null ? "" : source);
        int scale = Math.max(0, Units.strip(growth).scale());
        return printed.find() && printed.group(1) != null ? scale + printed.group(1).replace(".", "").length() : scale;
    }

    /**
     * A bare 工业增加值 (the releases' shorthand of 规模以上工业增加值) in a notice that also gives 规模以上工业增加值 by its own
     * name at another growth in the same period: the notice sets them apart, the bare figure is all industry's (全部工业增加值)
     * — "工业增加值508.51亿元,同比增长11.2%" in a city's lead, "规模以上工业增加值(12.7%)" in its body (a city's half year in
     * a news item, batch os's os02), recorded as two conflicting figures of 规上. A growth that is the other rounded ("工业
     * 增加值增长8%" over "7.9%") is the shorthand, unless the bare figure has an amount of its own ("工业增加值完成86亿元,增长
     * 10%" beside 9.6 %) — the reviews of rounds 34's and 35's rules. A 规上 figure with no growth sets the bare one apart
     * by its amount: "全省工业增加值265亿元,…增长18.7%。规模以上…工业增加值240.34亿元" (a province's 2006 公报 cut inside the
     * 规上 growth, round 56's qk05) — amounts more than 2 % apart are two figures, not one printed twice.
     */
    private static List<ParsedObservation> withBareIndustrySetApart(List<ParsedObservation> observations) {
        List<ParsedObservation> out = new ArrayList<>(observations);
        for (int i = 0; i < out.size(); i++) {
            ParsedObservation bare = out.get(i);
            if (!"INDUSTRIAL_VALUE_ADDED".equals(bare.indicatorCode()) || !"工业增加值".equals(bare.matchedName())
                    || bare.growthRate() == null) {
                continue;
            }
            boolean apart = out.stream().anyMatch(o -> o != bare && "INDUSTRIAL_VALUE_ADDED".equals(o.indicatorCode())
                    && !"工业增加值".equals(o.matchedName()) && java.util.Objects.equals(o.period(), bare.period())
                    && (o.growthRate() != null && (bare.value() != null && o.growthRate().compareTo(bare.growthRate()) != 0
                    || !sameAsPrinted(o.growthRate(), o.sourceText(), bare.growthRate(), bare.sourceText()))
                    || o.growthRate() == null && amountsApart(o, bare)));
            if (apart) {
                List<String> notes = new ArrayList<>(bare.notes());
                notes.add("“工业增加值”与另列的规模以上工业增加值不同,读作全部工业增加值 / set apart from the 规上 figure: all industry");
                out.set(i, new ParsedObservation("INDUSTRY_VALUE_ADDED", bare.matchedName(), bare.period(), bare.value(), bare.unit(),
                        bare.growthRate(), bare.estimate(), bare.target(), bare.sourceText(), notes, bare.targetImplied(),
                        bare.completionPercent(), bare.paceGapPoints(), bare.task()));
            }
        }
        return out;
    }

    /**
     * Whether the bare figure {@code bare} is all industry's beside the 规上 figure {@code aboveSize} in one unit: larger by
     * more than 2 % and not the same figure rounded ("工业增加值18亿元" beside 17.6 is one figure; "120" below a 规上 135 is
     * no whole of it — the review of round 56's rules).
     */
    private static boolean amountsApart(ParsedObservation aboveSize, ParsedObservation bare) {
        if (aboveSize.value() == null || bare.value() == null || !java.util.Objects.equals(aboveSize.unit(), bare.unit())) {
            return false;
        }
        int scale = Math.min(Math.max(0, Units.strip(aboveSize.value()).scale()), Math.max(0, Units.strip(bare.value()).scale()));
        boolean rounded = aboveSize.value().setScale(scale, java.math.RoundingMode.HALF_UP)
                .compareTo(bare.value().setScale(scale, java.math.RoundingMode.HALF_UP)) == 0;
        return !rounded && bare.value().compareTo(aboveSize.value().multiply(new BigDecimal("1.02"))) > 0;
    }

    /**
     * {@code observations} without those whose figure no notice can hold (an amount beyond 10^15, a growth, completion or
     * pace gap beyond 1000 — {@link Units#plausible}; the preview showed them and only the import refused, a break-it
     * trial of 2026-12-05), each said.
     */
    private static List<ParsedObservation> withoutImplausible(List<ParsedObservation> observations, List<ParseWarning> warnings) {
        List<ParsedObservation> out = new ArrayList<>();
        for (ParsedObservation o : observations) {
            if (Units.plausible(o.value(), o.unit()) && Units.plausible(o.growthRate(), "%") && Units.plausible(o.completionPercent(), "%")
                    && Units.plausible(o.paceGapPoints(), "个百分点") && (o.target() == null || o.target().plausible())) {
                out.add(o);
            } else {
                warnings.add(new ParseWarning(o.sourceText(), "“" + o.matchedName() + "”的数值超出合理范围,未读取,请核对 / a figure out of "
                        + "range: not read"));
            }
        }
        return out;
    }

    /**
     * One indicator with the same amount and the same growth under two periods: a cumulative figure does not stay the
     * same from one quarter to the next, so the page's period label is doubtful — "初步核算,一季度全县生产总值完成59.6亿元,
     * 增长7.6%。其中,…第三产业增加值19.6亿元,增长6.3%" in a 上半年 notice whose later section gives 上半年 第三产业增加值
     * 19.6亿元, 6.3% (a county's half-year analysis, batch nc's nc08). The line of the earlier one is warned of, with
     * every figure in it.
     */
    private static void doubtfulPeriods(String text, List<ParsedObservation> observations, List<ParseWarning> warnings) {
        for (int i = 0; i < observations.size(); i++) {
            ParsedObservation a = observations.get(i);
            for (int j = i + 1; j < observations.size(); j++) {
                ParsedObservation b = observations.get(j);
                if (a.indicatorCode() != null && a.indicatorCode().equals(b.indicatorCode()) && a.value() != null
                        && a.growthRate() != null && !a.period().equals(b.period()) && b.value() != null
                        && a.value().compareTo(b.value()) == 0 && b.growthRate() != null
                        && a.growthRate().compareTo(b.growthRate()) == 0) {
                    String probe = a.sourceText().length() > 20 ? a.sourceText().substring(0, 20) : a.sourceText();
                    // (the text parse has normalised already, as the observation's words are)
                    String line = text.lines().filter(l -> l.contains(probe)).findFirst().orElse(a.sourceText());
                    warnings.add(new ParseWarning(line, "同一数值出现在两个报告期(" + a.period().code() + "、" + b.period().code()
                            + "),报告期标注存疑,请核对 / the same figure under two periods: the period's label is doubtful"));
                    return;
                }
            }
        }
    }

    /** Whether a catalog name is a share (数字经济核心产业增加值占GDP比重: …占…比重, 占 neither first nor just before 比重). */
    private static boolean isShareName(String name) {
        int share = name.indexOf('占');
        return share > 0 && name.endsWith("比重") && name.lastIndexOf("比重") > share + 1;
    }

    /** Whether the statement gives a ratio after its subject's name ({@link #RATIO}), not the indicator's figure. */
    private static boolean isRatio(Statement statement) {
        int at = statement.source().indexOf(statement.subjectText());
        String predicates = statement.predicateText();
        return at >= 0 && RATIO.matcher(statement.source()).region(at + statement.subjectText().length(), statement.source().length())
                .lookingAt() || RATIO.matcher(predicates).lookingAt()
                || statement.subjectText().endsWith("比") && predicates.matches("^\\s*(?:为|是)?\\s*\\d.*");
    }

    /** "(二)规模以上工业增加值。全年增长7.9%": the heading's name written into the sentence that does not repeat it. */
    /**
     * "(七)城乡居民收入:城镇居民人均可支配收入18650元,…" (a county's annual notice, batch md's md03): a label whose figures
     * name their own indicators is left out; it named them, read as the subject, 居民人均可支配收入.
     */
    private String withoutLabelOfOthers(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.lookingAt()) {
            return line;
        }
        String rest = line.substring(m.end());
        return catalog.findFirst(rest).filter(x -> x.start() == 0).isPresent()
                && catalog.findFirst(m.group(1)).filter(x -> !rest.startsWith(m.group(1))).isPresent() ? rest : line;
    }

    private static final Pattern LABEL = Pattern.compile("^\\s*+(?:[((][一二三四五六七八九十\\d]+[))]|[一二三四五六七八九十]+、)?\\s*+"
            + "([^,,。;;::\\d]{2,12})[::]\\s*");

    private String withSectionSubject(String line) {
        Matcher m = SECTION_HEADED.matcher(line);
        if (!m.matches() || catalog.findFirst(m.group(1)).filter(x -> x.start() == 0
                && x.end() == m.group(1).length()).isEmpty()) {
            return line;
        }
        if (catalog.findFirst(m.group(3)).filter(x -> x.start() <= 6).isPresent()) {
            // "(七)城乡居民收入:城镇居民人均可支配收入18650元" (a county's annual notice, batch md's md03): the figures name
            // their own indicator; the heading's is not theirs
            return line;
        }
        return line.substring(0, m.start(2)) + m.group(2) + m.group(1) + m.group(3);
    }

    /**
     * The implied targets of the figures read from {@code from} up to {@code to} (the last of them, one for each gap, in order):
     * growth + gap when behind the target, growth − gap when ahead; a figure without a growth or with a target
     * printed is left as it is, with a warning.
     */
    /** The growths of the last 分别 list in {@code words}: "全县GDP、社零分别增长6.2%、7.1%" → [6.2, 7.1]; empty if none. */
    private static List<BigDecimal> listGrowths(String words) {
        int respectively = words.lastIndexOf("分别");
        Matcher listed = LISTED_GROWTHS.matcher(respectively < 0 ? "" : words.substring(respectively));
        return listed.lookingAt() ? numbers(listed.group(2)).stream().map(g -> listed.group(1).equals("下降") ? g.negate() : g).toList()
                : List.of();
    }

    private static final Pattern LISTED_GROWTHS = Pattern.compile("分别(增长|下降)((?:-?\\d+(?:\\.\\d+)?%?\\s*+[、,,和及]\\s*+){1,20}+-?\\d+(?:\\.\\d+)?%?)");

    /** The names of the last 分别 list in {@code words}: "全县GDP、社零分别增长6.2%、7.1%" → [全县GDP, 社零]. */
    private static List<String> listNames(String words) {
        int respectively = words.lastIndexOf("分别");
        if (respectively < 0) {
            return List.of();
        }
        String before = words.substring(0, respectively);
        int start = 0;
        for (char c : new char[] {'。', '\n', ';', ';', ',', ',', ':', ':'}) {
            start = Math.max(start, before.lastIndexOf(c) + 1);
        }
        return java.util.Arrays.stream(before.substring(start).split("[、和及与]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /**
     * The gaps given by the names' places in the 分别 list when the figures read are fewer than the gaps (a name outside
     * the catalog): each figure whose name is one of the list's takes the gap at that place; false (nothing done) when the
     * list does not have as many names as gaps or a figure is not among them.
     */
    private static boolean withTargetGapsByName(List<ParsedObservation> observations, int from, int to, List<BigDecimal> gaps,
            List<String> names, List<BigDecimal> growths, boolean behind) {
        if (to - from >= gaps.size() || names.size() != gaps.size() || to <= from) {
            return false;
        }
        Map<Integer, Integer> place = new HashMap<>();
        for (int i = from; i < to; i++) {
            String name = observations.get(i).matchedName();
            int at = -1;
            for (int k = 0; k < names.size() && name != null; k++) {
                if (names.get(k).contains(name) || name.contains(names.get(k))) {
                    at = k;
                    break;
                }
            }
            // (and the figure's growth is the list's at that place: a growth given to the wrong name gets no target — the
            // review of round 36's rules)
            if (at < 0 || growths.size() == names.size() && (observations.get(i).growthRate() == null
                    || observations.get(i).growthRate().compareTo(growths.get(at)) != 0)) {
                return false;
            }
            place.put(i, at);
        }
        place.forEach((i, k) -> {
            ParsedObservation o = observations.get(i);
            if (o.growthRate() != null && o.target() == null) {
                observations.set(i, withTargetOfGap(o, gaps.get(k), behind));
            }
        });
        return true;
    }

    /**
     * The gaps of a 分别 list as distances behind the targets (a gap ahead, after 高于 or 快于, is negative): each number
     * takes the direction written before it, else the one before it — "分别低于目标0.7、高于目标5、低于目标0.9" is 0.7, −5, 0.9.
     */
    private static List<BigDecimal> gapsBehind(String firstDirection, String list) {
        List<BigDecimal> gaps = new ArrayList<>();
        String direction = firstDirection;
        Matcher m = ONE_TARGET_GAP.matcher(list);
        while (m.find()) {
            direction = m.group(1) != null ? m.group(1) : direction;
            BigDecimal gap = new BigDecimal(m.group(2));
            gaps.add(direction.startsWith("高") || direction.startsWith("快") ? gap.negate() : gap);
        }
        return gaps;
    }

    /**
     * The figures of the year's periods with the aim the notice states after them as their target, where they have none:
     * "上半年,本市实现生产总值3930.6亿元,同比增长10.3%,…。…确保完成全年11%左右的经济预期增长目标" (a municipality's 2005
     * half-year plan execution to its 人大常委会, round 46's pq04 — the target was lost without a word).
     */
    // (only where the notice gives the indicator for one period: "2013年…增长9.5%。2014年一季度…增长8.1%。确保完成全年9%的经济
    // 增长目标" is no target of 2013's — the review of round 46's rules)
    private static List<ParsedObservation> withAimsStated(List<ParsedObservation> observations, Map<String, Target> aims) {
        if (aims.isEmpty()) {
            return observations;
        }
        Map<String, Long> periods = observations.stream().collect(java.util.stream.Collectors.groupingBy(
                ParsedObservation::indicatorCode, java.util.stream.Collectors.mapping(ParsedObservation::period,
                        java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toSet(), s -> (long) s.size()))));
        return observations.stream().map(o -> o.target() != null || !aims.containsKey(o.indicatorCode())
                || periods.get(o.indicatorCode()) > 1 ? o
                : new ParsedObservation(o.indicatorCode(), o.matchedName(), o.period(), o.value(), o.unit(), o.growthRate(),
                        o.estimate(), aims.get(o.indicatorCode()), o.sourceText(), o.notes(), false, o.completionPercent(),
                        o.paceGapPoints(), o.task())).toList();
    }

    /** {@code o} with the target its growth and its gap imply: the growth plus the gap when behind, else minus. */
    private static ParsedObservation withTargetOfGap(ParsedObservation o, BigDecimal gap, boolean behind) {
        BigDecimal aim = Units.strip(behind ? o.growthRate().add(gap) : o.growthRate().subtract(gap));
        Target target = new Target(o.indicatorCode(), o.matchedName(), null, Bound.of(TargetComparator.EXACT, aim, "%"),
                false, o.sourceText(), List.of("目标由差距推算 / target implied by the stated gap"));
        return new ParsedObservation(o.indicatorCode(), o.matchedName(), o.period(), o.value(), o.unit(), o.growthRate(),
                o.estimate(), target, o.sourceText(), o.notes(), true, o.completionPercent(), o.paceGapPoints(), o.task());
    }

    /** Whether {@code name} is named after a 分别 list's gaps and not before them. */
    private static boolean namedOnlyAfter(String name, String beforeGaps, String afterGaps) {
        return name != null && afterGaps.contains(name) && !beforeGaps.contains(name);
    }

    private static void withTargetGaps(List<ParsedObservation> observations, int from, int to, List<BigDecimal> gaps,
            boolean behind, List<ParseWarning> warnings) {
        int first = to - gaps.size();
        if (first < from) {
            warnings.add(new ParseWarning(gaps.toString(), "“分别低于/高于目标”的差距个数与前面的数值个数不符 / "
                    + "分别: the gaps to the targets do not match the figures before them"));
            return;
        }
        for (int k = 0; k < gaps.size(); k++) {
            ParsedObservation o = observations.get(first + k);
            if (o.growthRate() == null || o.target() != null) {
                warnings.add(new ParseWarning(o.sourceText(), "目标差距无法推算目标 / a gap to the target without a growth"));
                continue;
            }
            observations.set(first + k, withTargetOfGap(o, gaps.get(k), behind));
        }
    }

    /**
     * The completions and pace gaps of a 分别 list ({@link #DISTRIBUTED_COMPLETION}, {@link #DISTRIBUTED_PACE_ROUND})
     * given to the last figures read from {@code from} on, one each in order; when they do not match, a warning.
     */
    private static void withRounds(List<ParsedObservation> observations, int from, List<BigDecimal> completions,
            List<BigDecimal> paces, List<ParseWarning> warnings) {
        int n = Math.max(completions.size(), paces.size());
        int first = observations.size() - n;
        if (first < from || !completions.isEmpty() && completions.size() != n || !paces.isEmpty() && paces.size() != n) {
            warnings.add(new ParseWarning(completions + " " + paces, "“分别完成/分别超进度”的个数与前面的数值个数不符 / "
                    + "分别: the completions or pace gaps do not match the figures before them"));
            return;
        }
        withRoundsAt(observations, first, completions, paces);
    }

    /** The completions and pace gaps given to the figures from {@code first} on, one each in order. */
    private static void withRoundsAt(List<ParsedObservation> observations, int first, List<BigDecimal> completions,
            List<BigDecimal> paces) {
        for (int k = 0; k < Math.max(completions.size(), paces.size()); k++) {
            ParsedObservation o = observations.get(first + k);
            observations.set(first + k, new ParsedObservation(o.indicatorCode(), o.matchedName(), o.period(), o.value(),
                    o.unit(), o.growthRate(), o.estimate(), o.target(), o.sourceText(), o.notes(), o.targetImplied(),
                    completions.isEmpty() ? o.completionPercent() : completions.get(k),
                    paces.isEmpty() ? o.paceGapPoints() : paces.get(k), o.task()));
        }
    }

    /** "其中高新区…", "××镇": a part of the region; "其中,城镇居民人均可支配收入" is the region's own urban figure. */
    private static boolean isPartOfRegion(String text) {
        return PART_OF_REGION.matcher(NO_TOWN.matcher(text).replaceAll("")).find();
    }

    /** As {@link #isPartOfRegion(String)}, 全镇 / 本镇 being the region itself in a town's own notice. */
    private static boolean isPartOfRegion(String text, boolean townNotice) {
        return isPartOfRegion(townNotice ? THE_TOWN_ITSELF.matcher(text).replaceAll("") : text);
    }

    /** The observations with the pace gaps a 分别 sentence gives them ({@link #DISTRIBUTED_PACE_GAP}). */
    private List<ParsedObservation> withDistributedPaceGaps(String raw, List<ParsedObservation> observations) {
        List<ParsedObservation> out = new ArrayList<>(observations);
        String text = ChineseText.normalise(raw);
        if (!text.contains("百分点")) {
            return out; // every gap below is in points (each pattern opens with a lazy name, costly over a long page)
        }
        Matcher m = DISTRIBUTED_PACE_GAP.matcher(text);
        while (m.find()) {
            String[] names = NAME_SEPARATOR.split(m.group(1).replaceFirst("^.*?[::]", ""));
            List<BigDecimal> gaps = numbers(m.group(3));
            if (names.length != gaps.size()) {
                continue;
            }
            boolean behind = "滞后落后低于慢于".contains(m.group(2));
            for (int i = 0; i < names.length; i++) {
                Optional<IndicatorMatch> name = catalog.findFirst(names[i].trim());
                for (int k = 0; name.isPresent() && k < out.size(); k++) {
                    ParsedObservation o = out.get(k);
                    if (o.indicatorCode().equals(name.get().indicator().code()) && o.paceGapPoints() == null) {
                        out.set(k, new ParsedObservation(o.indicatorCode(), o.matchedName(), o.period(), o.value(), o.unit(),
                                o.growthRate(), o.estimate(), o.target(), o.sourceText(), o.notes(), o.targetImplied(),
                                o.completionPercent(), behind ? gaps.get(i).negate() : gaps.get(i), o.task()));
                        break;
                    }
                }
            }
        }
        Matcher targetGaps = NAMED_TARGET_GAPS.matcher(text);
        while (targetGaps.find()) {
            List<BigDecimal> gaps = numbers(targetGaps.group(3));
            // (not the gaps of another scope: a part (其中高新区…, A县…), the province or the nation, last year, or a period
            // other than the figure's — 一季度's gaps in a half-year notice: the review of batch nr/nt's rules)
            String scope = targetGaps.group(1);
            Optional<ReportingPeriod> gapsPeriod = ReportingPeriod.detect(scope);
            if (isPartOfRegion(scope) || OTHER_SCOPE_OF_GAPS.matcher(scope).find()) {
                continue;
            }
            String[] clauses = scope.split("[,,]");
            String[] names = null;
            for (int c = clauses.length - 1; c >= 0 && names == null; c--) {
                String[] items = NAME_SEPARATOR.split(clauses[c]);
                names = !clauses[c].isBlank() && items.length == gaps.size() ? items : null;
            }
            if (names == null) {
                continue;
            }
            boolean behind = "低于慢于落后".contains(targetGaps.group(2).substring(0, 2));
            for (int i = 0; i < names.length; i++) {
                Optional<IndicatorMatch> name = names[i].isBlank() ? Optional.empty() : catalog.findFirst(names[i].trim());
                for (int k = 0; name.isPresent() && k < out.size(); k++) {
                    ParsedObservation o = out.get(k);
                    if (o.indicatorCode().equals(name.get().indicator().code()) && o.growthRate() != null
                            && o.target() == null && gapsPeriod.map(p -> p.equals(o.period())).orElse(true)) {
                        withTargetGaps(out, k, k + 1, List.of(gaps.get(i)), behind, new ArrayList<>());
                        break;
                    }
                }
            }
        }
        Matcher named = NAMED_PACE_GAP.matcher(text);
        while (named.find()) {
            if (named.group(1).contains("分别") || isPartOfRegion(named.group(1))) {
                continue; // a 分别 list, read above; a part of the region (高新区一般公共预算收入…) is not its figure
            }
            Optional<IndicatorMatch> name = catalog.findFirst(named.group(1));
            BigDecimal gap = new BigDecimal(named.group(3));
            boolean behind = "滞后落后低于慢于".contains(named.group(2));
            for (int k = 0; name.isPresent() && k < out.size(); k++) {
                ParsedObservation o = out.get(k);
                if (o.indicatorCode().equals(name.get().indicator().code())) {
                    if (o.paceGapPoints() == null) { // the figure's own gap, read with it, stays
                        out.set(k, new ParsedObservation(o.indicatorCode(), o.matchedName(), o.period(), o.value(),
                                o.unit(), o.growthRate(), o.estimate(), o.target(), o.sourceText(), o.notes(),
                                o.targetImplied(), o.completionPercent(), behind ? gap.negate() : gap, o.task()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * One indicator twice in one notice: the same figure again (a summary table repeating the text) is kept once with
     * DUPLICATE_FIGURE; different figures are both kept, in order, with CONFLICTING_FIGURE, for the statistician.
     */
    private static List<ParsedObservation> repeatedFigures(List<ParsedObservation> observations, List<ParseWarning> warnings) {
        List<ParsedObservation> kept = new ArrayList<>();
        for (ParsedObservation o : observations) {
            ParsedObservation earlier = kept.stream().filter(k -> k.indicatorCode().equals(o.indicatorCode())
                    && k.period().equals(o.period())).findFirst().orElse(null);
            if (earlier == null) {
                kept.add(o);
            } else if (agree(o.value(), earlier.value()) && agree(o.growthRate(), earlier.growthRate())
                    && (o.value() == null && o.growthRate() == null || same(o.value(), earlier.value())
                            || same(o.growthRate(), earlier.growthRate()) || complementary(earlier, o))) {
                // what the later mention adds (完成年度目标的62.8%,低于序时进度3.9个百分点 after a table's row, batch l's
                // l06; the row's amount, target and task after the opening's growth, l08) completes the figure; the same
                // figure said again is a duplicate
                kept.set(kept.indexOf(earlier), completed(earlier, o));
                if (o.value() != null && earlier.value() != null || o.growthRate() != null && earlier.growthRate() != null) {
                    warnings.add(new ParseWarning(o.sourceText(), "DUPLICATE_FIGURE " + o.matchedName()
                            + "的数值重复出现,只记录一次 / the same figure again, recorded once"));
                }
            } else {
                kept.add(o);
                warnings.add(new ParseWarning(o.sourceText(), "CONFLICTING_FIGURE " + o.matchedName()
                        + "有两个不同的数值,均已列出,请核对 / two different figures for one indicator: both listed, check them"));
            }
        }
        return kept;
    }

    /**
     * An amount, then its growth named again later in the same sentence: "前三季度完成地区生产总值20351.72亿元,虽仍…,但减少了
     * 与云南的差距,GDP同比增速为3.6%" (a news analysis of a province's three quarters, batch nz's nz10) — one figure told in two
     * clauses, not two figures.
     */
    private static boolean complementary(ParsedObservation earlier, ParsedObservation later) {
        if (!earlier.sourceText().equals(later.sourceText())) {
            return growthThenAmount(earlier, later);
        }
        if (earlier.growthRate() != null || later.value() != null
                || earlier.value() == null || later.growthRate() == null || earlier.estimate() != later.estimate()) {
            return false;
        }
        String source = later.sourceText();
        int first = source.indexOf(earlier.matchedName());
        int at = first < 0 ? -1 : source.indexOf(later.matchedName(), first + earlier.matchedName().length());
        // (not a county area's, last year's, the year's forecast or the current prices' growth after the amount:
        // "县域地区生产总值增长7.5%", "上年地区生产总值增长5.2%", "预计全年GDP增长6%", "按现价计算GDP增长8.7%" — the review)
        return at >= 0 && !OTHER_SCOPE_BEFORE.matcher(source.substring(Math.max(0, at - 8), at)).find();
    }

    /**
     * The growth in one sentence and the amount in a later one, each alone: "今年一季度,西藏全区生产总值增长11%,…" then
     * "初步核算,西藏一季度实现地区生产总值271.35亿元。" (a 人民日报 item on a region's first quarter, round 68's ri02) — one
     * figure told in two sentences. Not where the amount's name has another scope before it (上年, 县域, 预计…).
     */
    private static boolean growthThenAmount(ParsedObservation earlier, ParsedObservation later) {
        if (earlier.value() != null || earlier.growthRate() == null || later.value() == null || later.growthRate() != null
                || earlier.estimate() != later.estimate()) {
            return false;
        }
        // (only where the amount's sentence adds nothing before its name but the period, a first count, its verb or the region
        // the growth's sentence named: "同期全省实现…", "市区实现…", "全市重工业完成…", "按照年度计划,全市…确保完成…" are another
        // scope's or a plan's — the review of rounds 68–69's rules)
        int at = later.sourceText().indexOf(later.matchedName());
        int earlierAt = earlier.sourceText().indexOf(earlier.matchedName());
        if (at < 0 || earlierAt < 0) {
            return false;
        }
        String added = ONLY_WHEN_AND_VERB.matcher(later.sourceText().substring(0, at)).replaceAll("");
        return added.isEmpty() || earlier.sourceText().substring(0, earlierAt).contains(added);
    }

    /** Words before an amount's name that name no scope of its own: the period, a first count, the verb. */
    private static final Pattern ONLY_WHEN_AND_VERB = Pattern.compile("(?:据|经)?初步(?:核算|统计)|[,,\\s]|(?:19|20)\\d{2}年|今年|本年"
            + "|第?[一二三四]季度|上半年|前三季度|\\d{1,2}(?:\\s?[-—–~至]\\s?\\d{1,2})?月(?:份)?|实现|完成|累计|共");

    private static final Pattern OTHER_SCOPE_BEFORE = Pattern.compile("(?:县域|城区|主城|上年|去年|预计|全年|\\d{4}年|现价|名义"
            + "|[省市县区]属)[^,,;;。]{0,6}$");

    /** Whether both figures are given and equal. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    /** Whether two figures of one kind say the same: equal, or one of them not given. */
    private static boolean agree(BigDecimal a, BigDecimal b) {
        return a == null || b == null || a.compareTo(b) == 0;
    }

    /** {@code earlier} with the amount, growth, completion, pace gap, target and task {@code later} gives where it has none. */
    private static ParsedObservation completed(ParsedObservation earlier, ParsedObservation later) {
        // a target stated (a table's 年度目标 column) outranks one implied by a gap in the prose before it (batch mf's mf08)
        boolean target = later.target() != null
                && (earlier.target() == null || earlier.targetImplied() && !later.targetImplied());
        boolean value = earlier.value() == null && later.value() != null;
        return new ParsedObservation(earlier.indicatorCode(), earlier.matchedName(), earlier.period(),
                value ? later.value() : earlier.value(), value ? later.unit() : earlier.unit(),
                earlier.growthRate() != null ? earlier.growthRate() : later.growthRate(), earlier.estimate() || value && later.estimate(),
                target ? later.target() : earlier.target(),
                earlier.sourceText(), earlier.notes(), target ? later.targetImplied() : earlier.targetImplied(),
                earlier.completionPercent() != null ? earlier.completionPercent() : later.completionPercent(),
                earlier.paceGapPoints() != null ? earlier.paceGapPoints() : later.paceGapPoints(),
                earlier.task() != null ? earlier.task() : later.task());
    }

    private Optional<ParsedObservation> read(Statement statement, ReportingPeriod period,
            List<ParseWarning> warnings, Integer task, Target taskTarget) {
        IndicatorMatch match = statement.subjects().get(0);
        Indicator indicator = match.indicator();
        List<String> notes = new ArrayList<>();
        catalog.choiceNote(indicator, match.matchedName()).ifPresent(notes::add);
        boolean estimate = ESTIMATE.matcher(statement.prefix()).find();
        Target target = null;
        BigDecimal value = null;
        BigDecimal growth = null;
        BigDecimal completion = null;
        BigDecimal paceGap = null;
        BigDecimal targetGap = null;
        boolean growthGap = false;
        BigDecimal levelTarget = null;
        String levelTargetUnit = null;
        Quantity printedTarget = null;
        Quantity printedValue = null;
        Quantity amountOver = null;
        String valueUnit = null;
        if (task == null && taskTarget == null && isRate(indicator) && BOUND_ONLY.matcher(statement.predicates().get(0).strip()).matches()
                && statement.predicates().stream().skip(1).allMatch(p -> TARGET_MET_ONLY.matcher(p.strip()).matches())) {
            // "城镇调查失业率控制在5.5%以内。" among a half-year's figures (a district's report on its targets, batch mj's
            // mj03; "城镇登记失业率≤4%", od05) states the target the rate stayed within, a round bound; a figure of its own
            // ("年末城镇登记失业率控制在2.96%以内", an annual bulletin — the review of batch mj's rules) is the rate. Either way
            // said, for the office to check
            Matcher bound = BOUND_FIGURE.matcher(statement.predicates().get(0));
            BigDecimal number = bound.find() ? new BigDecimal(bound.group()) : null;
            if (number != null && isRoundBound(number)) {
                warnings.add(new ParseWarning(statement.source(), "“控制在…以内”“稳定在…以上”读作目标,原文没有实际数值,请核对 / \"kept "
                        + "within\" a round bound: read as the target, no figure printed — check it"));
                Target bounded = boundTarget(match, statement.predicates().get(0).contains("以上") ? TargetComparator.AT_LEAST
                        : TargetComparator.AT_MOST, number, statement.source());
                return Optional.of(new ParsedObservation(indicator.code(), match.matchedName(), period, null, indicator.unit(),
                        null, estimate, bounded, statement.source(), notes, false, null, null, task));
            }
            warnings.add(new ParseWarning(statement.source(), "“控制在…以内”可能是目标而非实际数值,请核对 / \"kept within\" may "
                    + "state the target rather than the figure: check it"));
        }
        for (String rawPredicate : statement.predicates()) {
            String predicate = rawPredicate;
            Matcher m = SHARE_OF_TARGET.matcher(predicate);
            if (m.find()) {
                levelTarget = Units.convert(new BigDecimal(m.group(1)), m.group(2), indicator.unit()).orElse(null);
                if (levelTarget == null && Units.isMoney(m.group(2)) && Units.isMoney(indicator.unit())) {
                    levelTarget = new BigDecimal(m.group(1)); // in the currency printed, as the figure
                    levelTargetUnit = m.group(2);
                }
                completion = new BigDecimal(m.group(3));
                printedTarget = new Quantity(0, 0, "", "", null, new BigDecimal(m.group(1)), m.group(2), "", m.group());
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = AMOUNT_TASK_SHARE.matcher(predicate);
            if (m.find() && levelTarget == null) {
                // "完成市下达的1.2万人年度任务的87.5%" (a break-it trial, read as a growth of 87.5 %): the task and its share done
                levelTarget = Units.convert(new BigDecimal(m.group(1)), m.group(2), indicator.unit()).orElse(null);
                completion = new BigDecimal(m.group(3));
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = AMOUNT_TASK_DONE.matcher(predicate);
            if (m.find() && levelTarget == null) {
                // "城镇新增就业超143万人、超额完成国家下达的110万人年度任务" (a province's review, batch ol's ol06): the task
                // the figure is measured against, printed
                levelTarget = Units.convert(new BigDecimal(m.group(1)), m.group(2), indicator.unit()).orElse(null);
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = YEAR_AMOUNT_TARGET.matcher(predicate);
            if (m.find() && levelTarget == null) {
                levelTarget = Units.convert(new BigDecimal(m.group(1)), m.group(2), indicator.unit()).orElse(null);
                predicate = levelTarget == null ? predicate : predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = COMPLETION.matcher(predicate);
            if (m.find()) {
                completion = new BigDecimal(m.group(1));
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = COMPLETION_RATE.matcher(predicate);
            if (m.find()) {
                completion = new BigDecimal(m.group(1));
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = PACE_GAP.matcher(predicate);
            if (m.find()) {
                BigDecimal gap = new BigDecimal(m.group(2));
                paceGap = "滞后落后低于慢于".contains(m.group(1)) ? gap.negate() : gap;
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            } else if (UNREAD_PACE_GAP.matcher(predicate).find()) {
                warnings.add(new ParseWarning(predicate, "与序时进度的差距没有读懂 / a gap to the pace not read"));
            }
            m = PRINTED_TARGET.matcher(predicate);
            if (m.find() && target == null) {
                boolean rate = "%".equals(indicator.unit());
                String about = "左右".equals(m.group(2)) ? "左右" : rate ? "以内" : "";
                String targetText = (rate ? "控制在" : "增长") + m.group(1) + "%" + about;
                target = targetParser.targetFor(indicator, match.matchedName(), targetText, statement.source(), warnings)
                        .orElse(target);
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = STATED_TARGET.matcher(predicate);
            if (m.find()) {
                String targetText = m.group(1) + m.group(2) + "%";
                target = targetParser.targetFor(indicator, match.matchedName(), targetText, statement.source(), warnings)
                        .orElse(target);
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = AMOUNT_OVER_TARGET.matcher(predicate);
            if (m.find()) {
                amountOver = new Quantity(0, 0, "", "", null, new BigDecimal(m.group(1)), m.group(2), "", m.group());
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = TARGET_GAP_COMPARED.matcher(predicate);
            if (m.find()) {
                BigDecimal gap = new BigDecimal(m.group(3));
                targetGap = m.group(2).equals("低") ? gap : gap.negate();
                // "比年度目标8%高0.4个百分点" prints the target without brackets (a break-it trial, 2026-12-02)
                String printed = m.group(1) == null ? "" : m.group(1).startsWith("(") ? "(预期目标" + m.group(1).substring(1)
                        : "(预期目标" + m.group(1) + ")";
                predicate = predicate.substring(0, m.start()) + printed + predicate.substring(m.end());
            }
            m = LEVEL_WITH_TARGET.matcher(predicate);
            if (m.find()) {
                targetGap = BigDecimal.ZERO; // "增速与年度目标持平": the target is the growth itself
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            m = WITHIN_TARGET.matcher(predicate);
            if (m.find()) {
                // "控制在年度目标4%以内": the target printed after the words
                predicate = predicate.substring(0, m.start()) + "(预期目标" + m.group(1) + ")" + predicate.substring(m.end());
            }
            m = TARGET_GAP.matcher(predicate);
            if (m.find()) {
                // "增幅低于目标4个百分点" is the growth's gap, whatever the completion beside it (the review of batch mq)
                growthGap = GROWTH_WORD_BEFORE.matcher(predicate.substring(0, m.start())).find();
                BigDecimal gap = new BigDecimal(m.group(2));
                targetGap = m.group(1).startsWith("低") || m.group(1).startsWith("慢") || m.group(1).startsWith("落") ? gap : gap.negate();
                predicate = predicate.substring(0, m.start()) + predicate.substring(m.end());
            }
            predicate = COMPARISON.matcher(predicate).replaceAll("");
            // "预期目标(5.5%左右)": a bracket right after 目标 holds the target
            predicate = predicate.replace("目标(", "目标(目标");
            ChineseText.Bracketed bracketed = ChineseText.extractBrackets(predicate);
            estimate |= ESTIMATE.matcher(bracketed.outside()).find();
            for (String group : bracketed.groups()) {
                if (group.contains("目标")) {
                    String targetText = TARGET_WORDS.matcher(group).replaceFirst("");
                    target = targetParser.targetFor(indicator, match.matchedName(), targetText, statement.source(),
                            warnings).orElse(target);
                } else if (ESTIMATE.matcher(group).find()) {
                    estimate = true;
                }
            }
            boolean indexed = "%".equals(indicator.unit())
                    && (INDEX_BASE.matcher(match.matchedName()).find() || INDEX_BASE.matcher(statement.source()).find());
            for (Quantity q : QuantityReader.read(bracketed.outside())) {
                if (indexed && (q.unit() == null || q.isPercent()) && !q.isRange() && !q.isDecrease()
                        && q.number().compareTo(BigDecimal.valueOf(90)) > 0 && q.number().compareTo(BigDecimal.valueOf(130)) < 0) {
                    // 居民消费价格指数(上年同期=100) 100.6: the rise is 0.6 %
                    BigDecimal rise = Units.strip(q.number().subtract(BigDecimal.valueOf(100)));
                    notes.add(q.text() + " → " + rise.toPlainString() + "%(指数以上年为100 / index, last year = 100)");
                    q = new Quantity(q.start(), q.end(), q.lead(), q.prefix(), null, rise, "%", q.suffix(), q.text());
                }
                if (!q.isPercent() && q.unit() != null && THRESHOLD_WORD_BEFORE.matcher(q.lead() + q.prefix()).find()
                        && q.number().stripTrailingZeros().precision() <= 2) {
                    // "进出口总额突破9万亿元", "地区生产总值迈上14万亿元新台阶" (a province's review, batch ol's ol06): a round
                    // threshold passed, not the figure (a figure of three digits or more is one: "财政总收入突破4.27亿元", mo05,
                    // "地区生产总值突破1036亿元" — the review)
                    warnings.add(new ParseWarning(q.text(), "“" + q.text() + "”是跨过的整数关口,不是实际数值,未记录 / a "
                            + "threshold passed, not the figure: not recorded"));
                    continue;
                }
                if (!q.isPercent() && q.unit() != null && printedValue == null) {
                    printedValue = q;
                }
                Figure figure = figure(indicator, q, q.isDecrease(), warnings);
                if (figure == null) {
                    continue;
                }
                if (figure.isGrowth()) {
                    if (growth != null) {
                        warnings.add(new ParseWarning(q.text(), "同一指标有两个增速 / a second growth rate"));
                    } else {
                        growth = figure.number();
                    }
                } else if (value != null && target == null && isRate(indicator) && KEPT_WITHIN.matcher(q.lead() + q.prefix()).find()
                        && q.suffix() != null && q.suffix().matches("以内|以下|之内|以上") && isRoundBound(q.number())) {
                    // "城镇登记失业率为3.8%,控制在4.5%以内": the rate, then the target it stayed within (the review of round 51's
                    // rules: the bound was said to be a second value)
                    target = boundTarget(match, "以上".equals(q.suffix()) ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST,
                            q.number(), statement.source());
                } else if (value != null) {
                    warnings.add(new ParseWarning(q.text(), "同一指标有两个数值 / a second value"));
                } else {
                    value = figure.number();
                    valueUnit = figure.unit();
                    if (q.unit() == null && "万人".equals(indicator.unit()) && value.compareTo(HEAD_COUNT) >= 0
                            && !statement.source().contains("万人")
                            && value.stripTrailingZeros().scale() <= 0) {
                        // "年末全县常住人口766579,比上年末增加2028人" (a county's 2019 公报, batch oh's oh03): a whole number of
                        // ten thousand or more with no unit counts persons — it was recorded as 766579万人
                        value = value.movePointLeft(4);
                        valueUnit = "万人";
                    } else if (q.unit() == null && Units.isMoney(indicator.unit()) && !MONEY_UNIT.matcher(statement.source()).find()) {
                        // an amount with no unit anywhere in its statement: "工业总产值 | 114339 | -19.1" in a table whose
                        // 单位:个、万元 caption the reader did not take (a county's 2010 月报, batch ml's ml04) was recorded as
                        // 114339亿元 without a word — kept in the indicator's unit, but said (not when a unit is printed
                        // elsewhere in the statement, "分别完成8.6、6.2亿元", "(单位:亿元)完成45.3" — the review)
                        warnings.add(new ParseWarning(q.text(), "没有写单位,按指标" + indicator.nameZh() + "的单位("
                                + indicator.unit() + ")读 / no unit printed: read in the indicator's unit"));
                    }
                }
            }
        }
        if (value == null && growth == null && completion == null && paceGap == null) {
            // "财政总收入完成年度目标的89.6%,低于序时进度2.1个百分点" (batch x's x02) is read: the completion is a figure
            warnings.add(new ParseWarning(statement.source(), "没有读到" + indicator.nameZh() + "的数值 / no figure read"));
            return Optional.empty();
        }
        boolean implied = false;
        Optional<BigDecimal> overInValuesUnit = amountOver == null || printedValue == null ? Optional.empty()
                : Objects.equals(amountOver.unit(), printedValue.unit()) ? Optional.of(amountOver.number())
                : Units.convert(amountOver.number(), amountOver.unit(), printedValue.unit());
        if (target == null && levelTarget == null && overInValuesUnit.isPresent() && value != null) {
            // "全县共完成生产总值19.33亿元,超“十五”计划目标3.73亿元" (a county head's interview on 2005, the plan's last year,
            // batch ol's ol10): the target the figure passed, 15.6亿元, implied by the amount over it
            target = new Target(indicator.code(), match.matchedName(), Bound.of(TargetComparator.EXACT,
                    Units.strip(printedValue.number().subtract(overInValuesUnit.get())), printedValue.unit()), null, false,
                    statement.source(), List.of("目标由差距推算 / target implied by the stated gap"));
            implied = true;
        }
        if (target == null && levelTarget != null) {
            target = new Target(indicator.code(), match.matchedName(),
                    Bound.of(TargetComparator.EXACT, levelTarget,
                            levelTargetUnit == null ? indicator.unit() : levelTargetUnit), null, false, statement.source(),
                    List.of());
        }
        if (target == null && taskTarget != null) {
            target = taskTarget;
        }
        if (target == null && targetGap != null && growth == null && value != null && "%".equals(indicator.unit())) {
            // a rate: 居民消费价格总水平上涨5.2%,高于全年控制目标1.2个百分点 — the level target not printed is 4.0
            target = new Target(indicator.code(), match.matchedName(),
                    Bound.of(TargetComparator.AT_MOST, Units.strip(value.add(targetGap)), "%"), null, false,
                    statement.source(), List.of("目标由差距推算 / target implied by the stated gap"));
            implied = true;
        }
        if (paceGap == null && targetGap != null && !growthGap && growth == null && completion != null && completion.add(targetGap)
                .subtract(BigDecimal.valueOf(period.yearShare() * 100)).abs().compareTo(new BigDecimal("0.15")) <= 0) {
            // "实际到资3.73亿美元,完成年度目标的53.3%,低于目标21.7个百分点" in a 前三季度 通报 (batch mq's mq07): after a
            // completion, a gap that closes it to the year's elapsed share (53.3 + 21.7 = 75) is behind the pace, not a
            // growth's gap to its target
            paceGap = targetGap.negate();
            targetGap = null;
        }
        if (target != null && targetGap != null && growth != null && target.growth() != null
                && growth.add(targetGap).subtract(target.growth().value()).abs().compareTo(new BigDecimal("0.15")) > 0) {
            // "增长5.4%,低于预期目标(4.8%)0.6个百分点": the gap and the printed target cannot both be right (a break-it trial,
            // read with no word); the printed target is kept, the disagreement said
            BigDecimal over = growth.subtract(target.growth().value());
            warnings.add(new ParseWarning(statement.source(), "CONTRADICTORY_GAP " + indicator.nameZh() + " 增长"
                    + Units.strip(growth).toPlainString() + "%" + (over.signum() >= 0 ? "高于" : "低于") + "目标"
                    + Units.strip(target.growth().value()).toPlainString() + "% " + Units.strip(over.abs()).toPlainString()
                    + "个百分点,而文中为" + (targetGap.signum() > 0 ? "低于" : "高于") + Units.strip(targetGap.abs()).toPlainString()
                    + "个百分点 / the stated gap contradicts the printed target; the target is kept as printed"));
        }
        if (target == null && targetGap != null && growth != null) {
            // 增长6.1%,低于目标0.9个百分点: the target the notice does not print is 7.0
            target = new Target(indicator.code(), match.matchedName(), null,
                    Bound.of(TargetComparator.EXACT,
                            Units.strip(growth.add(targetGap)), "%"), false, statement.source(),
                    List.of("目标由差距推算 / target implied by the stated gap"));
            implied = true;
        }
        // the share printed beside the figures must follow from them: 2.74 of 10.66 is 25.70 %, not 21.85 % (checked in
        // the units printed, so a figure the catalog keeps in another currency is checked too)
        BigDecimal done = value;
        BigDecimal aim = target != null && target.level() != null ? target.level().value() : null;
        if (printedTarget != null && printedValue != null) {
            done = Units.convert(printedValue.number(), printedValue.unit(), printedTarget.unit()).orElse(null);
            aim = printedTarget.number();
        }
        if (completion != null && done != null && aim != null && aim.signum() != 0) {
            BigDecimal computed = done.multiply(BigDecimal.valueOf(100)).divide(aim, 2, RoundingMode.HALF_UP);
            if (computed.subtract(completion).abs().compareTo(new BigDecimal("0.1")) > 0) {
                warnings.add(new ParseWarning(statement.source(), "CONTRADICTORY_PERCENT " + indicator.nameZh() + " "
                        + Units.strip(done).toPlainString() + "/" + Units.strip(aim).toPlainString()
                        + " = " + computed.toPlainString() + "%,而文中为" + completion.toPlainString()
                        + "% / the stated percentage contradicts the figures; recorded as printed"));
            }
        }
        return Optional.of(new ParsedObservation(indicator.code(), match.matchedName(), period, value,
                valueUnit == null ? indicator.unit() : valueUnit, growth, estimate, target, statement.source(), notes, implied, completion, paceGap, task));
    }

    /** "同比分别增长16.8%和18.2%" style lists: the i-th figure belongs to the i-th indicator. */
    /**
     * "分别完成年度预算的58.1%和55.9%", "分别超时间进度8.1和5.9个百分点" after "A和B分别完成412.8亿元和786.3亿元,分别增长
     * 31.5%和28.7%" (a province's half-year notice, batch z's z08): a third and a fourth round of a 分别 list, the
     * completions and the pace gaps of each figure in order (they were counted as values, and the list was lost).
     */
    private static final Pattern DISTRIBUTED_COMPLETION = Pattern.compile("[,,]分别(?:完成|占)" + OF_THE_YEAR
            + "(?:目标|预算|计划|任务)++(?:任务)?(?:数)?的?((?:\\d+(?:\\.\\d+)?%?\\s*[和、,,及]\\s*){1,20}\\d+(?:\\.\\d+)?)%");
    private static final Pattern DISTRIBUTED_PACE_ROUND = Pattern.compile("[,,]分别(" + PACE_VERBS + ")于?" + PACE
            + "约?((?:\\d+(?:\\.\\d+)?(?:个百分点|个)?\\s*[和、,,及]\\s*){1,20}\\d+(?:\\.\\d+)?)个?百分点");

    /**
     * The completions or pace gaps of a 分别 after figures that were not one 分别 list: the first of the figures the
     * sentence before them gives — exactly as many, read one after the other, none with its own completion or gap —
     * or -1.
     */
    private static int ofOneSentence(List<ParsedObservation> observations, int readBefore, Round round) {
        int n = round.given();
        if (n < 0) {
            return -1;
        }
        List<Integer> named = new ArrayList<>();
        for (int i = readBefore; i < observations.size(); i++) {
            ParsedObservation o = observations.get(i);
            if (round.sentence().contains(o.matchedName()) && o.sourceText() != null
                    && round.sentence().contains(o.sourceText().replace('、', ',').split("[,,]")[0])) {
                named.add(i);
            }
        }
        // as many figures in the sentence as the round gives, those outside the catalog counted too (the review)
        boolean oneRun = named.size() == n && round.piecesWithFigures().size() == n && named.get(n - 1) - named.get(0) == n - 1;
        return oneRun && named.stream().map(observations::get).allMatch(o -> o.completionPercent() == null
                && o.paceGapPoints() == null) ? named.get(0) : -1;
    }

    /**
     * Where {@link #ofOneSentence} finds fewer figures read than the round gives because some names are outside the
     * catalog: each figure read from the sentence with the place of its piece among the sentence's pieces that carry a
     * figure (as many as the round gives), or empty.
     */
    private static Map<Integer, Integer> byPiece(List<ParsedObservation> observations, int readBefore, Round round) {
        int n = round.given();
        List<String> pieces = round.piecesWithFigures();
        if (n < 0 || pieces.size() != n) {
            return Map.of();
        }
        Map<Integer, Integer> at = new java.util.LinkedHashMap<>();
        for (int i = readBefore; i < observations.size(); i++) {
            ParsedObservation o = observations.get(i);
            if (o.completionPercent() != null || o.paceGapPoints() != null || o.value() == null) {
                continue;
            }
            String value = o.value().stripTrailingZeros().toPlainString();
            for (int k = 0; k < n; k++) {
                if (pieces.get(k).contains(o.matchedName()) && numbers(pieces.get(k)).stream()
                        .anyMatch(v -> v.stripTrailingZeros().toPlainString().equals(value))) {
                    at.put(i, k);
                    break;
                }
            }
        }
        return at;
    }

    /** The completions or pace gaps of a 分别 ("分别完成年度目标的58.1%和55.9%"), the words before them, their sentence. */
    private record Round(String anchor, String sentence, List<BigDecimal> completions, List<BigDecimal> paceGaps) {

        /** How many figures the round gives to as many before it — at least two of one kind — else -1. */
        int given() {
            int n = Math.max(completions.size(), paceGaps.size());
            return n < 2 || !completions.isEmpty() && !paceGaps.isEmpty() ? -1 : n;
        }

        /** The pieces of the sentence (between commas, 、 and semicolons) that carry a figure, in order. */
        List<String> piecesWithFigures() {
            return java.util.Arrays.stream(sentence.split("[,,、;;]")).filter(p -> p.matches(".*\\d.*")).toList();
        }
    }

    private static List<BigDecimal> numbers(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher number = PLAIN_NUMBER.matcher(text);
        while (number.find()) {
            out.add(new BigDecimal(number.group()));
        }
        return out;
    }

    /** Whether {@code indicator}'s figure is a rate (% or ‰), whose bound a notice may state instead of a figure. */
    private static boolean isRate(Indicator indicator) {
        return "%".equals(indicator.unit()) || "‰".equals(indicator.unit());
    }

    /** A round bound (a whole or half number, 5 or 5.5): the kind a target sets, where a figure would be 5.37. */
    private static boolean isRoundBound(BigDecimal number) {
        return number.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    /** The level target a rate was kept within ({@code side} of {@code number}, in the indicator's unit), as the notice states it. */
    private static Target boundTarget(IndicatorMatch match, TargetComparator side, BigDecimal number, String source) {
        return new Target(match.indicator().code(), match.matchedName(), Bound.of(side, Units.strip(number), match.indicator().unit()),
                null, false, source, List.of());
    }

    private List<ParsedObservation> distributed(Statement statement, ReportingPeriod period,
            List<ParseWarning> warnings) {
        String outside = ChineseText.extractBrackets(statement.predicateText()).outside();
        List<Quantity> quantities = QuantityReader.read(outside);
        List<List<Quantity>> rounds = StatementSplitter.rounds(quantities, statement.subjects().size());
        if (rounds.isEmpty()) {
            warnings.add(new ParseWarning(statement.source(),
                    "“分别”后的数值个数与指标个数不符 / 分别: number of values does not match number of indicators"));
            return List.of();
        }
        boolean estimate = ESTIMATE.matcher(statement.source()).find();
        List<ParsedObservation> observations = new ArrayList<>();
        Matcher bounds = DISTRIBUTED_BOUND_ONLY.matcher(outside.strip());
        if (bounds.matches() && quantities.size() == statement.subjects().size()
                && statement.subjects().stream().allMatch(m -> isRate(m.indicator()))
                && quantities.stream().allMatch(q -> isRoundBound(q.number()))) {
            // "城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内" in a region's account of its year (a wire on 西藏's 2025 report,
            // round 49's pw04): the targets the rates stayed within, no figures — as BOUND_ONLY for one rate
            warnings.add(new ParseWarning(statement.source(), "“分别控制在…以内”读作目标,原文没有实际数值,请核对 / \"kept within\" "
                    + "round bounds: read as the targets, no figures printed — check them"));
            TargetComparator comparator = "以上".equals(bounds.group(1)) ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST;
            for (int i = 0; i < statement.subjects().size(); i++) {
                IndicatorMatch match = statement.subjects().get(i);
                Target bounded = boundTarget(match, comparator, quantities.get(i).number(), statement.source());
                observations.add(new ParsedObservation(match.indicator().code(), match.matchedName(), period, null,
                        match.indicator().unit(), null, estimate, bounded, statement.source(), List.of(), false, null, null, null));
            }
            return observations;
        }
        // "分别为3.5%和5‰,分别控制在4%和6‰以内" in a 公报: the rates, then the bounds they stayed within — each rate's target,
        // not a second figure (the last round was recorded as the rates — the review of round 49's rules, n07)
        List<Quantity> keptBounds = null;
        TargetComparator boundSide = TargetComparator.AT_MOST;
        Matcher keptWithin = KEPT_WITHIN.matcher(outside);
        if (rounds.size() == 2 && keptWithin.find() && rounds.get(0).get(rounds.get(0).size() - 1).end() <= keptWithin.start()
                && rounds.get(1).get(0).start() >= keptWithin.start()
                && statement.subjects().stream().allMatch(m -> isRate(m.indicator()))) {
            keptBounds = rounds.get(1);
            boundSide = outside.indexOf("以上", keptWithin.end()) >= 0 ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST;
            rounds = List.of(rounds.get(0));
        }
        for (int i = 0; i < statement.subjects().size(); i++) {
            IndicatorMatch match = statement.subjects().get(i);
            BigDecimal value = null;
            BigDecimal growth = null;
            for (List<Quantity> round : rounds) {
                Figure figure = figure(match.indicator(), round.get(i), round.get(0).isDecrease(), warnings);
                if (figure != null && figure.isGrowth()) {
                    growth = figure.number();
                } else if (figure != null) {
                    value = figure.number();
                }
            }
            if (value != null || growth != null) {
                Target bound = keptBounds == null ? null : boundTarget(match, boundSide, keptBounds.get(i).number(), statement.source());
                observations.add(new ParsedObservation(match.indicator().code(), match.matchedName(), period, value,
                        match.indicator().unit(), growth, estimate, bound, statement.source(), List.of()));
            }
        }
        return observations;
    }

    /** A figure read, in {@code unit} (the indicator's, or the currency printed when it cannot be converted). */
    /** A unit of money printed anywhere: 元, 万元, 亿元, 美元… */
    private static final Pattern MONEY_UNIT = Pattern.compile("元");

    private record Figure(BigDecimal number, boolean isGrowth, String unit) {
        Figure(BigDecimal number, boolean isGrowth) {
            this(number, isGrowth, null);
        }
    }

    private static Figure figure(Indicator indicator, Quantity q, boolean decrease, List<ParseWarning> warnings) {
        if (q.isRange()) {
            warnings.add(new ParseWarning(q.text(), "区间不是实际数值 / a range is not an observed figure"));
            return null;
        }
        if (q.isPercent() && indicator.kind() != IndicatorKind.RATE) {
            return new Figure(Units.strip(decrease ? q.number().negate() : q.number()), true);
        }
        if (q.isPercent() && decrease) {
            // 居民消费价格同比下降0.2%: a rate whose figure is the change itself, −0.2 %
            return new Figure(Units.strip(q.number().negate()), false);
        }
        Optional<BigDecimal> converted = q.isPercent() == "%".equals(indicator.unit())
                ? Units.convert(q.number(), q.unit(), indicator.unit())
                : Optional.empty();
        if (converted.isEmpty() && q.unit() != null && indicator.unit().startsWith(q.unit() + "/") && !q.hasGrowthVerb()
                && !q.isDecrease()) {
            // an intensity in its numerator's unit, the name saying per what: "万元GDP能耗为1.221吨标准煤" (a district's 2013
            // 统计公报, batch ng's ng04) — a level, not a change by an amount ("比上年下降0.035吨标准煤", the review)
            converted = Optional.of(q.number());
        }
        if (converted.isEmpty() && Units.isMoney(q.unit()) && Units.isMoney(indicator.unit())) {
            // 外贸进出口总额完成96.5亿元 for an indicator kept in 亿美元: the figure as printed, in its own currency (as a
            // target in another currency is kept), for the statistician to convert at the rate of the period
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符:按原文(" + q.unit() + ")保存 / another currency than the indicator's: kept as printed"));
            return new Figure(Units.strip(q.number()), false, q.unit());
        }
        if (converted.isEmpty() && Units.isCountOfTimes(q.unit(), indicator.unit())) {
            // "农牧区劳动力转移就业33万人次" for an indicator kept in 万人 (a province's 一季度, batch nt's nt05): person-times
            // are no count of people — the figure as printed, in its own unit, and said
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符:按原文(" + q.unit() + ")保存 / counted in times, not people: kept as printed"));
            return new Figure(Units.strip(q.number()), false, q.unit());
        }
        if (converted.isEmpty()) {
            warnings.add(new ParseWarning(q.text(), "单位与指标" + indicator.nameZh() + "(" + indicator.unit()
                    + ")不符 / unit does not match the indicator's unit"));
            return null;
        }
        return new Figure(converted.get(), false);
    }
}
